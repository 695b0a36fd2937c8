// Package storetest is the conformance suite every store backend runs: it
// writes a small realistic graph (entities, typed literals, awkward strings,
// one named graph per document) and checks that writing is idempotent, that
// deletes and graph deletes remove exactly what they should, that Find works
// for every pattern position, that values and labels round-trip exactly and
// that Gizmo queries with prefixed IRIs work.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/store"
)

// Run runs the suite. open must return an empty store each time it is
// called; Run closes it.
func Run(t *testing.T, open func(t *testing.T) *store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s *store.Store)
	}{
		{"DuplicateWrites", testDuplicateWrites},
		{"Delete", testDelete},
		{"DeleteGraph", testDeleteGraph},
		{"Find", testFind},
		{"ForEach", testForEach},
		{"NastyLiterals", testNastyLiterals},
		{"TypedLiterals", testTypedLiterals},
		{"Labels", testLabels},
		{"Gizmo", testGizmo},
		{"GizmoErrors", testGizmoErrors},
		{"InvalidQuad", testInvalidQuad},
		{"Cancelled", testCancelled},
		{"Concurrent", testConcurrent},
		{"NestedReads", testNestedReads},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer func() {
				if err := s.Close(); err != nil {
					t.Errorf("Close: %v", err)
				}
			}()
			tc.fn(t, s)
		})
	}
}

// Vocabulary of the sample graph.
var (
	base      = graph.DefaultBase
	rdfType   = quad.IRI(graph.Type)
	label     = quad.IRI(graph.Label)
	person    = quad.IRI(graph.Schema + "Person")
	org       = quad.IRI(graph.Schema + "Organization")
	resign    = quad.IRI(graph.TGR + "resign_from")
	published = quad.IRI(graph.DatePublished)
	oksana    = quad.IRI(base + "entity/Oksana_Pokalchuk")
	agnes     = quad.IRI(base + "entity/Agn%C3%A8s_Callamard")
	amnesty   = quad.IRI(base + "entity/Amnesty_International")
	doc1      = quad.IRI(base + "doc/1")
	doc2      = quad.IRI(base + "doc/2")
	as1       = quad.IRI(base + "assertion/1")
)

func xsd(v, typ string) quad.TypedString {
	return quad.TypedString{Value: quad.String(v), Type: quad.IRI(graph.XSD + typ)}
}

// Sample returns a small graph in the shape textgraph writes: direct facts in
// the default graph, provenance in one named graph per document.
func Sample() []quad.Quad {
	return []quad.Quad{
		{Subject: oksana, Predicate: rdfType, Object: person},
		{Subject: agnes, Predicate: rdfType, Object: person},
		{Subject: amnesty, Predicate: rdfType, Object: org},
		{Subject: oksana, Predicate: label, Object: quad.String("Oksana Pokalchuk")},
		{Subject: agnes, Predicate: label, Object: quad.String("Agnès Callamard")},
		{Subject: amnesty, Predicate: label, Object: quad.String("Amnesty International")},
		{Subject: oksana, Predicate: resign, Object: amnesty},
		{Subject: doc1, Predicate: published, Object: xsd("2022-08-05", "date"), Label: doc1},
		{Subject: as1, Predicate: rdfType, Object: quad.IRI(graph.Assertion), Label: doc1},
		{Subject: as1, Predicate: quad.IRI(graph.Subject), Object: oksana, Label: doc1},
		{Subject: as1, Predicate: quad.IRI(graph.Confidence), Object: xsd("0.87", "decimal"), Label: doc1},
		{Subject: as1, Predicate: quad.IRI(graph.BeginIndex), Object: xsd("120", "nonNegativeInteger"), Label: doc1},
		{Subject: doc2, Predicate: published, Object: xsd("2022-08-07", "date"), Label: doc2},
		// The same triple in two graphs is two quads.
		{Subject: oksana, Predicate: rdfType, Object: person, Label: doc2},
	}
}

func write(t *testing.T, s *store.Store, quads []quad.Quad) {
	t.Helper()
	if err := s.Write(context.Background(), quads); err != nil {
		t.Fatalf("Write: %v", err)
	}
}

func count(t *testing.T, s *store.Store) int64 {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatalf("Count: %v", err)
	}
	return n
}

// all returns every stored quad, as sorted N-Quads-like strings.
func all(t *testing.T, s *store.Store) []string {
	t.Helper()
	var out []string
	err := s.ForEach(context.Background(), func(q quad.Quad) error {
		out = append(out, str(q))
		return nil
	})
	if err != nil {
		t.Fatalf("ForEach: %v", err)
	}
	slices.Sort(out)
	return out
}

// str formats a quad as N-Quads does, label included.
func str(q quad.Quad) string {
	var b strings.Builder
	for _, v := range []quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			b.WriteString(v.String())
			b.WriteByte(' ')
		}
	}
	b.WriteByte('.')
	return b.String()
}

func strs(quads []quad.Quad) []string {
	out := make([]string, 0, len(quads))
	for _, q := range quads {
		out = append(out, str(q))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func testDuplicateWrites(t *testing.T, s *store.Store) {
	sample := Sample()
	doubled := append(append([]quad.Quad{}, sample...), sample...)
	write(t, s, doubled)
	if got, want := count(t, s), int64(len(sample)); got != want {
		t.Fatalf("after writing every quad twice in one call: Count = %d, want %d", got, want)
	}
	write(t, s, sample)
	write(t, s, sample[3:5])
	if got, want := count(t, s), int64(len(sample)); got != want {
		t.Errorf("after writing the quads again: Count = %d, want %d", got, want)
	}
	if got, want := all(t, s), strs(sample); !slices.Equal(got, want) {
		t.Errorf("ForEach after duplicate writes:\n got %q\nwant %q", got, want)
	}
	// A quad that differs only by label is a different quad.
	q := sample[1]
	q.Label = doc2
	write(t, s, []quad.Quad{q})
	if got, want := count(t, s), int64(len(sample)+1); got != want {
		t.Errorf("after writing a known triple into another graph: Count = %d, want %d", got, want)
	}
}

func testDelete(t *testing.T, s *store.Store) {
	ctx := context.Background()
	sample := Sample()
	write(t, s, sample)
	missing := quad.Quad{Subject: agnes, Predicate: resign, Object: amnesty}
	del := []quad.Quad{sample[6], sample[10], missing, sample[6]}
	if err := s.Delete(ctx, del); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	want := strs(slices.Delete(slices.Clone(sample), 10, 11))
	want = slices.DeleteFunc(want, func(x string) bool { return x == str(sample[6]) })
	if got := all(t, s); !slices.Equal(got, want) {
		t.Errorf("after Delete:\n got %q\nwant %q", got, want)
	}
	if got := count(t, s); got != int64(len(want)) {
		t.Errorf("after Delete: Count = %d, want %d", got, len(want))
	}
	if err := s.Delete(ctx, del); err != nil {
		t.Errorf("deleting quads again: %v", err)
	}
	// Deleted quads can be written again.
	write(t, s, sample)
	if got, want := all(t, s), strs(sample); !slices.Equal(got, want) {
		t.Errorf("after writing deleted quads again:\n got %q\nwant %q", got, want)
	}
}

func testDeleteGraph(t *testing.T, s *store.Store) {
	ctx := context.Background()
	sample := Sample()
	write(t, s, sample)
	n, err := s.DeleteGraph(ctx, doc1)
	if err != nil {
		t.Fatalf("DeleteGraph: %v", err)
	}
	var want []quad.Quad
	for _, q := range sample {
		if q.Label != doc1 {
			want = append(want, q)
		}
	}
	if n != len(sample)-len(want) {
		t.Errorf("DeleteGraph returned %d, want %d", n, len(sample)-len(want))
	}
	if got := all(t, s); !slices.Equal(got, strs(want)) {
		t.Errorf("after DeleteGraph:\n got %q\nwant %q", got, strs(want))
	}
	n, err = s.DeleteGraph(ctx, quad.IRI(base+"doc/none"))
	if err != nil || n != 0 {
		t.Errorf("DeleteGraph(unknown graph) = %d, %v; want 0, nil", n, err)
	}
	if _, err := s.DeleteGraph(ctx, nil); err == nil {
		t.Error("DeleteGraph(nil) gave no error")
	}
}

func testFind(t *testing.T, s *store.Store) {
	sample := Sample()
	write(t, s, sample)
	match := func(s, p, o, l quad.Value) []string {
		var out []quad.Quad
		for _, q := range sample {
			if (s == nil || q.Subject == s) && (p == nil || q.Predicate == p) &&
				(o == nil || q.Object == o) && (l == nil || q.Label == l) {
				out = append(out, q)
			}
		}
		return strs(out)
	}
	tests := []struct {
		name       string
		s, p, o, l quad.Value
		wantN      int
	}{
		{name: "subject", s: oksana, wantN: 4},
		{name: "predicate", p: rdfType, wantN: 5},
		{name: "object", o: person, wantN: 3},
		{name: "object literal", o: quad.String("Agnès Callamard"), wantN: 1},
		{name: "object typed", o: xsd("0.87", "decimal"), wantN: 1},
		{name: "label", l: doc1, wantN: 5},
		{name: "subject predicate", s: oksana, p: rdfType, wantN: 2},
		{name: "predicate object", p: rdfType, o: person, wantN: 3},
		{name: "predicate label", p: published, l: doc2, wantN: 1},
		{name: "all four", s: oksana, p: rdfType, o: person, l: doc2, wantN: 1},
		{name: "nothing", wantN: len(sample)},
		{name: "unknown value", s: quad.IRI(base + "entity/Nobody"), wantN: 0},
		{name: "no such combination", s: agnes, p: resign, wantN: 0},
		{name: "same text other type", o: quad.String("0.87"), wantN: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []quad.Quad
			err := s.Find(context.Background(), tc.s, tc.p, tc.o, tc.l, func(q quad.Quad) error {
				got = append(got, q)
				return nil
			})
			if err != nil {
				t.Fatalf("Find: %v", err)
			}
			want := match(tc.s, tc.p, tc.o, tc.l)
			if len(want) != tc.wantN {
				t.Fatalf("bad test: %d sample quads match, wantN = %d", len(want), tc.wantN)
			}
			if len(got) != len(want) || !slices.Equal(strs(got), want) {
				t.Errorf("Find:\n got %q\nwant %q", strs(got), want)
			}
		})
	}
	// Every combination of given positions, taken from every sample quad:
	// backends pick different indexes for different combinations.
	for _, q := range sample {
		for mask := 1; mask < 16; mask++ {
			var pat [4]quad.Value
			for i, d := range quad.Directions {
				if mask&(1<<i) != 0 {
					pat[i] = q.Get(d)
				}
			}
			var got []quad.Quad
			err := s.Find(context.Background(), pat[0], pat[1], pat[2], pat[3], func(q quad.Quad) error {
				got = append(got, q)
				return nil
			})
			if err != nil {
				t.Fatalf("Find(%v): %v", pat, err)
			}
			if want := match(pat[0], pat[1], pat[2], pat[3]); !slices.Equal(strs(got), want) {
				t.Errorf("Find(%v):\n got %q\nwant %q", pat, strs(got), want)
			}
		}
	}
}

func testForEach(t *testing.T, s *store.Store) {
	sample := Sample()
	write(t, s, sample)
	var n int
	err := s.ForEach(context.Background(), func(quad.Quad) error { n++; return nil })
	if err != nil || n != len(sample) {
		t.Fatalf("ForEach saw %d quads (err %v), want %d", n, err, len(sample))
	}
	stop := errors.New("stop here")
	n = 0
	err = s.ForEach(context.Background(), func(quad.Quad) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 3 {
		t.Errorf("ForEach with a failing callback: %d calls, err %v; want 3 calls and the callback's error", n, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.ForEach(ctx, func(quad.Quad) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("ForEach with a cancelled context: err = %v, want context.Canceled", err)
	}
}

// roundTrip writes quads and checks that Find by subject gives back exactly
// the same values, Go types included.
func roundTrip(t *testing.T, s *store.Store, quads []quad.Quad) {
	t.Helper()
	write(t, s, quads)
	for _, want := range quads {
		var got []quad.Quad
		err := s.Find(context.Background(), want.Subject, nil, nil, nil, func(q quad.Quad) error {
			got = append(got, q)
			return nil
		})
		if err != nil {
			t.Fatalf("Find: %v", err)
		}
		if len(got) != 1 || !reflect.DeepEqual(got[0], want) {
			t.Errorf("round trip of %#v:\n got %#v", want.Object, got)
		}
	}
	var n int
	err := s.ForEach(context.Background(), func(q quad.Quad) error {
		if !slices.ContainsFunc(quads, func(w quad.Quad) bool { return reflect.DeepEqual(q, w) }) {
			t.Errorf("ForEach gave %#v, not one of the quads written", q)
		}
		n++
		return nil
	})
	if err != nil || n != len(quads) {
		t.Errorf("ForEach: %d quads, err %v; want %d", n, err, len(quads))
	}
}

// NastyStrings are literal values that break naive escaping.
var NastyStrings = []string{
	`He said "no" and left.`,
	"line one\nline two\r\nline three\ttabbed",
	"Zoë Kravitz, Agnès, Łódź, Київ, 北京, עברית",
	"emoji 🇺🇦 👩‍👩‍👧 \U0001F600",
	"<not an IRI> & <b>bold</b>",
	`back\slash \n not a newline \\ \"`,
	`'single' quotes and "double"`,
	" leading and trailing spaces ",
	"",
	`"^^<http://www.w3.org/2001/XMLSchema#date>`,
	"_:b0 looks like a blank node",
	"<http://example.org/looks-like-an-iri>",
	"NUL \x00 byte",
	`the text \x00 is not a NUL`,
}

func testNastyLiterals(t *testing.T, s *store.Store) {
	var quads []quad.Quad
	for i, str := range NastyStrings {
		quads = append(quads, quad.Quad{
			Subject:   quad.IRI(base + "entity/nasty_" + string(rune('a'+i))),
			Predicate: quad.IRI(graph.Text),
			Object:    quad.String(str),
			Label:     doc1,
		})
	}
	roundTrip(t, s, quads)
	// Gizmo reads values through Cayley's own code, not through Find.
	for _, q := range quads {
		raw := results(t, s, fmt.Sprintf(`g.V(%q).Out(%q).All()`, "<"+string(q.Subject.(quad.IRI))+">", "<"+graph.Text+">"), 0)
		var got []map[string]string
		for _, r := range raw {
			var m map[string]string
			if err := json.Unmarshal(r, &m); err != nil {
				t.Fatalf("result %s: %v", r, err)
			}
			got = append(got, m)
		}
		if len(got) != 1 || got[0]["id"] != string(q.Object.(quad.String)) {
			t.Errorf("Gizmo gave %q for %q", got, q.Object)
		}
	}
}

func testTypedLiterals(t *testing.T, s *store.Store) {
	values := []quad.TypedString{
		xsd("2022-08-05", "date"),
		xsd("0.87", "decimal"),
		xsd("1.0", "decimal"),
		xsd("120", "nonNegativeInteger"),
		xsd("0", "nonNegativeInteger"),
		xsd("2022-08-05T14:30:00Z", "dateTime"),
		xsd("2022-08-05T14:30:00+03:00", "dateTime"),
		xsd("0.87", "double"),
		xsd("42", "integer"),
		xsd("true", "boolean"),
		xsd("-0", "decimal"),
		{Value: "P3D", Type: quad.IRI(graph.XSD + "duration")},
	}
	var quads []quad.Quad
	for i, v := range values {
		quads = append(quads, quad.Quad{
			Subject:   quad.IRI(base + "entity/typed_" + string(rune('a'+i))),
			Predicate: quad.IRI(graph.EventDate),
			Object:    v,
		})
	}
	roundTrip(t, s, quads)
}

func testLabels(t *testing.T, s *store.Store) {
	sample := Sample()
	write(t, s, sample)
	labels := map[string]int{}
	err := s.ForEach(context.Background(), func(q quad.Quad) error {
		if q.Label == nil {
			labels[""]++
		} else {
			labels[q.Label.String()]++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int{"": 7, doc1.String(): 5, doc2.String(): 2}
	if !reflect.DeepEqual(labels, want) {
		t.Errorf("quads per label = %v, want %v", labels, want)
	}
}

// results runs a Gizmo query and checks that its results are JSON.
func results(t *testing.T, s *store.Store, q string, limit int) []json.RawMessage {
	t.Helper()
	raw, err := s.Query(context.Background(), q, limit)
	if err != nil {
		t.Fatalf("Query(%s): %v", q, err)
	}
	for i, r := range raw {
		if !json.Valid(r) {
			t.Fatalf("result %d is not JSON: %s", i, r)
		}
	}
	return raw
}

func sortedJSON(t *testing.T, raw []json.RawMessage) []string {
	t.Helper()
	out := make([]string, len(raw))
	for i, r := range raw {
		out[i] = string(r)
	}
	slices.Sort(out)
	return out
}

func testGizmo(t *testing.T, s *store.Store) {
	write(t, s, Sample())
	tests := []struct {
		name  string
		query string
		limit int
		want  []string
	}{
		{
			name:  "short IRIs in Has",
			query: `g.V().Has("<rdf:type>", "<schema:Person>").All()`,
			// One result per path: Oksana is typed in two graphs.
			want: []string{`{"id":"<ent:Agn%C3%A8s_Callamard>"}`, `{"id":"<ent:Oksana_Pokalchuk>"}`, `{"id":"<ent:Oksana_Pokalchuk>"}`},
		},
		{
			name:  "unique",
			query: `g.V().Has("<rdf:type>", "<schema:Person>").Unique().All()`,
			want:  []string{`{"id":"<ent:Agn%C3%A8s_Callamard>"}`, `{"id":"<ent:Oksana_Pokalchuk>"}`},
		},
		{
			name:  "single quotes and g.IRI",
			query: `g.V(g.IRI("ent:Oksana_Pokalchuk")).Out('<tgr:resign_from>').Out("<rdfs:label>").All()`,
			want:  []string{`{"id":"Amnesty International"}`},
		},
		{
			name:  "full IRIs still work",
			query: `g.V("<https://schema.org/Organization>").In("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>").All()`,
			want:  []string{`{"id":"<ent:Amnesty_International>"}`},
		},
		{
			name:  "tags",
			query: `g.V().Has("<rdf:type>", "<schema:Person>").Unique().Tag("who").Out("<rdfs:label>").Tag("name").All()`,
			want: []string{
				`{"id":"Agnès Callamard","name":"Agnès Callamard","who":"<ent:Agn%C3%A8s_Callamard>"}`,
				`{"id":"Oksana Pokalchuk","name":"Oksana Pokalchuk","who":"<ent:Oksana_Pokalchuk>"}`,
			},
		},
		{
			name:  "typed literal value",
			query: `g.V("<doc:1>").Out("<schema:datePublished>").All()`,
			want:  []string{`{"id":{"@type":"xsd:date","@value":"2022-08-05"}}`},
		},
		{
			name:  "typed literal in the query",
			query: `g.V("\"2022-08-07\"^^<xsd:date>").In("<schema:datePublished>").All()`,
			want:  []string{`{"id":"<doc:2>"}`},
		},
		{
			name:  "plain string in the query",
			query: `g.V("Agnès Callamard").In("<rdfs:label>").All()`,
			want:  []string{`{"id":"<ent:Agn%C3%A8s_Callamard>"}`},
		},
		{
			name:  "limit",
			query: `g.V().Has("<rdf:type>").All()`,
			limit: 1,
		},
		{
			name:  "emit",
			query: `g.Emit({n: g.V().Has("<rdf:type>", "<schema:Person>").Unique().Count()})`,
			want:  []string{`{"n":2}`},
		},
		{
			name:  "emit an array",
			query: `g.Emit(g.V("<ent:Oksana_Pokalchuk>").Out("<rdf:type>").Unique().ToArray())`,
			want:  []string{`["<schema:Person>"]`},
		},
		{
			name:  "prefix in a comment is left alone",
			query: "// \"<rdf:type>\"\ng.V(\"<ent:Oksana_Pokalchuk>\").Out(\"<rdf:type>\").Unique().All()",
			want:  []string{`{"id":"<schema:Person>"}`},
		},
		{
			name:  "no results",
			query: `g.V("<ent:Nobody>").Out().All()`,
			want:  []string{},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sortedJSON(t, results(t, s, tc.query, tc.limit))
			if tc.limit > 0 {
				if len(got) != tc.limit {
					t.Errorf("%d results with limit %d: %q", len(got), tc.limit, got)
				}
				return
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("results:\n got %q\nwant %q", got, tc.want)
			}
		})
	}

	t.Run("base", func(t *testing.T) {
		s.SetBase("http://example.org/textgraph/")
		got := sortedJSON(t, results(t, s, `g.V("<ent:Oksana_Pokalchuk>").Out("<rdf:type>").Unique().All()`, 0))
		if want := []string{`{"id":"<schema:Person>"}`}; !slices.Equal(got, want) {
			t.Errorf("results %q, want %q", got, want)
		}
		s.SetBase("https://news.example/kg/")
		defer s.SetBase(graph.DefaultBase)
		got = sortedJSON(t, results(t, s, `g.V("<ent:Oksana_Pokalchuk>").Out("<rdf:type>").All()`, 0))
		if len(got) != 0 {
			t.Errorf("ent: under another base still matched: %q", got)
		}
		got = sortedJSON(t, results(t, s, `g.V().Has("<rdf:type>", "<schema:Organization>").All()`, 0))
		if want := []string{`{"id":"<http://example.org/textgraph/entity/Amnesty_International>"}`}; !slices.Equal(got, want) {
			t.Errorf("IRIs outside every prefix: %q, want %q", got, want)
		}
	})
}

func testGizmoErrors(t *testing.T, s *store.Store) {
	write(t, s, Sample())
	tests := []struct {
		name, query string
		want        []string // substrings of the error
	}{
		{"syntax", "g.V().Has(\"<rdf:type>\",\n  ).All(", []string{"store: gizmo query", "Line 2"}},
		{"unknown function", `g.V().Nope().All()`, []string{"store: gizmo query", "Nope"}},
		{"undefined name", `foo.bar()`, []string{"store: gizmo query", "foo"}},
		{"unterminated string", `g.V("<rdf:type>).All()`, []string{"store: gizmo query", "Line 1"}},
		{"position in the text as written", `g.V("<rdf:type>") )`, []string{"Line 1:19 Unexpected token )"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.Query(context.Background(), tc.query, 0)
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
	t.Run("cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		_, err := s.Query(ctx, `g.V().All()`, 0)
		if !errors.Is(err, context.Canceled) {
			t.Errorf("err = %v, want context.Canceled", err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		_, err := s.Query(ctx, `while (true) {}`, 0)
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("endless query: err = %v, want context.DeadlineExceeded", err)
		}
	})
}

func testInvalidQuad(t *testing.T, s *store.Store) {
	err := s.Write(context.Background(), []quad.Quad{
		Sample()[0],
		{Subject: oksana, Predicate: label},
	})
	if err == nil || !strings.Contains(err.Error(), "quad 1") {
		t.Errorf("Write of a quad without object: err = %v, want one naming quad 1", err)
	}
	if n := count(t, s); n != 0 {
		t.Errorf("a rejected Write stored %d quads", n)
	}
}

func testCancelled(t *testing.T, s *store.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := s.Write(ctx, Sample()); !errors.Is(err, context.Canceled) {
		t.Errorf("Write with a cancelled context: err = %v, want context.Canceled", err)
	}
	if n := count(t, s); n != 0 {
		t.Errorf("Write with a cancelled context stored %d quads", n)
	}
	err := s.Find(ctx, oksana, nil, nil, nil, func(quad.Quad) error { return nil })
	if err != nil && !errors.Is(err, context.Canceled) {
		t.Errorf("Find with a cancelled context: err = %v", err)
	}
}

// testConcurrent writes, reads and queries from several goroutines; run it
// under -race.
func testConcurrent(t *testing.T, s *store.Store) {
	ctx := context.Background()
	write(t, s, Sample())
	const workers, perWorker = 4, 50
	var wg sync.WaitGroup
	errs := make(chan error, 3*workers)
	for w := 0; w < workers; w++ {
		wg.Add(3)
		go func() {
			defer wg.Done()
			for i := 0; i < perWorker; i++ {
				q := quad.Quad{
					Subject:   quad.IRI(fmt.Sprintf("%sentity/w%d_%d", base, w, i)),
					Predicate: label,
					Object:    quad.String(fmt.Sprintf("worker %d item %d", w, i)),
					Label:     doc2,
				}
				if err := s.Write(ctx, []quad.Quad{q}); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if err := s.ForEach(ctx, func(quad.Quad) error { return nil }); err != nil {
					errs <- err
					return
				}
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				if _, err := s.Query(ctx, `g.V().Has("<rdf:type>", "<schema:Person>").All()`, 0); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if got, want := count(t, s), int64(len(Sample())+workers*perWorker); got != want {
		t.Errorf("after concurrent writes: Count = %d, want %d", got, want)
	}
}

// testNestedReads runs a Find inside a Find's callback while a Write from
// another goroutine waits for the store: the inner read must not wait for
// the writer, which waits for the outer read.
func testNestedReads(t *testing.T, s *store.Store) {
	ctx := context.Background()
	write(t, s, Sample())
	done := make(chan error, 1)
	writerDone := make(chan error, 1)
	go func() {
		var inner int
		err := s.Find(ctx, nil, rdfType, person, nil, func(q quad.Quad) error {
			if inner == 0 {
				go func() {
					writerDone <- s.Write(ctx, []quad.Quad{{Subject: agnes, Predicate: resign, Object: amnesty}})
				}()
				time.Sleep(20 * time.Millisecond) // let the writer reach the lock
			}
			return s.Find(ctx, q.Subject, label, nil, nil, func(quad.Quad) error { inner++; return nil })
		})
		if err == nil && inner != 3 {
			err = fmt.Errorf("inner Find saw %d labels, want 3", inner)
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(30 * time.Second):
		// The store stays locked, so Close would hang too: stop here, with
		// every goroutine's stack.
		panic("storetest: a Find inside a Find deadlocked against a waiting Write")
	}
	if err := <-writerDone; err != nil {
		t.Fatal(err)
	}
	if got, want := count(t, s), int64(len(Sample())+1); got != want {
		t.Errorf("Count = %d after the write, want %d", got, want)
	}
}
