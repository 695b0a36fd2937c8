package token_test

import (
	"fmt"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/token"
)

func Example() {
	d := &doc.Doc{Text: "“I don't agree.” Ms. Pokaltchouk wrote.\nAmnesty's reply"}
	if err := token.New().Tokenize(d); err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range d.Sentences {
		fmt.Printf("%q\n", s.Span.Text(d.Text))
		for _, t := range s.Tokens {
			fmt.Printf("  %d:%d %s", t.Start, t.End, t.Form)
			if t.MWT != 0 {
				fmt.Printf(" (mwt %d)", t.MWT)
			}
			fmt.Println()
		}
	}
	// Output:
	// "“I don't agree.” Ms. Pokaltchouk wrote."
	//   0:3 “
	//   3:4 I
	//   5:10 do (mwt 2)
	//   5:10 n't (mwt -1)
	//   11:16 agree
	//   16:17 .
	//   17:20 ”
	//   21:24 Ms.
	//   25:36 Pokaltchouk
	//   37:42 wrote
	//   42:43 .
	// "Amnesty's reply"
	//   44:53 Amnesty (mwt 2)
	//   44:53 's (mwt -1)
	//   54:59 reply
}
