package relate

import (
	"strings"
	"unicode"

	"github.com/textgraph/textgraph/extract/date"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/quote"
)

// verbs maps the verb lemmas the clause patterns know to the preposition
// their object takes ("" for a direct object).
var verbs = map[string]string{
	"resign": "from", "step down": "from", "leave": "", "quit": "", "join": "",
	"head": "", "lead": "", "issue": "", "publish": "", "release": "",
	"accuse": "", "criticize": "", "criticise": "", "condemn": "", "blame": "",
	"praise": "", "reject": "", "deny": "", "defend": "", "support": "",
	"cite": "", "ignore": "", "create": "", "document": "", "investigate": "",
	"contact": "", "approach": "", "ask": "", "urge": "", "invade": "",
	"attack": "", "occupy": "", "kill": "", "arrest": "", "sign": "", "meet": "",
	"visit": "", "found": "", "establish": "", "appoint": "", "elect": "",
	"fire": "", "dismiss": "", "sue": "", "fund": "", "oppose": "", "sanction": "",
	"target": "", "destroy": "", "capture": "", "seize": "", "recognize": "",
	"welcome": "", "thank": "", "endanger": "", "justify": "", "violate": "",
	"respect": "", "convince": "", "inform": "", "warn": "", "receive": "",
	"bear": "", "express": "", "confirm": "", "assume": "",
	"draw": "", "write": "", "win": "", "lose": "", "buy": "", "sell": "",
	"acquire": "", "launch": "", "hire": "", "work": "for", "operate": "in",
	"threaten": "", "shell": "", "bomb": "", "protect": "", "regret": "",
	"influence": "", "deploy": "", "install": "",
}

// forms maps inflected verb forms to "lemma" or "lemma particle".
var forms = map[string]string{}

var irregular = map[string][]string{
	"leave": {"left"}, "lead": {"led"}, "meet": {"met"}, "draw": {"drew", "drawn"},
	"write": {"wrote", "written"}, "win": {"won", "winning"}, "lose": {"lost"},
	"buy": {"bought"}, "sell": {"sold"}, "bear": {"bore", "borne"},
	"step": {"stepped", "stepping"}, "quit": {"quitting"}, "ban": {"banned"},
	"found": {"founded"}, "sue": {"sued"},
}

func init() {
	defer delete(forms, "found") // the past of "find", far more often than "found"
	for lemma := range verbs {
		head, prt, _ := strings.Cut(lemma, " ")
		for _, f := range inflect(head) {
			if prt == "" {
				forms[f] = lemma
			} else if _, ok := forms[f]; !ok {
				forms[f+" "+prt] = lemma
			}
		}
	}
}

func inflect(v string) []string {
	out := []string{v}
	switch {
	case strings.HasSuffix(v, "e"):
		out = append(out, v+"s", v+"d", v[:len(v)-1]+"ing")
	case strings.HasSuffix(v, "y") && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		out = append(out, v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing")
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		out = append(out, v+"es", v+"ed", v+"ing")
	default:
		out = append(out, v+"s", v+"ed", v+"ing")
	}
	return append(out, irregular[v]...)
}

var particles = map[string]bool{"down": true, "up": true, "out": true, "off": true, "back": true, "away": true}

var negations = map[string]bool{"not": true, "never": true, "n't": true, "no": true, "cannot": true}

var modals = map[string]bool{"would": true, "could": true, "might": true, "may": true,
	"should": true, "can": true, "must": true, "shall": true, "cannot": true}

var passiveAux = map[string]bool{"was": true, "were": true, "is": true, "are": true, "been": true, "be": true, "being": true}

var npStop = map[string]bool{"that": true, "which": true, "who": true, "whom": true,
	"whose": true, "to": true, "by": true, "for": true, "from": true, "with": true,
	"in": true, "on": true, "at": true, "as": true, "and": true, "but": true, "or": true,
	"if": true, "because": true, "when": true, "while": true, "after": true,
	"before": true, "since": true, "until": true, "than": true, "into": true,
	"during": true, "about": true, "over": true, "against": true, "following": true,
	"amid": true, "without": true, "under": true, "through": true, "between": true}

// clauseWord reports words that end a noun phrase: auxiliaries, modals,
// negation.
func clauseWord(w string) bool {
	return passiveAux[w] || modals[w] || negations[w] || w == "has" || w == "have" || w == "had" || w == "will" || w == "not"
}

// participle reports a verb form ending in -ing or -ed that starts a
// modifier of the noun before it: followed by a preposition, or a known verb.
func participle(ws []quote.Word, e int) bool {
	w := ws[e].Lower
	if !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") {
		return false
	}
	if determiners[ws[e-1].Lower] {
		return false // "the building"
	}
	if _, ok := forms[w]; ok {
		return true
	}
	return e+1 < len(ws) && npStop[ws[e+1].Lower]
}

func isNumber(w quote.Word) bool {
	for _, r := range w.Form {
		if !unicode.IsDigit(r) && r != ',' && r != '.' {
			return false
		}
	}
	return w.Form != ""
}

var descriptions = map[string]bool{"organization": true, "organisation": true, "ngo": true,
	"ministry": true, "group": true, "agency": true, "head": true, "director": true}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "its": true,
	"his": true, "her": true, "their": true, "our": true, "my": true, "your": true, "this": true}

var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true, "our": true, "my": true, "your": true}

var pronouns = map[string]bool{"it": true, "them": true, "they": true, "this": true,
	"that": true, "these": true, "those": true, "him": true, "her": true, "me": true,
	"us": true, "you": true, "everything": true, "something": true, "nothing": true}

func isWord(w quote.Word) bool {
	for _, r := range w.Form {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// verbAt returns the lemma (with particle) of the verb at ws[k] and the index
// of its last word, or "".
func verbAt(ws []quote.Word, k int) (string, int) {
	if k+1 < len(ws) && particles[ws[k+1].Lower] {
		if l, ok := forms[ws[k].Lower+" "+ws[k+1].Lower]; ok {
			return l, k + 1
		}
	}
	if l, ok := forms[ws[k].Lower]; ok {
		return l, k
	}
	return "", k
}

// clauses finds subject–verb–object facts in sentence si.
func (x *extraction) clauses(si int, ws []quote.Word) {
	for k := range ws {
		lemma, ve := verbAt(ws, k)
		if lemma == "" {
			continue
		}
		q := x.quoteAt(ws[k].Span.Start)
		if q != nil && q.Speaker < 0 {
			continue
		}
		if k > 0 && determiners[ws[k-1].Lower] || ve+1 < len(ws) && ws[ve+1].Lower == "of" && lemma == "head" {
			continue // a noun: "its report", "head of"
		}
		// Passive: "a report published on Thursday by X", "was released by X".
		if strings.HasSuffix(ws[k].Lower, "ed") || ws[k].Lower == "left" || ws[k].Lower == "led" {
			if x.passive(si, ws, k, ve, lemma, q) {
				continue
			}
		}
		if k > 0 && passiveAux[ws[k-1].Lower] && strings.HasSuffix(ws[k].Lower, "ed") {
			continue // a passive without an agent
		}
		subj, first, ok := x.subject(ws, k, q)
		if !ok {
			continue
		}
		// negation, modality and condition
		if x.hedged(ws, first, k, si) {
			continue
		}
		o := ve + 1
		prep := verbs[lemma]
		rel := lemma
		if prep != "" {
			if o < len(ws) && ws[o].Lower == prep {
				rel += " " + prep
				o++
			} else if lemma == "resign" || lemma == "step down" {
				// "The head of X, Y, has decided to step down": from the post
				// the same sentence gives Y.
				if post, ok := x.postOf(subj); ok {
					relSpan := doc.Span{Start: ws[k].Span.Start, End: ws[ve].Span.End}
					if a := x.auxStart(ws, first, k); a < k {
						relSpan.Start = ws[a].Span.Start
					}
					f := doc.Fact{
						Sentence:   x.sentRef(si),
						Subject:    subj,
						Relation:   x.relation(lemma+" "+prep, relSpan),
						Object:     post,
						Confidence: ConfLeavePost,
						EventDate:  x.eventDate(si, ws, k, q),
					}
					x.attribute(&f, ws, first, q)
					x.facts = append(x.facts, f)
				}
				continue
			} else if lemma == "work" || lemma == "operate" {
				continue // no object
			}
		}
		obj, ok := x.object(ws, o)
		if !ok {
			obj, ok = x.relativeHead(ws, first, subj)
			if !ok {
				continue
			}
		}
		relSpan := doc.Span{Start: ws[k].Span.Start, End: ws[o-1].Span.End}
		if a := x.auxStart(ws, first, k); a < k {
			relSpan.Start = ws[a].Span.Start
		}
		conf := ConfClauseValue
		if obj.Kind == doc.KindEntity {
			conf = ConfClauseEntity
		}
		f := doc.Fact{
			Sentence:   x.sentRef(si),
			Subject:    subj,
			Relation:   x.relation(rel, relSpan),
			Object:     obj,
			Confidence: conf,
			EventDate:  x.eventDate(si, ws, k, q),
		}
		x.attribute(&f, ws, first, q)
		x.facts = append(x.facts, f)
	}
}

// postOf returns the organization the current sentence names subj the head
// (or director …) of, from a role fact already found in it.
func (x *extraction) postOf(subj doc.Arg) (doc.Arg, bool) {
	for _, f := range x.facts[x.first:] {
		if f.Subject.Name == subj.Name && strings.HasSuffix(f.Relation.Name, " of") && f.Object.Kind == doc.KindEntity && f.Object.Type == doc.Organization {
			return f.Object, true
		}
	}
	return doc.Arg{}, false
}

// subject finds the subject of the verb at ws[k]: a mention before it, "I"
// inside a quotation (the speaker), or a pronoun right after a speech verb
// ("Amnesty said it contacted …" → Amnesty). first is the index of the first
// word after the subject.
func (x *extraction) subject(ws []quote.Word, k int, q *quote.Quote) (doc.Arg, int, bool) {
	d := x.d
	if m := quote.Subject(d, ws, k); m >= 0 {
		mm := d.Mentions[m]
		if mm.Name == "" && !x.isProper(mm) {
			return doc.Arg{}, 0, false
		}
		// The object of a preposition is no subject ("About it on facebook
		// informed Head of …", a translation's word order).
		if w := wordAt(ws, mm.Start); w > 0 && subjectlessPreps[ws[w-1].Lower] {
			return doc.Arg{}, 0, false
		}
		if q == nil && x.quoteAt(mm.Start) != nil {
			return doc.Arg{}, 0, false
		}
		first := wordEndingAt(ws, mm.End) + 1
		return x.entity(mm), first, true
	}
	// pronoun subjects the coreference stage leaves alone
	p := k - 1
	for p >= 0 && quote.Skippable(ws[p].Lower) {
		p--
	}
	if p < 0 {
		return doc.Arg{}, 0, false
	}
	switch ws[p].Lower {
	case "i":
		if q != nil && q.Speaker >= 0 {
			a := x.entity(d.Mentions[q.Speaker])
			a.Text, a.Begin, a.End = ws[p].Form, x.cp(ws[p].Span.Start), x.cp(ws[p].Span.End)
			return a, p + 1, true
		}
	case "it", "she", "he":
		s := p - 1
		if s >= 0 && ws[s].Lower == "that" {
			s--
		}
		if s >= 0 && quote.IsSpeechVerb(ws[s].Lower) {
			if m := quote.Subject(d, ws, s); m >= 0 && d.Mentions[m].Name != "" {
				mm := d.Mentions[m]
				if (ws[p].Lower == "it") == (mm.Type == doc.Organization) {
					a := x.entity(mm)
					a.Text, a.Begin, a.End = ws[p].Form, x.cp(ws[p].Span.Start), x.cp(ws[p].Span.End)
					return a, p + 1, true
				}
			}
		}
	}
	return doc.Arg{}, 0, false
}

// subjectlessPreps are prepositions whose object is never the subject of
// the verb after it.
var subjectlessPreps = map[string]bool{"on": true, "in": true, "at": true, "from": true,
	"to": true, "with": true, "by": true, "for": true, "of": true, "about": true,
	"into": true, "onto": true, "under": true, "over": true, "through": true}

// hedged reports a negation or modal between the subject and the verb, or a
// condition earlier in the sentence.
func (x *extraction) hedged(ws []quote.Word, first, k, si int) bool {
	for i := first; i < k && i < len(ws); i++ {
		if negations[ws[i].Lower] || modals[ws[i].Lower] || strings.HasSuffix(ws[i].Lower, "n't") || strings.HasSuffix(ws[i].Lower, "n’t") {
			return true
		}
	}
	if k+1 < len(ws) && negations[ws[k+1].Lower] {
		return true
	}
	for i := 0; i < first && i < len(ws); i++ {
		if ws[i].Lower == "if" || ws[i].Lower == "unless" || ws[i].Lower == "whether" {
			return true
		}
	}
	return false
}

// auxStart returns the first auxiliary or control word of the verb group
// before ws[k] ("has decided to step down").
func (x *extraction) auxStart(ws []quote.Word, first, k int) int {
	a := k
	for a-1 >= first && a-1 >= 0 && auxWords[ws[a-1].Lower] {
		a--
	}
	return a
}

var auxWords = map[string]bool{"has": true, "have": true, "had": true, "was": true,
	"were": true, "is": true, "are": true, "been": true, "will": true, "decided": true,
	"to": true, "gone": true, "so": true, "far": true, "as": true, "finally": true,
	"also": true, "repeatedly": true, "previously": true, "am": true}

// object reads the object starting at ws[o]: a mention (an organization
// extended over "in PLACE"), or a short noun phrase.
func (x *extraction) object(ws []quote.Word, o int) (doc.Arg, bool) {
	d := x.d
	if o >= len(ws) {
		return doc.Arg{}, false
	}
	// a time phrase right after the verb is not its object: "confirmed last Friday that"
	for _, e := range x.dates {
		if e.Start == ws[o].Span.Start {
			for o < len(ws) && ws[o].Span.Start < e.End {
				o++
			}
			if o >= len(ws) {
				return doc.Arg{}, false
			}
			break
		}
	}
	if determiners[ws[o].Lower] && o+1 < len(ws) {
		if m := quote.MentionStartingAt(d, ws[o+1].Span.Start); m >= 0 && x.isProper(d.Mentions[m]) {
			o++
		}
	}
	if possessives[ws[o].Lower] || ws[o].Lower == "of" || passiveAux[ws[o].Lower] || auxWords[ws[o].Lower] {
		return doc.Arg{}, false
	}
	if m := quote.MentionStartingAt(d, ws[o].Span.Start); m >= 0 {
		mm := d.Mentions[m]
		if mm.Name == "" && !x.isProper(mm) {
			return doc.Arg{}, false
		}
		// "Defense Ministry officials": the name modifies a noun
		if e := wordEndingAt(ws, mm.End) + 1; e > 0 && e < len(ws) && isWord(ws[e]) && ws[e].Form == ws[e].Lower && !npStop[ws[e].Lower] && ws[e].Lower != "of" && !quote.IsSpeechVerb(ws[e].Lower) && x.isProper(mm) {
			if _, isVerb := forms[ws[e].Lower]; !isVerb && !auxWords[ws[e].Lower] && !passiveAux[ws[e].Lower] {
				return x.value(doc.Span{Start: ws[o].Span.Start, End: ws[e].Span.End}), true
			}
		}
		if mm.Type == doc.Organization {
			return x.branch(ws, mm), true
		}
		return x.entity(mm), true
	}
	if pronouns[ws[o].Lower] || ws[o].Lower == "that" {
		return doc.Arg{}, false
	}
	e := o
	for e < len(ws) && e < o+7 && isWord(ws[e]) && !npStop[ws[e].Lower] && ws[e].Lower != "of" && !quote.IsVerbAt(ws, e) && !clauseWord(ws[e].Lower) {
		if e > o && participle(ws, e) {
			break // "artillery rounds aimed at", "support ranging from"
		}
		e++
	}
	// "of" continues a noun phrase once: "a pattern of abuses"
	if e < len(ws) && e > o && ws[e].Lower == "of" && e+1 < len(ws) && !strings.HasSuffix(ws[e+1].Lower, "ing") {
		f := e + 1
		for f < len(ws) && f < e+5 && isWord(ws[f]) && !npStop[ws[f].Lower] && !clauseWord(ws[f].Lower) && !participle(ws, f) {
			f++
		}
		if f > e+1 {
			e = f
		}
	}
	if e == o {
		return doc.Arg{}, false
	}
	if e == o+1 && (ws[o].Lower == "the" || ws[o].Lower == "a" || ws[o].Lower == "an") {
		return doc.Arg{}, false
	}
	if e == o+2 && ws[o].Lower == "the" && descriptions[ws[o+1].Lower] {
		return doc.Arg{}, false // an unresolved "the organization" names no one
	}
	if e == o+1 && isNumber(ws[o]) {
		return doc.Arg{}, false // a bare number ("won 2–1") is no object
	}
	// a mention inside the phrase's head position makes it an entity
	if m := quote.MentionEndingAt(d, ws[e-1].Span.End); m >= 0 && e-o <= 2 && d.Mentions[m].Name != "" {
		return x.entity(d.Mentions[m]), true
	}
	return x.value(doc.Span{Start: ws[o].Span.Start, End: ws[e-1].Span.End}), true
}

// relativeHead returns the noun phrase an object relative clause modifies:
// "the press release that the organization issued" → "the press release".
func (x *extraction) relativeHead(ws []quote.Word, first int, subj doc.Arg) (doc.Arg, bool) {
	s := -1
	for i, w := range ws {
		if x.cp(w.Span.Start) == subj.Begin {
			s = i
			break
		}
	}
	if s < 2 {
		return doc.Arg{}, false
	}
	r := s - 1
	if ws[r].Lower != "that" && ws[r].Lower != "which" {
		return doc.Arg{}, false
	}
	e := r - 1
	if ws[e].Lower == "," {
		e--
	}
	b := e
	for b >= 0 && b > e-5 && isWord(ws[b]) && !npStop[ws[b].Lower] && !quote.IsVerbAt(ws, b) {
		if ws[b].Lower == "the" || ws[b].Lower == "a" || ws[b].Lower == "an" || ws[b].Lower == "its" {
			break
		}
		b--
	}
	if b < 0 || !isWord(ws[b]) {
		b++
	}
	if b > e {
		return doc.Arg{}, false
	}
	return x.value(doc.Span{Start: ws[b].Span.Start, End: ws[e].Span.End}), true
}

// passive handles "NP (was) VERBed … by AGENT"; it reports whether it made a
// fact.
func (x *extraction) passive(si int, ws []quote.Word, k, ve int, lemma string, q *quote.Quote) bool {
	d := x.d
	// the agent: "by" within a few words after the verb
	by := -1
	for i := ve + 1; i < len(ws) && i <= ve+6; i++ {
		if ws[i].Lower == "by" {
			by = i
			break
		}
		if ws[i].Lower == "," || ws[i].Lower == "." {
			break
		}
	}
	if by < 0 {
		return false
	}
	// the agent mention: the last name of "the human rights organization Amnesty International"
	agent := -1
	for i := by + 1; i < len(ws) && i <= by+7; i++ {
		if m := quote.MentionStartingAt(d, ws[i].Span.Start); m >= 0 {
			agent = m
			if x.isProper(d.Mentions[m]) {
				break
			}
		}
		if ws[i].Lower == "," || ws[i].Lower == "." {
			break
		}
	}
	if agent < 0 || d.Mentions[agent].Name == "" && !x.isProper(d.Mentions[agent]) {
		return false
	}
	// the patient: the noun phrase before the verb (and its auxiliary)
	e := k - 1
	for e >= 0 && (passiveAux[ws[e].Lower] || ws[e].Lower == "has" || ws[e].Lower == "had" || ws[e].Lower == "have" || strings.HasSuffix(ws[e].Lower, "ly")) {
		e--
	}
	if e < 0 || !isWord(ws[e]) || npStop[ws[e].Lower] || ws[e].Lower == "of" || clauseWord(ws[e].Lower) {
		return false
	}
	b := e
	for b > 0 && b > e-4 && isWord(ws[b-1]) && !npStop[ws[b-1].Lower] && !quote.IsVerbAt(ws, b-1) {
		b--
		if ws[b].Lower == "the" || ws[b].Lower == "a" || ws[b].Lower == "an" || ws[b].Lower == "its" {
			break
		}
	}
	var obj doc.Arg
	if m := quote.MentionEndingAt(d, ws[e].Span.End); m >= 0 && d.Mentions[m].Name != "" {
		obj = x.entity(d.Mentions[m])
	} else if e == b+1 && ws[b].Lower == "the" && descriptions[ws[e].Lower] {
		return true // an unresolved "the organization" names no one
	} else {
		obj = x.value(doc.Span{Start: ws[b].Span.Start, End: ws[e].Span.End})
	}
	if x.hedged(ws, e+1, k, si) {
		return true
	}
	f := doc.Fact{
		Sentence:   x.sentRef(si),
		Subject:    x.entity(d.Mentions[agent]),
		Relation:   x.relation(lemma, doc.Span{Start: ws[k].Span.Start, End: ws[ve].Span.End}),
		Object:     obj,
		Confidence: ConfClauseValue,
		EventDate:  x.eventDate(si, ws, k, q),
	}
	x.attribute(&f, ws, b, q)
	x.facts = append(x.facts, f)
	return true
}

// attribute sets who claims a fact: the speaker of the quotation it is in, or
// the subject of a speech verb ("X said (that) …") or "according to X"
// earlier in the sentence.
func (x *extraction) attribute(f *doc.Fact, ws []quote.Word, first int, q *quote.Quote) {
	d := x.d
	if q != nil {
		a := x.entity(d.Mentions[q.Speaker])
		f.Attributed = &a
		f.Confidence *= 0.9
		return
	}
	for i := first - 1; i >= 0; i-- {
		// "Moscow's claims that Russia was only attacking military
		// targets": the claim is its owner's.
		if ws[i].Lower == "that" && i >= 3 && claimNouns[ws[i-1].Lower] && (ws[i-2].Lower == "'s" || ws[i-2].Lower == "’s") {
			if m := quote.MentionEndingAt(d, ws[i-3].Span.End); m >= 0 && d.Mentions[m].Name != "" {
				a := x.entity(d.Mentions[m])
				f.Attributed = &a
				f.Confidence *= 0.9
				return
			}
		}
		if quote.IsVerbAt(ws, i) && ws[i].Lower != "accused" && ws[i].Lower != "accusing" {
			if m := quote.Subject(d, ws, i); m >= 0 && d.Mentions[m].Name != "" {
				a := x.entity(d.Mentions[m])
				if a.Begin == f.Subject.Begin {
					continue
				}
				f.Attributed = &a
				f.Confidence *= 0.9
				return
			}
		}
		if ws[i].Lower == "according" && i+1 < len(ws) && ws[i+1].Lower == "to" {
			if m := quote.Object(d, ws, i+1); m >= 0 && d.Mentions[m].Name != "" {
				a := x.entity(d.Mentions[m])
				f.Attributed = &a
				f.Confidence *= 0.9
				return
			}
		}
	}
	// "According to X, …" may follow the clause's own subject.
	for i := first; i < len(ws)-1; i++ {
		if ws[i].Lower == "according" && ws[i+1].Lower == "to" {
			if m := quote.Object(d, ws, i+1); m >= 0 && d.Mentions[m].Name != "" {
				a := x.entity(d.Mentions[m])
				f.Attributed = &a
				f.Confidence *= 0.9
			}
			return
		}
	}
}

// claimNouns are the nouns whose "that" clause is their owner's claim.
var claimNouns = map[string]bool{"claim": true, "claims": true, "allegation": true,
	"allegations": true, "assertion": true, "assertions": true, "insistence": true,
	"argument": true, "view": true, "belief": true}

// eventDate returns the day a date expression of the clause resolves to:
// the expression nearest the verb, in the same quotation (or outside any).
func (x *extraction) eventDate(si int, ws []quote.Word, k int, q *quote.Quote) string {
	best, bestDist := "", 1<<30
	es := x.dates
	if si != x.cur {
		es = date.Find(x.d.Text, x.d.Sentences[si].Span)
	}
	toks := x.d.Sentences[si].Tokens
	parsed := len(toks) == len(ws) && len(toks) > 0 && toks[0].Head >= 0
	for _, e := range es {
		if eq := x.quoteAt(e.Start); eq != q {
			continue
		}
		if parsed && !dateOf(toks, e.Span, k) && !frontedDateOf(toks, e.Span, k) && !reportedNowDateOf(toks, e.Span, k) {
			continue
		}
		t, prec, ok := date.Resolve(e.Text, x.ref)
		if !ok || prec != date.Day {
			continue
		}
		dist := e.Start - ws[k].Span.End
		if dist < 0 {
			dist = ws[k].Span.Start - e.End + 40 // prefer dates after the verb
		}
		if dist < bestDist {
			best, bestDist = t.Format("2006-01-02"), dist
		}
	}
	return best
}

// dateOf reports whether the date expression at span sp qualifies the
// verb at token k of a parsed sentence: the expression's head hangs from
// the verb without crossing into a clause of its own ("Atlantis will go on
// display following the last flight, which launches June 28": June 28 is
// the launch's date, not the display's).
func dateOf(toks []doc.Token, sp doc.Span, k int) bool {
	h := -1
	for i, t := range toks {
		if t.Start >= sp.Start && t.End <= sp.End {
			if p := t.Head - 1; p < 0 || toks[p].Start < sp.Start || toks[p].End > sp.End {
				h = i
				break
			}
		}
	}
	for steps := 0; h >= 0 && steps < len(toks); steps++ {
		if h == k {
			return true
		}
		switch toks[h].Rel {
		case "acl", "acl:relcl", "advcl", "ccomp", "csubj", "parataxis", "root":
			if h != k {
				return false
			}
		}
		h = toks[h].Head - 1
	}
	return false
}

// frontedDateOf reports whether the date expression at span sp opens a
// coordination of clauses that the verb at token k is a conjunct of ("On
// September 17, 1859, he took matters into his own hands and distributed
// letters"): a fronted date holds for every conjunct.
func frontedDateOf(toks []doc.Token, sp doc.Span, k int) bool {
	for steps := 0; steps < 3 && k >= 0 && k < len(toks) && toks[k].Rel == "conj"; steps++ {
		k = toks[k].Head - 1
		if k >= 0 && sp.End <= toks[k].Start && dateOf(toks, sp, k) {
			return true
		}
	}
	return false
}

// reportedNowDateOf reports whether the date expression at span sp dates
// the report whose complement, in the present or in the progressive, the
// verb at token k heads ("announced on Friday, August 5, that she was
// resigning"): what is said to be happening happens on the day it is said.
func reportedNowDateOf(toks []doc.Token, sp doc.Span, k int) bool {
	if k < 0 || k >= len(toks) || toks[k].Rel != "ccomp" {
		return false
	}
	present := toks[k].XPOS == "VBZ" || toks[k].XPOS == "VBP"
	if toks[k].XPOS == "VBG" {
		for _, t := range toks {
			if t.Head == k+1 && t.Rel == "aux" && (t.XPOS == "VBZ" || t.XPOS == "VBP" || t.XPOS == "VBD") {
				present = true
			}
		}
	}
	return present && dateOf(toks, sp, toks[k].Head-1)
}

// resignations reads "my/her resignation from X" and "X's resignation from Y"
// as (X, "resign from", Y).
func (x *extraction) resignations(si int, ws []quote.Word) {
	d := x.d
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].Lower != "resignation" {
			continue
		}
		from := k+2 < len(ws) && ws[k+1].Lower == "from"
		q := x.quoteAt(ws[k].Span.Start)
		var subj doc.Arg
		switch p := ws[k-1]; {
		case p.Lower == "my" && q != nil && q.Speaker >= 0:
			subj = x.entity(d.Mentions[q.Speaker])
			subj.Text, subj.Begin, subj.End = p.Form, x.cp(p.Span.Start), x.cp(p.Span.End)
		case p.Lower == "’s" || p.Lower == "'s" || p.Lower == "her" || p.Lower == "his":
			m := quote.MentionEndingAt(d, ws[k-1].Span.End)
			if p.Lower == "’s" || p.Lower == "'s" {
				m = quote.MentionEndingAt(d, ws[k-2].Span.End)
			}
			if m < 0 || d.Mentions[m].Type != doc.Person || d.Mentions[m].Name == "" {
				continue
			}
			subj = x.entity(d.Mentions[m])
		default:
			continue
		}
		var obj doc.Arg
		var ok bool
		rel, conf := doc.Span{Start: ws[k].Span.Start, End: ws[k].Span.End}, ConfLeavePost
		if from {
			obj, ok = x.object(ws, k+2)
			rel.End, conf = ws[k+1].Span.End, ConfClauseEntity
		} else {
			obj, ok = x.postOf(subj) // "X, the head of Y, announced her resignation"
		}
		if !ok || obj.Kind != doc.KindEntity {
			continue
		}
		f := doc.Fact{
			Sentence:   x.sentRef(si),
			Subject:    subj,
			Relation:   x.relation("resign from", rel),
			Object:     obj,
			Confidence: conf,
			EventDate:  x.eventDate(si, ws, k, q),
		}
		if q != nil && q.Speaker >= 0 {
			x.attribute(&f, ws, k, q)
		}
		x.facts = append(x.facts, f)
	}
}

// emotions maps participles of feeling to their lemma; "X was outraged by Y"
// gives (X, "be outraged by", Y).
var emotions = map[string]string{"outraged": "outrage", "angered": "anger",
	"infuriated": "infuriate", "shocked": "shock", "disappointed": "disappoint",
	"alarmed": "alarm", "appalled": "appal", "saddened": "sadden"}

func isQuoteMark(w quote.Word) bool {
	switch w.Form {
	case "\"", "“", "”", "«", "»", "'", "‘", "’":
		return true
	}
	return false
}

// feelings finds "X was (“)outraged(”) by … Y" in sentence si, with Y the
// first name in the by-phrase ("by Amnesty International's “unfair”
// accusations").
func (x *extraction) feelings(si int, ws []quote.Word) {
	d := x.d
	for k := range ws {
		if emotions[ws[k].Lower] == "" {
			continue
		}
		a := k - 1
		for a >= 0 && isQuoteMark(ws[a]) {
			a--
		}
		if a < 0 || !passiveAux[ws[a].Lower] {
			continue
		}
		b := k + 1
		for b < len(ws) && isQuoteMark(ws[b]) {
			b++
		}
		if b >= len(ws) || ws[b].Lower != "by" {
			continue
		}
		q := x.quoteAt(ws[a].Span.Start)
		if q != nil && q.Speaker < 0 {
			continue
		}
		subj, first, ok := x.subject(ws, a, q)
		if !ok || x.hedged(ws, first, a, si) {
			continue
		}
		obj := -1
		for i := b + 1; i < len(ws) && i <= b+8; i++ {
			if ws[i].Lower == "," || ws[i].Lower == "." || ws[i].Lower == ";" {
				break
			}
			if m := quote.MentionStartingAt(d, ws[i].Span.Start); m >= 0 && d.Mentions[m].Name != "" && (d.Mentions[m].Type == doc.Organization || d.Mentions[m].Type == doc.Person) {
				obj = m
				break
			}
		}
		if obj < 0 {
			continue
		}
		f := doc.Fact{
			Sentence:   x.sentRef(si),
			Subject:    subj,
			Relation:   x.relation("be "+ws[k].Lower+" by", doc.Span{Start: ws[a].Span.Start, End: ws[b].Span.End}),
			Object:     x.entity(d.Mentions[obj]),
			Confidence: ConfClauseEntity,
			EventDate:  x.eventDate(si, ws, k, q),
		}
		x.attribute(&f, ws, first, q)
		x.facts = append(x.facts, f)
	}
}
