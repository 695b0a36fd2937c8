package export_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph/export"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/rdf/rdftest"
)

// benchGraph maps synthetic facts in the shape of the seed sentences until
// it has at least n distinct quads.
func benchGraph(n int) []quad.Quad {
	m := rdftest.Mapper()
	base := rdftest.Facts()[0]
	var qs []quad.Quad
	seen := map[string]bool{}
	add := func(more []quad.Quad) {
		for _, q := range more {
			k := q.NQuad()
			if !seen[k] {
				seen[k] = true
				qs = append(qs, q)
			}
		}
	}
	for i := 0; len(qs) < n; i++ {
		subj, obj := fmt.Sprintf("person-%d", i%500), fmt.Sprintf("org-%d", i%97)
		add(m.Entity(rdf.EntityInfo{ID: subj, Type: "PER", Label: fmt.Sprintf("Person %d", i%500), Aliases: []string{"P."}}))
		add(m.Entity(rdf.EntityInfo{ID: obj, Type: "ORG", Label: fmt.Sprintf("Org %d", i%97)}))
		f := base.Fact
		f.Doc.ID = fmt.Sprintf("%016x", i/20)
		f.Sentence.Index = i % 20 / 2
		f.Sentence.Begin += 300 * f.Sentence.Index
		f.Sentence.End += 300 * f.Sentence.Index
		f.Relation.Name = []string{"resign from", "head of", "work for", "criticize"}[i%4]
		f.Confidence = float64(i%1000) / 1000
		if i%7 == 0 {
			f.Object = doc.Arg{Kind: doc.KindQuote, Text: fmt.Sprintf("We stand by our findings %d.", i), Begin: 10, End: 40}
			obj = ""
		}
		add(m.Fact(&f, subj, obj, subj))
	}
	return qs
}

func benchmarkFormat(b *testing.B, f export.Format) {
	qs := benchGraph(100_000)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		var err error
		if f == export.CSV {
			err = export.WriteCSV(ctx, export.Quads(qs), io.Discard, io.Discard)
		} else {
			err = export.Write(ctx, io.Discard, export.Quads(qs), f, "")
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(qs))*float64(b.N)/b.Elapsed().Seconds(), "quads/s")
}

func BenchmarkTurtle(b *testing.B)   { benchmarkFormat(b, export.Turtle) }
func BenchmarkNTriples(b *testing.B) { benchmarkFormat(b, export.NTriples) }
func BenchmarkNQuads(b *testing.B)   { benchmarkFormat(b, export.NQuads) }
func BenchmarkCSV(b *testing.B)      { benchmarkFormat(b, export.CSV) }
func BenchmarkGraphML(b *testing.B)  { benchmarkFormat(b, export.GraphML) }
func BenchmarkJSONL(b *testing.B)    { benchmarkFormat(b, export.JSONL) }
