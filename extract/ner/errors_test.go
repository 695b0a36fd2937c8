package ner

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// TestListErrors writes the recognizer's errors on a Universal NER file
// (NER_ERRORS=dev or test) by category, for error analysis:
//
//	NER_ERRORS=dev go test ./extract/ner -run TestListErrors -v
func TestListErrors(t *testing.T) {
	which := os.Getenv("NER_ERRORS")
	if which == "" {
		t.Skip("set NER_ERRORS=dev or test")
	}
	embedded(t)
	gs := readUNER(t, "UNER_English-EWT/en_ewt-ud-"+which+".iob2")
	r := New()
	cats := map[string][]string{}
	for di, g := range gs {
		if err := r.Recognize(g.Doc); err != nil {
			t.Fatal(err)
		}
		text := g.Doc.Text
		keep := func(m doc.Mention) bool { return m.Type == "PER" || m.Type == "ORG" || m.Type == "LOC" }
		gold := map[doc.Span]string{}
		for _, m := range g.Mentions {
			if keep(m) {
				gold[m.Span] = m.Type
			}
		}
		pred := map[doc.Span]string{}
		for _, m := range g.Doc.Mentions {
			if keep(m) {
				pred[m.Span] = m.Type
			}
		}
		ctx := func(m doc.Mention) string {
			s := g.Doc.Sentences[m.Sentence].Span
			a, b := max(s.Start, m.Start-50), min(s.End, m.End+50)
			return strings.ReplaceAll(text[a:m.Start]+"[["+text[m.Start:m.End]+"]]"+text[m.End:b], "\n", " ")
		}
		for _, m := range g.Mentions {
			if !keep(m) {
				continue
			}
			if p, ok := pred[m.Span]; ok {
				if p != m.Type {
					cats["type "+m.Type+"->"+p] = append(cats["type "+m.Type+"->"+p], fmt.Sprintf("d%d %s", di, ctx(m)))
				}
				continue
			}
			cat := "miss " + m.Type
			for _, o := range g.Doc.Mentions {
				if keep(o) && o.Start < m.End && m.Start < o.End {
					cat = "span " + m.Type + " as " + o.Type + " " + fmt.Sprintf("%q", o.Text(text))
					break
				}
			}
			k := cat
			if strings.HasPrefix(cat, "span") {
				k = "span " + m.Type
			}
			cats[k] = append(cats[k], fmt.Sprintf("d%d %s   %s", di, ctx(m), cat))
		}
		for _, m := range g.Doc.Mentions {
			if !keep(m) {
				continue
			}
			if _, ok := gold[m.Span]; ok {
				continue
			}
			over := false
			for _, o := range g.Mentions {
				if keep(o) && o.Start < m.End && m.Start < o.End {
					over = true
				}
			}
			if !over {
				cats["spurious "+m.Type] = append(cats["spurious "+m.Type], fmt.Sprintf("d%d %s", di, ctx(m)))
			}
		}
	}
	var keys []string
	for k := range cats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "== %s (%d)\n", k, len(cats[k]))
		for _, l := range cats[k] {
			fmt.Fprintf(&b, "  %s\n", l)
		}
	}
	out := "/tmp/ner-errors-" + which + ".txt"
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, k := range keys {
		t.Logf("%s: %d", k, len(cats[k]))
	}
}
