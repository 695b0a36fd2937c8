// Package udeval scores tagged and parsed sentences against Universal
// Dependencies gold sentences with the definitions of the CoNLL 2018 shared
// task evaluation script: every syntactic word counts, punctuation included;
// UAS needs the right head; LAS the right head and the right universal
// relation (the part before ":"); lemma counts as right when the gold lemma
// is absent. LAS on full labels (with subtypes such as nmod:poss) is
// reported too.
//
// Predicted words are aligned to gold words by byte span (words of one
// multiword token are matched by their order within it), so the predicted
// tokenization and sentence split may differ from the gold one as long as
// both sides' spans index the same text. Each score is an F1 over gold and
// predicted words; with gold tokenization it equals accuracy.
package udeval

import (
	"fmt"
	"io"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// Counts accumulates agreement between gold and predicted words.
type Counts struct {
	Gold, Pred, Aligned                   int // words in gold, in prediction, aligned
	UPOSOK, XPOSOK, LemmaOK, UASOK, LASOK int // aligned words right on each metric
	LASFullOK                             int // aligned words with the right head and full label
}

type word struct {
	span        doc.Span
	sub         int // index among words sharing span
	head        int // global index of the head word, -1 for the root, -2 unparsed
	t           *doc.Token
	alignedWith int // global index in the other side, -1 if none
}

// flatten lists the words of sentences with heads as global indices.
func flatten(ss []*doc.Sentence) []word {
	var ws []word
	for _, s := range ss {
		base := len(ws)
		for i := range s.Tokens {
			t := &s.Tokens[i]
			w := word{span: t.Span, t: t, head: -2, alignedWith: -1}
			if i > 0 && s.Tokens[i-1].Span == t.Span {
				w.sub = ws[len(ws)-1].sub + 1
			}
			switch {
			case t.Head == 0:
				w.head = -1
			case t.Head > 0 && t.Head <= len(s.Tokens):
				w.head = base + t.Head - 1
			}
			ws = append(ws, w)
		}
	}
	return ws
}

// Add scores one predicted sentence against its gold sentence.
func (c *Counts) Add(gold, pred *doc.Sentence) {
	c.AddAll([]*doc.Sentence{gold}, []*doc.Sentence{pred})
}

// AddAll scores the predicted sentences of a text against its gold
// sentences; the two lists may split the text differently. Spans of both
// must be offsets into the same text, in increasing order.
func (c *Counts) AddAll(gold, pred []*doc.Sentence) {
	g, p := flatten(gold), flatten(pred)
	c.Gold += len(g)
	c.Pred += len(p)
	for i, j := 0, 0; i < len(g) && j < len(p); {
		a, b := &g[i], &p[j]
		switch {
		case a.span == b.span && a.sub == b.sub:
			a.alignedWith, b.alignedWith = j, i
			i++
			j++
		case a.span.Start < b.span.Start || (a.span.Start == b.span.Start && (a.span.End < b.span.End || (a.span.End == b.span.End && a.sub < b.sub))):
			i++
		default:
			j++
		}
	}
	for i := range g {
		a := &g[i]
		if a.alignedWith < 0 {
			continue
		}
		b := &p[a.alignedWith]
		c.Aligned++
		gt, pt := a.t, b.t
		if gt.UPOS == pt.UPOS {
			c.UPOSOK++
		}
		if gt.XPOS == pt.XPOS {
			c.XPOSOK++
		}
		if gt.Lemma == "" || gt.Lemma == pt.Lemma {
			c.LemmaOK++
		}
		headOK := false
		switch {
		case a.head == -1:
			headOK = b.head == -1
		case a.head >= 0 && b.head >= 0:
			headOK = g[a.head].alignedWith == b.head
		}
		if !headOK {
			continue
		}
		c.UASOK++
		if universal(gt.Rel) == universal(pt.Rel) {
			c.LASOK++
		}
		if gt.Rel == pt.Rel {
			c.LASFullOK++
		}
	}
}

func universal(rel string) string {
	base, _, _ := strings.Cut(rel, ":")
	return base
}

// f1 returns the F1 percentage of ok correct words.
func (c *Counts) f1(ok int) float64 {
	if c.Gold+c.Pred == 0 {
		return 0
	}
	return 200 * float64(ok) / float64(c.Gold+c.Pred)
}

// Words returns the F1 of word segmentation (100 with gold tokenization).
func (c *Counts) Words() float64 { return c.f1(c.Aligned) }

// UPOS returns the universal part-of-speech F1.
func (c *Counts) UPOS() float64 { return c.f1(c.UPOSOK) }

// XPOS returns the language-specific part-of-speech F1.
func (c *Counts) XPOS() float64 { return c.f1(c.XPOSOK) }

// Lemma returns the lemma F1.
func (c *Counts) Lemma() float64 { return c.f1(c.LemmaOK) }

// UAS returns the unlabeled attachment score (F1).
func (c *Counts) UAS() float64 { return c.f1(c.UASOK) }

// LAS returns the labeled attachment score on universal relations (F1).
func (c *Counts) LAS() float64 { return c.f1(c.LASOK) }

// LASFull returns the labeled attachment score on full relation labels,
// subtypes included (F1).
func (c *Counts) LASFull() float64 { return c.f1(c.LASFullOK) }

// Report writes the scores as a small table.
func (c *Counts) Report(w io.Writer) error {
	_, err := fmt.Fprintf(w, "words    %6d gold, %6d predicted, F1 %6.2f\nUPOS     %6.2f\nXPOS     %6.2f\nLemma    %6.2f\nUAS      %6.2f\nLAS      %6.2f\nLAS full %6.2f\n",
		c.Gold, c.Pred, c.Words(), c.UPOS(), c.XPOS(), c.Lemma(), c.UAS(), c.LAS(), c.LASFull())
	if err != nil {
		return fmt.Errorf("udeval: %w", err)
	}
	return nil
}
