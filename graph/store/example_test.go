package store_test

import (
	"context"
	"fmt"
	"log"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/store"
)

func Example() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memstore", "")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()

	oksana := quad.IRI(graph.DefaultBase + "entity/Oksana_Pokalchuk")
	doc := quad.IRI(graph.DefaultBase + "doc/1")
	err = s.Write(ctx, []quad.Quad{
		{Subject: oksana, Predicate: quad.IRI(graph.Type), Object: quad.IRI(graph.Schema + "Person")},
		{Subject: oksana, Predicate: quad.IRI(graph.Label), Object: quad.String("Oksana Pokalchuk")},
		{Subject: doc, Predicate: quad.IRI(graph.DatePublished),
			Object: quad.TypedString{Value: "2022-08-05", Type: quad.IRI(graph.XSD + "date")}, Label: doc},
	})
	if err != nil {
		log.Fatal(err)
	}

	for _, q := range []string{
		`g.V().Has("<rdf:type>", "<schema:Person>").Tag("who").Out("<rdfs:label>").All()`,
		`g.V("<doc:1>").Out("<schema:datePublished>").All()`,
	} {
		results, err := s.Query(ctx, q, 10)
		if err != nil {
			log.Fatal(err)
		}
		for _, r := range results {
			fmt.Println(string(r))
		}
	}
	// Output:
	// {"id":"Oksana Pokalchuk","who":"<ent:Oksana_Pokalchuk>"}
	// {"id":{"@type":"xsd:date","@value":"2022-08-05"}}
}

func ExampleStore_Find() {
	ctx := context.Background()
	s, err := store.Open(ctx, "memstore", "")
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	doc := quad.IRI(graph.DefaultBase + "doc/1")
	as := quad.IRI(graph.DefaultBase + "assertion/1")
	err = s.Write(ctx, []quad.Quad{
		{Subject: as, Predicate: quad.IRI(graph.Confidence),
			Object: quad.TypedString{Value: "0.87", Type: quad.IRI(graph.XSD + "decimal")}, Label: doc},
	})
	if err != nil {
		log.Fatal(err)
	}
	// Every quad of the document's graph.
	err = s.Find(ctx, nil, nil, nil, doc, func(q quad.Quad) error {
		fmt.Println(q.Object)
		return nil
	})
	if err != nil {
		log.Fatal(err)
	}
	// Output:
	// "0.87"^^<http://www.w3.org/2001/XMLSchema#decimal>
}
