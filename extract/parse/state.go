package parse

// Transitions of the arc-hybrid system (Kuhlmann, Gómez-Rodríguez and Satta
// 2011). The stack starts with the artificial root (position 0); the buffer
// holds positions b..n.
//
//	shift: move the buffer front b0 onto the stack
//	left:  make b0 the head of the stack top s0, pop s0
//	right: make s1 the head of s0, pop s0
//
// A word is popped only when it is complete, so the label of an arc is
// chosen knowing the dependent's whole subtree. Right arcs from the root are
// allowed only as the very last transition, which gives every tree exactly
// one root.
const (
	shift = iota
	left
	right
	nActions
)

// state is a parser configuration plus the per-word attributes features
// read. It is reused across sentences; nothing in it is allocated per
// transition.
type state struct {
	n     int     // number of words; positions 1..n, 0 is the root
	stack []int32 // positions, top last
	b     int32   // buffer front
	in    []bool  // in[i]: i is on the stack

	head, lab          []int32 // head position (-1 none) and label index (-1 none)
	lc1, lc2, rc1, rc2 []int32 // leftmost, second leftmost, rightmost, second rightmost child (-1 none)
	nl, nr             []int32 // number of left and right children
	lset, rset         []uint64
	fn                 []int32 // leftmost case/mark child (-1 none)

	// word attributes, hashed
	w, p, u, lem, suf, shp, amb []uint64

	npunct, nverb []int32 // counts before each position (n+2 entries)

	feats []uint64 // scratch for feature hashes
	score []float32

	guide // the guide parse (stacking), see guide.go
}

func (s *state) reset(n int) {
	s.n = n
	m := n + 1
	grow := func(x []int32) []int32 {
		if cap(x) < m {
			return make([]int32, m)
		}
		return x[:m]
	}
	growU := func(x []uint64) []uint64 {
		if cap(x) < m {
			return make([]uint64, m)
		}
		return x[:m]
	}
	s.head, s.lab = grow(s.head), grow(s.lab)
	s.lc1, s.lc2, s.rc1, s.rc2 = grow(s.lc1), grow(s.lc2), grow(s.rc1), grow(s.rc2)
	s.nl, s.nr, s.fn = grow(s.nl), grow(s.nr), grow(s.fn)
	s.lset, s.rset = growU(s.lset), growU(s.rset)
	s.w, s.p, s.u, s.lem, s.suf, s.shp, s.amb = growU(s.w), growU(s.p), growU(s.u), growU(s.lem), growU(s.suf), growU(s.shp), growU(s.amb)
	if cap(s.npunct) < m+1 {
		s.npunct, s.nverb = make([]int32, m+1), make([]int32, m+1)
	}
	s.npunct, s.nverb = s.npunct[:m+1], s.nverb[:m+1]
	if cap(s.in) < m {
		s.in = make([]bool, m)
	}
	s.in = s.in[:m]
	for i := 0; i < m; i++ {
		s.head[i], s.lab[i] = -1, -1
		s.lc1[i], s.lc2[i], s.rc1[i], s.rc2[i] = -1, -1, -1, -1
		s.nl[i], s.nr[i], s.fn[i] = 0, 0, -1
		s.lset[i], s.rset[i] = 0, 0
		s.in[i] = false
	}
	s.stack = append(s.stack[:0], 0)
	s.in[0] = true
	s.b = 1
}

func (s *state) terminal() bool { return int(s.b) > s.n && len(s.stack) == 1 }

// valid reports which actions are allowed.
func (s *state) valid() (ok [nActions]bool) {
	k := len(s.stack)
	buf := int(s.b) <= s.n
	ok[shift] = buf
	ok[left] = buf && k > 1
	ok[right] = k > 2 || (k == 2 && !buf)
	return ok
}

// s returns the i-th stack item from the top, or -1.
func (s *state) st(i int) int32 {
	k := len(s.stack) - 1 - i
	if k < 0 {
		return -1
	}
	return s.stack[k]
}

// bf returns the i-th buffer item, or -1.
func (s *state) bf(i int) int32 {
	x := s.b + int32(i)
	if int(x) > s.n {
		return -1
	}
	return x
}

// apply performs action a; for arcs, label is the arc's label index and
// univ its universal relation index (for label sets), isFn whether it is a
// case or mark relation.
func (s *state) apply(a int, label int32, univ int, isFn bool) {
	switch a {
	case shift:
		s.stack = append(s.stack, s.b)
		s.in[s.b] = true
		s.b++
	case left:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.in[d] = false
		h := s.b
		s.head[d], s.lab[d] = h, label
		s.lc2[h], s.lc1[h] = s.lc1[h], d
		s.nl[h]++
		s.lset[h] |= 1 << uint(univ&63)
		if isFn {
			s.fn[h] = d
		}
	case right:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.in[d] = false
		h := s.stack[len(s.stack)-1]
		s.head[d], s.lab[d] = h, label
		s.rc2[h], s.rc1[h] = s.rc1[h], d
		s.nr[h]++
		s.rset[h] |= 1 << uint(univ&63)
		if isFn && s.fn[h] < 0 {
			s.fn[h] = d
		}
	}
}
