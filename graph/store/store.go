// Package store keeps textgraph's quads in Cayley. It is the only package of
// the module that imports Cayley: everything else sees the small API here
// (Open, Write, Delete, DeleteGraph, ForEach, Find, Count, Query) and the
// cayleygraph/quad value types.
//
// Three backends are supported (see Backends):
//
//   - "bbolt", the default: an embedded bolt file at the given path, created
//     and initialised when missing. Cayley's bloom filters are kept off: they
//     cost about a second and 300 MB of memory per million quads at every
//     open, and duplicates are detected through the indexes instead.
//     Writes add to Cayley's key-value layout directly (boltwrite.go);
//     Delete and Gizmo go through Cayley.
//   - "memstore": everything in memory, lost at Close; the address is ignored.
//   - "postgres": Cayley's SQL schema in a PostgreSQL database given by a
//     connection string (URL or key=value form); the schema is created when
//     missing, with one index added to Cayley's (quads by label). Bulk
//     writes and reads go to Cayley's tables directly (see postgres.go);
//     Delete and Gizmo go through Cayley.
//
// Values are stored as given. textgraph writes IRIs as quad.IRI, plain
// strings as quad.String and every other literal as a quad.TypedString whose
// Type is a full XSD IRI, so literals round-trip exactly through every
// backend. Labels name the graph a quad belongs to (one per document).
//
// Writes are idempotent: a quad already stored, or repeated in the input, is
// stored once. Large inputs are written in big batched transactions; if a
// Write fails or its context is cancelled part-way, a prefix of the batches
// may already be stored, and writing the same quads again is safe.
//
// A Store is safe for concurrent use. Callbacks given to ForEach and Find run
// while the store is locked for reading: they may read the store (a Find
// inside a Find), but must not write to it; a Write from another goroutine
// waits until no read is running.
//
// Query runs Gizmo, Cayley's JavaScript query language; see Query for how
// prefixed IRIs are read and how results are rendered.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/clog"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	bolt "go.etcd.io/bbolt"

	"github.com/textgraph/textgraph/graph"
)

// Backend names accepted by Open.
const (
	Bolt     = "bbolt"
	Memory   = "memstore"
	Postgres = "postgres"
)

// Backends returns the names of the supported backends, the default first.
func Backends() []string {
	return []string{Bolt, Memory, Postgres}
}

func init() {
	// Cayley logs errors to the standard logger and then returns them, and
	// some of its messages repeat a connection string with its password.
	// Every error reaches our caller through the returned values instead.
	clog.SetLogger(quietLogger{})
}

// quietLogger drops Cayley's log lines; see init.
type quietLogger struct{}

func (quietLogger) Infof(string, ...interface{})    {}
func (quietLogger) Warningf(string, ...interface{}) {}
func (quietLogger) Errorf(string, ...interface{})   {}
func (quietLogger) Fatalf(format string, args ...interface{}) {
	panic(fmt.Sprintf("store: cayley: "+format, args...))
}
func (quietLogger) V(int) bool { return false }
func (quietLogger) SetV(int)   {}

// Store is an open quad store.
type Store struct {
	backend string
	addr    string // file path or redacted connection string, for messages

	// mu serialises writers against readers: memstore has no locking of its
	// own (see memQuadStore), and a bolt write that grows the file waits for
	// open readers.
	mu rwLock
	qs cgraph.QuadStore

	pg *pgConn  // set for the postgres backend
	db *bolt.DB // set for the bbolt backend: writes go to it directly

	// indexes are the bolt file's quad indexes, read when it is opened.
	indexes []kv.QuadIndex

	nsMu   sync.RWMutex
	prefix []graph.Prefix
	closed bool

	// bolt: the background releaser of the file's pages (see releaser).
	stopRelease func()
	active      atomic.Int32  // operations running
	touched     atomic.Bool   // an operation ended since the last release
	wake        chan struct{} // an operation started (the releaser sleeps while none runs)
	// releaseSlack: the releaser leaves the pages alone while the process
	// holds fewer than this many bytes of file pages more than at open.
	// Released pages are faulted in again when read, and the B+tree's
	// upper levels are read all the time: releasing them on every tick
	// cost a load of a million quads 40% more time.
	releaseSlack atomic.Int64
	releaseTick  atomic.Int64  // the interval outside commits, in ns (releaseEvery; tests lengthen it)
	committing   atomic.Bool   // a write transaction is committing
	commitWake   chan struct{} // a commit started (the releaser shortens its interval)
}

// Open opens (creating it if needed) the store of the given backend at addr.
// backend "" means "bbolt". For bbolt, addr is the path of the store file;
// for postgres it is a connection string; memstore ignores it.
func Open(ctx context.Context, backend, addr string) (*Store, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("store: open: %w", err)
	}
	var (
		s   *Store
		err error
	)
	switch strings.ToLower(backend) {
	case "", Bolt, "bolt":
		s, err = openBolt(ctx, addr)
	case Memory, "mem", "memory":
		s, err = openMemory()
	case Postgres, "postgresql", "pg":
		s, err = openPostgres(ctx, addr)
	default:
		return nil, fmt.Errorf("store: unknown backend %q (known: %s)", backend, strings.Join(Backends(), ", "))
	}
	if err != nil {
		return nil, err
	}
	s.prefix = graph.Prefixes(graph.DefaultBase)
	return s, nil
}

// Backend returns the name of the store's backend.
func (s *Store) Backend() string { return s.backend }

// SetBase sets the base IRI from which the base-relative prefixes of
// graph.Prefixes (ent, doc, as, q, run) are derived for Query. The default
// is graph.DefaultBase.
func (s *Store) SetBase(base string) {
	s.nsMu.Lock()
	defer s.nsMu.Unlock()
	s.prefix = graph.Prefixes(base)
}

func (s *Store) prefixes() []graph.Prefix {
	s.nsMu.RLock()
	defer s.nsMu.RUnlock()
	return s.prefix
}

// ErrClosed is returned by methods called on a closed Store.
var ErrClosed = errors.New("store: closed")

// Close closes the store, flushing it to disk for bbolt. Closing twice is
// not an error.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.stopRelease != nil {
		s.stopRelease() // before the file is unmapped
	}
	var errs []error
	if err := s.qs.Close(); err != nil {
		errs = append(errs, fmt.Errorf("store: close %s %s: %w", s.backend, s.addr, err))
	}
	if s.pg != nil {
		if err := s.pg.db.Close(); err != nil {
			errs = append(errs, fmt.Errorf("store: close %s %s: %w", s.backend, s.addr, err))
		}
	}
	return errors.Join(errs...)
}

// rwLock is a readers-writer lock that lets a reader in whenever no writer
// holds it, even while a writer waits, so that a read nested in another
// read's callback (a Find inside a Find) cannot deadlock against a waiting
// Write, as it would with sync.RWMutex. Writers wait for all readers to
// leave. The zero value is unlocked.
type rwLock struct {
	mu      sync.Mutex
	cond    sync.Cond
	readers int
	writing bool
}

func (l *rwLock) init() {
	if l.cond.L == nil {
		l.cond.L = &l.mu
	}
}

func (l *rwLock) RLock() {
	l.mu.Lock()
	l.init()
	for l.writing {
		l.cond.Wait()
	}
	l.readers++
	l.mu.Unlock()
}

func (l *rwLock) RUnlock() {
	l.mu.Lock()
	l.readers--
	if l.readers == 0 {
		l.cond.Broadcast()
	}
	l.mu.Unlock()
}

func (l *rwLock) Lock() {
	l.mu.Lock()
	l.init()
	for l.writing || l.readers > 0 {
		l.cond.Wait()
	}
	l.writing = true
	l.mu.Unlock()
}

func (l *rwLock) Unlock() {
	l.mu.Lock()
	l.writing = false
	l.cond.Broadcast()
	l.mu.Unlock()
}

// readLock locks the store for reading and returns the unlock function.
func (s *Store) readLock() func() {
	s.mu.RLock()
	if s.backend != Bolt {
		return s.mu.RUnlock
	}
	// A scan (Count, ForEach, an export) reads the whole file, and lookups
	// add up: release their pages as writes do.
	done := s.using()
	return func() {
		done()
		s.mu.RUnlock()
	}
}

// where names the store in error messages.
func (s *Store) where() string {
	if s.addr == "" {
		return s.backend
	}
	return s.backend + " " + s.addr
}
