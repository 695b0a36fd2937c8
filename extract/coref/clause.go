package coref

import (
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// dummyIt returns the token of the "it" that the clause of token h
// stands in for, or -1: h heads a subject clause of the predicate of an
// "it" subject ("it took hours for the storm to pass"), a complement
// clause of an expletive "it" ("it is undisputed that they left"), or a
// to-, that-, for- or whether-clause of an adjective that "it" is the
// subject of ("it is crucial that children get iodine", "it is wrong
// to withhold aid": the parser often takes the clause for an adverbial
// one).
func dummyIt(s doc.Sentence, lower []string, kids [][]int, h int) int {
	t := s.Tokens[h]
	if t.Head <= 0 {
		return -1
	}
	rel, _, _ := strings.Cut(t.Rel, ":")
	gov := t.Head - 1
	marked := false
	for _, k := range kids[h] {
		if k < h && s.Tokens[k].Rel == "mark" && extraposedMarks[lower[k]] {
			marked = true
		}
	}
	for _, k := range kids[gov] {
		r := s.Tokens[k].Rel
		if k >= h || lower[k] != "it" || s.Tokens[k].UPOS != "PRON" || r != "expl" && !strings.HasPrefix(r, "nsubj") {
			continue
		}
		switch {
		case rel == "csubj",
			rel == "ccomp" && r == "expl",
			(rel == "advcl" || rel == "ccomp" || rel == "xcomp") && s.Tokens[gov].UPOS == "ADJ" && marked:
			return k
		}
	}
	return -1
}

// extraposedMarks are the subordinators of a clause an "it" stands in for.
var extraposedMarks = set("to", "that", "for", "whether")

// clauseExcluded are the dependents of a verb that stay out of its
// clause phrase: coordinated, paratactic and adverbial clauses,
// conjunctions, punctuation and discourse words, and an adverb before
// the verb.
var clauseExcluded = set("cc", "punct", "conj", "parataxis", "advcl", "discourse", "vocative", "reparandum", "dislocated")

// clauses returns the phrases of sentence si (parsed, with the children
// kids of each token) for the clauses a dummy "it" stands in for
// (dummyIt): GUM links the two ("[it] is clear [that they left]"). A
// clause phrase is the verb's subtree, subordinator included, without
// the dependents of clauseExcluded and edge punctuation; it is of kind
// clause, which no sieve and no rank decision takes as antecedent:
// only the extraposition sieve (extraposed) links it.
func clauses(d *doc.Doc, si, pos int, lower []string, kids [][]int, depth func(int) int) []np {
	s := d.Sentences[si]
	var sub func(i, depth int, lo, hi *int)
	sub = func(i, depth int, lo, hi *int) {
		*lo, *hi = min(*lo, i), max(*hi, i)
		for _, k := range kids[i] {
			if depth < len(s.Tokens) {
				sub(k, depth+1, lo, hi)
			}
		}
	}
	var out []np
	for h, t := range s.Tokens {
		if dummyIt(s, lower, kids, h) < 0 {
			continue
		}
		lo, hi := h, h
		for _, k := range kids[h] {
			r, _, _ := strings.Cut(s.Tokens[k].Rel, ":")
			if clauseExcluded[r] || r == "advmod" && k < h {
				continue
			}
			sub(k, 0, &lo, &hi)
		}
		for lo < hi && s.Tokens[lo].UPOS == "PUNCT" {
			lo++
		}
		for hi > lo && s.Tokens[hi].UPOS == "PUNCT" {
			hi--
		}
		m := np{Ref: Ref{Sentence: si, Start: lo, End: hi + 1, Head: h}, start: s.Tokens[lo].Start, end: s.Tokens[hi].End,
			pos: pos + lo, depth: depth(h), kind: clause, number: sing, gender: neuter, animacy: inanimate}
		m.text = strings.Join(lower[lo:hi+1], " ")
		m.firstWord = lower[lo]
		m.head = strings.ToLower(t.Lemma)
		if m.head == "" {
			m.head = lower[h]
		}
		out = append(out, m)
	}
	return out
}

// extraposed links a dummy "it" to the clause it stands in for (see
// clauses).
func (c *clusters) extraposed() {
	for j, e := range c.ms {
		if e.kind != clause {
			continue
		}
		s := c.sentence(e)
		for _, i := range c.order[e.Sentence] {
			m := c.ms[i]
			if m.kind == pronoun && m.End-m.Start == 1 && s.Tokens[m.Head].Head == s.Tokens[e.Head].Head && m.Head < e.Head && m.text == "it" {
				c.merge(i, j)
				break
			}
		}
	}
}
