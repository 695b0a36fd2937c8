package parse

import (
	"compress/gzip"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/model"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/udeval"
)

// TestTrainModel rebuilds the embedded model when TEXTGRAPH_TRAIN_PARSE
// names the output file:
//
//	TEXTGRAPH_TRAIN_PARSE=/tmp/parse.gz nice go test -run TestTrainModel -timeout 2h -v ./extract/parse/
//
// It trains on EWT and GUM train with jackknifed tags and selects the epoch
// on EWT and GUM dev, as `textgraph train` does. TEXTGRAPH_TRAIN_PARSE_BEAM
// sets another training beam (the model then searches with it, capped by
// MaxSearchBeam when loaded).
func TestTrainModel(t *testing.T) {
	out := os.Getenv("TEXTGRAPH_TRAIN_PARSE")
	if out == "" {
		t.Skip("TEXTGRAPH_TRAIN_PARSE not set")
	}
	train, err := ReadFiles([]string{udFile(t, "UD_English-EWT", "en_ewt-ud-train.conllu"), udFile(t, "UD_English-GUM", "en_gum-ud-train.conllu")})
	if err != nil {
		t.Fatal(err)
	}
	dev, err := ReadFiles([]string{udFile(t, "UD_English-EWT", "en_ewt-ud-dev.conllu"), udFile(t, "UD_English-GUM", "en_gum-ud-dev.conllu")})
	if err != nil {
		t.Fatal(err)
	}
	opts := DefaultTrainOptions
	if v := os.Getenv("TEXTGRAPH_TRAIN_PARSE_BEAM"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 1 || k > maxBeam {
			t.Fatalf("TEXTGRAPH_TRAIN_PARSE_BEAM=%q: want a width from 1 to %d", v, maxBeam)
		}
		opts.Beam, opts.SearchBeam = k, k
	}
	start := time.Now()
	p, err := Train(t.Context(), train, dev, opts, testLog{t})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("trained in %s", time.Since(start).Round(time.Second))
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := model.Create(f, p.Save); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestScoreModel scores the model file TEXTGRAPH_SCORE_PARSE (a parse.gz
// not embedded, e.g. written by TestTrainModel) on EWT and GUM dev, tagged
// and lemmatized by the embedded models as in the pipeline, searching with
// the beam TEXTGRAPH_SCORE_PARSE_BEAM (default MaxSearchBeam):
//
//	TEXTGRAPH_SCORE_PARSE=/tmp/parse.gz TEXTGRAPH_SCORE_PARSE_BEAM=4 go test -run TestScoreModel -v ./extract/parse/
func TestScoreModel(t *testing.T) {
	path := os.Getenv("TEXTGRAPH_SCORE_PARSE")
	if path == "" {
		t.Skip("TEXTGRAPH_SCORE_PARSE not set")
	}
	if v := os.Getenv("TEXTGRAPH_SCORE_PARSE_BEAM"); v != "" {
		k, err := strconv.Atoi(v)
		if err != nil || k < 1 || k > maxBeam {
			t.Fatalf("TEXTGRAPH_SCORE_PARSE_BEAM=%q: want a width from 1 to %d", v, maxBeam)
		}
		defer func(old int) { MaxSearchBeam = old }(MaxSearchBeam)
		MaxSearchBeam = k
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Load(zr)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	lm, err := lemma.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tb := range [][2]string{{"UD_English-EWT", "en_ewt-ud-dev.conllu"}, {"UD_English-GUM", "en_gum-ud-dev.conllu"}} {
		gold := readUD(t, tb[0], tb[1])
		ss := make([]*doc.Sentence, len(gold))
		for i, g := range gold {
			s := &doc.Sentence{Span: g.Span, Tokens: append([]doc.Token(nil), g.Tokens...)}
			for j := range s.Tokens {
				tk := &s.Tokens[j]
				tk.UPOS, tk.XPOS, tk.Lemma, tk.Feats, tk.Rel, tk.Head = "", "", "", "", "", -1
			}
			tg.TagSentence(s)
			lm.LemmatizeSentence(s)
			ss[i] = s
		}
		var c udeval.Counts
		words := 0
		start := time.Now()
		for _, s := range ss {
			p.ParseSentence(s)
			words += len(s.Tokens)
		}
		el := time.Since(start)
		c.AddAll(gold, ss)
		t.Logf("%s, beam %d: UPOS %.2f UAS %.2f LAS %.2f; parsing alone %.0f words/s", tb[1], p.beam, c.UPOS(), c.UAS(), c.LAS(), float64(words)/el.Seconds())
	}
}

type testLog struct{ t *testing.T }

func (l testLog) Write(b []byte) (int, error) {
	l.t.Log(string(b))
	return len(b), nil
}
