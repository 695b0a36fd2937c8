package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// Gold is a document read from an IOB2 file, with its gold mentions.
type Gold struct {
	Doc      *doc.Doc
	Mentions []doc.Mention
}

// ReadIOB2 reads a Universal NER IOB2 file (columns: id, token, tag, ...;
// "# newdoc", "# text" comments) into documents whose tokens slice the text
// of the "# text" comments, with the gold mentions as typed spans.
func ReadIOB2(r io.Reader, name string) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Gold
	var cur *Gold
	var text strings.Builder
	var sentText string
	var toks []doc.Token
	var tags []string
	line := 0
	newDoc := func() {
		if cur != nil {
			cur.Doc.Text = text.String()
			out = append(out, *cur)
		}
		cur = &Gold{Doc: &doc.Doc{Source: name}}
		text.Reset()
	}
	endSentence := func() error {
		if len(toks) == 0 {
			return nil
		}
		if cur == nil {
			newDoc()
		}
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		base := text.Len()
		if sentText == "" {
			parts := make([]string, len(toks))
			for i, t := range toks {
				parts[i] = t.Form
			}
			sentText = strings.Join(parts, " ")
		}
		text.WriteString(sentText)
		pos := 0
		for i := range toks {
			for pos < len(sentText) && sentText[pos] == ' ' {
				pos++
			}
			j := strings.Index(sentText[pos:], toks[i].Form)
			if j < 0 || j > 8 {
				return fmt.Errorf("ner: %s:%d: token %q not found in the sentence text", name, line, toks[i].Form)
			}
			start := pos + j
			pos = start + len(toks[i].Form)
			toks[i].Span = doc.Span{Start: base + start, End: base + pos}
			toks[i].Head = -1
			toks[i].SpaceAfter = pos < len(sentText) && sentText[pos] == ' '
		}
		si := len(cur.Doc.Sentences)
		cur.Doc.Sentences = append(cur.Doc.Sentences, doc.Sentence{Span: doc.Span{Start: base, End: base + len(sentText)}, Tokens: toks})
		for i := 0; i < len(tags); i++ {
			if !strings.HasPrefix(tags[i], "B-") && !strings.HasPrefix(tags[i], "I-") {
				continue
			}
			typ := tags[i][2:]
			j := i + 1
			for j < len(tags) && tags[j] == "I-"+typ {
				j++
			}
			cur.Mentions = append(cur.Mentions, doc.Mention{Span: doc.Span{Start: toks[i].Start, End: toks[j-1].End}, Type: typ, Sentence: si})
			i = j - 1
		}
		toks, tags, sentText = nil, nil, ""
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# newdoc"):
			if err := endSentence(); err != nil {
				return nil, err
			}
			newDoc()
		case strings.HasPrefix(l, "# text = "):
			sentText = strings.TrimPrefix(l, "# text = ")
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			if err := endSentence(); err != nil {
				return nil, err
			}
		default:
			f := strings.Split(l, "\t")
			if len(f) < 3 {
				return nil, fmt.Errorf("ner: %s:%d: want at least 3 tab-separated columns", name, line)
			}
			toks = append(toks, doc.Token{Form: f[1]})
			tags = append(tags, f[2])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	if err := endSentence(); err != nil {
		return nil, err
	}
	if cur != nil {
		cur.Doc.Text = text.String()
		out = append(out, *cur)
	}
	return out, nil
}

// Counts accumulates exact-span entity recognition scores per type.
type Counts struct {
	Gold, Pred, Correct map[string]int
}

// Add compares predicted mentions with gold ones; only the types present in
// types are counted (predictions of other types are ignored).
func (c *Counts) Add(gold, pred []doc.Mention, types ...string) {
	if c.Gold == nil {
		c.Gold, c.Pred, c.Correct = map[string]int{}, map[string]int{}, map[string]int{}
	}
	keep := map[string]bool{}
	for _, t := range types {
		keep[t] = true
	}
	type key struct {
		s doc.Span
		t string
	}
	g := map[key]bool{}
	for _, m := range gold {
		if keep[m.Type] {
			g[key{m.Span, m.Type}] = true
			c.Gold[m.Type]++
		}
	}
	seen := map[key]bool{}
	for _, m := range pred {
		k := key{m.Span, m.Type}
		if !keep[m.Type] || seen[k] {
			continue
		}
		seen[k] = true
		c.Pred[m.Type]++
		if g[k] {
			c.Correct[m.Type]++
		}
	}
}

// merge adds the counts of o to c.
func (c *Counts) merge(o Counts) {
	if c.Gold == nil {
		c.Gold, c.Pred, c.Correct = map[string]int{}, map[string]int{}, map[string]int{}
	}
	for t, n := range o.Gold {
		c.Gold[t] += n
	}
	for t, n := range o.Pred {
		c.Pred[t] += n
	}
	for t, n := range o.Correct {
		c.Correct[t] += n
	}
}

// PRF returns precision, recall and F1 (in percent) for one type, or for all
// counted types when typ is "".
func (c *Counts) PRF(typ string) (p, r, f float64) {
	var g, pr, ok int
	for t := range c.Gold {
		if typ == "" || t == typ {
			g += c.Gold[t]
		}
	}
	for t := range c.Pred {
		if typ == "" || t == typ {
			pr += c.Pred[t]
			ok += c.Correct[t]
		}
	}
	if pr > 0 {
		p = 100 * float64(ok) / float64(pr)
	}
	if g > 0 {
		r = 100 * float64(ok) / float64(g)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}
