package udeval

import (
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
)

func tok(start, end int, form, upos string, head int, rel string) doc.Token {
	return doc.Token{Span: doc.Span{Start: start, End: end}, Form: form, UPOS: upos, XPOS: upos, Lemma: strings.ToLower(form), Head: head, Rel: rel}
}

// "She saw it ." with spans 0-3, 4-7, 8-10, 11-12.
func gold() *doc.Sentence {
	return &doc.Sentence{Tokens: []doc.Token{
		tok(0, 3, "She", "PRON", 2, "nsubj"),
		tok(4, 7, "saw", "VERB", 0, "root"),
		tok(8, 10, "it", "PRON", 2, "obj"),
		tok(11, 12, ".", "PUNCT", 2, "punct"),
	}}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name                 string
		edit                 func(s *doc.Sentence)
		upos, uas, las, full float64
	}{
		{"identical", func(s *doc.Sentence) {}, 100, 100, 100, 100},
		{"wrong head", func(s *doc.Sentence) { s.Tokens[3].Head = 3 }, 100, 75, 75, 75},
		{"wrong universal label", func(s *doc.Sentence) { s.Tokens[2].Rel = "iobj" }, 100, 100, 75, 75},
		{"wrong subtype only", func(s *doc.Sentence) { s.Tokens[0].Rel = "nsubj:pass" }, 100, 100, 100, 75},
		{"wrong tag", func(s *doc.Sentence) { s.Tokens[0].UPOS = "NOUN" }, 75, 100, 100, 100},
		{"wrong root", func(s *doc.Sentence) { s.Tokens[1].Head, s.Tokens[0].Head = 1, 0 }, 100, 50, 50, 50},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := gold()
			tc.edit(p)
			var c Counts
			c.Add(gold(), p)
			got := []float64{c.UPOS(), c.UAS(), c.LAS(), c.LASFull()}
			want := []float64{tc.upos, tc.uas, tc.las, tc.full}
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-9 {
					t.Errorf("UPOS, UAS, LAS, LAS full = %v, want %v", got, want)
					break
				}
			}
		})
	}
}

// TestSplitTokens scores a prediction that merged "it ." into one word and
// split the sentence differently: only aligned words count, as F1.
func TestSplitTokens(t *testing.T) {
	g := gold()
	p1 := &doc.Sentence{Tokens: []doc.Token{tok(0, 3, "She", "PRON", 2, "nsubj"), tok(4, 7, "saw", "VERB", 0, "root")}}
	p2 := &doc.Sentence{Tokens: []doc.Token{tok(8, 12, "it.", "PRON", 0, "root")}}
	var c Counts
	c.AddAll([]*doc.Sentence{g}, []*doc.Sentence{p1, p2})
	if c.Gold != 4 || c.Pred != 3 || c.Aligned != 2 {
		t.Fatalf("gold %d pred %d aligned %d, want 4 3 2", c.Gold, c.Pred, c.Aligned)
	}
	if want := 200.0 * 2 / 7; math.Abs(c.UAS()-want) > 1e-9 || math.Abs(c.Words()-want) > 1e-9 {
		t.Errorf("UAS %.2f words %.2f, want %.2f", c.UAS(), c.Words(), want)
	}
}

// TestTreebank scores EWT dev against itself, then against a copy with
// every punctuation head moved, which must cost exactly those words.
func TestTreebank(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "ud", "UD_English-EWT", "en_ewt-ud-dev.conllu")
	f, err := os.Open(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	var same, moved Counts
	punct := 0
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		same.Add(s, s)
		p := &doc.Sentence{Tokens: append([]doc.Token(nil), s.Tokens...)}
		for i := range p.Tokens {
			if p.Tokens[i].UPOS == "PUNCT" && p.Tokens[i].Head > 0 {
				p.Tokens[i].Head = -1
				punct++
			}
		}
		moved.Add(s, p)
	}
	if same.Gold != 25147 || same.UAS() != 100 || same.LAS() != 100 || same.Lemma() != 100 {
		t.Errorf("self score: %d words, UAS %.2f LAS %.2f lemma %.2f", same.Gold, same.UAS(), same.LAS(), same.Lemma())
	}
	want := 100 * float64(same.Gold-punct) / float64(same.Gold)
	if math.Abs(moved.UAS()-want) > 1e-9 || moved.UPOS() != 100 {
		t.Errorf("without punctuation heads: UAS %.3f, want %.3f", moved.UAS(), want)
	}
	var b strings.Builder
	if err := same.Report(&b); err != nil || !strings.Contains(b.String(), "LAS full") {
		t.Errorf("report %q, error %v", b.String(), err)
	}
}
