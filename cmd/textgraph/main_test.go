package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// runCmd runs the CLI in-process and returns its exit code and output.
func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code = run(context.Background(), env, args)
	return code, out.String(), errb.String()
}

func TestHelpEveryCommand(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.Name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", c.Name, "--help")
			if code != 0 {
				t.Fatalf("%s --help: exit %d, stderr %q", c.Name, code, errs)
			}
			if !strings.Contains(out, "Usage: textgraph "+c.Name) {
				t.Errorf("%s --help printed %q", c.Name, out)
			}
			code, out, _ = runCmd(t, "", "help", c.Name)
			if code != 0 || !strings.Contains(out, "Usage: textgraph "+c.Name) {
				t.Errorf("help %s: exit %d, %q", c.Name, code, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"no command", nil, "Commands:"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"unknown flag", []string{"export", "--no-such-flag"}, "unknown flag: --no-such-flag"},
		{"extract without paths", []string{"extract"}, "needs at least one file"},
		{"bad export format", []string{"export", "--backend", "memstore", "--format", "rdfxml"}, "rdfxml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", c.args...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (stderr %q)", code, errs)
			}
			if !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q does not mention %q", errs, c.want)
			}
		})
	}
}

// seedStore builds the seeds' graph into a fresh bbolt file and returns its path.
func seedStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "kg.db")
	code, _, errs := runCmd(t, "", "build", "--db", db, "../../seeds")
	if code != 0 {
		t.Fatalf("build seeds: exit %d: %s", code, errs)
	}
	return db
}

// readmeQueries returns the Gizmo queries of the README with the JSON output
// shown under each.
func readmeQueries(t *testing.T) (queries, outputs []string) {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)```sh\ntextgraph query '([^\n]*)'\n```\n+(?:[^`]*\n)?```json\n(.*?)```")
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		queries = append(queries, m[1])
		outputs = append(outputs, m[2])
	}
	return queries, outputs
}

// canonical renders a JSON array as sorted lines, one per element.
func canonical(t *testing.T, s string) string {
	t.Helper()
	var v []any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, s)
	}
	var lines []string
	for _, e := range v {
		b, _ := json.Marshal(e)
		lines = append(lines, string(b))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestREADMEQueries runs every Gizmo query of the README against the seeds'
// graph and checks that it prints exactly the output the README shows.
func TestREADMEQueries(t *testing.T) {
	queries, outputs := readmeQueries(t)
	if len(queries) < 5 {
		t.Fatalf("README shows %d Gizmo queries with output, want at least 5", len(queries))
	}
	db := seedStore(t)
	for i, q := range queries {
		code, out, errs := runCmd(t, "", "query", "--db", db, q)
		if code != 0 {
			t.Errorf("query %s: exit %d: %s", q, code, errs)
			continue
		}
		if got, want := canonical(t, out), canonical(t, outputs[i]); got != want {
			t.Errorf("query %s\n got:\n%s\nREADME shows:\n%s", q, got, want)
		}
	}
}
