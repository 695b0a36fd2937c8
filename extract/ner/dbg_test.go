package ner

import (
	"fmt"
	"strings"
	"testing"
)

func TestDbg(t *testing.T) {
	gs := readUNER(t, "UNER_English-EWT/en_ewt-ud-dev.iob2")
	for _, di := range []int{8, 24, 34, 36, 50, 56} {
		for _, s := range gs[di].Doc.Sentences {
			var b strings.Builder
			for _, tk := range s.Tokens {
				fmt.Fprintf(&b, "%s/%s ", tk.Form, tk.UPOS)
			}
			fmt.Println(di, b.String())
		}
	}
	for _, w := range strings.Fields("kerala Kerala baguio Baguio lourdes Lourdes noida trivandrum kollam varkala miramar Miramar Encino sf") {
		fmt.Println(w, places[w])
	}
}
