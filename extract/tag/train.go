package tag

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"math/rand"
	"os"
	"slices"
	"sort"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
)

// TrainOptions tune Train. Zero values take the defaults in brackets.
type TrainOptions struct {
	Epochs   int     // passes over the training data [12]; the best epoch on dev is kept
	Bits     uint    // log2 of the feature table size [21]
	Passes   int     // 1: left-to-right only; 2: add the right-context pass [2]
	Folds    int     // jackknife folds giving the second pass its training input [4]
	MinCount int     // occurrences a word needs to enter the ambiguity lexicon [2]
	Prune    float32 // weights below this magnitude are dropped from the model [0.5]
	Seed     int64   // shuffling seed [1]
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
	if o.Prune == 0 {
		o.Prune = 0.5
	}
	if o.Seed == 0 {
		o.Seed = 1
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
	if err := t.buildLexicon(train, opts.MinCount); err != nil {
		return nil, err
	}
	trainEx := t.examples(train)
	devEx := t.examples(dev)
	fmt.Fprintf(log, "tag: %d labels, %d lexicon entries, %d train / %d dev sentences\n", len(t.labels), len(t.lexicon), len(trainEx), len(devEx))

	start := time.Now()
	first, epochs, err := t.trainPass(ctx, trainEx, devEx, nil, nil, opts, opts.Epochs, log, "pass 1")
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
				t.passWith(sc, m, ex.words, tags, nil)
				right[outIdx[j]] = tags
			}
			fmt.Fprintf(log, "tag: jackknife fold %d/%d done (%v)\n", f+1, opts.Folds, time.Since(start).Round(time.Second))
		}
		devRight := make([][]int, len(devEx))
		sc := t.newScratch()
		for i, ex := range devEx {
			devRight[i] = make([]int, len(ex.words))
			t.passWith(sc, t.first, ex.words, devRight[i], nil)
		}
		second, e2, err := t.trainPass(ctx, trainEx, devEx, right, devRight, opts, opts.Epochs, log, "pass 2")
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

// passWith is pass on a given model, for training.
func (t *Tagger) passWith(sc *scratch, m *ml.Perceptron, ws []word, left, right []int) {
	t.pass(sc, m, ws, left, right)
}

// trainPass trains one perceptron for up to epochs epochs and returns the
// averaged model of the best epoch on dev (the last one without dev).
func (t *Tagger) trainPass(ctx context.Context, train, dev []example, right, devRight [][]int, opts TrainOptions, epochs int, log io.Writer, name string) (*ml.Perceptron, int, error) {
	m := ml.NewPerceptron(len(t.labels), opts.Bits)
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
				sc.fs = features(sc.fs[:0], ex.words, k, left, r)
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
		fmt.Fprintf(log, "tag: %s epoch %d: train %.2f%%, dev label %.2f%%, rows %d\n", name, e, 100*float64(correct)/float64(max(total, 1)), 100*acc, m.Rows())
		if acc > bestAcc {
			best, bestAcc, bestEpoch = avg, acc, e
		}
	}
	return best, bestEpoch, nil
}

// accuracy is the fraction of tokens of dev whose joint label m predicts.
func (t *Tagger) accuracy(m *ml.Perceptron, dev []example, devRight [][]int) float64 {
	sc := t.newScratch()
	correct, total := 0, 0
	for i, ex := range dev {
		var r []int
		if devRight != nil {
			r = devRight[i]
		}
		left := make([]int, len(ex.words))
		t.pass(sc, m, ex.words, left, r)
		for k, g := range ex.gold {
			if left[k] == g {
				correct++
			}
			total++
		}
	}
	return float64(correct) / float64(max(total, 1))
}

// buildLexicon collects the label set, default features and the lexicon.
func (t *Tagger) buildLexicon(train []*doc.Sentence, minCount int) error {
	type key struct{ upos, xpos string }
	labelIdx := map[key]int{}
	labelFeats := map[int]map[string]int{}
	type wl struct {
		w string
		l int
	}
	wordLabels := map[string]map[int]int{}
	wordFeats := map[wl]map[string]int{}
	var buf []byte
	for _, s := range train {
		for _, tok := range s.Tokens {
			k := key{tok.UPOS, tok.XPOS}
			l, ok := labelIdx[k]
			if !ok {
				l = len(t.labels)
				labelIdx[k] = l
				t.labels = append(t.labels, label{upos: tok.UPOS, xpos: tok.XPOS})
				labelFeats[l] = map[string]int{}
			}
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
	idx := map[[2]string]int{}
	for i, l := range t.labels {
		idx[[2]string{l.upos, l.xpos}] = i + 1
	}
	var buf []byte
	out := make([]example, 0, len(sents))
	for _, s := range sents {
		ex := example{words: make([]word, len(s.Tokens)), gold: make([]int, len(s.Tokens))}
		for i, tok := range s.Tokens {
			buf = t.fill(&ex.words[i], tok.Form, i == 0, buf)
			ex.gold[i] = idx[[2]string{tok.UPOS, tok.XPOS}]
		}
		out = append(out, ex)
	}
	return out
}

// ReadFiles reads the sentences of CoNLL-U files.
func ReadFiles(paths ...string) ([]*doc.Sentence, error) {
	var out []*doc.Sentence
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("tag: %w", err)
		}
		r := conllu.NewReader(f)
		for {
			s, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				f.Close()
				return nil, fmt.Errorf("tag: %s: %w", p, err)
			}
			out = append(out, s)
		}
		f.Close()
	}
	return out, nil
}

// TrainFiles trains a tagger with default options on the CoNLL-U files
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
	t, err := Train(ctx, train, dev, TrainOptions{}, log)
	if err != nil {
		return err
	}
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	if err := t.Save(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("tag: write model: %w", err)
	}
	return nil
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
