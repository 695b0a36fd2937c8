package parse

import (
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// TestBeamWidthOne checks the beam search machinery against the greedy
// search: with one item the two must build the same trees.
func TestBeamWidthOne(t *testing.T) {
	p := testParser(t)
	b := newBeam(len(p.labels))
	st := p.getState()
	for _, g := range readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")[:400] {
		st.load(g.Tokens, p.lex)
		for !st.terminal() {
			p.arc(st, p.bestAction(st), -1)
		}
		b.root.load(g.Tokens, p.lex)
		got := p.beamParse(b, 1)
		for i := 1; i <= len(g.Tokens); i++ {
			if got.head[i] != st.head[i] || got.lab[i] != st.lab[i] {
				t.Fatalf("%s: word %d: beam of one gives %d %s, greedy %d %s", g.ID, i,
					got.head[i], p.labels[got.lab[i]], st.head[i], p.labels[st.lab[i]])
			}
		}
	}
}

// TestBeamWellFormed checks that wider beams give single-rooted trees
// covering every word, also for sentences of one or two words.
func TestBeamWellFormed(t *testing.T) {
	p := testParser(t)
	b := newBeam(len(p.labels))
	sents := readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")[:200]
	sents = append(sents, &doc.Sentence{Tokens: []doc.Token{{Form: "Hi", UPOS: "INTJ", XPOS: "UH"}}},
		&doc.Sentence{Tokens: []doc.Token{{Form: "Go", UPOS: "VERB", XPOS: "VB"}, {Form: "!", UPOS: "PUNCT", XPOS: "."}}})
	for _, k := range []int{2, 4, 8} {
		for _, g := range sents {
			b.root.load(g.Tokens, p.lex)
			st := p.beamParse(b, k)
			roots := 0
			for i := 1; i <= len(g.Tokens); i++ {
				h := st.head[i]
				if h < 0 || int(h) > len(g.Tokens) || h == int32(i) || st.lab[i] < 0 {
					t.Fatalf("beam %d, %s: word %d: head %d label %d", k, g.ID, i, h, st.lab[i])
				}
				if h == 0 {
					roots++
				}
			}
			if roots != 1 {
				t.Fatalf("beam %d, %s: %d roots", k, g.ID, roots)
			}
		}
	}
}

func TestBeamOptions(t *testing.T) {
	for _, tc := range []struct {
		in           TrainOptions
		beam, search int
	}{
		{TrainOptions{}, DefaultTrainOptions.Beam, DefaultTrainOptions.SearchBeam},
		{TrainOptions{Beam: 1}, 1, 1},
		{TrainOptions{Beam: 8}, 8, 8},
		{TrainOptions{Beam: 8, SearchBeam: 5}, 8, 5},
		{TrainOptions{SearchBeam: 2}, DefaultTrainOptions.Beam, 2},
	} {
		got := tc.in.withDefaults()
		if got.Beam != tc.beam || got.SearchBeam != tc.search {
			t.Errorf("%+v: beam %d, search beam %d; want %d, %d", tc.in, got.Beam, got.SearchBeam, tc.beam, tc.search)
		}
	}
}
