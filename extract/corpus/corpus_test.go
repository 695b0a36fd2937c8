package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/doc"
)

// slowEcho "extracts" one fact per document, taking longer for earlier
// files so that workers finish out of order.
type slowEcho struct{ calls atomic.Int32 }

func (s *slowEcho) Extract(ctx context.Context, r io.Reader, source string, _ ...extract.Option) (*doc.Doc, []doc.Fact, error) {
	s.calls.Add(1)
	b, _ := io.ReadAll(r)
	n := strings.Count(string(b), "x")
	time.Sleep(time.Duration(20-n) * time.Millisecond)
	if strings.Contains(string(b), "bad") {
		return nil, nil, fmt.Errorf("extract: %s: unreadable", source)
	}
	return &doc.Doc{Source: source, Text: string(b)}, []doc.Fact{{Doc: doc.DocRef{Source: source}}}, nil
}

func writeFiles(t *testing.T, n int) (dir string, names []string) {
	dir = t.TempDir()
	for i := 0; i < n; i++ {
		name := filepath.Join(dir, fmt.Sprintf("doc%02d.txt", i))
		body := strings.Repeat("x", i) + " text"
		if i == 3 {
			body = "bad"
		}
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
	}
	os.WriteFile(filepath.Join(dir, ".hidden"), []byte("x"), 0o644)
	return dir, names
}

func TestRunKeepsInputOrder(t *testing.T) {
	dir, names := writeFiles(t, 12)
	files := Files([]string{dir, filepath.Join(dir, "missing.txt")}, func(path string, err error) {
		if !strings.HasSuffix(path, "missing.txt") {
			t.Errorf("unexpected bad path %s: %v", path, err)
		}
	})
	if strings.Join(files, ",") != strings.Join(names, ",") {
		t.Fatalf("Files = %v, want %v (hidden file skipped, lexical order)", files, names)
	}
	for _, workers := range []int{1, 2, 4} {
		var got []string
		var failed []string
		err := Run(context.Background(), &slowEcho{}, files, Options{Workers: workers}, func(r Result) error {
			got = append(got, r.Path)
			if r.Err != nil {
				failed = append(failed, filepath.Base(r.Path))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(got, ",") != strings.Join(names, ",") {
			t.Errorf("workers=%d: results in order %v", workers, got)
		}
		if strings.Join(failed, ",") != "doc03.txt" {
			t.Errorf("workers=%d: failed = %v, want only doc03.txt, the batch going on", workers, failed)
		}
	}
}

func TestRunSkipsKnownDocuments(t *testing.T) {
	_, names := writeFiles(t, 6)
	known := DocID([]byte(strings.Repeat("x", 2) + " text"))
	ex := &slowEcho{}
	var skipped []string
	err := Run(context.Background(), ex, names, Options{Workers: 2, Skip: func(id string) (bool, error) { return id == known, nil }}, func(r Result) error {
		if r.Skipped {
			skipped = append(skipped, filepath.Base(r.Path))
			if r.Doc != nil {
				t.Error("a skipped document was extracted")
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(skipped, ",") != "doc02.txt" || ex.calls.Load() != 5 {
		t.Errorf("skipped %v with %d extractions, want doc02.txt and 5", skipped, ex.calls.Load())
	}
}

func TestRunStopsOnCallbackError(t *testing.T) {
	_, names := writeFiles(t, 10)
	stop := errors.New("stop here")
	n := 0
	err := Run(context.Background(), &slowEcho{}, names, Options{Workers: 2}, func(r Result) error {
		n++
		if n == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 {
		t.Errorf("Run = %v after %d results, want the callback's error after 2", err, n)
	}
}

func TestDocIDMatchesPipeline(t *testing.T) {
	p := &extract.Pipeline{}
	text := "Oksana Pokalchuk resigned.\n"
	d, _, err := p.Extract(context.Background(), strings.NewReader(text), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != DocID([]byte(text)) {
		t.Errorf("DocID = %s, the pipeline says %s", DocID([]byte(text)), d.ID)
	}
}

// TestParallelMatchesSequential runs the real pipeline over the seeds with
// one and with four workers: the facts must be identical, so every stage is
// safe to share between goroutines (run it with -race).
func TestParallelMatchesSequential(t *testing.T) {
	p, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	files := Files([]string{"../../seeds"}, func(path string, err error) { t.Fatal(path, err) })
	if len(files) != 5 {
		t.Fatalf("seeds: %v", files)
	}
	facts := func(workers int) string {
		var b strings.Builder
		err := Run(context.Background(), p, files, Options{Workers: workers}, func(r Result) error {
			if r.Err != nil {
				return r.Err
			}
			for _, f := range r.Facts {
				fmt.Fprintf(&b, "%s|%s|%s|%s|%d\n", f.Doc.Source, f.Subject.Text, f.Relation.Name, f.Object.Text, f.Sentence.Index)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	one, four := facts(1), facts(4)
	if strings.Count(one, "\n") < 20 {
		t.Fatalf("only %d facts from the seeds", strings.Count(one, "\n"))
	}
	if one != four {
		t.Errorf("four workers gave other facts than one:\n%s\nvs\n%s", one, four)
	}
}
