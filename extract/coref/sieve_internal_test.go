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

func TestBrackets(t *testing.T) {
	tests := []struct {
		ws         []string
		edge       string
		open, shut bool // opens(ws, edge), closes(ws, edge)
	}{
		{[]string{"childish", "recollections", "(", "1806"}, ")", true, false},
		{[]string{"childish", "recollections"}, ")", false, false},
		{[]string{"(", "1806", ")"}, ")", false, false},
		{[]string{"his", "\"", "protégé"}, "\"", true, true},
		{[]string{"\"", "protégé", "\""}, "\"", false, false},
		{[]string{"1806", ")"}, "(", false, true},
		{[]string{"protégé", "”"}, "“", false, true},
	}
	for _, tt := range tests {
		if got := opens(tt.ws, tt.edge); got != tt.open {
			t.Errorf("opens(%q, %q) = %v", tt.ws, tt.edge, got)
		}
		if got := closes(tt.ws, tt.edge); got != tt.shut {
			t.Errorf("closes(%q, %q) = %v", tt.ws, tt.edge, got)
		}
	}
}
