package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract/corefeval"
	"github.com/textgraph/textgraph/extract/lemma"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/parse"
	"github.com/textgraph/textgraph/extract/tag"
)

type trainOptions struct {
	UD       string
	Out      string
	Models   []string
	Manifest bool
	Guide    int
}

func (o *trainOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.UD, "ud", "../shared/ud", "folder holding UD_English-EWT, UD_English-GUM, UNER_English-EWT and ner/ (wikigold, re3d)")
	fs.StringVar(&o.Out, "out", "extract/model/data", "folder the trained models (NAME.gz) are written to")
	fs.StringSliceVar(&o.Models, "models", []string{"tag", "lemma", "parse", "ner", "coref"}, "models to train, in order")
	fs.BoolVar(&o.Manifest, "manifest-only", false, "train nothing: only rewrite MANIFEST (sizes, SHA-256, held-out scores) for the models in --out")
	fs.IntVar(&o.Guide, "parse-guide", 0, "stack the parser on a graph-based parser jackknifed over this many folds (0: no guide, as the embedded model)")
}

// trainer trains one model from CoNLL-U files into out.
type trainer func(ctx context.Context, train, dev []string, out io.Writer, log io.Writer) error

func newTrainCommand() *Command {
	var o trainOptions
	return &Command{
		Name:  "train",
		Usage: "[flags]",
		Short: "train the embedded tagger, lemmatizer, parser, entity recognizer and coreference model",
		Long: `Reproduces the models embedded in the binary from the EWT and GUM training
splits (tuning on their dev splits) and writes them as NAME.gz into --out. Train
with TEXTGRAPH_MODELS=--out set to try new models before rebuilding the binary;
the parser and the entity recognizer are trained on the tags the freshly
trained tagger predicts, so train tag before parse and ner. The entity
recognizer learns from the named mentions of GUM train, wikigold and re3d,
then twice more with EWT train labelled by the round before, tuned on
Universal NER EWT dev. The coreference model learns from the coreference of
GUM train as the models in --out analyse it, and logs its GUM dev score.
Training ends by writing MANIFEST (sizes, SHA-256 and
held-out test scores of the models), which textgraph version prints.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			split := func(s string) []string {
				return []string{
					filepath.Join(o.UD, "UD_English-EWT", "en_ewt-ud-"+s+".conllu"),
					filepath.Join(o.UD, "UD_English-GUM", "en_gum-ud-"+s+".conllu"),
				}
			}
			train, dev := split("train"), split("dev")
			for _, f := range append(append([]string{}, train...), dev...) {
				if _, err := os.Stat(f); err != nil {
					return fmt.Errorf("train: treebank missing: %w", err)
				}
			}
			parseOpts := parse.DefaultTrainOptions
			parseOpts.GuideFolds = o.Guide
			trainers := map[string]trainer{"tag": tag.TrainFiles, "lemma": lemma.TrainFiles,
				"parse": func(ctx context.Context, train, dev []string, out io.Writer, log io.Writer) error {
					return parse.TrainFilesWith(ctx, train, dev, parseOpts, out, log)
				},
				"ner": func(ctx context.Context, train, dev []string, out io.Writer, log io.Writer) error {
					tg, err := tag.Default()
					if err != nil {
						return err
					}
					return ner.TrainFiles(ctx, nerCorpus(o.UD), tg, out, log)
				},
				// Coreference learns from GUM train alone (EWT has no
				// coreference) and reports its score on GUM dev per epoch.
				"coref": func(ctx context.Context, train, dev []string, out io.Writer, log io.Writer) error {
					return corefeval.TrainFiles(ctx, train[1:], dev[1:], out, log)
				}}
			if err := os.MkdirAll(o.Out, 0o755); err != nil {
				return err
			}
			// Later models read earlier ones (the parser trains on predicted tags).
			os.Setenv("TEXTGRAPH_MODELS", o.Out)
			if o.Manifest {
				o.Models = nil
			}
			for _, name := range o.Models {
				tr := trainers[strings.TrimSpace(name)]
				if tr == nil {
					return usagef("unknown model %q (want tag, lemma, parse, ner or coref)", name)
				}
				start := time.Now()
				path := filepath.Join(o.Out, name+".gz")
				err := writeFiles([]string{path}, func(ws []io.Writer) error {
					return tr(ctx, train, dev, ws[0], env.Stderr)
				})
				if err != nil {
					return fmt.Errorf("train %s: %w", name, err)
				}
				fi, _ := os.Stat(path)
				fmt.Fprintf(env.Stderr, "trained %s in %s: %s (%d bytes)\n", name, time.Since(start).Round(time.Second), path, fi.Size())
			}
			if err := writeManifest(ctx, o.Out, o.UD); err != nil {
				return fmt.Errorf("train: writing the manifest: %w", err)
			}
			b, _ := os.ReadFile(filepath.Join(o.Out, "MANIFEST"))
			env.Stderr.Write(b)
			return nil
		},
	}
}

// nerCorpus names the entity recognizer's training data under the --ud
// folder: the named mentions of GUM train, wikigold and re3d, the EWT and
// GUM train text for capitalisation statistics, EWT train as silver text
// (labelled by the model where its gold proper nouns agree), and UNER
// EWT dev to tune on.
func nerCorpus(ud string) ner.Corpus {
	return ner.Corpus{
		GUM:      []string{filepath.Join(ud, "UD_English-GUM", "en_gum-ud-train.conllu")},
		Wikigold: []string{filepath.Join(ud, "ner", "wikigold", "wikigold.conll.txt")},
		Re3d:     []string{filepath.Join(ud, "ner", "re3d")},
		Text: []string{
			filepath.Join(ud, "UD_English-EWT", "en_ewt-ud-train.conllu"),
			filepath.Join(ud, "UD_English-GUM", "en_gum-ud-train.conllu"),
		},
		Silver: []string{filepath.Join(ud, "UD_English-EWT", "en_ewt-ud-train.conllu")},
		Dev:    []string{filepath.Join(ud, "UNER_English-EWT", "en_ewt-ud-dev.iob2")},
	}
}
