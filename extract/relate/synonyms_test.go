package relate

import (
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

func TestCanonicalRelation(t *testing.T) {
	org := doc.Arg{Kind: doc.KindEntity, Type: doc.Organization, Name: "Amnesty International"}
	place := doc.Arg{Kind: doc.KindEntity, Type: doc.Place, Name: "Ukraine"}
	value := doc.Arg{Kind: doc.KindValue, Text: "the room"}
	cases := []struct {
		rel  string
		obj  doc.Arg
		want string
	}{
		{"step down from", org, "resign from"},
		{"leave", org, "resign from"},
		{"quit", org, "resign from"},
		{"resign from", org, "resign from"},
		{"leave", place, "leave"}, // leaving a country is no resignation
		{"leave", value, "leave"},
		{"accuse", org, "accuse"},
	}
	for _, c := range cases {
		f := doc.Fact{Relation: doc.Relation{Name: c.rel}, Object: c.obj}
		if got := canonicalRelation(&f); got != c.want {
			t.Errorf("%s %s: got %q, want %q", c.rel, c.obj.Type, got, c.want)
		}
	}
}
