package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/corpus"
	"github.com/textgraph/textgraph/extract/doc"
)

type extractOptions struct {
	Date    string
	Workers int
	Format  string
	// MinConfidence leaves out open IE tuples below it.
	MinConfidence float64
}

func (o *extractOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Date, "date", "", "publication date (YYYY-MM-DD) for articles that carry none (no `date` header line, no metadata file)")
	fs.IntVar(&o.Workers, "workers", 0, "documents analysed in parallel (default: the number of CPUs)")
}

func (o *extractOptions) addFormatFlag(fs *pflag.FlagSet) {
	fs.StringVarP(&o.Format, "format", "f", "jsonl", "jsonl (facts with provenance) or openie (one sentence per input line in, CaRB tuples out)")
	fs.Float64Var(&o.MinConfidence, "min-confidence", 0, "with --format openie, leave out tuples below this confidence (0 keeps all, as benchmarks want; 0.01 leaves out the weak alternative readings)")
}

func newExtractCommand() *Command {
	var o extractOptions
	return &Command{
		Name:  "extract",
		Usage: "[flags] PATH...",
		Short: "extract facts with provenance from articles, as JSON Lines",
		Long: `Reads each file (folders recursively, hidden entries skipped) as one UTF-8
article and prints one JSON object per fact on standard output: the document
(id = content hash, source path, title, date), the sentence (index, text,
code-point offsets), subject, relation and object with their spans, the
claimant for reported speech, the event date, confidence and extractor.

A file that is not a readable UTF-8 text article is reported on standard
error and skipped; the others are processed.

With --format openie, each input line (standard input when no file) is one
sentence, and the output is one tab-separated line per extraction in the CaRB
benchmark's format: sentence, confidence, relation, arg1, arg2 (surface text).

Exit codes: 0 all read; 1 failure; 2 usage; 3 some files were skipped.`,
		Flags: func(fs *pflag.FlagSet) { o.AddFlags(fs); o.addFormatFlag(fs) },
		Run: func(ctx context.Context, env *Env, args []string) error {
			if o.Format != "jsonl" && o.Format != "openie" {
				return usagef("--format must be jsonl or openie, not %q", o.Format)
			}
			if len(args) == 0 && o.Format != "openie" {
				return usagef("extract needs at least one file or folder")
			}
			if o.Format == "openie" {
				return runOpenIE(ctx, env, args, o.MinConfidence)
			}
			p, err := extract.Default()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(env.Stdout)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			_, bad, err := extractPaths(ctx, p, args, o, env, nil, func(d *doc.Doc, facts []doc.Fact) error {
				for i := range facts {
					if err := enc.Encode(&facts[i]); err != nil {
						return err
					}
				}
				return nil
			})
			if ferr := w.Flush(); err == nil {
				err = ferr
			}
			if err != nil {
				return err
			}
			if bad > 0 {
				return fmt.Errorf("%d input(s) skipped: %w", bad, errPartial)
			}
			return nil
		},
	}
}

// extractPaths runs the pipeline over every file under paths with parallel
// workers and hands each document's facts to emit, in input order. Bad files
// are reported on stderr and counted. skip, when set, is asked with each
// document's content hash before extraction. It returns the files it
// listed, those it could not read included.
func extractPaths(ctx context.Context, p *extract.Pipeline, paths []string, o extractOptions, env *Env, skip func(id string) (bool, error), emit func(*doc.Doc, []doc.Fact) error) (files []string, bad int, err error) {
	report := func(path string, err error) {
		bad++
		fmt.Fprintf(env.Stderr, "textgraph: skipping %s: %v\n", path, err)
	}
	files = corpus.Files(paths, report)
	opts := corpus.Options{Workers: o.Workers, Skip: skip}
	if o.Date != "" {
		opts.Extract = append(opts.Extract, extract.WithDefaultDate(o.Date))
	}
	prog := newProgress(env, len(files))
	defer prog.done()
	err = corpus.Run(ctx, p, files, opts, func(r corpus.Result) error {
		prog.add(r)
		switch {
		case r.Err != nil:
			report(r.Path, r.Err)
			return nil
		case r.Skipped:
			return nil
		}
		return emit(r.Doc, r.Facts)
	})
	return files, bad, err
}

func runOpenIE(ctx context.Context, env *Env, args []string, minConf float64) error {
	p, err := newAnalyzer()
	if err != nil {
		return err
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	if len(args) == 0 {
		return extractOpenIE(ctx, p, env.Stdin, "stdin", w, minConf)
	}
	for _, name := range args {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = extractOpenIE(ctx, p, f, name, w, minConf)
		f.Close()
		if err != nil {
			return err
		}
	}
	return w.Flush()
}
