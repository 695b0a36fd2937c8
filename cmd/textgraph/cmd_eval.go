package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/token"
	"github.com/textgraph/textgraph/extract/udeval"
)

func newEvalCommand() *Command {
	return &Command{
		Name:  "eval",
		Usage: "ud FILE.conllu",
		Short: "score the embedded models against gold data",
		Long: `eval ud FILE.conllu
    Re-analyses the gold tokens of FILE and prints UPOS, XPOS, lemma accuracy,
    UAS and LAS (CoNLL 2018 definitions, punctuation included); then tokenizes
    the file's raw text from scratch and prints token and sentence F1.`,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 2 || args[0] != "ud" {
				return usagef("usage: textgraph eval ud FILE.conllu")
			}
			return evalUD(ctx, env, args[1])
		},
	}
}

func evalUD(ctx context.Context, env *Env, path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	a, err := newAnalyzer()
	if err != nil {
		return err
	}
	cr := conllu.NewReader(f)
	var gold []doc.Sentence
	var counts udeval.Counts
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		pred := &doc.Sentence{Span: s.Span, Tokens: make([]doc.Token, len(s.Tokens))}
		for i, t := range s.Tokens {
			pred.Tokens[i] = doc.Token{Span: t.Span, Form: t.Form, SpaceAfter: t.SpaceAfter, MWT: t.MWT, Head: -1}
		}
		a.sentence(pred)
		counts.Add(s, pred)
		gold = append(gold, *s)
	}
	fmt.Fprintf(env.Stdout, "%s: gold tokenization\n", path)
	counts.Report(env.Stdout)
	d := &doc.Doc{Source: path, Text: cr.Text()}
	if err := (&token.Tokenizer{}).Tokenize(d); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: raw text\n", path)
	fmt.Fprintln(env.Stdout, token.Score(d.Text, gold, d.Sentences))
	return nil
}
