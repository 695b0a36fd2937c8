package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/internal/ml"
)

// Model is the trained sequence labeler: a structured averaged perceptron
// over BIO labels of PER, ORG and LOC, decoded with Viterbi (a label I-X
// only after B-X or I-X). Its features are the word, its neighbours within
// two words, shapes, affixes, the tagger's UPOS and XPOS, the previous
// label, the package's lexicons as gazetteers, document cues (the word
// written capitalised mid-sentence or in lower case elsewhere in the
// document), how often the word is capitalised in running text
// (counted on the unlabeled treebank text the model was trained with) and
// the lexicon of the training corpora's own names (see markNames).
// A second labeler reads, besides, the first one's labels around the word
// and the type the first one gives the same word elsewhere in the
// document, so that a name keeps its type through an article.
type Model struct {
	labels []string // "O", "B-PER", "I-PER", ...
	first  *ml.Perceptron
	second *ml.Perceptron   // reads the first pass's labels; may be nil
	caps   map[string]uint8 // lower-case word -> capitalisation class (see capClass)
	names  nameSet          // the training corpora's names (see markNames); may be empty
}

var modelLabels = []string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

// tokv holds the values of one word the features read.
type tokv struct {
	form, lower, shape, upos, xpos uint64
	pre, suf                       [4]uint64
	gaz                            uint32
	flags                          uint32
	capc                           uint8
	names                          uint16 // name lexicon bits (see markNames)
	// set by the first pass for the second
	p1      uint8 // first-pass label
	docType uint8 // the first pass's type for this word elsewhere in the document (see setStack)
}

// flags of tokv
const (
	fCap      = 1 << iota // starts with an upper-case letter
	fAllCaps              // two or more letters, all upper case
	fFirst                // first word of the sentence
	fCapElse              // written capitalised mid-sentence elsewhere in the document
	fLowElse              // written in lower case elsewhere in the document
	fHeadline             // the sentence is a headline
	fDigit                // contains a digit
	fLetter               // contains a letter
)

// gazetteer bits of tokv
const (
	gGivenF = 1 << iota
	gGivenM
	gPlace
	gPlacePart
	gDemonym
	gOrgWord
	gOrgName
	gRoleHead
	gRoleMod
	gEvent
	gWork
	gPlaceWord
	gStop
	gCalendar
	gPersonNoun
	gCompass
	gOfHead
	nGaz = iota
)

// placeParts are the words of multiword place names ("New", "York").
var placeParts = map[string]bool{}

func init() {
	for p := range places {
		if strings.Contains(p, " ") {
			for _, w := range strings.Fields(p) {
				placeParts[w] = true
			}
		}
	}
}

// gazetteer returns the lexicon bits of a word; a word in lower case is
// looked up capitalised ("kyiv" as "Kyiv").
func gazetteer(form string) uint32 {
	if r, n := utf8.DecodeRuneInString(form); unicode.IsLower(r) {
		form = string(unicode.ToUpper(r)) + form[n:]
	}
	var g uint32
	switch givenNames[form] {
	case "f":
		g |= gGivenF
	case "m":
		g |= gGivenM
	}
	bare := strings.TrimSuffix(form, ".")
	lower := strings.ToLower(form)
	for _, c := range []struct {
		ok  bool
		bit uint32
	}{
		{places[form] != "", gPlace},
		{placeParts[form], gPlacePart},
		{demonyms[form] != "", gDemonym},
		{orgWords[form], gOrgWord},
		{orgNames[form] && !addedCompanies[form], gOrgName},
		{roleHeads[bare], gRoleHead},
		{roleModifiers[form], gRoleMod},
		{eventWords[form], gEvent},
		{workWords[form], gWork},
		{placeWords[form], gPlaceWord},
		{stop[form], gStop},
		{calendar[form], gCalendar},
		{personNouns[lower], gPersonNoun},
		{compass[form], gCompass},
		{ofHeads[form], gOfHead},
	} {
		if c.ok {
			g |= c.bit
		}
	}
	return g
}

// shape appends to b the collapsed character classes of a word: "Kyiv" →
// "Xx", "U.S." → "X.X.", "2022" → "d" (at most 16 classes).
func shape(b []byte, w string) []byte {
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == 16 {
			break
		}
		b = append(b, c)
		n++
	}
	return b
}

// capClass buckets how often a word is capitalised when it is not the
// first of a sentence: 1 never, 2 rarely, 3 half the time, 4 mostly, 5
// always; 0 for a word not counted.
func capClass(capitalised, total int) uint8 {
	switch {
	case total == 0:
		return 0
	case capitalised == 0:
		return 1
	case capitalised*10 < total:
		return 2
	case capitalised*10 < total*6:
		return 3
	case capitalised < total:
		return 4
	}
	return 5
}

// docCues collects the lower-cased words of a document written capitalised
// mid-sentence and those written in lower case.
type docCues struct {
	capElse, lowElse map[string]bool
}

func newDocCues() docCues {
	return docCues{capElse: map[string]bool{}, lowElse: map[string]bool{}}
}

// add records the words of one sentence.
func (c docCues) add(forms []string) {
	first := true
	for _, f := range forms {
		if isCap(f) {
			if !first {
				c.capElse[strings.ToLower(f)] = true
			}
		} else if isWordLike(f) {
			c.lowElse[f] = true
		}
		if first && !isOpenPunct(f) {
			first = false
		}
	}
}

var hBias = ml.Hash("bias")

// fill computes the word values of a sentence; look is the name lexicon
// (nil: the model's own).
func (m *Model) fill(vs []tokv, forms, upos, xpos []string, cues docCues, look nameLookup, lowers []string, buf []byte) ([]string, []byte) {
	lowers = lowers[:0]
	headline := false
	{
		n, c := 0, 0
		for _, f := range forms {
			if !isWordLike(f) {
				continue
			}
			n++
			if isCap(f) || stop[f] || stop[strings.ToLower(f)] {
				c++
			}
		}
		headline = n >= 4 && c*10 >= n*9
	}
	first := true
	for i, f := range forms {
		v := &vs[i]
		*v = tokv{}
		lower := strings.ToLower(f)
		lowers = append(lowers, lower)
		v.form = ml.MixString(1, f)
		v.lower = ml.MixString(2, lower)
		buf = shape(buf[:0], f)
		v.shape = ml.MixBytes(3, buf)
		if upos != nil {
			v.upos = ml.MixString(4, upos[i])
		}
		if xpos != nil {
			v.xpos = ml.MixString(5, xpos[i])
		}
		// Affixes of up to four runes of the lower-case form.
		rs := 0
		for j := range lower {
			if rs > 0 && rs <= 4 {
				v.pre[rs-1] = ml.MixString(6, lower[:j])
			}
			rs++
		}
		if rs <= 4 && rs > 0 {
			v.pre[rs-1] = ml.MixString(6, lower)
		}
		k := 0
		for j := len(lower); j > 0 && k < 4; {
			_, sz := utf8.DecodeLastRuneInString(lower[:j])
			j -= sz
			v.suf[k] = ml.MixString(7, lower[j:])
			k++
		}
		v.gaz = gazetteer(f)
		if isCap(f) {
			v.flags |= fCap
		}
		if acronymLike(f) {
			v.flags |= fAllCaps
		}
		if first {
			v.flags |= fFirst
		}
		if first && !isOpenPunct(f) {
			first = false
		}
		if cues.capElse[lower] {
			v.flags |= fCapElse
		}
		if cues.lowElse[lower] {
			v.flags |= fLowElse
		}
		if headline {
			v.flags |= fHeadline
		}
		for _, r := range f {
			if unicode.IsDigit(r) {
				v.flags |= fDigit
			}
			if unicode.IsLetter(r) {
				v.flags |= fLetter
			}
		}
		v.capc = m.caps[lower]
	}
	if look == nil && len(m.names.words) > 0 {
		look = m.names.lookup()
	}
	if look != nil {
		buf = markNames(vs, lowers, look, buf)
	}
	return lowers, buf
}

func acronymLike(f string) bool {
	n := 0
	for _, r := range f {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// feature templates
const (
	tBias = iota + 1
	tForm
	tLower
	tLowerM1
	tLowerP1
	tLowerM2
	tLowerP2
	tShape
	tShapeM1
	tShapeP1
	tShape3
	tPre
	tSuf
	tUPOS
	tUPOSM1
	tUPOSP1
	tUPOSM2
	tUPOSP2
	tUPOS2L
	tUPOS2R
	tXPOS
	tPrev
	tPrevShape
	tPrevUPOS
	tGaz
	tGazM1
	tGazP1
	tFlags
	tFlagsM1
	tFlagsP1
	tCapc
	tCapcFlags
	tBigramL
	tBigramR
	tLowerM1Shape
	tLowerP1Shape
	tPrevGaz
	tP1
	tP1M1
	tP1P1
	tP1Pair
	tP1Lower
	tDoc
	tDocFlags
	tDocP1
	tNameW
	tNameS
	tNameSM1
	tNameSP1
	tNameWCap
	tPrevName
)

// emission appends the features of word i that do not depend on labels.
func emission(fs []uint64, vs []tokv, i int, stacked bool) []uint64 {
	var none tokv
	at := func(j int) *tokv {
		if j < 0 || j >= len(vs) {
			return &none
		}
		return &vs[j]
	}
	v, m1, p1, m2, p2 := &vs[i], at(i-1), at(i+1), at(i-2), at(i+2)
	f := func(t int, x uint64) { fs = append(fs, ml.Mix(uint64(t), x)) }
	f2 := func(t int, x, y uint64) { fs = append(fs, ml.Mix(ml.Mix(uint64(t), x), y)) }
	edgeL, edgeR := uint64(0), uint64(0)
	if i == 0 {
		edgeL = 1
	}
	if i == len(vs)-1 {
		edgeR = 1
	}
	f(tBias, 0)
	f(tForm, v.form)
	f(tLower, v.lower)
	f2(tLowerM1, m1.lower, edgeL)
	f2(tLowerP1, p1.lower, edgeR)
	f(tLowerM2, m2.lower)
	f(tLowerP2, p2.lower)
	f(tShape, v.shape)
	f(tShapeM1, m1.shape)
	f(tShapeP1, p1.shape)
	f2(tShape3, ml.Mix(m1.shape, v.shape), p1.shape)
	for k := range 4 {
		if v.pre[k] != 0 {
			f2(tPre, uint64(k), v.pre[k])
		}
		if v.suf[k] != 0 {
			f2(tSuf, uint64(k), v.suf[k])
		}
	}
	f(tUPOS, v.upos)
	f(tUPOSM1, m1.upos)
	f(tUPOSP1, p1.upos)
	f(tUPOSM2, m2.upos)
	f(tUPOSP2, p2.upos)
	f2(tUPOS2L, m1.upos, v.upos)
	f2(tUPOS2R, v.upos, p1.upos)
	f(tXPOS, v.xpos)
	for g := v.gaz; g != 0; g &= g - 1 {
		f(tGaz, uint64(trailingZeros(g)))
	}
	for g := m1.gaz; g != 0; g &= g - 1 {
		f(tGazM1, uint64(trailingZeros(g)))
	}
	for g := p1.gaz; g != 0; g &= g - 1 {
		f(tGazP1, uint64(trailingZeros(g)))
	}
	f(tFlags, uint64(v.flags))
	f(tFlagsM1, uint64(m1.flags&(fCap|fAllCaps|fCapElse)))
	f(tFlagsP1, uint64(p1.flags&(fCap|fAllCaps|fCapElse)))
	f(tCapc, uint64(v.capc))
	f2(tCapcFlags, uint64(v.capc), uint64(v.flags&(fCap|fFirst|fCapElse|fHeadline)))
	f2(tBigramL, m1.lower, v.lower)
	f2(tBigramR, v.lower, p1.lower)
	f2(tLowerM1Shape, m1.lower, v.shape)
	f2(tLowerP1Shape, p1.lower, v.shape)
	if v.names != 0 || m1.names != 0 || p1.names != 0 {
		f(tNameW, uint64(v.names&7))
		f(tNameS, uint64(v.names>>3))
		f(tNameSM1, uint64(m1.names>>3))
		f(tNameSP1, uint64(p1.names>>3))
		f2(tNameWCap, uint64(v.names&7), uint64(v.flags&(fCap|fFirst)))
	}
	if stacked {
		lm1, lp1 := uint64(99), uint64(99)
		if i > 0 {
			lm1 = uint64(m1.p1)
		}
		if i+1 < len(vs) {
			lp1 = uint64(p1.p1)
		}
		f(tP1, uint64(v.p1))
		f(tP1M1, lm1)
		f(tP1P1, lp1)
		f2(tP1Pair, uint64(v.p1), lp1)
		f2(tP1Lower, uint64(v.p1), v.lower)
		f(tDoc, uint64(v.docType))
		f2(tDocFlags, uint64(v.docType), uint64(v.flags&(fCap|fFirst)))
		f2(tDocP1, uint64(v.docType), uint64(v.p1))
	}
	return fs
}

// setStack records first-pass labels (of the sentences of one document)
// in the word values, and for each word the type the first pass gives the
// same word elsewhere in the document: 0 the word occurs nowhere else,
// 1 only outside names, 2+k mostly inside names of type k (PER, ORG, LOC).
func setStack(vss [][]tokv, labels [][]int) {
	type tally [4]int // O, PER, ORG, LOC
	counts := map[uint64]*tally{}
	for si, vs := range vss {
		for i := range vs {
			t := counts[vs[i].lower]
			if t == nil {
				t = &tally{}
				counts[vs[i].lower] = t
			}
			t[(labels[si][i]+1)/2]++
		}
	}
	for si, vs := range vss {
		for i := range vs {
			v := &vs[i]
			l := labels[si][i]
			v.p1 = uint8(l)
			t := *counts[v.lower]
			t[(l+1)/2]--
			switch {
			case t[0]+t[1]+t[2]+t[3] == 0:
				v.docType = 0
			case t[1]+t[2]+t[3] == 0:
				v.docType = 1
			default:
				k := 1
				for j := 2; j <= 3; j++ {
					if t[j] > t[k] {
						k = j
					}
				}
				v.docType = uint8(1 + k)
			}
		}
	}
}

// start is the label index standing for "before the sentence".
const before = 99

// transition appends the features of word i conjoined with the label of
// the word before it (before for the first word).
func transition(fs []uint64, vs []tokv, i, prev int) []uint64 {
	v := &vs[i]
	p := uint64(prev)
	f2 := func(t int, x, y uint64) { fs = append(fs, ml.Mix(ml.Mix(uint64(t), x), y)) }
	fs = append(fs, ml.Mix(uint64(tPrev), p))
	f2(tPrevShape, p, v.shape)
	f2(tPrevUPOS, p, v.upos)
	for g := v.gaz; g != 0; g &= g - 1 {
		f2(tPrevGaz, p, uint64(trailingZeros(g)))
	}
	if v.names != 0 {
		f2(tPrevName, p, uint64(v.names>>3))
	}
	return fs
}

func trailingZeros(x uint32) int {
	n := 0
	for x&1 == 0 && n < 32 {
		x >>= 1
		n++
	}
	return n
}

// allowed reports whether label l may follow label prev (an I-X only after
// B-X or I-X).
func allowed(prev, l int) bool {
	if l == 0 || l%2 == 1 {
		return true
	}
	return prev == l || prev == l-1
}

// lattice holds the scores of one Viterbi decoding.
type lattice struct {
	memo   map[uint64][]float32 // transition scores by word key (see viterbi)
	memoOf *ml.Perceptron       // the model memo belongs to
	em     []float32            // word x label emission scores
	tr     []float32            // word x previous label x label transition scores
	best   []float32            // word x label best path scores
	back   []int32              // word x label best previous label
	fs     []uint64
	score  []float32
}

// viterbi fills out with the best label sequence of vs under the model p
// (or, with keep non-nil, under the features keep accepts).
func viterbi(p *ml.Perceptron, vs []tokv, out []int, lt *lattice, keep func(uint64) bool, stacked bool) {
	n, nl := len(vs), p.Classes()
	lt.em = grow(lt.em, n*nl)
	lt.tr = grow(lt.tr, n*(nl+1)*nl)
	lt.best = grow(lt.best, n*nl)
	lt.back = grow(lt.back, n*nl)
	lt.score = grow(lt.score, nl)
	filter := func(fs []uint64) []uint64 { return lt.filter(fs, keep) }
	for i := range n {
		lt.fs = filter(emission(lt.fs[:0], vs, i, stacked))
		p.Score(lt.fs, lt.em[i*nl:(i+1)*nl])
		tr := lt.tr[i*(nl+1)*nl : (i+1)*(nl+1)*nl]
		// The transition scores depend on the word's shape, tag and
		// lexicon bits only: a trained model memoises them.
		var key uint64
		if keep == nil {
			v := &vs[i]
			key = ml.Mix(ml.Mix(ml.Mix(v.shape, v.upos), uint64(v.gaz)|uint64(v.names)<<32), uint64(min(i, 1)))
			if lt.memoOf != p || len(lt.memo) > 1<<16 {
				lt.memo, lt.memoOf = map[uint64][]float32{}, p
			}
			if m, ok := lt.memo[key]; ok {
				copy(tr, m)
				continue
			}
		}
		for prev := range nl + 1 {
			if i == 0 && prev < nl || i > 0 && prev == nl {
				continue
			}
			pl := prev
			if prev == nl {
				pl = before
			}
			lt.fs = filter(transition(lt.fs[:0], vs, i, pl))
			p.Score(lt.fs, tr[prev*nl:(prev+1)*nl])
		}
		if keep == nil {
			lt.memo[key] = append([]float32(nil), tr...)
		}
	}
	for i := range n {
		for l := range nl {
			e := lt.em[i*nl+l]
			if i == 0 {
				s := float32(-1e30)
				if allowed(0, l) {
					s = e + lt.tr[nl*nl+l]
				}
				lt.best[l], lt.back[l] = s, -1
				continue
			}
			bs, bp := float32(-1e30), int32(0)
			for prev := range nl {
				if !allowed(prev, l) {
					continue
				}
				s := lt.best[(i-1)*nl+prev] + lt.tr[(i*(nl+1)+prev)*nl+l]
				if s > bs {
					bs, bp = s, int32(prev)
				}
			}
			lt.best[i*nl+l], lt.back[i*nl+l] = bs+e, bp
		}
	}
	if n == 0 {
		return
	}
	bl := 0
	for l := range nl {
		if lt.best[(n-1)*nl+l] > lt.best[(n-1)*nl+bl] {
			bl = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = bl
		if i > 0 {
			bl = int(lt.back[i*nl+bl])
		}
	}
}

// filter keeps the features keep accepts (all when keep is nil).
func (lt *lattice) filter(fs []uint64, keep func(uint64) bool) []uint64 {
	if keep == nil {
		return fs
	}
	k := fs[:0]
	for _, f := range fs {
		if keep(f) {
			k = append(k, f)
		}
	}
	return k
}

// decode labels the sentences vss of one document into out.
func (m *Model) decode(vss [][]tokv, out [][]int, lt *lattice) {
	for i, vs := range vss {
		viterbi(m.first, vs, out[i], lt, nil, false)
	}
	if m.second == nil {
		return
	}
	setStack(vss, out)
	for i, vs := range vss {
		// A sentence where the first pass found no name and whose words
		// are no name elsewhere keeps its labels: the second pass, which
		// reads them, seldom finds one there.
		cue := false
		for k := range vs {
			if out[i][k] != 0 || vs[k].docType >= 2 {
				cue = true
				break
			}
		}
		if cue {
			viterbi(m.second, vs, out[i], lt, nil, true)
		}
	}
}
