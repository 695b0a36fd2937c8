package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad/nquads"

	"github.com/textgraph/textgraph/graph"
)

// The seeds' graph, exported by the CLI, checked by independent tools:
// rapper, rdflib, N3.js and oxigraph must all parse it and count the same
// triples, shacl-engine must find it conforms to ../shared/rdf/shapes.ttl,
// and networkx must load the CSV and GraphML. A missing tool skips, except
// under CI=true, where it fails.

const scripts = "../../graph/export/testdata"

func tool(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is required in CI", name)
		}
		t.Skipf("%s not available", name)
	}
	return p
}

func nodeModules(t *testing.T) {
	t.Helper()
	if os.Getenv("TEXTGRAPH_NODE_MODULES") == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("TEXTGRAPH_NODE_MODULES is required in CI")
		}
		t.Skip("TEXTGRAPH_NODE_MODULES not set")
	}
}

func output(t *testing.T, name string, args ...string) string {
	t.Helper()
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func count(t *testing.T, s string) int {
	t.Helper()
	// rapper says "Parsing returned N triples"; the scripts print N.
	fields := strings.Fields(strings.TrimSuffix(strings.TrimSuffix(s, " triples"), " statements"))
	if len(fields) == 0 {
		t.Fatal("no output where a count was expected")
	}
	n, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil {
		t.Fatalf("no count in %q", s)
	}
	return n
}

func TestSeedExportsParseEverywhere(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kg.db")
	if code, _, errs := runCmd(t, "", "build", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	files := map[string]string{}
	for _, ext := range []string{"ttl", "nt", "nq", "csv", "graphml"} {
		files[ext] = filepath.Join(dir, "kg."+ext)
		if code, _, errs := runCmd(t, "", "export", "--db", db, "-o", files[ext]); code != 0 {
			t.Fatalf("export %s: exit %d: %s", ext, code, errs)
		}
	}
	nt, _ := os.ReadFile(files["nt"])
	nq, _ := os.ReadFile(files["nq"])
	triples, quads := strings.Count(string(nt), "\n"), strings.Count(string(nq), "\n")
	if triples < 1000 {
		t.Fatalf("only %d triples in the seeds' graph", triples)
	}

	t.Run("rapper", func(t *testing.T) {
		rapper := tool(t, "rapper")
		for ext, syntax := range map[string]string{"ttl": "turtle", "nt": "ntriples", "nq": "nquads"} {
			got := count(t, output(t, rapper, "-c", "-i", syntax, files[ext]))
			want := triples
			if ext == "nq" {
				want = quads
			}
			if got != want {
				t.Errorf("rapper counts %d statements in %s, want %d", got, ext, want)
			}
		}
	})
	t.Run("rdflib", func(t *testing.T) {
		py := tool(t, "/usr/bin/python3")
		if err := exec.Command(py, "-c", "import rdflib").Run(); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("python3-rdflib is required in CI")
			}
			t.Skip("rdflib not installed")
		}
		for ext, f := range map[string]string{"ttl": "turtle", "nt": "nt"} {
			if got := count(t, output(t, py, scripts+"/rdflib_check.py", files[ext], f, files["nt"], "nt")); got != triples {
				t.Errorf("rdflib reads %d triples from %s, want %d", got, ext, triples)
			}
		}
	})
	t.Run("n3.js and oxigraph", func(t *testing.T) {
		node := tool(t, "node")
		nodeModules(t)
		for ext, f := range map[string]string{"ttl": "Turtle", "nt": "N-Triples"} {
			if got := count(t, output(t, node, scripts+"/n3_count.mjs", files[ext], f)); got != triples {
				t.Errorf("N3.js reads %d triples from %s, want %d", got, ext, triples)
			}
		}
		if got := count(t, output(t, node, scripts+"/oxigraph_count.mjs", files["ttl"], "text/turtle")); got != triples {
			t.Errorf("oxigraph reads %d triples from the Turtle, want %d", got, triples)
		}
		if got := count(t, output(t, node, scripts+"/oxigraph_count.mjs", files["nq"], "application/n-quads")); got != quads {
			t.Errorf("oxigraph reads %d quads from the N-Quads, want %d", got, quads)
		}
	})
	t.Run("shacl", func(t *testing.T) { shaclConforms(t, files["ttl"]) })
	t.Run("networkx", func(t *testing.T) {
		py := tool(t, "/usr/bin/python3")
		if err := exec.Command(py, "-c", "import networkx").Run(); err != nil {
			if os.Getenv("CI") == "true" {
				t.Fatal("python3-networkx is required in CI")
			}
			t.Skip("networkx not installed")
		}
		out := output(t, py, scripts+"/networkx_check.py", filepath.Join(dir, "kg-entities.csv"), filepath.Join(dir, "kg-relations.csv"), files["graphml"])
		if !strings.Contains(out, "graphml") || strings.Contains(out, "graphml 0 ") {
			t.Errorf("networkx: %s", out)
		}
	})
}

// TestSentenceProvenanceSeeds builds the seeds at both provenance levels:
// the lighter one keeps every fact and entity (the same default graph),
// writes fewer quads, and its Turtle still parses and conforms to the
// shapes.
func TestSentenceProvenanceSeeds(t *testing.T) {
	dir := t.TempDir()
	defaultGraph := func(nq string) map[string]bool {
		out := map[string]bool{}
		r := nquads.NewReader(strings.NewReader(nq), false)
		for {
			q, err := r.ReadQuad()
			if err == io.EOF {
				return out
			}
			if err != nil {
				t.Fatal(err)
			}
			if q.Label == nil {
				out[q.NQuad()] = true
			}
		}
	}
	levels := map[string]string{}
	for _, level := range []string{"full", "sentence"} {
		db := filepath.Join(dir, level+".db")
		if code, _, errs := runCmd(t, "", "build", "--provenance", level, "--db", db, "../../seeds"); code != 0 {
			t.Fatalf("build --provenance %s: exit %d: %s", level, code, errs)
		}
		for _, ext := range []string{"nq", "ttl"} {
			if code, _, errs := runCmd(t, "", "export", "--db", db, "-o", filepath.Join(dir, level+"."+ext)); code != 0 {
				t.Fatalf("export %s: exit %d: %s", ext, code, errs)
			}
		}
		b, err := os.ReadFile(filepath.Join(dir, level+".nq"))
		if err != nil {
			t.Fatal(err)
		}
		levels[level] = string(b)
	}
	full, light := levels["full"], levels["sentence"]
	nFull, nLight := strings.Count(full, "\n"), strings.Count(light, "\n")
	if nLight >= nFull*3/4 {
		t.Errorf("sentence level: %d quads against %d at full; want under three quarters", nLight, nFull)
	}
	t.Logf("seeds: %d quads at full provenance, %d at sentence", nFull, nLight)
	df, dl := defaultGraph(full), defaultGraph(light)
	for line := range df {
		if !dl[line] && !strings.Contains(line, "/run/") {
			t.Errorf("sentence level lost a default-graph statement: %s", line)
			break
		}
	}
	if strings.Contains(light, graph.TaIdentRef) || strings.Contains(light, graph.SubjectSpan) {
		t.Error("sentence level still has argument spans")
	}
	if !strings.Contains(light, graph.DerivedFrom) || !strings.Contains(light, graph.Mentions) {
		t.Error("sentence level lost its sentences or its mentions")
	}
	if code, _, errs := runCmd(t, "", "build", "--provenance", "spans", "--db", filepath.Join(dir, "x.db"), "../../seeds"); code != 2 || !strings.Contains(errs, "spans") {
		t.Errorf("unknown level: exit %d, %q; want usage error naming it", code, errs)
	}
	ttl := filepath.Join(dir, "sentence.ttl")
	t.Run("rapper", func(t *testing.T) {
		rapper := tool(t, "rapper")
		if n := count(t, output(t, rapper, "-c", "-i", "turtle", ttl)); n == 0 {
			t.Error("rapper reads no triple")
		}
	})
	t.Run("shacl", func(t *testing.T) { shaclConforms(t, ttl) })
}

// shaclConforms checks with shacl-engine that the Turtle file conforms to
// ../shared/rdf/shapes.ttl.
func shaclConforms(t *testing.T, ttl string) {
	t.Helper()
	node := tool(t, "node")
	nodeModules(t)
	shapes := "../../../shared/rdf/shapes.ttl"
	if _, err := os.Stat(shapes); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	if out := output(t, node, scripts+"/shacl_validate.mjs", ttl, shapes); !strings.Contains(out, "conforms") {
		t.Errorf("SHACL: %s", out)
	}
}
