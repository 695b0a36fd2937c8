package parse

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/udeval"
)

// udDir locates the shared UD treebanks, skipping the test when they are
// absent (failing under CI=true).
func udFile(t testing.TB, treebank, name string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", "ud", treebank, name)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing: %v", err)
		}
		t.Skipf("treebank missing: %v", err)
	}
	return p
}

func readUD(t testing.TB, treebank, name string) []*doc.Sentence {
	t.Helper()
	ss, err := ReadFiles([]string{udFile(t, treebank, name)})
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func testParser(t testing.TB) *Parser {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// parseCopy parses a copy of gold, which keeps gold tags and tokens.
func parseCopy(p *Parser, gold *doc.Sentence) *doc.Sentence {
	s := &doc.Sentence{Span: gold.Span, Tokens: append([]doc.Token(nil), gold.Tokens...)}
	for i := range s.Tokens {
		s.Tokens[i].Head, s.Tokens[i].Rel = -1, ""
	}
	p.ParseSentence(s)
	return s
}

func TestDevFloor(t *testing.T) {
	p := testParser(t)
	tests := []struct {
		treebank, file string
		uas, las       float64
	}{
		{"UD_English-EWT", "en_ewt-ud-dev.conllu", 88.0, 85.8},
		{"UD_English-GUM", "en_gum-ud-dev.conllu", 87.2, 84.9},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			var c udeval.Counts
			for _, g := range readUD(t, tc.treebank, tc.file) {
				c.Add(g, parseCopy(p, g))
			}
			t.Logf("%s gold tags: UAS %.2f LAS %.2f (full labels %.2f)", tc.file, c.UAS(), c.LAS(), c.LASFull())
			if c.UAS() < tc.uas || c.LAS() < tc.las {
				t.Errorf("UAS %.2f LAS %.2f, want at least %.1f, %.1f", c.UAS(), c.LAS(), tc.uas, tc.las)
			}
		})
	}
}

// TestDevFloorPredictedTags parses EWT dev tagged by the embedded tagger,
// as the pipeline does.
func TestDevFloorPredictedTags(t *testing.T) {
	p := testParser(t)
	tg, err := tag.Default()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	var c udeval.Counts
	for _, g := range readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu") {
		s := &doc.Sentence{Span: g.Span, Tokens: append([]doc.Token(nil), g.Tokens...)}
		tg.TagSentence(s)
		p.ParseSentence(s)
		c.Add(g, s)
	}
	t.Logf("EWT dev predicted tags: UPOS %.2f UAS %.2f LAS %.2f (full labels %.2f)", c.UPOS(), c.UAS(), c.LAS(), c.LASFull())
	if c.UAS() < 86.0 || c.LAS() < 83.0 {
		t.Errorf("UAS %.2f LAS %.2f, want at least 86.0, 83.0", c.UAS(), c.LAS())
	}
}

// TestWellFormed checks that every parse is a single-rooted tree covering
// every word.
func TestWellFormed(t *testing.T) {
	p := testParser(t)
	for _, g := range readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")[:500] {
		s := parseCopy(p, g)
		roots := 0
		for i, tok := range s.Tokens {
			if tok.Head == 0 {
				roots++
				if tok.Rel != "root" {
					t.Errorf("%s: root word %d labelled %q", g.ID, i+1, tok.Rel)
				}
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 || tok.Rel == "" {
				t.Fatalf("%s: word %d has head %d rel %q", g.ID, i+1, tok.Head, tok.Rel)
			}
			// no cycles: walking up reaches the root
			h, steps := tok.Head, 0
			for h != 0 && steps <= len(s.Tokens) {
				h = s.Tokens[h-1].Head
				steps++
			}
			if h != 0 {
				t.Fatalf("%s: word %d is on a cycle", g.ID, i+1)
			}
		}
		if roots != 1 {
			t.Errorf("%s: %d roots", g.ID, roots)
		}
	}
}

// TestOracle checks that following the zero-cost transitions rebuilds every
// projectivized training tree exactly, and that projectivization only lifts
// arcs of non-projective trees.
func TestOracle(t *testing.T) {
	sents := readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")
	p := &Parser{}
	p.setLabels([]string{"dep", "root"})
	st := &state{}
	lifted := 0
	for _, s := range sents {
		n := len(s.Tokens)
		heads := make([]int32, n+1)
		labels := make([]int32, n+1)
		heads[0] = -1
		for i, tok := range s.Tokens {
			heads[i+1] = int32(tok.Head)
		}
		proj := projectivize(heads)
		for i := range heads {
			if proj[i] != heads[i] {
				lifted++
				break
			}
		}
		g := newGold(proj, labels)
		st.load(s.Tokens, nil)
		for !st.terminal() {
			c := g.costs(st)
			a := -1
			for k := range c {
				if c[k] == 0 {
					a = k
					break
				}
			}
			if a < 0 {
				t.Fatalf("%s: no zero-cost transition (costs %v)", s.ID, c)
			}
			st.apply(a, 0, 0, false)
		}
		for i := 1; i <= n; i++ {
			if st.head[i] != proj[i] {
				t.Fatalf("%s: word %d: oracle head %d, gold %d", s.ID, i, st.head[i], proj[i])
			}
		}
	}
	if lifted == 0 || lifted > len(sents)/10 {
		t.Errorf("%d of %d sentences lifted", lifted, len(sents))
	}
}

func TestProjectivize(t *testing.T) {
	tests := []struct {
		name     string
		in, want []int32
	}{
		{"projective", []int32{-1, 2, 0, 2}, []int32{-1, 2, 0, 2}},
		// 3 -> 1 spans the root 2: lifted to 4, still spanning 2, then to 2.
		{"crossing", []int32{-1, 3, 0, 4, 2}, []int32{-1, 2, 0, 4, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := projectivize(tc.in)
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("got %v, want %v", got, tc.want)
				}
			}
		})
	}
}

func TestSaveLoad(t *testing.T) {
	p := testParser(t)
	var buf bytes.Buffer
	if err := p.Save(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(p.labels, " ") != strings.Join(q.labels, " ") {
		t.Fatalf("labels differ after round trip")
	}
	for _, g := range readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")[:300] {
		a, b := parseCopy(p, g), parseCopy(q, g)
		for i := range a.Tokens {
			if a.Tokens[i].Head != b.Tokens[i].Head || a.Tokens[i].Rel != b.Tokens[i].Rel {
				t.Fatalf("%s: word %d: %d %s before, %d %s after round trip", g.ID, i+1,
					a.Tokens[i].Head, a.Tokens[i].Rel, b.Tokens[i].Head, b.Tokens[i].Rel)
			}
		}
	}
	for _, cut := range []int{0, 5, len(magic) + 6, buf.Len() / 2, buf.Len() - 1} {
		if _, err := Load(bytes.NewReader(buf.Bytes()[:cut])); err == nil {
			t.Errorf("Load of %d of %d bytes: no error", cut, buf.Len())
		}
	}
	if _, err := Load(strings.NewReader("TGPARSX\nxxxxxxxx")); err == nil {
		t.Error("Load of bad magic: no error")
	}
}

// TestTrainSmall trains on a little data and checks the result beats a
// trivial baseline and survives saving in the parse.gz format.
func TestTrainSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("trains a model")
	}
	// The round trip must search with the trained width.
	defer func(k int) { MaxSearchBeam = k }(MaxSearchBeam)
	MaxSearchBeam = 0
	train := readUD(t, "UD_English-EWT", "en_ewt-ud-train.conllu")[:1500]
	dev := readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")[:300]
	p, err := Train(t.Context(), train, dev, TrainOptions{Epochs: 3, ActionBits: 16, LabelBits: 14}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	uas, las := p.score(dev)
	if uas < 70 || las < 60 {
		t.Errorf("small model: UAS %.2f LAS %.2f", uas, las)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if err := p.Save(zw); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	zr, err := gzip.NewReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Load(zr)
	if err != nil {
		t.Fatal(err)
	}
	if u2, l2 := q.score(dev); u2 < uas-0.2 || l2 < las-0.2 {
		t.Errorf("after round trip UAS %.2f LAS %.2f, before %.2f %.2f", u2, l2, uas, las)
	}
}

func BenchmarkParse(b *testing.B) {
	p := testParser(b)
	sents := readUD(b, "UD_English-EWT", "en_ewt-ud-dev.conllu")
	words := 0
	for _, s := range sents {
		words += len(s.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			p.ParseSentence(s)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		r, err := openModel()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Load(r); err != nil {
			b.Fatal(err)
		}
		r.Close()
	}
}

// TestOddInput parses degenerate sentences: every one must still get a
// single-rooted tree.
func TestOddInput(t *testing.T) {
	p := testParser(t)
	long := make([]doc.Token, 400)
	for i := range long {
		long[i] = doc.Token{Form: []string{"the", "dog", "barks", ",", "and"}[i%5], UPOS: []string{"DET", "NOUN", "VERB", "PUNCT", "CCONJ"}[i%5]}
	}
	tests := []struct {
		name string
		toks []doc.Token
	}{
		{"one word", []doc.Token{{Form: "Hello", UPOS: "INTJ", XPOS: "UH"}}},
		{"untagged", []doc.Token{{Form: "Dogs"}, {Form: "bark"}, {Form: "."}}},
		{"non-ASCII", []doc.Token{{Form: "Zelenskyy", UPOS: "PROPN"}, {Form: "спасибо", UPOS: "X"}, {Form: "…", UPOS: "PUNCT"}}},
		{"400 words", long},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := &doc.Sentence{Tokens: tc.toks}
			p.ParseSentence(s)
			roots := 0
			for i, tok := range s.Tokens {
				if tok.Head == 0 {
					roots++
				}
				if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 || tok.Rel == "" {
					t.Fatalf("word %d: head %d rel %q", i+1, tok.Head, tok.Rel)
				}
			}
			if roots != 1 {
				t.Errorf("%d roots", roots)
			}
		})
	}
	if err := p.Parse(&doc.Doc{}); err != nil {
		t.Errorf("empty document: %v", err)
	}
}
