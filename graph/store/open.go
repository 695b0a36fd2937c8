package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/kv"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt" // registers hidalgo's bbolt for Cayley
	"github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres" // registers the postgres backend and lib/pq
	"github.com/cayleygraph/quad"
	hbolt "github.com/hidal-go/hidalgo/kv/bbolt"
	bolt "go.etcd.io/bbolt"
)

// boltIndexes are the indexes a new bolt store gets. Cayley's defaults (SP
// and OPS) serve traversals but leave predicate-only and label-only lookups
// (Find by predicate, DeleteGraph, per-document export) to a full scan, so
// PS and LS are added. Keys are pairs or triples, never one value alone, so
// no key becomes a super-node list (rdf:type, the default graph). Stores
// made by `cayley init` keep their own indexes and still work.
var boltIndexes = []kv.QuadIndex{
	{Dirs: []quad.Direction{quad.Subject, quad.Predicate}},
	{Dirs: []quad.Direction{quad.Object, quad.Predicate, quad.Subject}},
	{Dirs: []quad.Direction{quad.Predicate, quad.Subject}},
	{Dirs: []quad.Direction{quad.Label, quad.Subject}},
}

// readIndexes returns the quad indexes Cayley recorded in the file's meta
// bucket; nil (Find then intersects single-position scans) for files from
// Cayley versions that recorded none.
func readIndexes(db *bolt.DB) ([]kv.QuadIndex, error) {
	var out []kv.QuadIndex
	err := db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("meta"))
		if b == nil {
			return nil
		}
		v := b.Get([]byte("indexes"))
		if v == nil {
			return nil
		}
		if err := json.Unmarshal(v, &out); err != nil {
			return fmt.Errorf("reading the index list: %w", err)
		}
		return nil
	})
	return out, err
}

// kvInitMu guards kv.DefaultQuadIndexes, which kv.Init reads.
var kvInitMu sync.Mutex

// boltOptions are Cayley's options for the kv store: no bloom filters (see
// the package doc).
var boltOptions = cgraph.Options{kv.OptNoBloom: true}

// mmapReserve is how much address space the bolt file is mapped with: 64
// GiB, or twice the file's size if that is more. The file grows inside the
// mapping, so bbolt keeps one mapping while the store stays under it, which
// lets the store release the mapping's pages while a transaction runs (see
// pageReleaser). Only pages read count in memory; the rest is address
// space. On 32-bit platforms bbolt's default (the file's size) stays.
func mmapReserve(size int64) int {
	if strconv.IntSize < 64 {
		return 0
	}
	r := max(int64(64)<<30, 2*size)
	return int(r)
}

// boltInitOptions create the 131,072 value buckets (two per 16-bit hash
// prefix) when the file is made, in key order. Created lazily during a load,
// each one is inserted in the middle of the root node, which bolt only
// splits at commit: that memmove was 45% of the CPU time of a bulk load.
var boltInitOptions = cgraph.Options{"upfront": true}

func openBolt(ctx context.Context, path string) (s *Store, err error) {
	if path == "" {
		return nil, errors.New("store: the bbolt backend needs a file path")
	}
	fi, err := os.Stat(path)
	switch {
	case err == nil && fi.IsDir():
		return nil, fmt.Errorf("store: %s is a directory, not a bolt store file", path)
	case err == nil && !fi.Mode().IsRegular():
		return nil, fmt.Errorf("store: %s is not a regular file", path)
	case errors.Is(err, os.ErrNotExist):
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("store: create directory for bolt file %s: %w", path, err)
			}
		}
	case err != nil:
		return nil, fmt.Errorf("store: open bolt file %s: %w", path, err)
	}
	// bbolt panics on some damaged files instead of returning an error.
	defer func() {
		if r := recover(); r != nil {
			s, err = nil, fmt.Errorf("store: bolt file %s is damaged: %v", path, r)
		}
	}()
	var size int64
	if fi != nil {
		size = fi.Size()
	}
	db, err := bolt.Open(path, 0o644, &bolt.Options{Timeout: 2 * time.Second, InitialMmapSize: mmapReserve(size)})
	if err != nil {
		switch {
		case errors.Is(err, bolt.ErrTimeout):
			return nil, fmt.Errorf("store: bolt file %s is in use by another process", path)
		case errors.Is(err, bolt.ErrInvalid), errors.Is(err, bolt.ErrChecksum), errors.Is(err, bolt.ErrVersionMismatch):
			return nil, fmt.Errorf("store: %s is not a bolt store file or is damaged: %w", path, err)
		}
		return nil, fmt.Errorf("store: open bolt file %s: %w", path, err)
	}
	// Read the root bucket up front so that a damaged file fails here, with
	// its name, and not in the middle of a query. Only its first key: the
	// store has 131,072 value buckets, and opening every one maps in a few
	// hundred MB of a large file.
	empty := true
	err = db.View(func(tx *bolt.Tx) error {
		k, _ := tx.Cursor().First()
		empty = k == nil
		return nil
	})
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: bolt file %s is damaged: %w", path, err)
	}
	hkv := hbolt.New(db)
	if empty {
		kvInitMu.Lock()
		saved := kv.DefaultQuadIndexes
		kv.DefaultQuadIndexes = boltIndexes
		// Init commits 257 transactions; sync once at the end instead. A
		// crash before that leaves an empty store to make again.
		db.NoSync = true
		err = kv.Init(hkv, boltInitOptions)
		db.NoSync = false
		kv.DefaultQuadIndexes = saved
		kvInitMu.Unlock()
		if err == nil {
			err = db.Sync()
		}
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("store: initialise bolt file %s: %w", path, err)
		}
	}
	qs, err := kv.New(hkv, boltOptions)
	if err != nil {
		db.Close()
		if errors.Is(err, cgraph.ErrNotInitialized) {
			return nil, fmt.Errorf("store: %s is a bolt file but not a textgraph (Cayley) store", path)
		}
		return nil, fmt.Errorf("store: open bolt file %s: %w", path, err)
	}
	if err := ctx.Err(); err != nil {
		qs.Close()
		return nil, fmt.Errorf("store: open bolt file %s: %w", path, err)
	}
	indexes, err := readIndexes(db)
	if err != nil {
		qs.Close()
		return nil, fmt.Errorf("store: open bolt file %s: %w", path, err)
	}
	s = &Store{backend: Bolt, addr: path, qs: qs, db: db, indexes: indexes}
	s.releaseSlack.Store(releaseSlack)
	s.stopRelease = s.releaser()
	return s, nil
}

func openMemory() (*Store, error) {
	return &Store{backend: Memory, qs: &memQuadStore{QuadStore: memstore.New()}}, nil
}

// memQuadStore serialises the creation of Cayley memstore's all-iterators:
// it is the one read that writes to the store (it marks the quad list as
// shared), so that concurrent readers, Gizmo's included, race on it.
// Everything else is memstore's own, and readers may run together under
// Store.mu.
type memQuadStore struct {
	*memstore.QuadStore
	mu sync.Mutex
}

// QuadsAllIterator implements graph.QuadStore.
func (m *memQuadStore) QuadsAllIterator() iterator.Shape {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.QuadsAllIterator()
}

// NodesAllIterator implements graph.QuadStore.
func (m *memQuadStore) NodesAllIterator() iterator.Shape {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.QuadStore.NodesAllIterator()
}

// pgConn is our own connection to the PostgreSQL database behind Cayley's.
type pgConn struct {
	db *sql.DB
}

// pgConnectTimeout bounds the first connection when ctx has no deadline.
const pgConnectTimeout = 15 * time.Second

func openPostgres(ctx context.Context, addr string) (*Store, error) {
	if strings.TrimSpace(addr) == "" {
		return nil, errors.New("store: the postgres backend needs a connection string")
	}
	shown, secret := redact(addr)
	hide := func(err error) error { return hideSecret(err, secret) }

	if strings.Contains(addr, "://") {
		if _, err := url.Parse(addr); err != nil {
			return nil, fmt.Errorf("store: bad postgres connection string %s: %w", shown, hide(err))
		}
	}
	db, err := sql.Open("postgres", addr)
	if err != nil {
		return nil, fmt.Errorf("store: bad postgres connection string %s: %w", shown, hide(err))
	}
	pctx := ctx
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		pctx, cancel = context.WithTimeout(ctx, pgConnectTimeout)
		defer cancel()
	}
	if err := db.PingContext(pctx); err != nil {
		db.Close()
		if isConnStringError(err) {
			return nil, fmt.Errorf("store: bad postgres connection string %s: %w", shown, hide(err))
		}
		return nil, fmt.Errorf("store: cannot connect to postgres at %s: %w", shown, hide(err))
	}
	if err := cgraph.InitQuadStore(Postgres, addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
		db.Close()
		return nil, fmt.Errorf("store: create Cayley schema in postgres %s: %w", shown, hide(err))
	}
	// Cayley indexes quads by subject, predicate and object but not by
	// label; Find by graph and DeleteGraph need one.
	if _, err := db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS quads_label_index ON quads (label_hash)`); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: create label index in postgres %s: %w", shown, hide(err))
	}
	qs, err := cgraph.NewQuadStore(Postgres, addr, nil)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open postgres %s: %w", shown, hide(err))
	}
	return &Store{backend: Postgres, addr: shown, qs: qs, pg: &pgConn{db: db}}, nil
}

// isConnStringError reports whether lib/pq rejected the connection string
// itself rather than failing to reach the server.
func isConnStringError(err error) bool {
	msg := err.Error()
	for _, s := range []string{
		"missing \"=\"", "unterminated quoted string", "invalid connection protocol",
		"unrecognized configuration parameter", "invalid port", "invalid URL escape",
		"parse \"", "unsupported sslmode", "invalid value for parameter",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

var pwKV = regexp.MustCompile(`(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s]*)`)

// redact returns addr with its password replaced by "xxxxx", and the
// password itself so that it can be removed from driver messages.
func redact(addr string) (shown, secret string) {
	if strings.Contains(addr, "://") {
		if u, err := url.Parse(addr); err == nil {
			if u.User != nil {
				secret, _ = u.User.Password()
			}
			if pw := u.Query().Get("password"); pw != "" {
				secret = pw
				q := u.Query()
				q.Set("password", "xxxxx")
				u.RawQuery = q.Encode()
			}
			return u.Redacted(), secret
		}
		// Unparsable URL: hide everything between "://" and the last "@".
		i := strings.Index(addr, "://") + 3
		if j := strings.LastIndex(addr, "@"); j > i {
			return addr[:i] + "xxxxx" + addr[j:], addr[i:j]
		}
		return addr, ""
	}
	if m := pwKV.FindStringSubmatch(addr); m != nil {
		secret = strings.Trim(m[2], "'")
		return pwKV.ReplaceAllString(addr, "${1}xxxxx"), secret
	}
	return addr, ""
}

// hideSecret returns err, or an error with the same message minus secret if
// the message contains it.
func hideSecret(err error, secret string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), secret, "xxxxx"))
}
