// Package coref links the entity mentions of one document into coreference
// chains and adds mentions for the pronouns and definite descriptions that
// refer to them.
//
// Proper names join a chain when they fold to the same name (case and
// diacritics aside: Agnes / Agnès), when a surname or given name alone repeats
// a person's fuller name ("Pokalchuk", "Ms. Pokaltchouk" → Oksana
// Pokaltchouk), or when a short or abbreviated organization name repeats a
// longer one ("Amnesty", "AI" → Amnesty International). Pronouns
// (he/she/his/her/its) and descriptions ("the organization", "the NGO", "the
// ministry", "the head of the Ukrainian office") take the most recent
// compatible antecedent outside quotations; when the nearest sentence with
// candidates holds more than one, the one in subject position wins, and an
// antecedent is never looked for more than three sentences back. Possessive
// "his" is accepted for a woman, as translated news often has it. In a parsed
// document, "it" outside quotations joins an organization when Cluster links
// it to that organization's name in the same or the previous sentence.
//
// Cluster, for a tagged and parsed document, goes further: it finds every
// referring noun phrase (pronouns, names, descriptions, nested ones) and
// groups them: high-precision sieves (Lee et al. 2013) first, then a
// learned mention-ranking model (Model, embedded as coref.gz), or the
// remaining sieves when no model loads. Package corefeval scores it on
// GUM: CoNLL F1 60.1 on dev and 55.1 on test with singletons removed
// (65.2 and 61.7 with them), against 59.0 and 54.5 for the sieves alone.
//
// Input contract: tokenized sentences and d.Mentions from a recognizer.
// Resolve sets Mention.Chain and Mention.Name and keeps d.Mentions in text
// order.
package coref

import (
	"sort"
	"strings"
	"unicode"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/quote"
)

// Resolver builds coreference chains. The zero value is ready to use and
// safe for concurrent use.
type Resolver struct{}

// New returns a Resolver.
func New() *Resolver { return &Resolver{} }

type chain struct {
	id     int
	typ    string
	name   string
	words  []string
	gender string // "f", "m" or ""
	role   bool   // introduced as head or director of something
	last   int    // index of its most recent mention
}

// Resolve sets Chain and Name on d.Mentions and appends pronoun and
// description mentions.
func (r *Resolver) Resolve(d *doc.Doc) error {
	if d == nil || len(d.Mentions) == 0 {
		return nil
	}
	regions := quote.Regions(d.Text)
	var chains []*chain
	byID := map[int]*chain{}
	ix := newChainIndex()
	for i := range d.Mentions {
		m := &d.Mentions[i]
		ws := strings.Fields(m.Text(d.Text))
		c := ix.match(m.Type, ws)
		if c == nil {
			c = &chain{id: len(chains) + 1, typ: m.Type}
			chains = append(chains, c)
			byID[c.id] = c
		}
		if len(ws) > len(c.words) {
			c.words = ws
			ix.add(c, ws)
			c.name = strings.Join(ws, " ")
			if c.typ == doc.Place {
				if p := ner.Place(c.name); p != "" {
					c.name = p
				}
			}
			if c.typ == doc.Person {
				c.gender = ner.Gender(ws[0])
			}
		}
		m.Chain = c.id
		if !c.role && m.Type == doc.Person && introducedAsHead(d, *m) {
			c.role = true
		}
	}
	for i := range d.Mentions {
		d.Mentions[i].Name = byID[d.Mentions[i].Chain].name
	}
	idx := &mentionIndex{proper: d.Mentions}
	for si, s := range d.Sentences {
		for ti := 0; ti < len(s.Tokens); ti++ {
			t := s.Tokens[ti]
			inQuote := quote.Inside(regions, t.Start) >= 0
			sp := ner.WordSpan(d.Text, t)
			f := strings.ToLower(ner.WordForm(d.Text, t))
			var m doc.Mention
			var ok bool
			switch {
			case pronounGender[f] != "" && !inQuote:
				m, ok = resolvePronoun(d, idx.sentences(si-3, si), regions, byID, si, sp, pronounGender[f])
			case f == "the" && descriptionAhead(d, s, ti):
				var n int
				m, n, ok = resolveDescription(d, idx.sentences(si-salienceWindow, si), byID, si, ti)
				if ok {
					ti += n - 1
				}
			}
			if ok {
				m.Sentence = si
				idx.added = append(idx.added, m)
			}
		}
	}
	d.Mentions = append(d.Mentions, idx.added...)
	d.Mentions = append(d.Mentions, organizationIt(d, regions, byID)...)
	sort.SliceStable(d.Mentions, func(i, j int) bool { return d.Mentions[i].Start < d.Mentions[j].Start })
	return nil
}

// organizationIt resolves "it" outside quotations to an organization when
// the parsed document's phrase clusters (Cluster) link it to a phrase headed
// inside that organization's name in the same or the previous sentence
// ("Amnesty said it contacted the ministry"). Unparsed documents get nothing.
func organizationIt(d *doc.Doc, regions []quote.Region, byID map[int]*chain) []doc.Mention {
	// Clustering costs more than the rest of Resolve: only when there is an
	// "it" outside quotations and an organization.
	org, it := false, false
	for _, m := range d.Mentions {
		org = org || m.Type == doc.Organization
	}
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			it = it || strings.EqualFold(t.Form, "it") && quote.Inside(regions, t.Start) < 0
		}
	}
	if !org || !it {
		return nil
	}
	var out []doc.Mention
	have := map[doc.Span]bool{}
	for _, m := range d.Mentions {
		have[m.Span] = true
	}
	tokSpan := func(r Ref, k int) doc.Span { return d.Sentences[r.Sentence].Tokens[k].Span }
	for _, e := range Cluster(d) {
		for x, r := range e {
			t := d.Sentences[r.Sentence].Tokens[r.Head]
			sp := tokSpan(r, r.Head)
			if r.End-r.Start != 1 || !strings.EqualFold(t.Form, "it") || have[sp] || quote.Inside(regions, sp.Start) >= 0 {
				continue
			}
			for y := x - 1; y >= 0; y-- {
				a := e[y]
				if a.Sentence < r.Sentence-1 {
					break
				}
				head := tokSpan(a, a.Head)
				var org *doc.Mention
				for k := range d.Mentions {
					m := &d.Mentions[k]
					if m.Type == doc.Organization && m.Chain != 0 && m.Start <= head.Start && head.End <= m.End {
						org = m
						break
					}
				}
				if org == nil {
					continue
				}
				out = append(out, doc.Mention{Span: sp, Type: org.Type, Sentence: r.Sentence, Chain: org.Chain, Name: byID[org.Chain].name})
				have[sp] = true
				break
			}
		}
	}
	return out
}

// salienceWindow is how many sentences back a description looks for its
// antecedent.
const salienceWindow = 50

// mentionIndex holds the proper mentions and the mentions added so far, both
// in text order.
type mentionIndex struct {
	proper, added []doc.Mention
}

// sentences returns the mentions of sentences from..to, in text order.
func (x *mentionIndex) sentences(from, to int) []doc.Mention {
	cut := func(ms []doc.Mention) []doc.Mention {
		lo := sort.Search(len(ms), func(i int) bool { return ms[i].Sentence >= from })
		hi := sort.Search(len(ms), func(i int) bool { return ms[i].Sentence > to })
		return ms[lo:hi]
	}
	a, b := cut(x.proper), cut(x.added)
	out := make([]doc.Mention, 0, len(a)+len(b))
	for len(a) > 0 || len(b) > 0 {
		if len(b) == 0 || len(a) > 0 && a[0].Start <= b[0].Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return out
}

// chainIndex finds the chain a proper name joins by folded keys.
type chainIndex struct {
	byName    map[string]*chain   // folded full name
	perWord   map[string]*chain   // folded first or last word of a person's multi-word name
	perSingle map[string]*chain   // folded one-word person name
	orgFirst  map[string][]*chain // folded first word of an organization's name
	acronym   map[string]*chain   // initials of an organization's multi-word name
}

func newChainIndex() *chainIndex {
	return &chainIndex{byName: map[string]*chain{}, perWord: map[string]*chain{},
		perSingle: map[string]*chain{}, orgFirst: map[string][]*chain{}, acronym: map[string]*chain{}}
}

// add indexes chain c under its (new, fuller) words ws.
func (x *chainIndex) add(c *chain, ws []string) {
	x.byName[Fold(strings.Join(ws, " "))] = c
	if c.name != "" && c.typ == doc.Place {
		x.byName[Fold(c.name)] = c
	}
	switch c.typ {
	case doc.Person:
		if len(ws) == 1 {
			x.perSingle[Fold(ws[0])] = c
		} else {
			x.perWord[Fold(ws[0])] = c
			x.perWord[Fold(ws[len(ws)-1])] = c
		}
	case doc.Organization:
		f := Fold(ws[0])
		x.orgFirst[f] = append(x.orgFirst[f], c)
		if len(ws) > 1 {
			var b strings.Builder
			for _, w := range ws {
				b.WriteRune(unicode.ToUpper([]rune(w)[0]))
			}
			x.acronym[b.String()] = c
		}
	}
}

// pronounGender maps third-person pronouns to the antecedent they need:
// "f", "m", "p" (a person of either gender) or "o" (an organization).
var pronounGender = map[string]string{
	"she": "f", "her": "f", "hers": "f", "herself": "f",
	"he": "m", "him": "m", "himself": "m", "his": "p",
	"its": "o",
}

// Fold lowercases a name and strips common diacritics, so that variants of
// one name compare equal.
func Fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if f, ok := fold[r]; ok {
			b.WriteRune(f)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var fold = map[rune]rune{
	'à': 'a', 'á': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'å': 'a', 'è': 'e', 'é': 'e',
	'ê': 'e', 'ë': 'e', 'ì': 'i', 'í': 'i', 'î': 'i', 'ï': 'i', 'ò': 'o', 'ó': 'o',
	'ô': 'o', 'ö': 'o', 'õ': 'o', 'ù': 'u', 'ú': 'u', 'û': 'u', 'ü': 'u', 'ç': 'c',
	'ñ': 'n', 'ý': 'y', 'ł': 'l', 'ś': 's', 'ź': 'z', 'ż': 'z', 'č': 'c', 'š': 's',
	'ž': 'z', 'ř': 'r', 'ě': 'e', '’': '\'',
}

// match returns the chain a proper mention with words ws joins, or nil:
// the same folded name; for people a surname or given name alone, or a full
// name whose surname was seen alone; for organizations a first word alone
// (the shortest such name), initials, or a longer name after its first word
// alone.
func (x *chainIndex) match(typ string, ws []string) *chain {
	if c := x.byName[Fold(strings.Join(ws, " "))]; c != nil && (c.typ == typ || typ == doc.Place || c.typ == doc.Place) {
		return c
	}
	switch typ {
	case doc.Person:
		if len(ws) == 1 {
			return x.perWord[Fold(ws[0])]
		}
		return x.perSingle[Fold(ws[len(ws)-1])]
	case doc.Organization:
		var best *chain
		for _, c := range x.orgFirst[Fold(ws[0])] {
			if len(ws) == 1 && (best == nil || len(c.words) < len(best.words)) {
				best = c
			}
			if len(ws) > 1 && len(c.words) == 1 && best == nil {
				best = c
			}
		}
		if best != nil {
			return best
		}
		if len(ws) == 1 {
			return x.acronym[ws[0]]
		}
	}
	return nil
}

// sentenceWords returns the lower-cased words of sentence si and their spans.
func sentenceWords(d *doc.Doc, si int) ([]string, []doc.Span) {
	s := d.Sentences[si]
	fs := make([]string, len(s.Tokens))
	sps := make([]doc.Span, len(s.Tokens))
	for i, t := range s.Tokens {
		fs[i] = strings.ToLower(ner.WordForm(d.Text, t))
		sps[i] = ner.WordSpan(d.Text, t)
	}
	return fs, sps
}

// introducedAsHead reports whether a person mention is introduced as the head
// or director of something in its sentence ("The head of X, Y", "Head of X
// Y", "Y, head of X").
func introducedAsHead(d *doc.Doc, m doc.Mention) bool {
	if m.Sentence >= len(d.Sentences) {
		return false
	}
	fs, sps := sentenceWords(d, m.Sentence)
	at := -1
	for i, sp := range sps {
		if sp.Start >= m.Start {
			at = i
			break
		}
	}
	if at < 0 {
		return false
	}
	for i := at - 1; i >= 0 && i >= at-10; i-- {
		if fs[i] == "head" || fs[i] == "director" {
			return true
		}
		if fs[i] == "said" || fs[i] == "and" {
			break
		}
	}
	end := at
	for end < len(sps) && sps[end].End <= m.End {
		end++
	}
	return end+1 < len(fs) && fs[end] == "," && (fs[end+1] == "head" || fs[end+1] == "director")
}

var prepositions = map[string]bool{"of": true, "to": true, "by": true, "with": true,
	"from": true, "for": true, "about": true, "against": true, "in": true, "on": true,
	"at": true, "into": true, "than": true, "like": true, "toward": true, "towards": true}

// oblique reports whether a mention is the object of a preposition, a
// possessor or one conjunct of a coordination ("X and his wife Y"): a poor
// antecedent for a singular pronoun.
func oblique(d *doc.Doc, m doc.Mention) bool {
	fs, sps := sentenceWords(d, m.Sentence)
	for i, sp := range sps {
		if sp.Start >= m.Start {
			for k := max(i-3, 0); k < i; k++ {
				if fs[k] == "and" || fs[k] == "or" {
					return true
				}
			}
			after := i
			for after < len(sps) && sps[after].Start < m.End {
				after++
			}
			for k := after; k < len(sps) && k <= after+4; k++ {
				if fs[k] == "and" || fs[k] == "or" {
					return true
				}
				if fs[k] != "," && !isNumber(fs[k]) {
					break
				}
			}
			j := i - 1
			for j >= 0 && ner.IsRoleWord(fs[j]) || j >= 0 && ner.IsRoleModifier(fs[j]) {
				j--
			}
			if j >= 0 && prepositions[fs[j]] {
				return true
			}
			break
		}
	}
	for i, sp := range sps {
		if sp.Start >= m.End {
			return fs[i] == "'s" || fs[i] == "’s" || fs[i] == "'" || fs[i] == "’"
		}
	}
	return false
}

func isNumber(f string) bool {
	return f != "" && f[0] >= '0' && f[0] <= '9'
}

func compatible(c *chain, need string) bool {
	switch need {
	case "o":
		return c.typ == doc.Organization
	case "p":
		return c.typ == doc.Person
	case "f":
		return c.typ == doc.Person && c.gender != "m"
	case "m":
		return c.typ == doc.Person && c.gender != "f"
	}
	return false
}

// resolvePronoun finds the antecedent of the pronoun at sp in sentence si.
func resolvePronoun(d *doc.Doc, ms []doc.Mention, regions []quote.Region, byID map[int]*chain, si int, sp doc.Span, need string) (doc.Mention, bool) {
	// A pronoun subject before a quotation of its sentence is its speaker,
	// who does not speak of himself by name in it.
	named := ""
	for _, r := range regions {
		if r.Start > sp.End && r.Start < d.Sentences[si].End && sp.Start-d.Sentences[si].Start < 40 {
			named = d.Text[r.Start:r.End]
			break
		}
	}
	for k := si; k >= 0 && k >= si-3; k-- {
		var cands []doc.Mention
		for _, m := range ms {
			if m.Sentence != k || m.Start >= sp.Start || quote.Inside(regions, m.Start) >= 0 || pluralName(d, m) {
				continue
			}
			if named != "" && strings.Contains(named, lastWord(byID[m.Chain])) {
				continue // "He said, “Andy Warhol was …”": not Warhol speaking
			}
			if c := byID[m.Chain]; c != nil && compatible(c, need) {
				cands = append(cands, m)
			}
		}
		if len(cands) == 0 {
			continue
		}
		// A candidate whose gender is known to match beats one of unknown gender.
		if need == "f" || need == "m" {
			var sure []doc.Mention
			for _, m := range cands {
				if byID[m.Chain].gender == need {
					sure = append(sure, m)
				}
			}
			if len(sure) > 0 {
				cands = sure
			}
		}
		pick := -1
		distinct := map[int]bool{}
		for _, m := range cands {
			distinct[m.Chain] = true
		}
		if len(distinct) == 1 {
			pick = len(cands) - 1
		} else {
			for i, m := range cands {
				if !oblique(d, m) {
					pick = i
					break
				}
			}
		}
		if pick < 0 {
			return doc.Mention{}, false
		}
		a := cands[pick]
		return doc.Mention{Span: sp, Type: a.Type, Chain: a.Chain, Name: byID[a.Chain].name}, true
	}
	return doc.Mention{}, false
}

// lastWord returns the last word of a chain's name ("Warhol"), or a string
// no text holds.
func lastWord(c *chain) string {
	if c == nil || len(c.words) == 0 {
		return "\x00"
	}
	return c.words[len(c.words)-1]
}

// pluralName reports whether mention m ends in a plural noun ("Republican
// Senators"): no antecedent of a singular pronoun.
func pluralName(d *doc.Doc, m doc.Mention) bool {
	if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
		return false
	}
	ts := d.Sentences[m.Sentence].Tokens
	for i := len(ts) - 1; i >= 0; i-- {
		if ts[i].Start < m.End {
			return ts[i].XPOS == "NNPS" || ts[i].XPOS == "NNS"
		}
	}
	return false
}

// descriptionAhead is a cheap test that a description noun follows "the" at
// token ti closely enough for resolveDescription to consider it.
func descriptionAhead(d *doc.Doc, s doc.Sentence, ti int) bool {
	for j := ti + 1; j < len(s.Tokens) && j <= ti+5; j++ {
		f := strings.ToLower(ner.WordForm(d.Text, s.Tokens[j]))
		if orgNouns[f] || f == "ministry" || f == "head" || f == "director" {
			return true
		}
	}
	return false
}

var orgNouns = map[string]bool{"organization": true, "organisation": true, "ngo": true,
	"group": true, "agency": true}

// resolveDescription resolves a definite description starting at token ti
// ("the organization", "the ministry", "the head of the Ukrainian office") and
// returns its mention and length in tokens.
func resolveDescription(d *doc.Doc, ms []doc.Mention, byID map[int]*chain, si, ti int) (doc.Mention, int, bool) {
	fs, sps := sentenceWords(d, si)
	// the [adjectives] NOUN
	j := ti + 1
	for j < len(fs) && j <= ti+4 && !orgNouns[fs[j]] && fs[j] != "ministry" && fs[j] != "head" && fs[j] != "director" && isLowerWord(fs[j], d.Text[sps[j].Start:sps[j].End]) {
		j++
	}
	if j >= len(fs) {
		return doc.Mention{}, 0, false
	}
	noun := fs[j]
	next := func(k int) string {
		if k < len(fs) {
			return fs[k]
		}
		return ""
	}
	// An apposition with a name follows: "the human rights organization Amnesty International".
	for _, m := range ms {
		if m.Sentence == si && m.Start >= sps[j].End && m.Start <= sps[j].End+2 && m.Chain != 0 {
			return doc.Mention{}, 0, false
		}
	}
	before := sps[ti].Start
	switch {
	case orgNouns[noun] || noun == "ministry":
		if next(j+1) == "of" && noun != "ngo" {
			return doc.Mention{}, 0, false
		}
		// the most salient compatible organization so far (most mentions,
		// then most recent)
		count := map[int]int{}
		best := -1
		for i, m := range ms {
			if m.Start >= before || m.Type != doc.Organization {
				continue
			}
			name := byID[m.Chain].name
			isMinistry := strings.Contains(name, "Ministry") || strings.Contains(name, "Government")
			if (noun == "ministry") != isMinistry || strings.Contains(name, "Forces") {
				continue
			}
			count[m.Chain]++
			if best < 0 || count[m.Chain] >= count[ms[best].Chain] {
				best = i
			}
		}
		if best >= 0 {
			m := ms[best]
			return doc.Mention{Span: doc.Span{Start: before, End: sps[j].End}, Type: m.Type, Chain: m.Chain, Name: byID[m.Chain].name}, j - ti + 1, true
		}
	case (noun == "head" || noun == "director") && j == ti+1 && next(j+1) == "of":
		// the of-phrase: up to punctuation, a clause word or a verb-like word
		k := j + 2
		for k < len(fs) && k <= j+8 && isPhraseWord(fs[k]) {
			k++
		}
		if k < len(fs) && fs[k] == "," {
			// "The head of X, Oksana Pokalchuk," introduces the name instead.
			for _, m := range ms {
				if m.Sentence == si && m.Start >= sps[k].End && m.Start <= sps[k].End+2 && m.Type == doc.Person {
					return doc.Mention{}, 0, false
				}
			}
		}
		for _, m := range ms {
			if m.Sentence == si && m.Type == doc.Person && m.Start >= sps[j].End && m.Start < sps[k-1].End+2 {
				return doc.Mention{}, 0, false // "Head of X Oksana Pokalchuk"
			}
		}
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if m.Start >= before || m.Type != doc.Person {
				continue
			}
			if c := byID[m.Chain]; c != nil && c.role {
				return doc.Mention{Span: doc.Span{Start: before, End: sps[k-1].End}, Type: m.Type, Chain: m.Chain, Name: c.name}, k - ti, true
			}
		}
	}
	return doc.Mention{}, 0, false
}

func isLowerWord(f, surface string) bool {
	if f == "" || surface == "" {
		return false
	}
	r := []rune(surface)[0]
	return unicode.IsLower(r) && f != "of" && f != "that" && f != "which" && f != "who"
}

func isPhraseWord(f string) bool {
	if f == "" {
		return false
	}
	switch f {
	case "that", "which", "who", "said", "says", "recalled", "added", "noted", "wrote", "is", "was", "has", "had", "and", "resigned":
		return false
	}
	r := []rune(f)[0]
	return unicode.IsLetter(r) || f == "'s" || f == "’s"
}
