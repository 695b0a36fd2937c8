// Package mst is a first-order graph-based dependency parser: it scores
// every possible head-dependent arc of a sentence independently
// (arc-factored, McDonald, Crammer and Pereira 2005) and finds the best
// projective tree with a single root by Eisner's (1996) dynamic
// programming. It predicts unlabeled heads only.
//
// Its heads guide extract/parse's transition parser (stacking, Nivre and
// McDonald 2008): the two make different errors, the graph-based parser
// being globally trained and exact but blind to the rest of the tree, the
// transition parser rich in features but greedy in its search.
//
// Arc features are McDonald et al.'s: the forms, lemmas, UPOS and XPOS tags
// of the head and dependent and their pairs, the tags between and around
// them, conjoined with the arc's direction and, for the tag pairs, its
// distance. They are hashed into one table of weights, trained with the
// averaged one-best MIRA (passive-aggressive) update. Scoring the n^2
// arcs reads per-sentence precomputed halves of the feature hashes, and
// decoding is O(n^3). Trained on EWT and GUM train with jackknifed tags
// (2^22 8-bit weights, 4 MB), as extract/parse's GuideFolds trains it, it
// scored UAS 83.5 on EWT dev and 82.1 on GUM dev with predicted tags, and
// parsed about 150,000 words/s on one core.
//
// Input contract: a sentence's tokens are syntactic words in order, tagged
// and lemmatized as for extract/parse.
package mst

import (
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
)

// Parser is a trained arc-factored parser. It is safe for concurrent use.
type Parser struct {
	bits uint
	w    []float32     // float weights (training), or nil
	q    []byte        // quantized weights, one byte each, or nil
	cb   []float32     // codebook of q
	dec  *[256]float32 // byte -> weight
	pool sync.Pool     // *work
}

// Heads returns the head of every word of toks: heads[i] for word i
// (1-based; 0 is the root), heads[0] = -1. The tree is projective with one
// word attached to the root. dst is reused when large enough.
func (p *Parser) Heads(toks []doc.Token, dst []int32) []int32 {
	n := len(toks)
	if cap(dst) < n+1 {
		dst = make([]int32, n+1)
	}
	dst = dst[:n+1]
	dst[0] = -1
	if n == 0 {
		return dst
	}
	wk, ok := p.pool.Get().(*work)
	if !ok {
		wk = &work{}
	}
	wk.load(toks)
	p.scoreArcs(wk)
	wk.eisner(dst)
	p.pool.Put(wk)
	return dst
}

// weight returns the weight of feature f.
func (p *Parser) weight(f uint64) float32 {
	i := f & (1<<p.bits - 1)
	if p.q != nil {
		return p.dec[p.q[i]]
	}
	return p.w[i]
}

// scoreArcs fills wk.sc with the score of every arc.
func (p *Parser) scoreArcs(wk *work) {
	if p.q != nil {
		p.scoreArcsQ(wk)
		return
	}
	n := wk.n
	m := n + 1
	mask := uint64(1)<<p.bits - 1
	w := p.w
	for h := 0; h <= n; h++ {
		for d := 1; d <= n; d++ {
			if h == d {
				continue
			}
			var s float32
			for _, f := range wk.arcFeatures(h, d) {
				s += w[f&mask]
			}
			wk.sc[h*m+d] = s
		}
	}
}

// scoreArcsQ is scoreArcs for quantized weights, with the features of
// arcFeatures computed in place: the parse's hot loop.
func (p *Parser) scoreArcsQ(wk *work) {
	n := wk.n
	m := n + 1
	mask := uint64(1)<<p.bits - 1
	q, dec := p.q, p.dec
	nt := len(templates)
	for h := 0; h <= n; h++ {
		hu := wk.u[h]
		for d := 1; d <= n; d++ {
			if h == d {
				continue
			}
			dir, lo, hi := arcDir(h, d)
			hp := wk.hp[(h*3+dir-1)*ntmpl : (h*3+dir)*ntmpl]
			at := wk.at[d*nattr : (d+1)*nattr : (d+1)*nattr]
			var s float32
			for k, t := range templates {
				x := (hp[k] ^ at[t[1]&(nattr-1)]) * k2
				s += dec[q[(x^x>>29)&mask]]
			}
			hp = hp[nt:]
			dh := distHash[bucket(hi-lo)]
			for k, t := range distTemplates {
				x := (hp[k] ^ at[t[1]&(nattr-1)] ^ dh) * k2
				s += dec[q[(x^x>>29)&mask]]
			}
			a, b := wk.pre[(lo+1)*ntags:(lo+2)*ntags:(lo+2)*ntags], wk.pre[hi*ntags:(hi+1)*ntags:(hi+1)*ntags]
			hd := mix(hu, wk.u[d]) + uint64(dir)*k3
			for k := range b {
				if b[k] > a[k] {
					s += dec[q[feat(uint64(64+k), hd, 0)&mask]]
				}
			}
			wk.sc[h*m+d] = s
		}
	}
}
