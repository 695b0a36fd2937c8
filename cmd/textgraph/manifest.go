package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/token"
	"github.com/textgraph/textgraph/extract/udeval"
)

// writeManifest writes dir/MANIFEST: what each model file is (size,
// SHA-256), what it was trained from, by which commit, and its scores on
// the held-out test splits. `textgraph version` prints it.
func writeManifest(ctx context.Context, dir, ud string) error {
	var b strings.Builder
	rev := "unknown"
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				rev = s.Value
			}
		}
	}
	if rev == "unknown" {
		// Built without VCS stamps (go run, -buildvcs=false): ask git.
		if out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output(); err == nil {
			rev = strings.TrimSpace(string(out))
		}
	}
	fmt.Fprintf(&b, "textgraph models, written %s by textgraph %s (commit %s)\n", time.Now().UTC().Format("2006-01-02"), version, rev)
	fmt.Fprintf(&b, "trained by `textgraph train` on the train splits of UD English EWT r2.16 and GUM (permissive genres), tuned on their dev splits;\n")
	fmt.Fprintf(&b, "tag.gz with the word classes of WordNet 3.0 (Debian wordnet-base);\n")
	fmt.Fprintf(&b, "ner.gz on the named mentions of GUM train, wikigold and re3d and on EWT train as labelled by the rounds before, tuned on Universal NER EWT dev;\n")
	fmt.Fprintf(&b, "coref.gz on the coreference of GUM train (its Entity= brackets), as the models above analyse it\n\n")
	files, _ := filepath.Glob(filepath.Join(dir, "*.gz"))
	sort.Strings(files)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%-9s %9d bytes  sha256 %s\n", filepath.Base(f), len(data), hex.EncodeToString(sum[:]))
	}
	a, err := newAnalyzer()
	if err != nil {
		return err
	}
	fmt.Fprintf(&b, "\nheld-out scores (gold tokenization, predicted tags; raw text for tokens and sentences):\n")
	for _, split := range []struct{ name, path string }{
		{"EWT test", filepath.Join(ud, "UD_English-EWT", "en_ewt-ud-test.conllu")},
		{"GUM test", filepath.Join(ud, "UD_English-GUM", "en_gum-ud-test.conllu")},
	} {
		c, seg, err := scoreUD(ctx, a, split.path)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "  %s: UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  tokens F1 %.2f  sentences F1 %.2f\n",
			split.name, c.UPOS(), c.XPOS(), c.Lemma(), c.UAS(), c.LAS(), 100*seg.Tokens.F1(), 100*seg.Sentences.F1())
	}
	if uner := filepath.Join(ud, "UNER_English-EWT", "en_ewt-ud-test.iob2"); fileExists(filepath.Join(dir, "ner.gz")) && fileExists(uner) {
		c, err := scoreNER(ctx, a, uner)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "  UNER EWT test (exact span, P/R/F1):")
		for _, t := range []string{"PER", "ORG", "LOC", ""} {
			p, r, f1 := c.PRF(t)
			if t == "" {
				t = "all"
			}
			fmt.Fprintf(&b, "  %s %.1f/%.1f/%.1f", t, p, r, f1)
		}
		fmt.Fprintln(&b)
	}
	if gum := filepath.Join(ud, "UD_English-GUM", "en_gum-ud-test.conllu"); fileExists(filepath.Join(dir, "coref.gz")) && fileExists(gum) {
		res, _, err := scoreCoref(ctx, gum)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "  GUM test coreference (CoNLL F1, singletons removed / kept):  %.1f / %.1f\n",
			100*res.WithoutSingletons.CoNLL(), 100*res.WithSingletons.CoNLL())
	}
	return os.WriteFile(filepath.Join(dir, "MANIFEST"), []byte(b.String()), 0o644)
}

// scoreUD re-analyses the gold tokens of a CoNLL-U file and tokenizes its raw
// text from scratch.
func scoreUD(ctx context.Context, a *analyzer, path string) (*udeval.Counts, token.Scores, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, token.Scores{}, err
	}
	defer f.Close()
	cr := conllu.NewReader(f)
	var gold []doc.Sentence
	counts := &udeval.Counts{}
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, token.Scores{}, fmt.Errorf("%s: %w", path, err)
		}
		if err := ctx.Err(); err != nil {
			return nil, token.Scores{}, err
		}
		pred := &doc.Sentence{Span: s.Span, Tokens: make([]doc.Token, len(s.Tokens))}
		for i, t := range s.Tokens {
			pred.Tokens[i] = doc.Token{Span: t.Span, Form: t.Form, SpaceAfter: t.SpaceAfter, MWT: t.MWT, Head: -1}
		}
		a.sentence(pred)
		counts.Add(s, pred)
		gold = append(gold, *s)
	}
	d := &doc.Doc{Source: path, Text: cr.Text()}
	if err := token.New().Tokenize(d); err != nil {
		return nil, token.Scores{}, err
	}
	return counts, token.Score(d.Text, gold, d.Sentences), nil
}

func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
