package rdf_test

import (
	"testing"

	"github.com/textgraph/textgraph/graph/rdf/rdftest"
)

// BenchmarkFact measures the mapping of one fact to quads.
func BenchmarkFact(b *testing.B) {
	m := rdftest.Mapper()
	r := rdftest.Facts()[0]
	b.ReportAllocs()
	for range b.N {
		m.Fact(&r.Fact, r.Subj, r.Obj, r.Claimed)
	}
}
