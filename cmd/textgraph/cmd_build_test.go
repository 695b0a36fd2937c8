package main

import (
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

func copySeeds(t *testing.T, dir string) {
	t.Helper()
	files, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestBuildIsIdempotentAndDeterministic(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	nt1, nt2 := filepath.Join(dir, "1.nt"), filepath.Join(dir, "2.nt")
	if code, _, errs := runCmd(t, "", "build", "--db", db, "../../seeds", "-o", nt1); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	code, _, errs := runCmd(t, "", "build", "--db", db, "../../seeds", "-o", nt2)
	if code != 0 {
		t.Fatalf("second build: exit %d: %s", code, errs)
	}
	if !strings.Contains(errs, "(5 unchanged") {
		t.Errorf("second build did not skip the five unchanged documents: %s", errs)
	}
	a, _ := os.ReadFile(nt1)
	b, _ := os.ReadFile(nt2)
	if len(a) == 0 || string(a) != string(b) {
		t.Errorf("N-Triples differ between two builds of the same input (%d and %d bytes)", len(a), len(b))
	}
	// A fresh store from the same input gives byte-identical N-Triples too.
	db2 := filepath.Join(dir, "fresh.db")
	nt3 := filepath.Join(dir, "3.nt")
	if code, _, errs := runCmd(t, "", "build", "--db", db2, "../../seeds", "-o", nt3); code != 0 {
		t.Fatalf("fresh build: exit %d: %s", code, errs)
	}
	c, _ := os.ReadFile(nt3)
	if strings.Count(string(a), "\n") != strings.Count(string(c), "\n") {
		t.Errorf("a fresh store has %d triples, the rebuilt one %d", strings.Count(string(c), "\n"), strings.Count(string(a), "\n"))
	}
}

func TestBuildSkipsBadFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "articles")
	os.Mkdir(in, 0o755)
	copySeeds(t, in)
	bad := map[string][]byte{
		"binary.txt": {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 0, 0},
		"latin1.txt": []byte("Caf\xe9 au lait \xe0 Kyiv.\n"),
		"empty.txt":  {},
		"spaces.txt": []byte(" \n\t\n"),
	}
	for name, b := range bad {
		os.WriteFile(filepath.Join(in, name), b, 0o644)
	}
	missing := filepath.Join(dir, "no-such-file.txt")
	db := filepath.Join(dir, "kg.db")
	code, _, errs := runCmd(t, "", "build", "--db", db, in, missing)
	if code != 3 {
		t.Errorf("exit %d, want 3 (some inputs skipped); stderr:\n%s", code, errs)
	}
	for name := range bad {
		if !strings.Contains(errs, name) {
			t.Errorf("stderr does not name %s:\n%s", name, errs)
		}
	}
	if !strings.Contains(errs, "no-such-file.txt") {
		t.Errorf("stderr does not name the missing path:\n%s", errs)
	}
	if !strings.Contains(errs, "built 5 documents") {
		t.Errorf("the five good articles were not all loaded:\n%s", errs)
	}
}

func TestStoreAndQueryErrors(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "damaged.db")
	os.WriteFile(damaged, []byte("this is not a bolt database, just text that fills a page or so"), 0o644)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"damaged store", []string{"query", "--db", damaged, "g.V().All()"}, "damaged.db"},
		{"store is a directory", []string{"export", "--db", dir}, dir},
		{"malformed gizmo", []string{"query", "--backend", "memstore", "g.V(.All("}, "query"},
		{"bad connection string", []string{"query", "--backend", "postgres", "--db", "postgres://u:secret@[::1:5432/x", "g.V().All()"}, "postgres"},
		{"unknown backend", []string{"query", "--backend", "oracle", "g.V().All()"}, "oracle"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errs := runCmd(t, "", c.args...)
			if code == 0 {
				t.Fatalf("exit 0, want failure")
			}
			if !strings.Contains(errs, c.want) {
				t.Errorf("stderr %q does not name %q", errs, c.want)
			}
			if strings.Contains(errs, "secret") {
				t.Errorf("stderr leaks the password: %q", errs)
			}
			if strings.Contains(errs, "goroutine ") {
				t.Errorf("stderr shows a panic trace: %q", errs)
			}
		})
	}
	// The damaged file is left as it was.
	if b, _ := os.ReadFile(damaged); !strings.HasPrefix(string(b), "this is not a bolt") {
		t.Error("opening a damaged store changed the file")
	}
}

func TestExtractLoadExportPipe(t *testing.T) {
	dir := t.TempDir()
	code, facts, errs := runCmd(t, "", "extract", "../../seeds")
	if code != 0 {
		t.Fatalf("extract: exit %d: %s", code, errs)
	}
	if n := strings.Count(facts, "\n"); n < 20 {
		t.Fatalf("extract printed %d facts for the five seeds, want at least 20", n)
	}
	db := filepath.Join(dir, "kg.db")
	if code, _, errs := runCmd(t, facts, "load", "--db", db); code != 0 {
		t.Fatalf("load: exit %d: %s", code, errs)
	}
	for _, ext := range []string{".ttl", ".nt", ".nq", ".graphml", ".jsonl"} {
		out := filepath.Join(dir, "kg"+ext)
		if code, _, errs := runCmd(t, "", "export", "--db", db, "-o", out); code != 0 {
			t.Fatalf("export %s: exit %d: %s", ext, code, errs)
		}
		if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "Pokalchuk") {
			t.Errorf("%s export lacks Pokalchuk (%v)", ext, err)
		}
	}
	if code, _, errs := runCmd(t, "", "export", "--db", db, "-o", filepath.Join(dir, "kg.csv")); code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, errs)
	}
	for _, f := range []string{"kg-entities.csv", "kg-relations.csv"} {
		if b, err := os.ReadFile(filepath.Join(dir, f)); err != nil || strings.Count(string(b), "\n") < 5 {
			t.Errorf("%s: %d lines (%v)", f, strings.Count(string(b), "\n"), err)
		}
	}
}

// TestBuildPrune builds the seeds, deletes two of them and builds again:
// without --prune their documents stay, with it they go, and the store then
// holds the same documents and assertions as a fresh build of the three
// that are left. A document built from a folder outside the paths stays.
func TestBuildPrune(t *testing.T) {
	dir := t.TempDir()
	in, other := filepath.Join(dir, "articles"), filepath.Join(dir, "other")
	for _, d := range []string{in, other} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	copySeeds(t, in)
	names, err := filepath.Glob(filepath.Join(in, "*.txt"))
	if err != nil || len(names) != 5 {
		t.Fatalf("seeds: %v %v", names, err)
	}
	for i := range names {
		names[i] = filepath.Base(names[i])
	}
	if err := os.Rename(filepath.Join(in, names[2]), filepath.Join(other, names[2])); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "kg.db")
	for _, p := range []string{in, other} {
		if code, _, errs := runCmd(t, "", "build", "--db", db, p); code != 0 {
			t.Fatalf("build %s: exit %d: %s", p, code, errs)
		}
	}
	for _, f := range []string{names[1], names[3]} {
		if err := os.Remove(filepath.Join(in, f)); err != nil {
			t.Fatal(err)
		}
	}
	sources := func(db string) (docs []string, assertions, entities int) {
		t.Helper()
		nt := filepath.Join(dir, "out.nt")
		if code, _, errs := runCmd(t, "", "export", "--db", db, "-o", nt); code != 0 {
			t.Fatalf("export: exit %d: %s", code, errs)
		}
		b, err := os.ReadFile(nt)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.Contains(line, "/ns#sourcePath>") {
				f := strings.Split(line, `"`)
				docs = append(docs, filepath.Base(f[1]))
			}
			if strings.HasSuffix(line, "<https://w3id.org/textgraph/ns#Assertion> .") {
				assertions++
			}
			if strings.Contains(line, "/entity/") && strings.Contains(line, "/2000/01/rdf-schema#label>") {
				entities++
			}
		}
		sort.Strings(docs)
		return docs, assertions, entities
	}
	code, _, errs := runCmd(t, "", "build", "--db", db, in)
	if code != 0 || strings.Contains(errs, "removed") {
		t.Fatalf("build without --prune: exit %d: %s", code, errs)
	}
	if docs, _, _ := sources(db); len(docs) != 5 {
		t.Fatalf("without --prune the store holds %v, want all five", docs)
	}
	code, _, errs = runCmd(t, "", "build", "--db", db, "--prune", in)
	if code != 0 || !strings.Contains(errs, "(2 unchanged, 0 replaced, 2 removed)") {
		t.Fatalf("build --prune: exit %d: %s", code, errs)
	}
	docs, assertions, entities := sources(db)
	if want := []string{names[0], names[2], names[4]}; !slices.Equal(docs, want) {
		t.Errorf("after --prune the store holds %v, want %v", docs, want)
	}
	// A fresh store built from the same three files has the same assertions.
	fresh := filepath.Join(dir, "fresh.db")
	for _, p := range []string{in, other} {
		if code, _, errs := runCmd(t, "", "build", "--db", fresh, p); code != 0 {
			t.Fatalf("fresh build %s: exit %d: %s", p, code, errs)
		}
	}
	_, wantAssertions, wantEntities := sources(fresh)
	if assertions != wantAssertions || wantAssertions == 0 {
		t.Errorf("after --prune the store holds %d assertions, a fresh build of the same files %d", assertions, wantAssertions)
	}
	if entities != wantEntities || wantEntities == 0 {
		t.Errorf("after --prune the store holds %d labelled entities, a fresh build of the same files %d", entities, wantEntities)
	}
}

func TestPruneFilter(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	single := filepath.Join(dir, "single.txt")
	if err := os.WriteFile(single, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	drop := pruneFilter(
		[]string{in + "/", single, filepath.Join(dir, "unmounted")},
		[]string{filepath.Join(in, "unreadable.txt")},
		map[string]bool{"seen": true},
	)
	tests := []struct {
		id, source string
		want       bool
	}{
		{"gone", filepath.Join(in, "a.txt"), true},
		{"gone", filepath.Join(in, "sub", "b.txt"), true},
		{"gone", single, true},
		{"seen", filepath.Join(in, "moved.txt"), false},           // its content is still there, elsewhere
		{"gone", filepath.Join(in, "unreadable.txt"), false},      // listed, but could not be read
		{"gone", filepath.Join(dir, "other", "c.txt"), false},     // outside the paths
		{"gone", filepath.Join(dir, "in-law.txt"), false},         // a prefix, not a folder below
		{"gone", filepath.Join(dir, "unmounted", "d.txt"), false}, // the root is not there
		{"gone", "relative/e.txt", false},                         // not comparable with an absolute root
	}
	for _, tc := range tests {
		if got := drop(tc.id, tc.source); got != tc.want {
			t.Errorf("drop(%q, %q) = %v, want %v", tc.id, tc.source, got, tc.want)
		}
	}
}
