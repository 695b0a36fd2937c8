package store

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"
	bolt "go.etcd.io/bbolt"
)

// Batch sizes. A bolt write commits every boltTxQuads quads; chunkQuads is
// how many quads a delete hands Cayley per transaction, between which ctx
// is checked. A bolt transaction's memory grows with the B+tree pages it
// touches, and its keys land all over the tree, so on a large store it
// grows with the transaction; but every commit rewrites the leaves of the
// root bucket, where the 131,072 small value buckets live inline, so fewer
// commits save CPU. Loading the 4.76 M quads of a 100 MB build's export
// (no memory limit) took 182 s and 559 MB in transactions of 10,000, 131 s
// and 814 MB in 25,000, 110 s and 1.2 GB in 50,000; a 100 MB `build`,
// whose heap is held under --memory, peaked at 600 MB with 10,000 and
// 584 MB with 25,000, and took 408 s and 402 s.
const (
	chunkQuads  = 10000
	boltTxQuads = 25000
	pgTxQuads   = 20000
)

// quadKey identifies a quad by its four values in N-Quads-like notation.
type quadKey [4]string

func keyOf(q quad.Quad) quadKey {
	var k quadKey
	for i, v := range [4]quad.Value{q.Subject, q.Predicate, q.Object, q.Label} {
		if v != nil {
			k[i] = v.String()
		}
	}
	return k
}

// unique validates quads and returns them without repeats, in input order.
func unique(op string, quads []quad.Quad) ([]quad.Quad, error) {
	seen := make(map[quadKey]struct{}, len(quads))
	out := make([]quad.Quad, 0, len(quads))
	for i, q := range quads {
		if !q.IsValid() {
			return nil, fmt.Errorf("store: %s: quad %d (%v) needs a subject, a predicate and an object", op, i, q)
		}
		k := keyOf(q)
		if _, dup := seen[k]; dup {
			continue
		}
		seen[k] = struct{}{}
		out = append(out, q)
	}
	return out, nil
}

// Write stores quads. Quads already stored, and repeats within quads, are
// ignored. Every quad needs a subject, a predicate and an object; the label
// may be nil (the default graph).
func (s *Store) Write(ctx context.Context, quads []quad.Quad) (err error) {
	quads, err = unique("write", quads)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	defer recoverDamage(s, &err)
	switch s.backend {
	case Bolt:
		err = s.writeBolt(ctx, quads)
	case Postgres:
		err = s.writePostgres(ctx, quads)
	default:
		err = s.applyChunks(ctx, quads, cgraph.Add, chunkQuads)
	}
	return err
}

// writeBolt adds quads in transactions of boltTxQuads, writing Cayley's
// layout directly (boltwrite.go); each transaction is all or nothing. While it
// runs, the pages of the file it read are released (see releaser): the
// mapping is read-only and bbolt never overwrites a page an open
// transaction can see, so a released page faults back in unchanged from the
// page cache if it is read again.
func (s *Store) writeBolt(ctx context.Context, quads []quad.Quad) error {
	defer s.using()()
	for len(quads) > 0 {
		n := min(len(quads), boltTxQuads)
		err := s.addTx(ctx, quads[:n])
		// Between transactions nothing can remap the file, so this release
		// needs no headroom: it is the one left when the store has outgrown
		// its reserve and the background releaser stands aside.
		releaseMapped(s.addr)
		if err != nil {
			return err
		}
		quads = quads[n:]
	}
	return nil
}

// Releasing the bolt file's pages: every releaseEvery while the store is in
// use, as long as the mapping exceeds the file by releaseHeadroom (so no
// transaction can make bbolt replace it meanwhile). A transaction on a
// store of gigabytes reads tens of megabytes of pages within milliseconds,
// so the interval bounds how far they pile up in the resident set; with
// the mapping remembered a release costs about 3 µs (BenchmarkRelease,
// median of 3 on a free machine; 81 µs when /proc/self/maps is read and
// the whole reserve advised).
//
// A commit is faster still: bbolt rewrites every node the transaction
// dirtied and seeks every value bucket it touched, mapping 100–200 MB of a
// 1.5 GB file within milliseconds, so while one runs the releaser wakes
// every releaseCommitEvery (reading /proc/self/statm and releasing only past
// releaseSlack). That helps only if the releaser gets a processor when it
// wakes: see the build command's spare processors.
const (
	releaseEvery       = 2 * time.Millisecond
	releaseCommitEvery = 200 * time.Microsecond
	releaseHeadroom    = 4 << 30
)

// releaseSlack is how many bytes of file pages more than when the store was
// opened the process may hold before the background releaser acts (see
// Store.releaseSlack).
const releaseSlack = 32 << 20

// releaser releases, in the background, the pages of the bolt file that
// reads and writes fault in, every releaseEvery while an operation runs and
// once after one ended, and returns the function that stops it. A
// transaction reads index and node pages all over the B+tree, and so do the
// many short lookups of a loader between its writes; without this they stay
// in the resident set, and there are more of them the bigger the store.
// While no operation runs it sleeps until one starts (a server's store
// stays open and idle for hours).
func (s *Store) releaser() (stop func()) {
	done := make(chan struct{})
	s.wake = make(chan struct{}, 1)
	s.commitWake = make(chan struct{}, 1)
	s.releaseTick.Store(int64(releaseEvery))
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTimer(releaseEvery)
		defer t.Stop()
		var r pageReleaser
		base := mappedFileBytes()
		for {
			if s.active.Load() == 0 && !s.touched.Swap(false) {
				select {
				case <-done:
					return
				case <-s.wake:
				}
			}
			every := time.Duration(s.releaseTick.Load())
			if s.committing.Load() {
				every = releaseCommitEvery
			}
			t.Reset(every)
			select {
			case <-done:
				return
			case <-t.C:
			case <-s.commitWake:
				t.Stop() // a timer's channel holds no stale tick after Stop (Go 1.23)
			}
			// Pages released are faulted in again when read, and the
			// B+tree's upper levels are read all the time: leave them
			// while they are few.
			if slack := s.releaseSlack.Load(); slack > 0 && base >= 0 && mappedFileBytes()-base < slack {
				continue
			}
			r.release(s.addr, releaseHeadroom)
		}
	}()
	return func() { close(done); wg.Wait() }
}

// commitStarts tells the releaser that the write transaction's changes are
// made and bbolt is about to commit them.
func (s *Store) commitStarts() {
	s.committing.Store(true)
	select {
	case s.commitWake <- struct{}{}:
	default: // told already
	}
}

// using marks an operation on the bolt file as running, for the releaser,
// and returns the function that marks it done.
func (s *Store) using() (done func()) {
	s.active.Add(1)
	select {
	case s.wake <- struct{}{}:
	default: // the releaser is awake already (or there is none)
	}
	return func() {
		s.touched.Store(true)
		s.active.Add(-1)
	}
}

// addTx adds quads in one bolt transaction (see boltwrite.go).
func (s *Store) addTx(ctx context.Context, quads []quad.Quad) error {
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("store: write to %s: %w", s.where(), err)
	}
	err := s.db.Update(func(tx *bolt.Tx) error {
		w := boltAdder{tx: tx, indexes: s.writeIndexes(), buckets: make(map[[3]byte]*bolt.Bucket)}
		if err := w.add(quads); err != nil {
			return err
		}
		s.commitStarts()
		return nil
	})
	s.committing.Store(false)
	if err != nil {
		return fmt.Errorf("store: write to %s: %w", s.where(), err)
	}
	return nil
}

// writeIndexes returns the quad indexes that writes must fill: the file's,
// or for files from Cayley versions that recorded none, the two that those
// versions kept.
func (s *Store) writeIndexes() []kv.QuadIndex {
	if len(s.indexes) > 0 {
		return s.indexes
	}
	return []kv.QuadIndex{{Dirs: []quad.Direction{quad.Subject}}, {Dirs: []quad.Direction{quad.Object}}}
}

// applyChunks applies one action to quads, one transaction per chunk,
// ignoring duplicates and missing quads.
func (s *Store) applyChunks(ctx context.Context, quads []quad.Quad, action cgraph.Procedure, chunk int) error {
	if s.backend == Bolt {
		defer s.using()()
	}
	deltas := make([]cgraph.Delta, 0, min(len(quads), chunk))
	for len(quads) > 0 {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("store: %s %s: %w", action, s.where(), err)
		}
		n := min(len(quads), chunk)
		deltas = deltas[:0]
		for _, q := range quads[:n] {
			deltas = append(deltas, cgraph.Delta{Quad: q, Action: action})
		}
		err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true})
		if s.backend == Bolt {
			releaseMapped(s.addr)
		}
		if err != nil {
			return fmt.Errorf("store: %s %s: %w", action, s.where(), err)
		}
		quads = quads[n:]
	}
	return nil
}

// Delete removes quads. Quads that are not stored are ignored.
func (s *Store) Delete(ctx context.Context, quads []quad.Quad) (err error) {
	quads, err = unique("delete", quads)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	defer recoverDamage(s, &err)
	return s.applyChunks(ctx, quads, cgraph.Delete, chunkQuads)
}

// DeleteGraph removes every quad whose label is label and returns how many
// were removed.
func (s *Store) DeleteGraph(ctx context.Context, label quad.Value) (int, error) {
	if label == nil {
		return 0, errors.New("store: delete graph: no label given")
	}
	var quads []quad.Quad
	err := s.Find(ctx, nil, nil, nil, label, func(q quad.Quad) error {
		quads = append(quads, q)
		return nil
	})
	if err != nil {
		return 0, err
	}
	if err := s.Delete(ctx, quads); err != nil {
		return 0, err
	}
	return len(quads), nil
}

// recoverDamage turns a panic of the bolt library, which is how it reports
// some damaged pages, into an error naming the file.
func recoverDamage(s *Store, err *error) {
	if s.backend != Bolt {
		return
	}
	if r := recover(); r != nil {
		*err = fmt.Errorf("store: bolt file %s is damaged: %v", s.addr, r)
	}
}
