package quote_test

import (
	"context"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/quote"
)

// unmark removes the ⟦ ⟧ markers around expected quotations and returns
// the text and the marked words.
func unmark(in string) (string, []string) {
	var b strings.Builder
	var want []string
	for {
		i := strings.Index(in, "⟦")
		if i < 0 {
			b.WriteString(in)
			return b.String(), want
		}
		b.WriteString(in[:i])
		w, after, _ := strings.Cut(in[i+len("⟦"):], "⟧")
		want = append(want, w)
		b.WriteString(w)
		in = after
	}
}

func TestRegions(t *testing.T) {
	tests := []struct{ name, in string }{
		{"curly after", "“⟦It pains me to admit it⟧,” Pokalchuk wrote."},
		{"straight before", `Pokalchuk said: "⟦I announce my resignation.⟧"`},
		{"space before closing mark", "“⟦Today I realized that this will not happen⟧, ”Pokalchuk emphasized."},
		{"spans sentences", "“⟦It is painful. I believe in it⟧,” she said."},
		{"paragraph continues into next opening mark", "She said the group had “⟦documented a pattern.⟧\n\n“⟦Being in a defensive position is no excuse⟧,” she said."},
		{"quote over paragraphs without marks", "\"⟦I am resigning.\n\nEverything crashed.\n\nWe will change it⟧\", - said Pokalchuk."},
		{"two quotes in one sentence", `He said he was "⟦outraged⟧" by the "⟦unfair⟧" accusations.`},
		{"apostrophes are not quotes", "Amnesty’s report and Pokalchuk's resignation."},
		{"guillemets", "Il a dit «⟦non⟧» hier."},
		{"stray mark", `Russia bears responsibility." ".`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			var got []string
			for _, r := range quote.Regions(text) {
				got = append(got, r.Text(text))
			}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("Regions(%q)\n got %q\nwant %q", text, got, want)
			}
		})
	}
}

// annotate runs textgraph's default pipeline over text: tokens, tags,
// lemmas, parse, names and coreference, as Attribute sees them in use.
func annotate(t *testing.T, text string) *doc.Doc {
	t.Helper()
	p, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, _, err := p.Extract(context.Background(), strings.NewReader(text), "quote-test")
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestAttribute(t *testing.T) {
	tests := []struct {
		name, in string
		speakers []string // the speaker's chain name per quotation, "" for none
	}{
		{"name after", "Oksana Pokalchuk resigned.\n“⟦It pains me⟧,” Pokalchuk wrote.", []string{"Oksana Pokalchuk"}},
		{"verb then titled name", "The head of Amnesty International in Ukraine, Oksana Pokaltchouk, resigned.\n“⟦I am resigning⟧,” said Ms. Pokaltchouk in a press release.", []string{"Oksana Pokaltchouk"}},
		{"pronoun after", "Agnes Callamard defended the report.\n“⟦Being in a defensive position does not exempt them⟧,” she said Thursday.", []string{"Agnes Callamard"}},
		{"inside: the second part inherits", "Oksana Pokalchuk resigned.\n“⟦It is painful⟧,” Pokalchuk wrote. “⟦I believe in local context.⟧”", []string{"Oksana Pokalchuk", "Oksana Pokalchuk"}},
		{"before, with apposition", `On the other hand, Oksana Pokalchuk, head of Amnesty International Ukraine, said in a statement, "⟦I announce my resignation.⟧"`, []string{"Oksana Pokalchuk"}},
		{"partial quotes after said", `Ukrainian Foreign Minister Dmytro Kuleba said he was "⟦outraged⟧" by the "⟦unfair⟧" accusations.`, []string{"Dmytro Kuleba", "Dmytro Kuleba"}},
		{"according to", "Oksana Pokaltchouk resigned.\nAccording to Ms Pokaltchouk, Amnesty “⟦gave very little time⟧” to the ministry.", []string{"Oksana Pokaltchouk"}},
		{"description speaker", "Amnesty International regrets the pain.\n\"⟦We fully defend our findings⟧,\" the NGO said in a statement.", []string{"Amnesty International"}},
		{"pronoun skips names inside the quote", "Agnès Callamard said she was sorry to learn of Ms. Pokaltchouk’s resignation.\n“⟦Oksana has been a valued member of staff⟧,” she said on Saturday.", []string{"Agnès Callamard"}},
		{"title before the name after the quotation", "Professor Cres Eastman spoke.\n\"⟦The effects are dependent upon how severe it is⟧,\" Professor Eastman said.", []string{"Cres Eastman"}},
		{"paragraphs re-opened, speaker at the end", "Agnes Callamard spoke.\n\n“⟦Para one is here.⟧\n\n“⟦Para two is here.⟧\n\n“⟦Para three⟧,” she said.", []string{"Agnes Callamard", "Agnes Callamard", "Agnes Callamard"}},
		{"straight marks over paragraphs", "Agnes Callamard spoke.\n\n\"⟦Para one is here.⟧\n\n\"⟦Para two⟧,\" she said.", []string{"Agnes Callamard", "Agnes Callamard"}},
		{"a participle of saying speaks for its clause's subject, not for the verb before it", "Oksana Pokalchuk resigned.\nPokalchuk said Amnesty \"⟦gave too little time⟧\" for the Defense Ministry to respond, adding, \"⟦As a result, the organization released a report.⟧\"", []string{"Oksana Pokalchuk", "Oksana Pokalchuk"}},
		{"the parsed subject, not the last name of its apposition", "Cynthia Thompson, curator and director of exhibits at the University of Arkansas, Fayetteville, said, \"⟦These images serve as documentation of people in his every day life.⟧\"", []string{"Cynthia Thompson"}},
		{"a name in apposition to a titled subject", "Discussing his concern in a public statement, Malaysia's Prime Minister, Najib Razak said, \"⟦We are in contact with all relevant parties.⟧\"", []string{"Najib Razak"}},
		{"a participle of saying takes its verb's subject", "Santorum criticized the response of the press to the phenomenon in a 2011 radio interview, saying, \"⟦It's offensive beyond anything that any public figure should tolerate.⟧\"", []string{"Santorum"}},
		{"nouns before the speaker after the quotation", "\"⟦We are so interested because we find a big chance to show the talent and ability of Afghans⟧,\" team member Rodaba Noori told the press.", []string{"Rodaba Noori"}},
		{"an apposition between the speaker and the verb after the quotation", "\"⟦Had it happened an hour later it would have been much worse⟧,\" Khaled Al-Maeena, editor at large at the Saudi Gazette, said.", []string{"Khaled Al-Maeena"}},
		{"no speaker", "“⟦propaganda tool⟧”\nThe report was biased.", []string{""}},
		{"her report is not a speech verb", "“⟦We regret it⟧,” its report said nothing.", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, want := unmark(tt.in)
			d := annotate(t, text)
			qs := quote.Attribute(d)
			if len(qs) != len(want) {
				t.Fatalf("%d quotations, want %d: %+v", len(qs), len(want), qs)
			}
			for i, q := range qs {
				if q.Text(text) != want[i] {
					t.Errorf("quotation %d = %q, want %q", i, q.Text(text), want[i])
				}
				got := ""
				if q.Speaker >= 0 {
					got = d.Mentions[q.Speaker].Name
				}
				if got != tt.speakers[i] {
					t.Errorf("quotation %q: speaker %q, want %q", want[i], got, tt.speakers[i])
				}
			}
		})
	}
}
