package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/textgraph/textgraph/extract/clause"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/openie"
	"github.com/textgraph/textgraph/extract/token"
)

// extractOpenIE reads one sentence per line from r and writes, in CaRB's
// tab-separated format, every clause the parser finds in it: open
// information extraction keeps all clauses (negated and modal ones too,
// with their auxiliaries in the relation), not only facts between entities.
// Tuples below minConf are left out.
func extractOpenIE(ctx context.Context, a *analyzer, r io.Reader, name string, w io.Writer, minConf float64) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	tok := token.New()
	for sc.Scan() {
		sent := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(sent) == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		// The analysis sees straight quotes; the tuples quote the line.
		d := &doc.Doc{Text: openie.PlainQuotes(sent)}
		if err := tok.Tokenize(d); err != nil {
			return err
		}
		for i := range d.Sentences {
			s := &d.Sentences[i]
			a.sentence(s)
			for _, e := range clause.Extract(s, sent) {
				if e.Confidence < minConf {
					continue
				}
				t := openie.Tuple{Sentence: sent, Confidence: e.Confidence, Relation: e.Relation, Args: e.Args()}
				if err := openie.Write(w, t); err != nil {
					return err
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
