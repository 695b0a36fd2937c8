package serve_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/graph/load"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/serve"
	"github.com/textgraph/textgraph/graph/store"
)

// seedsDir holds the sample corpus the tests run on.
const seedsDir = "../../seeds"

// seedsFile holds the facts of the seed articles as the extraction
// pipeline finds them, so these tests do not change when the extractor
// does. Refresh it with go test -update.
const seedsFile = "testdata/seeds.jsonl"

var update = flag.Bool("update", false, "rewrite "+seedsFile+" by extracting "+seedsDir+" with extract.Default")

var seedFacts = sync.OnceValues(func() ([]byte, error) {
	if !*update {
		return os.ReadFile(seedsFile)
	}
	b, err := extractSeeds()
	if err != nil {
		return nil, err
	}
	return b, os.WriteFile(seedsFile, b, 0o644)
})

// extractSeeds runs the extraction pipeline over the seed articles, as
// `textgraph extract seeds/` does, and returns the facts as JSON Lines.
func extractSeeds() ([]byte, error) {
	p, err := extract.Default()
	if err != nil {
		return nil, err
	}
	names, err := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		_, facts, err := p.Extract(context.Background(), f, "seeds/"+filepath.Base(name))
		f.Close()
		if err != nil {
			return nil, err
		}
		for i := range facts {
			if err := enc.Encode(&facts[i]); err != nil {
				return nil, err
			}
		}
	}
	return b.Bytes(), nil
}

// mapper is the mapper the test graphs are loaded with.
func mapper() *rdf.Mapper {
	return &rdf.Mapper{Run: "test", Started: time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), Software: "textgraph test"}
}

// seedStore returns a memory store holding the graph of the seed
// articles, loaded as `textgraph build seeds/` would.
func seedStore(t testing.TB) *store.Store {
	t.Helper()
	return seedStoreIn(t, store.Memory, "")
}

// seedStoreIn is seedStore for any backend.
func seedStoreIn(t testing.TB, backend, addr string) *store.Store {
	t.Helper()
	facts, err := seedFacts()
	if err != nil {
		t.Fatalf("seed facts: %v", err)
	}
	ctx := context.Background()
	st, err := store.Open(ctx, backend, addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	l, err := load.New(ctx, st, mapper())
	if err != nil {
		t.Fatal(err)
	}
	stats, err := l.Load(ctx, bytes.NewReader(facts), "seeds.jsonl")
	if err != nil {
		t.Fatalf("loading the seeds: %v", err)
	}
	if stats.Documents != 5 {
		t.Fatalf("loaded %d seed documents, want 5", stats.Documents)
	}
	return st
}

// newServer returns a server over st with cfg.
func newServer(t testing.TB, st *store.Store, cfg serve.Config) *serve.Server {
	t.Helper()
	if cfg.Mapper == nil {
		cfg.Mapper = mapper()
	}
	s, err := serve.New(st, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return s
}
