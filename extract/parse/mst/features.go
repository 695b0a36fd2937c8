package mst

import (
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
)

// Features are 64-bit hashes of a template number, the arc's direction
// (and for some its distance) and word attributes; the weight table is
// indexed by the hash modulo its size, so no feature dictionary is stored.

const (
	k1 = 0x9E3779B97F4A7C15
	k2 = 0xD6E8FEB86659FD93
	k3 = 0xC2B2AE3D27D4EB4F
)

func mix(h, v uint64) uint64 {
	h ^= v + k1 + (h << 6) + (h >> 2)
	h *= k2
	h ^= h >> 29
	return h
}

// feat hashes a template seed and two attributes; it is cheaper than mix
// as it runs for every feature of every arc.
func feat(t, a, b uint64) uint64 {
	h := (t ^ a) * k1
	h = (h ^ h>>31 ^ b) * k2
	return h ^ h>>29
}

// hashString is FNV-1a; with lower it folds ASCII letters to lower case.
var hashString = ml.HashFold

var (
	rootHash = hashString("\x00root", false)
	edgeHash = hashString("\x00edge", false)
)

// upos numbers the universal tags for the between-words features; 0 is
// any other tag.
var upos = map[string]uint8{"ADJ": 1, "ADP": 2, "ADV": 3, "AUX": 4, "CCONJ": 5, "DET": 6, "INTJ": 7,
	"NOUN": 8, "NUM": 9, "PART": 10, "PRON": 11, "PROPN": 12, "PUNCT": 13, "SCONJ": 14, "SYM": 15,
	"VERB": 16, "X": 17}

const ntags = 18

// Word attributes a template reads, per position.
const (
	aNone = iota
	aForm
	aLemma
	aXPOS
	aUPOS
	aFormXPOS
	aNext // XPOS with the next word's
	aPrev // XPOS with the previous word's
	nattr
)

// templates pair an attribute of the head with one of the dependent. All
// are conjoined with the arc's direction; those of distTemplates also with
// its length.
var (
	templates = [][2]uint8{
		{aFormXPOS, aNone}, {aForm, aNone}, {aXPOS, aNone},
		{aNone, aFormXPOS}, {aNone, aForm}, {aNone, aXPOS},
		{aFormXPOS, aFormXPOS}, {aXPOS, aFormXPOS}, {aForm, aFormXPOS},
		{aFormXPOS, aXPOS}, {aFormXPOS, aForm}, {aForm, aForm},
		{aXPOS, aXPOS}, {aLemma, aLemma}, {aLemma, aXPOS}, {aXPOS, aLemma}, {aUPOS, aUPOS},
		{aNext, aPrev}, {aPrev, aPrev}, {aNext, aNext}, {aPrev, aNext},
	}
	distTemplates = [][2]uint8{
		{aXPOS, aXPOS}, {aUPOS, aUPOS}, {aForm, aXPOS}, {aXPOS, aForm}, {aNone, aNone},
		{aLemma, aUPOS}, {aUPOS, aLemma},
		{aNext, aXPOS}, {aXPOS, aPrev}, {aPrev, aXPOS}, {aXPOS, aNext},
	}
	ntmpl = len(templates) + len(distTemplates)
)

// distHash[b] marks the features of arcs of length bucket b.
var distHash = func() (h [11]uint64) {
	for b := range h {
		h[b] = mix(0xd157, uint64(b))
	}
	return h
}()

// work is the per-sentence scratch of a parse: hashed word attributes,
// arc scores and the charts of the decoder.
type work struct {
	n int
	// at[i*nattr+a]: attribute a of position i (0 is the root)
	at []uint64
	// hp[(i*3+dir-1)*ntmpl+k]: the head half of template k's hash for head
	// i and direction dir (1: dependent right, 2: left, 3: root)
	hp    []uint64
	u     []uint64 // UPOS hash of each position
	tag   []uint8
	pre   []uint16 // pre[i*ntags+t]: words tagged t among 1..i-1
	sc    []float32
	feats []uint64
	ch    chart
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// load fills the word attributes of wk from toks.
func (wk *work) load(toks []doc.Token) {
	n := len(toks)
	wk.n = n
	m := n + 1
	wk.at = grow(wk.at, m*nattr)
	wk.hp = grow(wk.hp, m*3*ntmpl)
	wk.u = grow(wk.u, m)
	wk.tag = grow(wk.tag, m)
	wk.pre = grow(wk.pre, (n+2)*ntags)
	wk.sc = grow(wk.sc, m*m)
	if wk.feats == nil {
		wk.feats = make([]uint64, 0, 64)
	}
	at := wk.at
	for a := range nattr {
		at[a] = rootHash
	}
	at[aNone] = 0
	wk.u[0], wk.tag[0] = rootHash, 0
	for i := range toks {
		t := &toks[i]
		a := at[(i+1)*nattr : (i+2)*nattr]
		a[aNone] = 0
		a[aForm] = hashString(t.Form, true)
		l := t.Lemma
		if l == "" {
			l = t.Form
		}
		a[aLemma] = hashString(l, true)
		x := t.XPOS
		if x == "" {
			x = t.UPOS
		}
		a[aXPOS] = hashString(x, false)
		a[aUPOS] = hashString(t.UPOS, false)
		a[aFormXPOS] = mix(a[aForm], a[aXPOS])
		wk.u[i+1] = a[aUPOS]
		wk.tag[i+1] = upos[t.UPOS]
	}
	for i := 0; i <= n; i++ {
		next, prev := edgeHash, edgeHash
		if i < n {
			next = at[(i+1)*nattr+aXPOS]
		}
		if i > 0 {
			prev = at[(i-1)*nattr+aXPOS]
		}
		x := at[i*nattr+aXPOS]
		at[i*nattr+aNext] = mix(x, next)
		at[i*nattr+aPrev] = mix(prev, x)
	}
	for i := 0; i <= n; i++ {
		for dir := uint64(1); dir <= 3; dir++ {
			hp := wk.hp[(i*3+int(dir)-1)*ntmpl:]
			for k := range ntmpl {
				var a uint8
				if k < len(templates) {
					a = templates[k][0]
				} else {
					a = distTemplates[k-len(templates)][0]
				}
				h := (dir*k3 + uint64(k+1)*k2 ^ at[i*nattr+int(a)]) * k1
				hp[k] = h ^ h>>31
			}
		}
	}
	clear(wk.pre[:2*ntags])
	for i := 2; i <= n+1; i++ {
		copy(wk.pre[i*ntags:(i+1)*ntags], wk.pre[(i-1)*ntags:i*ntags])
		wk.pre[i*ntags+int(wk.tag[i-1])]++
	}
}

// bucket groups arc lengths.
func bucket(d int) uint64 {
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 7:
		return 6
	case d <= 10:
		return 7
	case d <= 15:
		return 8
	case d <= 20:
		return 9
	}
	return 10
}

// arcDir returns the direction class of the arc from head h to dependent
// d (1: head left of the dependent, 2: head right, 3: from the root) and
// the arc's ends in order.
func arcDir(h, d int) (dir, lo, hi int) {
	dir, lo, hi = 1, h, d
	if h > d {
		dir, lo, hi = 2, d, h
	}
	if h == 0 {
		dir = 3
	}
	return dir, lo, hi
}

// arcFeatures returns the features of the arc from head h to dependent d
// (in wk.feats).
func (wk *work) arcFeatures(h, d int) []uint64 {
	dir, lo, hi := arcDir(h, d)
	hp := wk.hp[(h*3+dir-1)*ntmpl : (h*3+dir)*ntmpl]
	at := wk.at[d*nattr : (d+1)*nattr]
	f := wk.feats[:0]
	for k, t := range templates {
		x := (hp[k] ^ at[t[1]]) * k2
		f = append(f, x^x>>29)
	}
	hp = hp[len(templates):]
	dh := distHash[bucket(hi-lo)]
	for k, t := range distTemplates {
		x := (hp[k] ^ at[t[1]] ^ dh) * k2
		f = append(f, x^x>>29)
	}
	// tags of the words between
	a, b := wk.pre[(lo+1)*ntags:(lo+2)*ntags], wk.pre[hi*ntags:(hi+1)*ntags]
	hd := mix(wk.u[h], wk.u[d]) + uint64(dir)*k3
	for k := range b {
		if b[k] > a[k] {
			f = append(f, feat(uint64(64+k), hd, 0))
		}
	}
	wk.feats = f
	return f
}
