package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/lib/pq" // to give the test its own schema
)

// TestPostgresMatchesBolt builds the seeds' graph in PostgreSQL (through
// Cayley's SQL backend) and in bbolt, and checks that every README query
// answers the same on both.
func TestPostgresMatchesBolt(t *testing.T) {
	addr := os.Getenv("TEXTGRAPH_POSTGRES")
	if addr == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("CI=true but TEXTGRAPH_POSTGRES is not set (see graph/store/testdata/start-postgres.sh)")
		}
		t.Skip("TEXTGRAPH_POSTGRES is not set")
	}
	// A schema of our own, so the store package's tests, which empty the
	// database's default schema, can run at the same time.
	const schema = "textgraph_cli_test"
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, q := range []string{"DROP SCHEMA IF EXISTS " + schema + " CASCADE", "CREATE SCHEMA " + schema} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	sep := "?"
	if strings.Contains(addr, "?") {
		sep = "&"
	}
	pg := addr + sep + "search_path=" + schema

	bolt := filepath.Join(t.TempDir(), "kg.db")
	if code, _, errs := runCmd(t, "", "build", "--db", bolt, "../../seeds"); code != 0 {
		t.Fatalf("build into bbolt: exit %d: %s", code, errs)
	}
	if code, _, errs := runCmd(t, "", "build", "--backend", "postgres", "--db", pg, "../../seeds"); code != 0 {
		t.Fatalf("build into postgres: exit %d: %s", code, errs)
	}
	queries, _ := readmeQueries(t)
	if len(queries) == 0 {
		t.Fatal("no README queries")
	}
	queries = append(queries, "g.V().Count()")
	for _, q := range queries {
		_, a, errA := runCmd(t, "", "query", "--db", bolt, q)
		_, b, errB := runCmd(t, "", "query", "--backend", "postgres", "--db", pg, q)
		if errA != "" || errB != "" {
			t.Errorf("query %s: bolt stderr %q, postgres stderr %q", q, errA, errB)
			continue
		}
		if canonical(t, a) != canonical(t, b) {
			t.Errorf("query %s:\nbbolt:    %s\npostgres: %s", q, canonical(t, a), canonical(t, b))
		}
	}
}
