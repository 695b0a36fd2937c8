package ner

import (
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

const iob2 = `# newdoc id = d1
# sent_id = d1-1
# text = Oksana Pokalchuk left Amnesty International.
1	Oksana	B-PER	-	-
2	Pokalchuk	I-PER	-	-
3	left	O	-	-
4	Amnesty	B-ORG	-	-
5	International	I-ORG	-	-
6	.	O	-	-

# sent_id = d1-2
# text = She moved to Kyiv
1	She	O	-	-
2	moved	O	-	-
3	to	O	-	-
4	Kyiv	B-LOC	-	-
`

func TestReadIOB2AndScore(t *testing.T) {
	docs, err := ReadIOB2(strings.NewReader(iob2), "t.iob2")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || len(docs[0].Doc.Sentences) != 2 {
		t.Fatalf("read %d documents", len(docs))
	}
	d := docs[0].Doc
	var got []string
	for _, m := range docs[0].Mentions {
		got = append(got, m.Type+":"+m.Span.Text(d.Text))
	}
	if strings.Join(got, ",") != "PER:Oksana Pokalchuk,ORG:Amnesty International,LOC:Kyiv" {
		t.Errorf("gold mentions %v", got)
	}
	for _, s := range d.Sentences {
		for _, tok := range s.Tokens {
			if tok.Span.Text(d.Text) != tok.Form {
				t.Errorf("token %q spans %q", tok.Form, tok.Span.Text(d.Text))
			}
		}
	}
	// One exact hit, one wrong span, one wrong type, one of a type not scored.
	pred := []doc.Mention{
		docs[0].Mentions[0],
		{Span: doc.Span{Start: docs[0].Mentions[1].Start, End: docs[0].Mentions[1].Start + 7}, Type: "ORG"},
		{Span: docs[0].Mentions[2].Span, Type: "PER"},
		{Span: docs[0].Mentions[2].Span, Type: "EVENT"},
	}
	var c Counts
	c.Add(docs[0].Mentions, pred, "PER", "ORG", "LOC")
	p, r, f := c.PRF("")
	if p != 100.0/3 || r != 100.0/3 || f != 100.0/3 {
		t.Errorf("P %.1f R %.1f F1 %.1f, want 33.3 each", p, r, f)
	}
	if _, _, f := c.PRF("PER"); f != 100*2*0.5*1/(0.5+1) {
		t.Errorf("PER F1 %.1f", f)
	}
}
