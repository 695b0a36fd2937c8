package store

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/cayleygraph/quad"
)

// TestScanCacheOverflow reads back a store with more distinct node values
// than the scan's value cache holds, so that the cache is emptied between
// batches, and checks that every quad comes back whole.
func TestScanCacheOverflow(t *testing.T) {
	defer func(n int) { valueCacheSize = n }(valueCacheSize)
	valueCacheSize = 3 * scanBatch

	ctx := context.Background()
	s, err := Open(ctx, Bolt, filepath.Join(t.TempDir(), "kg.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	const n = 6000 // 12,000 distinct subjects and objects, 4 batches or so
	want := make(map[quadKey]bool, n)
	quads := make([]quad.Quad, 0, n)
	for i := 0; i < n; i++ {
		q := quad.Make(
			quad.IRI(fmt.Sprintf("http://example.org/s%d", i)),
			quad.IRI("http://example.org/p"),
			quad.String(fmt.Sprintf("object %d", i)),
			quad.IRI(fmt.Sprintf("http://example.org/g%d", i%7)))
		quads = append(quads, q)
		want[keyOf(q)] = true
	}
	if err := s.Write(ctx, quads); err != nil {
		t.Fatal(err)
	}
	got := 0
	err = s.ForEach(ctx, func(q quad.Quad) error {
		if !want[keyOf(q)] {
			return fmt.Errorf("read back a quad that was not written: %v", q)
		}
		got++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if got != n {
		t.Fatalf("read back %d quads, want %d", got, n)
	}
}
