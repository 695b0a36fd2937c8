package ner

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/model"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// udDir is the shared data directory, relative to this package.
var udDir = filepath.Join("..", "..", "..", "shared", "ud")

// dataPath returns a file under udDir, skipping the test when it is absent
// (and failing under CI, where it must be present).
func dataPath(t testing.TB, name string) string {
	t.Helper()
	path := filepath.Join(udDir, name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("data missing: %v", err)
		}
		t.Skipf("data missing: %v", err)
	}
	return path
}

// embedded returns the embedded model, skipping the test when none is
// embedded.
func embedded(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("no model embedded: %v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func tagger(t testing.TB) *tag.Tagger {
	t.Helper()
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// analyser returns a function that tags, lemmatizes and parses a
// tokenized document as the pipeline does: the recognizer's cues read the
// lemmas and the parse.
func analyser(t testing.TB) func(*doc.Doc) {
	t.Helper()
	tg := tagger(t)
	lm, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	ps, err := parse.Default()
	if err != nil {
		t.Fatal(err)
	}
	return func(d *doc.Doc) {
		t.Helper()
		if err := tg.Tag(d); err != nil {
			t.Fatal(err)
		}
		for i := range d.Sentences {
			lm.LemmatizeSentence(&d.Sentences[i])
			ps.ParseSentence(&d.Sentences[i])
		}
	}
}

// readUNER reads a Universal NER file and analyses its documents as the
// pipeline does: tags, lemmas and the parse, which the recognizer's cues
// read.
func readUNER(t testing.TB, name string) []Gold {
	t.Helper()
	f, err := os.Open(dataPath(t, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gs, err := ReadIOB2(f, name)
	if err != nil {
		t.Fatal(err)
	}
	analyse := analyser(t)
	for _, g := range gs {
		analyse(g.Doc)
	}
	return gs
}

func TestDefaultAccuracy(t *testing.T) {
	embedded(t)
	gs := readUNER(t, "UNER_English-EWT/en_ewt-ud-dev.iob2")
	var c Counts
	r := New()
	for _, g := range gs {
		if err := r.Recognize(g.Doc); err != nil {
			t.Fatal(err)
		}
		c.Add(g.Mentions, g.Doc.Mentions, "PER", "ORG", "LOC")
	}
	// Floors a little under the exact-span F1 measured with the embedded
	// model, the lexicons and the sentence cues (the rules alone score
	// 49.8 overall).
	for _, tc := range []struct {
		typ   string
		floor float64
	}{{"PER", 82}, {"ORG", 64}, {"LOC", 79}, {"", 77}} {
		p, r, f := c.PRF(tc.typ)
		t.Logf("%-3s P %.1f R %.1f F1 %.1f", tc.typ, p, r, f)
		if f < tc.floor {
			t.Errorf("%q: F1 %.1f under the floor %.0f", tc.typ, f, tc.floor)
		}
	}
}

// TestSeeds runs the tokenizer, the tagger and the recognizer over the
// sample articles: each entity is found whole and with its type, and no
// pronoun, title or bare description is an entity.
func TestSeeds(t *testing.T) {
	embedded(t)
	tg := tagger(t)
	files, err := filepath.Glob(filepath.Join("..", "..", "seeds", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seeds (%v)", err)
	}
	got := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d := &doc.Doc{Text: string(b)}
		if err := token.New().Tokenize(d); err != nil {
			t.Fatal(err)
		}
		if err := tg.Tag(d); err != nil {
			t.Fatal(err)
		}
		if err := New().Recognize(d); err != nil {
			t.Fatal(err)
		}
		for _, m := range d.Mentions {
			got[m.Type+" "+m.Text(d.Text)] = true
		}
	}
	for _, want := range []string{
		"PER Oksana Pokalchuk", "PER Pokalchuk", "PER Agnès Callamard", "PER Agnes Callamard",
		"PER Dmytro Kuleba", "PER Volodymyr Zelensky", "PER Oksana Pokaltchouk", "PER Pokaltchouk",
		"ORG Amnesty International", "ORG Amnesty International Ukraine", "ORG Ministry of Defence",
		"LOC Kyiv", "LOC Russia", "LOC Ukraine",
	} {
		if !got[want] {
			t.Errorf("missing %q", want)
		}
	}
	for m := range got {
		typ, text, _ := strings.Cut(m, " ")
		first, _, _ := strings.Cut(text, " ")
		if pronouns[strings.ToLower(text)] && !acronymLike(text) || typ == doc.Person && (IsRoleWord(first) || IsRoleModifier(first)) ||
			demonyms[text] != "" || stop[first] || strings.HasPrefix(text, "the ") {
			t.Errorf("not a name: %q", m)
		}
	}
	if t.Failed() {
		var all []string
		for m := range got {
			all = append(all, m)
		}
		slices.Sort(all)
		t.Logf("mentions:\n%s", strings.Join(all, "\n"))
	}
}

// tiny is a small training corpus: enough for a model to learn a few names.
func tiny() []Labeled {
	var ds []Labeled
	for i, s := range []string{
		"Oksana/B-PER Pokalchuk/I-PER left/O Amnesty/B-ORG International/I-ORG in/O Kyiv/B-LOC ./O",
		"Agnes/B-PER Callamard/I-PER heads/O Amnesty/B-ORG International/I-ORG ./O",
		"She/O flew/O from/O Kyiv/B-LOC to/O London/B-LOC ./O",
		"Dmytro/B-PER Kuleba/I-PER met/O Agnes/B-PER Callamard/I-PER in/O London/B-LOC ./O",
	} {
		var ls LabeledSentence
		for _, wl := range strings.Fields(s) {
			w, l, _ := strings.Cut(wl, "/")
			ls.Words = append(ls.Words, w)
			ls.Labels = append(ls.Labels, l)
		}
		ds = append(ds, Labeled{Name: string(rune('a' + i)), Sentences: []LabeledSentence{ls}})
	}
	return ds
}

func TestTrainSaveLoad(t *testing.T) {
	train := tiny()
	m, err := Train(context.Background(), train, nil, nil, nil, TrainOptions{Epochs: 5, Folds: 2, Prune: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := m.Evaluate(train, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, f := c.PRF(""); f < 90 {
		t.Errorf("training F1 %.1f, want the tiny corpus learnt (≥ 90)", f)
	}
	var b bytes.Buffer
	if err := model.Create(&b, m.Save); err != nil {
		t.Fatal(err)
	}
	r, err := model.OpenFS(fstest.MapFS{"ner.gz": {Data: b.Bytes()}}, "ner")
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Load(r)
	r.Close()
	if err != nil {
		t.Fatal(err)
	}
	c2, err := m2.Evaluate(train, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !equalCounts(c, c2) {
		t.Errorf("the loaded model scores %v, the saved one %v", c2, c)
	}
	for _, bad := range [][]byte{nil, []byte("TGNER\n\x09\x00"), []byte("not a model")} {
		if _, err := Load(bytes.NewReader(bad)); err == nil {
			t.Errorf("Load(%q) succeeded", bad)
		}
	}
}

func equalCounts(a, b Counts) bool {
	for _, t := range []string{"PER", "ORG", "LOC"} {
		if a.Gold[t] != b.Gold[t] || a.Pred[t] != b.Pred[t] || a.Correct[t] != b.Correct[t] {
			return false
		}
	}
	return true
}

// BenchmarkRecognize measures the recognizer alone on tagged UNER EWT dev
// documents.
func BenchmarkRecognize(b *testing.B) {
	embedded(b)
	gs := readUNER(b, "UNER_English-EWT/en_ewt-ud-dev.iob2")
	words := 0
	for _, g := range gs {
		for _, s := range g.Doc.Sentences {
			words += len(s.Tokens)
		}
	}
	r := New()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, g := range gs {
			if err := r.Recognize(g.Doc); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}
