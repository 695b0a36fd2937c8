package token

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/textgraph/textgraph/extract/doc"
)

// PRF is a precision/recall/F1 triple with the counts behind it.
type PRF struct {
	Gold, Pred, Correct int
}

// Precision returns Correct/Pred (1 when nothing was predicted).
func (p PRF) Precision() float64 {
	if p.Pred == 0 {
		return 1
	}
	return float64(p.Correct) / float64(p.Pred)
}

// Recall returns Correct/Gold (1 when there is no gold item).
func (p PRF) Recall() float64 {
	if p.Gold == 0 {
		return 1
	}
	return float64(p.Correct) / float64(p.Gold)
}

// F1 returns the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, re := p.Precision(), p.Recall()
	if pr+re == 0 {
		return 0
	}
	return 2 * pr * re / (pr + re)
}

// String formats the scores as percentages.
func (p PRF) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f", 100*p.Precision(), 100*p.Recall(), 100*p.F1())
}

// Scores are the segmentation scores of the CoNLL 2018 shared task.
type Scores struct {
	Tokens    PRF // surface tokens (a multiword token counts once)
	Sentences PRF // sentences
	Words     PRF // syntactic words (multiword tokens expanded)
}

// String formats the scores one per line.
func (s Scores) String() string {
	return fmt.Sprintf("Tokens    %v\nSentences %v\nWords     %v", s.Tokens, s.Sentences, s.Words)
}

// Score compares predicted with gold sentences over the same text the way
// the CoNLL 2018 shared-task scorer does: spans are compared on the
// sequence of non-white-space characters of text, so a token or sentence
// counts as correct when it covers exactly the same non-white-space
// characters. Words of multiword tokens count when their token's span matches
// and by the longest common subsequence of their lower-cased forms, as the
// scorer does when both sides agree on the token.
func Score(text string, gold, pred []doc.Sentence) Scores {
	// nws[i] = number of non-white-space bytes before byte i.
	nws := make([]int32, len(text)+1)
	n := int32(0)
	for i := 0; i < len(text); {
		r, sz := decode(text, i)
		ws := unicode.IsSpace(r)
		for k := 0; k < sz; k++ {
			nws[i+k] = n
			if !ws {
				n++
			}
		}
		i += sz
	}
	nws[len(text)] = n
	key := func(s doc.Span) [2]int32 {
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			return [2]int32{-1, -1}
		}
		return [2]int32{nws[s.Start], nws[s.End]}
	}

	var sc Scores
	type tokWords struct {
		forms []string
	}
	collect := func(ss []doc.Sentence) (sents map[[2]int32]bool, toks map[[2]int32]tokWords, nsent, ntok, nword int) {
		sents = make(map[[2]int32]bool, len(ss))
		toks = make(map[[2]int32]tokWords, len(ss)*20)
		for _, s := range ss {
			if len(s.Tokens) == 0 {
				continue
			}
			nsent++
			sents[key(doc.Span{Start: s.Tokens[0].Start, End: s.Tokens[len(s.Tokens)-1].End})] = true
			for i := 0; i < len(s.Tokens); {
				t := s.Tokens[i]
				nw := 1
				if t.MWT > 1 {
					nw = t.MWT
				}
				if i+nw > len(s.Tokens) {
					nw = len(s.Tokens) - i
				}
				var forms []string
				for _, w := range s.Tokens[i : i+nw] {
					forms = append(forms, strings.ToLower(w.Form))
				}
				ntok++
				nword += nw
				toks[key(t.Span)] = tokWords{forms}
				i += nw
			}
		}
		return
	}
	gs, gt, gns, gnt, gnw := collect(gold)
	ps, pt, pns, pnt, pnw := collect(pred)
	sc.Sentences = PRF{Gold: gns, Pred: pns}
	sc.Tokens = PRF{Gold: gnt, Pred: pnt}
	sc.Words = PRF{Gold: gnw, Pred: pnw}
	for k := range ps {
		if gs[k] {
			sc.Sentences.Correct++
		}
	}
	for k, p := range pt {
		g, ok := gt[k]
		if !ok {
			continue
		}
		sc.Tokens.Correct++
		sc.Words.Correct += lcs(g.forms, p.forms)
	}
	return sc
}

// lcs returns the length of the longest common subsequence of a and b.
func lcs(a, b []string) int {
	if len(a) == 1 && len(b) == 1 {
		return 1 // same span, one word each: the forms are the same text
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
