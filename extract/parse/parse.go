// Package parse is textgraph's labeled dependency parser: it fills each
// token's Head and Rel (Universal Dependencies relations, with English
// subtypes such as nmod:poss) from its Form, Lemma, UPOS and XPOS.
//
// The parser is transition based (arc-hybrid) with two averaged
// perceptrons over hashed Zhang and Nivre (2011) style features: one scores
// the transitions, the other labels each arc when its dependent is complete
// (so the label sees the dependent's whole subtree). Features add function
// words (case/mark children), lemmas, word suffixes and shapes, counts of
// punctuation and verbs between the candidates, and each word's ambiguity
// class (its tag set in training), which lets the parser discount tagging
// errors. It searches with a beam of four configurations, the transition
// model trained on whole sequences as a structured perceptron with
// max-violation updates (Huang, Fayong and Guo 2012) against the best
// gold-consistent sequence, on projectivized trees and on tags jackknifed
// by the tagger; the weights of two differently shuffled runs are averaged.
// (A beam of one is greedy search, trained with Goldberg and Nivre's (2013)
// dynamic oracle.) Output trees are projective, single-rooted and cover
// every word.
//
// Optionally (TrainOptions.GuideFolds) the parser is stacked on a
// graph-based one (Nivre and McDonald 2008): extract/parse/mst, a
// first-order arc-factored parser with Eisner decoding, parses each
// sentence first, and twenty features of the action model tell where the
// guide heads of s0, b0 and s1 lie in the configuration (guide.go). The
// embedded model has no guide.
//
// Input contract: a sentence's tokens are syntactic words in order, tagged
// (UPOS and Penn XPOS, as extract/tag gives them) and lemmatized. Parsing
// never changes spans, forms, lemmas or tags.
//
// The trained model is embedded as extract/model/data/parse.gz (about 11.5
// MB; 8-bit weights, 2^22 x 3 action and 2^18 x 56 label rows, which stay
// 8-bit in memory: about 28 MB) and decoded once per process by Default.
// With the embedded tagger and lemmatizer it scores UAS 86.2, LAS 83.3 on
// EWT test and UAS 85.9, LAS 82.8 on GUM test (gold tokenization). It is
// trained on UD English EWT and GUM train (CC BY-SA 4.0 / CC BY 4.0).
package parse

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/model"
	"github.com/textgraph/textgraph/extract/parse/mst"
)

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels []string // label index -> relation
	univ   []int    // label index -> universal relation index (for label sets)
	isFn   []bool   // label is case or mark
	root   int32    // index of "root"
	// dirOK[dir][l]: label l was seen with that direction in training (0 = head right of dependent, 1 = head left)
	dirOK [2][]bool

	// Weights of the action model (2^actBit rows x nActions) and of the label
	// model (2^labBit rows x len(labels)): float while training, quantized
	// (one byte per weight, decoded through a 256-entry table) once loaded.
	act, lab       []float32
	actQ, labQ     []byte
	actCB, labCB   []float32 // codebooks of the quantized tables
	actDec, labDec *[256]float32
	actBit, labBit uint

	lex map[uint64]uint64 // hash of lower-cased form -> hash of its set of training tags

	// beam is the number of configurations the search keeps (1: greedy).
	beam int

	// mst, when set, parses each sentence first; its heads are features
	// of the action model (stacking, see guide.go).
	mst *mst.Parser

	pool  sync.Pool // *state, greedy search
	beams sync.Pool // *beam, beam search
}

func openModel() (io.ReadCloser, error) { return model.Open("parse") }

var defaultParser = sync.OnceValues(func() (*Parser, error) {
	r, err := openModel()
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer r.Close()
	return Load(r)
})

// Default returns the embedded English parser, decoding it on first use.
func Default() (*Parser, error) { return defaultParser() }

// Parse parses every sentence of d.
func (p *Parser) Parse(d *doc.Doc) error {
	if p == nil {
		return fmt.Errorf("parse: nil parser")
	}
	for i := range d.Sentences {
		p.ParseSentence(&d.Sentences[i])
	}
	return nil
}

func (p *Parser) getState() *state {
	if s, ok := p.pool.Get().(*state); ok {
		return s
	}
	return &state{feats: make([]uint64, 0, 256), score: make([]float32, len(p.labels)+nActions)}
}

// ParseSentence sets Head and Rel of every token of s.
func (p *Parser) ParseSentence(s *doc.Sentence) {
	if len(s.Tokens) == 0 {
		return
	}
	if p.beam > 1 {
		b, ok := p.beams.Get().(*beam)
		if !ok {
			b = newBeam(len(p.labels))
		}
		b.root.load(s.Tokens, p.lex)
		p.loadGuide(b.root, s.Tokens)
		p.output(s, p.beamParse(b, p.beam))
		p.beams.Put(b)
		return
	}
	st := p.getState()
	st.load(s.Tokens, p.lex)
	p.loadGuide(st, s.Tokens)
	for !st.terminal() {
		a := p.bestAction(st)
		p.arc(st, a, -1)
	}
	p.output(s, st)
	p.pool.Put(st)
}

// output copies the arcs of the final configuration st into s.
func (p *Parser) output(s *doc.Sentence, st *state) {
	for i := range s.Tokens {
		s.Tokens[i].Head = int(st.head[i+1])
		s.Tokens[i].Rel = p.labels[st.lab[i+1]]
	}
}

// actionScores returns the scores of the actions in st.
func (p *Parser) actionScores(st *state) (sc [nActions]float32) {
	mask := uint64(1)<<p.actBit - 1
	feats := st.actionFeatures()
	if q := p.actQ; q != nil {
		dec := p.actDec
		for _, f := range feats {
			i := int(f&mask) * nActions
			r := q[i : i+nActions : i+nActions]
			sc[0] += dec[r[0]]
			sc[1] += dec[r[1]]
			sc[2] += dec[r[2]]
		}
		return sc
	}
	w := p.act
	for _, f := range feats {
		i := int(f&mask) * nActions
		r := w[i : i+nActions : i+nActions]
		sc[0] += r[0]
		sc[1] += r[1]
		sc[2] += r[2]
	}
	return sc
}

func (p *Parser) bestAction(st *state) int {
	sc := p.actionScores(st)
	ok := st.valid()
	best := -1
	for a := 0; a < nActions; a++ {
		if ok[a] && (best < 0 || sc[a] > sc[best]) {
			best = a
		}
	}
	return best
}

// labelScores scores every label for the arc h -> d into st.score.
func (p *Parser) labelScores(st *state, h, d int32) []float32 {
	nl := len(p.labels)
	sc := st.score[:nl]
	clear(sc)
	mask := uint64(1)<<p.labBit - 1
	feats := st.labelFeatures(h, d)
	if q := p.labQ; q != nil {
		dec := p.labDec
		for _, f := range feats {
			i := int(f&mask) * nl
			r := q[i : i+nl : i+nl]
			for k, b := range r {
				sc[k] += dec[b]
			}
		}
		return sc
	}
	w := p.lab
	for _, f := range feats {
		i := int(f&mask) * nl
		r := w[i : i+nl : i+nl]
		for k := range sc {
			sc[k] += r[k]
		}
	}
	return sc
}

// bestLabel returns the best label for the arc h -> d.
func (p *Parser) bestLabel(st *state, h, d int32) int32 {
	if h == 0 {
		return p.root
	}
	dir := 0
	if h < d {
		dir = 1
	}
	ok := p.dirOK[dir]
	sc := p.labelScores(st, h, d)
	best := int32(-1)
	for k, v := range sc {
		if ok[k] && (best < 0 || v > sc[best]) {
			best = int32(k)
		}
	}
	if best < 0 {
		best = 0
	}
	return best
}

// arcEnds returns the head and dependent of arc action a in st.
func arcEnds(st *state, a int) (h, d int32) {
	d = st.st(0)
	if a == left {
		return st.b, d
	}
	return st.st(1), d
}

// arc applies action a, choosing the label unless lab >= 0.
func (p *Parser) arc(st *state, a int, lab int32) {
	if a == shift {
		st.apply(shift, 0, 0, false)
		return
	}
	if lab < 0 {
		h, d := arcEnds(st, a)
		lab = p.bestLabel(st, h, d)
	}
	st.apply(a, lab, p.univ[lab], p.isFn[lab])
}

// setLabels builds the label tables from the label list.
func (p *Parser) setLabels(labels []string) {
	p.labels = labels
	p.univ = make([]int, len(labels))
	p.isFn = make([]bool, len(labels))
	p.root = -1
	u := map[string]int{}
	for i, l := range labels {
		base, _, _ := strings.Cut(l, ":")
		if _, ok := u[base]; !ok {
			u[base] = len(u)
		}
		p.univ[i] = u[base]
		p.isFn[i] = base == "case" || base == "mark"
		if l == "root" {
			p.root = int32(i)
		}
	}
}
