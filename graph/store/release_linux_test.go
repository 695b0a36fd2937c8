package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

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

// releaseStore returns a new bolt store (closed when tb ends) holding 30,000
// quads, its path and the quads.
func releaseStore(tb testing.TB) (*Store, string, []quad.Quad) {
	tb.Helper()
	ctx := context.Background()
	path := filepath.Join(tb.TempDir(), "kg.bolt")
	s, err := Open(ctx, Bolt, path)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	var qs []quad.Quad
	for i := range 30000 {
		qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://example.org/e/%d", i)), quad.IRI("http://example.org/p"), quad.String(fmt.Sprintf("value number %d with some text", i)), nil))
	}
	if err := s.Write(ctx, qs); err != nil {
		tb.Fatal(err)
	}
	return s, path, qs
}

// TestReleaseMapped checks that the pages a bolt store has read leave the
// process's resident set after releaseMapped, and that the store reads the
// same afterwards.
func TestReleaseMapped(t *testing.T) {
	ctx := context.Background()
	s, path, qs := releaseStore(t)
	// count reads every quad without the store's own release (ForEach's).
	count := func() int {
		n := 0
		if err := s.scan(ctx, "read", s.qs.QuadsAllIterator(), func(quad.Quad) error { n++; return nil }); err != nil {
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
	// The mapping is the reserve, far longer than the file: a release with
	// less headroom than that goes ahead, one asking for more is skipped.
	new(pageReleaser).release(path, int64(mmapReserve(0)))
	if got := mappedRSS(t, path); got*4 < before {
		t.Errorf("release asking for more headroom than the mapping has went ahead: %d kB before, %d kB after", before, got)
	}
	new(pageReleaser).release(path, releaseHeadroom)
	after := mappedRSS(t, path)
	if after*4 > before {
		t.Errorf("resident pages of the store: %d kB before release, %d kB after", before, after)
	}
	if n := count(); n != len(qs) {
		t.Errorf("after release the store holds %d quads, want %d", n, len(qs))
	}
	// The background releaser remembers the mapping: a second release uses
	// it, and one asking for more headroom than it has forgets it.
	var r pageReleaser
	r.release(path, releaseHeadroom)
	if r.hi == 0 {
		t.Fatal("the releaser did not remember the store's mapping")
	}
	count()
	before = mappedRSS(t, path)
	r.release(path, releaseHeadroom)
	if after = mappedRSS(t, path); after*4 > before {
		t.Errorf("resident pages of the store: %d kB before a release through the remembered mapping, %d kB after", before, after)
	}
	count()
	before = mappedRSS(t, path)
	r.release(path, int64(mmapReserve(0)))
	if got := mappedRSS(t, path); got*4 < before || r.hi != 0 {
		t.Errorf("a remembered mapping without the headroom asked for: released %d of %d kB, still remembered: %v", before-got, before, r.hi != 0)
	}
	// The background releaser leaves the pages while they are few (under
	// its slack, here far more than the store's pages, so that the binary's
	// own pages faulting in cannot pass it) and releases them once they
	// pass it.
	s.releaseSlack.Store(1 << 30)
	count()
	before = mappedRSS(t, path)
	if err := s.ForEach(ctx, func(quad.Quad) error { return nil }); err != nil {
		t.Fatal(err)
	}
	time.Sleep(8 * releaseEvery)
	if after = mappedRSS(t, path); after*4 < before*3 {
		t.Errorf("the background releaser released %d of %d kB, under its slack", before-after, before)
	}
	s.releaseSlack.Store(0)
	// A scan through ForEach releases as it goes, and once it has ended.
	count()
	before = mappedRSS(t, path)
	if err := s.ForEach(ctx, func(quad.Quad) error { return nil }); err != nil {
		t.Fatal(err)
	}
	time.Sleep(8 * releaseEvery)
	if after = mappedRSS(t, path); after*4 > before {
		t.Errorf("resident pages of the store: %d kB before a ForEach, %d kB after", before, after)
	}
	// While a write runs, the background releaser does the same.
	count()
	before = mappedRSS(t, path)
	done := s.using()
	time.Sleep(8 * releaseEvery)
	after = mappedRSS(t, path)
	done()
	if after*4 > before {
		t.Errorf("resident pages of the store: %d kB, and %d kB after %v of background release", before, after, 8*releaseEvery)
	}
	// A commit wakes the releaser at once, whatever its interval (here an
	// hour, so that only the commit's wake-up can release anything).
	s.releaseTick.Store(int64(time.Hour))
	done = s.using()
	time.Sleep(8 * releaseEvery) // the releaser is asleep on its hour
	count()
	before = mappedRSS(t, path)
	s.commitStarts()
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(releaseCommitEvery) {
		if after = mappedRSS(t, path); after*4 <= before {
			break
		}
	}
	s.committing.Store(false)
	done()
	if after*4 > before {
		t.Errorf("resident pages of the store: %d kB when a commit started, %d kB 5 s later", before, after)
	}
	s.releaseTick.Store(int64(releaseEvery))
}

// TestWriteMarksCommit checks that a bolt write marks its commit for the
// releaser while bbolt commits, and only then.
func TestWriteMarksCommit(t *testing.T) {
	ctx := context.Background()
	s, _, _ := releaseStore(t)
	var qs []quad.Quad
	for i := range 30000 {
		qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://example.org/f/%d", i)), quad.IRI("http://example.org/q"), quad.String(fmt.Sprintf("another value %d", i)), nil))
	}
	stop := make(chan struct{})
	seen := make(chan bool)
	go func() {
		saw := false
		for {
			select {
			case <-stop:
				seen <- saw
				return
			default:
			}
			saw = saw || s.committing.Load()
			runtime.Gosched()
		}
	}()
	err := s.Write(ctx, qs)
	close(stop)
	if err != nil {
		t.Fatal(err)
	}
	if !<-seen {
		t.Error("no commit was marked as running during a write of 30,000 quads")
	}
	if s.committing.Load() {
		t.Error("a write ended with its commit still marked as running")
	}
}

// BenchmarkRelease measures one background release of a bolt store's
// pages: with the mapping remembered (the releaser's case) and found anew.
func BenchmarkRelease(b *testing.B) {
	_, path, _ := releaseStore(b)
	b.Run("remembered", func(b *testing.B) {
		var r pageReleaser
		for b.Loop() {
			r.release(path, releaseHeadroom)
		}
	})
	b.Run("found", func(b *testing.B) {
		for b.Loop() {
			new(pageReleaser).release(path, releaseHeadroom)
		}
	})
}
