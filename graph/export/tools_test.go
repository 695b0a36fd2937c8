package export_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/export"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/rdf/rdftest"
)

// The tests below run independent parsers on the exporters' output. A
// missing tool skips the test, except under CI=true, where it fails.

func missing(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required in CI", what)
	}
	t.Skipf("%s not available", what)
}

func needCommand(t *testing.T, name string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		missing(t, name)
	}
	return p
}

// python returns Debian's /usr/bin/python3 after checking that it can
// import the modules.
func python(t *testing.T, modules ...string) string {
	t.Helper()
	const py = "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		missing(t, py)
	}
	for _, m := range modules {
		if err := exec.Command(py, "-c", "import "+m).Run(); err != nil {
			missing(t, "python module "+m+" (Debian python3-"+m+")")
		}
	}
	return py
}

// node returns the node binary after checking that the npm packages are
// in $TEXTGRAPH_NODE_MODULES; "a|b" accepts either package.
func node(t *testing.T, packages ...string) string {
	t.Helper()
	bin := needCommand(t, "node")
	dir := os.Getenv("TEXTGRAPH_NODE_MODULES")
	if dir == "" {
		missing(t, "TEXTGRAPH_NODE_MODULES (npm packages "+strings.Join(packages, ", ")+")")
	}
	for _, alternatives := range packages {
		found := false
		for _, p := range strings.Split(alternatives, "|") {
			if _, err := os.Stat(filepath.Join(dir, p, "package.json")); err == nil {
				found = true
			}
		}
		if !found {
			missing(t, "npm package "+alternatives+" in "+dir)
		}
	}
	return bin
}

func run(t *testing.T, name string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(name, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil {
		t.Logf("%s %s: %v\nstdout: %s\nstderr: %s", name, strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.String() + errb.String(), err
}

// exported holds the fixture graph written in every format.
type exported struct {
	quads, triples  int // distinct quads and triples
	entities, edges int // entity projection
	files           map[export.Format]string
	entCSV, relCSV  string
}

func writeAll(t *testing.T, qs []quad.Quad) *exported {
	t.Helper()
	dir := t.TempDir()
	e := &exported{files: map[export.Format]string{}}
	ctx := context.Background()
	for _, f := range []export.Format{export.Turtle, export.NTriples, export.NQuads, export.GraphML, export.JSONL} {
		var b bytes.Buffer
		if err := export.Write(ctx, &b, export.Quads(qs), f, ""); err != nil {
			t.Fatalf("write %v: %v", f, err)
		}
		p := filepath.Join(dir, "graph"+f.Extension())
		if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		e.files[f] = p
	}
	var ents, rels bytes.Buffer
	if err := export.WriteCSV(ctx, export.Quads(qs), &ents, &rels); err != nil {
		t.Fatalf("write csv: %v", err)
	}
	e.entCSV, e.relCSV = filepath.Join(dir, "entities.csv"), filepath.Join(dir, "relations.csv")
	os.WriteFile(e.entCSV, ents.Bytes(), 0o644)
	os.WriteFile(e.relCSV, rels.Bytes(), 0o644)
	e.quads = len(rdftest.Dedup(qs))
	e.triples = rdftest.Triples(qs)
	return e
}

// fixture writes the realistic test graph and computes, from the fixture
// itself rather than from the exporters, the counts parsers must find.
func fixture(t *testing.T) *exported {
	e := writeAll(t, rdftest.Quads(rdftest.Mapper()))
	e.entities = len(rdftest.Entities())
	m := rdftest.Mapper()
	rels := map[string]bool{}
	for _, r := range rdftest.Facts() {
		if r.Subj != "" && r.Obj != "" {
			rels[r.Subj+"\x00"+string(m.PredicateIRI(r.Fact.Relation.Name))+"\x00"+r.Obj] = true
		}
	}
	e.edges = len(rels)
	return e
}

var rapperCount = regexp.MustCompile(`returned (\d+) (triples|statements)`)

func TestRapper(t *testing.T) {
	rapper := needCommand(t, "rapper")
	e := fixture(t)
	for _, tt := range []struct {
		format export.Format
		syntax string
		want   int
	}{
		{export.Turtle, "turtle", e.triples},
		{export.NTriples, "ntriples", e.triples},
		{export.NQuads, "nquads", e.quads},
	} {
		t.Run(tt.format.String(), func(t *testing.T) {
			out, err := run(t, rapper, "-c", "-i", tt.syntax, e.files[tt.format])
			if err != nil || strings.Contains(out, "rapper: Error") || strings.Contains(out, "rapper: Warning") {
				t.Fatalf("rapper rejected the %v output:\n%s", tt.format, out)
			}
			m := rapperCount.FindStringSubmatch(out)
			if m == nil {
				t.Fatalf("no count in rapper output %q", out)
			}
			if n, _ := strconv.Atoi(m[1]); n != tt.want {
				t.Errorf("rapper counted %d, want %d", n, tt.want)
			}
		})
	}
}

func TestRDFLib(t *testing.T) {
	py := python(t, "rdflib")
	e := fixture(t)
	script := filepath.Join("testdata", "rdflib_check.py")
	for _, tt := range []struct {
		name string
		args []string
		want int
	}{
		{"turtle equals ntriples", []string{e.files[export.Turtle], "turtle", e.files[export.NTriples], "nt"}, e.triples},
		{"nquads", []string{e.files[export.NQuads], "nquads", e.files[export.NTriples], "nt"}, e.quads},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, err := run(t, py, append([]string{script}, tt.args...)...)
			if err != nil {
				t.Fatalf("rdflib: %v\n%s", err, out)
			}
			if n, _ := strconv.Atoi(strings.Fields(out)[0]); n != tt.want {
				t.Errorf("rdflib counted %s, want %d", out, tt.want)
			}
		})
	}
}

func TestNodeParsers(t *testing.T) {
	bin := node(t, "n3", "oxigraph")
	e := fixture(t)
	for _, tt := range []struct {
		script, format string
		file           export.Format
		want           int
	}{
		{"n3_count.mjs", "Turtle", export.Turtle, e.triples},
		{"n3_count.mjs", "N-Triples", export.NTriples, e.triples},
		{"n3_count.mjs", "N-Quads", export.NQuads, e.quads},
		{"oxigraph_count.mjs", "text/turtle", export.Turtle, e.triples},
		{"oxigraph_count.mjs", "application/n-triples", export.NTriples, e.triples},
		{"oxigraph_count.mjs", "application/n-quads", export.NQuads, e.quads},
	} {
		t.Run(tt.script+"/"+tt.file.String(), func(t *testing.T) {
			out, err := run(t, bin, filepath.Join("testdata", tt.script), e.files[tt.file], tt.format)
			if err != nil {
				t.Fatalf("%s rejected the %v output: %s", tt.script, tt.file, out)
			}
			if n, _ := strconv.Atoi(strings.TrimSpace(out)); n != tt.want {
				t.Errorf("%s counted %q, want %d", tt.script, out, tt.want)
			}
		})
	}
}

const shapes = "../../../shared/rdf/shapes.ttl"

func shapesFile(t *testing.T) string {
	t.Helper()
	for _, p := range []string{os.Getenv("TEXTGRAPH_SHAPES"), shapes} {
		if p == "" {
			continue
		}
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	missing(t, "shared/rdf/shapes.ttl")
	return ""
}

func TestSHACL(t *testing.T) {
	bin := node(t, "n3", "rdf-ext|@zazuko/env-node|@zazuko/env", "shacl-engine")
	sh := shapesFile(t)
	good := rdftest.Quads(rdftest.Mapper())
	// A broken graph: one assertion claims a confidence of 1.5.
	bad := append([]quad.Quad(nil), good...)
	replaced := false
	for i, q := range bad {
		if q.Predicate == quad.IRI(graph.Confidence) && !replaced {
			bad[i].Object = quad.TypedString{Value: "1.500", Type: rdf.XSDDecimal}
			replaced = true
		}
	}
	// Another: an assertion without its sentence.
	var noSentence []quad.Quad
	for _, q := range good {
		if q.Predicate != quad.IRI(graph.DerivedFrom) {
			noSentence = append(noSentence, q)
		}
	}
	tests := []struct {
		name     string
		qs       []quad.Quad
		conforms bool
		want     string
	}{
		{"fixture conforms", good, true, "conforms"},
		{"confidence 1.5 fails", bad, false, "MaxInclusiveConstraintComponent"},
		{"missing sentence fails", noSentence, false, "MinCountConstraintComponent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := writeAll(t, tt.qs)
			out, err := run(t, bin, filepath.Join("testdata", "shacl_validate.mjs"), e.files[export.Turtle], sh)
			if tt.conforms != (err == nil) || !strings.Contains(out, tt.want) {
				t.Errorf("shacl-engine: err=%v, want conforms=%v and %q in\n%s", err, tt.conforms, tt.want, out)
			}
		})
	}
}

func TestNetworkX(t *testing.T) {
	py := python(t, "networkx")
	e := fixture(t)
	out, err := run(t, py, filepath.Join("testdata", "networkx_check.py"), e.entCSV, e.relCSV, e.files[export.GraphML])
	if err != nil {
		t.Fatalf("networkx: %v\n%s", err, out)
	}
	for _, prefix := range []string{"csv", "graphml"} {
		want := prefix + " " + strconv.Itoa(e.entities) + " " + strconv.Itoa(e.edges)
		if !strings.Contains(out, want+"\n") {
			t.Errorf("networkx printed %q, want line %q", out, want)
		}
	}
}

// TestProvenanceQuery runs the shared provenance.rq over the Turtle export:
// every assertion of the fixture, from URL and file sources alike, must
// come back with its sentence.
func TestProvenanceQuery(t *testing.T) {
	py := python(t, "rdflib")
	query := filepath.Join(filepath.Dir(shapesFile(t)), "provenance.rq")
	e := fixture(t)
	out, err := run(t, py, filepath.Join("testdata", "sparql_select.py"), e.files[export.Turtle], query)
	if err != nil {
		t.Fatalf("rdflib: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if n, _ := strconv.Atoi(lines[0]); n != len(rdftest.Facts()) {
		t.Errorf("provenance.rq returned %d rows, want one per fact (%d):\n%s", n, len(rdftest.Facts()), out)
	}
	if !strings.Contains(out, "Oksana Pokalchuk\t"+graph.TGR+"resignFrom\tAmnesty International Ukraine\t0.870") {
		t.Errorf("the resignation is missing:\n%s", out)
	}
}
