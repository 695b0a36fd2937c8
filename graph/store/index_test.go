package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
)

// oneQuadStore returns a new bolt store holding one quad, closed when the
// test ends.
func oneQuadStore(t *testing.T) (*Store, quad.Quad) {
	t.Helper()
	ctx := context.Background()
	s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	q := quad.Quad{Subject: quad.IRI("s"), Predicate: quad.IRI("p"), Object: quad.String("o"), Label: quad.IRI("l")}
	if err := s.Write(ctx, []quad.Quad{q}); err != nil {
		t.Fatal(err)
	}
	return s, q
}

// TestBoltIndexes checks that Find on a bolt store reads an index for every
// single position, instead of Cayley's fallback full scan.
func TestBoltIndexes(t *testing.T) {
	s, q := oneQuadStore(t)
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

// TestBoltCompositeIndex checks that Find with several positions given scans
// the index that covers most of them, so that (nil, p, o, nil) reads the
// quads with object o and predicate p, not every quad with predicate p.
func TestBoltCompositeIndex(t *testing.T) {
	s, q := oneQuadStore(t)
	tests := []struct {
		given []quad.Direction
		want  []quad.Direction // the index prefix scanned
	}{
		{[]quad.Direction{quad.Predicate, quad.Object}, []quad.Direction{quad.Object, quad.Predicate}},
		{[]quad.Direction{quad.Subject, quad.Predicate}, []quad.Direction{quad.Subject, quad.Predicate}},
		{[]quad.Direction{quad.Subject, quad.Predicate, quad.Object}, []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
		{[]quad.Direction{quad.Subject, quad.Label}, []quad.Direction{quad.Label, quad.Subject}},
		{[]quad.Direction{quad.Predicate, quad.Label}, []quad.Direction{quad.Label}},
		{[]quad.Direction{quad.Object, quad.Label}, []quad.Direction{quad.Object}},
	}
	for _, tc := range tests {
		var known [4]cgraph.Ref
		for _, d := range tc.given {
			ref, err := s.qs.ValueOf(q.Get(d))
			if err != nil || ref == nil {
				t.Fatalf("ValueOf(%v) = %v, %v", q.Get(d), ref, err)
			}
			known[d-quad.Subject] = ref
		}
		scan, ok := s.indexScan(known)
		if !ok {
			t.Errorf("%v: no index scan", tc.given)
			continue
		}
		got := scan.Index.Dirs[:len(scan.Values)]
		if !slices.Equal(got, tc.want) {
			t.Errorf("%v: scans prefix %v of index %v, want prefix %v", tc.given, got, scan.Index.Dirs, tc.want)
		}
	}
}
