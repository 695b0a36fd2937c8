package token

import (
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// BenchmarkTokenize tokenizes the raw text of EWT test and GUM test; the
// tokens/s metric counts surface tokens.
//
//	GOMAXPROCS=1 go test ./extract/token -run '^$' -bench Tokenize -benchmem
func BenchmarkTokenize(b *testing.B) {
	_, ewt := treebank(b, "UD_English-EWT/en_ewt-ud-test.conllu")
	_, gum := treebank(b, "UD_English-GUM/en_gum-ud-test.conllu")
	text := ewt + "\n\n" + gum
	d := &doc.Doc{Text: text}
	New().Tokenize(d)
	ntok := 0
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.MWT >= 0 {
				ntok++
			}
		}
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		d := &doc.Doc{Text: text}
		New().Tokenize(d)
	}
	b.ReportMetric(float64(ntok)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkPathological runs inputs built to defeat the rules (long chunks
// of seams, hyphens, slashes and marks); their time must grow linearly.
func BenchmarkPathological(b *testing.B) {
	for _, unit := range []string{"1-", "a/", ")(", "--", "a.", "x'", "\xff", "“", "-a", "9,", "**a", "a–"} {
		text := strings.Repeat(unit, 1<<16)
		b.Run(strings.ToValidUTF8(unit, "?"), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				New().Tokenize(&doc.Doc{Text: text})
			}
		})
	}
}
