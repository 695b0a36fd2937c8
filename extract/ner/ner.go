// Package ner finds named-entity mentions in a tokenized document: people
// (PER), organizations (ORG), places (LOC), events (EVENT) and works (WORK).
//
// Two recognizers work together. A trained sequence labeler (Model: a
// structured averaged perceptron over BIO labels, decoded with Viterbi, in
// two passes, the second reading the first's labels across the document)
// finds people, organizations and places in tagged text; it is trained by
// Train from the named mentions of GUM, wikigold and re3d (see ReadGUM,
// ReadCoNLL), whose names also make a lexicon it reads, then once more
// with web text (EWT train) that the first model labelled where the
// treebank's proper nouns agree, and embedded as model "ner". Rules and
// lexicons find the rest
// and serve where no tagger has run or no model is embedded. Candidate
// names are runs of capitalised tokens (or PROPN tokens when a tagger has
// run); "of" joins a run only after an organization word ("Ministry of
// Defense"). A sentence-initial capital counts only when the word is known
// (gazetteer, given name, PROPN tag) or capitalised elsewhere in the
// document. Types come from cue words, a gazetteer of places and
// organizations (a hand-made one for news, and WordNet 3.0's named places
// and groups that no common word or person shares, wordnet_gen.go), given
// names and titles. The rules' events and works, and
// their places and organizations that rest on a lexicon or a cue word of a
// longer name ("Ministry of Defence", "Drama Theater"), come first; the
// model adds what they miss.
//
// Names follow the conventions of names in web text and e-mail (those of
// Universal NER): "Lenhart, Matthew" on a header line is one name, a
// company's suffix belongs to its name ("CCNG, Inc."), and a business
// named in the possessive with no noun after it is a place, the
// possessive included ("dinner at Del Frisco 's").
//
// Titles and roles are not part of names whichever recognizer finds them:
// "Ms. Pokaltchouk" gives Pokaltchouk, "Ukrainian Foreign Minister Dmytro
// Kuleba" gives Dmytro Kuleba.
//
// A name that a document's web or mail domain spells is an organization
// ("Enron" beside http://unitedway.enron.com).
//
// Names are decided over the whole document too: a name keeps one type
// through it and is found again wherever it is written ("PM Allawi" after
// "Allawi 's cousin"), an acronym defined in brackets ("the Housing Authority
// of New Orleans (HANO)") names what its definition names, and the words
// a hyphen joins without spaces stay in one name ("Al-Qaeda").
//
// Cues in the sentence and its parse type the names the labeler has never
// seen (cues.go): a name after a noun for a kind of person ("the owner
// Karla"), the subject of a copula with one ("Natasha is the best
// photographer"), one coordinated with a full name or "I", one greeted or
// addressed ("Thanks again Nina.", "contact Vernon") and the display name
// of a mail address are people; one the sentence calls "it" is none
// ("Marathon shut its plant"); names listed after a noun for their kind
// take its type ("companies like Scharffen Berger"); one ending in a
// word for a building is a place ("Orchestra Hall").
//
// Through New, with the embedded model, exact-span F1 on Universal NER EWT
// is 80.8 on dev (PER 85.2, ORG 72.1, LOC 82.1) and 68.4 on test (PER 78.7,
// ORG 49.0, LOC 71.6), against 49.8 and 49.2 for the rules alone; the model
// alone scores about 65 on five held-out folds of wikigold. It is 1.5 MB
// compressed and trains in about three minutes (three rounds: the second
// and third learn from EWT train as labelled by the round before).
//
// Input contract: d.Sentences holds tokens with byte spans into d.Text.
// Recognize replaces d.Mentions; every mention is a half-open byte span.
package ner

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/model"
)

// Recognizer finds entity mentions. It is safe for concurrent use. The zero
// value uses the rules alone.
type Recognizer struct {
	model func() (*Model, error) // nil: rules only
}

// New returns a Recognizer that uses the embedded model (decoded on first
// use) for people, organizations and places in tagged text, and the rules
// where no model is embedded or no tagger has run.
func New() *Recognizer { return &Recognizer{model: Default} }

// WithModel returns a Recognizer that uses m in tagged text.
func WithModel(m *Model) *Recognizer {
	return &Recognizer{model: func() (*Model, error) { return m, nil }}
}

var defaultModel = sync.OnceValues(func() (*Model, error) {
	rc, err := model.Open("ner")
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	defer rc.Close()
	return Load(rc)
})

// Default returns the embedded model, decoded on first use and shared by
// the process. The error wraps fs.ErrNotExist when no model is embedded.
func Default() (*Model, error) { return defaultModel() }

// WordSpan returns the part of the text a token's word covers. Words of a
// multiword token share its span ("International’s" = "International" +
// "’s"); WordSpan narrows the span to the word's own form when the text
// allows it.
func WordSpan(text string, t doc.Token) doc.Span {
	s := t.Span
	if t.MWT == 0 || t.Form == "" || s.End > len(text) {
		return s
	}
	if t.MWT > 0 && strings.HasPrefix(text[s.Start:s.End], t.Form) {
		return doc.Span{Start: s.Start, End: s.Start + len(t.Form)}
	}
	if t.MWT < 0 && strings.HasSuffix(text[s.Start:s.End], t.Form) {
		return doc.Span{Start: s.End - len(t.Form), End: s.End}
	}
	return s
}

// WordForm returns the token's word as written (see WordSpan).
func WordForm(text string, t doc.Token) string {
	if t.Form != "" {
		return t.Form
	}
	return WordSpan(text, t).Text(text)
}

type word struct {
	form  string
	span  doc.Span
	upos  string
	first bool // first word of the sentence (after opening quotes/brackets)
}

// Recognize replaces d.Mentions with the entity mentions of d.
func (r *Recognizer) Recognize(d *doc.Doc) error {
	if d == nil {
		return nil
	}
	rules := tidy(d.Text, ruleMentions(d))
	if r.model == nil || !tagged(d) {
		d.Mentions = domainNames(d, defineAcronyms(d, joinHyphens(d, rules)))
		return nil
	}
	m, err := r.model()
	if errors.Is(err, fs.ErrNotExist) {
		d.Mentions = domainNames(d, defineAcronyms(d, joinHyphens(d, rules)))
		return nil
	}
	if err != nil {
		return err
	}
	ms := sentenceCues(d, m.caps, merge(d.Text, m.mentions(d), rules))
	ms = oneSense(d.Text, storms(d.Text, defineAcronyms(d, joinHyphens(d, ms))))
	d.Mentions = tidy(d.Text, domainNames(d, sameName(d, ms)))
	return nil
}

// commonWord reports whether m is a common word in lower case that a place
// is named after ("china", "turkey"): the labeler, which looks lower-case
// words up capitalised, can take it for the place.
func commonWord(text string, m doc.Mention) bool {
	w := m.Text(text)
	r, n := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && commonPlaces[string(unicode.ToUpper(r))+w[n:]]
}

// peopleOfAKind reports whether m is a mention of one word that names
// people of a kind, in the plural ("Methodists", "Nazis", "Jews",
// "Neoconservatives", "Zionists"): no one's name, nor a body's.
func peopleOfAKind(text string, m doc.Mention) bool {
	w := m.Text(text)
	if !strings.HasSuffix(w, "s") || strings.Contains(w, " ") {
		return false
	}
	one := w[:len(w)-1]
	return personClasses[one] || isCap(one) && personKinds[strings.ToLower(one)] && Place(one) == "" && givenNames[one] == "" && !orgNames[w]
}

// tidy drops common words taken for places (see commonWord), plurals of
// kinds of people taken for persons (see peopleOfAKind) and single
// letters ("when Z happens after X", "(C)" for a cell phone number), which
// name nothing alone; and it joins a
// name and the treaty or event word right after it that was taken for a
// name of its own ("Istanbul" + "Convention", "Paris" + "Agreement",
// "Munich" + "Conference"): together they are one name, of the second
// one's type. ms are in text order.
func tidy(text string, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	for _, m := range ms {
		if commonWord(text, m) || peopleOfAKind(text, m) || utf8.RuneCountInString(m.Text(text)) == 1 || celestial[m.Text(text)] || headAlone(m.Text(text)) {
			continue
		}
		if n := len(out); n > 0 && (m.Type == doc.Work || m.Type == doc.Event) && out[n-1].Sentence == m.Sentence {
			prev, cue := out[n-1], m.Text(text)
			if (workWords[cue] || eventWords[cue]) && prev.End <= m.Start && strings.TrimSpace(text[prev.End:m.Start]) == "" {
				out[n-1].End, out[n-1].Type = m.End, m.Type
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// headAlone reports whether name is one word that only heads the names of
// places and buildings ("Street", "Airport", "Bay", "Hall"): alone, a
// capitalised common noun (a heading, "the Square"), no name; but "the
// Gulf" of news is a region.
func headAlone(name string) bool {
	return (placeWords[name] || facilityWords[name] || genericHeads[name]) && places[name] == "" && !orgNames[name] && name != "Gulf"
}

// genericHeads are more words that head names but name nothing alone.
var genericHeads = set("Beach", "Mount", "Fort", "Village", "Desert", "Glacier",
	"Lodge", "Place", "Shore", "Downtown", "Uptown", "Land", "Floor", "Home",
	"Household", "Empire", "Republic", "Nation", "Country", "State", "Galaxy")

// celestial are the names of the planets and the Moon, alone: no person,
// organization or place on Earth ("Mercury and Venus is conjunct",
// "getting back to the Moon").
var celestial = set("Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Moon")

// tagged reports whether a tagger has run over d.
func tagged(d *doc.Doc) bool {
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.UPOS != "" {
				return true
			}
		}
	}
	return false
}

// ruleMentions finds the mentions of d with the rules.
func ruleMentions(d *doc.Doc) []doc.Mention {
	capsElsewhere := capitalisedInside(d)
	var out []doc.Mention
	var pieces []piece
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		headline := isHeadline(ws)
		for i := 0; i < len(ws); {
			if !isCap(ws[i].form) {
				if places[ws[i].form] != "" {
					// a place written in lower case ("kyiv" in translated news)
					pieces = append(pieces, piece{words: ws[i : i+1], sent: si, typ: doc.Place})
				}
				i++
				continue
			}
			j := i + 1
			for j < len(ws) {
				if isCap(ws[j].form) {
					j++
					continue
				}
				// "of" joins after an organization head: Ministry of Defense.
				if (ws[j].form == "of" || ws[j].form == "for") && j+1 < len(ws) && isCap(ws[j+1].form) && (ofHeads[ws[j-1].form] || hasAny(ws[i:j], orgWords)) {
					j += 2
					continue
				}
				// ... and so does "and" inside its complement, before a
				// word no other name has: Department of Housing and Urban
				// Development, not Ministry of Defence and Amnesty.
				if ws[j].form == "and" && j+2 < len(ws) && isCap(ws[j+1].form) && isCap(ws[j+2].form) && hasAny(ws[i:j], ofWords) && hasAny(ws[i:j], orgWords) && !known(ws[j+1].form) && !capRunHas(ws[j+1:], orgWords) {
					j += 2
					continue
				}
				break
			}
			ps := split(ws[i:j], si, headline, afterRoleOf(ws, i), capsElsewhere)
			// An unknown name before a speech verb ("Pokalchuk said") or an
			// age (", 42,") is a person.
			if n := len(ps); n > 0 && ps[n-1].typ == "" && len(ps[n-1].words) <= 3 && allAlpha(ps[n-1].words) && j < len(ws) && (personVerbs[ws[j].form] || j+2 < len(ws) && ws[j].form == "," && isAge(ws[j+1].form) && ws[j+2].form == ",") {
				ps[n-1].typ = doc.Person
			}
			// ... and so is one after a common noun of role: "researcher Mu Li".
			if len(ps) > 0 && ps[0].typ == "" && len(ps[0].words) <= 3 && allAlpha(ps[0].words) && i > 0 && ps[0].words[0].span == ws[i].span && personNouns[ws[i-1].form] {
				ps[0].typ = doc.Person
			}
			pieces = append(pieces, ps...)
			i = j
		}
	}
	// Surnames and given names of people found anywhere type single tokens,
	// and two- or three-word names that share a surname ("Manju Sam" after
	// "Thomas Sam").
	known := map[string]string{}
	for _, p := range pieces {
		if p.typ == doc.Person && len(p.words) >= 2 {
			known[p.words[len(p.words)-1].form] = doc.Person
			known[p.words[0].form] = doc.Person
		}
	}
	for i, p := range pieces {
		if p.typ == "" && len(p.words) >= 2 && len(p.words) <= 3 && allAlpha(p.words) && known[p.words[len(p.words)-1].form] == doc.Person {
			pieces[i].typ = doc.Person
		}
	}
	// A chain of two or three proper nouns that nothing else typed is most
	// often a person's name ("Traci Warner"); the tagger must agree that
	// every word is a proper noun.
	for i, p := range pieces {
		if p.typ == "" && len(p.words) >= 2 && len(p.words) <= 3 && allAlpha(p.words) && allTagged(p.words, "PROPN") {
			pieces[i].typ = doc.Person
		}
	}
	for _, p := range pieces {
		typ := p.typ
		if typ == "" && len(p.words) == 1 {
			typ = known[p.words[0].form]
		}
		if typ == "" || typ == doc.Misc {
			continue
		}
		out = append(out, doc.Mention{
			Span:     doc.Span{Start: p.words[0].span.Start, End: p.words[len(p.words)-1].span.End},
			Type:     typ,
			Sentence: p.sent,
		})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var personNouns = set("researcher", "spokesman", "spokeswoman", "spokesperson",
	"prosecutor", "lawyer", "attorney", "analyst", "journalist", "activist",
	"author", "director", "head", "chief", "minister", "president", "secretary",
	"official", "expert", "doctor", "scientist", "economist", "professor",
	"reporter", "correspondent", "editor", "founder", "chairman", "chairwoman",
	"leader", "commander", "ambassador", "envoy", "adviser", "advisor", "judge",
	"colleague", "wife", "husband", "son", "daughter", "mother", "father",
	"brother", "sister", "lecturer", "student", "teacher", "coach", "player",
	"singer", "actor", "actress", "writer", "poet", "artist", "senator", "mayor",
	"governor", "deputy", "member", "resident", "witness", "victim", "survivor")

var personVerbs = map[string]bool{"said": true, "says": true, "wrote": true,
	"told": true, "added": true, "stated": true, "emphasized": true, "stressed": true}

type piece struct {
	words []word
	sent  int
	typ   string
}

func words(text string, s doc.Sentence) []word {
	ws := make([]word, 0, len(s.Tokens))
	first := true
	for _, t := range s.Tokens {
		f := WordForm(text, t)
		w := word{form: f, span: WordSpan(text, t), upos: t.UPOS, first: first}
		if first && !isOpenPunct(f) {
			first = false
		}
		ws = append(ws, w)
	}
	return ws
}

func isOpenPunct(f string) bool {
	switch f {
	case "\"", "“", "‘", "«", "(", "[", "'", "-", "—", "–", ":":
		return true
	}
	return false
}

// isCap reports whether a word can be part of a name: it starts with an upper
// case letter, or is an all-caps acronym.
func isCap(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range f {
		if unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

// isHeadline reports whether most words of a sentence are capitalised.
func isHeadline(ws []word) bool {
	n, c := 0, 0
	for _, w := range ws {
		if !isWordLike(w.form) {
			continue
		}
		n++
		if isCap(w.form) || stop[w.form] || stop[strings.ToLower(w.form)] {
			c++
		}
	}
	return n >= 4 && c*10 >= n*9
}

func isWordLike(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsLetter(r)
}

// capitalisedInside collects the words written capitalised somewhere other
// than at the start of a sentence.
func capitalisedInside(d *doc.Doc) map[string]bool {
	m := map[string]bool{}
	for _, s := range d.Sentences {
		for _, w := range words(d.Text, s) {
			if !w.first && isCap(w.form) {
				m[w.form] = true
			}
		}
	}
	return m
}

// split cuts a capitalised run into names: titles and roles are removed,
// sentence-initial words need evidence, and a run is cut before a given name
// and after a leading place or demonym; when the run follows a role and
// "of" (roleOf), also between the body the role is of and the person.
func split(run []word, sent int, headline, roleOf bool, elsewhere map[string]bool) []piece {
	var out []piece
	var cur []word
	titled := false
	emit := func() {
		if len(cur) > 0 {
			out = append(out, classify(cur, sent, titled)...)
		}
		cur = nil
		titled = false
	}
	for i := 0; i < len(run); i++ {
		w := run[i]
		if n := roleLen(run[i:]); n > 0 && !(i+n < len(run) && orgWords[run[i+n].form]) {
			emit()
			i += n - 1
			titled = true
			continue
		}
		if (w.first || headline) && !evidence(w, elsewhere, !headline) {
			emit()
			continue
		}
		if (stop[w.form] && !(nameAdjectives[w.form] && !w.first && i+1 < len(run))) || calendar[w.form] {
			emit()
			continue
		}
		if len(cur) == 0 && (companySuffixes[w.form] || ofWords[w.form]) {
			continue // the suffix of the name before ("Google, Inc. of Mountain View")
		}
		if len(cur) > 0 && givenNames[w.form] != "" && givenNames[cur[0].form] == "" {
			emit() // "Ukraine Oksana Pokalchuk"
		}
		if roleOf && len(cur) > 1 && orgWords[cur[len(cur)-1].form] && personAfterBody(run[i:]) {
			emit() // "CEO of the Refugee Council Enver Solomon"
		}
		if len(cur) == 1 && places[cur[0].form] != "" && !orgWords[w.form] && places[cur[0].form+" "+w.form] == "" && !placeBody(run[i:]) {
			emit() // a place name before another name
		}
		cur = append(cur, w)
		if legalSuffixes[w.form] && len(cur) > 1 && !(i+2 < len(run) && run[i+1].form == "," && companySuffixes[run[i+2].form]) {
			emit() // a legal suffix ends a company's name ("J.M. Huber Corporation Guaranty")
		}
	}
	emit()
	return out
}

// afterRoleOf reports whether ws[i] follows a role and "of", with or
// without "the": "CEO of the Refugee Council …".
func afterRoleOf(ws []word, i int) bool {
	of := i - 1
	if of >= 1 && ws[of].form == "the" {
		of--
	}
	return of >= 1 && ws[of].form == "of" && roleLen(ws[of-1:of]) > 0
}

// personAfterBody reports whether the rest of a capitalised run after an
// organization's head word is a person's name: two or three proper nouns
// that are no organization or place words.
func personAfterBody(ws []word) bool {
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if w.upos != "PROPN" || !allLetters(w.form) || orgWords[w.form] || companyHeads[w.form] || places[w.form] != "" || stop[w.form] {
			return false
		}
	}
	return true
}

// known reports whether w is a known organization, place or given name.
func known(w string) bool {
	return orgNames[w] || places[w] != "" || givenNames[w] != "" || demonyms[w] != ""
}

// capRunHas reports whether the capitalised words at the start of ws hold
// a word of set.
func capRunHas(ws []word, set map[string]bool) bool {
	for _, w := range ws {
		if !isCap(w.form) {
			return false
		}
		if set[w.form] {
			return true
		}
	}
	return false
}

// placeBody reports whether ws, the words after a place name in a
// capitalised run, name a body of that place: an organization word follows
// and no known organization or given name opens them ("US National
// Hurricane Center", not "Ukraine Amnesty International").
func placeBody(ws []word) bool {
	return len(ws) > 0 && hasAny(ws, orgWords) && !orgNames[ws[0].form] && givenNames[ws[0].form] == "" && places[ws[0].form] == ""
}

// evidence reports whether a sentence-initial capitalised word is a name.
// In a headline (most words capitalised, or all in capitals) a word written
// in capitals is no evidence of an acronym.
func evidence(w word, elsewhere map[string]bool, acronyms bool) bool {
	if stop[w.form] || calendar[w.form] {
		return false
	}
	return w.upos == "PROPN" || elsewhere[w.form] || places[w.form] != "" || givenNames[w.form] != "" || orgNames[w.form] || acronyms && acronym(w.form) && untaggedOr(w, "PROPN")
}

// allTagged reports whether every word carries the part of speech upos.
func allTagged(ws []word, upos string) bool {
	for _, w := range ws {
		if w.upos != upos {
			return false
		}
	}
	return true
}

// untaggedOr reports whether w has no part of speech (no tagger ran) or the
// given one: an all-caps word the tagger reads as a common word ("NOT",
// "FREE", "YOU") is shouting, not an acronym.
func untaggedOr(w word, upos string) bool { return w.upos == "" || w.upos == upos }

func acronym(f string) bool {
	n := 0
	for _, r := range f {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

func classify(ws []word, sent int, titled bool) []piece {
	// Drop a leading demonym that is not part of a known name, unless an
	// organization word follows: a people's name opens the names of its
	// bodies ("Israeli Defense Forces", "Iraqi Islamic Party"). A name
	// with its own complement is whole without it, and so is a body every
	// state has: the demonym says whose it is ("the Ukrainian Ministry of
	// Defence", "the Russian Foreign Ministry").
	for len(ws) > 1 && Place(ws[0].form) != "" && places[ws[0].form] == "" && places[join(ws)] == "" && !(hasAny(ws[1:], orgWords) && !hasAny(ws, ofWords) && !hasAny(ws, stateBodies)) {
		ws = ws[1:]
	}
	// Trailing possessive forms are not tokens here; a trailing "of" is dropped.
	for len(ws) > 0 && (ws[len(ws)-1].form == "of" || ws[len(ws)-1].form == "for") {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return nil
	}
	name := join(ws)
	p := piece{words: ws, sent: sent}
	last := ws[len(ws)-1].form
	switch {
	case places[name] != "":
		p.typ = doc.Place
	case orgNames[name] || excludedAcronyms[name] == false && acronym(name) && len(ws) == 1 && untaggedOr(ws[0], "PROPN"):
		p.typ = doc.Organization
	case hasAny(ws, orgWords) || hasAny(ws, orgNames):
		p.typ = doc.Organization
	case hasAny(ws, eventWords):
		p.typ = doc.Event
	case workWords[last]:
		p.typ = doc.Work
	case placeWords[last]:
		p.typ = doc.Place
	case len(ws) == 1 && Place(name) != "":
		return nil // a bare demonym is not a name
	case titled:
		p.typ = doc.Person
	case givenNames[ws[0].form] != "":
		p.typ = doc.Person
	case len(ws) >= 2 && hasAny(ws[len(ws)-1:], compass) && places[join(ws[1:])] != "":
		p.typ = doc.Place
	case len(ws) >= 2 && compass[ws[0].form] && places[join(ws[1:])] != "":
		p.typ = doc.Place // "South Australia"
	}
	if excludedAcronyms[name] {
		return nil
	}
	return []piece{p}
}

// nameAdjectives are stop words that open or continue names when a name
// word follows them in a run ("New Orleans", "Greater New Orleans Fair
// Housing Action Center"), though not at the start of a sentence.
var nameAdjectives = set("New", "Old", "Western", "Eastern", "Northern", "Southern")

// legalSuffixes end a company's name.
var legalSuffixes = set("Inc.", "Inc", "Corp.", "Corp", "Corporation", "Incorporated", "Ltd.", "Ltd", "Limited", "LLC", "LLP", "PLC", "plc", "GmbH", "L.P.")

var ofWords = set("of", "for")

// stateBodies are the organization words of bodies every state has.
var stateBodies = set("Ministry", "Government", "Embassy", "Consulate", "Parliament", "Cabinet", "Office", "Department")

var compass = set("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "New", "Central")

func isAge(f string) bool {
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	for _, r := range f {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func join(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.form
	}
	return strings.Join(parts, " ")
}

func hasAny(ws []word, set map[string]bool) bool {
	for _, w := range ws {
		if set[w.form] {
			return true
		}
	}
	return false
}

func allAlpha(ws []word) bool {
	for _, w := range ws {
		for _, r := range w.form {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				return false
			}
		}
	}
	return true
}

// roleLen returns how many words at the start of ws form a title or role
// ("Ms.", "President", "Foreign Minister", "Secretary General"), or 0.
func roleLen(ws []word) int {
	n := 0
	for n < len(ws) && roleModifiers[ws[n].form] {
		n++
	}
	if n < len(ws) && roleHeads[strings.TrimSuffix(ws[n].form, ".")] {
		n++
		for n < len(ws) && (ws[n].form == "General" || ws[n].form == "General-Secretary") {
			n++
		}
		// "Minister of Defense", "Secretary of State": a portfolio.
		if n+1 < len(ws) && ws[n].form == "of" && portfolio(ws[n+1].form) {
			n += 2
			for n < len(ws) && (portfolio(ws[n].form) || ws[n].form == "and" && n+1 < len(ws) && portfolio(ws[n+1].form)) {
				n++
			}
		}
		return n
	}
	return 0
}

// portfolio reports whether w names a minister's portfolio ("Defense",
// "Foreign Affairs", "State").
func portfolio(w string) bool {
	return roleModifiers[w] && w != "Former" && w != "Acting" && w != "Senior" || w == "Affairs" || w == "State"
}

// IsRoleWord reports whether w (in any case) names a role or title, such as
// "head", "director", "Minister" or "secretary-general".
func IsRoleWord(w string) bool {
	t := strings.TrimSuffix(w, ".")
	if roleHeads[t] {
		return true
	}
	if t == "" {
		return false
	}
	return roleHeads[strings.ToUpper(t[:1])+t[1:]]
}

// IsRoleModifier reports whether w can precede a role word inside a title
// ("Foreign" in "Foreign Minister", "Secretary" in "Secretary General").
func IsRoleModifier(w string) bool {
	if w == "" {
		return false
	}
	return roleModifiers[w] || roleModifiers[strings.ToUpper(w[:1])+w[1:]] || strings.EqualFold(w, "general")
}

// Place returns the place a demonym or place name refers to ("Ukrainian" →
// "Ukraine", "Kyiv" → "Kyiv"), or "".
func Place(w string) string {
	if p := places[w]; p != "" {
		return p
	}
	return demonyms[w]
}

// Gender returns "f" or "m" for a given name known to be mostly female or
// male, else "".
func Gender(givenName string) string { return string(givenNames[givenName]) }
