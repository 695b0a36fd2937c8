package main

import (
	"fmt"
	"time"

	"github.com/textgraph/textgraph/extract/corpus"
)

// progress prints documents done, sentences/s and an ETA on stderr, at most
// once a second, when stderr is a terminal; otherwise it stays quiet.
type progress struct {
	env       *Env
	total     int
	docs      int
	sentences int
	start     time.Time
	last      time.Time
}

func newProgress(env *Env, total int) *progress {
	now := time.Now()
	return &progress{env: env, total: total, start: now, last: now}
}

func (p *progress) add(r corpus.Result) {
	p.docs++
	if r.Doc != nil {
		p.sentences += len(r.Doc.Sentences)
	}
	if !p.env.StderrIsTerminal || time.Since(p.last) < time.Second {
		return
	}
	p.last = time.Now()
	p.print()
}

func (p *progress) print() {
	el := time.Since(p.start).Seconds()
	eta := time.Duration(float64(p.total-p.docs) * el / float64(p.docs) * float64(time.Second)).Round(time.Second)
	fmt.Fprintf(p.env.Stderr, "\r%d/%d documents, %.0f sentences/s, ETA %s   ", p.docs, p.total, float64(p.sentences)/el, eta)
}

func (p *progress) done() {
	if p.env.StderrIsTerminal && p.docs > 0 && time.Since(p.start) > time.Second {
		p.print()
		fmt.Fprintln(p.env.Stderr)
	}
}
