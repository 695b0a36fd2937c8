package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/quote"
)

func TestZZQuotes(t *testing.T) {
	dir := os.Getenv("QDIR")
	if dir == "" {
		t.Skip()
	}
	p := pipeline(t)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	n, miss := 0, 0
	for _, f := range files {
		if !strings.Contains(f, "news") && !strings.Contains(f, "interview") && !strings.Contains(f, "bio") {
			continue
		}
		b, _ := os.ReadFile(f)
		d, _, err := p.Extract(context.Background(), strings.NewReader(string(b)), f)
		if err != nil {
			continue
		}
		for _, q := range quote.Attribute(d) {
			txt := q.Text(d.Text)
			if len(strings.Fields(txt)) < 4 {
				continue
			}
			n++
			if q.Speaker < 0 {
				miss++
				s := d.Sentences[q.Sentence]
				fmt.Printf("MISS %s | %s\n", filepath.Base(f), strings.ReplaceAll(d.Text[s.Start:s.End], "\n", " "))
			}
		}
	}
	fmt.Println("quotes", n, "missing", miss)
}
