package resolve_test

import (
	"fmt"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph/resolve"
)

func ExampleIndex_Resolve() {
	ix := resolve.NewIndex()
	// One mention per entity per article, as coreference left them.
	for _, m := range []resolve.Mention{
		{Name: "Oksana Pokalchuk", Type: doc.Person, Forms: []string{"Pokalchuk", "she"}, Doc: "001"},
		{Name: "Oksana Pokaltchouk", Type: doc.Person, Forms: []string{"Ms. Pokaltchouk"}, Doc: "003"},
		{Name: "Ivan Pokalchuk", Type: doc.Person, Doc: "009"},
		{Name: "Amnesty International's", Type: doc.Organization, Forms: []string{"Amnesty"}, Doc: "003"},
		{Name: "Amnesty International Ukraine", Type: doc.Organization, Doc: "004"},
	} {
		e, changed := ix.Resolve(m)
		fmt.Println(e.ID, changed)
	}
	for _, e := range ix.Entities() {
		fmt.Printf("%s: %s %q\n", e.ID, e.Label, e.Aliases)
	}
	// Output:
	// person-oksana-pokalchuk true
	// person-oksana-pokalchuk true
	// person-ivan-pokalchuk true
	// org-amnesty-international true
	// org-amnesty-international-ukraine true
	// org-amnesty-international: Amnesty International ["Amnesty"]
	// org-amnesty-international-ukraine: Amnesty International Ukraine []
	// person-ivan-pokalchuk: Ivan Pokalchuk []
	// person-oksana-pokalchuk: Oksana Pokalchuk ["Oksana Pokaltchouk" "Pokalchuk" "Pokaltchouk"]
}

func ExampleKey() {
	fmt.Println(resolve.Key("Pokaltchouk"), resolve.Key("Pokalchuk"))
	fmt.Println(resolve.Key("Zelenskyy"), resolve.Key("Zelenskiy"), resolve.Key("Зеленський"))
	// Output:
	// pokalchuk pokalchuk
	// zelenski zelenski zelenski
}

func ExampleOrgKey() {
	for _, n := range []string{"Ministry of Defence of Ukraine", "Ukraine's Defense Ministry", "Defense Ministry", "Amnesty International Ukraine"} {
		k, c := resolve.OrgKey(n)
		fmt.Printf("%q %q\n", k, c)
	}
	// Output:
	// "defense ministry" "ukraine"
	// "defense ministry" "ukraine"
	// "defense ministry" ""
	// "amnesty ukraine" ""
}
