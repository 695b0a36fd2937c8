package parse

import "slices"

// maxBeam bounds the beam width a model file may ask for.
const maxBeam = 64

// MaxSearchBeam caps the beam a loaded model searches with (0: no cap). The
// embedded model is trained with a beam of 4 and searched with 3: on one core
// of the development machine that keeps tokenizing, tagging, lemmatizing and
// parsing near 30,000 words/s instead of 24,000, for 0.1 less UAS on EWT dev
// (86.34 against 86.46). Set it before the first model is loaded. A model
// with a guide parser is capped further by GuideSearchBeam.
var MaxSearchBeam = 3

// Beam search keeps the k best-scoring transition sequences at every step
// instead of one. Every sequence of the arc-hybrid system over n words has
// exactly 2n transitions, so all beam items end together. The label model
// stays local: an arc's label is chosen when the arc is made, on the item
// that makes it, and does not enter the item's score.

// item is one configuration in the beam with the sum of the action scores
// that led to it.
type item struct {
	st    *state
	score float32
	cost  int32   // training: gold arcs made unreachable so far
	hist  []int32 // training: the transitions so far (step encoding)
}

// cand is a scored expansion of a beam item by one action.
type cand struct {
	parent int
	action int
	score  float32
	cost   int32
}

// beam is the reusable scratch of a beam search.
type beam struct {
	root      *state // the loaded sentence; items share its word attributes
	cur, next []*item
	free      []*item
	cands     []cand
	last      []int32 // per item of cur: index in the new beam of its last expansion, or -1
	// labels caches the label chosen for an arc by the hash of the arc's
	// label features: items of one search often make the same arc in the
	// same context. Valid for one sentence and one set of weights.
	labels map[uint64]int32
}

func newBeam(nlabels int) *beam {
	return &beam{root: &state{feats: make([]uint64, 0, 256), score: make([]float32, nlabels+nActions)}, labels: map[uint64]int32{}}
}

func (b *beam) alloc(nlabels int) *item {
	if n := len(b.free); n > 0 {
		it := b.free[n-1]
		b.free = b.free[:n-1]
		return it
	}
	return &item{st: &state{feats: make([]uint64, 0, 256), score: make([]float32, nlabels+nActions)}}
}

func (b *beam) release(its []*item) {
	b.free = append(b.free, its...)
}

// step encodes a transition and its label.
func step(a int, lab int32) int32 { return int32(a) | max(lab, 0)<<2 }

// copyFrom makes s the configuration of o. The word attributes are not
// copied but shared, as they never change during a parse: a state so made
// must not be loaded with another sentence.
func (s *state) copyFrom(o *state) {
	m := o.n + 1
	s.n, s.b = o.n, o.b
	s.stack = append(s.stack[:0], o.stack...)
	cp := func(dst, src []int32) []int32 {
		if cap(dst) < m {
			dst = make([]int32, m)
		}
		dst = dst[:m]
		copy(dst, src)
		return dst
	}
	cpU := func(dst, src []uint64) []uint64 {
		if cap(dst) < m {
			dst = make([]uint64, m)
		}
		dst = dst[:m]
		copy(dst, src)
		return dst
	}
	s.head, s.lab = cp(s.head, o.head), cp(s.lab, o.lab)
	s.lc1, s.lc2, s.rc1, s.rc2 = cp(s.lc1, o.lc1), cp(s.lc2, o.lc2), cp(s.rc1, o.rc1), cp(s.rc2, o.rc2)
	s.nl, s.nr, s.fn = cp(s.nl, o.nl), cp(s.nr, o.nr), cp(s.fn, o.fn)
	s.lset, s.rset = cpU(s.lset, o.lset), cpU(s.rset, o.rset)
	if cap(s.in) < m {
		s.in = make([]bool, m)
	}
	s.in = s.in[:m]
	copy(s.in, o.in)
	s.w, s.p, s.u, s.lem, s.suf, s.shp, s.amb = o.w, o.p, o.u, o.lem, o.suf, o.shp, o.amb
	s.npunct, s.nverb = o.npunct, o.nverb
	s.guide = o.guide
}

// sortCands orders candidates best first; ties go to the earlier parent and
// the lower action, so the search is deterministic.
func sortCands(cs []cand) {
	slices.SortFunc(cs, func(a, b cand) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		case a.parent != b.parent:
			return a.parent - b.parent
		}
		return a.action - b.action
	})
}

// expand appends the valid expansions of the items of b.cur to b.cands.
func (p *Parser) expand(b *beam) {
	b.cands = b.cands[:0]
	for i, it := range b.cur {
		sc := p.beamScores(it.st)
		ok := it.st.valid()
		for a := 0; a < nActions; a++ {
			if ok[a] {
				b.cands = append(b.cands, cand{parent: i, action: a, score: it.score + sc[a]})
			}
		}
	}
}

// forced reports whether st allows a single action.
func forced(st *state) bool {
	ok := st.valid()
	n := 0
	for _, v := range ok {
		if v {
			n++
		}
	}
	return n == 1
}

// beamScores returns the action scores of st for the beam search, which
// leaves the moves that have no alternative unscored (they move the scores
// of all the items that make them alike).
func (p *Parser) beamScores(st *state) [nActions]float32 {
	if forced(st) {
		return [nActions]float32{}
	}
	return p.actionScores(st)
}

// beamParse parses the sentence loaded in b.root with a beam of k items
// and returns the final configuration of the best one.
func (p *Parser) beamParse(b *beam, k int) *state {
	clear(b.labels)
	b.release(b.cur)
	it := b.alloc(len(p.labels))
	it.st.copyFrom(b.root)
	it.score = 0
	b.cur = append(b.cur[:0], it)
	for !b.cur[0].st.terminal() {
		p.expand(b)
		sortCands(b.cands)
		top := b.cands[:min(k, len(b.cands))]
		// The last surviving expansion of an item takes over the item's
		// state; the others copy it first.
		b.last = b.last[:0]
		for range b.cur {
			b.last = append(b.last, -1)
		}
		for j, c := range top {
			b.last[c.parent] = int32(j)
		}
		b.next = b.next[:0]
		for j, c := range top {
			var it *item
			if b.last[c.parent] != int32(j) {
				it = b.alloc(len(p.labels))
				it.st.copyFrom(b.cur[c.parent].st)
			}
			b.next = append(b.next, it)
		}
		for j, c := range top {
			it := b.next[j]
			if it == nil {
				it = b.cur[c.parent]
				b.next[j] = it
			}
			it.score = c.score
			p.apply(b, it.st, c.action)
		}
		for i, it := range b.cur {
			if b.last[i] < 0 {
				b.free = append(b.free, it)
			}
		}
		b.cur, b.next = b.next, b.cur[:0]
	}
	return b.cur[0].st
}

// add adds delta to the weight of class cls of each feature, recording the
// step for the average.
func (t *table) add(feats []uint64, cls int, delta float32, step float64) {
	for _, f := range feats {
		i := int(f&t.mask)*t.ncls + cls
		t.w[i] += delta
		t.u[i] += float64(delta) * step
	}
}

// searchTrain runs a training beam search of width k over ex (loaded in
// b.root) and returns the transitions of the predicted and of the gold
// sequence at the step where the predicted one outscores the gold one the
// most (Huang, Fayong and Guo 2012, "max-violation"), or nil when the beam
// ends on the gold tree. The gold sequence is latent: at each step it is
// the best-scoring configuration that has lost no gold arc, in the beam or
// out of it.
func (p *Parser) searchTrain(b *beam, g *gold, k int, pred, gsteps []int32) ([]int32, []int32) {
	nl := len(p.labels)
	clear(b.labels)
	b.release(b.cur)
	it := b.alloc(nl)
	it.st.copyFrom(b.root)
	it.score, it.cost, it.hist = 0, 0, it.hist[:0]
	b.cur = append(b.cur[:0], it)
	// gi is the gold item's index in b.cur, or -1 when it fell out, in
	// which case gold holds it.
	gi := 0
	gold := b.alloc(nl)
	var maxViol float32
	pred, gsteps = pred[:0], gsteps[:0]
	found := false
	for !b.cur[0].st.terminal() {
		p.expand(b)
		for j := range b.cands {
			c := &b.cands[j]
			par := b.cur[c.parent]
			c.cost = par.cost + int32(g.costs(par.st)[c.action])
		}
		// the best zero-cost expansion of the gold item
		var gc cand
		gc.parent = -2
		if gi >= 0 {
			for _, c := range b.cands {
				if c.parent == gi && c.cost == 0 && (gc.parent == -2 || c.score > gc.score) {
					gc = c
				}
			}
		} else {
			sc := p.beamScores(gold.st)
			cs := g.costs(gold.st)
			for a := 0; a < nActions; a++ {
				if cs[a] == 0 && (gc.parent == -2 || gold.score+sc[a] > gc.score) {
					gc = cand{parent: -1, action: a, score: gold.score + sc[a]}
				}
			}
		}
		// other zero-cost items of the beam may outscore it
		for _, c := range b.cands {
			if c.cost == 0 && c.score > gc.score {
				gc = c
			}
		}
		sortCands(b.cands)
		top := b.cands[:min(k, len(b.cands))]
		b.next = b.next[:0]
		newGi := -1
		for j, c := range top {
			par := b.cur[c.parent]
			it := b.alloc(nl)
			it.st.copyFrom(par.st)
			it.score, it.cost = c.score, c.cost
			h, d := arcEnds(par.st, c.action)
			lab := int32(-1)
			if c.action != shift {
				lab = p.labelFor(b, par.st, h, d)
			}
			it.hist = append(append(it.hist[:0], par.hist...), step(c.action, lab))
			p.arc(it.st, c.action, lab)
			b.next = append(b.next, it)
			if gc.parent >= 0 && c.parent == gc.parent && c.action == gc.action {
				newGi = j
			}
		}
		if newGi < 0 {
			// the gold item is out of the beam: follow it on its own
			src := gold
			if gc.parent >= 0 {
				src = b.cur[gc.parent]
			}
			h, d := arcEnds(src.st, gc.action)
			lab := int32(-1)
			if gc.action != shift {
				lab = p.labelFor(b, src.st, h, d)
			}
			if src != gold {
				gold.st.copyFrom(src.st)
				gold.hist = append(gold.hist[:0], src.hist...)
			}
			gold.hist = append(gold.hist, step(gc.action, lab))
			gold.score = gc.score
			p.arc(gold.st, gc.action, lab)
		}
		gi = newGi
		b.release(b.cur)
		b.cur, b.next = b.next, b.cur[:0]
		gscore := gc.score
		if v := b.cur[0].score - gscore; b.cur[0].cost > 0 && (v > maxViol || !found && v >= 0) {
			maxViol = v
			found = true
			pred = append(pred[:0], b.cur[0].hist...)
			if gi >= 0 {
				gsteps = append(gsteps[:0], b.cur[gi].hist...)
			} else {
				gsteps = append(gsteps[:0], gold.hist...)
			}
		}
	}
	b.release([]*item{gold})
	if !found || b.cur[0].cost == 0 {
		return nil, nil
	}
	return pred, gsteps
}

// apply applies action a to st, labelling arcs with labelFor.
func (p *Parser) apply(b *beam, st *state, a int) {
	if a == shift {
		st.apply(shift, 0, 0, false)
		return
	}
	h, d := arcEnds(st, a)
	l := p.labelFor(b, st, h, d)
	st.apply(a, l, p.univ[l], p.isFn[l])
}

// labelFor returns the label the model gives the arc h -> d in st, from
// the cache of b when the search has labelled the arc in the same context.
func (p *Parser) labelFor(b *beam, st *state, h, d int32) int32 {
	if h == 0 {
		return p.root
	}
	key := uint64(h)<<32 | uint64(d)
	for _, f := range st.labelFeatures(h, d) {
		key = mix(key, f)
	}
	if l, ok := b.labels[key]; ok {
		return l
	}
	l := p.bestLabel(st, h, d)
	b.labels[key] = l
	return l
}

// replay applies the transitions steps to a copy of root in st, calling fn
// with the configuration before each transition from index from on.
func (p *Parser) replay(st, root *state, steps []int32, fn func(i int, a int)) {
	st.copyFrom(root)
	for i, x := range steps {
		a, lab := int(x&3), x>>2
		if fn != nil {
			fn(i, a)
		}
		if a == shift {
			st.apply(shift, 0, 0, false)
		} else {
			st.apply(a, lab, p.univ[lab], p.isFn[lab])
		}
	}
}
