package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract/corefeval"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/openie"
	"github.com/textgraph/textgraph/extract/tag"
)

func newEvalCommand() *Command {
	return &Command{
		Name:  "eval",
		Usage: "ud FILE.conllu | ner FILE.iob2 | ner-folds [K] | coref FILE.conllu | openie [PREDICTIONS.tsv]",
		Short: "score the embedded models against gold data",
		Long: `eval ud FILE.conllu
    Re-analyses the gold tokens of FILE and prints UPOS, XPOS, lemma accuracy,
    UAS and LAS (CoNLL 2018 definitions, punctuation included); then tokenizes
    the file's raw text from scratch and prints token and sentence F1.

eval ner FILE.iob2
    Recognizes the entities of a Universal NER file (its gold tokens kept) and
    prints exact-span precision, recall and F1 for PER, ORG and LOC.

eval ner-folds [K]
    Trains the entity recognizer's model K times (default 5), each time
    holding out one fold of wikigold's documents, and prints the exact-span
    scores on the held-out folds (the data come from --ud, as for train).

eval coref FILE.conllu
    Re-analyses the gold tokens of a CoNLL-U file with CorefUD entity
    brackets in MISC (GUM), finds and links its noun phrases, and prints MUC,
    B3 and CEAF-e recall, precision and F1 and their mean (the CoNLL-2012
    score), once with singleton entities removed from key and response (the
    CoNLL-2012 setting) and once with them. Mentions match by exact span.

eval openie [PREDICTIONS.tsv]
    Scores open information extraction with the CaRB benchmark's matcher
    (best F1 over confidence thresholds and area under the precision-recall
    curve) against --gold. Without a predictions file, textgraph's own
    extractor is run on --sentences first.`,
		Flags: func(fs *pflag.FlagSet) {
			fs.StringVar(&evalGold, "gold", "../shared/openie/tuning-gold.tsv", "gold tuples for eval openie")
			fs.StringVar(&evalUDDir, "ud", "../shared/ud", "data folder for eval ner-folds (see train --ud)")
			fs.StringVar(&evalSentences, "sentences", "../shared/openie/tuning-sentences.txt", "sentences to extract from for eval openie")
		},
		Run: func(ctx context.Context, env *Env, args []string) error {
			switch {
			case len(args) == 2 && args[0] == "ud":
				return evalUD(ctx, env, args[1])
			case len(args) == 2 && args[0] == "ner":
				return evalNER(ctx, env, args[1])
			case len(args) == 2 && args[0] == "coref":
				return evalCoref(ctx, env, args[1])
			case len(args) >= 1 && len(args) <= 2 && args[0] == "ner-folds":
				k := 5
				if len(args) == 2 {
					n, err := strconv.Atoi(args[1])
					if err != nil || n < 2 {
						return usagef("ner-folds: K must be a number of folds of at least 2, not %q", args[1])
					}
					k = n
				}
				return evalNERFolds(ctx, env, k)
			case len(args) >= 1 && len(args) <= 2 && args[0] == "openie":
				return evalOpenIE(ctx, env, args[1:])
			}
			return usagef("usage: textgraph eval ud FILE.conllu | eval ner FILE.iob2 | eval ner-folds [K] | eval coref FILE.conllu | eval openie [PREDICTIONS.tsv]")
		},
	}
}

var evalGold, evalSentences, evalUDDir string

func evalNERFolds(ctx context.Context, env *Env, k int) error {
	tg, err := tag.Default()
	if err != nil {
		return err
	}
	c, err := ner.CrossValidate(ctx, nerCorpus(evalUDDir), tg, k, ner.TrainOptions{Epochs: 10}, env.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "wikigold, %d held-out folds: exact-span entity recognition (model alone)\n", k)
	printNER(env, c)
	return nil
}

func evalNER(ctx context.Context, env *Env, path string) error {
	a, err := newAnalyzer()
	if err != nil {
		return err
	}
	c, err := scoreNER(ctx, a, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: exact-span entity recognition\n", path)
	printNER(env, c)
	return nil
}

func printNER(env *Env, c ner.Counts) {
	for _, t := range []string{"PER", "ORG", "LOC", ""} {
		p, r, f1 := c.PRF(t)
		name := t
		if t == "" {
			name = "all"
		}
		fmt.Fprintf(env.Stdout, "%-4s P %5.1f  R %5.1f  F1 %5.1f  (%d gold, %d predicted)\n", name, p, r, f1, sum(c.Gold, t), sum(c.Pred, t))
	}
}

// scoreNER recognizes the entities of a Universal NER file (its gold tokens
// analysed by a) with the embedded recognizer and counts exact-span matches.
func scoreNER(ctx context.Context, a *analyzer, path string) (ner.Counts, error) {
	f, err := os.Open(path)
	if err != nil {
		return ner.Counts{}, err
	}
	defer f.Close()
	docs, err := ner.ReadIOB2(f, path)
	if err != nil {
		return ner.Counts{}, err
	}
	rec := ner.New()
	var c ner.Counts
	for _, g := range docs {
		if err := ctx.Err(); err != nil {
			return c, err
		}
		for i := range g.Doc.Sentences {
			a.sentence(&g.Doc.Sentences[i])
		}
		if err := rec.Recognize(g.Doc); err != nil {
			return c, err
		}
		c.Add(g.Mentions, g.Doc.Mentions, "PER", "ORG", "LOC")
	}
	return c, nil
}

func sum(m map[string]int, t string) int {
	n := 0
	for k, v := range m {
		if t == "" || k == t {
			n += v
		}
	}
	return n
}

func evalOpenIE(ctx context.Context, env *Env, args []string) error {
	gf, err := os.Open(evalGold)
	if err != nil {
		return err
	}
	defer gf.Close()
	gold, err := openie.Read(gf, evalGold, false)
	if err != nil {
		return err
	}
	var pred bytes.Buffer
	name := "textgraph"
	if len(args) == 1 {
		b, err := os.ReadFile(args[0])
		if err != nil {
			return err
		}
		pred.Write(b)
		name = args[0]
	} else {
		p, err := newAnalyzer()
		if err != nil {
			return err
		}
		sf, err := os.Open(evalSentences)
		if err != nil {
			return err
		}
		defer sf.Close()
		if err := extractOpenIE(ctx, p, sf, evalSentences, &pred, 0); err != nil {
			return err
		}
	}
	tuples, err := openie.Read(&pred, name, true)
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, openie.Score(gold, tuples))
	return nil
}

func evalUD(ctx context.Context, env *Env, path string) error {
	a, err := newAnalyzer()
	if err != nil {
		return err
	}
	counts, seg, err := scoreUD(ctx, a, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: gold tokenization\n", path)
	counts.Report(env.Stdout)
	fmt.Fprintf(env.Stdout, "%s: raw text\n%s\n", path, seg)
	return nil
}

func evalCoref(ctx context.Context, env *Env, path string) error {
	res, n, err := scoreCoref(ctx, path)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %d documents, coreference on gold tokens\n", path, n)
	fmt.Fprintln(env.Stdout, "singletons removed from key and response (CoNLL-2012):")
	res.WithoutSingletons.Report(env.Stdout)
	fmt.Fprintln(env.Stdout, "with singletons:")
	res.WithSingletons.Report(env.Stdout)
	return nil
}

// scoreCoref runs textgraph's coreference on the gold tokens of a CoNLL-U
// file with entity brackets and returns its scores and how many documents
// it read.
func scoreCoref(ctx context.Context, path string) (res corefeval.Result, docs int, err error) {
	f, err := os.Open(path)
	if err != nil {
		return res, 0, err
	}
	defer f.Close()
	ds, err := corefeval.ReadGUM(f)
	if err != nil {
		return res, 0, fmt.Errorf("%s: %w", path, err)
	}
	sys, err := corefeval.NewSystem()
	if err != nil {
		return res, 0, err
	}
	res, err = sys.Evaluate(ctx, ds)
	if err != nil {
		return res, 0, fmt.Errorf("%s: %w", path, err)
	}
	return res, len(ds), nil
}
