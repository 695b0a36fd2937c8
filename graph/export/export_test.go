package export_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	knakk "github.com/knakk/rdf"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/export"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/rdf/rdftest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func write(t testing.TB, qs []quad.Quad, f export.Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(context.Background(), &b, export.Quads(qs), f, ""); err != nil {
		t.Fatalf("write %v: %v", f, err)
	}
	return b.Bytes()
}

func TestGoldenNQuads(t *testing.T) {
	got := write(t, rdftest.Quads(rdftest.Mapper()), export.NQuads)
	golden := filepath.Join("testdata", "fixture.nq")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("N-Quads differ from %s (run go test -update and review the diff)", golden)
	}
}

// TestDeterministic checks that order and repetition of the input do not
// change a byte of the output.
func TestDeterministic(t *testing.T) {
	qs := rdftest.Quads(rdftest.Mapper())
	shuffled := append(append([]quad.Quad(nil), qs...), qs[:50]...)
	rand.New(rand.NewSource(1)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	for _, f := range []export.Format{export.Turtle, export.NTriples, export.NQuads, export.GraphML, export.JSONL} {
		t.Run(f.String(), func(t *testing.T) {
			a, b := write(t, qs, f), write(t, shuffled, f)
			if !bytes.Equal(a, b) {
				t.Errorf("output depends on input order")
			}
		})
	}
	var e1, r1, e2, r2 bytes.Buffer
	export.WriteCSV(context.Background(), export.Quads(qs), &e1, &r1)
	export.WriteCSV(context.Background(), export.Quads(shuffled), &e2, &r2)
	if !bytes.Equal(e1.Bytes(), e2.Bytes()) || !bytes.Equal(r1.Bytes(), r2.Bytes()) {
		t.Error("csv output depends on input order")
	}
}

// termValue returns the value of a knakk term in the form of ours.
func fromKnakk(t knakk.Term) quad.Value {
	switch x := t.(type) {
	case knakk.IRI:
		return quad.IRI(x.String())
	case knakk.Blank:
		return quad.BNode(strings.TrimPrefix(x.String(), "_:"))
	case knakk.Literal:
		if x.Lang() != "" {
			return quad.LangString{Value: quad.String(x.String()), Lang: x.Lang()}
		}
		if x.DataType.String() == rdf.XSDString {
			return quad.String(x.String())
		}
		return quad.TypedString{Value: quad.String(x.String()), Type: quad.IRI(x.DataType.String())}
	}
	return nil
}

func key(s, p, o quad.Value) string { return quad.Quad{Subject: s, Predicate: p, Object: o}.NQuad() }

// decodeNT parses N-Triples with knakk/rdf and returns the set of triples.
func decodeNT(t testing.TB, nt []byte) map[string]bool {
	t.Helper()
	dec := knakk.NewTripleDecoder(bytes.NewReader(nt), knakk.NTriples)
	out := map[string]bool{}
	for {
		tr, err := dec.Decode()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("knakk/rdf rejects our N-Triples: %v", err)
		}
		out[key(fromKnakk(tr.Subj), fromKnakk(tr.Pred), fromKnakk(tr.Obj))] = true
	}
}

// TestTurtleKnakk parses our Turtle with knakk/rdf's Turtle decoder and
// compares it with the N-Triples.
func TestTurtleKnakk(t *testing.T) {
	for _, base := range []string{"", "https://data.example.org/tg/", "urn:x-textgraph:"} {
		t.Run(base, func(t *testing.T) { testTurtleKnakk(t, base) })
	}
}

func testTurtleKnakk(t *testing.T, base string) {
	m := rdftest.Mapper()
	m.Base = base
	qs := rdftest.Quads(m)
	want := decodeNT(t, write(t, qs, export.NTriples))
	var ttl bytes.Buffer
	if err := export.Write(context.Background(), &ttl, export.Quads(qs), export.Turtle, base); err != nil {
		t.Fatal(err)
	}
	if base != "" && !strings.Contains(ttl.String(), "\nent:person-oksana-pokalchuk a schema:Person ;") {
		t.Errorf("base %s: entity prefix unused", base)
	}
	dec := knakk.NewTripleDecoder(&ttl, knakk.Turtle)
	got := map[string]bool{}
	for {
		tr, err := dec.Decode()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("knakk/rdf rejects our Turtle: %v", err)
		}
		got[key(fromKnakk(tr.Subj), fromKnakk(tr.Pred), fromKnakk(tr.Obj))] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("Turtle lost or changed: %s", k)
		}
	}
	if len(got) != len(want) {
		t.Errorf("Turtle has %d triples, N-Triples %d", len(got), len(want))
	}
}

// TestNTriplesRoundTrip checks every term, nasty names included, comes back
// from an independent parser exactly as it went in.
// TestTurtleTypeTerm checks that "a" abbreviates rdf:type only as a predicate.
func TestTurtleTypeTerm(t *testing.T) {
	typ := quad.IRI(graph.Type)
	qs := []quad.Quad{
		{Subject: typ, Predicate: quad.IRI(graph.Label), Object: quad.String("type")},
		{Subject: quad.IRI(graph.TGR + "isA"), Predicate: quad.IRI(rdf.SubPropertyOf), Object: typ},
		{Subject: quad.IRI(graph.TGR + "isA"), Predicate: typ, Object: quad.IRI(rdf.ObjectProperty)},
	}
	out := string(write(t, qs, export.Turtle))
	for _, want := range []string{"\nrdf:type rdfs:label \"type\" .", "tgr:isA a owl:ObjectProperty ;\n    rdfs:subPropertyOf rdf:type ."} {
		if !strings.Contains(out, want) {
			t.Errorf("%q not in\n%s", want, out)
		}
	}
}

func TestNTriplesRoundTrip(t *testing.T) {
	qs := rdftest.Quads(rdftest.Mapper())
	got := decodeNT(t, write(t, qs, export.NTriples))
	want := map[string]bool{}
	for _, q := range qs {
		want[key(q.Subject, q.Predicate, q.Object)] = true
	}
	for k := range want {
		if !got[k] {
			t.Errorf("lost or changed: %s", k)
		}
	}
	if len(got) != len(want) {
		t.Errorf("parsed %d triples, want %d", len(got), len(want))
	}
}

func TestTurtleNames(t *testing.T) {
	out := string(write(t, rdftest.Quads(rdftest.Mapper()), export.Turtle))
	tests := []struct {
		name, want string
	}{
		{"prefixed entity", "ent:person-oksana-pokalchuk "},
		{"percent-encoded local", "ent:person-oksana-%28activist%29"},
		{"trailing dot falls back to an IRI", "<http://example.org/textgraph/entity/org-ukrainian-office.>"},
		{"tilde falls back to an IRI", "<http://example.org/textgraph/entity/event-_leading-underscore~tilde>"},
		{"span IRI in full", "<http://example.org/textgraph/doc/52cb37805f91e3bf#char="},
		{"exact decimal", `tg:confidence "0.870"^^xsd:decimal`},
		{"date", `"2022-08-05"^^xsd:date`},
		{"escaped quotes and backslash", `rdfs:label "The \"Quoted\" Back\\slash <b> Org"`},
		{"escaped newline", `"Line one\nline two\r\n\ttabbed"`},
		{"escaped controls", `"nul\u0000and\u0001bell\u0007del\u007F"`},
		{"unicode kept", `"Агнес Каламар"`},
		{"emoji kept", `"🦊 Fox"`},
		{"rdf:type as a", " a schema:Person"},
		{"unsafe source URL encoded", "<https://example.com/a%20b/%3Cx%3E?q=%221%22&r=%7B2%7D%7C%5E%60>"},
	}
	for _, tt := range tests {
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: %q not in Turtle output", tt.name, tt.want)
		}
	}
	for _, bad := range []string{"NaN", "ent:org-ukrainian-office. ", "@en"} {
		if strings.Contains(out, bad) {
			t.Errorf("Turtle output contains %q", bad)
		}
	}
}

func TestNQuadsGraphs(t *testing.T) {
	out := string(write(t, rdftest.Quads(rdftest.Mapper()), export.NQuads))
	d := "<" + graph.DefaultBase + "doc/52cb37805f91e3bf>"
	tests := []struct {
		name, line string
	}{
		{"direct fact in the default graph", "<" + graph.DefaultBase + "entity/person-oksana-pokalchuk> <" + graph.TGR + "resignFrom> <" + graph.DefaultBase + "entity/org-amnesty-international-ukraine> .\n"},
		{"document in its graph", d + " <" + graph.Type + "> <" + graph.NewsArticle + "> " + d + " .\n"},
	}
	for _, tt := range tests {
		if !strings.Contains(out, tt.line) {
			t.Errorf("%s: missing line %s", tt.name, tt.line)
		}
	}
}

func readCSV(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v", err)
	}
	return rows
}

func TestCSV(t *testing.T) {
	var ents, rels bytes.Buffer
	if err := export.WriteCSV(context.Background(), export.Quads(rdftest.Quads(rdftest.Mapper())), &ents, &rels); err != nil {
		t.Fatal(err)
	}
	er, rr := readCSV(t, ents.Bytes()), readCSV(t, rels.Bytes())
	if strings.Join(er[0], ",") != "id,label,type,aliases,mentions" || strings.Join(rr[0], ",") != "source,target,predicate,label,confidence,evidence_count" {
		t.Fatalf("headers %v %v", er[0], rr[0])
	}
	byID := map[string][]string{}
	for _, r := range er[1:] {
		byID[r[0]] = r
	}
	tests := []struct {
		name string
		got  []string
		want string
	}{
		{"person", byID["person-oksana-pokalchuk"], "person-oksana-pokalchuk|Oksana Pokalchuk|Person|Ms. Pokaltchouk|Pokalchuk|Pokaltchouk|Оксана Покальчук|5"},
		{"nasty id unescaped", byID["person-oksana-(activist)"], "person-oksana-(activist)|Oksana (activist)|Person||1"},
	}
	for _, tt := range tests {
		if strings.Join(tt.got, "|") != tt.want {
			t.Errorf("%s: row %q, want %q", tt.name, strings.Join(tt.got, "|"), tt.want)
		}
	}
	var resign []string
	for _, r := range rr[1:] {
		if byID[r[0]] == nil || byID[r[1]] == nil {
			t.Errorf("relation %v does not join the entities", r)
		}
		if r[2] == "tgr:resignFrom" {
			resign = r
		}
	}
	// Two documents support the resignation; the highest confidence wins.
	if want := "person-oksana-pokalchuk,org-amnesty-international-ukraine,tgr:resignFrom,resign from,0.87,2"; strings.Join(resign, ",") != want {
		t.Errorf("resignation row %v, want %s", resign, want)
	}
}

func TestJSONL(t *testing.T) {
	out := write(t, rdftest.Quads(rdftest.Mapper()), export.JSONL)
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != len(rdftest.Facts())-2 { // two facts repeat a direct triple (head of, resign from)
		t.Errorf("%d lines for %d facts", len(lines), len(rdftest.Facts()))
	}
	var quote *export.Fact
	for i, l := range lines {
		var f export.Fact
		if err := json.Unmarshal([]byte(l), &f); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if len(f.Evidence) == 0 {
			t.Errorf("line %d: fact without evidence", i+1)
		}
		for _, ev := range f.Evidence {
			if ev.Sentence == "" || ev.Begin == nil || ev.End == nil || ev.Document == "" {
				t.Errorf("line %d: incomplete evidence %+v", i+1, ev)
			}
		}
		if f.ObjectKind == "quote" && strings.HasSuffix(f.Subject, "person-agnes-callamard") {
			quote = &f
		}
	}
	if quote == nil || quote.ObjectLabel != "are based on evidence obtained during extensive investigations" || quote.Evidence[0].AttributedTo == "" {
		t.Errorf("quotation fact: %+v", quote)
	}
}

func TestFormatFromName(t *testing.T) {
	tests := []struct {
		in   string
		want export.Format
	}{
		{"turtle", export.Turtle}, {"TTL", export.Turtle}, {"ntriples", export.NTriples}, {"nt", export.NTriples},
		{"nquads", export.NQuads}, {"nq", export.NQuads}, {"csv", export.CSV}, {"graphml", export.GraphML}, {"jsonl", export.JSONL},
	}
	for _, tt := range tests {
		got, err := export.FormatFromName(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("FormatFromName(%q) = %v, %v", tt.in, got, err)
		}
		back, err := export.FormatFromName(got.String())
		if err != nil || back != got {
			t.Errorf("FormatFromName(%v.String()) = %v, %v", got, back, err)
		}
		if p, err := export.FormatFromPath("out/kg" + got.Extension()); err != nil || p != got {
			t.Errorf("FormatFromPath(kg%s) = %v, %v", got.Extension(), p, err)
		}
	}
	for _, bad := range []string{"", "rdfxml", "json"} {
		if _, err := export.FormatFromName(bad); !errors.Is(err, export.ErrUnknownFormat) {
			t.Errorf("FormatFromName(%q) error %v", bad, err)
		}
	}
	if _, err := export.FormatFromPath("kg"); !errors.Is(err, export.ErrUnknownFormat) {
		t.Errorf("FormatFromPath without extension: %v", err)
	}
}

func TestInvalidQuads(t *testing.T) {
	s := quad.IRI("http://example.org/s")
	p := quad.IRI("http://example.org/p")
	tests := []struct {
		name string
		q    quad.Quad
	}{
		{"literal subject", quad.Quad{Subject: quad.String("x"), Predicate: p, Object: s}},
		{"literal predicate", quad.Quad{Subject: s, Predicate: quad.String("p"), Object: s}},
		{"literal label", quad.Quad{Subject: s, Predicate: p, Object: s, Label: quad.String("g")}},
		{"bad language tag", quad.Quad{Subject: s, Predicate: p, Object: quad.LangString{Value: "x", Lang: "en us"}}},
		{"missing object", quad.Quad{Subject: s, Predicate: p}},
	}
	for _, tt := range tests {
		for _, f := range []export.Format{export.Turtle, export.NTriples, export.NQuads, export.GraphML, export.JSONL} {
			w, err := export.NewWriter(io.Discard, f, "")
			if err != nil {
				t.Fatal(err)
			}
			if err := w.WriteQuad(tt.q); err == nil || !strings.HasPrefix(err.Error(), "export: ") {
				t.Errorf("%s, %v: error %v", tt.name, f, err)
			}
			// The error sticks.
			if err := w.WriteQuad(quad.Quad{Subject: s, Predicate: p, Object: s}); err == nil || w.Close() == nil || w.Error() == nil {
				t.Errorf("%s, %v: error did not stick", tt.name, f)
			}
		}
	}
}

// TestNativeValues checks that Cayley's native values come out with their
// XSD datatype and a valid lexical form.
func TestNativeValues(t *testing.T) {
	s := quad.IRI("http://example.org/s")
	p := quad.IRI("http://example.org/p")
	qs := []quad.Quad{
		{Subject: s, Predicate: p, Object: quad.Int(42)},
		{Subject: s, Predicate: p, Object: quad.Bool(true)},
		{Subject: s, Predicate: p, Object: quad.Float(0.87)},
		{Subject: s, Predicate: p, Object: quad.LangString{Value: "Pokaltchouk", Lang: "fr"}},
		{Subject: quad.BNode("b 1"), Predicate: p, Object: quad.BNode("x")},
		{Subject: quad.BNode(":"), Predicate: p, Object: quad.BNode("x3A")},
	}
	out := string(write(t, qs, export.NTriples))
	for _, want := range []string{
		`"42"^^<http://www.w3.org/2001/XMLSchema#integer>`,
		`"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`,
		`"8.7E-01"^^<http://www.w3.org/2001/XMLSchema#double>`,
		`"Pokaltchouk"@fr`,
		"_:bbx201 <http://example.org/p> _:bx78 .",
		"_:bx3A <http://example.org/p> _:bx783A .",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("%s not in\n%s", want, out)
		}
	}
	if n := len(decodeNT(t, []byte(out))); n != len(qs) {
		t.Errorf("knakk parsed %d triples, want %d", n, len(qs))
	}
}

type failingSource struct{}

func (failingSource) ForEach(ctx context.Context, fn func(quad.Quad) error) error {
	return errors.New("store: damaged page 7")
}

func TestSourceError(t *testing.T) {
	err := export.Write(context.Background(), io.Discard, failingSource{}, export.Turtle, "")
	if err == nil || !strings.Contains(err.Error(), "damaged page 7") || !strings.HasPrefix(err.Error(), "export: ") {
		t.Errorf("error %v", err)
	}
	if err := export.WriteCSV(context.Background(), failingSource{}, io.Discard, io.Discard); err == nil {
		t.Error("csv: no error")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := export.Write(ctx, io.Discard, export.Quads(rdftest.Quads(rdftest.Mapper())), export.NTriples, ""); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
}

// decodeTurtle parses Turtle with knakk/rdf and returns the set of triples.
func decodeTurtle(t testing.TB, ttl []byte) map[string]bool {
	t.Helper()
	dec := knakk.NewTripleDecoder(bytes.NewReader(ttl), knakk.Turtle)
	out := map[string]bool{}
	for {
		tr, err := dec.Decode()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("knakk/rdf rejects our Turtle: %v", err)
		}
		out[key(fromKnakk(tr.Subj), fromKnakk(tr.Pred), fromKnakk(tr.Obj))] = true
	}
}

// FuzzNTriples: whatever text a fact carries, the N-Triples written parse
// back with knakk/rdf to the same number of triples, and the Turtle to the
// same triples.
func FuzzNTriples(f *testing.F) {
	for _, s := range []string{
		"Oksana Pokalchuk", `"We stand by our findings," Secretary General Agnès Callamard said.`,
		"back\\slash \"quote\" <tag> \n\r\t", "Oksana (activist)", "Ukrainian Office.", "100%", "🦊", "\x00\x01\x7f", "\xff\xfe",
	} {
		f.Add(s, "resign from", s)
	}
	m := rdftest.Mapper()
	base := rdftest.Facts()[0].Fact
	f.Fuzz(func(t *testing.T, text, rel, name string) {
		fact := base
		fact.Sentence.Text = text
		fact.Subject.Text = name
		fact.Relation.Name = rel
		fact.Relation.Text = text
		fact.Doc.Title = text
		fact.Doc.Source = name
		fact.Object = doc.Arg{Kind: doc.KindValue, Text: text, Begin: 1, End: 2}
		qs := append(m.Entity(rdf.EntityInfo{ID: name, Type: "PER", Label: text, Aliases: []string{name}}), m.Fact(&fact, name, "", name)...)
		qs = append(qs, m.Fact(&fact, text, "", "")...)
		fact.Object.Kind = doc.KindQuote
		qs = append(qs, m.Fact(&fact, name, "", "")...)
		nt := write(t, qs, export.NTriples)
		fromNT := decodeNT(t, nt)
		if got, want := len(fromNT), rdftest.Triples(qs); got != want {
			t.Errorf("parsed %d triples, wrote %d:\n%s", got, want, nt)
		}
		ttl := write(t, qs, export.Turtle)
		fromTTL := decodeTurtle(t, ttl)
		for k := range fromNT {
			if !fromTTL[k] {
				t.Errorf("Turtle lost or changed %s:\n%s", k, ttl)
			}
		}
	})
}
