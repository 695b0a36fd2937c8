package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/cayleygraph/quad"
)

// mappedRSS returns the resident kilobytes of the process's mappings of the
// file at path, from /proc/self/smaps.
func mappedRSS(t *testing.T, path string) int {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	ino := strconv.FormatUint(fi.Sys().(*syscall.Stat_t).Ino, 10)
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no smaps: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	in, kb := false, 0
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) >= 5 && strings.Contains(fs[0], "-") && !strings.HasSuffix(fs[0], ":") {
			in = fs[4] == ino
			continue
		}
		if in && len(fs) == 3 && fs[0] == "Rss:" {
			n, _ := strconv.Atoi(fs[1])
			kb += n
		}
	}
	return kb
}

// TestReleaseMapped checks that the pages a bolt store has read leave the
// process's resident set after releaseMapped, and that the store reads the
// same afterwards.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kg.bolt")
	s, err := Open(ctx, Bolt, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var qs []quad.Quad
	for i := range 30000 {
		qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://example.org/e/%d", i)), quad.IRI("http://example.org/p"), quad.String(fmt.Sprintf("value number %d with some text", i)), nil))
	}
	if err := s.Write(ctx, qs); err != nil {
		t.Fatal(err)
	}
	count := func() int {
		n := 0
		if err := s.ForEach(ctx, func(quad.Quad) error { n++; return nil }); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := count(); n != len(qs) {
		t.Fatalf("store holds %d quads, want %d", n, len(qs))
	}
	before := mappedRSS(t, path)
	if before < 1024 {
		t.Fatalf("reading the store left only %d kB of it resident; the test measures nothing", before)
	}
	releaseMapped(path)
	after := mappedRSS(t, path)
	if after*4 > before {
		t.Errorf("resident pages of the store: %d kB before release, %d kB after", before, after)
	}
	if n := count(); n != len(qs) {
		t.Errorf("after release the store holds %d quads, want %d", n, len(qs))
	}
}
