package lemma_test

import (
	"fmt"
	"log"

	"github.com/textgraph/textgraph/extract/lemma"
)

func ExampleLemmatizer_Lemma() {
	l, err := lemma.Default()
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range [][3]string{
		{"Pokalchuk", "NNP", "PROPN"},
		{"resigned", "VBD", "VERB"},
		{"mice", "NNS", "NOUN"},
		{"was", "VBD", "AUX"},
		{"The", "DT", "DET"},
	} {
		fmt.Println(w[0], l.Lemma(w[0], w[1], w[2]))
	}
	// Output:
	// Pokalchuk Pokalchuk
	// resigned resign
	// mice mouse
	// was be
	// The the
}
