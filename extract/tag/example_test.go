package tag_test

import (
	"fmt"
	"log"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/tag"
)

func ExampleTagger_TagSentence() {
	tg, err := tag.Default()
	if err != nil {
		log.Fatal(err)
	}
	s := &doc.Sentence{}
	for _, w := range []string{"She", "resigned", "from", "the", "agency", "on", "Friday", "."} {
		s.Tokens = append(s.Tokens, doc.Token{Form: w})
	}
	tg.TagSentence(s)
	for _, t := range s.Tokens {
		fmt.Println(strings.TrimSpace(t.Form + " " + t.UPOS + " " + t.XPOS + " " + t.Feats))
	}
	// Output:
	// She PRON PRP Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
	// resigned VERB VBD Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
	// from ADP IN
	// the DET DT Definite=Def|PronType=Art
	// agency NOUN NN Number=Sing
	// on ADP IN
	// Friday PROPN NNP Number=Sing
	// . PUNCT .
}
