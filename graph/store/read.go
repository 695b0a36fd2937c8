package store

import (
	"context"
	"errors"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
)

// ForEach calls fn for every stored quad, in no particular order, streaming
// from the backend. It stops at the first error fn returns and returns it.
// fn must not write to the store.
func (s *Store) ForEach(ctx context.Context, fn func(quad.Quad) error) (err error) {
	defer s.readLock()()
	if s.closed {
		return ErrClosed
	}
	defer recoverDamage(s, &err)
	if s.pg != nil {
		return s.pg.forEach(ctx, s.where(), "", nil, fn)
	}
	return s.scan(ctx, "read", s.qs.QuadsAllIterator(), fn)
}

// Find calls fn for every stored quad that matches the pattern: each of
// subject, predicate, object and label that is not nil must equal the
// quad's value in that position. A nil label matches every graph, including
// the default one. Lookups go through the backend's indexes whenever one
// position is given. fn must not write to the store.
func (s *Store) Find(ctx context.Context, subject, predicate, object, label quad.Value, fn func(quad.Quad) error) (err error) {
	defer s.readLock()()
	if s.closed {
		return ErrClosed
	}
	defer recoverDamage(s, &err)
	pattern := [4]quad.Value{subject, predicate, object, label}
	if s.pg != nil {
		return s.pg.forEach(ctx, s.where(), "find", pattern[:], fn)
	}
	var (
		its   []iterator.Shape
		known [4]cgraph.Ref
	)
	for i, v := range pattern {
		if v == nil {
			continue
		}
		ref, err := s.qs.ValueOf(v)
		if err != nil {
			return fmt.Errorf("store: find in %s: look up %v: %w", s.where(), v, err)
		}
		if ref == nil {
			return nil // the value is not stored, so no quad matches
		}
		known[i] = ref
		its = append(its, s.qs.QuadIterator(quad.Directions[i], ref))
	}
	var it iterator.Shape
	switch len(its) {
	case 0:
		it = s.qs.QuadsAllIterator()
	case 1:
		it = its[0]
	default:
		// Cayley's And would scan the first position's index and test
		// the others quad by quad: for (nil, p, o, nil) that is every quad
		// with predicate p. A composite index scans only the matches.
		if scan, ok := s.indexScan(known); ok {
			it = scan.BuildIterator(s.qs)
		} else {
			it = iterator.NewAnd(its...)
		}
	}
	return s.scan(ctx, "find", it, func(q quad.Quad) error {
		for i, v := range pattern {
			if v != nil && keyOfValue(q.Get(quad.Directions[i])) != v.String() {
				return nil
			}
		}
		return fn(q)
	})
}

// selectivity ranks the positions of a quad by how few quads one value
// usually matches: a subject or an object names a few quads, a graph label
// (one article) a few hundred, a predicate up to all of them.
func selectivity(d quad.Direction) int {
	switch d {
	case quad.Subject, quad.Object:
		return 3
	case quad.Label:
		return 2
	}
	return 1
}

// indexScan picks the bolt index that covers the longest prefix of the
// given positions (known[i] set for quad.Directions[i]), preferring the more
// selective leading position on ties, and returns a scan of that prefix.
// The caller still checks every position on the quads it yields.
func (s *Store) indexScan(known [4]cgraph.Ref) (kv.IndexScan, bool) {
	var (
		best      kv.IndexScan
		bestLen   int
		bestFirst int
	)
	for _, ind := range s.indexes {
		var vals []uint64
		for _, d := range ind.Dirs {
			r, ok := known[d-quad.Subject].(kv.Int64Value)
			if !ok {
				break
			}
			vals = append(vals, uint64(r))
		}
		if len(vals) == 0 {
			continue
		}
		first := selectivity(ind.Dirs[0])
		if len(vals) > bestLen || len(vals) == bestLen && first > bestFirst {
			best, bestLen, bestFirst = kv.IndexScan{Index: ind, Values: vals}, len(vals), first
		}
	}
	return best, bestLen > 0
}

func keyOfValue(v quad.Value) string {
	if v == nil {
		return ""
	}
	return v.String()
}

// Batched reads (bolt). Cayley's Quad opens a transaction and decodes four
// node values for every quad; scanBatched reads the quad references in
// batches, fetches the node values each batch lacks in one transaction and
// keeps up to valueCacheSize of them (predicates, classes and graph labels
// repeat on most quads).
const (
	firstScanBatch = 16
	scanBatch      = 1024
)

// valueCacheSize is a variable so that tests can make the cache overflow on
// a small store.
var valueCacheSize = 1 << 17

// scan iterates over quad references and calls fn with their quads.
func (s *Store) scan(ctx context.Context, op string, it iterator.Shape, fn func(quad.Quad) error) error {
	if bn, ok := s.qs.(refs.BatchNamer); ok && s.backend == Bolt {
		return s.scanBatched(ctx, op, it, bn, fn)
	}
	sc := it.Iterate()
	defer sc.Close()
	for sc.Next(ctx) {
		q, err := s.qs.Quad(sc.Result())
		if err != nil {
			return fmt.Errorf("store: %s %s: %w", op, s.where(), err)
		}
		if !q.IsValid() {
			// A quad deleted while iterating; Cayley returns it empty.
			continue
		}
		if err := fn(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("store: %s %s: %w", op, s.where(), err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: %s %s: %w", op, s.where(), err)
	}
	return nil
}

// Count returns the number of stored quads.
func (s *Store) Count(ctx context.Context) (n int64, err error) {
	defer s.readLock()()
	if s.closed {
		return 0, ErrClosed
	}
	defer recoverDamage(s, &err)
	if s.pg != nil {
		n, err := s.pg.count(ctx)
		if err != nil {
			return 0, fmt.Errorf("store: count quads in %s: %w", s.where(), err)
		}
		return n, nil
	}
	st, err := s.qs.Stats(ctx, false)
	if errors.Is(err, kv.ErrNoBucket) {
		return 0, nil // a new bolt store before its first write
	}
	if err != nil {
		return 0, fmt.Errorf("store: count quads in %s: %w", s.where(), err)
	}
	if !st.Quads.Exact {
		st, err = s.qs.Stats(ctx, true)
		if err != nil {
			return 0, fmt.Errorf("store: count quads in %s: %w", s.where(), err)
		}
	}
	return st.Quads.Value, nil
}

func (s *Store) scanBatched(ctx context.Context, op string, it iterator.Shape, bn refs.BatchNamer, fn func(quad.Quad) error) error {
	fail := func(err error) error { return fmt.Errorf("store: %s %s: %w", op, s.where(), err) }
	sc := it.Iterate()
	defer sc.Close()
	cache := make(map[any]quad.Value)
	batch := make([]refs.Ref, 0, scanBatch)
	var (
		need []refs.Ref
		dirs [][4]refs.Ref
	)
	flush := func() error {
		// Empty a full cache before deciding what the batch lacks: emptied
		// after, it would lose values the batch counted on.
		if len(cache)+4*len(batch) > valueCacheSize {
			clear(cache)
		}
		need, dirs = need[:0], dirs[:0]
		queued := make(map[any]bool)
		for _, r := range batch {
			var ids [4]refs.Ref
			for i, d := range quad.Directions {
				id, err := s.qs.QuadDirection(r, d)
				if err != nil {
					return fail(err)
				}
				ids[i] = id
				if id == nil {
					continue
				}
				k := id.Key()
				if _, ok := cache[k]; !ok && !queued[k] {
					queued[k] = true
					need = append(need, id)
				}
			}
			dirs = append(dirs, ids)
		}
		if len(need) > 0 {
			vals, err := bn.ValuesOf(ctx, need)
			if err != nil {
				return fail(err)
			}
			for i, id := range need {
				cache[id.Key()] = vals[i]
			}
		}
		for _, ids := range dirs {
			var q quad.Quad
			for i, d := range quad.Directions {
				if ids[i] != nil {
					q.Set(d, cache[ids[i].Key()])
				}
			}
			if !q.IsValid() {
				return fail(fmt.Errorf("quad with a missing node value: %v", q))
			}
			if err := fn(q); err != nil {
				return err
			}
		}
		batch = batch[:0]
		return nil
	}
	// Batches start small and double: a caller that stops at the first
	// match (an existence check) should not pay for resolving a thousand
	// quads' values.
	size := firstScanBatch
	for sc.Next(ctx) {
		batch = append(batch, sc.Result())
		if len(batch) == size {
			if err := flush(); err != nil {
				return err
			}
			size = min(2*size, scanBatch)
		}
	}
	if err := sc.Err(); err != nil {
		return fail(err)
	}
	if err := ctx.Err(); err != nil {
		return fail(err)
	}
	return flush()
}
