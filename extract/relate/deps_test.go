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
	f, err := os.Open("/work/shared/ud/UD_English-GUM/en_gum-ud-dev.conllu")
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
		got = append(got, brief(f))
	}
	for _, w := range []string{
		"Thomas Sam | treat | his daughter",
		"Thomas Sam | undergo | trial",
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
