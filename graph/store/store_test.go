package store_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph/store"
	"github.com/textgraph/textgraph/graph/store/storetest"
)

func TestMemstore(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store {
		s, err := store.Open(context.Background(), "memstore", "")
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

func TestBolt(t *testing.T) {
	storetest.Run(t, func(t *testing.T) *store.Store {
		s, err := store.Open(context.Background(), "", filepath.Join(t.TempDir(), "kg.bolt"))
		if err != nil {
			t.Fatal(err)
		}
		return s
	})
}

// postgresAddr returns the connection string of the test database, skipping
// the test when there is none, except on CI where it must be there. The
// tests empty Cayley's tables in that database: it must be a throwaway one,
// such as the one testdata/start-postgres.sh makes.
func postgresAddr(t testing.TB) string {
	addr := os.Getenv("TEXTGRAPH_POSTGRES")
	if addr == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but TEXTGRAPH_POSTGRES is not set: start a server with graph/store/testdata/start-postgres.sh")
		}
		t.Skip("TEXTGRAPH_POSTGRES is not set (see graph/store/testdata/start-postgres.sh)")
	}
	return addr
}

func openPostgres(t testing.TB) *store.Store {
	addr := postgresAddr(t)
	ctx := context.Background()
	s, err := store.Open(ctx, "postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Truncate(ctx, s); err != nil {
		s.Close()
		t.Fatal(err)
	}
	return s
}

func TestPostgres(t *testing.T) {
	postgresAddr(t)
	storetest.Run(t, func(t *testing.T) *store.Store { return openPostgres(t) })
}

func TestBoltReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "dir", "kg.bolt")
	s, err := store.Open(ctx, "bbolt", path)
	if err != nil {
		t.Fatal(err)
	}
	sample := storetest.Sample()
	if err := s.Write(ctx, sample); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = store.Open(ctx, "bbolt", path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	n, err := s.Count(ctx)
	if err != nil || n != int64(len(sample)) {
		t.Fatalf("reopened store: Count = %d, %v; want %d", n, err, len(sample))
	}
	var got []quad.Quad
	err = s.Find(ctx, nil, nil, nil, sample[len(sample)-1].Label, func(q quad.Quad) error {
		got = append(got, q)
		return nil
	})
	if err != nil || len(got) != 2 {
		t.Errorf("reopened store: Find by label gave %d quads, %v; want 2", len(got), err)
	}
	// Writing the same quads again after reopening stores nothing new.
	if err := s.Write(ctx, sample); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.Count(ctx); n != int64(len(sample)) {
		t.Errorf("rewrite after reopen: Count = %d, want %d", n, len(sample))
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	garbage := write("garbage.bolt", []byte(strings.Repeat("this is not a bolt file\n", 1000)))
	text := write("notes.txt", []byte("hello"))

	// A real store with its meta pages overwritten.
	damaged := filepath.Join(dir, "damaged.bolt")
	s, err := store.Open(context.Background(), "bbolt", damaged)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Write(context.Background(), storetest.Sample()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	data, err := os.ReadFile(damaged)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 8192 && i < len(data); i++ {
		data[i] ^= 0x5a
	}
	if err := os.WriteFile(damaged, data, 0o644); err != nil {
		t.Fatal(err)
	}

	unreadable := write("unreadable.bolt", nil)
	if err := os.Chmod(unreadable, 0); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, backend, addr string
		want                []string // substrings of the error
		notWant             string
	}{
		{"garbage file", "bbolt", garbage, []string{garbage, "not a bolt store file or is damaged"}, ""},
		{"short file", "bbolt", text, []string{text}, ""},
		{"damaged store", "bbolt", damaged, []string{damaged, "damaged"}, ""},
		{"directory", "bbolt", dir, []string{dir, "is a directory"}, ""},
		{"path through a file", "bbolt", filepath.Join(text, "kg.bolt"), []string{filepath.Join(text, "kg.bolt"), "not a directory"}, ""},
		{"no path", "bbolt", "", []string{"needs a file path"}, ""},
		{"unknown backend", "mongo", "x", []string{`unknown backend "mongo"`, "bbolt"}, ""},
		{"bad key=value string", "postgres", "host=127.0.0.1 password=s3cr3t port", []string{"bad postgres connection string", "password=xxxxx"}, "s3cr3t"},
		{"bad URL", "postgres", "postgres://u:s3cr3t@127.0.0.1:bad/db", []string{"postgres", "xxxxx"}, "s3cr3t"},
		{"unreachable server", "postgres", "postgres://u:s3cr3t@127.0.0.1:1/db?sslmode=disable&connect_timeout=5", []string{"cannot connect to postgres", "127.0.0.1:1", "xxxxx"}, "s3cr3t"},
		{"empty connection string", "postgres", "", []string{"needs a connection string"}, ""},
	}
	if os.Geteuid() != 0 { // root reads anything
		tests = append(tests, struct {
			name, backend, addr string
			want                []string
			notWant             string
		}{"unreadable file", "bbolt", unreadable, []string{unreadable, "permission denied"}, ""})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := store.Open(context.Background(), tc.backend, tc.addr)
			if err == nil {
				s.Close()
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
			if tc.notWant != "" && strings.Contains(err.Error(), tc.notWant) {
				t.Errorf("error %q shows the password", err)
			}
			if !strings.HasPrefix(err.Error(), "store: ") {
				t.Errorf("error %q lacks the store: prefix", err)
			}
		})
	}
}

func TestBackends(t *testing.T) {
	got := store.Backends()
	if len(got) != 3 || got[0] != "bbolt" {
		t.Errorf("Backends() = %q, want bbolt first of three", got)
	}
	for _, b := range got {
		if b == "postgres" {
			continue
		}
		addr := ""
		if b == "bbolt" {
			addr = filepath.Join(t.TempDir(), "kg.bolt")
		}
		s, err := store.Open(context.Background(), b, addr)
		if err != nil {
			t.Errorf("Open(%q): %v", b, err)
			continue
		}
		if s.Backend() != b {
			t.Errorf("Backend() = %q, want %q", s.Backend(), b)
		}
		s.Close()
	}
}

// TestPostgresNodeRefs checks that node reference counts stay exact through
// repeated writes and deletes: once every quad is deleted, no node is left.
// (Cayley's own writer counts a reference for a quad that is already stored.)
func TestPostgresNodeRefs(t *testing.T) {
	ctx := context.Background()
	s := openPostgres(t)
	defer s.Close()
	sample := storetest.Sample()
	for i := 0; i < 3; i++ {
		if err := s.Write(ctx, append(sample, sample...)); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(ctx, sample[:5]); err != nil {
		t.Fatal(err)
	}
	if err := s.Write(ctx, sample); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, sample); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Count(ctx); err != nil || n != 0 {
		t.Fatalf("Count after deleting everything = %d, %v", n, err)
	}
	n, err := store.NodeRows(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d node rows left after deleting every quad", n)
	}
}
