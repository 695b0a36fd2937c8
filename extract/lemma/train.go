package lemma

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"sort"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/model"
)

// TrainOptions tune Train. Zero values take the defaults in brackets.
type TrainOptions struct {
	Epochs    int     // passes of the script classifier over the word types [10]
	Bits      uint    // log2 of the classifier's feature table size [18]
	MinScript int     // word types a script needs to become a class [2]
	MaxCount  int     // only word types seen at most this often train the classifier [0: all]
	Prune     float32 // classifier weights below this magnitude are dropped [0.5]
	Seed      int64   // shuffling seed [1]
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 10
	}
	if o.Bits == 0 {
		o.Bits = 18
	}
	if o.MinScript <= 0 {
		o.MinScript = 2
	}
	if o.Prune == 0 {
		o.Prune = 0.5
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
}

// Train learns a lemmatizer from the gold Form, XPOS, UPOS and Lemma of
// train. dev (which may be empty) is scored after each epoch, and the best
// epoch kept; progress goes to log (which may be nil).
func Train(ctx context.Context, train, dev []*doc.Sentence, opts TrainOptions, log io.Writer) (*Lemmatizer, error) {
	opts.defaults()
	if log == nil {
		log = io.Discard
	}
	type pair struct{ form, xpos string }
	exactCount := map[pair]map[string]int{}
	for _, s := range train {
		for _, t := range s.Tokens {
			if t.Form == "" || t.Lemma == "" {
				continue
			}
			p := pair{t.Form, t.XPOS}
			if exactCount[p] == nil {
				exactCount[p] = map[string]int{}
			}
			exactCount[p][t.Lemma]++
		}
	}
	if len(exactCount) == 0 {
		return nil, fmt.Errorf("lemma: train: no lemmas")
	}
	l := &Lemmatizer{exact: map[string]string{}, lower: map[string]int32{}}
	// Scripts of the types, and the classifier's examples.
	type typ struct {
		low, form, xpos, upos string
		script                script
		count                 int
	}
	lowCount := map[pair]map[script]int{}
	types := map[pair]*typ{}
	// Visit the maps in sorted order so that training is deterministic.
	pairs := make([]pair, 0, len(exactCount))
	for p := range exactCount {
		pairs = append(pairs, p)
	}
	sortPairs := func(ps []pair) {
		sort.Slice(ps, func(i, j int) bool {
			return ps[i].form < ps[j].form || (ps[i].form == ps[j].form && ps[i].xpos < ps[j].xpos)
		})
	}
	sortPairs(pairs)
	for _, p := range pairs {
		lems := exactCount[p]
		lem, n := best(lems)
		l.exact[p.form+"\x00"+p.xpos] = lem
		sc := scriptFor(p.form, lem)
		low := lowerString(p.form)
		lp := pair{low, p.xpos}
		if lowCount[lp] == nil {
			lowCount[lp] = map[script]int{}
		}
		lowCount[lp][sc] += n
		if ty := types[lp]; ty == nil || n > ty.count {
			types[lp] = &typ{low: low, form: p.form, xpos: p.xpos, script: sc, count: n}
		}
	}
	scriptTypes := map[script]int{}
	for _, ty := range types {
		scriptTypes[ty.script]++
	}
	idx := map[script]int32{}
	addScript := func(s script) int32 {
		if i, ok := idx[s]; ok {
			return i
		}
		idx[s] = int32(len(l.scripts))
		l.scripts = append(l.scripts, s)
		return idx[s]
	}
	addScript(script{}) // class 0: keep the form
	// The classifier's classes come first: the scripts of at least
	// MinScript word types, most frequent first.
	var frequent []script
	for s, n := range scriptTypes {
		if n >= opts.MinScript {
			frequent = append(frequent, s)
		}
	}
	sort.Slice(frequent, func(i, j int) bool {
		a, b := frequent[i], frequent[j]
		if scriptTypes[a] != scriptTypes[b] {
			return scriptTypes[a] > scriptTypes[b]
		}
		return a.strip < b.strip || (a.strip == b.strip && (a.add < b.add || (a.add == b.add && a.cas < b.cas)))
	})
	for _, s := range frequent {
		addScript(s)
	}
	classes := len(l.scripts)
	anyTag := map[string]map[script]int{}
	lowPairs := make([]pair, 0, len(lowCount))
	for lp := range lowCount {
		lowPairs = append(lowPairs, lp)
	}
	sortPairs(lowPairs)
	for _, lp := range lowPairs {
		scs := lowCount[lp]
		s, _ := bestScript(scs)
		l.lower[lp.form+"\x00"+lp.xpos] = addScript(s)
		if anyTag[lp.form] == nil {
			anyTag[lp.form] = map[script]int{}
		}
		for s, n := range scs {
			anyTag[lp.form][s] += n
		}
	}
	for _, form := range sortedKeys(anyTag) {
		s, _ := bestScript(anyTag[form])
		l.lower[form+"\x00"] = addScript(s)
	}
	// UPOS of each type, for the classifier features.
	for _, s := range train {
		for _, t := range s.Tokens {
			if ty := types[pair{lowerString(t.Form), t.XPOS}]; ty != nil && ty.upos == "" {
				ty.upos = t.UPOS
			}
		}
	}
	var examples []*typ
	for _, ty := range types {
		if int(idx[ty.script]) < classes && (opts.MaxCount == 0 || ty.count <= opts.MaxCount) {
			examples = append(examples, ty)
		}
	}
	sort.Slice(examples, func(i, j int) bool {
		a, b := examples[i], examples[j]
		return a.low < b.low || (a.low == b.low && a.xpos < b.xpos)
	})
	fmt.Fprintf(log, "lemma: %d exact entries, %d lower-case entries, %d scripts, %d classifier types\n", len(l.exact), len(l.lower), len(l.scripts), len(examples))

	m := ml.NewPerceptron(classes, opts.Bits)
	rng := rand.New(rand.NewSource(opts.Seed))
	scores := make([]float32, classes)
	var fs []uint64
	var bestM *ml.Perceptron
	bestAcc := -1.0
	for e := 1; e <= opts.Epochs; e++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("lemma: train: %w", err)
		}
		rng.Shuffle(len(examples), func(i, j int) { examples[i], examples[j] = examples[j], examples[i] })
		correct := 0
		for _, ty := range examples {
			fs = features(fs[:0], []byte(ty.low), ty.form, ty.xpos, ty.upos)
			gold := int(idx[ty.script])
			guess := m.Predict(fs, scores)
			m.Update(fs, gold, guess)
			m.Tick()
			if guess == gold {
				correct++
			}
		}
		avg := m.Averaged()
		if len(dev) == 0 {
			bestM = avg
			fmt.Fprintf(log, "lemma: epoch %d: train types %.2f%%\n", e, 100*float64(correct)/float64(max(len(examples), 1)))
			continue
		}
		l.model = avg
		s := l.Evaluate(dev)
		fmt.Fprintf(log, "lemma: epoch %d: train types %.2f%%, dev %.2f%% (unseen %.2f%%)\n", e, 100*float64(correct)/float64(max(len(examples), 1)), s.Pct(s.Correct), 100*float64(s.UnseenCorrect)/float64(max(s.Unseen, 1)))
		if acc := s.Pct(s.Correct); acc > bestAcc {
			bestM, bestAcc = avg, acc
		}
	}
	l.model = bestM
	if opts.Prune > 0 {
		l.model.Prune(opts.Prune)
	}
	return l, nil
}

func best(m map[string]int) (string, int) {
	b, bc := "", -1
	for s, c := range m {
		if c > bc || (c == bc && s < b) {
			b, bc = s, c
		}
	}
	return b, bc
}

func bestScript(m map[script]int) (script, int) {
	var b script
	bc := -1
	for s, c := range m {
		if c > bc || (c == bc && (s.strip < b.strip || (s.strip == b.strip && (s.add < b.add || (s.add == b.add && s.cas < b.cas))))) {
			b, bc = s, c
		}
	}
	return b, bc
}

// Score counts lemmas that match the gold ones.
type Score struct {
	Tokens, Correct int
	Unseen          int // tokens whose (form, XPOS) the lexicons lack
	UnseenCorrect   int
}

// Pct returns n as a percentage of the tokens.
func (s Score) Pct(n int) float64 { return 100 * float64(n) / float64(max(s.Tokens, 1)) }

// Evaluate lemmatizes the gold tokens of sents, with their own tags, and
// counts matches with their lemmas. Tokens without a gold lemma are skipped.
func (l *Lemmatizer) Evaluate(sents []*doc.Sentence) Score {
	var s Score
	sc := &scratch{scores: make([]float32, l.model.Classes())}
	for _, sent := range sents {
		for _, t := range sent.Tokens {
			if t.Lemma == "" {
				continue
			}
			s.Tokens++
			lem := l.lemma(sc, t.Form, t.XPOS, t.UPOS)
			_, seen := l.exact[t.Form+"\x00"+t.XPOS]
			if !seen {
				_, seen = l.lower[lowerString(t.Form)+"\x00"+t.XPOS]
			}
			if !seen {
				s.Unseen++
			}
			if lem == t.Lemma {
				s.Correct++
				if !seen {
					s.UnseenCorrect++
				}
			}
		}
	}
	return s
}

// ReadFiles reads the sentences of CoNLL-U files.
func ReadFiles(paths ...string) ([]*doc.Sentence, error) {
	s, err := conllu.ReadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	return s, nil
}

// TrainFiles trains a lemmatizer with default options on the CoNLL-U files
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
	l, err := Train(ctx, train, dev, TrainOptions{}, log)
	if err != nil {
		return err
	}
	return model.Create(out, l.Save)
}
