package relate_test

import (
	"io"
	"os"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/relate"
)

// gumDoc reads one document of the GUM dev split with its gold tokens, tags,
// lemmas and dependency parse.
func gumDoc(t *testing.T, id string) *doc.Doc {
	t.Helper()
	f, err := os.Open("../../../shared/ud/UD_English-GUM/en_gum-ud-dev.conllu")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	var ss []doc.Sentence
	in := false
	base := -1
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if r.NewDoc {
			if in {
				break
			}
			in = r.Comments["newdoc id"] == id
		}
		if in {
			if base < 0 {
				base = s.Start
			}
			ss = append(ss, *s)
		}
	}
	if len(ss) == 0 {
		t.Skipf("no document %s", id)
	}
	text := r.Text()
	end := ss[len(ss)-1].End
	d := &doc.Doc{Text: text[base:end]}
	for _, s := range ss {
		s.Start -= base
		s.End -= base
		for i := range s.Tokens {
			s.Tokens[i].Start -= base
			s.Tokens[i].End -= base
		}
		d.Sentences = append(d.Sentences, s)
	}
	return d
}

func TestDependencyClauses(t *testing.T) {
	d := gumDoc(t, "GUM_news_homeopathic")
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
	var got []string
	for _, f := range facts {
		got = append(got, f.String())
	}
	for _, w := range []string{
		"Thomas Sam | undergo | trial",
		"Gloria | develop | severe eczema",
		"Mark Tedeschi | say | Gloria's eczema played",
	} {
		found := false
		for _, g := range got {
			if strings.HasPrefix(g, w) {
				found = true
			}
		}
		if !found {
			t.Errorf("missing %q", w)
		}
	}
	for _, g := range got {
		// "She died from infection": she is the child, Gloria.
		if strings.HasPrefix(g, "Manju Sam | die") {
			t.Errorf("wrong antecedent: %q", g)
		}
	}
	if t.Failed() {
		t.Logf("facts:\n  %s", strings.Join(got, "\n  "))
	}
}

// parsed builds a document from CoNLL-U lines whose fields are separated by
// spaces.
func parsedDoc(t *testing.T, lines ...string) *doc.Doc {
	t.Helper()
	var b strings.Builder
	for _, l := range lines {
		if strings.HasPrefix(l, "#") || l == "" {
			b.WriteString(l + "\n")
			continue
		}
		b.WriteString(strings.Join(strings.Fields(l), "\t") + "\n")
	}
	b.WriteString("\n")
	r := conllu.NewReader(strings.NewReader(b.String()))
	d := &doc.Doc{}
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		d.Sentences = append(d.Sentences, *s)
	}
	d.Text = r.Text()
	return d
}

func TestDependencyRules(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  string // "" for no fact
	}{
		{"control verb", []string{
			"# text = Oksana Pokalchuk decided to call Amnesty International.",
			"1 Oksana Oksana PROPN NNP _ 2 compound _ _",
			"2 Pokalchuk Pokalchuk PROPN NNP _ 3 nsubj _ _",
			"3 decided decide VERB VBD _ 0 root _ _",
			"4 to to PART TO _ 5 mark _ _",
			"5 call call VERB VB _ 3 xcomp _ _",
			"6 Amnesty Amnesty PROPN NNP _ 7 compound _ _",
			"7 International International PROPN NNP _ 5 obj _ SpaceAfter=No",
			"8 . . PUNCT . _ 3 punct _ _",
		}, "Oksana Pokalchuk | call | Amnesty International"},
		{"conative verb", []string{
			"# text = Oksana Pokalchuk tried to call Amnesty International.",
			"1 Oksana Oksana PROPN NNP _ 2 compound _ _",
			"2 Pokalchuk Pokalchuk PROPN NNP _ 3 nsubj _ _",
			"3 tried try VERB VBD _ 0 root _ _",
			"4 to to PART TO _ 5 mark _ _",
			"5 call call VERB VB _ 3 xcomp _ _",
			"6 Amnesty Amnesty PROPN NNP _ 7 compound _ _",
			"7 International International PROPN NNP _ 5 obj _ SpaceAfter=No",
			"8 . . PUNCT . _ 3 punct _ _",
		}, ""},
		{"oblique with preposition", []string{
			"# text = Oksana Pokalchuk worked with Amnesty International.",
			"1 Oksana Oksana PROPN NNP _ 2 compound _ _",
			"2 Pokalchuk Pokalchuk PROPN NNP _ 3 nsubj _ _",
			"3 worked work VERB VBD _ 0 root _ _",
			"4 with with ADP IN _ 6 case _ _",
			"5 Amnesty Amnesty PROPN NNP _ 6 compound _ _",
			"6 International International PROPN NNP _ 3 obl _ SpaceAfter=No",
			"7 . . PUNCT . _ 3 punct _ _",
		}, "Oksana Pokalchuk | work with | Amnesty International"},
		{"negated", []string{
			"# text = Oksana Pokalchuk never called Amnesty International.",
			"1 Oksana Oksana PROPN NNP _ 2 compound _ _",
			"2 Pokalchuk Pokalchuk PROPN NNP _ 4 nsubj _ _",
			"3 never never ADV RB _ 4 advmod _ _",
			"4 called call VERB VBD _ 0 root _ _",
			"5 Amnesty Amnesty PROPN NNP _ 6 compound _ _",
			"6 International International PROPN NNP _ 4 obj _ SpaceAfter=No",
			"7 . . PUNCT . _ 4 punct _ _",
		}, ""},
		{"speech verb", []string{
			"# text = Agnes Callamard told Oksana Pokalchuk.",
			"1 Agnes Agnes PROPN NNP _ 2 compound _ _",
			"2 Callamard Callamard PROPN NNP _ 3 nsubj _ _",
			"3 told tell VERB VBD _ 0 root _ _",
			"4 Oksana Oksana PROPN NNP _ 5 compound _ _",
			"5 Pokalchuk Pokalchuk PROPN NNP _ 3 obj _ SpaceAfter=No",
			"6 . . PUNCT . _ 3 punct _ _",
		}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.lines...)
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
			var got []string
			for _, f := range facts {
				got = append(got, f.String())
			}
			if strings.Join(got, "\n") != tt.want {
				t.Errorf("%s: facts %q, want %q", d.Text, got, tt.want)
			}
		})
	}
}
