package main

import (
	"context"
	"encoding/json"
	"time"

	"github.com/spf13/pflag"
)

type queryOptions struct {
	storeOptions
	Limit   int
	Timeout time.Duration
}

func (o *queryOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	fs.IntVar(&o.Limit, "limit", 1000, "maximum number of results")
	fs.DurationVar(&o.Timeout, "timeout", 30*time.Second, "time limit for the query")
}

func newQueryCommand() *Command {
	var o queryOptions
	return &Command{
		Name:  "query",
		Usage: "[flags] 'GIZMO'",
		Short: "run a Gizmo query against the store and print the results as JSON",
		Long: `Gizmo is Cayley's JavaScript query language. The vocabulary prefixes are
registered, so short IRIs work: <rdf:type>, <rdfs:label>, <schema:Person>,
<tg:Assertion>, <prov:wasAttributedTo>, <ent:...>, <tgr:...>. The results are
printed as one JSON array.

Example:
  textgraph query 'g.V().Has("<rdf:type>", "<schema:Person>").Out("<rdfs:label>").All()'`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 1 {
				return usagef("query needs exactly one Gizmo query argument")
			}
			st, err := o.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			ctx, cancel := context.WithTimeout(ctx, o.Timeout)
			defer cancel()
			res, err := st.Query(ctx, args[0], o.Limit)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(env.Stdout)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			return enc.Encode(res)
		},
	}
}
