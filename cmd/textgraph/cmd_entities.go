package main

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/cayleygraph/quad"
	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/load"
)

type entitiesOptions struct {
	storeOptions
	JSON bool
	Type string
}

func (o *entitiesOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	fs.BoolVar(&o.JSON, "json", false, "print one JSON object per entity instead of a table")
	fs.StringVar(&o.Type, "type", "", "only entities of this type (PER, ORG, LOC, EVENT, WORK, MISC)")
}

// entityRow is one line of `textgraph entities`.
type entityRow struct {
	ID       string   `json:"id"`
	IRI      string   `json:"iri"`
	Type     string   `json:"type"`
	Label    string   `json:"label"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"` // assertions naming the entity as subject or object
	Articles int      `json:"articles"` // articles that name it (schema:mentions)
}

func newEntitiesCommand() *Command {
	var o entitiesOptions
	return &Command{
		Name:  "entities",
		Usage: "[flags]",
		Short: "list the resolved entities with their type, aliases, and counts of supporting sentences and articles",
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			st, err := o.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			m := o.mapper()
			ents, err := load.StoredEntities(ctx, st, m)
			if err != nil {
				return err
			}
			var rows []entityRow
			for _, e := range ents {
				if o.Type != "" && !strings.EqualFold(o.Type, e.Type) {
					continue
				}
				iri := m.EntityIRI(e.ID)
				n := 0
				for _, role := range []quad.IRI{graph.Subject, graph.Object} {
					if err := st.Find(ctx, nil, role, iri, nil, func(quad.Quad) error { n++; return nil }); err != nil {
						return err
					}
				}
				articles := 0
				if err := st.Find(ctx, nil, quad.IRI(graph.Mentions), iri, nil, func(quad.Quad) error { articles++; return nil }); err != nil {
					return err
				}
				aliases := e.Aliases
				if aliases == nil {
					aliases = []string{}
				}
				rows = append(rows, entityRow{ID: e.ID, IRI: string(iri), Type: e.Type, Label: e.Label, Aliases: aliases, Mentions: n, Articles: articles})
			}
			sort.SliceStable(rows, func(i, j int) bool {
				if rows[i].Mentions != rows[j].Mentions {
					return rows[i].Mentions > rows[j].Mentions
				}
				if rows[i].Articles != rows[j].Articles {
					return rows[i].Articles > rows[j].Articles
				}
				return rows[i].Label < rows[j].Label
			})
			if o.JSON {
				enc := json.NewEncoder(env.Stdout)
				enc.SetEscapeHTML(false)
				for i := range rows {
					if err := enc.Encode(&rows[i]); err != nil {
						return err
					}
				}
				return nil
			}
			tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "FACTS\tARTICLES\tTYPE\tLABEL\tALIASES")
			for _, r := range rows {
				fmt.Fprintf(tw, "%d\t%d\t%s\t%s\t%s\n", r.Mentions, r.Articles, r.Type, r.Label, strings.Join(r.Aliases, "; "))
			}
			return tw.Flush()
		},
	}
}
