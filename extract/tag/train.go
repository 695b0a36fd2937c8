package tag

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"slices"
	"sort"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/internal/wordnet"
	"github.com/textgraph/textgraph/extract/model"
)

// TrainOptions tune Train. Zero values take the defaults in brackets.
type TrainOptions struct {
	Epochs   int     // passes over the training data [12]; the best epoch on dev is kept
	Bits     uint    // log2 of the feature table size [21]
	Passes   int     // 1: left-to-right only; 2: add the right-context pass [2]
	Folds    int     // jackknife folds giving the second pass its training input [4]
	MinCount int     // occurrences a word needs to enter the ambiguity lexicon [2]
	MinLabel int     // occurrences a (UPOS, XPOS) pair needs to be a label of its own [20]
	Prune    float32 // weights below this magnitude are dropped from the model [0.5]
	Dropout  float64 // share of known words trained as unknown ones [0.3; <0: none]
	Seed     int64   // shuffling seed [1]
	Seeds    int     // models trained on different shuffles and merged, per pass [1]
	WordNet  string  // WordNet database folder the word-class dictionary is read from ["": none]
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 12
	}
	if o.Bits == 0 {
		o.Bits = 21
	}
	if o.Passes <= 0 {
		o.Passes = 2
	}
	if o.Folds <= 1 {
		o.Folds = 4
	}
	if o.MinCount <= 0 {
		o.MinCount = 2
	}
	if o.MinLabel <= 0 {
		o.MinLabel = 20
	}
	if o.Prune == 0 {
		o.Prune = 0.5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.Seeds <= 0 {
		o.Seeds = 1
	}
	if o.Dropout == 0 {
		o.Dropout = 0.3
	}
}

// example is one training sentence with its precomputed word values and
// gold label indexes+1.
type example struct {
	words []word
	gold  []int
}

// Train trains a tagger on train, choosing the number of epochs on dev
// (which may be empty), and reports progress to log (which may be nil).
func Train(ctx context.Context, train, dev []*doc.Sentence, opts TrainOptions, log io.Writer) (*Tagger, error) {
	opts.defaults()
	if log == nil {
		log = io.Discard
	}
	t := &Tagger{lexicon: map[string]*entry{}}
	if err := t.buildLexicon(train, opts.MinCount, opts.MinLabel); err != nil {
		return nil, err
	}
	if opts.WordNet != "" {
		d, err := readDictionary(opts.WordNet)
		if err != nil {
			return nil, err
		}
		t.dict = d
	}
	trainEx := t.examples(train)
	devEx := t.examples(dev)
	fmt.Fprintf(log, "tag: %d labels, %d lexicon entries, %d dictionary words, %d train / %d dev sentences\n", len(t.labels), len(t.lexicon), len(t.dict), len(trainEx), len(devEx))

	start := time.Now()
	first, epochs, err := t.trainSeeds(ctx, trainEx, devEx, nil, nil, opts, log, "pass 1")
	if err != nil {
		return nil, err
	}
	t.first = first
	fmt.Fprintf(log, "tag: pass 1 done in %v (best epoch %d)\n", time.Since(start).Round(time.Second), epochs)
	if opts.Passes >= 2 {
		// Jackknife: the second pass learns from first-pass tags predicted
		// by models that did not see the sentence, as it will at run time.
		right := make([][]int, len(trainEx))
		for f := 0; f < opts.Folds; f++ {
			var in, out []example
			var outIdx []int
			for i, ex := range trainEx {
				if i%opts.Folds == f {
					out = append(out, ex)
					outIdx = append(outIdx, i)
				} else {
					in = append(in, ex)
				}
			}
			m, _, err := t.trainPass(ctx, in, nil, nil, nil, opts, epochs, io.Discard, "")
			if err != nil {
				return nil, err
			}
			sc := t.newScratch()
			for j, ex := range out {
				tags := make([]int, len(ex.words))
				t.pass(sc, m, ex.words, tags, nil, nil)
				right[outIdx[j]] = tags
			}
			fmt.Fprintf(log, "tag: jackknife fold %d/%d done (%v)\n", f+1, opts.Folds, time.Since(start).Round(time.Second))
		}
		devRight := make([][]int, len(devEx))
		sc := t.newScratch()
		for i, ex := range devEx {
			devRight[i] = make([]int, len(ex.words))
			t.pass(sc, t.first, ex.words, devRight[i], nil, nil)
		}
		second, e2, err := t.trainSeeds(ctx, trainEx, devEx, right, devRight, opts, log, "pass 2")
		if err != nil {
			return nil, err
		}
		t.second = second
		fmt.Fprintf(log, "tag: pass 2 done in %v (best epoch %d)\n", time.Since(start).Round(time.Second), e2)
	}
	if opts.Prune > 0 {
		t.first.Prune(opts.Prune)
		if t.second != nil {
			t.second.Prune(opts.Prune)
		}
	}
	return t, t.check()
}

func (t *Tagger) newScratch() *scratch {
	return &scratch{scores: make([]float32, len(t.labels))}
}

// trainSeeds trains opts.Seeds perceptrons on different shuffles and
// merges them; it returns the best epoch of the first.
func (t *Tagger) trainSeeds(ctx context.Context, train, dev []example, right, devRight [][]int, opts TrainOptions, log io.Writer, name string) (*ml.Perceptron, int, error) {
	var ms []*ml.Perceptron
	epochs := 0
	for s := 0; s < opts.Seeds; s++ {
		o := opts
		o.Seed = opts.Seed + int64(s)
		m, e, err := t.trainPass(ctx, train, dev, right, devRight, o, opts.Epochs, log, name)
		if err != nil {
			return nil, 0, err
		}
		ms = append(ms, m)
		if s == 0 {
			epochs = e
		}
	}
	if len(ms) == 1 {
		return ms[0], epochs, nil
	}
	m, err := ml.Merge(ms...)
	if err != nil {
		return nil, 0, fmt.Errorf("tag: train: %w", err)
	}
	if len(dev) > 0 {
		fmt.Fprintf(log, "tag: %s: %d models merged: dev UPOS %.2f%%, rows %d\n", name, len(ms), 100*t.accuracy(m, dev, devRight), m.Rows())
	}
	return m, epochs, nil
}

// trainPass trains one perceptron for up to epochs epochs and returns the
// averaged model of the best epoch on dev (the last one without dev).
func (t *Tagger) trainPass(ctx context.Context, train, dev []example, right, devRight [][]int, opts TrainOptions, epochs int, log io.Writer, name string) (*ml.Perceptron, int, error) {
	m := ml.NewPerceptron(len(t.labels), opts.Bits)
	counts := t.countFeatures(train, right)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	sc := t.newScratch()
	var best *ml.Perceptron
	bestAcc, bestEpoch := -1.0, 0
	for e := 1; e <= epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for n, i := range order {
			if n%1024 == 0 && ctx.Err() != nil {
				return nil, 0, fmt.Errorf("tag: train: %w", ctx.Err())
			}
			ex := train[i]
			var r []int
			if right != nil {
				r = right[i]
			}
			left := grow(sc.left, len(ex.words))
			sc.left = left
			for k := range ex.words {
				if opts.Dropout > 0 && rng.Float64() < opts.Dropout && ex.words[k].amb != 0 {
					// Now and then a known word poses as unknown, so that
					// the affix and shape features learn to tag alone.
					saved := ex.words[k]
					unknown(&ex.words[k])
					sc.fs = features(sc.fs[:0], ex.words, k, left, r)
					ex.words[k] = saved
				} else {
					sc.fs = features(sc.fs[:0], ex.words, k, left, r)
				}
				// Features seen once in training only memorise.
				fs := sc.fs[:0]
				for _, f := range sc.fs {
					if counts[f>>(64-countBits)] >= 2 {
						fs = append(fs, f)
					}
				}
				sc.fs = fs
				guess := m.Predict(sc.fs, sc.scores) + 1
				m.Update(sc.fs, ex.gold[k]-1, guess-1)
				m.Tick()
				left[k] = guess
				if guess == ex.gold[k] {
					correct++
				}
				total++
			}
		}
		if len(dev) == 0 {
			fmt.Fprintf(log, "tag: %s epoch %d: train %.2f%%\n", name, e, 100*float64(correct)/float64(max(total, 1)))
			if e == epochs {
				m.Average()
				return m, e, nil
			}
			continue
		}
		avg := m.Averaged()
		acc := t.accuracy(avg, dev, devRight)
		fmt.Fprintf(log, "tag: %s epoch %d: train %.2f%%, dev UPOS %.2f%%, rows %d\n", name, e, 100*float64(correct)/float64(max(total, 1)), 100*acc, m.Rows())
		if acc > bestAcc {
			best, bestAcc, bestEpoch = avg, acc, e
		}
	}
	return best, bestEpoch, nil
}

const countBits = 24

// countFeatures counts (saturating at 255) the features of train with gold
// left context, in a table indexed by the top countBits bits of a feature.
func (t *Tagger) countFeatures(train []example, right [][]int) []uint8 {
	counts := make([]uint8, 1<<countBits)
	var fs []uint64
	for i, ex := range train {
		var r []int
		if right != nil {
			r = right[i]
		}
		for k := range ex.words {
			fs = features(fs[:0], ex.words, k, ex.gold, r)
			for _, f := range fs {
				if c := &counts[f>>(64-countBits)]; *c < 255 {
					*c++
				}
			}
		}
	}
	return counts
}

// accuracy is the fraction of tokens of dev whose UPOS m predicts (ties
// broken by the joint label).
func (t *Tagger) accuracy(m *ml.Perceptron, dev []example, devRight [][]int) float64 {
	sc := t.newScratch()
	correct, total, upos := 0, 0, 0
	for i, ex := range dev {
		var r []int
		if devRight != nil {
			r = devRight[i]
		}
		left := make([]int, len(ex.words))
		t.pass(sc, m, ex.words, left, r, nil)
		for k, g := range ex.gold {
			if left[k] == g {
				correct++
			}
			if g > 0 && t.labels[left[k]-1].upos == t.labels[g-1].upos {
				upos++
			}
			total++
		}
	}
	return (float64(upos) + float64(correct)/float64(max(total, 1))) / float64(max(total, 1))
}

// buildLexicon collects the label set, default features and the lexicon.
func (t *Tagger) buildLexicon(train []*doc.Sentence, minCount, minLabel int) error {
	type key = [2]string
	pairs := map[key]int{}
	for _, s := range train {
		for _, tok := range s.Tokens {
			pairs[key{tok.UPOS, tok.XPOS}]++
		}
	}
	var keys []key
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if pairs[a] != pairs[b] {
			return pairs[a] > pairs[b]
		}
		return a[0]+a[1] < b[0]+b[1]
	})
	// Rare (UPOS, XPOS) pairs are learnt as the most frequent kept label
	// with the same XPOS (else the same UPOS): they cost more in speed and
	// size than they bring.
	labelIdx := map[key]int{}
	for _, k := range keys {
		if pairs[k] >= minLabel || len(t.labels) == 0 {
			labelIdx[k] = len(t.labels)
			t.labels = append(t.labels, label{upos: k[0], xpos: k[1]})
		}
	}
	for _, k := range keys {
		if _, ok := labelIdx[k]; ok {
			continue
		}
		labelIdx[k] = 0
		for i, l := range t.labels {
			if l.xpos == k[1] {
				labelIdx[k] = i
				break
			}
		}
		if labelIdx[k] == 0 {
			for i, l := range t.labels {
				if l.upos == k[0] {
					labelIdx[k] = i
					break
				}
			}
		}
	}
	t.labelIdx = labelIdx
	labelFeats := map[int]map[string]int{}
	for i := range t.labels {
		labelFeats[i] = map[string]int{}
	}
	type wl struct {
		w string
		l int
	}
	wordLabels := map[string]map[int]int{}
	wordFeats := map[wl]map[string]int{}
	var buf []byte
	for _, s := range train {
		for _, tok := range s.Tokens {
			l := labelIdx[key{tok.UPOS, tok.XPOS}]
			labelFeats[l][tok.Feats]++
			buf = normalize(buf[:0], tok.Form)
			w := string(buf)
			if wordLabels[w] == nil {
				wordLabels[w] = map[int]int{}
			}
			wordLabels[w][l]++
			if wordFeats[wl{w, l}] == nil {
				wordFeats[wl{w, l}] = map[string]int{}
			}
			wordFeats[wl{w, l}][tok.Feats]++
		}
	}
	if len(t.labels) == 0 {
		return fmt.Errorf("tag: train: no tokens")
	}
	for l := range t.labels {
		t.labels[l].feats = mostFrequent(labelFeats[l])
	}
	for w, ls := range wordLabels {
		total := 0
		for _, c := range ls {
			total += c
		}
		var e entry
		if total >= minCount {
			var set []int
			for l, c := range ls {
				if c*50 >= total { // at least 2% of the word's uses
					set = append(set, l)
				}
			}
			sort.Ints(set)
			e.amb = ml.Hash("amb")
			for _, l := range set {
				e.amb = ml.Mix(e.amb, uint64(l))
			}
		}
		for l := range ls {
			if f := mostFrequent(wordFeats[wl{w, l}]); f != t.labels[l].feats {
				e.feats = append(e.feats, featPair{label: l, feats: f})
			}
		}
		slices.SortFunc(e.feats, func(a, b featPair) int { return a.label - b.label })
		if e.amb != 0 || len(e.feats) > 0 {
			t.lexicon[w] = &e
		}
	}
	return nil
}

func mostFrequent(m map[string]int) string {
	best, bc := "", -1
	for s, c := range m {
		if c > bc || (c == bc && s < best) {
			best, bc = s, c
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// examples precomputes word values and gold labels (0 for a label unknown
// to the model).
func (t *Tagger) examples(sents []*doc.Sentence) []example {
	var buf []byte
	out := make([]example, 0, len(sents))
	for _, s := range sents {
		ex := example{words: make([]word, len(s.Tokens)), gold: make([]int, len(s.Tokens))}
		for i, tok := range s.Tokens {
			buf = t.fill(&ex.words[i], tok.Form, i == 0, buf)
			if l, ok := t.labelIdx[[2]string{tok.UPOS, tok.XPOS}]; ok {
				ex.gold[i] = l + 1
			}
		}
		markSentence(ex.words)
		out = append(out, ex)
	}
	return out
}

// ReadFiles reads the sentences of CoNLL-U files.
func ReadFiles(paths ...string) ([]*doc.Sentence, error) {
	s, err := conllu.ReadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("tag: %w", err)
	}
	return s, nil
}

// EmbeddedOptions returns the options the embedded tagger is trained with:
// the defaults and WordNet's word classes, from Debian's wordnet-base,
// which must be installed. Models that train on predicted tags (the
// parser's jackknife) use them too, so that they learn from tags like the
// ones they will be given.
func EmbeddedOptions() (TrainOptions, error) {
	if err := wordnet.Installed(); err != nil {
		return TrainOptions{}, fmt.Errorf("tag: the word-class dictionary comes from WordNet: %w", err)
	}
	return TrainOptions{WordNet: wordnet.Dir}, nil
}

// TrainFiles trains a tagger with default options and WordNet's word
// classes (Debian's wordnet-base must be installed) on the CoNLL-U files
// trainFiles, tuned on devFiles, and writes the gzip'd model to out.
func TrainFiles(ctx context.Context, trainFiles, devFiles []string, out io.Writer, log io.Writer) error {
	train, err := ReadFiles(trainFiles...)
	if err != nil {
		return err
	}
	dev, err := ReadFiles(devFiles...)
	if err != nil {
		return err
	}
	opts, err := EmbeddedOptions()
	if err != nil {
		return err
	}
	t, err := Train(ctx, train, dev, opts, log)
	if err != nil {
		return err
	}
	return model.Create(out, t.Save)
}

// Score counts correct tags against gold annotations.
type Score struct {
	Tokens, UPOS, XPOS, Feats, UPOSXPOS int
}

// Evaluate tags a copy of each gold sentence and counts agreements.
func (t *Tagger) Evaluate(gold []*doc.Sentence) Score {
	var sc Score
	for _, g := range gold {
		s := &doc.Sentence{Span: g.Span, Tokens: slices.Clone(g.Tokens)}
		t.TagSentence(s)
		for i, tok := range s.Tokens {
			gt := g.Tokens[i]
			sc.Tokens++
			if tok.UPOS == gt.UPOS {
				sc.UPOS++
			}
			if tok.XPOS == gt.XPOS {
				sc.XPOS++
			}
			if tok.Feats == gt.Feats {
				sc.Feats++
			}
			if tok.UPOS == gt.UPOS && tok.XPOS == gt.XPOS {
				sc.UPOSXPOS++
			}
		}
	}
	return sc
}

// Pct returns n as a percentage of the tokens.
func (s Score) Pct(n int) float64 { return 100 * float64(n) / float64(max(s.Tokens, 1)) }
