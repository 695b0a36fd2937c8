package extract_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/coref"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/relate"
	"github.com/textgraph/textgraph/extract/token"
)

func ExamplePipeline_Extract() {
	// Default() wires every stage; this pipeline leaves out the trained
	// tagger and parser, so its output does not depend on their models.
	p := &extract.Pipeline{
		Tokenizer:  token.New(),
		Recognizer: ner.New(),
		Resolver:   coref.New(),
		Relaters:   []extract.Relater{relate.New()},
	}
	text := `The head of Amnesty International in Ukraine, Oksana Pokalchuk, has resigned.
“I am resigning from Amnesty International in Ukraine,” she wrote on Friday.`
	d, facts, err := p.Extract(context.Background(), strings.NewReader(text), "example.txt", extract.WithDate("2022-08-06"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(d.ID, len(d.Sentences), "sentences")
	for _, f := range facts {
		fmt.Printf("%s | %s | %s (%s, sentence %d, %.2f)\n", f.Subject.Name, f.Relation.Name, f.Object.Text, f.EventDate, f.Sentence.Index, f.Confidence)
	}
	// Output:
	// 86482ab0ba4cfb45 2 sentences
	// Oksana Pokalchuk | head of | Amnesty International in Ukraine (, sentence 0, 0.85)
	// Oksana Pokalchuk | resign from | Amnesty International in Ukraine (, sentence 0, 0.60)
	// Oksana Pokalchuk | resign from | Amnesty International in Ukraine (, sentence 1, 0.63)
	// Oksana Pokalchuk | say | I am resigning from Amnesty International in Ukraine (2022-08-05, sentence 1, 0.85)
}
