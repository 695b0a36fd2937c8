package ner

import (
	"fmt"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/token"
)

// UnmarkSpans is unmarkSpans, for the package's external tests.
var UnmarkSpans = unmarkSpans

// unmarkSpans turns a text with mentions marked "[ORG Mozilla]" into the
// plain text and the marked mentions, so that spans are never counted by
// hand.
func unmarkSpans(s string) (string, []doc.Mention) {
	var b strings.Builder
	var ms []doc.Mention
	for {
		i := strings.Index(s, "[")
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		typ, rest, _ := strings.Cut(s[i+1:], " ")
		name, after, _ := strings.Cut(rest, "]")
		start := b.Len()
		b.WriteString(name)
		ms = append(ms, doc.Mention{Span: doc.Span{Start: start, End: b.Len()}, Type: typ})
		s = after
	}
	return b.String(), ms
}

// markedDoc tokenizes s, a text with mentions marked "[ORG Mozilla]", and
// returns the document and the marked mentions.
func markedDoc(t *testing.T, s string) (*doc.Doc, []doc.Mention) {
	t.Helper()
	text, ms := unmarkSpans(s)
	d := &doc.Doc{Text: text}
	if err := token.New().Tokenize(d); err != nil {
		t.Fatal(err)
	}
	for i := range ms {
		for si, st := range d.Sentences {
			if st.Start <= ms[i].Start && ms[i].End <= st.End {
				ms[i].Sentence = si
			}
		}
	}
	return d, ms
}

func mentionStrings(text string, ms []doc.Mention) string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s %d:%d %s", m.Type, m.Start, m.End, m.Text(text)))
	}
	return strings.Join(out, "\n")
}

// TestDocumentSense checks that a document names one thing by one name,
// on sentences of one EWT review (CC BY-SA 4.0): the mentions are given
// as the recognizers found them (in), and want is the result.
func TestDocumentSense(t *testing.T) {
	const (
		s1 = "My role with Firefox and the %s project will remain largely unchanged. "
		s2 = "I remain devoted full-time to the advancement of Firefox, the %s platform and web browsing in general. "
		s3 = "Like Ben, I will still be very much involved with the %s project and community :-)"
	)
	for _, tt := range []struct {
		name     string
		fix      func(*doc.Doc, []doc.Mention) []doc.Mention
		in, want [3]string
		whole    bool // in[0] and want[0] are the whole document
	}{
		{"the type most mentions have", func(d *doc.Doc, ms []doc.Mention) []doc.Mention { return oneSense(d.Text, ms) },
			[3]string{"[ORG Mozilla]", "[LOC Mozilla]", "[ORG Mozilla]"}, [3]string{"[ORG Mozilla]", "[ORG Mozilla]", "[ORG Mozilla]"}, false},
		{"a tie keeps the types", func(d *doc.Doc, ms []doc.Mention) []doc.Mention { return oneSense(d.Text, ms) },
			[3]string{"[ORG Mozilla]", "[LOC Mozilla]", "Mozilla"}, [3]string{"[ORG Mozilla]", "[LOC Mozilla]", "Mozilla"}, false},
		{"the name written again", sameName,
			[3]string{"[ORG Mozilla]", "Mozilla", "[ORG Mozilla]"}, [3]string{"[ORG Mozilla]", "[ORG Mozilla]", "[ORG Mozilla]"}, false},
		{"a name of two types is not spread", sameName,
			[3]string{"[ORG Mozilla]", "Mozilla", "[LOC Mozilla]"}, [3]string{"[ORG Mozilla]", "Mozilla", "[LOC Mozilla]"}, false},
		// (two sentences of EWT train: the marked texts are the whole document)
		{"a people's adjective is not spread", sameName,
			[3]string{"This term was first used in [LOC German] (Hochrenaissance) in the early nineteenth century. The German Expressionist movement was destroyed as a result."},
			[3]string{"This term was first used in [LOC German] (Hochrenaissance) in the early nineteenth century. The German Expressionist movement was destroyed as a result."}, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.whole {
				d, in := markedDoc(t, tt.in[0])
				_, want := markedDoc(t, tt.want[0])
				if g, w := mentionStrings(d.Text, tt.fix(d, in)), mentionStrings(d.Text, want); g != w {
					t.Errorf("%s\ngot:\n%s\nwant:\n%s", d.Text, g, w)
				}
				return
			}
			d, in := markedDoc(t, fmt.Sprintf(s1, tt.in[0])+fmt.Sprintf(s2, tt.in[1])+fmt.Sprintf(s3, tt.in[2]))
			_, want := markedDoc(t, fmt.Sprintf(s1, tt.want[0])+fmt.Sprintf(s2, tt.want[1])+fmt.Sprintf(s3, tt.want[2]))
			got := tt.fix(d, in)
			if g, w := mentionStrings(d.Text, got), mentionStrings(d.Text, want); g != w {
				t.Errorf("%s\ngot:\n%s\nwant:\n%s", d.Text, g, w)
			}
		})
	}
}
