package coref_test

import (
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/tag"
	"github.com/textgraph/textgraph/extract/token"
)

// unmark reads "[surface|Name]" markers: the mention at surface must resolve
// to Name ("-" for: no mention there).
func unmark(in string) (string, []doc.Span, []string) {
	var b strings.Builder
	var spans []doc.Span
	var names []string
	for {
		i := strings.Index(in, "[")
		if i < 0 {
			b.WriteString(in)
			return b.String(), spans, names
		}
		b.WriteString(in[:i])
		inner, after, _ := strings.Cut(in[i+1:], "]")
		surface, name, _ := strings.Cut(inner, "|")
		start := b.Len()
		b.WriteString(surface)
		spans = append(spans, doc.Span{Start: start, End: b.Len()})
		names = append(names, name)
		in = after
	}
}

func TestResolve(t *testing.T) {
	tests := []struct{ name, in string }{
		{"surname and title", "The head of Amnesty International in Ukraine, [Oksana Pokaltchouk|Oksana Pokaltchouk], resigned. “I am resigning,” said Ms. [Pokaltchouk|Oksana Pokaltchouk]."},
		{"diacritics", "Secretary General [Agnes Callamard|Agnes Callamard] spoke. Later [Agnès Callamard|Agnes Callamard] wrote."},
		{"short org name", "[Amnesty International|Amnesty International] published a report. [Amnesty|Amnesty International] said Friday it was right."},
		{"pronoun", "[Oksana Pokalchuk|Oksana Pokalchuk] wrote a post. [She|Oksana Pokalchuk] noted that the office was trying."},
		{"lenient possessive", "Oksana Pokalchuk resigned. [Pokalchuk|Oksana Pokalchuk] said [his|Oksana Pokalchuk] office had asked."},
		{"subject preferred", "Agnès Callamard said she was sorry to learn of Ms. Pokaltchouk’s resignation. “Oksana was valued,” [she|Agnès Callamard] said."},
		{"gender", "Dmytro Kuleba met Oksana Pokalchuk. [She|Oksana Pokalchuk] resigned."},
		{"description of organization", "Amnesty International approached the Ministry of Defense. As a result, [the organization|Amnesty International] created material."},
		{"description of ministry", "Amnesty International contacted the Ministry of Defense late last month, but [the ministry|Ministry of Defense] did not reply."},
		{"description of a role", "The head of Amnesty International in Ukraine, Oksana Pokalchuk, resigned. Amnesty International regretted it. [The head of the Ukrainian office|Oksana Pokalchuk] recalled the work."},
		{"salience over recency", "Amnesty International published a report. Amnesty International defended it. Pokalchuk wrote on Facebook. [The organization|Amnesty International] answered."},
		{"no antecedent", "[She|-] said it was raining."},
		{"pronouns inside quotes are left alone", "Oksana Pokalchuk wrote: “[He|-] did not understand.”"},
		// (GUM news, CC BY 4.0)
		{"a speaker does not name himself in his quotation", "For Kevin Allton, a USI instructor in English, Warhol was also a legend. [He|Kevin Allton] said, \"Andy Warhol was the center of the Zeitgeist for the 20th century and everything since.\""},
		{"different people are not merged", "[Dmytro Kuleba|Dmytro Kuleba] met [Volodymyr Zelensky|Volodymyr Zelensky]."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, spans, names := unmark(tt.in)
			d := &doc.Doc{Text: text}
			if err := token.New().Tokenize(d); err != nil {
				t.Fatal(err)
			}
			if err := ner.New().Recognize(d); err != nil {
				t.Fatal(err)
			}
			if err := coref.New().Resolve(d); err != nil {
				t.Fatal(err)
			}
			for i, sp := range spans {
				got := "-"
				for _, m := range d.Mentions {
					if m.Span == sp {
						got = m.Name
					}
				}
				if got != names[i] {
					t.Errorf("%q at %v: name %q, want %q", sp.Text(text), sp, got, names[i])
				}
			}
			for i := 1; i < len(d.Mentions); i++ {
				if d.Mentions[i].Start < d.Mentions[i-1].Start {
					t.Errorf("mentions out of text order at %d", i)
				}
			}
		})
	}
}

// TestResolvePlural checks, on tagged text of a GUM speech (CC BY 4.0), that
// a singular pronoun never resolves to a name ending in a plural noun.
func TestResolvePlural(t *testing.T) {
	text, spans, names := unmark("Madam Speaker, \"I solemnly swear that in all things appertaining to the trial of the impeachment of Donald John Trump, President of the United States, now pending, I will do impartial justice according to the Constitution and laws.\" " +
		"The evidence of President Trump's abuse of power is clear enough that Republican Senators cannot and have not denied the facts. " +
		"The Senator from Alaska, in explaining [her|-] decision to vote to block witnesses and evidence, tried to deflect responsibility from the consequences of [her|-] actions. " +
		"I agree with that. [She|-] further said: \"It is sad for me today to admit that, as an institution, the Congress has failed.\"")
	d := &doc.Doc{Text: text}
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []func(*doc.Doc) error{token.New().Tokenize, tg.Tag, ner.New().Recognize, coref.New().Resolve} {
		if err := stage(d); err != nil {
			t.Fatal(err)
		}
	}
	senators := false
	for _, m := range d.Mentions {
		senators = senators || m.Text(text) == "Republican Senators"
	}
	if !senators {
		t.Skip("the recognizer no longer takes Republican Senators for a name")
	}
	for i, sp := range spans {
		for _, m := range d.Mentions {
			if m.Span == sp && m.Name != names[i] {
				t.Errorf("%q at %v resolves to %q", sp.Text(text), sp, m.Name)
			}
		}
	}
}

func TestFold(t *testing.T) {
	if coref.Fold("Agnès") != coref.Fold("AGNES") {
		t.Error("Fold does not equate Agnès and AGNES")
	}
}

func TestResolveCoordination(t *testing.T) {
	// A singular pronoun does not refer to one conjunct of a plural subject.
	text, spans, names := unmark("Thomas Sam, 42, and his wife Manju Sam, 36, are on trial for the death of their child, Gloria. [She|Gloria] died from infection.")
	d := &doc.Doc{Text: text}
	for _, stage := range []func(*doc.Doc) error{token.New().Tokenize, ner.New().Recognize, coref.New().Resolve} {
		if err := stage(d); err != nil {
			t.Fatal(err)
		}
	}
	got := ""
	for _, m := range d.Mentions {
		if m.Span == spans[0] {
			got = m.Name
		}
	}
	if got != names[0] {
		t.Errorf("She = %q, want %q", got, names[0])
	}
}
