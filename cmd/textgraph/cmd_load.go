package main

import (
	"context"
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/graph/load"
)

type loadOptions struct {
	storeOptions
	provenanceOptions
	memoryOptions
	Force bool
}

func (o *loadOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	o.provenanceOptions.AddFlags(fs)
	o.memoryOptions.AddFlags(fs)
	fs.BoolVar(&o.Force, "force", false, "rewrite documents that are already stored unchanged")
}

func newLoadCommand() *Command {
	var o loadOptions
	return &Command{
		Name:  "load",
		Usage: "[flags] [FILE...]",
		Short: "load JSON Lines facts into the store (standard input when no file)",
		Long: `Resolves the facts' entities against those already stored, maps the facts to
RDF and writes them. Loading is idempotent: a document already stored (same
content hash) is skipped; a new version of a stored source replaces the old
one, and facts no document supports any more are removed.

Bad lines are reported with file and line number and skipped.

Exit codes: 0 all loaded; 1 failure; 2 usage; 3 some lines or files were skipped.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			m, err := o.writer(&o.storeOptions)
			if err != nil {
				return err
			}
			defer o.apply()()
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
			bad := 0
			l.OnError = func(err error) {
				bad++
				fmt.Fprintf(env.Stderr, "textgraph: %v\n", err)
			}
			var total load.Stats
			add := func(s load.Stats) {
				total.Documents += s.Documents
				total.Skipped += s.Skipped
				total.Replaced += s.Replaced
				total.Facts += s.Facts
				total.Quads += s.Quads
			}
			if len(args) == 0 {
				s, err := l.Load(ctx, env.Stdin, "stdin")
				if err != nil {
					return err
				}
				add(s)
			}
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					bad++
					fmt.Fprintf(env.Stderr, "textgraph: skipping %v\n", err)
					continue
				}
				s, err := l.Load(ctx, f, name)
				f.Close()
				if err != nil {
					return err
				}
				add(s)
			}
			n, err := st.Count(ctx)
			if err != nil {
				return err
			}
			fmt.Fprintf(env.Stderr, "loaded %d documents (%d unchanged, %d replaced), %d facts; the store holds %d quads\n",
				total.Documents, total.Skipped, total.Replaced, total.Facts, n)
			if bad > 0 {
				return fmt.Errorf("%d bad input(s) skipped: %w", bad, errPartial)
			}
			return nil
		},
	}
}
