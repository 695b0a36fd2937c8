package rdf_test

import (
	"fmt"

	"github.com/textgraph/textgraph/graph/rdf"
)

func ExampleMapper_PredicateIRI() {
	m := &rdf.Mapper{}
	fmt.Println(m.PredicateIRI("resign from"))
	fmt.Println(m.EntityIRI("Oksana (activist)"))
	fmt.Println(rdf.ParseEntityIRI("", m.EntityIRI("Oksana (activist)")))
	// Output:
	// <https://w3id.org/textgraph/rel/resignFrom>
	// <http://example.org/textgraph/entity/Oksana%20%28activist%29>
	// Oksana (activist) true
}

func ExampleMapper_Entity() {
	m := &rdf.Mapper{}
	for _, q := range m.Entity(rdf.EntityInfo{ID: "person-oksana-pokalchuk", Type: "PER", Label: "Oksana Pokalchuk", Aliases: []string{"Pokaltchouk"}}) {
		fmt.Println(q.NQuad())
	}
	// Output:
	// <http://example.org/textgraph/entity/person-oksana-pokalchuk> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Person> .
	// <http://example.org/textgraph/entity/person-oksana-pokalchuk> <http://www.w3.org/2000/01/rdf-schema#label> "Oksana Pokalchuk" .
	// <http://example.org/textgraph/entity/person-oksana-pokalchuk> <http://www.w3.org/2004/02/skos/core#altLabel> "Pokaltchouk" .
}
