package parse

import (
	"github.com/textgraph/textgraph/extract/internal/ml"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

// Features are 64-bit hashes of a template number and atomic values; the
// weight tables are indexed by the hash modulo their size ("hashing trick"),
// so no feature dictionary is stored.

const (
	k1 = 0x9E3779B97F4A7C15
	k2 = 0xD6E8FEB86659FD93
)

func mix(h, v uint64) uint64 {
	h ^= v + k1 + (h << 6) + (h >> 2)
	h *= k2
	h ^= h >> 29
	return h
}

func f1(t, a uint64) uint64       { return mix(mix(t*k1, a), 1) }
func f2(t, a, b uint64) uint64    { return mix(mix(mix(t*k1, a), b), 2) }
func f3(t, a, b, c uint64) uint64 { return mix(mix(mix(mix(t*k1, a), b), c), 3) }

// hashString is FNV-1a; with lower it folds ASCII letters to lower case.
var hashString = ml.HashFold

var (
	noneHash = hashString("\x00none", false)
	rootHash = hashString("\x00root", false)
)

// shape classifies a form: lower, Capitalised, UPPER, digit-bearing,
// punctuation or other.
func shape(s string) uint64 {
	if s == "" {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s)
	var upper, lower, digit, other int
	for _, c := range s {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsLower(c):
			lower++
		case unicode.IsDigit(c):
			digit++
		default:
			other++
		}
	}
	switch {
	case digit > 0:
		return 1
	case upper+lower == 0:
		return 2
	case upper == 0:
		return 3
	case lower == 0:
		return 4
	case unicode.IsUpper(r):
		return 5
	}
	return 6
}

func suffix(s string) string {
	if len(s) <= 3 {
		return s
	}
	i := len(s) - 3
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[i:]
}

// load fills the word attributes of s from the sentence's tokens. lex maps
// a lower-cased form's hash to its ambiguity class: the set of tags it had
// in training, which tells features how far to trust a predicted tag.
func (s *state) load(toks []doc.Token, lex map[uint64]uint64) {
	s.reset(len(toks))
	s.amb[0] = rootHash
	s.w[0], s.p[0], s.u[0], s.lem[0], s.suf[0], s.shp[0] = rootHash, rootHash, rootHash, rootHash, rootHash, rootHash
	for i := range toks {
		t := &toks[i]
		j := i + 1
		s.w[j] = hashString(t.Form, true)
		p := t.XPOS
		if p == "" {
			p = t.UPOS
		}
		s.u[j] = hashString(p, false)
		s.p[j] = hashString(t.UPOS, false)
		l := t.Lemma
		if l == "" {
			l = t.Form
		}
		s.lem[j] = hashString(l, true)
		s.suf[j] = hashString(suffix(t.Form), true)
		s.shp[j] = shape(t.Form)
		if a, ok := lex[s.w[j]]; ok {
			s.amb[j] = a
		} else {
			s.amb[j] = mix(s.shp[j], s.suf[j])
		}
	}
	// npunct[i], nverb[i]: punctuation marks and verbs among positions 1..i-1
	s.npunct[0], s.nverb[0] = 0, 0
	s.npunct[1], s.nverb[1] = 0, 0
	for i := range toks {
		t := &toks[i]
		p, v := s.npunct[i+1], s.nverb[i+1]
		if t.UPOS == "PUNCT" {
			p++
		}
		if t.UPOS == "VERB" || t.UPOS == "AUX" {
			v++
		}
		s.npunct[i+2], s.nverb[i+2] = p, v
	}
}

func (s *state) gw(x int32) uint64 {
	if x < 0 {
		return noneHash
	}
	return s.w[x]
}

func (s *state) gp(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.p[x]
}

func (s *state) gu(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.u[x]
}

func (s *state) glem(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.lem[x]
}

func (s *state) ga(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.amb[x]
}

func (s *state) gshp(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.shp[x]
}

func (s *state) gsuf(x int32) uint64 {
	if x < 0 || int(x) > s.n {
		return noneHash
	}
	return s.suf[x]
}

func (s *state) gl(x int32) uint64 {
	if x < 0 {
		return 1 << 20
	}
	return uint64(s.lab[x] + 1)
}

func at(a []int32, x int32) int32 {
	if x < 0 {
		return -1
	}
	return a[x]
}

func dist(d int32) uint64 {
	switch {
	case d < 0:
		return 99
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	case d <= 14:
		return 7
	}
	return 8
}

func cnt(v int32) uint64 {
	if v > 4 {
		return 4
	}
	return uint64(v)
}

// actionFeatures fills s.feats with the features scoring the transitions:
// Zhang and Nivre's (2011) rich templates adapted to the arc-hybrid system,
// where the stack top s0 takes its head either from the buffer front b0 or
// from s1.
func (s *state) actionFeatures() []uint64 {
	f := s.feats[:0]
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1, b2 := s.bf(0), s.bf(1), s.bf(2)
	s0w, s0p, s1w, s1p, s2w, s2p := s.gw(s0), s.gp(s0), s.gw(s1), s.gp(s1), s.gw(s2), s.gp(s2)
	b0w, b0p, b1w, b1p, b2w, b2p := s.gw(b0), s.gp(b0), s.gw(b1), s.gp(b1), s.gw(b2), s.gp(b2)
	s0l1, s0l2, s0r1, s0r2 := at(s.lc1, s0), at(s.lc2, s0), at(s.rc1, s0), at(s.rc2, s0)
	s1l1, s1r1, s1r2 := at(s.lc1, s1), at(s.rc1, s1), at(s.rc2, s1)
	b0l1, b0l2 := at(s.lc1, b0), at(s.lc2, b0)
	s0wp, s1wp, b0wp, b1wp, b2wp := mix(s0w, s0p), mix(s1w, s1p), mix(b0w, b0p), mix(b1w, b1p), mix(b2w, b2p)
	var d1, d2 uint64 = 99, 99
	if s0 >= 0 && b0 >= 0 {
		d1 = dist(b0 - s0)
	}
	if s1 >= 0 {
		d2 = dist(s0 - s1)
	}
	var s0vl, s0vr, s1vl, s1vr, b0vl uint64
	var s0sl, s0sr, s1sl, s1sr, b0sl uint64
	if s0 >= 0 {
		s0vl, s0vr, s0sl, s0sr = cnt(s.nl[s0]), cnt(s.nr[s0]), s.lset[s0], s.rset[s0]
	}
	if s1 >= 0 {
		s1vl, s1vr, s1sl, s1sr = cnt(s.nl[s1]), cnt(s.nr[s1]), s.lset[s1], s.rset[s1]
	}
	if b0 >= 0 {
		b0vl, b0sl = cnt(s.nl[b0]), s.lset[b0]
	}
	// single words
	f = append(f, 1,
		f1(1, s0wp), f1(2, s0w), f1(3, s0p),
		f1(4, b0wp), f1(5, b0w), f1(6, b0p),
		f1(7, b1wp), f1(8, b1w), f1(9, b1p),
		f1(10, b2wp), f1(11, b2w), f1(12, b2p),
		f1(13, s1wp), f1(14, s1w), f1(15, s1p),
		f1(16, s2w), f1(17, s2p),
	)
	// word pairs
	f = append(f,
		f2(20, s0wp, b0wp), f2(21, s0wp, b0w), f2(22, s0w, b0wp), f2(23, s0wp, b0p),
		f2(24, s0p, b0wp), f2(25, s0w, b0w), f2(26, s0p, b0p), f2(27, b0p, b1p),
		f2(28, s1wp, s0wp), f2(29, s1wp, s0w), f2(30, s1w, s0wp), f2(31, s1wp, s0p),
		f2(32, s1p, s0wp), f2(33, s1w, s0w), f2(34, s1p, s0p), f2(35, s0w, b1w),
	)
	// three words
	f = append(f,
		f3(40, b0p, b1p, b2p), f3(41, s0p, b0p, b1p), f3(42, s1p, s0p, b0p),
		f3(43, s0p, s.gp(s0l1), b0p), f3(44, s0p, s.gp(s0r1), b0p), f3(45, s0p, b0p, s.gp(b0l1)),
		f3(46, s2p, s1p, s0p), f3(47, s1p, s.gp(s1r1), s0p), f3(48, s1p, s0p, s.gp(s0l1)),
		f3(49, s1p, s.gp(s1l1), s0p), f3(50, s1p, s0p, s.gp(s0r1)), f3(51, s1w, s0p, b0p),
		f3(52, s1p, s0w, b0p), f3(53, s1p, s0p, b0w),
	)
	// distance
	f = append(f,
		f2(60, s0w, d1), f2(61, s0p, d1), f2(62, b0w, d1), f2(63, b0p, d1),
		f3(64, s0w, b0w, d1), f3(65, s0p, b0p, d1),
		f2(66, s1w, d2), f2(67, s1p, d2), f2(68, s0w, d2), f2(69, s0p, d2),
		f3(70, s1w, s0w, d2), f3(71, s1p, s0p, d2),
	)
	// valency
	f = append(f,
		f2(80, s0w, s0vr), f2(81, s0p, s0vr), f2(82, s0w, s0vl), f2(83, s0p, s0vl),
		f2(84, b0w, b0vl), f2(85, b0p, b0vl), f2(86, s1w, s1vr), f2(87, s1p, s1vr),
		f2(88, s1p, s1vl),
	)
	// children
	f = append(f,
		f1(90, s.gw(s0l1)), f1(91, s.gp(s0l1)), f1(92, s.gl(s0l1)),
		f1(93, s.gw(s0r1)), f1(94, s.gp(s0r1)), f1(95, s.gl(s0r1)),
		f1(96, s.gw(b0l1)), f1(97, s.gp(b0l1)), f1(98, s.gl(b0l1)),
		f1(99, s.gw(s1r1)), f1(100, s.gp(s1r1)), f1(101, s.gl(s1r1)),
		f1(102, s.gp(s1l1)), f1(103, s.gl(s1l1)),
		f1(104, s.gw(s0l2)), f1(105, s.gp(s0l2)), f1(106, s.gl(s0l2)),
		f1(107, s.gw(s0r2)), f1(108, s.gp(s0r2)), f1(109, s.gl(s0r2)),
		f1(110, s.gw(b0l2)), f1(111, s.gp(b0l2)), f1(112, s.gl(b0l2)),
		f3(113, s0p, s.gp(s0l1), s.gp(s0l2)), f3(114, s0p, s.gp(s0r1), s.gp(s0r2)),
		f3(115, b0p, s.gp(b0l1), s.gp(b0l2)), f3(116, s1p, s.gp(s1r1), s.gp(s1r2)),
		f2(117, s0p, s.gl(s0l1)), f2(118, s0p, s.gl(s0r1)), f2(119, b0p, s.gl(b0l1)),
		f2(120, s1p, s.gl(s1r1)),
	)
	// label sets
	f = append(f,
		f2(130, s0w, s0sr), f2(131, s0p, s0sr), f2(132, s0w, s0sl), f2(133, s0p, s0sl),
		f2(134, b0w, b0sl), f2(135, b0p, b0sl), f2(136, s1p, s1sr), f2(137, s1p, s1sl),
		f3(138, s1p, s0p, s0sl|s0sr<<32), f3(139, s0p, b0p, s0sr),
	)
	// context: surface neighbours, lookahead, lemmas, universal tags, function words
	b3 := s.bf(3)
	s0fn, s1fn, b0fn := at(s.fn, s0), at(s.fn, s1), at(s.fn, b0)
	var d3 uint64 = 99
	if s1 >= 0 && b0 >= 0 {
		d3 = dist(b0 - s1)
	}
	s0u, s1u, b0u := s.gu(s0), s.gu(s1), s.gu(b0)
	f = append(f,
		f1(140, s.gp(b3)), f2(141, b0w, b1w), f3(142, s1w, b0w, s0p), f3(143, s1p, b0p, d3),
		f3(144, s0p, s.gp(s0+1), b0p), f3(145, s0p, s.gp(b0-1), b0p), f3(146, s1p, s.gp(s1+1), s0p),
		f3(147, s0p, s.gp(s0-1), b0p), f3(148, s1p, s0p, s.gp(s0-1)),
		f2(149, s.glem(s0), s.glem(b0)), f2(150, s.glem(s1), s.glem(s0)),
		f3(151, s1u, s0u, b0u), f3(152, s0u, b0u, s.gu(b1)),
		f3(153, s1w, s.gw(s0fn), s0p), f3(154, b0w, s.gw(s0fn), s0p), f3(155, s0w, s.gw(s1fn), s1p),
		f2(156, s.gw(s0fn), b0p), f3(157, s1p, s.gw(s0fn), s0w), f3(158, s.gw(s0fn), s0w, b0w),
	)
	// what lies between: punctuation and verbs between s0 and b0, s1 and s0
	var bt1, bt2 uint64 = 99, 99
	if s0 >= 0 && b0 >= 0 {
		bt1 = uint64(min(s.npunct[b0]-s.npunct[s0+1], 3))<<4 | uint64(min(s.nverb[b0]-s.nverb[s0+1], 3))
	}
	if s1 >= 0 && s0 >= 0 {
		bt2 = uint64(min(s.npunct[s0]-s.npunct[s1+1], 3))<<4 | uint64(min(s.nverb[s0]-s.nverb[s1+1], 3))
	}
	f = append(f,
		f3(170, s0w, s.gw(b0fn), b0p), f3(171, s0p, s.gw(b0fn), b0w), f3(172, s0p, s.gw(b0fn), b0p),
		f3(173, s1p, s.gw(b0fn), s0p), f3(174, s.glem(s0), s.gw(b0fn), s.glem(b0)),
		f3(175, s.glem(s1), s.gw(s0fn), s.glem(s0)), f3(176, s2p, s0p, b0p), f3(177, s2w, s1p, s0p),
		f3(178, s0w, s0p, s.gl(s0l1)), f3(179, b0w, s.gl(b0l1), s.gl(b0l2)),
		f3(164, s.gshp(s0), s.gshp(b0), s0p), f3(165, s.gshp(s1), s.gshp(s0), s1p),
		f2(166, s.gsuf(s0), b0p), f2(167, s.gsuf(b0), s0p), f2(168, s.gsuf(s1), s0p), f2(169, s.gsuf(s0), s1p),
		f2(189, s.gsuf(s0), s.gsuf(b0)), f2(190, s.gsuf(s1), s.gsuf(s0)), f3(191, s0w, b0w, s1w),
		f1(192, s.ga(s0)), f1(193, s.ga(b0)), f1(194, s.ga(s1)), f1(195, s.ga(b1)),
		f2(196, s.ga(s0), s0p), f2(197, s.ga(b0), b0p), f2(198, s.ga(s1), s1p),
		f2(199, s.ga(s0), s.ga(b0)), f2(200, s.ga(s1), s.ga(s0)), f3(201, s.ga(s0), b0p, s0p),
		f3(202, s0p, s.ga(b0), b0p), f3(203, s1p, s0p, s.ga(b0)), f2(204, s.ga(b0), s.ga(b1)),
		f3(160, s0p, b0p, bt1), f3(161, s1p, s0p, bt2), f3(162, s0w, b0p, bt1), f3(163, s1p, s0w, bt2),
	)
	f = s.guideFeatures(f)
	s.feats = f
	return f
}

// labelFeatures fills s.feats with the features choosing the label of the
// arc from h to d. d is complete (all its children are attached and
// labelled); h has only its children so far.
func (s *state) labelFeatures(h, d int32) []uint64 {
	f := s.feats[:0]
	var dir uint64 = 1 << 40
	if h > d {
		dir = 2 << 40
	}
	dist := dir | dist(abs32(h-d))
	dw, dp, du, dl := s.w[d], s.p[d], s.u[d], s.lem[d]
	hw, hp, hl := s.w[h], s.p[h], s.lem[h]
	dset := s.lset[d] | s.rset[d]<<32
	hset := s.lset[h] | s.rset[h]<<32
	fn := s.fn[d]
	fnw := s.gw(fn)
	f = append(f, dir,
		f2(1, dir, dw), f2(2, dir, dp), f2(3, dir, du), f2(4, dir, dl),
		f2(5, dir, hw), f2(6, dir, hp), f2(7, dir, hl),
		f3(8, dir, dw, hp), f3(9, dir, dp, hw), f3(10, dir, dp, hp), f3(11, dir, dl, hl),
		f3(12, dist, dp, hp), f2(13, dist, du),
		f3(14, dir, dp, dset), f3(15, dir, du, s.lset[d]), f3(16, dir, du, s.rset[d]),
		f2(17, dir, fnw), f3(18, dir, fnw, hp), f3(19, dir, fnw, dp), f3(20, dir, fnw, hl),
		f3(21, dir, dp, s.gl(s.lc1[d])), f3(22, dir, dp, s.gl(s.rc1[d])),
		f3(23, dir, dp, s.gw(s.lc1[d])), f3(24, dir, du, s.gp(s.rc1[d])),
		f3(25, dir, dp, hset), f3(26, dir, dp, s.gl(s.lc1[h])), f3(27, dir, dp, s.gl(s.rc1[h])),
		f3(28, dir, s.suf[d], hp), f3(29, dir, s.shp[d], du), f3(30, dir, s.shp[d], hp),
		f3(31, dir, dp, s.gp(d-1)), f3(32, dir, dp, s.gp(s.bf(0))), f3(33, dir, du, s.gw(d-1)),
		f3(34, dir, dp, cnt(s.nl[d])<<4|cnt(s.nr[d])), f3(35, dir, hp, cnt(s.nl[h])<<4|cnt(s.nr[h])),
		f3(36, dir, dw, hw), f3(37, dir, hp, s.gp(h+1)), f3(38, dir, hp, s.gp(h-1)),
		f3(39, dir, fnw, dset), f3(40, dist, dl, hp),
		f2(41, dir, s.amb[d]), f3(42, dir, s.amb[d], hp), f3(43, dir, s.amb[d], du), f3(44, dir, s.amb[h], dp),
	)
	s.feats = f
	return f
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}
