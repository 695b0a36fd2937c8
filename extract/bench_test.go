package extract

import (
	"context"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// treebankText returns the raw text of the EWT and GUM test sets, one
// document each, and their number of words.
func treebankText(b *testing.B) ([]string, int) {
	b.Helper()
	var texts []string
	words := 0
	for _, f := range []string{"UD_English-EWT/en_ewt-ud-test.conllu", "UD_English-GUM/en_gum-ud-test.conllu"} {
		fh, err := os.Open("../../shared/ud/" + f)
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
			words += len(s.Tokens)
		}
		fh.Close()
		texts = append(texts, r.Text())
	}
	return texts, words
}

// BenchmarkSyntax measures tokenizing, tagging, lemmatizing and parsing the
// raw text of the EWT and GUM test sets (about 50,000 words) on one
// goroutine; run with GOMAXPROCS=1 for a one-core figure. Models are loaded
// before the timer starts.
func BenchmarkSyntax(b *testing.B) { benchmarkSyntax(b, false) }

// BenchmarkSyntaxNER is BenchmarkSyntax with the entity recognizer after
// the parser: the difference is what recognizing entities costs.
func BenchmarkSyntaxNER(b *testing.B) { benchmarkSyntax(b, true) }

func benchmarkSyntax(b *testing.B, entities bool) {
	texts, words := treebankText(b)
	tg, err := tag.Default()
	if err != nil {
		b.Fatal(err)
	}
	lm, err := lemma.Default()
	if err != nil {
		b.Fatal(err)
	}
	ps, err := parse.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := &Pipeline{Tokenizer: token.New(), Tagger: tg, Lemmatizer: lm, Parser: ps}
	if entities {
		p.Recognizer = ner.New()
		if _, err := ner.Default(); err != nil { // load the model before the timer starts
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			if _, _, err := p.Extract(context.Background(), strings.NewReader(t), "treebank", WithMaxBytes(1<<24)); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
