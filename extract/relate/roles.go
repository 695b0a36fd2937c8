package relate

import (
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/quote"
)

// isRole reports whether a word names a role (head, director, minister …).
func isRole(w quote.Word) bool {
	return ner.IsRoleWord(w.Form) && !honorific[strings.TrimSuffix(w.Lower, ".")]
}

// titleOf are the words that complete a title with "of" ("Secretary of
// State", "Minister of Defence").
var titleOf = map[string]bool{"state": true, "defense": true, "defence": true,
	"justice": true, "health": true, "education": true, "energy": true,
	"finance": true, "labor": true, "labour": true, "commerce": true,
	"agriculture": true, "transportation": true, "transport": true,
	"homeland": true, "the": false, "foreign": true, "interior": true,
	"culture": true, "economy": true}

var honorific = map[string]bool{"ms": true, "mr": true, "mrs": true, "dr": true, "prof": true, "sir": true, "dame": true}

// roleSpan extends the role word at ws[r] over its modifiers to the left and
// "General" to the right; it returns the first and last word indexes.
func roleSpan(ws []quote.Word, r int) (int, int) {
	a, b := r, r
	for a > 0 && ner.IsRoleModifier(ws[a-1].Form) && !strings.EqualFold(ws[a-1].Form, "general") {
		a--
	}
	for b+1 < len(ws) && (strings.EqualFold(ws[b+1].Form, "general") || ner.IsRoleWord(ws[b+1].Form) && strings.EqualFold(ws[b].Form, "secretary")) {
		b++
	}
	// "Secretary-General" split into three tokens
	if b+2 < len(ws) && ws[b+1].Form == "-" && strings.EqualFold(ws[b+2].Form, "general") {
		b += 2
	}
	return a, b
}

func roleName(ws []quote.Word, a, b int) string {
	parts := make([]string, 0, b-a+1)
	for k := a; k <= b; k++ {
		parts = append(parts, strings.Fields(strings.ReplaceAll(ws[k].Lower, "-", " "))...)
	}
	return strings.Join(parts, " ") + " of"
}

// wordAt returns the index of the word starting at byte off, or -1.
func wordAt(ws []quote.Word, off int) int {
	for i, w := range ws {
		if w.Span.Start == off {
			return i
		}
	}
	return -1
}

func wordEndingAt(ws []quote.Word, off int) int {
	for i, w := range ws {
		if w.Span.End == off {
			return i
		}
	}
	return -1
}

// roles finds role facts around the person names of sentence si.
func (x *extraction) roles(si int, ws []quote.Word) {
	d := x.d
	for _, mi := range x.mentionsIn(d.Sentences[si].Start, d.Sentences[si].End) {
		p := d.Mentions[mi]
		if p.Type != doc.Person || !x.isProper(p) {
			continue
		}
		pw := wordAt(ws, p.Start)
		pe := wordEndingAt(ws, p.End)
		if pw < 0 || pe < 0 {
			continue
		}
		// Left: "The head of X, P", "Head of X P", "X's secretary general, P",
		// "Ukrainian Foreign Minister P".
		k := pw - 1
		if k >= 0 && ws[k].Lower == "," {
			k--
		}
		found := false
		for r := k; r >= 0 && r >= k-10; r-- {
			if ws[r].Lower == "," || ws[r].Lower == "." || ws[r].Lower == ";" || ws[r].Lower == "\"" || ws[r].Lower == "“" || ws[r].Lower == "”" {
				break
			}
			if m := quote.MentionEndingAt(d, ws[r].Span.End); m >= 0 && d.Mentions[m].Type == doc.Person && r != pe {
				break
			}
			if !isRole(ws[r]) {
				continue
			}
			a, b := roleSpan(ws, r)
			if b+2 <= k && ws[b+1].Lower == "of" && titleOf[ws[b+2].Lower] {
				break // "Secretary of State": a title, not a role of something
			}
			if b+1 <= k && ws[b+1].Lower == "of" {
				// ROLE of X … P
				if obj, ok := x.roleObject(ws, b+2, k+1); ok {
					x.addRole(si, p, ws, a, b, obj)
					found = true
				}
			} else if b == k {
				// X('s) ROLE P: the possessor or nationality before the role
				e := a - 1
				if e >= 0 && (ws[e].Lower == "'s" || ws[e].Lower == "’s") {
					e--
				}
				if e >= 0 {
					if m := quote.MentionEndingAt(d, ws[e].Span.End); m >= 0 && (d.Mentions[m].Type == doc.Organization || d.Mentions[m].Type == doc.Place) {
						x.addRole(si, p, ws, a, b, x.entity(d.Mentions[m]))
						found = true
					} else if pl := ner.Place(ws[e].Form); pl != "" {
						arg := x.value(ws[e].Span)
						arg.Kind, arg.Type, arg.Name = doc.KindEntity, doc.Place, pl
						x.addRole(si, p, ws, a, b, arg)
						found = true
					}
				}
			}
			break
		}
		if found {
			continue
		}
		// Right: "P, head of X,"
		k = pe + 1
		if k < len(ws) && ws[k].Lower == "," {
			k++
			if k < len(ws) && (ws[k].Lower == "the" || ws[k].Lower == "a") {
				k++
			}
			if k < len(ws) && isRole(ws[k]) || k < len(ws) && ner.IsRoleModifier(ws[k].Form) {
				r := k
				for r < len(ws) && !isRole(ws[r]) && r < k+3 {
					r++
				}
				if r < len(ws) && isRole(ws[r]) {
					a, b := roleSpan(ws, r)
					if a < k {
						a = k
					}
					if b+1 < len(ws) && ws[b+1].Lower == "of" {
						end := b + 2
						for end < len(ws) && ws[end].Lower != "," && ws[end].Lower != "." && end < b+12 {
							end++
						}
						if obj, ok := x.roleObject(ws, b+2, end); ok {
							x.addRole(si, p, ws, a, b, obj)
						}
					}
				}
			}
		}
	}
}

// roleObject finds what a role is "of" in words [s, e): the first
// organization (with "in PLACE" making it a branch: "Amnesty International
// in Ukraine" → "Amnesty International Ukraine"), else a place, else the
// noun phrase.
func (x *extraction) roleObject(ws []quote.Word, s, e int) (doc.Arg, bool) {
	if s >= e || s >= len(ws) {
		return doc.Arg{}, false
	}
	d := x.d
	ms := x.mentionsIn(ws[s].Span.Start, ws[e-1].Span.End)
	var place *doc.Mention
	for _, mi := range ms {
		m := d.Mentions[mi]
		if m.Type == doc.Organization && x.isProper(m) {
			return x.branch(ws, m), true
		}
		if m.Type == doc.Place && place == nil {
			place = &d.Mentions[mi]
		}
	}
	if place != nil {
		return x.entity(*place), true
	}
	if e-s > 4 {
		return doc.Arg{}, false
	}
	content := false
	for _, w := range ws[s:e] {
		if isWord(w) && !determiners[w.Lower] && w.Form == w.Lower {
			content = true // a common noun: "head of Ukrainian diplomacy"
		}
	}
	if !content {
		return doc.Arg{}, false
	}
	arg := x.value(doc.Span{Start: ws[s].Span.Start, End: ws[e-1].Span.End})
	return arg, true
}

// branchWords are the nouns for an organization's part in a place.
var branchWords = map[string]bool{"office": true, "branch": true, "section": true, "chapter": true, "bureau": true, "mission": true}

// branch returns the entity argument for an organization mention, extended
// to its branch in a place when the words say so: "Amnesty International
// in Ukraine", "Amnesty International's office in Ukraine" and "the
// Ukrainian office of Amnesty International" all name "Amnesty
// International Ukraine".
func (x *extraction) branch(ws []quote.Word, m doc.Mention) doc.Arg {
	arg := x.entity(m)
	e := wordEndingAt(ws, m.End)
	if e < 0 {
		return arg
	}
	placeAt := func(i int) (doc.Mention, bool) {
		if i >= len(ws) {
			return doc.Mention{}, false
		}
		pm := quote.MentionStartingAt(x.d, ws[i].Span.Start)
		if pm < 0 || x.d.Mentions[pm].Type != doc.Place {
			return doc.Mention{}, false
		}
		return x.d.Mentions[pm], true
	}
	extend := func(start, end int, place string) {
		arg.Text = x.d.Text[start:end]
		arg.Begin, arg.End = x.cp(start), x.cp(end)
		arg.Name += " " + place
	}
	in := e + 1
	if in+1 < len(ws) && (ws[in].Lower == "’s" || ws[in].Lower == "'s") && branchWords[ws[in+1].Lower] {
		in += 2 // "Amnesty International's office in Ukraine"
	}
	if in+1 < len(ws) && ws[in].Lower == "in" {
		if p, ok := placeAt(in + 1); ok {
			place := ner.Place(p.Text(x.d.Text))
			if place == "" {
				place = p.Text(x.d.Text)
			}
			extend(m.Start, p.End, place)
			return arg
		}
	}
	// "the Ukrainian office of Amnesty International"
	for k := 3; k < len(ws); k++ {
		if ws[k].Span.Start != m.Start {
			continue
		}
		if ws[k-1].Lower == "of" && branchWords[ws[k-2].Lower] {
			if place := ner.Place(ws[k-3].Form); place != "" {
				extend(ws[k-3].Span.Start, m.End, place)
			}
		}
		break
	}
	return arg
}

func (x *extraction) addRole(si int, p doc.Mention, ws []quote.Word, a, b int, obj doc.Arg) {
	conf := ConfRole
	if obj.Kind == doc.KindValue {
		conf = ConfClauseValue
	}
	f := doc.Fact{
		Sentence:   x.sentRef(si),
		Subject:    x.entity(p),
		Relation:   x.relation(roleName(ws, a, b), doc.Span{Start: ws[a].Span.Start, End: ws[b].Span.End}),
		Object:     obj,
		Confidence: conf,
	}
	if q := x.quoteAt(p.Start); q != nil {
		if q.Speaker < 0 {
			return
		}
		att := x.entity(x.d.Mentions[q.Speaker])
		f.Attributed = &att
	}
	x.facts = append(x.facts, f)
}
