package export_test

import (
	"context"
	"log"
	"os"

	"github.com/textgraph/textgraph/graph/export"
	"github.com/textgraph/textgraph/graph/rdf"
)

func ExampleWrite() {
	m := &rdf.Mapper{}
	qs := m.Entity(rdf.EntityInfo{ID: "Oksana (activist)", Type: "PER", Label: `Oksana "the activist"`, Aliases: []string{"Pokalchuk", "Pokaltchouk"}})
	qs = append(qs, m.Entity(rdf.EntityInfo{ID: "org-ukrainian-office.", Type: "ORG", Label: "Ukrainian Office."})...)
	if err := export.Write(context.Background(), os.Stdout, export.Quads(qs), export.NTriples, ""); err != nil {
		log.Fatal(err)
	}
	// Output:
	// <http://example.org/textgraph/entity/Oksana%20%28activist%29> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
	// <http://example.org/textgraph/entity/Oksana%20%28activist%29> <http://www.w3.org/2000/01/rdf-schema#label> "Oksana \"the activist\"" .
	// <http://example.org/textgraph/entity/Oksana%20%28activist%29> <http://www.w3.org/2004/02/skos/core#altLabel> "Pokalchuk" .
	// <http://example.org/textgraph/entity/Oksana%20%28activist%29> <http://www.w3.org/2004/02/skos/core#altLabel> "Pokaltchouk" .
	// <http://example.org/textgraph/entity/org-ukrainian-office.> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Organization> .
	// <http://example.org/textgraph/entity/org-ukrainian-office.> <http://www.w3.org/2000/01/rdf-schema#label> "Ukrainian Office." .
}

func ExampleWriteCSV() {
	m := &rdf.Mapper{}
	qs := m.Entity(rdf.EntityInfo{ID: "person-oksana-pokalchuk", Type: "PER", Label: "Oksana Pokalchuk", Aliases: []string{"Pokaltchouk", "Ms. Pokalchuk"}})
	if err := export.WriteCSV(context.Background(), export.Quads(qs), os.Stdout, os.Stdout); err != nil {
		log.Fatal(err)
	}
	// Output:
	// id,label,type,aliases,mentions
	// person-oksana-pokalchuk,Oksana Pokalchuk,Person,Ms. Pokalchuk|Pokaltchouk,0
	// source,target,predicate,label,confidence,evidence_count
}
