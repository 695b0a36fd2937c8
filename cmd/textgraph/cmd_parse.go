package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

type parseOptions struct {
	Input string
}

func (o *parseOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Input, "input", "text", "input format: text (raw UTF-8) or conllu (keep its tokens, re-analyse them)")
}

// analyzer runs the syntactic stages on one sentence.
type analyzer struct {
	tagger *tag.Tagger
	lemmas *lemma.Lemmatizer
	parser *parse.Parser
}

func newAnalyzer() (*analyzer, error) {
	t, err := tag.Default()
	if err != nil {
		return nil, err
	}
	l, err := lemma.Default()
	if err != nil {
		return nil, err
	}
	p, err := parse.Default()
	if err != nil {
		return nil, err
	}
	return &analyzer{t, l, p}, nil
}

func (a *analyzer) sentence(s *doc.Sentence) {
	a.tagger.TagSentence(s)
	a.lemmas.LemmatizeSentence(s)
	a.parser.ParseSentence(s)
}

func newParseCommand() *Command {
	var o parseOptions
	return &Command{
		Name:  "parse",
		Usage: "[flags] [FILE...]",
		Short: "tokenize, tag, lemmatize and parse text into CoNLL-U",
		Long: `Reads raw UTF-8 text (standard input when no file) and prints CoNLL-U with
UPOS, XPOS, lemma, head and relation; MISC carries TokenRange=start:end, the
byte offsets of each token in the input. With --input conllu the tokens of the
given CoNLL-U are kept and everything else is predicted again, so the tagger
and parser can be scored on gold tokenization by any CoNLL-U scorer.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if o.Input != "text" && o.Input != "conllu" {
				return usagef("--input must be text or conllu, not %q", o.Input)
			}
			a, err := newAnalyzer()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(env.Stdout)
			defer w.Flush()
			each := func(name string, r io.Reader) error {
				if o.Input == "conllu" {
					return parseCoNLLU(ctx, a, name, r, w)
				}
				return parseText(ctx, a, name, r, w)
			}
			if len(args) == 0 {
				return each("stdin", env.Stdin)
			}
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				err = each(name, f)
				f.Close()
				if err != nil {
					return err
				}
			}
			return w.Flush()
		},
	}
}

func parseText(ctx context.Context, a *analyzer, name string, r io.Reader, w io.Writer) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	d := &doc.Doc{Source: name, Text: string(b)}
	if err := (&token.Tokenizer{}).Tokenize(d); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for i := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		a.sentence(&d.Sentences[i])
		if err := conllu.Write(w, &d.Sentences[i], d.Text, fmt.Sprintf("%d", i+1)); err != nil {
			return err
		}
	}
	return nil
}

func parseCoNLLU(ctx context.Context, a *analyzer, name string, r io.Reader, w io.Writer) error {
	cr := conllu.NewReader(r)
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		for i := range s.Tokens {
			t := &s.Tokens[i]
			t.UPOS, t.XPOS, t.Lemma, t.Feats, t.Rel, t.Head = "", "", "", "", "", -1
		}
		a.sentence(s)
		if err := conllu.Write(w, s, cr.Text(), s.ID); err != nil {
			return err
		}
	}
}
