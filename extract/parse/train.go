package parse

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/model"
	"github.com/textgraph/textgraph/extract/tag"
)

// TrainOptions controls training. Zero fields take the defaults of
// DefaultTrainOptions, except Runs (zero means one) and TagFolds (zero means
// no retagging).
type TrainOptions struct {
	Epochs      int     // passes over the training set
	ActionBits  uint    // log2 of the number of hashed rows of the action model
	LabelBits   uint    // log2 of the number of hashed rows of the label model
	Explore     float64 // greedy training: probability of following a wrong prediction (dynamic oracle exploration)
	ExploreFrom int     // greedy training: first epoch (1-based) that explores
	Seed        uint64  // shuffling and exploration seed of the first run
	Runs        int     // independently shuffled trainings whose weights are averaged; they run side by side on up to GOMAXPROCS cores
	// TagFolds > 1 retags copies of the training sentences with the tagger
	// (extract/tag) jackknifed over that many folds, and the dev sentences
	// with the first fold's tagger, so the parser learns from the tags it
	// will see at run time. 0 keeps the tags of the input.
	TagFolds int
	// Beam is the width of the beam search the parser is trained for (and
	// parses with, unless SearchBeam says otherwise). Beam 1 is greedy
	// search, trained with the dynamic oracle; a wider beam trains the
	// action model on whole transition sequences (global perceptron with
	// max-violation updates).
	Beam int
	// SearchBeam is the width of the beam the trained parser searches with
	// (zero: Beam when Beam is set, else the default). A narrower beam
	// than the training one trades accuracy for speed: on EWT and GUM dev
	// a model trained with a beam of 4 loses 0.05 to 0.1 UAS with a beam
	// of 3, which parses the pipeline a fifth faster.
	SearchBeam int
	// GuideFolds > 1 stacks the parser on a graph-based one
	// (extract/parse/mst, see guide.go), whose heads on the training
	// sentences are jackknifed over that many folds. 0: no guide.
	//
	// With 4 (on EWT and GUM train, tags jackknifed by the current tagger;
	// predicted tags on dev) the guide alone scored UAS 83.49 on EWT dev
	// and 82.14 on GUM dev, and the stacked parser UAS/LAS 86.89/83.94 and
	// 86.59/83.80 against 86.30/83.51 and 85.85/83.02 for the same
	// training without a guide (beam of 3); with a beam of 2, 86.76/83.82
	// and 86.37/83.51 (without a guide: 85.63 and 85.26 UAS). On test it
	// gave 86.66/83.80 (EWT) and 86.17/83.17 (GUM), for 2.3 MB more
	// model. It is not the default: the open IE rules of extract/clause,
	// tuned on the embedded parser's output, lose 1.6 F1 on their tuning
	// set with it (and as much with the retrained parser without a guide).
	GuideFolds int
}

// DefaultTrainOptions are the options the embedded model was trained with.
var DefaultTrainOptions = TrainOptions{Epochs: 12, ActionBits: 22, LabelBits: 18, Explore: 0.9, ExploreFrom: 2, Seed: 1, Runs: 2, TagFolds: 4, Beam: 4, SearchBeam: 4}

func (o TrainOptions) withDefaults() TrainOptions {
	d := DefaultTrainOptions
	if o.Epochs > 0 {
		d.Epochs = o.Epochs
	}
	if o.ActionBits > 0 {
		d.ActionBits = o.ActionBits
	}
	if o.LabelBits > 0 {
		d.LabelBits = o.LabelBits
	}
	if o.Explore > 0 {
		d.Explore = o.Explore
	}
	if o.ExploreFrom > 0 {
		d.ExploreFrom = o.ExploreFrom
	}
	if o.Seed > 0 {
		d.Seed = o.Seed
	}
	d.Runs = max(o.Runs, 1)
	d.TagFolds = o.TagFolds
	d.GuideFolds = o.GuideFolds
	if o.Beam > 0 {
		d.Beam, d.SearchBeam = o.Beam, o.Beam
	}
	if o.SearchBeam > 0 {
		d.SearchBeam = o.SearchBeam
	}
	return d
}

// example is one training sentence with its gold tree.
type example struct {
	s     *doc.Sentence
	g     *gold
	guide []int32 // jackknifed guide heads, or nil
}

// table is an averaged perceptron weight table: w are the current weights,
// u the running sum of step*update, so the average is w - u/step.
type table struct {
	w    []float32
	u    []float64
	ncls int
	mask uint64
}

// bestWeights keeps the averaged weights of the epoch with the best dev LAS.
type bestWeights struct {
	las      float64
	epoch    int
	act, lab []float32
}

// offer considers the weights of an epoch (every epoch wins without a dev
// set). The weights are copied unless it is the last epoch, after which the
// caller no longer changes them.
func (b *bestWeights) offer(epoch int, last, noDev bool, las float64, act, lab []float32) {
	if !noDev && las <= b.las {
		return
	}
	b.las, b.epoch = las, epoch
	if last {
		b.act, b.lab = act, lab
		return
	}
	b.act = append(b.act[:0], act...)
	b.lab = append(b.lab[:0], lab...)
}

// applyLearning makes transition a in st, choosing (and learning) the label
// of the arc it makes.
func (p *Parser) applyLearning(ll *labelLearner, st *state, g *gold, a int) {
	if a == shift {
		st.apply(shift, 0, 0, false)
		return
	}
	h, d := arcEnds(st, a)
	l := p.learnLabel(ll, st, g, h, d)
	st.apply(a, l, p.univ[l], p.isFn[l])
}

// labelLearner trains the arc labeller along a transition sequence.
type labelLearner struct {
	lab     *table
	step    float64 // averaging step: one per arc learnt from
	n, errs int     // arcs learnt from and mislabelled, this epoch
}

// learnLabel returns the label of the arc h→d that st is about to make (the
// root label when h is the root). When the arc is right, the labeller learns
// from its gold label.
func (p *Parser) learnLabel(ll *labelLearner, st *state, g *gold, h, d int32) int32 {
	if h == 0 {
		return p.root
	}
	l := p.bestLabel(st, h, d)
	if g.head[d] == h {
		ll.n++
		if gl := g.label[d]; gl != l {
			ll.errs++
			ll.lab.update(st.feats, int(gl), int(l), ll.step)
		}
		ll.step++
	}
	return l
}

func newTable(bits uint, ncls int) *table {
	n := (1 << bits) * ncls
	return &table{w: make([]float32, n), u: make([]float64, n), ncls: ncls, mask: 1<<bits - 1}
}

func (t *table) update(feats []uint64, good, bad int, step float64) {
	for _, f := range feats {
		i := int(f&t.mask) * t.ncls
		t.w[i+good]++
		t.u[i+good] += step
		t.w[i+bad]--
		t.u[i+bad] -= step
	}
}

func (t *table) average(dst []float32, step float64) {
	for i, w := range t.w {
		dst[i] = float32(float64(w) - t.u[i]/step)
	}
}

// Train trains a parser on train, picks the epoch scoring best on dev (by
// LAS; every epoch's scores go to log) and returns it. Sentences whose heads
// are not all set are skipped.
func Train(ctx context.Context, train, dev []*doc.Sentence, opts TrainOptions, log io.Writer) (*Parser, error) {
	opts = opts.withDefaults()
	if log == nil {
		log = io.Discard
	}
	lex := lexicon(train)
	if opts.TagFolds > 1 {
		var err error
		if train, dev, err = jackknife(ctx, train, dev, opts.TagFolds, log); err != nil {
			return nil, err
		}
	}
	// labels
	seen := map[string]bool{"root": true}
	for _, s := range train {
		for _, t := range s.Tokens {
			if t.Rel != "" {
				seen[t.Rel] = true
			}
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	index := map[string]int32{}
	for i, l := range labels {
		index[l] = int32(i)
	}
	p := &Parser{actBit: opts.ActionBits, labBit: opts.LabelBits}
	p.setLabels(labels)
	p.lex = lex
	p.dirOK[0] = make([]bool, len(labels))
	p.dirOK[1] = make([]bool, len(labels))

	var guides [][]int32
	if opts.GuideFolds > 1 {
		var err error
		if guides, p.mst, err = guideJackknife(ctx, train, dev, opts.GuideFolds, log); err != nil {
			return nil, err
		}
	}
	var exs []example
	for k, s := range train {
		n := len(s.Tokens)
		if n == 0 {
			continue
		}
		heads := make([]int32, n+1)
		labs := make([]int32, n+1)
		heads[0], labs[0] = -1, -1
		okTree := true
		for i, t := range s.Tokens {
			if t.Head < 0 || t.Head > n || t.Rel == "" {
				okTree = false
				break
			}
			heads[i+1], labs[i+1] = int32(t.Head), index[t.Rel]
			if t.Head > 0 {
				dir := 0
				if t.Head < i+1 {
					dir = 1
				}
				p.dirOK[dir][labs[i+1]] = true
			}
		}
		if !okTree {
			continue
		}
		ex := example{s: s, g: newGold(projectivize(heads), labs)}
		if guides != nil {
			ex.guide = guides[k]
		}
		exs = append(exs, ex)
	}
	if len(exs) == 0 {
		return nil, errors.New("parse: no usable training sentences")
	}
	// Runs train side by side, up to GOMAXPROCS at a time, each on its own
	// copy of the parser and of the example order.
	acts, labs := make([][]float32, opts.Runs), make([][]float32, opts.Runs)
	errs := make([]error, opts.Runs)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(opts.Runs, runtime.GOMAXPROCS(0))))
	for run := 0; run < opts.Runs; run++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			q := p.trainCopy()
			tr := q.train
			if opts.Beam > 1 {
				tr = q.trainGlobal
			}
			acts[run], labs[run], errs[run] = tr(ctx, slices.Clone(exs), dev, opts, opts.Seed+uint64(run), &runLog{w: log, run: run + 1, mu: &logMu})
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	sumAct, sumLab := acts[0], labs[0]
	for run := 1; run < opts.Runs; run++ {
		for i, w := range acts[run] {
			sumAct[i] += w
		}
		for i, w := range labs[run] {
			sumLab[i] += w
		}
		acts[run], labs[run] = nil, nil
	}
	p.beam = 1
	if opts.Beam > 1 {
		p.beam = opts.SearchBeam
	}
	if opts.Runs > 1 {
		r := float32(opts.Runs)
		for i := range sumAct {
			sumAct[i] /= r
		}
		for i := range sumLab {
			sumLab[i] /= r
		}
	}
	p.act, p.lab = sumAct, sumLab
	if opts.Runs > 1 && len(dev) > 0 {
		uas, las := p.score(dev)
		fmt.Fprintf(log, "parse: average of %d runs: dev UAS %.2f LAS %.2f\n", opts.Runs, uas, las)
	}
	return p, nil
}

// trainCopy returns a parser sharing p's labels and lexicon, for one
// training run.
func (p *Parser) trainCopy() *Parser {
	q := &Parser{labels: p.labels, univ: p.univ, isFn: p.isFn, root: p.root, dirOK: p.dirOK,
		actBit: p.actBit, labBit: p.labBit, lex: p.lex, beam: p.beam, mst: p.mst}
	return q
}

var logMu sync.Mutex

// runLog prefixes each write with the run number when several runs share
// a log.
type runLog struct {
	w   io.Writer
	run int
	mu  *sync.Mutex
}

func (l *runLog) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, err := fmt.Fprintf(l.w, "[run %d] %s", l.run, b); err != nil {
		return 0, err
	}
	return len(b), nil
}

// train runs one training with the given seed and returns the averaged
// weights of the epoch scoring best on dev.
func (p *Parser) train(ctx context.Context, exs []example, dev []*doc.Sentence, opts TrainOptions, seed uint64, log io.Writer) (bestAct, bestLab []float32, err error) {
	labels := p.labels
	act := newTable(opts.ActionBits, nActions)
	lab := newTable(opts.LabelBits, len(labels))
	avgAct := make([]float32, len(act.w))
	avgLab := make([]float32, len(lab.w))
	best := bestWeights{las: -1}

	rng := rand.New(rand.NewPCG(seed, 0x7e47))
	st := &state{feats: make([]uint64, 0, 256), score: make([]float32, len(labels)+nActions)}
	stepA := 1.0
	ll := labelLearner{lab: lab, step: 1}
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		explore := epoch >= opts.ExploreFrom
		var nA, errA int
		ll.n, ll.errs = 0, 0
		p.act, p.lab = act.w, lab.w
		for k, ex := range exs {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, fmt.Errorf("parse: training: %w", err)
				}
			}
			g := ex.g
			st.load(ex.s.Tokens, p.lex)
			if ex.guide != nil {
				st.setGuide(ex.guide)
			}
			for !st.terminal() {
				sc := p.actionScores(st)
				c := g.costs(st)
				pred, good := -1, -1
				for a := 0; a < nActions; a++ {
					if c[a] >= 1<<20 {
						continue
					}
					if pred < 0 || sc[a] > sc[pred] {
						pred = a
					}
					if good < 0 || c[a] < c[good] || (c[a] == c[good] && sc[a] > sc[good]) {
						good = a
					}
				}
				nA++
				next := good
				if c[pred] > c[good] {
					errA++
					act.update(st.feats, good, pred, stepA)
					if explore && rng.Float64() < opts.Explore {
						next = pred
					}
				} else {
					next = pred
				}
				stepA++
				p.applyLearning(&ll, st, g, next)
			}
		}
		act.average(avgAct, stepA)
		lab.average(avgLab, ll.step)
		p.act, p.lab = avgAct, avgLab
		uas, las := p.score(dev)
		fmt.Fprintf(log, "parse: epoch %d: action errors %.2f%%, label errors %.2f%%, dev UAS %.2f LAS %.2f (%s)\n",
			epoch, 100*float64(errA)/float64(max(nA, 1)), 100*float64(ll.errs)/float64(max(ll.n, 1)), uas, las, time.Since(start).Round(time.Second))
		best.offer(epoch, epoch == opts.Epochs, len(dev) == 0, las, avgAct, avgLab)
	}
	fmt.Fprintf(log, "parse: keeping epoch %d\n", best.epoch)
	return best.act, best.lab, nil
}

// score returns UAS and LAS (percent) of p on gold sentences, without
// modifying them.
func (p *Parser) score(gold []*doc.Sentence) (uas, las float64) {
	var n, u, l int
	var tmp doc.Sentence
	for _, s := range gold {
		tmp.Tokens = append(tmp.Tokens[:0], s.Tokens...)
		p.ParseSentence(&tmp)
		for i, t := range s.Tokens {
			n++
			if tmp.Tokens[i].Head == t.Head {
				u++
				if tmp.Tokens[i].Rel == t.Rel {
					l++
				}
			}
		}
	}
	if n == 0 {
		return 0, 0
	}
	return 100 * float64(u) / float64(n), 100 * float64(l) / float64(n)
}

// ReadFiles reads the sentences of CoNLL-U files.
func ReadFiles(files []string) ([]*doc.Sentence, error) {
	s, err := conllu.ReadFiles(files...)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	return s, nil
}

// TrainFiles trains a parser with DefaultTrainOptions (tags jackknifed by
// the tagger) on the CoNLL-U files trainFiles, selecting the epoch on
// devFiles, and writes the gzip-compressed model to out (the format of
// parse.gz). Progress goes to log.
func TrainFiles(ctx context.Context, trainFiles, devFiles []string, out io.Writer, log io.Writer) error {
	return TrainFilesWith(ctx, trainFiles, devFiles, DefaultTrainOptions, out, log)
}

// TrainFilesWith is TrainFiles with the training options opts (for
// instance GuideFolds, to stack the parser on a graph-based one).
func TrainFilesWith(ctx context.Context, trainFiles, devFiles []string, opts TrainOptions, out io.Writer, log io.Writer) error {
	train, err := ReadFiles(trainFiles)
	if err != nil {
		return err
	}
	dev, err := ReadFiles(devFiles)
	if err != nil {
		return err
	}
	p, err := Train(ctx, train, dev, opts, log)
	if err != nil {
		return err
	}
	return model.Create(out, p.Save)
}

// jackknife returns copies of train tagged by taggers trained on the other
// folds, as the embedded tagger is (tag.EmbeddedOptions), and of dev tagged
// by the first fold's tagger.
func jackknife(ctx context.Context, train, dev []*doc.Sentence, folds int, log io.Writer) ([]*doc.Sentence, []*doc.Sentence, error) {
	clone := func(ss []*doc.Sentence) []*doc.Sentence {
		out := make([]*doc.Sentence, len(ss))
		for i, s := range ss {
			c := *s
			c.Tokens = append([]doc.Token(nil), s.Tokens...)
			out[i] = &c
		}
		return out
	}
	tr, dv := clone(train), clone(dev)
	n := len(train)
	tagOpts, err := tag.EmbeddedOptions()
	if err != nil {
		return nil, nil, fmt.Errorf("parse: jackknife: %w", err)
	}
	// Folds train side by side, up to GOMAXPROCS at a time.
	errs := make([]error, folds)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(1, min(folds, runtime.GOMAXPROCS(0))))
	for f := 0; f < folds; f++ {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			lo, hi := n*f/folds, n*(f+1)/folds
			rest := append(append([]*doc.Sentence(nil), train[:lo]...), train[hi:]...)
			tg, err := tag.Train(ctx, rest, dev, tagOpts, io.Discard)
			if err != nil {
				errs[f] = fmt.Errorf("parse: jackknife fold %d: %w", f+1, err)
				return
			}
			for _, s := range tr[lo:hi] {
				tg.TagSentence(s)
			}
			if f == 0 {
				for _, s := range dv {
					tg.TagSentence(s)
				}
			}
			logMu.Lock()
			fmt.Fprintf(log, "parse: tagged fold %d of %d\n", f+1, folds)
			logMu.Unlock()
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	return tr, dv, nil
}

// lexicon maps the hash of each lower-cased form seen at least twice in
// train to a hash of the set of gold UPOS/XPOS pairs it had.
func lexicon(train []*doc.Sentence) map[uint64]uint64 {
	count := map[uint64]int{}
	tags := map[uint64]map[string]bool{}
	for _, s := range train {
		for _, t := range s.Tokens {
			h := hashString(t.Form, true)
			count[h]++
			if tags[h] == nil {
				tags[h] = map[string]bool{}
			}
			tags[h][t.UPOS+"/"+t.XPOS] = true
		}
	}
	lex := make(map[uint64]uint64, len(count))
	for h, n := range count {
		if n < 2 {
			continue
		}
		set := make([]string, 0, len(tags[h]))
		for t := range tags[h] {
			set = append(set, t)
		}
		slices.Sort(set)
		var a uint64 = 0xa3b1
		for _, t := range set {
			a = mix(a, hashString(t, false))
		}
		lex[h] = a
	}
	return lex
}

// trainGlobal is train for beam search: the action model learns from whole
// transition sequences (a structured perceptron with max-violation updates
// on a beam of opts.Beam items), the label model as in train, from the
// arcs of a gold sequence.
func (p *Parser) trainGlobal(ctx context.Context, exs []example, dev []*doc.Sentence, opts TrainOptions, seed uint64, log io.Writer) (bestAct, bestLab []float32, err error) {
	nl := len(p.labels)
	act := newTable(opts.ActionBits, nActions)
	lab := newTable(opts.LabelBits, nl)
	avgAct := make([]float32, len(act.w))
	avgLab := make([]float32, len(lab.w))
	best := bestWeights{las: -1}
	rng := rand.New(rand.NewPCG(seed, 0x7e47))
	b := newBeam(nl)
	rs := &state{feats: make([]uint64, 0, 256), score: make([]float32, nl+nActions)}
	var pred, gsteps, gpath []int32
	stepA := 1.0
	ll := labelLearner{lab: lab, step: 1}
	p.beam = opts.Beam
	for epoch := 1; epoch <= opts.Epochs; epoch++ {
		start := time.Now()
		rng.Shuffle(len(exs), func(i, j int) { exs[i], exs[j] = exs[j], exs[i] })
		var nS, errS int
		ll.n, ll.errs = 0, 0
		p.act, p.lab = act.w, lab.w
		for k, ex := range exs {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, nil, fmt.Errorf("parse: training: %w", err)
				}
			}
			g := ex.g
			b.root.load(ex.s.Tokens, p.lex)
			if ex.guide != nil {
				b.root.setGuide(ex.guide)
			}
			nS++
			pr, gs := p.searchTrain(b, g, opts.Beam, pred, gsteps)
			if pr != nil {
				errS++
				c := 0
				for c < len(pr) && c < len(gs) && pr[c] == gs[c] {
					c++
				}
				p.replay(rs, b.root, gs, func(i, a int) {
					if i >= c && !forced(rs) {
						act.add(rs.actionFeatures(), a, 1, stepA)
					}
				})
				p.replay(rs, b.root, pr, func(i, a int) {
					if i >= c && !forced(rs) {
						act.add(rs.actionFeatures(), a, -1, stepA)
					}
				})
				pred, gsteps = pr, gs
			}
			stepA++
			// Labels learn from the arcs of a gold sequence that makes its
			// arcs as early as it can. (Learning from the arcs with a gold
			// head of the sequence the beam found does worse on dev.)
			gpath = goldSteps(rs, b.root, g, gpath[:0])
			steps := gpath
			rs.copyFrom(b.root)
			for _, x := range steps {
				p.applyLearning(&ll, rs, g, int(x&3))
			}
		}
		act.average(avgAct, stepA)
		lab.average(avgLab, ll.step)
		p.act, p.lab = avgAct, avgLab
		uas, las := p.score(dev)
		fmt.Fprintf(log, "parse: epoch %d (beam %d): sentence errors %.2f%%, label errors %.2f%%, dev UAS %.2f LAS %.2f (%s)\n",
			epoch, opts.Beam, 100*float64(errS)/float64(max(nS, 1)), 100*float64(ll.errs)/float64(max(ll.n, 1)), uas, las, time.Since(start).Round(time.Second))
		best.offer(epoch, epoch == opts.Epochs, len(dev) == 0, las, avgAct, avgLab)
	}
	fmt.Fprintf(log, "parse: keeping epoch %d\n", best.epoch)
	return best.act, best.lab, nil
}

// goldSteps appends to steps a gold transition sequence for the sentence
// loaded in root, one that makes arcs as early as it can; st is scratch.
func goldSteps(st, root *state, g *gold, steps []int32) []int32 {
	st.copyFrom(root)
	for !st.terminal() {
		cs := g.costs(st)
		a := shift
		if cs[left] == 0 {
			a = left
		} else if cs[right] == 0 {
			a = right
		}
		steps = append(steps, step(a, 0))
		st.apply(a, 0, 0, false)
	}
	return steps
}
