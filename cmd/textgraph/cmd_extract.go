package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/doc"
)

type extractOptions struct {
	Date string
}

func (o *extractOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Date, "date", "", "publication date (YYYY-MM-DD) for articles that carry no `date` header line")
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

Exit codes: 0 all read; 1 failure; 2 usage; 3 some files were skipped.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) == 0 {
				return usagef("extract needs at least one file or folder")
			}
			p, err := extract.Default()
			if err != nil {
				return err
			}
			w := bufio.NewWriter(env.Stdout)
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			bad, err := extractPaths(ctx, p, args, o.Date, env, func(d *doc.Doc, facts []doc.Fact) error {
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

// extractPaths runs the pipeline over every file under paths and hands each
// document's facts to emit. Bad files are reported on stderr and counted.
func extractPaths(ctx context.Context, p *extract.Pipeline, paths []string, date string, env *Env, emit func(*doc.Doc, []doc.Fact) error) (bad int, err error) {
	report := func(path string, err error) {
		bad++
		fmt.Fprintf(env.Stderr, "textgraph: skipping %s: %v\n", path, err)
	}
	var opts []extract.Option
	if date != "" {
		opts = append(opts, extract.WithDate(date))
	}
	err = walkInputs(paths, func(path string) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			report(path, err)
			return nil
		}
		defer f.Close()
		d, facts, err := p.Extract(ctx, f, path, opts...)
		if err != nil {
			report(path, err)
			return nil
		}
		return emit(d, facts)
	}, report)
	return bad, err
}
