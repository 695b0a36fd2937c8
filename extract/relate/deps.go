package relate

import (
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/quote"
)

// parsed reports whether the sentence has a dependency parse.
func parsed(s doc.Sentence) bool {
	for _, t := range s.Tokens {
		if t.Head < 0 {
			return false
		}
	}
	return len(s.Tokens) > 0
}

// lemmaOf returns a token's lemma: the lemmatizer's, else the verb lexicon's,
// else the lower-cased form.
func lemmaOf(t doc.Token, w quote.Word) string {
	if l, ok := forms[w.Lower]; ok {
		return l
	}
	if t.Lemma != "" && t.Lemma != "_" {
		return strings.ToLower(t.Lemma)
	}
	return w.Lower
}

// lightVerbs carry too little meaning alone to make a fact.
var lightVerbs = map[string]bool{"have": true, "be": true, "do": true, "get": true}

// depClauses reads subject–verb–object facts off the dependency parse of
// sentence si (UD relations): nsubj + obj, or the first obl with its case
// preposition; nsubj:pass + obl:agent; a controlled xcomp takes its
// subject from the controlling verb. Verbs already covered by a surface
// pattern are skipped; negated, modal and conditional clauses are dropped.
func (x *extraction) depClauses(si int, ws []quote.Word, covered func(off int) bool) {
	s := x.d.Sentences[si]
	if !parsed(s) {
		return
	}
	ts := s.Tokens
	kids := make([][]int, len(ts))
	for i, t := range ts {
		if h := t.Head - 1; h >= 0 && h < len(ts) {
			kids[h] = append(kids[h], i)
		}
	}
	child := func(h int, rels ...string) int {
		for _, c := range kids[h] {
			for _, r := range rels {
				if ts[c].Rel == r {
					return c
				}
			}
		}
		return -1
	}
	for v, t := range ts {
		if t.UPOS != "VERB" || covered(ws[v].Span.Start) || quote.IsSpeechVerb(ws[v].Lower) {
			continue // speech verbs make quotations and attributions, not facts
		}
		if x.depHedged(ts, kids, ws, v) || lightVerbs[lemmaOf(t, ws[v])] || conative[lemmaOf(t, ws[v])] {
			continue
		}
		subj, obj := child(v, "nsubj"), child(v, "obj")
		passive := false
		if a := child(v, "obl:agent"); a >= 0 {
			if p := child(v, "nsubj:pass"); p >= 0 {
				subj, obj, passive = a, p, true
			}
		}
		if !passive && child(v, "nsubj:pass") >= 0 {
			continue // a passive without an agent
		}
		if subj < 0 && (t.Rel == "xcomp" || t.Rel == "conj") && t.Head > 0 {
			h := t.Head - 1
			if t.Rel == "xcomp" && conative[lemmaOf(ts[h], ws[h])] {
				continue // "tried to convince" says nothing of the outcome
			}
			subj = child(h, "nsubj")
			if subj < 0 && ts[h].Rel == "xcomp" && ts[h].Head > 0 {
				subj = child(ts[h].Head-1, "nsubj")
			}
			if x.depHedged(ts, kids, ws, h) {
				continue
			}
		}
		if subj < 0 {
			continue
		}
		rel := lemmaOf(t, ws[v])
		end := v
		if p := child(v, "compound:prt"); p >= 0 {
			rel += " " + ws[p].Lower
			end = max(end, p)
		}
		if obj < 0 {
			for _, c := range kids[v] {
				if ts[c].Rel != "obl" {
					continue
				}
				if cs := child(c, "case"); cs >= 0 && cs > v {
					obj = c
					rel += " " + ws[cs].Lower
					break
				}
			}
		}
		if obj < 0 {
			continue
		}
		q := x.quoteAt(ws[v].Span.Start)
		if q != nil && q.Speaker < 0 {
			continue
		}
		sa, ok := x.depArg(ts, kids, ws, subj, q)
		if !ok || sa.Kind != doc.KindEntity {
			continue
		}
		oa, ok := x.depArg(ts, kids, ws, obj, q)
		if !ok {
			continue
		}
		conf := ConfClauseValue
		if oa.Kind == doc.KindEntity {
			conf = ConfClauseEntity
		}
		if passive {
			conf *= 0.9
		}
		f := doc.Fact{
			Sentence:   x.sentRef(si),
			Subject:    sa,
			Relation:   x.relation(rel, doc.Span{Start: ws[v].Span.Start, End: ws[end].Span.End}),
			Object:     oa,
			Confidence: conf,
			EventDate:  x.eventDate(si, ws, v, q),
		}
		// reported speech: the clause is under a speech verb ("X said that
		// …", "X cited the report as proof that …"); its subject claims it
		if q == nil {
			if sv := speechAncestor(ts, ws, v); sv >= 0 {
				sp := child(sv, "nsubj")
				if sp < 0 {
					continue
				}
				a, ok := x.depArg(ts, kids, ws, sp, nil)
				if ap := child(sp, "appos"); (!ok || a.Kind != doc.KindEntity) && ap >= 0 {
					a, ok = x.depArg(ts, kids, ws, ap, nil) // "the secretary general, Agnès Callamard, said"
				}
				if !ok || a.Kind != doc.KindEntity {
					continue // the claimant is no one we can name
				}
				if a.Name != f.Subject.Name || sv != v {
					f.Attributed = &a
					f.Confidence *= 0.9
				}
			}
		}
		if f.Attributed == nil {
			x.attribute(&f, ws, min(subj, v), q)
		}
		// A complement clause ("… as proof that Ukraine was using civilians")
		// is somebody's claim: without a claimant it is not a fact.
		if f.Attributed == nil && embedded(ts, kids, v) {
			continue
		}
		x.facts = append(x.facts, f)
	}
}

// conative verbs leave the outcome of their complement open.
var conative = map[string]bool{"try": true, "attempt": true, "seek": true, "want": true,
	"plan": true, "hope": true, "intend": true, "expect": true, "aim": true, "wish": true,
	"fail": true, "refuse": true, "threaten": true, "promise": true, "offer": true,
	"propose": true, "consider": true, "hesitate": true, "struggle": true}

// speechAncestor returns the nearest speech verb above verb v in the tree
// (up to four levels), or -1.
func speechAncestor(ts []doc.Token, ws []quote.Word, v int) int {
	for h, n := ts[v].Head-1, 0; h >= 0 && n < 4; h, n = ts[h].Head-1, n+1 {
		if ts[h].UPOS == "VERB" && quote.IsSpeechVerb(ws[h].Lower) {
			return h
		}
	}
	return -1
}

// embedded reports whether the clause of verb v (or of the verb it
// complements) is a complement or adverbial clause, or one opened by "that".
func embedded(ts []doc.Token, kids [][]int, v int) bool {
	for range 3 {
		switch ts[v].Rel {
		case "ccomp", "csubj", "acl", "advcl", "parataxis":
			return true
		}
		for _, c := range kids[v] {
			if ts[c].Rel == "mark" && (strings.EqualFold(ts[c].Form, "that") || strings.EqualFold(ts[c].Form, "whether")) {
				return true
			}
		}
		if (ts[v].Rel != "xcomp" && ts[v].Rel != "conj") || ts[v].Head <= 0 {
			return false
		}
		v = ts[v].Head - 1
	}
	return false
}

// depHedged reports a negation, a modal or a condition on the verb v.
func (x *extraction) depHedged(ts []doc.Token, kids [][]int, ws []quote.Word, v int) bool {
	for _, c := range kids[v] {
		w := ws[c].Lower
		switch ts[c].Rel {
		case "advmod", "neg":
			if negations[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
				return true
			}
		case "aux":
			if modals[w] || negations[w] {
				return true
			}
		case "mark":
			if w == "if" || w == "unless" || w == "whether" {
				return true
			}
		}
	}
	return false
}

// depArg turns the phrase headed by token h into an argument: the mention
// covering h (resolved through coreference), "I" inside a quotation (the
// speaker), or the head noun with its determiners and modifiers.
func (x *extraction) depArg(ts []doc.Token, kids [][]int, ws []quote.Word, h int, q *quote.Quote) (doc.Arg, bool) {
	d := x.d
	sp := ws[h].Span
	best := -1
	for i, m := range d.Mentions {
		if m.Start <= sp.Start && sp.End <= m.End && (best < 0 || m.End-m.Start > d.Mentions[best].End-d.Mentions[best].Start) {
			best = i
		}
	}
	if best >= 0 {
		m := d.Mentions[best]
		if m.Name == "" && !x.isProper(m) {
			return doc.Arg{}, false
		}
		// "Amnesty representatives": the name modifies a common noun
		if e := wordEndingAt(ws, m.End) + 1; e > 0 && e < len(ws) && ts[e].UPOS == "NOUN" && ws[e].Form == ws[e].Lower && x.isProper(m) {
			return x.value(doc.Span{Start: m.Start, End: ws[e].Span.End}), true
		}
		if m.Type == doc.Organization {
			return x.branch(ws, m), true
		}
		return x.entity(m), true
	}
	if ws[h].Lower == "i" && q != nil && q.Speaker >= 0 {
		a := x.entity(d.Mentions[q.Speaker])
		a.Text, a.Begin, a.End = ws[h].Form, x.cp(sp.Start), x.cp(sp.End)
		return a, true
	}
	switch ts[h].UPOS {
	case "PRON", "DET", "PUNCT", "SCONJ", "CCONJ", "ADP", "AUX", "VERB", "NUM":
		return doc.Arg{}, false
	}
	lo, hi := h, h
	var grow func(n int)
	grow = func(n int) {
		for _, c := range kids[n] {
			switch ts[c].Rel {
			case "det", "amod", "compound", "nmod:poss", "nummod", "flat", "case", "advmod", "det:poss":
				if ts[c].Rel == "case" && c < h {
					continue // the preposition belongs to the relation
				}
				lo, hi = min(lo, c), max(hi, c)
				grow(c)
			}
		}
	}
	grow(h)
	// keep the phrase contiguous and short
	if hi-lo >= 8 {
		lo = max(lo, h-4)
		hi = h
	}
	for lo < h && (ts[lo].UPOS == "PUNCT" || ts[lo].UPOS == "ADP") {
		lo++
	}
	if possessives[ws[lo].Lower] {
		return doc.Arg{}, false // "his participation": whose is left to the reader
	}
	if hi == lo+1 && ws[lo].Lower == "the" && descriptions[ws[hi].Lower] {
		return doc.Arg{}, false // an unresolved "the organization"
	}
	return x.value(doc.Span{Start: ws[lo].Span.Start, End: ws[hi].Span.End}), true
}
