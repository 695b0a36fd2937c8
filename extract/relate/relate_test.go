package relate_test

import (
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/relate"
	"github.com/textgraph/textgraph/extract/token"
)

func relateText(t *testing.T, text, date string) (*doc.Doc, []doc.Fact) {
	t.Helper()
	d := &doc.Doc{Text: text, Date: date}
	if err := token.New().Tokenize(d); err != nil {
		t.Fatal(err)
	}
	if err := ner.New().Recognize(d); err != nil {
		t.Fatal(err)
	}
	if err := coref.New().Resolve(d); err != nil {
		t.Fatal(err)
	}
	facts, err := relate.New().Relate(d)
	if err != nil {
		t.Fatal(err)
	}
	return d, facts
}

func TestRelate(t *testing.T) {
	tests := []struct {
		name, text, date string
		want             []string // facts that must be found
		not              []string // relations (or whole Fact.String lines) that must not be
	}{
		{name: "apposition role and xcomp",
			text: "The head of Amnesty International in Ukraine, Oksana Pokalchuk, has decided to step down.",
			want: []string{"Oksana Pokalchuk | head of | Amnesty International Ukraine", "Oksana Pokalchuk | resign from | Amnesty International Ukraine"}},
		{name: "stepping down from no named post",
			text: "Oksana Pokalchuk has decided to step down. Agnes Callamard announced her resignation.",
			not:  []string{"step down from", "resign from"}},
		{name: "resignation from the post named in the sentence",
			text: "The head of Amnesty International in Ukraine, Oksana Pokaltchouk, announced her resignation.",
			want: []string{"Oksana Pokaltchouk | resign from | Amnesty International Ukraine"}},
		{name: "title role",
			text: "In a press release, Amnesty International Secretary General Agnes Callamard said the organization was right.",
			want: []string{"Agnes Callamard | secretary general of | Amnesty International"}},
		{name: "nationality role",
			text: "Ukrainian Foreign Minister Dmytro Kuleba said he was \"outraged\" by Amnesty International's \"unfair\" accusations.",
			want: []string{"Dmytro Kuleba | foreign minister of | Ukraine", "Dmytro Kuleba | be outraged by | Amnesty International @ Dmytro Kuleba", "Dmytro Kuleba | say | outraged @ Dmytro Kuleba"}},
		{name: "role after the name",
			text: "On the other hand, Oksana Pokalchuk, head of Amnesty International Ukraine, said in a statement, \"I announce my resignation from Amnesty International Ukraine.\"",
			want: []string{"Oksana Pokalchuk | head of | Amnesty International Ukraine", "Oksana Pokalchuk | resign from | Amnesty International Ukraine @ Oksana Pokalchuk"}},
		{name: "first person inside a quotation",
			text: "“I am resigning from Amnesty International in Ukraine,” said Ms. Pokaltchouk, the head of Amnesty International in Ukraine, Oksana Pokaltchouk.",
			want: []string{"Oksana Pokaltchouk | resign from | Amnesty International Ukraine @ Oksana Pokaltchouk"}},
		{name: "object relative clause with date",
			text: "Oksana Pokalchuk said the press release, which Amnesty International issued on August 4, was wrong.", date: "2022-08-05",
			want: []string{"Amnesty International | publish | the press release @ Oksana Pokalchuk 2022-08-04"}},
		{name: "passive with agent",
			text: "Recall: in a report published on Thursday by the human rights organization Amnesty International the military was criticised.", date: "2022-08-07",
			want: []string{"Amnesty International | publish | a report 2022-08-04"}},
		{name: "participle subject",
			text: "The report infuriated Kyiv, with President Volodymyr Zelensky accusing Amnesty International of trying to whitewash the state.",
			want: []string{"Volodymyr Zelensky | accuse | Amnesty International"}},
		{name: "control verb",
			text: "Amnesty International published a report. President Volodymyr Zelensky had gone so far as to accuse the NGO of lying.",
			want: []string{"Volodymyr Zelensky | accuse | Amnesty International"}},
		{name: "unresolved description is no argument",
			text: "President Volodymyr Zelensky had gone so far as to accuse the NGO of lying.",
			not:  []string{"accuse"}},
		{name: "negation and modality dropped",
			text: "Amnesty International did not contact the Ministry of Defense. Amnesty International could release the report. If Amnesty International leaves Ukraine, nothing changes.",
			not:  []string{"contact", "release", "leave"}},
		{name: "pronoun after speech verb",
			text: "Amnesty said it contacted Defense Ministry officials on July 29 about its findings.", date: "2022-08-07",
			want: []string{"Amnesty | contact | Defense Ministry officials @ Amnesty 2022-07-29"}},
		{name: "date of a quotation",
			text: "Agnès Callamard regretted the resignation.\n“Oksana has been a valued member,” she said on Saturday.", date: "2022-08-07",
			want: []string{"Agnès Callamard | say | Oksana has been a valued member @ Agnès Callamard 2022-08-06"}},
		{name: "noun phrase ends before negation",
			text: "Jeff Rathke asked the governments of South East Asia not to push boats back.",
			want: []string{"Jeff Rathke | ask | the governments of South East Asia"}},
		{name: "found is the past of find",
			text: "Then John Baker found an opening. Ron Hubbard founded the Church of Scientology.",
			want: []string{"Ron Hubbard | found | Church of Scientology"},
			not:  []string{"John Baker | found | an opening"}},
		{name: "passive without a noun phrase before it",
			text: "The company is in the process of being acquired by Time Warner Inc.",
			not:  []string{"acquire"}},
		{name: "title with of",
			text: "Secretary of State John Kerry contacted Thailand.",
			not:  []string{"secretary of"}},
		{name: "branch named by a demonym and office",
			text: "The director of the Ukrainian office of Amnesty International, Oksana Pokalchuk, announced on Friday that she was resigning.",
			want: []string{"Oksana Pokalchuk | director of | Amnesty International Ukraine"}},
		{name: "branch named by a possessive office in a place",
			text: "Oksana Pokalchuk, the director of Amnesty International’s office in Ukraine, resigned.",
			want: []string{"Oksana Pokalchuk | director of | Amnesty International Ukraine"}},
		{name: "an office of no place stays the organization",
			text: "Oksana Pokalchuk, the director of the main office of Amnesty International, resigned.",
			want: []string{"Oksana Pokalchuk | director of | Amnesty International"}},
		{name: "no pronoun or description as a name",
			text: "She accused the organization of lying. They left it.",
			not:  []string{"accuse", "leave"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, facts := relateText(t, tt.text, tt.date)
			var got []string
			for _, f := range facts {
				got = append(got, f.String())
			}
			for _, w := range tt.want {
				found := false
				for _, g := range got {
					if g == w {
						found = true
					}
				}
				if !found {
					t.Errorf("missing %q\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, n := range tt.not {
				for _, f := range facts {
					if f.Relation.Name == n || f.String() == n {
						t.Errorf("unwanted fact %q", f.String())
					}
				}
			}
		})
	}
}

func TestOffsets(t *testing.T) {
	text := "“Ça fait mal,” said Agnès Callamard, Amnesty International’s secretary general."
	d, facts := relateText(t, text, "")
	if len(facts) == 0 {
		t.Fatal("no facts")
	}
	runes := []rune(text)
	for _, f := range facts {
		for _, a := range []doc.Arg{f.Subject, f.Object} {
			if got := string(runes[a.Begin:a.End]); got != a.Text {
				t.Errorf("%s: code points %d:%d give %q, want %q", f.String(), a.Begin, a.End, got, a.Text)
			}
		}
		if got := string(runes[f.Sentence.Begin:f.Sentence.End]); got != f.Sentence.Text {
			t.Errorf("sentence offsets give %q, want %q", got, f.Sentence.Text)
		}
		if got := string(runes[f.Relation.Begin:f.Relation.End]); got != f.Relation.Text {
			t.Errorf("relation offsets give %q, want %q", got, f.Relation.Text)
		}
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Errorf("confidence %v out of range", f.Confidence)
		}
	}
	_ = d
}
