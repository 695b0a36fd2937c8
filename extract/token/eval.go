package token

import (
	"fmt"
	"io"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
)

// Evaluate reads a CoNLL-U treebank from r, tokenizes its raw text (the
// layout conllu.Reader.Text rebuilds: sentences separated by a space,
// paragraphs and documents by a blank line) with t, and scores the result
// against the gold tokens and sentences. A nil t means New().
func Evaluate(r io.Reader, t *Tokenizer) (Scores, error) {
	if t == nil {
		t = New()
	}
	cr := conllu.NewReader(r)
	var gold []doc.Sentence
	for {
		s, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return Scores{}, fmt.Errorf("token: evaluate: %w", err)
		}
		gold = append(gold, *s)
	}
	d := &doc.Doc{Text: cr.Text()}
	if err := t.Tokenize(d); err != nil {
		return Scores{}, fmt.Errorf("token: evaluate: %w", err)
	}
	return Score(d.Text, gold, d.Sentences), nil
}
