package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
)

// The scaling corpus: the raw text of the UD treebanks (every split of EWT
// and GUM) and the seeds, cut into articles of about 3 kB at paragraph
// breaks and repeated until it holds benchCorpusMB megabytes
// (TEXTGRAPH_BENCH_MB, default 10). Each repetition starts one sentence
// later and cuts its articles at other lengths (3 to 6 kB), and an article
// equal to one already written is left out, so that build skips none as
// unchanged.
var benchTreebanks = []string{
	"UD_English-EWT/en_ewt-ud-train.conllu", "UD_English-EWT/en_ewt-ud-dev.conllu", "UD_English-EWT/en_ewt-ud-test.conllu",
	"UD_English-GUM/en_gum-ud-train.conllu", "UD_English-GUM/en_gum-ud-dev.conllu", "UD_English-GUM/en_gum-ud-test.conllu",
}

// benchSentence is one sentence of the corpus and whether a paragraph
// starts with it.
type benchSentence struct {
	text string
	par  bool
}

func benchCorpusMB() int {
	if n, err := strconv.Atoi(os.Getenv("TEXTGRAPH_BENCH_MB")); err == nil && n > 0 {
		return n
	}
	return 10
}

// writeBenchCorpus writes the scaling corpus into dir and returns the
// number of articles and bytes written.
func writeBenchCorpus(tb testing.TB, dir string, mb int) (docs, size int) {
	tb.Helper()
	var sents []benchSentence
	for _, name := range benchTreebanks {
		f, err := os.Open(filepath.Join("../../../shared/ud", name))
		if err != nil {
			tb.Skip(err)
		}
		r := conllu.NewReader(bufio.NewReader(f))
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				tb.Fatalf("%s: %v", name, err)
			}
			sents = append(sents, benchSentence{s.Span.Text(r.Text()), r.NewPar || r.NewDoc})
		}
		f.Close()
	}
	seeds, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		tb.Fatalf("no seeds: %v", err)
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(s)), b, 0o644); err != nil {
			tb.Fatal(err)
		}
		docs, size = docs+1, size+len(b)
	}
	var cur strings.Builder
	seen := map[[32]byte]bool{}
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		sum := sha256.Sum256([]byte(cur.String()))
		if seen[sum] {
			cur.Reset()
			return // build would skip it as unchanged
		}
		seen[sum] = true
		name := filepath.Join(dir, fmt.Sprintf("tb%06d.txt", docs))
		if err := os.WriteFile(name, []byte(cur.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
		docs, size = docs+1, size+cur.Len()
		cur.Reset()
	}
	for rep := 0; size < mb<<20; rep++ {
		// Each repetition cuts at other lengths, so that its articles are
		// other texts than the last one's.
		cut := 3000 + 347*(rep%9)
		for _, s := range sents[rep%len(sents):] {
			if s.par && cur.Len() > cut {
				flush()
			}
			if cur.Len() > 0 {
				if s.par {
					cur.WriteString("\n\n")
				} else {
					cur.WriteByte(' ')
				}
			}
			cur.WriteString(s.text)
			if size+cur.Len() >= mb<<20 {
				break
			}
		}
		flush()
	}
	return docs, size
}

// BenchmarkBuild runs `textgraph build` on the scaling corpus into a new
// bbolt store with one and two workers, then again on the unchanged
// corpus. It reports articles/s and the peak resident set of the process
// during the run (VmHWM, reset before it):
//
//	go test -run '^$' -bench Build -benchtime 1x -count 3 ./cmd/textgraph
//	TEXTGRAPH_BENCH_MB=100 go test -run '^$' -bench 'Build/workers=2' -benchtime 1x -timeout 2h ./cmd/textgraph
func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	docs, size := writeBenchCorpus(b, dir, benchCorpusMB())
	b.Logf("corpus: %d articles, %.1f MB", docs, float64(size)/(1<<20))
	build := func(b *testing.B, db string, workers int) time.Duration {
		env := &Env{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard}
		start := time.Now()
		if code := run(context.Background(), env, []string{"build", "--db", db, "--workers", strconv.Itoa(workers), dir}); code != 0 {
			b.Fatalf("build exited %d", code)
		}
		return time.Since(start)
	}
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			var total time.Duration
			for i := 0; i < b.N; i++ {
				db := filepath.Join(b.TempDir(), "bench.db")
				resetPeakRSS()
				total += build(b, db, workers)
			}
			b.ReportMetric(float64(docs*b.N)/total.Seconds(), "articles/s")
			b.ReportMetric(float64(size*b.N)/(1<<20)/total.Seconds(), "MB/s")
			b.ReportMetric(peakRSSMB(), "peak-MB")
		})
	}
	b.Run("unchanged", func(b *testing.B) {
		db := filepath.Join(b.TempDir(), "bench.db")
		first := build(b, db, 2)
		var total time.Duration
		for i := 0; i < b.N; i++ {
			total += build(b, db, 2)
		}
		b.ReportMetric(100*total.Seconds()/float64(b.N)/first.Seconds(), "%-of-first")
	})
	// An archive where some articles were corrected since the last build:
	// every tenth article gets a sentence more, and the rebuild replaces
	// those and skips the rest.
	b.Run("changed", func(b *testing.B) {
		var total time.Duration
		var first time.Duration
		changed := 0
		for i := 0; i < b.N; i++ {
			b.StopTimer()
			db := filepath.Join(b.TempDir(), "bench.db")
			first += build(b, db, 2)
			changed = editEveryNth(b, dir, 10, fmt.Sprintf(" Corrected in edition %d.", i))
			b.StartTimer()
			total += build(b, db, 2)
		}
		b.ReportMetric(100*total.Seconds()/first.Seconds(), "%-of-first")
		b.ReportMetric(total.Seconds()*1000/float64(changed*b.N), "ms/replaced")
	})
}

// editEveryNth appends text to every nth article of dir (in name order) and
// returns how many it changed.
func editEveryNth(tb testing.TB, dir string, n int, text string) int {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		tb.Fatal(err)
	}
	changed := 0
	for i := 0; i < len(names); i += n {
		f, err := os.OpenFile(names[i], os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			tb.Fatal(err)
		}
		_, err = f.WriteString(text)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			tb.Fatal(err)
		}
		changed++
	}
	return changed
}

// resetPeakRSS resets the kernel's record of the process's peak resident
// set (Linux; elsewhere it does nothing and peakRSSMB reports the peak
// since start).
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSSMB returns the process's peak resident set in MiB (VmHWM), or 0
// where /proc does not tell.
func peakRSSMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
