package token

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
)

// udDir is the shared UD treebank directory, relative to this package.
const udDir = "../../../shared/ud"

// treebank reads a UD treebank split ("UD_English-EWT/en_ewt-ud-dev.conllu")
// and returns its gold sentences and raw text. It skips the test when the
// file is absent, unless CI=true.
func treebank(tb testing.TB, name string) ([]doc.Sentence, string) {
	tb.Helper()
	f, err := os.Open(filepath.Join(udDir, name))
	if err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("treebank missing: %v", err)
		}
		tb.Skipf("treebank missing: %v", err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	var ss []doc.Sentence
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.Fatal(err)
		}
		ss = append(ss, *s)
	}
	return ss, r.Text()
}

// TestTreebanks tokenizes the raw text of the UD dev and test splits and
// checks the CoNLL 2018 scores against floors a little under the measured
// figures.
func TestTreebanks(t *testing.T) {
	tests := []struct {
		name                 string
		file                 string
		tokens, sents, words float64
	}{
		// Measured: tokens 99.55, sentences 87.37, words 99.24.
		{"EWT dev", "UD_English-EWT/en_ewt-ud-dev.conllu", 99.4, 87.0, 99.0},
		// Measured: tokens 99.35, sentences 86.39, words 99.11.
		{"EWT test", "UD_English-EWT/en_ewt-ud-test.conllu", 99.2, 86.0, 98.9},
		// Measured: tokens 99.82, sentences 96.19, words 99.82.
		{"GUM dev", "UD_English-GUM/en_gum-ud-dev.conllu", 99.6, 95.8, 99.6},
		// Measured: tokens 99.75, sentences 96.87, words 99.73.
		{"GUM test", "UD_English-GUM/en_gum-ud-test.conllu", 99.5, 96.4, 99.5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold, text := treebank(t, tc.file)
			d := &doc.Doc{Text: text}
			if err := New().Tokenize(d); err != nil {
				t.Fatal(err)
			}
			sc := Score(text, gold, d.Sentences)
			t.Logf("%s\n%v", tc.name, sc)
			if os.Getenv("TOKEN_ERRORS") != "" {
				dumpErrors(t, text, gold, d.Sentences, tc.name)
			}
			for _, c := range []struct {
				what       string
				got, floor float64
			}{
				{"token F1", 100 * sc.Tokens.F1(), tc.tokens},
				{"sentence F1", 100 * sc.Sentences.F1(), tc.sents},
				{"word F1", 100 * sc.Words.F1(), tc.words},
			} {
				if c.got < c.floor {
					t.Errorf("%s %.2f, want ≥ %.2f", c.what, c.got, c.floor)
				}
			}
		})
	}
}

// dumpErrors writes the token and sentence differences to a file in
// $TOKEN_ERRORS for inspection.
func dumpErrors(t *testing.T, text string, gold, pred []doc.Sentence, name string) {
	f, err := os.Create(filepath.Join(os.Getenv("TOKEN_ERRORS"), strings.ReplaceAll(name, " ", "_")+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	spans := func(ss []doc.Sentence) (map[doc.Span]bool, map[doc.Span]bool) {
		toks, sents := map[doc.Span]bool{}, map[doc.Span]bool{}
		for _, s := range ss {
			sents[s.Span] = true
			for _, tk := range s.Tokens {
				toks[tk.Span] = true
			}
		}
		return toks, sents
	}
	gt, _ := spans(gold)
	pt, _ := spans(pred)
	ends := func(ss []doc.Sentence) map[int]bool {
		m := map[int]bool{}
		for _, s := range ss {
			m[s.End] = true
		}
		return m
	}
	ge, pe := ends(gold), ends(pred)
	ctx := func(s doc.Span) string {
		a, b := max(0, s.Start-30), min(len(text), s.End+30)
		return strings.ReplaceAll(text[a:s.Start]+"⟦"+text[s.Start:s.End]+"⟧"+text[s.End:b], "\n", "¶")
	}
	for s := range gt {
		if !pt[s] {
			fmt.Fprintf(f, "TOKMISS %q\t%s\n", s.Text(text), ctx(s))
		}
	}
	for s := range pt {
		if !gt[s] {
			fmt.Fprintf(f, "TOKEXTRA %q\t%s\n", s.Text(text), ctx(s))
		}
	}
	for e := range ge {
		if !pe[e] {
			fmt.Fprintf(f, "SENTMISS\t%s\n", ctx(doc.Span{Start: e, End: e}))
		}
	}
	for e := range pe {
		if !ge[e] {
			fmt.Fprintf(f, "SENTEXTRA\t%s\n", ctx(doc.Span{Start: e, End: e}))
		}
	}
}
