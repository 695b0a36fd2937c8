package ner

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/model"
)

// TrainOptions tune Train. Zero values take the defaults in brackets.
type TrainOptions struct {
	Epochs   int     // passes over the training data [12]; the best epoch on dev is kept
	Bits     uint    // log2 of the feature table size [20]
	MinCount int     // occurrences a feature needs in training to be learnt [2]
	Prune    float32 // weights below this magnitude are dropped [0.5]
	Seed     int64   // shuffling seed [1]
	Passes   int     // 1: one labeler; 2: a second labeler reads the first's labels in the document [2]
	Folds    int     // jackknife folds giving the second pass its training input [4]
	Lower    float64 // share of training documents also learnt lower-cased [0.4; <0: none]
	NoNames  bool    // do not learn from the lexicon of the training corpora's names

	// Silver holds in-domain text: a first model labels it (see
	// Model.label) and the model is trained again with it.
	Silver []Unlabeled
	Rounds int // times the silver text is labelled, each time by the latest model [2]
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 12
	}
	if o.Bits == 0 {
		o.Bits = 20
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
	if o.Passes <= 0 {
		o.Passes = 2
	}
	if o.Folds <= 1 {
		o.Folds = 4
	}
	if o.Rounds <= 0 {
		o.Rounds = 2
	}
	if o.Lower == 0 {
		o.Lower = 0.4
	}
}

// SentenceTagger sets the UPOS and XPOS of a sentence's tokens (tag.Tagger
// does): the model learns from the tags it will see at run time.
type SentenceTagger interface{ TagSentence(s *doc.Sentence) }

// example is one sentence with its word values and gold labels; doc
// numbers the document it belongs to.
type example struct {
	vs   []tokv
	gold []int
	doc  int
}

// Train trains a model on train, choosing the number of epochs on dev
// (which may be empty). Sentences are tagged with tg; text holds
// sentences of unlabeled running text whose capitalisation statistics the
// model keeps (the training words are counted too).
func Train(ctx context.Context, train, dev []Labeled, text [][]string, tg SentenceTagger, opts TrainOptions, log io.Writer) (*Model, error) {
	opts.defaults()
	if log == nil {
		log = io.Discard
	}
	if len(opts.Silver) == 0 {
		return train1(ctx, train, dev, text, tg, opts, nil, log)
	}
	m0, err := train1(ctx, train, dev, text, tg, opts, nil, log)
	if err != nil {
		return nil, err
	}
	for round := 1; ; round++ {
		silver, err := m0.label(opts.Silver, tg)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "ner: %d documents labelled by the model of round %d; training again with them\n", len(silver), round)
		m, err := train1(ctx, train, dev, text, tg, opts, silver, log)
		if err != nil || round >= opts.Rounds {
			return m, err
		}
		m0 = m
	}
}

// train1 trains a model on train and the silver documents.
func train1(ctx context.Context, train, dev []Labeled, text [][]string, tg SentenceTagger, opts TrainOptions, silver []Labeled, log io.Writer) (*Model, error) {
	m := &Model{labels: modelLabels}
	m.caps = capStats(train, text)
	// Web text is often written all in lower case ("flights to tampa"): a
	// share of the training documents is also seen lower-cased.
	all := append([]Labeled(nil), train...)
	orig := make([]int, len(train)) // all[i] is a copy of train[orig[i]]
	for i := range orig {
		orig[i] = i
	}
	if opts.Lower > 0 {
		rng := rand.New(rand.NewSource(opts.Seed + 1))
		for di, d := range train {
			if rng.Float64() >= opts.Lower {
				continue
			}
			ld := Labeled{Name: d.Name + " (lower case)"}
			for _, s := range d.Sentences {
				ws := make([]string, len(s.Words))
				for i, w := range s.Words {
					ws[i] = strings.ToLower(w)
				}
				ld.Sentences = append(ld.Sentences, LabeledSentence{Words: ws, Labels: s.Labels})
			}
			all = append(all, ld)
			orig = append(orig, di)
		}
	}
	// The names of the training documents are a lexicon; each document
	// is learnt with the lexicon of the others.
	var looks []nameLookup
	if !opts.NoNames {
		sets := make([]nameSet, len(train))
		for i, d := range train {
			sets[i] = docNames(d)
		}
		counts := countNames(sets)
		m.names = counts.lexicon()
		looks = make([]nameLookup, len(all), len(all)+len(silver))
		for i := range all {
			looks[i] = counts.lookup(sets[orig[i]])
		}
		for range silver {
			looks = append(looks, m.names.lookup())
		}
	}
	all = append(all, silver...)
	trainEx, err := m.examples(all, tg, looks)
	if err != nil {
		return nil, err
	}
	devEx, err := m.examples(dev, tg, nil)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "ner: %d train / %d dev sentences, %d words with capitalisation statistics\n", len(trainEx), len(devEx), len(m.caps))
	start := time.Now()
	first, epochs, err := m.trainPass(ctx, trainEx, devEx, opts, opts.Epochs, false, log, "pass 1")
	if err != nil {
		return nil, err
	}
	m.first = first
	fmt.Fprintf(log, "ner: pass 1 done in %v (best epoch %d)\n", time.Since(start).Round(time.Second), epochs)
	if opts.Passes >= 2 {
		// Jackknife: the second pass learns from first-pass labels
		// predicted by models that did not see the document, as it will
		// at run time.
		for f := range opts.Folds {
			var in, out []example
			for _, ex := range trainEx {
				if ex.doc%opts.Folds == f {
					out = append(out, ex)
				} else {
					in = append(in, ex)
				}
			}
			p, _, err := m.trainPass(ctx, in, nil, opts, epochs, false, io.Discard, "")
			if err != nil {
				return nil, err
			}
			stack(p, out)
			fmt.Fprintf(log, "ner: jackknife fold %d/%d done (%v)\n", f+1, opts.Folds, time.Since(start).Round(time.Second))
		}
		stack(m.first, devEx)
		second, e2, err := m.trainPass(ctx, trainEx, devEx, opts, opts.Epochs, true, log, "pass 2")
		if err != nil {
			return nil, err
		}
		m.second = second
		fmt.Fprintf(log, "ner: pass 2 done in %v (best epoch %d)\n", time.Since(start).Round(time.Second), e2)
	}
	if opts.Prune > 0 {
		m.first.Prune(opts.Prune)
		if m.second != nil {
			m.second.Prune(opts.Prune)
		}
	}
	if len(devEx) > 0 {
		c := m.score(devEx)
		_, _, f1 := c.PRF("")
		fmt.Fprintf(log, "ner: pruned model: dev F1 %.2f\n", f1)
	}
	return m, nil
}

// stack labels the examples with the first-pass model p and records the
// labels and the document cues they give in the word values.
func stack(p *ml.Perceptron, exs []example) {
	lt := &lattice{}
	for i := 0; i < len(exs); {
		j := i
		for j < len(exs) && exs[j].doc == exs[i].doc {
			j++
		}
		labels := make([][]int, j-i)
		vss := make([][]tokv, j-i)
		for k := i; k < j; k++ {
			labels[k-i] = make([]int, len(exs[k].vs))
			viterbi(p, exs[k].vs, labels[k-i], lt, nil, false)
			vss[k-i] = exs[k].vs
		}
		setStack(vss, labels)
		i = j
	}
}

// trainPass trains one perceptron for up to epochs epochs and returns the
// averaged model of the best epoch on dev (the last one without dev).
func (m *Model) trainPass(ctx context.Context, trainEx, devEx []example, opts TrainOptions, epochs int, stacked bool, log io.Writer, name string) (*ml.Perceptron, int, error) {
	start := time.Now()
	counts := countFeatures(trainEx, stacked)
	p := ml.NewPerceptron(len(m.labels), opts.Bits)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := make([]int, len(trainEx))
	for i := range order {
		order[i] = i
	}
	var fs []uint64
	var best *ml.Perceptron
	bestF, bestEpoch := -1.0, 0
	lt := &lattice{}
	keep := func(f uint64) bool { return counts[f>>(64-countBits)] >= uint8(opts.MinCount) }
	var pred []int
	for e := 1; e <= epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, i := range order {
			if n%1024 == 0 && ctx.Err() != nil {
				return nil, 0, fmt.Errorf("ner: train: %w", ctx.Err())
			}
			ex := trainEx[i]
			pred = grow(pred, len(ex.vs))
			viterbi(p, ex.vs, pred, lt, keep, stacked)
			// The structured perceptron step: where the best path leaves
			// the gold one, reward the gold labels and penalise the guess.
			for k := range ex.vs {
				gp, pp := before, before
				if k > 0 {
					gp, pp = ex.gold[k-1], pred[k-1]
				}
				if ex.gold[k] == pred[k] && gp == pp {
					continue
				}
				if ex.gold[k] != pred[k] {
					fs = lt.filter(emission(fs[:0], ex.vs, k, stacked), keep)
					p.Update(fs, ex.gold[k], pred[k])
				}
				fs = lt.filter(transition(fs[:0], ex.vs, k, gp), keep)
				p.Add(fs, ex.gold[k], 1)
				fs = lt.filter(transition(fs[:0], ex.vs, k, pp), keep)
				p.Add(fs, pred[k], -1)
			}
			p.Tick()
		}
		if len(devEx) == 0 {
			if e == epochs {
				p.Average()
				return p, e, nil
			}
			continue
		}
		avg := p.Averaged()
		c := scoreWith(m.labels, devEx, func(vs []tokv, out []int) { viterbi(avg, vs, out, lt, nil, stacked) })
		_, _, f1 := c.PRF("")
		fmt.Fprintf(log, "ner: %s epoch %d: dev F1 %.2f, rows %d (%v)\n", name, e, f1, p.Rows(), time.Since(start).Round(time.Second))
		if f1 > bestF {
			best, bestF, bestEpoch = avg, f1, e
		}
	}
	return best, bestEpoch, nil
}

const countBits = 24

func countFeatures(train []example, stacked bool) []uint8 {
	counts := make([]uint8, 1<<countBits)
	var fs []uint64
	for _, ex := range train {
		for k := range ex.vs {
			prev := before
			if k > 0 {
				prev = ex.gold[k-1]
			}
			fs = transition(emission(fs[:0], ex.vs, k, stacked), ex.vs, k, prev)
			for _, f := range fs {
				if c := &counts[f>>(64-countBits)]; *c < 255 {
					*c++
				}
			}
		}
	}
	return counts
}

// capStats counts, for each lower-case word, how often it is written
// capitalised when it does not open a sentence.
func capStats(train []Labeled, text [][]string) map[string]uint8 {
	type ct struct{ c, n int }
	counts := map[string]*ct{}
	add := func(ws []string) {
		first := true
		for _, w := range ws {
			if first {
				if !isOpenPunct(w) {
					first = false
				}
				continue
			}
			if !isWordLike(w) {
				continue
			}
			l := strings.ToLower(w)
			c := counts[l]
			if c == nil {
				c = &ct{}
				counts[l] = c
			}
			c.n++
			if isCap(w) {
				c.c++
			}
		}
	}
	for _, s := range text {
		add(s)
	}
	for _, d := range train {
		for _, s := range d.Sentences {
			add(s.Words)
		}
	}
	out := map[string]uint8{}
	for w, c := range counts {
		if c.n >= 2 {
			out[w] = capClass(c.c, c.n)
		}
	}
	return out
}

// examples tags the sentences and computes their word values; looks, if
// not nil, holds the name lexicon of each document.
func (m *Model) examples(ds []Labeled, tg SentenceTagger, looks []nameLookup) ([]example, error) {
	idx := map[string]int{}
	for i, l := range m.labels {
		idx[l] = i
	}
	var out []example
	var lowers []string
	var buf []byte
	for di, d := range ds {
		var look nameLookup
		if looks != nil {
			look = looks[di]
		}
		cues := newDocCues()
		for _, s := range d.Sentences {
			cues.add(s.Words)
		}
		for _, s := range d.Sentences {
			upos, xpos := tagWords(tg, s.Words)
			ex := example{vs: make([]tokv, len(s.Words)), gold: make([]int, len(s.Words)), doc: di}
			lowers, buf = m.fill(ex.vs, s.Words, upos, xpos, cues, look, lowers, buf)
			for i, l := range s.Labels {
				k, ok := idx[l]
				if !ok {
					return nil, fmt.Errorf("ner: %s: unknown label %q", d.Name, l)
				}
				ex.gold[i] = k
			}
			out = append(out, ex)
		}
	}
	return out, nil
}

func tagWords(tg SentenceTagger, words []string) (upos, xpos []string) {
	if tg == nil {
		return nil, nil
	}
	s := &doc.Sentence{Tokens: make([]doc.Token, len(words))}
	for i, w := range words {
		s.Tokens[i] = doc.Token{Form: w, Head: -1}
	}
	tg.TagSentence(s)
	upos, xpos = make([]string, len(words)), make([]string, len(words))
	for i, t := range s.Tokens {
		upos[i], xpos[i] = t.UPOS, t.XPOS
	}
	return upos, xpos
}

// score decodes the examples document by document, as Recognize does, and
// counts exact-span matches.
func (m *Model) score(exs []example) Counts {
	lt := &lattice{}
	var c Counts
	for i := 0; i < len(exs); {
		j := i
		for j < len(exs) && exs[j].doc == exs[i].doc {
			j++
		}
		vss := make([][]tokv, j-i)
		out := make([][]int, j-i)
		for k := i; k < j; k++ {
			vss[k-i], out[k-i] = exs[k].vs, make([]int, len(exs[k].vs))
		}
		m.decode(vss, out, lt)
		for k := i; k < j; k++ {
			c.Add(spans(m.labels, exs[k].gold), spans(m.labels, out[k-i]), "PER", "ORG", "LOC")
		}
		i = j
	}
	return c
}

func scoreWith(labels []string, exs []example, decode func([]tokv, []int)) Counts {
	var c Counts
	for _, ex := range exs {
		out := make([]int, len(ex.vs))
		decode(ex.vs, out)
		c.Add(spans(labels, ex.gold), spans(labels, out), "PER", "ORG", "LOC")
	}
	return c
}

// spans turns labels into mentions whose spans are word indexes.
func spans(names []string, labels []int) []doc.Mention {
	var out []doc.Mention
	for i := 0; i < len(labels); {
		l := names[labels[i]]
		if l == "O" {
			i++
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && names[labels[j]] == "I-"+typ {
			j++
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: i, End: j}, Type: typ})
		i = j
	}
	return out
}

// Evaluate labels the sentences of ds (tagged with tg) and counts
// exact-span matches with their gold labels.
func (m *Model) Evaluate(ds []Labeled, tg SentenceTagger) (Counts, error) {
	exs, err := m.examples(ds, tg, nil)
	if err != nil {
		return Counts{}, err
	}
	return m.score(exs), nil
}

// Labels turns the gold mentions of an IOB2 document back into a Labeled
// document (mentions of other types than PER, ORG and LOC are dropped).
func (g Gold) Labels() Labeled {
	out := Labeled{Name: g.Doc.Source}
	for si, s := range g.Doc.Sentences {
		ls := LabeledSentence{Words: make([]string, len(s.Tokens)), Labels: make([]string, len(s.Tokens))}
		for i, t := range s.Tokens {
			ls.Words[i] = t.Form
			ls.Labels[i] = "O"
		}
		for _, mn := range g.Mentions {
			if mn.Sentence != si || (mn.Type != "PER" && mn.Type != "ORG" && mn.Type != "LOC") {
				continue
			}
			b := "B-"
			for i, t := range s.Tokens {
				if t.Start >= mn.Start && t.End <= mn.End {
					ls.Labels[i] = b + mn.Type
					b = "I-"
				}
			}
		}
		out.Sentences = append(out.Sentences, ls)
	}
	return out
}

// Corpus names the files a model is trained from.
type Corpus struct {
	GUM      []string // GUM CoNLL-U files with Entity= brackets (train split only)
	Wikigold []string // wikigold CoNLL files
	Re3d     []string // re3d folders or .conll files
	Text     []string // CoNLL-U treebanks used only as unlabeled text
	Silver   []string // CoNLL-U treebanks the model labels for itself (see TrainOptions.Silver)
	Dev      []string // Universal NER IOB2 files to choose the epoch on
}

// Read reads the labeled training documents of c.
func (c Corpus) Read() ([]Labeled, error) {
	var out []Labeled
	for _, p := range c.GUM {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		ds, err := ReadGUM(bufio.NewReader(f), p)
		f.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, ds...)
	}
	for _, p := range c.Wikigold {
		ds, err := ReadCoNLLFiles(p, WikigoldLabels)
		if err != nil {
			return nil, err
		}
		out = append(out, ds...)
	}
	for _, p := range c.Re3d {
		ds, err := ReadCoNLLFiles(p, Re3dLabels)
		if err != nil {
			return nil, err
		}
		out = append(out, ds...)
	}
	return out, nil
}

// ReadDev reads the IOB2 files of c.Dev.
func (c Corpus) ReadDev() ([]Labeled, error) { return ReadIOB2Files(c.Dev...) }

// ReadIOB2Files reads Universal NER IOB2 files as Labeled documents.
func ReadIOB2Files(paths ...string) ([]Labeled, error) {
	var out []Labeled
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		gs, err := ReadIOB2(f, p)
		f.Close()
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			out = append(out, g.Labels())
		}
	}
	return out, nil
}

// readText reads the word forms of CoNLL-U files.
func readText(paths []string) ([][]string, error) {
	ss, err := conllu.ReadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	out := make([][]string, len(ss))
	for i, s := range ss {
		out[i] = make([]string, len(s.Tokens))
		for j, t := range s.Tokens {
			out[i][j] = t.Form
		}
	}
	return out, nil
}

// TrainFiles trains a model with default options on the files of c, words
// tagged by tg, and writes the gzip'd model to out.
func TrainFiles(ctx context.Context, c Corpus, tg SentenceTagger, out io.Writer, log io.Writer) error {
	train, err := c.Read()
	if err != nil {
		return err
	}
	dev, err := c.ReadDev()
	if err != nil {
		return err
	}
	text, err := readText(c.Text)
	if err != nil {
		return err
	}
	silver, err := ReadUnlabeled(c.Silver...)
	if err != nil {
		return err
	}
	m, err := Train(ctx, train, dev, text, tg, TrainOptions{Silver: silver}, log)
	if err != nil {
		return err
	}
	return model.Create(out, m.Save)
}

// Model file format, version 1 (the embedded file is this, gzip'd).
// Integers are little-endian or uvarints (encoding/binary); a string is a
// uvarint length and its bytes.
//
//	magic "TGNER\n", version uint16
//	labels: uvarint count; each a string
//	capitalisation classes: uvarint count; each: lower-case word string, class byte
//	name words: uvarint count; each: lower-case word string, type bits byte (1 PER, 2 ORG, 4 LOC)
//	names: uvarint count; each: lower-case name string (words joined by spaces), type bits byte
//	passes: byte 1 or 2, then that many ml.Perceptron models (ml's format)
//
// Version 1 has no name words and names.
const (
	magic   = "TGNER\n"
	version = 2
)

// ErrFormat reports data that is not a NER model of a known version.
var ErrFormat = errors.New("ner: not a NER model")

// Save writes the model to w in the binary format above (not compressed).
func (m *Model) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	b := append([]byte(magic), 0, 0)
	binary.LittleEndian.PutUint16(b[len(magic):], version)
	b = binary.AppendUvarint(b, uint64(len(m.labels)))
	for _, l := range m.labels {
		b = appendString(b, l)
	}
	words := make([]string, 0, len(m.caps))
	for w := range m.caps {
		words = append(words, w)
	}
	sort.Strings(words)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		b = appendString(b, w)
		b = append(b, m.caps[w])
	}
	for _, set := range []map[string]uint8{m.names.words, m.names.spans} {
		keys := make([]string, 0, len(set))
		for k := range set {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = binary.AppendUvarint(b, uint64(len(keys)))
		for _, k := range keys {
			b = appendString(b, k)
			b = append(b, set[k])
		}
	}
	passes := byte(1)
	if m.second != nil {
		passes = 2
	}
	b = append(b, passes)
	if _, err := bw.Write(b); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	for _, p := range []*ml.Perceptron{m.first, m.second}[:passes] {
		if _, err := p.WriteTo(bw); err != nil {
			return fmt.Errorf("ner: save: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// Load reads a model written by Save.
func Load(rd io.Reader) (*Model, error) {
	r := bufio.NewReaderSize(rd, 64<<10)
	hdr := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	if string(hdr[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	v := binary.LittleEndian.Uint16(hdr[len(magic):])
	if v != 1 && v != version {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	var err error
	str := func() string {
		if err != nil {
			return ""
		}
		var n uint64
		if n, err = binary.ReadUvarint(r); err != nil {
			return ""
		}
		if n > 1<<12 {
			err = fmt.Errorf("%w: string of %d bytes", ErrFormat, n)
			return ""
		}
		b := make([]byte, n)
		_, err = io.ReadFull(r, b)
		return string(b)
	}
	m := &Model{}
	nl, err := binary.ReadUvarint(r)
	if err != nil || nl > 64 {
		return nil, fmt.Errorf("%w: labels", ErrFormat)
	}
	for range nl {
		m.labels = append(m.labels, str())
	}
	if err == nil && !equalStrings(m.labels, modelLabels) {
		return nil, fmt.Errorf("%w: labels %v", ErrFormat, m.labels)
	}
	var nc uint64
	if err == nil {
		nc, err = binary.ReadUvarint(r)
	}
	if err == nil && nc > 1<<24 {
		err = fmt.Errorf("%w: %d capitalisation entries", ErrFormat, nc)
	}
	m.caps = make(map[string]uint8, nc)
	for i := uint64(0); i < nc && err == nil; i++ {
		w := str()
		var c byte
		if err == nil {
			c, err = r.ReadByte()
		}
		m.caps[w] = c
	}
	m.names = newNameSet()
	for _, set := range []map[string]uint8{m.names.words, m.names.spans} {
		if v < 2 || err != nil {
			break
		}
		var n uint64
		if n, err = binary.ReadUvarint(r); err == nil && n > 1<<24 {
			err = fmt.Errorf("%w: %d names", ErrFormat, n)
		}
		for i := uint64(0); i < n && err == nil; i++ {
			k := str()
			var c byte
			if err == nil {
				c, err = r.ReadByte()
			}
			set[k] = c
		}
	}
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	passes, err := r.ReadByte()
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	if passes != 1 && passes != 2 {
		return nil, fmt.Errorf("%w: %d passes", ErrFormat, passes)
	}
	for i := range int(passes) {
		p, err := ml.ReadPerceptron(r)
		if err != nil {
			return nil, fmt.Errorf("ner: load: %w", err)
		}
		if p.Classes() != len(m.labels) {
			return nil, fmt.Errorf("%w: %d classes for %d labels", ErrFormat, p.Classes(), len(m.labels))
		}
		if i == 0 {
			m.first = p
		} else {
			m.second = p
		}
	}
	return m, nil
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// CrossValidate scores the model on held-out folds of wikigold: the
// documents of c.Wikigold are cut into k folds, and for each fold a model
// trained on the other folds and the rest of c (for opts.Epochs epochs, no
// tuning) labels it. The counts are summed over the folds.
func CrossValidate(ctx context.Context, c Corpus, tg SentenceTagger, k int, opts TrainOptions, log io.Writer) (Counts, error) {
	if k < 2 {
		return Counts{}, fmt.Errorf("ner: cross-validation needs at least 2 folds, got %d", k)
	}
	wiki := c
	wiki.GUM, wiki.Re3d = nil, nil
	folds, err := wiki.Read()
	if err != nil {
		return Counts{}, err
	}
	rest := c
	rest.Wikigold = nil
	other, err := rest.Read()
	if err != nil {
		return Counts{}, err
	}
	text, err := readText(c.Text)
	if err != nil {
		return Counts{}, err
	}
	var total Counts
	for f := range k {
		train := append([]Labeled(nil), other...)
		var held []Labeled
		for i, d := range folds {
			if i%k == f {
				held = append(held, d)
			} else {
				train = append(train, d)
			}
		}
		m, err := Train(ctx, train, nil, text, tg, opts, io.Discard)
		if err != nil {
			return Counts{}, err
		}
		cs, err := m.Evaluate(held, tg)
		if err != nil {
			return Counts{}, err
		}
		_, _, f1 := cs.PRF("")
		fmt.Fprintf(log, "ner: wikigold fold %d/%d: %d documents, F1 %.2f\n", f+1, k, len(held), f1)
		total.merge(cs)
	}
	return total, nil
}
