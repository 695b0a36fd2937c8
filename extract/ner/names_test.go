package ner

import (
	"strings"
	"testing"
)

func TestNameLexicon(t *testing.T) {
	docs := []Labeled{
		{Name: "a", Sentences: []LabeledSentence{{
			Words:  strings.Fields("Amnesty International opened an office in New York ."),
			Labels: strings.Fields("B-ORG I-ORG O O O O B-LOC I-LOC O"),
		}}},
		{Name: "b", Sentences: []LabeledSentence{{
			Words:  strings.Fields("the office of Amnesty International"),
			Labels: strings.Fields("O O O B-ORG I-ORG"),
		}}},
	}
	sets := []nameSet{docNames(docs[0]), docNames(docs[1])}
	counts := countNames(sets)
	lex := counts.lookup(nameSet{})
	own := counts.lookup(sets[0]) // document a learns without its own names
	for _, tt := range []struct {
		look nameLookup
		key  string
		word bool
		want uint8
	}{
		{lex, "amnesty international", false, nORG},
		{lex, "new york", false, nLOC},
		{lex, "york", true, nLOC},
		{lex, "office", true, 0},
		{own, "amnesty international", false, nORG}, // document b has it too
		{own, "new york", false, 0},                 // only document a has it
	} {
		if got := tt.look([]byte(tt.key), tt.word); got != tt.want {
			t.Errorf("lookup(%q, word %v) = %b, want %b", tt.key, tt.word, got, tt.want)
		}
	}

	// The longest name matches, from its first word on.
	for _, tt := range []struct {
		in   string
		want []uint16
	}{
		{"in new york today", []uint16{0, nLOC | nLOC<<3 | 1<<6, nLOC | nLOC<<3 | 1<<7, 0}},
		{"Amnesty International in York", []uint16{nORG | nORG<<3 | 1<<6, nORG | nORG<<3 | 1<<7, 0, nLOC}},
	} {
		words := strings.Fields(strings.ToLower(tt.in))
		vs := make([]tokv, len(words))
		markNames(vs, words, lex, nil)
		for i := range vs {
			if vs[i].names != tt.want[i] {
				t.Errorf("%q: word %d has bits %b, want %b", tt.in, i, vs[i].names, tt.want[i])
			}
		}
	}
}
