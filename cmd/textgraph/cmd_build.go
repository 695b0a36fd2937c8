package main

import (
	"context"
	"fmt"
	"sync/atomic"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph/load"
)

type buildOptions struct {
	exportOptions
	extractOptions
	provenanceOptions
	memoryOptions
	Force bool
}

func (o *buildOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	o.addOutputFlags(fs)
	o.extractOptions.AddFlags(fs)
	o.provenanceOptions.AddFlags(fs)
	o.memoryOptions.AddFlags(fs)
	fs.BoolVar(&o.Force, "force", false, "rewrite documents that are already stored unchanged")
}

func newBuildCommand() *Command {
	var o buildOptions
	return &Command{
		Name:  "build",
		Usage: "[flags] PATH... [-o FILE]",
		Short: "extract, load and export in one go (the quick start)",
		Long: `Runs extract on every file under the paths, loads the facts into the store
(--db, default textgraph.db) and, with -o, exports the whole store to FILE in the
format its extension names (.ttl, .nt, .nq, .csv, .graphml, .jsonl).

Exit codes: 0 all read; 1 failure; 2 usage; 3 some files were skipped.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) == 0 {
				return usagef("build needs at least one file or folder")
			}
			m, err := o.writer(&o.storeOptions)
			if err != nil {
				return err
			}
			defer o.apply()()
			p, err := extract.Default()
			if err != nil {
				return err
			}
			st, err := o.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			l, err := load.New(ctx, st, m)
			if err != nil {
				return err
			}
			l.Force = o.Force
			var stats load.Stats
			// Unchanged documents are skipped before any analysis is spent on them.
			var skipped atomic.Int64
			var skip func(string) (bool, error)
			if !o.Force {
				skip = func(id string) (bool, error) {
					has, err := l.Has(ctx, id)
					if has {
						skipped.Add(1)
					}
					return has, err
				}
			}
			bad, err := extractPaths(ctx, p, args, o.extractOptions, env, skip, func(d *doc.Doc, facts []doc.Fact) error {
				return l.Document(ctx, d.Ref(), facts, &stats)
			})
			if err != nil {
				return err
			}
			if err := l.Flush(ctx); err != nil {
				return err
			}
			n, err := st.Count(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stderr, "built %d documents (%d unchanged, %d replaced), %d facts; the store holds %d quads\n",
				stats.Documents, stats.Skipped+int(skipped.Load()), stats.Replaced, stats.Facts, n)
			if o.Output != "" {
				if err := o.write(ctx, env, st); err != nil {
					return err
				}
				fmt.Fprintf(env.Stderr, "wrote %s\n", o.Output)
			}
			if bad > 0 {
				return fmt.Errorf("%d input(s) skipped: %w", bad, errPartial)
			}
			return nil
		},
	}
}
