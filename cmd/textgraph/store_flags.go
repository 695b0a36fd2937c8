package main

import (
	"context"
	"time"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/store"
)

// storeOptions are the flags of every command that opens the store.
type storeOptions struct {
	Backend string
	DB      string
	Base    string
}

func (o *storeOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Backend, "backend", "bbolt", "store backend: bbolt, memstore or postgres")
	fs.StringVar(&o.DB, "db", "textgraph.db", "store location: a bbolt file path, or a PostgreSQL connection string")
	fs.StringVar(&o.Base, "base", graph.DefaultBase, "namespace under which entity, document and assertion IRIs are minted")
}

func (o *storeOptions) open(ctx context.Context) (*store.Store, error) {
	st, err := store.Open(ctx, o.Backend, o.DB)
	if err != nil {
		return nil, err
	}
	st.SetBase(o.Base)
	return st, nil
}

func (o *storeOptions) mapper() *rdf.Mapper {
	now := time.Now().UTC()
	return &rdf.Mapper{Base: o.Base, Run: now.Format("2006-01-02T15-04-05Z"), Started: now, Software: "textgraph " + version}
}

// provenanceOptions are the flags of the commands that write facts.
type provenanceOptions struct {
	Provenance string
}

func (o *provenanceOptions) AddFlags(fs *pflag.FlagSet) {
	fs.StringVar(&o.Provenance, "provenance", "full",
		"provenance per fact: full (sentence and argument spans, mentions with offsets) or sentence (sentence only, mentions as one quad; about half the quads)")
}

// writer returns the mapper of a run that writes facts at the chosen level.
func (o *provenanceOptions) writer(so *storeOptions) (*rdf.Mapper, error) {
	level, err := rdf.ParseProvenance(o.Provenance)
	if err != nil {
		return nil, usagef("--provenance: %v", err)
	}
	m := so.mapper()
	m.Provenance = level
	return m, nil
}
