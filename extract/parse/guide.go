package parse

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/parse/mst"
)

// Stacking (Nivre and McDonald 2008): a graph-based parser (extract/parse/mst)
// parses the sentence first, and features of the transition parser tell
// whether its candidate arcs agree with that parse. The guide is trained on
// the same training set; the transition parser learns from guide heads
// jackknifed over folds of it, so it learns how far to trust guide parses
// of unseen sentences.

// GuideSearchBeam caps the beam a loaded model with a guide searches with
// (0: no cap beyond MaxSearchBeam). The guide makes the search less
// dependent on the beam: on EWT and GUM dev a model trained with
// GuideFolds 4 lost 0.1 to 0.2 UAS with a beam of 2 instead of 3 (the
// parser without a guide lost 0.6 to 0.7), and with the beam of 2 the
// pipeline ran as fast as the parser without a guide with a beam of 3.
// Set it before the first model is loaded.
var GuideSearchBeam = 2

// guide holds the guide parse of the loaded sentence. States copied from
// one another share it.
type guide struct {
	gh     []int32 // gh[i]: guide head of position i (gh[0] = -1); nil without a guide
	gkids  []int32 // guide children of i are gkids[gstart[i]:gstart[i+1]]
	gstart []int32
}

// setGuide makes heads (as mst.Parser.Heads returns them) the guide parse
// of the sentence loaded in s.
func (s *state) setGuide(heads []int32) {
	n := len(heads) - 1
	s.gh = append(s.gh[:0], heads...)
	if cap(s.gstart) < n+2 {
		s.gstart = make([]int32, n+2)
	}
	s.gstart = s.gstart[:n+2]
	clear(s.gstart)
	for d := 1; d <= n; d++ {
		s.gstart[heads[d]+1]++
	}
	for i := 1; i <= n+1; i++ {
		s.gstart[i] += s.gstart[i-1]
	}
	if cap(s.gkids) < n {
		s.gkids = make([]int32, n)
	}
	s.gkids = s.gkids[:n]
	// fill from the end so children stay in order
	for d := n; d >= 1; d-- {
		h := heads[d]
		s.gstart[h+1]--
		s.gkids[s.gstart[h+1]] = int32(d)
	}
	// gstart[h+1] now holds the start of h's children: shift back
	copy(s.gstart[:n+1], s.gstart[1:n+2])
	s.gstart[n+1] = int32(n)
}

// guideChildren returns the guide children of position x.
func (s *state) guideChildren(x int32) []int32 {
	return s.gkids[s.gstart[x]:s.gstart[x+1]]
}

// loadGuide parses toks with p's guide parser, if any, into s.
func (p *Parser) loadGuide(s *state, toks []doc.Token) {
	if p.mst == nil {
		return
	}
	s.setGuide(p.mst.Heads(toks, s.gh))
}

// guideFeatures appends to f the features that compare the configuration
// with the guide parse: where the guide heads of s0, b0 and s1 are (the
// other candidate, deeper in the stack, further in the buffer, or already
// out of reach), how many guide children of s0 wait on the buffer and of
// b0 on the stack, and the tag and distance of the guide heads.
func (s *state) guideFeatures(f []uint64) []uint64 {
	if s.gh == nil {
		return f
	}
	s0, s1, s2, b0 := s.st(0), s.st(1), s.st(2), s.bf(0)
	var c0, cb, c1, k0, kb, g0p, gbp, g0d, gbd uint64
	if s0 >= 0 {
		g := s.gh[s0]
		switch {
		case g == b0:
			c0 = 1
		case g == s1:
			c0 = 2
		case b0 >= 0 && g > b0:
			c0 = 3
		case g >= 0 && s.in[g]:
			c0 = 4
		default:
			c0 = 5
		}
		for _, k := range s.guideChildren(s0) {
			if k >= s.b {
				k0++
			}
		}
		g0p = s.gp(g)
		g0d = dist(abs32(g - s0))
		if g > s0 {
			g0d |= 16
		}
	}
	if b0 >= 0 {
		g := s.gh[b0]
		switch {
		case g == s0:
			cb = 1
		case g == s1:
			cb = 2
		case g >= 0 && g < b0 && s.in[g]:
			cb = 3
		case g > b0:
			cb = 4
		default:
			cb = 5
		}
		for _, k := range s.guideChildren(b0) {
			if k < b0 && s.in[k] {
				kb++
			}
		}
		gbp = s.gp(g)
		gbd = dist(abs32(g - b0))
		if g > b0 {
			gbd |= 16
		}
	}
	if s1 > 0 {
		g := s.gh[s1]
		switch {
		case g == s2:
			c1 = 1
		case g >= s.b:
			c1 = 2
		case g >= 0 && s.in[g]:
			c1 = 3
		default:
			c1 = 4
		}
	}
	k0, kb = min(k0, 3), min(kb, 3)
	s0w, s0p, b0w, b0p, s1p := s.gw(s0), s.gp(s0), s.gw(b0), s.gp(b0), s.gp(s1)
	c := c0<<4 | cb
	f = append(f,
		f1(300, c0), f1(301, cb), f1(302, c), f2(303, c, c1),
		f2(304, c0, s0p), f2(305, cb, b0p), f3(306, c, s0p, b0p),
		f2(307, k0, c0), f3(308, k0<<8|c0, s0p, b0p), f2(309, kb, cb), f3(310, kb<<8|cb, b0p, s0p),
		f2(311, c<<8|k0<<4|kb, c1), f2(312, c1, s1p), f3(313, c1<<8|c0, s1p, s0p),
		f3(314, c0, s0p, g0p), f3(315, cb, b0p, gbp),
		f3(316, c, s0w, b0p), f3(317, c, s0p, b0w),
		f3(318, c0, g0d, s0p), f3(319, cb, gbd, b0p),
	)
	return f
}

// guideJackknife trains guide parsers on all but one of folds parts of
// train and parses that part with each, and trains the guide of the final
// parser on the whole of train. It returns the jackknifed guide heads of
// train's sentences (in the order of train) and the final guide.
func guideJackknife(ctx context.Context, train, dev []*doc.Sentence, folds int, log io.Writer) ([][]int32, *mst.Parser, error) {
	n := len(train)
	heads := make([][]int32, n)
	var final *mst.Parser
	errs := make([]error, folds+1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(folds+1, runtime.GOMAXPROCS(0))))
	for f := 0; f <= folds; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			rest := train
			lo, hi := 0, 0
			if f < folds {
				lo, hi = n*f/folds, n*(f+1)/folds
				rest = append(append([]*doc.Sentence(nil), train[:lo]...), train[hi:]...)
			}
			g, err := mst.Train(ctx, rest, dev, mst.DefaultOptions, io.Discard)
			if err != nil {
				errs[f] = fmt.Errorf("parse: guide fold %d: %w", f+1, err)
				return
			}
			if f == folds {
				final = g
			}
			for i := lo; i < hi; i++ {
				heads[i] = g.Heads(train[i].Tokens, nil)
			}
			var msg string
			if f < folds {
				msg = fmt.Sprintf("parse: guide fold %d of %d: UAS %.2f on its part, %.2f on dev\n", f+1, folds, g.UAS(train[lo:hi]), g.UAS(dev))
			} else {
				msg = fmt.Sprintf("parse: guide: dev UAS %.2f\n", g.UAS(dev))
			}
			logMu.Lock()
			fmt.Fprint(log, msg)
			logMu.Unlock()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return heads, final, nil
}
