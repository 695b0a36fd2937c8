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
