package tag

import (
	"bytes"
	"context"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// udDir is the shared treebank directory, relative to this package.
var udDir = filepath.Join("..", "..", "..", "shared", "ud")

// readUD reads a treebank file under udDir, skipping the test when the data
// is absent (and failing under CI, where it must be present).
func readUD(t testing.TB, name string) []*doc.Sentence {
	t.Helper()
	path := filepath.Join(udDir, name)
	if _, err := os.Stat(path); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing: %v", err)
		}
		t.Skipf("treebank missing: %v", err)
	}
	s, err := ReadFiles(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestDefaultAccuracy(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	// Floors a little under the figures measured when the model was trained.
	for _, tc := range []struct {
		file             string
		upos, xpos, feat float64
	}{
		{"UD_English-EWT/en_ewt-ud-dev.conllu", 95.5, 94.8, 92.1},
		{"UD_English-GUM/en_gum-ud-dev.conllu", 96.8, 96.4, 89.6},
	} {
		t.Run(filepath.Base(tc.file), func(t *testing.T) {
			s := tg.Evaluate(readUD(t, tc.file))
			t.Logf("%d tokens: UPOS %.2f%%, XPOS %.2f%%, FEATS %.2f%%", s.Tokens, s.Pct(s.UPOS), s.Pct(s.XPOS), s.Pct(s.Feats))
			if s.Pct(s.UPOS) < tc.upos || s.Pct(s.XPOS) < tc.xpos || s.Pct(s.Feats) < tc.feat {
				t.Errorf("accuracy below the floor (UPOS %.1f, XPOS %.1f, FEATS %.1f)", tc.upos, tc.xpos, tc.feat)
			}
		})
	}
}

func TestExamples(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		words []string
		upos  []string
		xpos  []string
	}{
		{"simple", []string{"The", "dog", "barked", "."},
			[]string{"DET", "NOUN", "VERB", "PUNCT"}, []string{"DT", "NN", "VBD", "."}},
		{"names", []string{"Oksana", "Pokalchuk", "resigned", "on", "Friday", "."},
			[]string{"PROPN", "PROPN", "VERB", "ADP", "PROPN", "PUNCT"}, []string{"NNP", "NNP", "VBD", "IN", "NNP", "."}},
		{"aux", []string{"She", "has", "been", "working", "there", "."},
			[]string{"PRON", "AUX", "AUX", "VERB", "ADV", "PUNCT"}, []string{"PRP", "VBZ", "VBN", "VBG", "RB", "."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := &doc.Sentence{}
			for _, w := range tc.words {
				s.Tokens = append(s.Tokens, doc.Token{Form: w})
			}
			tg.TagSentence(s)
			for i, tok := range s.Tokens {
				if tok.UPOS != tc.upos[i] || tok.XPOS != tc.xpos[i] {
					t.Errorf("%s: %s/%s, want %s/%s", tok.Form, tok.UPOS, tok.XPOS, tc.upos[i], tc.xpos[i])
				}
			}
		})
	}
}

func TestEmptySentence(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Doc{Sentences: []doc.Sentence{{}}}
	if err := tg.Tag(d); err != nil {
		t.Fatal(err)
	}
}

// TestRoundTrip trains a small two-pass model and checks that saving and
// loading it changes neither its bytes nor its output.
func TestRoundTrip(t *testing.T) {
	train := readUD(t, "UD_English-EWT/en_ewt-ud-train.conllu")[:1500]
	dev := readUD(t, "UD_English-EWT/en_ewt-ud-dev.conllu")[:300]
	tg, err := Train(context.Background(), train, dev, TrainOptions{Epochs: 2, Folds: 2, Bits: 18}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// The dictionary travels with the model.
	tg.dict = dictionary{"run": dictNoun | dictVerb, "ran": dictVerbExc, "paris": dictNoun | dictCapital}
	var a, b bytes.Buffer
	if err := tg.Save(&a); err != nil {
		t.Fatal(err)
	}
	tg2, err := Load(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if err := tg2.Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("saved model changed after a load (%d bytes, then %d)", a.Len(), b.Len())
	}
	if !maps.Equal(tg.dict, tg2.dict) {
		t.Errorf("dictionary %v after a load, want %v", tg2.dict, tg.dict)
	}
	s1, s2 := tg.Evaluate(dev), tg2.Evaluate(dev)
	if s1 != s2 {
		t.Errorf("scores differ after load: %+v, then %+v", s1, s2)
	}
	if s1.Pct(s1.UPOS) < 85 {
		t.Errorf("small model UPOS %.2f%%, want at least 85%%", s1.Pct(s1.UPOS))
	}
	for _, g := range dev {
		x := &doc.Sentence{Tokens: slices.Clone(g.Tokens)}
		y := &doc.Sentence{Tokens: slices.Clone(g.Tokens)}
		tg.TagSentence(x)
		tg2.TagSentence(y)
		if !slices.Equal(x.Tokens, y.Tokens) {
			t.Fatalf("sentence %s tagged differently after load", g.ID)
		}
	}
}

func TestLoadBad(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var good bytes.Buffer
	if err := tg.Save(&good); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"magic", []byte("not a model at all")},
		{"truncated", good.Bytes()[:good.Len()/2]},
		{"header only", good.Bytes()[:len(magic)+2]},
		// A model of the format before the dictionary.
		{"version 1", append([]byte(magic+"\x01\x00"), good.Bytes()[len(magic)+2:]...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func TestNoAllocs(t *testing.T) {
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	s := &doc.Sentence{}
	for _, w := range []string{"Café", "owners", "in", "Kyiv", "said", "12,000", "people", "came", "."} {
		s.Tokens = append(s.Tokens, doc.Token{Form: w})
	}
	tg.TagSentence(s)
	if n := testing.AllocsPerRun(100, func() { tg.TagSentence(s) }); n > 0.5 {
		t.Errorf("TagSentence allocates %.1f times per sentence", n)
	}
}

func BenchmarkTag(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := readUD(b, "UD_English-EWT/en_ewt-ud-dev.conllu")
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			tg.TagSentence(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	tg, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := tg.Save(&buf); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}
