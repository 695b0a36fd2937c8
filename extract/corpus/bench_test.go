package corpus

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/conllu"
)

// treebankCorpus writes the raw text of the UD test and dev sets as
// articles of about 3 kB each (paragraph breaks kept) into a temporary
// folder and returns it with the number of bytes written.
func treebankCorpus(b *testing.B) (string, int) {
	b.Helper()
	dir := b.TempDir()
	n, size := 0, 0
	var cur strings.Builder
	flush := func() {
		if cur.Len() == 0 {
			return
		}
		name := filepath.Join(dir, fmt.Sprintf("doc%05d.txt", n))
		if err := os.WriteFile(name, []byte(cur.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		size += cur.Len()
		n++
		cur.Reset()
	}
	for _, f := range []string{
		"UD_English-EWT/en_ewt-ud-test.conllu", "UD_English-GUM/en_gum-ud-test.conllu",
		"UD_English-EWT/en_ewt-ud-dev.conllu", "UD_English-GUM/en_gum-ud-dev.conllu",
	} {
		fh, err := os.Open(filepath.Join("../../../shared/ud", f))
		if err != nil {
			b.Skip(err)
		}
		r := conllu.NewReader(fh)
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if r.NewPar || r.NewDoc {
				if cur.Len() > 3000 {
					flush()
				} else if cur.Len() > 0 {
					cur.WriteString("\n\n")
				}
			} else if cur.Len() > 0 {
				cur.WriteByte(' ')
			}
			cur.WriteString(s.Span.Text(r.Text()))
		}
		fh.Close()
	}
	flush()
	return dir, size
}

// BenchmarkRun extracts the treebanks' raw text (about 2,300 documents,
// 8,000 sentences) with the default pipeline, with one and two workers.
func BenchmarkRun(b *testing.B) {
	dir, size := treebankCorpus(b)
	p, err := extract.Default()
	if err != nil {
		b.Fatal(err)
	}
	files := Files([]string{dir}, func(string, error) {})
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(int64(size))
			sentences, facts := 0, 0
			for i := 0; i < b.N; i++ {
				err := Run(context.Background(), p, files, Options{Workers: workers}, func(r Result) error {
					if r.Err != nil {
						return r.Err
					}
					sentences += len(r.Doc.Sentences)
					facts += len(r.Facts)
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			sec := b.Elapsed().Seconds()
			b.ReportMetric(float64(sentences)/sec, "sentences/s")
			b.ReportMetric(float64(len(files)*b.N)/sec, "docs/s")
			b.ReportMetric(float64(facts)/float64(b.N), "facts/op")
		})
	}
}
