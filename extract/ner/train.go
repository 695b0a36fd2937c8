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
	Lower    float64 // share of training documents also learnt lower-cased [0.2; <0: none]
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
	if o.Lower == 0 {
		o.Lower = 0.4
	}
}

// SentenceTagger sets the UPOS and XPOS of a sentence's tokens (tag.Tagger
// does): the model learns from the tags it will see at run time.
type SentenceTagger interface{ TagSentence(s *doc.Sentence) }

// example is one sentence with its word values and gold labels.
type example struct {
	vs   []tokv
	gold []int
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
	m := &Model{labels: modelLabels}
	m.caps = capStats(train, text)
	trainEx, err := m.examples(train, tg)
	if err != nil {
		return nil, err
	}
	// Web text is often written all in lower case ("flights to tampa"): a
	// share of the training documents is also seen lower-cased.
	if opts.Lower > 0 {
		rng := rand.New(rand.NewSource(opts.Seed + 1))
		var low []Labeled
		for _, d := range train {
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
			low = append(low, ld)
		}
		lowEx, err := m.examples(low, tg)
		if err != nil {
			return nil, err
		}
		trainEx = append(trainEx, lowEx...)
	}
	devEx, err := m.examples(dev, tg)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(log, "ner: %d train / %d dev sentences, %d words with capitalisation statistics\n", len(trainEx), len(devEx), len(m.caps))
	start := time.Now()
	counts := countFeatures(trainEx)
	p := ml.NewPerceptron(len(m.labels), opts.Bits)
	rng := rand.New(rand.NewSource(opts.Seed))
	order := make([]int, len(trainEx))
	for i := range order {
		order[i] = i
	}
	scores := make([]float32, len(m.labels))
	var fs []uint64
	var best *ml.Perceptron
	bestF, bestEpoch := -1.0, 0
	for e := 1; e <= opts.Epochs; e++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for n, i := range order {
			if n%1024 == 0 && ctx.Err() != nil {
				return nil, fmt.Errorf("ner: train: %w", ctx.Err())
			}
			ex := trainEx[i]
			left := make([]int, len(ex.vs))
			for k := range ex.vs {
				fs = features(fs[:0], ex.vs, k, left)
				kept := fs[:0]
				for _, f := range fs {
					if counts[f>>(64-countBits)] >= uint8(opts.MinCount) {
						kept = append(kept, f)
					}
				}
				fs = kept
				guess := p.Predict(fs, scores)
				p.Update(fs, ex.gold[k], guess)
				p.Tick()
				left[k] = guess
			}
		}
		if len(devEx) == 0 {
			fmt.Fprintf(log, "ner: epoch %d (%v)\n", e, time.Since(start).Round(time.Second))
			if e == opts.Epochs {
				p.Average()
				best = p
			}
			continue
		}
		m.p = p.Averaged()
		c := m.score(devEx)
		_, _, f1 := c.PRF("")
		fmt.Fprintf(log, "ner: epoch %d: dev F1 %.2f, rows %d (%v)\n", e, f1, p.Rows(), time.Since(start).Round(time.Second))
		if f1 > bestF {
			best, bestF, bestEpoch = m.p, f1, e
		}
	}
	m.p = best
	if opts.Prune > 0 {
		m.p.Prune(opts.Prune)
	}
	if len(devEx) > 0 {
		c := m.score(devEx)
		_, _, f1 := c.PRF("")
		fmt.Fprintf(log, "ner: best epoch %d, pruned model: dev F1 %.2f, rows %d\n", bestEpoch, f1, m.p.Rows())
	}
	return m, nil
}

const countBits = 24

func countFeatures(train []example) []uint8 {
	counts := make([]uint8, 1<<countBits)
	var fs []uint64
	for _, ex := range train {
		for k := range ex.vs {
			fs = features(fs[:0], ex.vs, k, ex.gold)
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

// examples tags the sentences and computes their word values.
func (m *Model) examples(ds []Labeled, tg SentenceTagger) ([]example, error) {
	idx := map[string]int{}
	for i, l := range m.labels {
		idx[l] = i
	}
	var out []example
	for _, d := range ds {
		cues := newDocCues()
		for _, s := range d.Sentences {
			cues.add(s.Words)
		}
		for _, s := range d.Sentences {
			upos, xpos := tagWords(tg, s.Words)
			ex := example{vs: make([]tokv, len(s.Words)), gold: make([]int, len(s.Words))}
			m.fill(ex.vs, s.Words, upos, xpos, cues, nil)
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

// score decodes the examples and counts exact-span matches.
func (m *Model) score(exs []example) Counts {
	var c Counts
	scores := make([]float32, len(m.labels))
	var fs []uint64
	for _, ex := range exs {
		out := make([]int, len(ex.vs))
		fs = m.decode(ex.vs, out, fs, scores)
		c.Add(m.spans(ex.gold), m.spans(out), "PER", "ORG", "LOC")
	}
	return c
}

// spans turns labels into mentions whose spans are word indexes.
func (m *Model) spans(labels []int) []doc.Mention {
	var out []doc.Mention
	for i := 0; i < len(labels); {
		l := m.labels[labels[i]]
		if l == "O" {
			i++
			continue
		}
		typ := l[2:]
		j := i + 1
		for j < len(labels) && m.labels[labels[j]] == "I-"+typ {
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
	exs, err := m.examples(ds, tg)
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
	m, err := Train(ctx, train, dev, text, tg, TrainOptions{}, log)
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
//	the ml.Perceptron (ml's format)
const (
	magic   = "TGNER\n"
	version = 1
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
	if _, err := bw.Write(b); err != nil {
		return fmt.Errorf("ner: save: %w", err)
	}
	if _, err := m.p.WriteTo(bw); err != nil {
		return fmt.Errorf("ner: save: %w", err)
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
	if v := binary.LittleEndian.Uint16(hdr[len(magic):]); v != version {
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
	if err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	if m.p, err = ml.ReadPerceptron(r); err != nil {
		return nil, fmt.Errorf("ner: load: %w", err)
	}
	if m.p.Classes() != len(m.labels) {
		return nil, fmt.Errorf("%w: %d classes for %d labels", ErrFormat, m.p.Classes(), len(m.labels))
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
