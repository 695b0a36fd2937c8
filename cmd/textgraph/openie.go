package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/openie"
)

// extractOpenIE reads one sentence per line from r and writes the tuples
// extracted from each in CaRB's tab-separated format.
func extractOpenIE(ctx context.Context, p *extract.Pipeline, r io.Reader, name string, w io.Writer) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		sent := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(sent) == "" {
			continue
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		_, facts, err := p.Extract(ctx, strings.NewReader(sent), fmt.Sprintf("%s:%d", name, line))
		if err != nil {
			return err
		}
		for _, t := range openie.FromFacts(sent, facts) {
			if err := openie.Write(w, t); err != nil {
				return err
			}
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}
