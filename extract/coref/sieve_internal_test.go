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

func TestPronounPreference(t *testing.T) {
	he := np{Ref: Ref{Sentence: 5}, kind: pronoun, person: 3, gender: male, number: sing}
	cands := []struct {
		name string
		m    np
		rank int
	}{
		{"object two sentences back", np{Ref: Ref{Sentence: 3}, kind: proper}, 0},
		{"later-tried object one sentence back", np{Ref: Ref{Sentence: 4}, kind: proper}, 2},
		{"object one sentence back", np{Ref: Ref{Sentence: 4}, kind: proper}, 1},
		{"subject one sentence back", np{Ref: Ref{Sentence: 4}, kind: proper, subj: true}, 3},
		{"like pronoun one sentence back", np{Ref: Ref{Sentence: 4}, kind: pronoun, person: 3, gender: male, number: sing}, 4},
	}
	// Each candidate is preferred to the one before it: nearer sentences
	// first, then the order of candidates, a subject over that, a pronoun
	// continuing the chain over a subject.
	for k := 1; k < len(cands); k++ {
		a, b := cands[k-1], cands[k]
		if pa, pb := pronounPreference(he, a.m, a.rank), pronounPreference(he, b.m, b.rank); pb <= pa {
			t.Errorf("%s (%.2f) not preferred to %s (%.2f)", b.name, pb, a.name, pa)
		}
	}
}
