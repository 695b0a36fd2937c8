package coref

import (
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

func TestVoteTypes(t *testing.T) {
	ms := []np{
		{kind: proper, text: "byron", nerType: doc.Person},
		{kind: proper, text: "byron", nerType: doc.Place},
		{kind: proper, text: "byron", nerType: doc.Person},
		{kind: proper, text: "byron"}, // untyped stays untyped
		{kind: proper, text: "harrow", nerType: doc.Place},
		{kind: proper, text: "harrow", nerType: doc.Organization}, // a tie: alphabetical
	}
	voteTypes(ms)
	want := []string{doc.Person, doc.Person, doc.Person, "", min(doc.Place, doc.Organization), min(doc.Place, doc.Organization)}
	for i, m := range ms {
		if m.nerType != want[i] {
			t.Errorf("%d %s: type %q, want %q", i, m.text, m.nerType, want[i])
		}
	}
}
