package store_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/store"
	"github.com/textgraph/textgraph/graph/store/storetest"
)

// benchQuads returns a realistic graph of about 170,000 quads in the shape
// textgraph writes: 5,000 typed and labelled entities, 200 relation
// predicates, 1,000 documents with typed metadata in their own graph, and
// 15,000 facts each with an assertion node (typed literals, sentence text)
// in its document's graph.
func benchQuads() []quad.Quad {
	const (
		entities  = 5000
		relations = 200
		documents = 1000
		facts     = 15000
	)
	iri := func(format string, args ...any) quad.IRI { return quad.IRI(fmt.Sprintf(format, args...)) }
	typed := func(v, t string) quad.TypedString {
		return quad.TypedString{Value: quad.String(v), Type: quad.IRI(graph.XSD + t)}
	}
	base := graph.DefaultBase
	classes := []string{"Person", "Organization", "Place", "Event", "CreativeWork"}
	var out []quad.Quad
	add := func(s quad.Value, p string, o quad.Value, l quad.Value) {
		out = append(out, quad.Quad{Subject: s, Predicate: quad.IRI(p), Object: o, Label: l})
	}
	ent := func(i int) quad.IRI { return iri("%sentity/Entity_%d_%%C3%%A8", base, i) }
	rel := func(i int) quad.IRI { return iri("%srelation_%d", graph.TGR, i) }
	doc := func(i int) quad.IRI { return iri("%sdoc/%d", base, i) }
	for i := 0; i < entities; i++ {
		add(ent(i), graph.Type, quad.IRI(graph.Schema+classes[i%len(classes)]), nil)
		add(ent(i), graph.Label, quad.String(fmt.Sprintf("Entity %d è", i)), nil)
		add(ent(i), graph.AltLabel, quad.String(fmt.Sprintf("E. %d", i)), nil)
	}
	for i := 0; i < relations; i++ {
		add(rel(i), graph.Label, quad.String(fmt.Sprintf("relate %d to", i)), nil)
	}
	for i := 0; i < documents; i++ {
		d := doc(i)
		add(d, graph.Type, quad.IRI(graph.NewsArticle), d)
		add(d, graph.Headline, quad.String(fmt.Sprintf("Headline number %d: \"quoted\"", i)), d)
		add(d, graph.DatePublished, typed(fmt.Sprintf("2022-%02d-%02d", i%12+1, i%28+1), "date"), d)
		add(d, graph.URL, iri("https://news.example/%d", i), d)
	}
	for i := 0; i < facts; i++ {
		s, p, o := ent(i%entities), rel(i%relations), ent((i*7+1+i/entities)%entities)
		d := doc(i % documents)
		a := iri("%sassertion/%d", base, i)
		add(s, string(p), o, nil)
		add(a, graph.Type, quad.IRI(graph.Assertion), d)
		add(a, graph.Subject, s, d)
		add(a, graph.Predicate, p, d)
		add(a, graph.Object, o, d)
		add(a, graph.Confidence, typed(fmt.Sprintf("0.%02d", i%100), "decimal"), d)
		add(a, graph.BeginIndex, typed(fmt.Sprint(i%5000), "nonNegativeInteger"), d)
		add(a, graph.EndIndex, typed(fmt.Sprint(i%5000+80), "nonNegativeInteger"), d)
		add(a, graph.DerivedFrom, d, d)
		add(a, graph.Text, quad.String(fmt.Sprintf("Sentence %d says that entity %d did something to entity %d.", i, i%entities, (i*7+1)%entities)), d)
	}
	return out
}

// TestWriteBenchNQuads writes the benchmark graph as N-Quads to the file
// named by TEXTGRAPH_BENCH_NQUADS, to compare with `cayley load`.
func TestWriteBenchNQuads(t *testing.T) {
	path := os.Getenv("TEXTGRAPH_BENCH_NQUADS")
	if path == "" {
		t.Skip("TEXTGRAPH_BENCH_NQUADS is not set")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := nquads.NewWriter(f)
	if _, err := w.WriteQuads(benchQuads()); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// cpuTime returns the CPU time (user and system) the process has used. The
// benchmarks report quads per CPU second next to quads per second because
// wall time depends on what else the machine runs.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report adds quads/s and quads/cpu-s for n quads per iteration.
func report(b *testing.B, n int, cpu time.Duration) {
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
	b.ReportMetric(float64(n)*float64(b.N)/cpu.Seconds(), "quads/cpu-s")
}

// TestLoadNQuads loads the N-Quads file named by TEXTGRAPH_LOAD_NQUADS into
// the store given by TEXTGRAPH_LOAD_BACKEND and TEXTGRAPH_LOAD_ADDR, in
// batches of 50,000 quads as a loader would, so that the test binary can be
// measured against `cayley load` with /usr/bin/time -v.
func TestLoadNQuads(t *testing.T) {
	path := os.Getenv("TEXTGRAPH_LOAD_NQUADS")
	if path == "" {
		t.Skip("TEXTGRAPH_LOAD_NQUADS is not set")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, os.Getenv("TEXTGRAPH_LOAD_BACKEND"), os.Getenv("TEXTGRAPH_LOAD_ADDR"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := nquads.NewReader(f, false)
	buf := make([]quad.Quad, 0, 50000)
	start := time.Now()
	for {
		q, err := r.ReadQuad()
		if err != nil && err != io.EOF {
			t.Fatal(err)
		}
		if err == nil {
			buf = append(buf, q)
		}
		if len(buf) == cap(buf) || (err == io.EOF && len(buf) > 0) {
			if err := s.Write(ctx, buf); err != nil {
				t.Fatal(err)
			}
			buf = buf[:0]
		}
		if err == io.EOF {
			break
		}
	}
	load := time.Since(start)
	n, err := s.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}
	start = time.Now()
	var m int64
	if err := s.ForEach(ctx, func(quad.Quad) error { m++; return nil }); err != nil {
		t.Fatal(err)
	}
	export := time.Since(start)
	t.Logf("loaded %d quads in %v (%.0f quads/s), exported %d in %v (%.0f quads/s)",
		n, load, float64(n)/load.Seconds(), m, export, float64(m)/export.Seconds())
}

type benchBackend struct {
	name string
	open func(b *testing.B) *store.Store
}

func benchBackends() []benchBackend {
	return []benchBackend{
		{"bbolt", func(b *testing.B) *store.Store {
			s, err := store.Open(context.Background(), "bbolt", filepath.Join(b.TempDir(), "kg.bolt"))
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"memstore", func(b *testing.B) *store.Store {
			s, err := store.Open(context.Background(), "memstore", "")
			if err != nil {
				b.Fatal(err)
			}
			return s
		}},
		{"postgres", func(b *testing.B) *store.Store {
			if os.Getenv("TEXTGRAPH_POSTGRES") == "" {
				b.Skip("TEXTGRAPH_POSTGRES is not set")
			}
			return openPostgres(b)
		}},
	}
}

// BenchmarkLoad creates a store and writes the benchmark graph into it.
func BenchmarkLoad(b *testing.B) {
	quads := benchQuads()
	for _, be := range benchBackends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			var cpu time.Duration
			for i := 0; i < b.N; i++ {
				c0 := cpuTime(b)
				s := be.open(b) // creating the store is part of a load
				if err := s.Write(ctx, quads); err != nil {
					b.Fatal(err)
				}
				if err := s.Close(); err != nil {
					b.Fatal(err)
				}
				cpu += cpuTime(b) - c0
			}
			report(b, len(quads), cpu)
		})
	}
}

// BenchmarkExport reads every quad of a store holding the benchmark graph.
func BenchmarkExport(b *testing.B) {
	quads := benchQuads()
	for _, be := range benchBackends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := be.open(b)
			defer s.Close()
			if err := s.Write(ctx, quads); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			c0 := cpuTime(b)
			for i := 0; i < b.N; i++ {
				n := 0
				if err := s.ForEach(ctx, func(quad.Quad) error { n++; return nil }); err != nil {
					b.Fatal(err)
				}
				if n != len(quads) {
					b.Fatalf("exported %d quads, want %d", n, len(quads))
				}
			}
			report(b, len(quads), cpuTime(b)-c0)
		})
	}
}

// BenchmarkRewrite writes the benchmark graph again into a store that holds
// it: the cost of an idempotent reload.
func BenchmarkRewrite(b *testing.B) {
	quads := benchQuads()
	for _, be := range benchBackends() {
		b.Run(be.name, func(b *testing.B) {
			ctx := context.Background()
			s := be.open(b)
			defer s.Close()
			if err := s.Write(ctx, quads); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			c0 := cpuTime(b)
			for i := 0; i < b.N; i++ {
				if err := s.Write(ctx, quads); err != nil {
					b.Fatal(err)
				}
			}
			report(b, len(quads), cpuTime(b)-c0)
		})
	}
}

// BenchmarkQuery runs a small Gizmo query on the storetest sample graph.
func BenchmarkQuery(b *testing.B) {
	for _, tc := range []struct{ name, query string }{
		{"strings", `g.V().Has("<rdf:type>", "<schema:Person>").Out("<rdfs:label>").All()`},
		{"g.IRI", `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Out(g.IRI("rdfs:label")).All()`},
	} {
		b.Run(tc.name, func(b *testing.B) {
			ctx := context.Background()
			s, err := store.Open(ctx, "memstore", "")
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			if err := s.Write(ctx, storetest.Sample()); err != nil {
				b.Fatal(err)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				res, err := s.Query(ctx, tc.query, 100)
				if err != nil {
					b.Fatal(err)
				}
				if len(res) != 3 {
					b.Fatalf("%d results, want 3", len(res))
				}
			}
		})
	}
}
