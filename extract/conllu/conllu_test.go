package conllu

import (
	"io"
	"os"
	"testing"
)

// TestReadTreebank reads the whole EWT dev set and checks that every token's
// span slices the accumulated raw text to its surface form.
func TestReadTreebank(t *testing.T) {
	f, err := os.Open("../../../shared/ud/UD_English-EWT/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Skip("treebank not available:", err)
	}
	defer f.Close()
	r := NewReader(f)
	var sents, words, mismatch int
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		sents++
		text := r.Text()
		for _, tok := range s.Tokens {
			words++
			if tok.MWT == 0 && tok.Span.Text(text) != tok.Form {
				mismatch++
			}
			if tok.Start < s.Start || tok.End > s.End || tok.Start > tok.End {
				t.Fatalf("sentence %s: token %q span %v outside sentence %v", s.ID, tok.Form, tok.Span, s.Span)
			}
		}
	}
	if sents != 2001 || words != 25147 {
		t.Errorf("read %d sentences, %d words; want 2001, 25147", sents, words)
	}
	if mismatch > words/1000 {
		t.Errorf("%d of %d token spans do not slice their form", mismatch, words)
	}
}
