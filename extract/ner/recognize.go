package ner

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/textgraph/textgraph/extract/doc"
)

// scratch holds the buffers of one labelling.
type scratch struct {
	vs           []tokv
	labels       []int
	fs           []uint64
	scores       []float32
	forms        []string
	upos, xposes []string
}

var scratchPool sync.Pool

// mentions labels the sentences of a tagged document with the model and
// returns the PER, ORG and LOC mentions, cut to their names: titles and
// roles ("Foreign Minister"), a leading demonym and edge punctuation are
// not part of a person's name.
func (m *Model) mentions(d *doc.Doc) []doc.Mention {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer scratchPool.Put(sc)
	sc.scores = grow(sc.scores, len(m.labels))
	cues := newDocCues()
	sents := make([][]word, len(d.Sentences))
	for si, s := range d.Sentences {
		sents[si] = words(d.Text, s)
		sc.forms = sc.forms[:0]
		for _, w := range sents[si] {
			sc.forms = append(sc.forms, w.form)
		}
		cues.add(sc.forms)
	}
	var out []doc.Mention
	for si, s := range d.Sentences {
		ws := sents[si]
		n := len(ws)
		sc.forms, sc.upos, sc.xposes = sc.forms[:0], sc.upos[:0], sc.xposes[:0]
		for i, w := range ws {
			sc.forms = append(sc.forms, w.form)
			sc.upos = append(sc.upos, s.Tokens[i].UPOS)
			sc.xposes = append(sc.xposes, s.Tokens[i].XPOS)
		}
		sc.vs = grow(sc.vs, n)
		sc.labels = grow(sc.labels, n)
		m.fill(sc.vs, sc.forms, sc.upos, sc.xposes, cues, nil)
		sc.fs = m.decode(sc.vs, sc.labels, sc.fs, sc.scores)
		for _, sp := range m.spans(sc.labels) {
			start, end := sp.Start, sp.End
			for start < end && (!nameWord(ws[start].form) || stop[ws[start].form]) {
				start++
			}
			for end > start && (!nameWord(ws[end-1].form) || stop[ws[end-1].form]) {
				end--
			}
			if sp.Type == doc.Person {
				for start < end-1 {
					if k := roleLen(ws[start:end]); k > 0 {
						start += k
					} else if places[ws[start].form] == "" && demonyms[ws[start].form] != "" || ws[start].form == "General" {
						start++
					} else {
						break
					}
				}
			}
			if start >= end {
				continue
			}
			if end-start == 1 {
				f := ws[start].form
				if excludedAcronyms[f] || stop[f] || pronouns[strings.ToLower(f)] || roleLen(ws[start:end]) > 0 || places[f] == "" && demonyms[f] != "" {
					continue
				}
			}
			out = append(out, doc.Mention{
				Span:     doc.Span{Start: ws[start].span.Start, End: ws[end-1].span.End},
				Type:     sp.Type,
				Sentence: si,
			})
		}
	}
	return out
}

// nameWord reports whether a word can start or end a name: it has a letter
// or a digit.
func nameWord(f string) bool {
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// merge combines the model's mentions with the rules': the rules' mentions
// (which rest on lexicons, titles and cue words) come first, and the
// model adds the mentions that overlap none of them. A single word the
// document names elsewhere as a part of a person's name is a person
// ("Pokalchuk" after "Oksana Pokalchuk").
func (r *Recognizer) merge(text string, model, rules []doc.Mention) []doc.Mention {
	var out []doc.Mention
	if r.noRules {
		out = model
		for _, m := range rules {
			if (m.Type == doc.Event || m.Type == doc.Work) && !overlaps(m, model) {
				out = append(out, m)
			}
		}
	} else {
		out = rules
		for _, m := range model {
			if !overlaps(m, rules) {
				out = append(out, m)
			}
		}
	}
	people := map[string]bool{}
	for _, m := range out {
		if m.Type == doc.Person {
			for _, w := range strings.Fields(m.Text(text)) {
				people[w] = true
			}
		}
	}
	for i, m := range out {
		if m.Type != doc.Person && people[m.Text(text)] {
			out[i].Type = doc.Person
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

func overlaps(m doc.Mention, ms []doc.Mention) bool {
	for _, k := range ms {
		if k.Start < m.End && m.Start < k.End {
			return true
		}
	}
	return false
}
