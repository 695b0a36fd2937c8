package coref

import (
	"strings"

	"github.com/textgraph/textgraph/extract/quote"
)

// quoteSpeakers links the first person of each quotation to the subject
// of the speech verb that attributes it ("'I was there,' he said": I is
// he), once the other phrases are resolved. The verb stands outside
// quotations, in a sentence that holds part of the quotation or in the
// sentence just before or after it; its subject is no first- or
// second-person pronoun and agrees with the quotation's first person.
func (c *clusters) quoteSpeakers() {
	regions := quote.Regions(c.doc.Text)
	// the sentences of each run of quotations, and its first-person phrases
	type run struct {
		first, last int // sentences
		sing, plur  []int
	}
	runs := map[int]*run{}
	var ids []int
	for i, m := range c.ms {
		if m.quote == 0 {
			continue
		}
		r := runs[m.quote]
		if r == nil {
			r = &run{first: m.Sentence, last: m.Sentence}
			runs[m.quote] = r
			ids = append(ids, m.quote)
		}
		r.last = m.Sentence
		if m.kind == pronoun && m.person == 1 {
			if m.number == plur {
				r.plur = append(r.plur, i)
			} else {
				r.sing = append(r.sing, i)
			}
		}
	}
	// subject phrase of sentence si's head token h
	subject := func(si, v int) int {
		for _, j := range c.order[si] {
			m := c.ms[j]
			t := c.doc.Sentences[si].Tokens[m.Head]
			if t.Head-1 == v && strings.HasPrefix(t.Rel, "nsubj") && !m.quoted && !m.coord && !(m.kind == pronoun && m.person != 3) && !m.pleonastic {
				return j
			}
		}
		return -1
	}
	for _, q := range ids {
		r := runs[q]
		if len(r.sing) == 0 && len(r.plur) == 0 {
			continue
		}
		speaker := -1
		for _, si := range quoteSentences(r.first, r.last, len(c.doc.Sentences)) {
			for v, t := range c.doc.Sentences[si].Tokens {
				if !quote.IsSpeechVerb(strings.ToLower(t.Form)) || quote.Inside(regions, t.Start) >= 0 {
					continue
				}
				if j := subject(si, v); j >= 0 {
					speaker = j
					break
				}
			}
			if speaker >= 0 {
				break
			}
		}
		if speaker < 0 {
			continue
		}
		for _, group := range [][]int{r.sing, r.plur} {
			if len(group) > 0 && c.id[group[0]] != c.id[speaker] && c.agree(group[0], speaker) {
				c.merge(speaker, group[0])
			}
		}
	}
}

// quoteSentences returns the sentences where the attribution of a
// quotation spanning sentences first..last is looked for: those, then the
// one after and the one before.
func quoteSentences(first, last, n int) []int {
	var out []int
	for si := first; si <= last; si++ {
		out = append(out, si)
	}
	if last+1 < n {
		out = append(out, last+1)
	}
	if first > 0 {
		out = append(out, first-1)
	}
	return out
}
