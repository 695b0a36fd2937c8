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
		// Issuing or releasing a publication is publishing it; other things
		// issued or released are not.
		{"issue", doc.Arg{Kind: doc.KindValue, Text: "the press release"}, "publish"},
		{"release", doc.Arg{Kind: doc.KindValue, Text: "a report"}, "publish"},
		{"release", doc.Arg{Kind: doc.KindValue, Text: "two new Reports"}, "publish"},
		{"issue", doc.Arg{Kind: doc.KindValue, Text: "a visa"}, "issue"},
		{"release", doc.Arg{Kind: doc.KindValue, Text: "the prisoners"}, "release"},
		{"release", doc.Arg{Kind: doc.KindValue, Text: "the reporter"}, "release"},
		{"issue", org, "issue"},
		// WordNet's groups: the verb, or verb and particle, is replaced and
		// the rest of the relation kept.
		{"state", value, "say"},
		{"purchase from", org, "buy from"},
		{"take part in", value, "participate in"},
		{"take place in", place, "happen in"},
		{"collaborate with", org, "cooperate with"},
		{"talk about", value, "discuss"},
		// Words that are no verb of the table at the start stay.
		{"tell", value, "tell"},           // tell somebody something is no say
		{"come with", value, "come with"}, // "coming with hope" is no accompany
		{"sanction", place, "sanction"},   // news means penalize, WordNet approve
		{"employ", value, "employ"},       // employ 500 people
		{"be outraged by", org, "be outraged by"},
		{"statement of", value, "statement of"}, // a prefix of a word is no word
	}
	for _, c := range cases {
		f := doc.Fact{Relation: doc.Relation{Name: c.rel}, Object: c.obj}
		if got := canonicalRelation(&f); got != c.want {
			t.Errorf("%s %s: got %q, want %q", c.rel, c.obj.Type, got, c.want)
		}
	}
}
