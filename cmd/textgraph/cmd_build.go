package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
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
	Prune bool
}

func (o *buildOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	o.addOutputFlags(fs)
	o.extractOptions.AddFlags(fs)
	o.provenanceOptions.AddFlags(fs)
	o.memoryOptions.AddFlags(fs)
	fs.BoolVar(&o.Force, "force", false, "rewrite documents that are already stored unchanged")
	fs.BoolVar(&o.Prune, "prune", false, "remove stored documents read from files under the paths that are no longer there (with the facts and entities only they supported)")
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
			defer o.reserveProcs()()
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
			// Unchanged documents are skipped before any analysis is spent
			// on them. seen collects the content hashes met in this run.
			var (
				skipped atomic.Int64
				seenMu  sync.Mutex
				seen    = map[string]bool{}
			)
			see := func(id string) {
				seenMu.Lock()
				seen[id] = true
				seenMu.Unlock()
			}
			var skip func(string) (bool, error)
			if !o.Force {
				skip = func(id string) (bool, error) {
					see(id)
					has, err := l.Has(ctx, id)
					if has {
						skipped.Add(1)
					}
					return has, err
				}
			}
			files, bad, err := extractPaths(ctx, p, args, o.extractOptions, env, skip, func(d *doc.Doc, facts []doc.Fact) error {
				see(d.ID)
				return l.Document(ctx, d.Ref(), facts, &stats)
			})
			if err != nil {
				return err
			}
			if o.Prune {
				if err := l.Prune(ctx, pruneFilter(args, files, seen), &stats); err != nil {
					return err
				}
			}
			if err := l.Flush(ctx); err != nil {
				return err
			}
			n, err := st.Count(ctx)
			if err != nil {
				return err
			}
			pruned := ""
			if o.Prune {
				pruned = fmt.Sprintf(", %d removed", stats.Pruned)
			}
			fmt.Fprintf(env.Stderr, "built %d documents (%d unchanged, %d replaced%s), %d facts; the store holds %d quads\n",
				stats.Documents, stats.Skipped+int(skipped.Load()), stats.Replaced, pruned, stats.Facts, n)
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

// pruneFilter returns which stored documents build --prune removes: those
// read from a file under one of the roots (a file, or a folder and all
// below it) that still exist, whose content was not met in this run and
// whose path was not listed in it (a file that exists but could not be read
// keeps its document). Paths compare as written, so a corpus is pruned from
// the folder it was built from. A root that cannot be read prunes nothing:
// an unmounted disk must not empty the store.
func pruneFilter(roots, files []string, seen map[string]bool) func(id, source string) bool {
	var live []string
	for _, r := range roots {
		if _, err := os.Stat(r); err == nil {
			live = append(live, filepath.Clean(r))
		}
	}
	listed := make(map[string]bool, len(files))
	for _, f := range files {
		listed[filepath.Clean(f)] = true
	}
	return func(id, source string) bool {
		if seen[id] || listed[filepath.Clean(source)] {
			return false
		}
		for _, r := range live {
			rel, err := filepath.Rel(r, source)
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return true
			}
		}
		return false
	}
}
