package mst

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/textgraph/textgraph/extract/doc"
)

// Options controls training. Zero fields take the defaults of
// DefaultOptions.
type Options struct {
	Bits   uint    // log2 of the number of hashed weights
	Epochs int     // passes over the training set; the epoch best on dev is kept
	Seed   uint64  // shuffling seed
	C      float64 // largest step of an update (MIRA's C)
}

// DefaultOptions are the options extract/parse trains its guide with.
var DefaultOptions = Options{Bits: 22, Epochs: 6, Seed: 1, C: 1}

func (o Options) withDefaults() Options {
	d := DefaultOptions
	if o.Bits > 0 {
		d.Bits = o.Bits
	}
	if o.Epochs > 0 {
		d.Epochs = o.Epochs
	}
	if o.Seed > 0 {
		d.Seed = o.Seed
	}
	if o.C > 0 {
		d.C = o.C
	}
	return d
}

type example struct {
	toks []doc.Token
	gold []int32 // gold[d] for d in 1..n, gold[0] = -1
}

// Train trains a parser on train, keeping the epoch with the best UAS on
// dev (every epoch's score goes to log; without dev the last epoch is
// kept). Sentences whose heads are not all set are skipped.
func Train(ctx context.Context, train, dev []*doc.Sentence, opts Options, log io.Writer) (*Parser, error) {
	opts = opts.withDefaults()
	if log == nil {
		log = io.Discard
	}
	var exs []example
	for _, s := range train {
		if g := goldHeads(s); g != nil {
			exs = append(exs, example{s.Tokens, g})
		}
	}
	if len(exs) == 0 {
		return nil, errors.New("mst: no usable training sentences")
	}
	size := 1 << opts.Bits
	p := &Parser{bits: opts.Bits, w: make([]float32, size)}
	u := make([]float64, size) // running sum of step*update, for the average
	avg := &Parser{bits: opts.Bits, w: make([]float32, size)}
	var best []float32
	bestUAS, bestEpoch := -1.0, 0
	rng := rand.New(rand.NewPCG(opts.Seed, 0x3a57))
	wk := &work{}
	pred := make([]int32, 0, 256)
	var ds []delta
	step := 1.0
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		var words, wrong int
		for k, ex := range exs {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("mst: training: %w", err)
				}
			}
			n := len(ex.toks)
			wk.load(ex.toks)
			p.scoreArcs(wk)
			pred = pred[:n+1]
			wk.eisner(pred)
			words += n
			// one-best MIRA: the smallest step that scores the gold
			// tree above the predicted one by its number of wrong heads
			ds = ds[:0]
			var loss, margin float64
			m := n + 1
			for d := 1; d <= n; d++ {
				g, h := int(ex.gold[d]), int(pred[d])
				if g == h {
					continue
				}
				loss++
				margin += float64(wk.sc[g*m+d] - wk.sc[h*m+d])
				for _, f := range wk.arcFeatures(g, d) {
					ds = append(ds, delta{f & (uint64(size) - 1), 1})
				}
				for _, f := range wk.arcFeatures(h, d) {
					ds = append(ds, delta{f & (uint64(size) - 1), -1})
				}
			}
			wrong += int(loss)
			if loss > 0 {
				ds = merge(ds)
				var norm float64
				for _, x := range ds {
					norm += float64(x.v * x.v)
				}
				if norm > 0 && loss-margin > 0 {
					tau := min(opts.C, (loss-margin)/norm)
					for _, x := range ds {
						v := tau * float64(x.v)
						p.w[x.i] += float32(v)
						u[x.i] += step * v
					}
				}
			}
			step++
		}
		for i, w := range p.w {
			avg.w[i] = float32(float64(w) - u[i]/step)
		}
		uas := -1.0
		if len(dev) > 0 {
			uas = avg.UAS(dev)
		}
		fmt.Fprintf(log, "mst: epoch %d: train errors %.2f%%, dev UAS %.2f (%s)\n",
			epoch, 100*float64(wrong)/float64(max(words, 1)), uas, time.Since(start).Round(time.Second))
		if len(dev) == 0 || uas > bestUAS {
			bestUAS, bestEpoch = uas, epoch
			best = append(best[:0], avg.w...)
		}
	}
	fmt.Fprintf(log, "mst: keeping epoch %d\n", bestEpoch)
	return &Parser{bits: opts.Bits, w: best}, nil
}

// delta is a change of weight i by v.
type delta struct {
	i uint64
	v float32
}

// merge sums the changes of each weight, dropping those that cancel.
func merge(ds []delta) []delta {
	slices.SortFunc(ds, func(a, b delta) int {
		switch {
		case a.i < b.i:
			return -1
		case a.i > b.i:
			return 1
		}
		return 0
	})
	out := ds[:0]
	for _, x := range ds {
		if k := len(out) - 1; k >= 0 && out[k].i == x.i {
			out[k].v += x.v
			continue
		}
		out = append(out, x)
	}
	kept := out[:0]
	for _, x := range out {
		if x.v != 0 {
			kept = append(kept, x)
		}
	}
	return kept
}

// goldHeads returns the heads of s in the form Heads returns, or nil if
// some head is not set.
func goldHeads(s *doc.Sentence) []int32 {
	n := len(s.Tokens)
	if n == 0 {
		return nil
	}
	g := make([]int32, n+1)
	g[0] = -1
	for i, t := range s.Tokens {
		if t.Head < 0 || t.Head > n || t.Head == i+1 {
			return nil
		}
		g[i+1] = int32(t.Head)
	}
	return g
}

// UAS returns the percentage of words of gold whose head p finds.
func (p *Parser) UAS(gold []*doc.Sentence) float64 {
	var n, ok int
	var heads []int32
	for _, s := range gold {
		heads = p.Heads(s.Tokens, heads)
		for i, t := range s.Tokens {
			n++
			if int(heads[i+1]) == t.Head {
				ok++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return 100 * float64(ok) / float64(n)
}
