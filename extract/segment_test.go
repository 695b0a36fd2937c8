package extract

import (
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// The fallback segmenter: sentences are separated by ‖ in the input, and
// every token must slice the text exactly.
func TestSegmenter(t *testing.T) {
	tests := []string{
		"“I am resigning from Amnesty International in Ukraine,” said Ms. Pokaltchouk on Friday. ‖Amnesty said Friday it was right.",
		"Today I realized that this will not happen, ”Pokalchuk emphasized. ‖Read also: the report.",
		"The head of the office recalled it.\n‖“propaganda tool”\n‖Ms Pokaltchouk said she had tried.",
		"Amnesty International’s secretary general said so. ‖\"We defend our findings,\" the NGO said.",
	}
	for _, in := range tests {
		text := strings.ReplaceAll(in, "‖", "")
		var want []string
		for _, s := range strings.Split(in, "‖") {
			want = append(want, strings.TrimSpace(s))
		}
		d := &doc.Doc{Text: text}
		if err := (segmenter{}).Tokenize(d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range d.Sentences {
			got = append(got, s.Text(text))
			for _, tok := range s.Tokens {
				if tok.Text(text) != tok.Form || tok.Head != -1 {
					t.Errorf("token %+v does not slice the text", tok)
				}
			}
		}
		if strings.Join(got, "‖") != strings.Join(want, "‖") {
			t.Errorf("sentences:\n got %q\nwant %q", got, want)
		}
	}
}
