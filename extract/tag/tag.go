package tag

import (
	"fmt"
	"math"
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/model"
)

// Tagger assigns UPOS, XPOS and FEATS. It is safe for concurrent use.
type Tagger struct {
	labels  []label
	lexicon map[string]*entry // normalised form -> entry
	dict    dictionary        // word classes from WordNet; may be empty
	first   *ml.Perceptron    // left-to-right pass
	second  *ml.Perceptron    // pass with right context from the first; may be nil
	scratch sync.Pool         // *scratch

	labelIdx map[[2]string]int // training only: (UPOS, XPOS) -> label
}

// label is one joint (UPOS, XPOS) tag and the features it takes by default.
type label struct {
	upos, xpos, feats string
}

// entry is what the lexicon knows of a word.
type entry struct {
	amb   uint64     // hash of the set of labels seen with the word; 0 if too rare
	feats []featPair // FEATS for labels where they differ from the label's default
}

type featPair struct {
	label int
	feats string
}

type scratch struct {
	words  []word
	left   []int
	right  []int
	margin []float32
	fs     []uint64
	scores []float32
	buf    []byte
}

func (t *Tagger) get() *scratch {
	if s, ok := t.scratch.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, len(t.labels))}
}

var defaultTagger = sync.OnceValues(func() (*Tagger, error) {
	rc, err := model.Open("tag")
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	defer rc.Close()
	return Load(rc)
})

// Default returns the embedded model, decoded on first use and shared by
// the process.
func Default() (*Tagger, error) { return defaultTagger() }

// Tag tags every sentence of d.
func (t *Tagger) Tag(d *doc.Doc) error {
	for i := range d.Sentences {
		t.TagSentence(&d.Sentences[i])
	}
	return nil
}

// TagSentence sets UPOS, XPOS and Feats of the tokens of s.
func (t *Tagger) TagSentence(s *doc.Sentence) {
	n := len(s.Tokens)
	if n == 0 {
		return
	}
	sc := t.get()
	defer t.scratch.Put(sc)
	sc.words = grow(sc.words, n)
	for i := range s.Tokens {
		sc.buf = t.fill(&sc.words[i], s.Tokens[i].Form, i == 0, sc.buf)
	}
	markSentence(sc.words[:n])
	tags := t.predict(sc, n)
	for i := range s.Tokens {
		tok := &s.Tokens[i]
		l := tags[i] - 1
		tok.UPOS, tok.XPOS = t.labels[l].upos, t.labels[l].xpos
		tok.Feats = t.labels[l].feats
		if e := sc.words[i].lex; e != nil {
			for _, p := range e.feats {
				if p.label == l {
					tok.Feats = p.feats
					break
				}
			}
		}
	}
}

// predict tags sc.words[:n] and returns the label indexes+1.
func (t *Tagger) predict(sc *scratch, n int) []int {
	ws := sc.words[:n]
	sc.left = grow(sc.left, n)
	if t.second == nil {
		t.pass(sc, t.first, ws, sc.left, nil, nil)
		return sc.left
	}
	sc.margin = grow(sc.margin, n)
	t.pass(sc, t.first, ws, sc.left, nil, sc.margin)
	sc.right = grow(sc.right, n)
	copy(sc.right, sc.left)
	t.pass(sc, t.second, ws, sc.left, sc.right, sc.margin)
	return sc.left
}

// skipMargin: in the second pass, a token whose first-pass label won by at
// least this margin keeps it unscored. On the EWT and GUM dev sets this
// skips most of the second pass (tagging 1.9 times faster) and moves UPOS
// and XPOS accuracy by less than 0.05 points.
const skipMargin = 20

// pass runs one greedy left-to-right pass of m, writing into left. Without
// right context (first pass) it records each winning margin into margin
// when margin is not nil; with right context it skips the tokens whose
// margin is at least skipMargin.
func (t *Tagger) pass(sc *scratch, m *ml.Perceptron, ws []word, left, right []int, margin []float32) {
	for i := range ws {
		if right != nil && margin != nil && margin[i] >= skipMargin {
			left[i] = right[i]
			continue
		}
		sc.fs = features(sc.fs[:0], ws, i, left, right)
		best := m.Predict(sc.fs, sc.scores)
		left[i] = best + 1
		if right == nil && margin != nil {
			top, second := sc.scores[best], float32(math.Inf(-1))
			for k, v := range sc.scores[:len(t.labels)] {
				if k != best && v > second {
					second = v
				}
			}
			margin[i] = top - second
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// Labels returns the (UPOS, XPOS) pairs the tagger can assign.
func (t *Tagger) Labels() [][2]string {
	out := make([][2]string, len(t.labels))
	for i, l := range t.labels {
		out[i] = [2]string{l.upos, l.xpos}
	}
	return out
}

// check reports whether the model is usable.
func (t *Tagger) check() error {
	if len(t.labels) == 0 || t.first == nil || t.first.Classes() != len(t.labels) ||
		(t.second != nil && t.second.Classes() != len(t.labels)) {
		return fmt.Errorf("tag: inconsistent model")
	}
	return nil
}
