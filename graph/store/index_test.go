package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// TestBoltIndexes checks that Find on a bolt store reads an index for every
// single position, instead of Cayley's fallback full scan.
func TestBoltIndexes(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	q := quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.String("o"), Label: quad.IRI("l")}
	if err := s.Write(ctx, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	for _, d := range quad.Directions {
		t.Run(d.String(), func(t *testing.T) {
			ref, err := s.qs.ValueOf(q.Get(d))
			if err != nil || ref == nil {
				t.Fatalf("ValueOf(%v) = %v, %v", q.Get(d), ref, err)
			}
			it := s.qs.QuadIterator(d, ref)
			if _, ok := it.(*kv.QuadIterator); !ok {
				t.Errorf("lookup by %s uses %s, not an index", d, it)
			}
		})
	}
}
