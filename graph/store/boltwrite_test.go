package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	cproto "github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
	"google.golang.org/protobuf/proto"
)

func TestAppendPrimitive(t *testing.T) {
	for _, p := range []*cproto.Primitive{
		{},
		{ID: 1, Timestamp: 1700000000123456789, Value: []byte("\x0a\x03abc")},
		{ID: 300, Subject: 1, Predicate: 2, Object: 1 << 40, Timestamp: 5},
		{ID: 7, Subject: 1, Predicate: 2, Object: 3, Label: 4, Replaces: 6, Timestamp: -1, Deleted: true},
	} {
		want, err := proto.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendPrimitive(nil, p); !bytes.Equal(got, want) {
			t.Errorf("appendPrimitive(%v) = %x, proto.Marshal gives %x", p, got, want)
		}
	}
}

// layoutQuads returns the batches the layout test writes: the seeds' graph
// (the export package's fixture) and every kind of value the store takes,
// with a value in two positions of one quad, quads in the default graph,
// and the second and third batches repeating quads of the first.
func layoutQuads(t *testing.T) [][]quad.Quad {
	f, err := os.Open(filepath.Join("..", "export", "testdata", "fixture.nq"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var seeds []quad.Quad
	r := nquads.NewReader(f, false)
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, q)
	}
	if len(seeds) < 500 {
		t.Fatalf("fixture has %d quads", len(seeds))
	}
	var more []quad.Quad
	for i := 0; i < 300; i++ {
		s := quad.IRI(fmt.Sprintf("http://example.org/e/%d", i%40))
		more = append(more,
			quad.Quad{Subject: s, Predicate: quad.IRI("http://example.org/knows"), Object: s},
			quad.Quad{Subject: s, Predicate: quad.IRI("http://example.org/n"), Object: quad.TypedString{Value: quad.String(fmt.Sprint(i)), Type: "http://www.w3.org/2001/XMLSchema#integer"}, Label: quad.IRI("http://example.org/g")},
			quad.Quad{Subject: s, Predicate: quad.IRI("http://example.org/name"), Object: quad.LangString{Value: quad.String(fmt.Sprintf("nom %d «é»", i)), Lang: "fr"}},
			quad.Quad{Subject: quad.BNode(fmt.Sprintf("b%d", i%7)), Predicate: quad.IRI("http://example.org/text"), Object: quad.String(fmt.Sprintf("line\n%d \"q\"", i%50))},
		)
	}
	more, err = unique("test", more)
	if err != nil {
		t.Fatal(err)
	}
	half := len(seeds) / 2
	return [][]quad.Quad{
		seeds[:half+50],
		append(slices.Clone(seeds[half:]), more[:len(more)/2]...),
		append(slices.Clone(more), seeds[:100]...),
	}
}

// layoutInit is how a bolt file is made: with the store's indexes and the
// value buckets made up front (as Open makes it), or as `cayley init` does
// (Cayley's default indexes, value buckets made when first needed).
type layoutInit struct {
	name    string
	indexes []kv.QuadIndex
	opts    cgraph.Options
}

var layoutInits = []layoutInit{
	{"store", boltIndexes, boltInitOptions},
	{"cayley-init", kv.DefaultQuadIndexes, nil},
}

// cayleyStore opens the bolt file at path with Cayley's own kv quad store,
// as `cayley` would, making it first as init says if init is not nil.
func cayleyStore(t *testing.T, path string, init *layoutInit) (cgraph.QuadStore, *bolt.DB) {
	t.Helper()
	db, err := bolt.Open(path, 0o644, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := hbolt.New(db)
	if init != nil {
		kvInitMu.Lock()
		saved := kv.DefaultQuadIndexes
		kv.DefaultQuadIndexes = init.indexes
		err = kv.Init(h, init.opts)
		kv.DefaultQuadIndexes = saved
		kvInitMu.Unlock()
		if err != nil {
			t.Fatal(err)
		}
	}
	qs, err := kv.New(h, boltOptions)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { qs.Close() })
	return qs, db
}

// cayleyQuads returns every quad Cayley reads from qs, in N-Quads, sorted.
func cayleyQuads(t *testing.T, qs cgraph.QuadStore, it iterator.Scanner) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	for it.Next(ctx) {
		q, err := qs.Quad(it.Result())
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, q.NQuad())
	}
	if err := it.Err(); err != nil {
		t.Fatal(err)
	}
	it.Close()
	slices.Sort(out)
	return out
}

// refCounts returns the reference count bolt holds for every node.
func refCounts(t *testing.T, db *bolt.DB) map[refs.ValueHash]uint64 {
	t.Helper()
	out := make(map[refs.ValueHash]uint64)
	err := db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			if len(name) != 3 || name[0] != 'n' {
				return nil
			}
			return b.ForEach(func(k, v []byte) error {
				var h refs.ValueHash
				copy(h[:], k)
				out[h], _ = binary.Uvarint(v)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// wantRefCounts counts the positions in which each value occurs in quads.
func wantRefCounts(quads []string, byNQuad map[string]quad.Quad) map[refs.ValueHash]uint64 {
	out := make(map[refs.ValueHash]uint64)
	for _, s := range quads {
		q := byNQuad[s]
		for _, d := range quad.Directions {
			if v := q.Get(d); v != nil {
				out[refs.HashOf(v)]++
			}
		}
	}
	return out
}

// TestBoltLayout writes the same batches with the store's writer and with
// Cayley's, then reads both files with Cayley: every quad, every index
// (a lookup by each value in each position), the node table and the quad
// count must agree, and the store's reference counts must be exact, so
// that Cayley's deletes remove a node with its last quad.
func TestBoltLayout(t *testing.T) {
	for _, init := range layoutInits {
		t.Run(init.name, func(t *testing.T) { testBoltLayout(t, init) })
	}
}

func testBoltLayout(t *testing.T, init layoutInit) {
	ctx := context.Background()
	dir := t.TempDir()
	ours, theirs := filepath.Join(dir, "ours.bolt"), filepath.Join(dir, "cayley.bolt")
	batches := layoutQuads(t)
	byNQuad := make(map[string]quad.Quad)
	for _, b := range batches {
		for _, q := range b {
			byNQuad[q.NQuad()] = q
		}
	}

	if init.name != "store" {
		qs, _ := cayleyStore(t, ours, &init)
		qs.Close()
	}
	s, err := Open(ctx, Bolt, ours)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.indexes) != len(init.indexes) {
		t.Fatalf("the store reads %d indexes from the file, want %d", len(s.indexes), len(init.indexes))
	}
	for _, b := range batches {
		if err := s.Write(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	cqs, _ := cayleyStore(t, theirs, &init)
	for _, b := range batches {
		w, err := cqs.NewQuadWriter()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.WriteQuads(b); err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	qs, db := cayleyStore(t, ours, nil)
	if err := db.View(func(tx *bolt.Tx) error { return <-tx.Check() }); err != nil {
		t.Fatalf("bolt check: %v", err)
	}

	want := cayleyQuads(t, cqs, cqs.QuadsAllIterator().Iterate())
	got := cayleyQuads(t, qs, qs.QuadsAllIterator().Iterate())
	if !slices.Equal(got, want) {
		t.Fatalf("Cayley reads %d quads from the store's file, %d from its own", len(got), len(want))
	}
	for _, pair := range []struct {
		name string
		qs   cgraph.QuadStore
	}{{"ours", qs}, {"cayley", cqs}} {
		st, err := pair.qs.Stats(ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		if st.Quads.Value != int64(len(want)) {
			t.Errorf("%s: Stats counts %d quads, want %d", pair.name, st.Quads.Value, len(want))
		}
	}
	ourStats, _ := qs.Stats(ctx, true)
	theirStats, _ := cqs.Stats(ctx, true)
	if ourStats.Nodes.Value != theirStats.Nodes.Value {
		t.Errorf("nodes: %d in the store's file, %d in Cayley's", ourStats.Nodes.Value, theirStats.Nodes.Value)
	}
	lookups := 0
	type lookup struct {
		d quad.Direction
		v string
	}
	looked := make(map[lookup]bool)
	for _, s := range want {
		q := byNQuad[s]
		for _, d := range quad.Directions {
			v := q.Get(d)
			if v == nil || looked[lookup{d, v.String()}] {
				continue
			}
			looked[lookup{d, v.String()}] = true
			ref, err := qs.ValueOf(v)
			if err != nil || ref == nil {
				t.Fatalf("ValueOf(%v) = %v, %v", v, ref, err)
			}
			cref, _ := cqs.ValueOf(v)
			g := cayleyQuads(t, qs, qs.QuadIterator(d, ref).Iterate())
			w := cayleyQuads(t, cqs, cqs.QuadIterator(d, cref).Iterate())
			if !slices.Equal(g, w) {
				t.Fatalf("quads with %s %v: store's file %q, Cayley's %q", d, v, g, w)
			}
			lookups++
		}
	}
	if rc, want := refCounts(t, db), wantRefCounts(want, byNQuad); !maps.Equal(rc, want) {
		t.Errorf("reference counts differ from the quads' positions (%d nodes counted, %d expected)", len(rc), len(want))
	}
	t.Logf("%d quads, %d nodes, %d index lookups agree", len(want), ourStats.Nodes.Value, lookups)

	// Cayley deletes from the store's file: the first batch goes, and with
	// it every node no other quad references.
	var del []cgraph.Delta
	for _, q := range batches[0] {
		del = append(del, cgraph.Delta{Quad: q, Action: cgraph.Delete})
	}
	if err := qs.ApplyDeltas(del, cgraph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		t.Fatal(err)
	}
	gone := make(map[string]bool)
	for _, q := range batches[0] {
		gone[q.NQuad()] = true
	}
	var left []string
	for _, s := range want {
		if !gone[s] {
			left = append(left, s)
		}
	}
	if got := cayleyQuads(t, qs, qs.QuadsAllIterator().Iterate()); !slices.Equal(got, left) {
		t.Fatalf("after Cayley's delete: %d quads, want %d", len(got), len(left))
	}
	wantRefs := wantRefCounts(left, byNQuad)
	if rc := refCounts(t, db); !maps.Equal(rc, wantRefs) {
		t.Errorf("after Cayley's delete: %d nodes counted, %d referenced", len(rc), len(wantRefs))
	}
	removed := 0
	for _, q := range batches[0] {
		for _, d := range quad.Directions {
			v := q.Get(d)
			if v == nil {
				continue
			}
			ref, err := qs.ValueOf(v)
			if err != nil {
				t.Fatal(err)
			}
			if _, used := wantRefs[refs.HashOf(v)]; used != (ref != nil) {
				t.Errorf("after delete: %v referenced %v but stored %v", v, used, ref != nil)
			}
			if ref == nil {
				removed++
			}
		}
	}
	if removed == 0 {
		t.Error("the delete removed no node")
	}
	qs.Close()

	// The store writes the deleted quads again: back as they were.
	s, err = Open(ctx, Bolt, ours)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Write(ctx, batches[0]); err != nil {
		t.Fatal(err)
	}
	var again []string
	if err := s.ForEach(ctx, func(q quad.Quad) error { again = append(again, q.NQuad()); return nil }); err != nil {
		t.Fatal(err)
	}
	slices.Sort(again)
	if !slices.Equal(again, want) {
		t.Errorf("after writing the deleted quads again: %d quads, want %d", len(again), len(want))
	}
	if n, err := s.Count(ctx); err != nil || n != int64(len(want)) {
		t.Errorf("Count = %d, %v; want %d", n, err, len(want))
	}
	if rc := refCounts(t, s.db); !maps.Equal(rc, wantRefCounts(want, byNQuad)) {
		t.Error("after writing again: reference counts differ from the quads' positions")
	}
}
