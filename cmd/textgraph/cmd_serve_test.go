package main

import (
	"context"
	"errors"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// lineWriter hands over each write of a command, dropping those nobody
// waits for.
type lineWriter struct {
	lines chan string
}

func (w *lineWriter) Write(p []byte) (int, error) {
	select {
	case w.lines <- string(p):
	default:
	}
	return len(p), nil
}

// startServe runs `textgraph serve` with args in-process and returns its
// base URL and a function that stops it and returns its error.
func startServe(t *testing.T, args ...string) (string, func() error) {
	t.Helper()
	c := newServeCommand()
	fs := pflag.NewFlagSet(c.Name, pflag.ContinueOnError)
	c.Flags(fs)
	if err := fs.Parse(append([]string{"--listen", "127.0.0.1:0"}, args...)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stderr := &lineWriter{lines: make(chan string, 16)}
	env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: stderr}
	done := make(chan error, 1)
	go func() { done <- c.Run(ctx, env, fs.Args()) }()
	addr := regexp.MustCompile(`serving (http://[^/ ]+)/`)
	for {
		select {
		case line := <-stderr.lines:
			if m := addr.FindStringSubmatch(line); m != nil {
				return m[1], func() error { cancel(); return <-done }
			}
		case err := <-done:
			cancel()
			t.Fatalf("serve stopped: %v", err)
		}
	}
}

func TestServe(t *testing.T) {
	// The seeds' facts as graph/serve's tests keep them, so this test does
	// not depend on the extractor.
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, _, errs := runCmd(t, "", "load", "--db", db, "../../graph/serve/testdata/seeds.jsonl"); code != 0 {
		t.Fatalf("load seeds: exit %d: %s", code, errs)
	}
	base, stop := startServe(t, "--db", db)
	q := `g.V("Oksana Pokalchuk").In("<rdfs:label>").Out("<skos:altLabel>").All()`
	resp, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(q))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), `{"id":"Pokaltchouk"}`) {
		t.Errorf("query: %d %s", resp.StatusCode, body)
	}
	resp, err = http.Get(base + "/entity/person-oksana-pokalchuk")
	if err != nil {
		t.Fatal(err)
	}
	body, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "Oksana Pokalchuk") {
		t.Errorf("entity page: %d", resp.StatusCode)
	}
	resp, err = http.Post(base+"/api/v2/load", "application/x-ndjson", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusForbidden {
		t.Errorf("load on a read-only server: %d, want 403", resp.StatusCode)
	}
	if err := stop(); err != nil {
		t.Errorf("serve stopped with %v", err)
	}
}

func TestServeUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"argument", []string{"--backend", "memstore", "extra"}, "no arguments"},
		{"limit", []string{"--backend", "memstore", "--limit", "0"}, "--limit"},
		{"timeout", []string{"--backend", "memstore", "--query-timeout", "0s"}, "--query-timeout"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newServeCommand()
			fs := pflag.NewFlagSet(c.Name, pflag.ContinueOnError)
			c.Flags(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			err := c.Run(context.Background(), &Env{Stdout: io.Discard, Stderr: io.Discard}, fs.Args())
			var ue usageError
			if !errors.As(err, &ue) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want a usage error about %s", err, tc.want)
			}
		})
	}
}
