package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/graph/export"
	"github.com/textgraph/textgraph/graph/store"
)

type exportOptions struct {
	storeOptions
	Format string
	Output string
}

func (o *exportOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	o.addOutputFlags(fs)
}

func (o *exportOptions) addOutputFlags(fs *pflag.FlagSet) {
	fs.StringVarP(&o.Format, "format", "f", "", "turtle, ntriples, nquads, csv, graphml or jsonl (default: from the -o extension, else turtle)")
	fs.StringVarP(&o.Output, "output", "o", "", "output file (default standard output; csv writes NAME-entities.csv and NAME-relations.csv)")
}

func newExportCommand() *Command {
	var o exportOptions
	return &Command{
		Name:  "export",
		Usage: "[flags]",
		Short: "write the store as Turtle, N-Triples, N-Quads, CSV, GraphML or JSON Lines",
		Long: `N-Triples and N-Quads are sorted and deduplicated: the same store gives
byte-identical files. N-Quads keeps each document's provenance in a named graph
of its own. CSV is two files (entities and relations) whose ids join; GraphML is
the entity-only projection for networkx, igraph and Gephi.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) > 0 {
				return usagef("export takes no arguments (got %q)", args[0])
			}
			st, err := o.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			return o.write(ctx, env, st)
		},
	}
}

// write exports st to the chosen output.
func (o *exportOptions) write(ctx context.Context, env *Env, st *store.Store) error {
	format, err := o.format()
	if err != nil {
		return err
	}
	if format == export.CSV {
		if o.Output == "" {
			return usagef("csv export needs -o NAME.csv (it writes two files)")
		}
		stem := strings.TrimSuffix(o.Output, filepath.Ext(o.Output))
		return writeFiles([]string{stem + "-entities.csv", stem + "-relations.csv"}, func(ws []io.Writer) error {
			return export.WriteCSV(ctx, st, ws[0], ws[1])
		})
	}
	if o.Output == "" {
		return export.Write(ctx, env.Stdout, st, format, o.Base)
	}
	return writeFiles([]string{o.Output}, func(ws []io.Writer) error {
		return export.Write(ctx, ws[0], st, format, o.Base)
	})
}

func (o *exportOptions) format() (export.Format, error) {
	if o.Format != "" {
		f, err := export.FormatFromName(o.Format)
		if err != nil {
			return f, usageError{err.Error()}
		}
		return f, nil
	}
	if o.Output != "" {
		if f, err := export.FormatFromPath(o.Output); err == nil {
			return f, nil
		}
	}
	return export.FormatFromName("turtle")
}

// writeFiles creates the named files through temporary siblings and renames
// them into place only when write succeeds, so a failed export never leaves
// a truncated file behind.
func writeFiles(names []string, write func([]io.Writer) error) error {
	var tmps []*os.File
	cleanup := func() {
		for _, t := range tmps {
			t.Close()
			os.Remove(t.Name())
		}
	}
	var ws []io.Writer
	for _, n := range names {
		t, err := os.CreateTemp(filepath.Dir(n), "."+filepath.Base(n)+".*")
		if err != nil {
			cleanup()
			return fmt.Errorf("creating %s: %w", n, err)
		}
		if err := t.Chmod(0o644); err != nil {
			t.Close()
			os.Remove(t.Name())
			cleanup()
			return fmt.Errorf("creating %s: %w", n, err)
		}
		tmps = append(tmps, t)
		ws = append(ws, t)
	}
	if err := write(ws); err != nil {
		cleanup()
		return err
	}
	for i, t := range tmps {
		if err := t.Close(); err != nil {
			cleanup()
			return fmt.Errorf("writing %s: %w", names[i], err)
		}
		if err := os.Rename(t.Name(), names[i]); err != nil {
			cleanup()
			return fmt.Errorf("writing %s: %w", names[i], err)
		}
	}
	return nil
}
