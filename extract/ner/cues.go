package ner

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// wordnetPeople is the set of wordnetPersonNouns.
var wordnetPeople = set(wordnetPersonNouns...)

// KindOfPerson reports whether w, in lower case, is a one-word common noun
// whose most frequent sense in WordNet 3.0 is a kind of person ("senator",
// "photographer"; not "head", a body part first).
func KindOfPerson(w string) bool { return wordnetPeople[w] }

// personKinds are lower-case common nouns for kinds of people ("owner",
// "photographer", "teacher"): WordNet's (wordnetPersonNouns) and the
// package's own roles.
var personKinds = func() map[string]bool {
	m := maps.Clone(wordnetPeople)
	for w := range personNouns {
		m[w] = true
	}
	return m
}()

// apposers open a noun phrase before a noun of a kind of person in
// apposition to a name ("the owner Karla", "my wife Jan").
var apposers = set("the", "The", "a", "A", "my", "My", "our", "Our", "your", "Your", "his", "His", "her", "Her", "their", "Their")

// personCues makes people of the names that the parse or the words around
// them show to be people, whatever the labeler typed them, and adds those
// it missed: a name in apposition after a noun for a kind of person and a
// determiner ("The owner Karla is welcoming", "donated by the teacher
// Adz"), the subject of a copula whose predicate is such a noun
// ("Natasha is the best photographer", "Cécile is a hairdresser"), and a
// name coordinated with a person's full name, a known given name or "I"
// ("Peder and I were remarking"). A known place or organization keeps its
// type. ms are in text order; the result is too.
func personCues(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		for i := 0; i < len(ws); i++ {
			// a proper noun, or a capitalised noun after a noun for people
			// ("the teacher Adz")
			if !isCap(ws[i].form) || stop[ws[i].form] || ws[i].upos != "PROPN" && (ws[i].first || ws[i].upos != "NOUN" || !apposedPerson(ws, i)) {
				continue
			}
			// the name: the capitalised proper nouns from i, or the mention there
			j := i + 1
			for j < len(ws) && j-i < 3 && isCap(ws[j].form) && ws[j].upos == "PROPN" && spaced(ws, j) {
				j++
			}
			k := slices.IndexFunc(ms[:n], func(o doc.Mention) bool { return o.Start < ws[j-1].span.End && ws[i].span.Start < o.End })
			if k >= 0 {
				o := ms[k]
				if o.Start != ws[i].span.Start {
					continue
				}
				for j < len(ws) && ws[j].span.End <= o.End {
					j++
				}
				if ws[j-1].span.End != o.End {
					continue
				}
			}
			if j-i > 3 || !allAlpha(ws[i:j]) || !allCap(ws[i:j]) || k < 0 && i > 0 && isCap(ws[i-1].form) && !stop[ws[i-1].form] || roleLen(ws[i:j]) > 0 || acronymLike(ws[i].form) {
				i = j - 1
				continue
			}
			name := join(ws[i:j])
			if places[name] != "" || orgNames[name] || demonyms[name] != "" || personClasses[name] || hasAny(ws[i:j], orgWords) {
				i = j - 1
				continue
			}
			if !(apposedPerson(ws, i) || predicatePerson(s.Tokens, i, j) || conjoinedPerson(d.Text, s.Tokens, i, j, ms[:n])) {
				i = j - 1
				continue
			}
			if k >= 0 {
				if ms[k].Type == doc.Place || ms[k].Type == doc.Organization {
					ms[k].Type = doc.Person
				}
			} else {
				ms = append(ms, doc.Mention{Span: doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, Type: doc.Person, Sentence: si})
			}
			i = j - 1
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// apposedPerson reports whether the name at word i follows a determiner
// and a lower-case noun for a kind of person ("the owner Karla").
func apposedPerson(ws []word, i int) bool {
	return i >= 2 && personKinds[ws[i-1].form] && apposers[ws[i-2].form]
}

// predicatePerson reports whether the name of words i..j-1 is the subject
// of a copula whose predicate is a noun for a kind of person ("Natasha is
// the best photographer").
func predicatePerson(ts []doc.Token, i, j int) bool {
	for k := i; k < j; k++ {
		h := ts[k].Head - 1
		if h >= i && h < j {
			continue // inside the name
		}
		if ts[k].Rel != "nsubj" || h < 0 || h >= len(ts) || ts[h].UPOS != "NOUN" || ts[h].XPOS != "NN" || hasChild(ts, k, "conj") {
			return false // "If Samarra and other cities are any guide"
		}
		lemma := ts[h].Lemma
		if lemma == "" {
			lemma = strings.ToLower(ts[h].Form)
		}
		if !personKinds[lemma] {
			return false
		}
		for _, t := range ts {
			if t.Head == h+1 && t.Rel == "cop" {
				return true
			}
		}
		return false
	}
	return false
}

// hasChild reports whether token k has a dependent of relation rel.
func hasChild(ts []doc.Token, k int, rel string) bool {
	for _, t := range ts {
		if t.Head == k+1 && t.Rel == rel {
			return true
		}
	}
	return false
}

// conjoinedPerson reports whether the name of words i..j-1 is coordinated
// with a person: a person mention of ms that is a full name or a known
// given name, or the first person ("Mercedes and Dan are very thorough",
// "Peder and I were remarking"). People are listed with people.
func conjoinedPerson(text string, ts []doc.Token, i, j int, ms []doc.Mention) bool {
	k := j - 1 // the name's head: the word that attaches outside it
	for x := i; x < j; x++ {
		if h := ts[x].Head - 1; h < i || h >= j {
			k = x
			break
		}
	}
	first := k
	if ts[k].Rel == "conj" {
		first = ts[k].Head - 1
	}
	if first < 0 || first >= len(ts) {
		return false
	}
	for x := range ts {
		if x != first && !(ts[x].Rel == "conj" && ts[x].Head-1 == first) || x >= i && x < j {
			continue
		}
		f := strings.ToLower(WordForm(text, ts[x]))
		if f == "i" || f == "me" {
			return true
		}
		sp := WordSpan(text, ts[x])
		for _, m := range ms {
			if m.Type == doc.Person && m.Start <= sp.Start && sp.End <= m.End && (strings.Contains(m.Text(text), " ") || givenNames[m.Text(text)] != "") {
				return true
			}
		}
	}
	return false
}

// personal pronouns that take a person for their antecedent
var personPronouns = set("he", "she", "him", "his", "her", "hers", "himself", "herself")

// itsCues makes organizations of the people ms names that the sentence
// refers to with "it" or "its": the subject of a clause that holds "its"
// or whose clauses have "it" for subject ("Marathon shut its plant",
// "Coca-Cola calmed the people, saying it would grow crops"), and a name
// joined by "and" to a noun of "its" ("Enron and its finance sector"). A
// person is "he" or "she"; a sentence that also has those is left alone,
// and so is a known given name.
func itsCues(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	for mi, m := range ms {
		if m.Type != doc.Person || m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[m.Sentence]
		ws := words(d.Text, s)
		i := slices.IndexFunc(ws, func(w word) bool { return w.span.Start == m.Start })
		j := slices.IndexFunc(ws, func(w word) bool { return w.span.End == m.End }) + 1
		if i < 0 || j <= i || j-i > 3 || givenNames[ws[i].form] != "" {
			continue
		}
		if slices.ContainsFunc(ws, func(w word) bool { return personPronouns[strings.ToLower(w.form)] }) {
			continue
		}
		ts := s.Tokens
		k := j - 1 // the name's head
		for x := i; x < j; x++ {
			if h := ts[x].Head - 1; h < i || h >= j {
				k = x
				break
			}
		}
		if referredAsIt(ws, ts, k) {
			ms[mi].Type = doc.Organization
		}
	}
	return ms
}

// referredAsIt reports whether the name headed by word k is the subject of
// a clause that holds "its" or a clause below it with "it" for subject, or
// is joined by "and" to a noun with "its".
func referredAsIt(ws []word, ts []doc.Token, k int) bool {
	// under reports whether word x lies in the clause of v: its path up
	// to v crosses no other subject.
	under := func(x, v int) bool {
		for n := 0; x >= 0 && x < len(ts) && n < len(ts); n++ {
			if x == v {
				return true
			}
			if ts[x].Rel == "nsubj" || ts[x].Rel == "nsubj:pass" {
				if f := strings.ToLower(ws[x].form); f != "it" {
					return false
				}
			}
			x = ts[x].Head - 1
		}
		return false
	}
	v := ts[k].Head - 1
	for x, w := range ws {
		f := strings.ToLower(w.form)
		switch {
		case f == "its" && ts[x].Rel == "nmod:poss":
			h := ts[x].Head - 1
			if ts[k].Rel == "nsubj" && under(h, v) {
				return true
			}
			// "Enron and its finance sector"
			if h >= 0 && h < len(ts) && ts[h].Rel == "conj" && ts[h].Head-1 == k {
				return true
			}
		case f == "it" && ts[x].Rel == "nsubj" && ts[k].Rel == "nsubj" && ts[x].Head-1 != v && under(x, v):
			// not the "it" of "it is painful to admit", nor one in a
			// quotation, whose speaker means something else
			if h := ts[x].Head - 1; ts[h].UPOS == "ADJ" || quoteBetween(ws, x, k) {
				continue
			}
			return true
		}
	}
	return false
}

// salutations open a letter, a reply or a post before the name of the
// one addressed ("Dear Nina,", "Thanks again Nina.", "Welcome Darin!",
// "Good Morning Debra -").
var salutations = set("Dear", "Hi", "Hey", "Hello", "Thanks", "Thank", "Welcome", "Morning", "Afternoon", "Evening", "Congratulations", "Congrats", "Bye")

// vocatives makes people of the names addressed after a salutation: one or
// two capitalised words (proper nouns, or a known given name) after it,
// and "again", "you" or "so much" between them, and punctuation or the
// end of the sentence after it ("Thanks Josh!"). A known place or
// organization, a word for people ("Dear Friends"), a title and a common
// word ("Hello World!", "Hi Team,": one the treebank text writes mostly
// in lower case, see capClass) are left alone. ms are in text order; the
// result is too.
func vocatives(d *doc.Doc, caps map[string]uint8, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		for g := 0; g < len(ws); g++ {
			if !salutations[ws[g].form] {
				continue
			}
			i := g + 1
			for i < len(ws) && (ws[i].form == "again" || ws[i].form == "you" || ws[i].form == "so" || ws[i].form == "much") {
				i++
			}
			j := i
			for j < len(ws) && j-i < 2 && isCap(ws[j].form) && !stop[ws[j].form] && allAlpha(ws[j:j+1]) && (ws[j].upos == "PROPN" || givenNames[ws[j].form] != "") && !personKinds[strings.ToLower(ws[j].form)] && !IsRoleWord(ws[j].form) {
				if c := caps[strings.ToLower(ws[j].form)]; c != 0 && c < 4 && givenNames[ws[j].form] == "" {
					break // a common word: "Hello World!", "Hi Team,"
				}
				j++
			}
			if j == i || j < len(ws) && ws[j].upos != "PUNCT" {
				continue
			}
			name := join(ws[i:j])
			if Place(name) != "" || orgNames[name] {
				continue
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Person, nil)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// mailNames makes people of the display names of mail addresses: the
// whole name, in quotes or not, between the start of the line (or a
// label such as "Email:") and the address in angle brackets ("Email:
// "Andre"<webmas...@globelingerie.com>", "Adelia Smith
// <adorabledelia6...@gmail.com>"). A known organization or place and a
// name the address's domain spells ("BBC Breaking News Alert
// <dailyem...@ebs.bbc.co.uk>") are left alone, and so is a name with a
// common word ("The Cat Album"). ms are in text order; the result is too.
func mailNames(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		for x := 1; x+1 < len(ws); x++ {
			if ws[x].form != "<" || !strings.Contains(ws[x+1].form, "@") {
				continue
			}
			_, host, _ := strings.Cut(strings.ToLower(ws[x+1].form), "@")
			j := x
			if isQuote(ws[j-1].form) {
				j--
			}
			i := j
			for i > 0 && j-i < 3 && isCap(ws[i-1].form) && allAlpha(ws[i-1:i]) && !stop[ws[i-1].form] && ws[i-1].upos == "PROPN" {
				i--
			}
			if i == j || i > 0 && isQuote(ws[i-1].form) != (j < x) {
				continue // no name, or unbalanced quotes
			}
			if b := i - 1 - boolInt(j < x); b >= 0 && ws[b].form != ":" {
				continue // the name must be the whole of what precedes the address
			}
			name := join(ws[i:j])
			if Place(name) != "" || orgNames[name] || strings.Contains(host, strings.ToLower(ws[i].form)) && acronymLike(ws[i].form) {
				continue
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Person, nil)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// assign gives the span sp of sentence si the type typ: a new mention if
// none of ms[:n] (the mentions found before the cue ran) overlaps it, or
// the type of the one whose span it is, if retype (nil: always) allows it
// to change its old type. It returns ms.
func assign(ms []doc.Mention, n int, sp doc.Span, si int, typ string, retype func(old string) bool) []doc.Mention {
	k := slices.IndexFunc(ms[:n], func(o doc.Mention) bool { return o.Start < sp.End && sp.Start < o.End })
	switch {
	case k < 0:
		ms = append(ms, doc.Mention{Span: sp, Type: typ, Sentence: si})
	case ms[k].Span == sp && (retype == nil || retype(ms[k].Type)):
		ms[k].Type = typ
	}
	return ms
}

func isQuote(f string) bool { return f == "\"" || f == "“" || f == "”" }

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// orgKinds and placeKinds are nouns for kinds of organizations and places.
var (
	orgKinds   = set("company", "firm", "corporation", "business", "organization", "organisation", "agency", "bank", "airline", "newspaper", "magazine", "brand", "group", "charity", "publisher", "network", "channel", "website", "retailer", "chain", "manufacturer", "carrier", "startup", "university", "college", "school", "club", "team", "band", "party")
	placeKinds = set("city", "town", "country", "state", "nation", "region", "province", "village", "island", "county", "district", "neighborhood", "neighbourhood", "suburb", "capital", "place")
)

// namingKinds are the nouns for kinds that a name follows in apposition
// ("the company Keyhole", "the city Miramar"): those that do not, as
// modifiers, precede other capitalised words ("school English teacher").
var namingKinds = set("company", "firm", "corporation", "agency", "airline", "newspaper", "magazine", "brand", "publisher", "retailer", "manufacturer", "startup", "charity", "city", "town", "country", "village", "island", "county", "province")

// kindOf returns the type of the names a noun for a kind of thing stands
// for: "PER" for "people" or "teacher", "ORG" for "company", "LOC" for
// "city", or "".
func kindOf(t doc.Token) string {
	l := t.Lemma
	if l == "" {
		l = strings.ToLower(t.Form)
	}
	switch {
	case l == "people" || l == "person" || personKinds[l]:
		return doc.Person
	case orgKinds[l]:
		return doc.Organization
	case placeKinds[l]:
		return doc.Place
	}
	return ""
}

// kindCues types the names that a noun for their kind introduces: the
// names listed after a plural noun and "like" or "such as" ("companies
// like Scharffen Berger, TCHO and smaller makers", "people like
// Yaqubi"), and a name right after a singular noun for a kind of
// organization or place ("satellite imaging company Keyhole"). The names
// take the noun's kind; a known place or organization keeps its type. ms
// are in text order; the result is too.
func kindCues(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		set := func(i, j int, typ string) {
			name := join(ws[i:j])
			if places[name] != "" || orgNames[name] || demonyms[name] != "" || roleLen(ws[i:j]) > 0 {
				return
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, typ, func(old string) bool {
				return old == doc.Person || old == doc.Organization || old == doc.Place
			})
		}
		// capRun returns the end of the run of capitalised words at i.
		capRun := func(i int) int {
			j := i
			for j < len(ws) && j-i < 4 && isCap(ws[j].form) && !stop[ws[j].form] && !calendar[ws[j].form] && nameWord(ws[j].form) {
				j++
			}
			return j
		}
		for x := 1; x+1 < len(ws); x++ {
			if !noUpper(ws[x].form) || s.Tokens[x].UPOS != "NOUN" {
				continue
			}
			typ := kindOf(s.Tokens[x])
			if typ == "" {
				continue
			}
			i := x + 1
			switch {
			case s.Tokens[x].XPOS == "NNS" && ws[i].form == "like":
				i++
			case s.Tokens[x].XPOS == "NNS" && ws[i].form == "such" && i+1 < len(ws) && ws[i+1].form == "as":
				i += 2
			case s.Tokens[x].XPOS == "NN" && namingKinds[strings.ToLower(ws[x].form)] && !ws[i].first:
				if j := capRun(i); j > i {
					set(i, j, typ)
				}
				continue
			default:
				continue
			}
			for i < len(ws) {
				j := capRun(i)
				if j == i {
					break
				}
				set(i, j, typ)
				i = j
				for i < len(ws) && (ws[i].form == "," || ws[i].form == "and" || ws[i].form == "or") {
					i++
				}
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// tellVerbs take the person told, asked or written to for their object
// ("contact Vernon", "tell Suzanne"); talkVerbs do after "to" ("forward
// to Brant").
var (
	tellVerbs = set("contact", "Contact", "tell", "Tell", "ask", "Ask", "thank", "email", "Email", "e-mail", "cc", "remind", "inform", "notify")
	talkVerbs = set("forward", "Forward", "talk", "Talk", "speak", "Speak", "reply", "Reply")
)

// addressees makes people of the names that verbs of telling and asking
// take for their object ("contact Vernon and get the details", "Plz
// contact Shirley Crenshaw") or after "to" ("forward to Brant"), and of
// a name alone on a line before a comma or colon, the salutation of a
// mail ("Jill:", "Constance,"). The name is one to three capitalised
// words that are no common word (caps, see capClass), known place or
// organization, title or word for people. ms are in text order; the
// result is too.
func addressees(d *doc.Doc, caps map[string]uint8, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		person := func(i int) {
			j := i
			for j < len(ws) && j-i < 3 && isCap(ws[j].form) && allAlpha(ws[j:j+1]) && !stop[ws[j].form] && !calendar[ws[j].form] && !IsRoleWord(ws[j].form) && !personKinds[strings.ToLower(ws[j].form)] {
				if c := caps[strings.ToLower(ws[j].form)]; c != 0 && c < 4 && givenNames[ws[j].form] == "" {
					break
				}
				j++
			}
			if j == i || j < len(ws) && isCap(ws[j].form) {
				return
			}
			name := join(ws[i:j])
			if Place(name) != "" || orgNames[name] || hasAny(ws[i:j], orgWords) || acronymLike(name) {
				return
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Person, func(old string) bool { return old == doc.Place })
		}
		// "Jill:", "Constance,": the sentence is the name and the mark
		if l := len(ws); l >= 2 && l <= 3 && (ws[l-1].form == "," || ws[l-1].form == ":") && allTagged(ws[:l-1], "PROPN") {
			person(0)
			continue
		}
		for x := 0; x+1 < len(ws); x++ {
			switch {
			case tellVerbs[ws[x].form] && ws[x].upos != "PROPN":
				person(x + 1)
			case talkVerbs[ws[x].form] && ws[x+1].form == "to" && x+2 < len(ws):
				person(x + 2)
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// quoteBetween reports whether a quotation mark stands between words a
// and b.
func quoteBetween(ws []word, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, w := range ws[a+1 : b] {
		if strings.ContainsAny(w.form, "\"“”") {
			return true
		}
	}
	return false
}

// sentenceCues runs the cues of this file over the mentions of d: what
// the words around a name and the parse say it is.
func sentenceCues(d *doc.Doc, caps map[string]uint8, ms []doc.Mention) []doc.Mention {
	return ownedThings(d, streetAddresses(d, headlineWords(d, caps, dates(d, facilities(d.Text, senders(d, personPredicates(d, lowerPlaces(d, orgCues(d, addressees(d, caps, kindCues(d, mailNames(d, vocatives(d, caps, itsCues(d, personCues(d, ms)))))))))))))))
}

// facilityWords end the names of buildings and structures, which are
// places whatever organization word they hold ("Orchestra Hall", "Air
// Force Base", "International Space Station").
var facilityWords = set("Hall", "Station", "Base", "Airport", "Stadium", "Arena", "Building", "Tower", "Towers", "Bridge", "Garage", "Terminal")

// facilities makes places of the organizations whose names end in a word
// for a building or structure.
func facilities(text string, ms []doc.Mention) []doc.Mention {
	for i, m := range ms {
		ws := strings.Fields(m.Text(text))
		if m.Type == doc.Organization && len(ws) >= 2 && facilityWords[ws[len(ws)-1]] {
			ms[i].Type = doc.Place
		}
	}
	return ms
}

// weekdays are the short names of the days of the week.
var weekdays = set("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")

// dates drops the mentions that are dates: the plural of a calendar word
// ("barring Sundays and holidays") and the short name of a day in a
// sentence that names another day ("on Fri, Sat, or Sun").
func dates(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	for _, m := range ms {
		w := strings.TrimSuffix(m.Text(d.Text), ".")
		if strings.HasSuffix(w, "s") && calendar[w[:len(w)-1]] {
			continue
		}
		if weekdays[w] && m.Sentence >= 0 && m.Sentence < len(d.Sentences) {
			days := 0
			for _, x := range words(d.Text, d.Sentences[m.Sentence]) {
				if f := strings.TrimSuffix(x.form, "."); weekdays[f] || calendar[f] {
					days++
				}
			}
			if days >= 2 {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}

// Words whose dependents name organizations: orgSubjects are verbs done by
// companies and bodies ("Google acquired Keyhole", "Enron hired him");
// orgObjects are verbs whose object is a company ("acquiring Firefox");
// orgAgents are verbs whose agent in the passive is one ("published by
// Broadway", "acquired by ENA"); orgRoles are nouns for the people,
// parts and holdings of a company, which take it after "of", as a
// possessor or as a modifier ("vice-president of Transformational Space",
// "Walmart's CEO", "Enron employees"); orgWorks take the employer after
// "for" or "at" ("works for Exxon", "a job at Walmart").
var (
	orgSubjects = set("acquire", "hire", "employ", "manufacture", "merge", "headquarter", "outsource")
	orgObjects  = set("acquire")
	orgAgents   = set("acquire", "publish", "manufacture", "sponsor", "employ", "hire", "operate", "distribute")
	orgRoles    = set("ceo", "cfo", "coo", "cto", "vice-president", "vp", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "co-founder", "cofounder", "employee", "employees", "shareholder", "shareholders", "stockholder", "stockholders", "shares", "stock", "headquarters", "subsidiary", "subsidiaries", "division", "staffer", "staffers")
	orgWorks    = set("work", "job", "internship", "intern", "career")
	// orgJobs are the posts people hold at a body, which takes its name
	// after "at", "for" or "of" ("news editor at Global Voices", "the
	// lead engineer for Mozilla Firefox", "director of Heaven Sent
	// Gaming").
	orgJobs = set("editor", "director", "manager", "engineer", "reporter", "correspondent", "analyst", "researcher", "professor", "consultant", "founder", "executive", "officer")
	// orgHoldings are what a company has and people seldom do: the
	// subject of a verb with one for object is a company ("Exxon Mobil
	// released nonessential staff", "Does Cracker Barrel ban employees").
	orgHoldings = set("employee", "staff", "worker", "workforce", "share", "stock", "earnings", "earning", "profit", "revenue", "dividend", "subsidiary", "stake", "franchise")
)

// orgCues makes organizations of the names that stand where the parse
// shows an organization (see orgSubjects, orgObjects, orgAgents, orgRoles
// and orgWorks): a person or unknown place so typed, or a capitalised
// proper noun the labeler missed. A known given name, place or
// organization is left alone. ms are in text order; the result is too.
func orgCues(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		ts := s.Tokens
		for k := range ts {
			if !orgContext(ws, ts, k) {
				continue
			}
			i, j, ok := nameAround(ws, ts, ms[:n], k)
			if !ok {
				continue
			}
			name := join(ws[i:j])
			if places[name] != "" || orgNames[name] || demonyms[name] != "" || givenNames[ws[i].form] != "" || roleLen(ws[i:j]) > 0 || personKinds[strings.ToLower(ws[i].form)] && (ws[i].first || ts[i].UPOS != "PROPN") {
				continue
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Organization, func(old string) bool {
				return old == doc.Person || old == doc.Place
			})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// lemmaOf returns a token's lemma, or its form in lower case.
func lemmaOf(t doc.Token) string {
	if t.Lemma != "" {
		return strings.ToLower(t.Lemma)
	}
	return strings.ToLower(t.Form)
}

// caseOf returns the preposition ("case" dependent) of token k in lower
// case, or "".
func caseOf(ws []word, ts []doc.Token, k int) string {
	for x, t := range ts {
		if t.Head == k+1 && t.Rel == "case" {
			return strings.ToLower(ws[x].form)
		}
	}
	return ""
}

// orgContext reports whether word k, a capitalised proper noun, heads a
// name where the parse shows an organization.
func orgContext(ws []word, ts []doc.Token, k int) bool {
	if ts[k].UPOS != "PROPN" || !isCap(ws[k].form) {
		return false
	}
	// the names listed after the first ("acquired Urchin, Zipdash and
	// Picasa") stand where it does
	for n := 0; ts[k].Rel == "conj" && n < len(ts); n++ {
		h := ts[k].Head - 1
		if h < 0 || h >= len(ts) || ts[h].UPOS != "PROPN" {
			return false
		}
		k = h
	}
	h := ts[k].Head - 1
	if h < 0 || h >= len(ts) {
		return false
	}
	hl := lemmaOf(ts[h])
	switch ts[k].Rel {
	case "nsubj":
		if ts[h].UPOS != "VERB" {
			return false
		}
		if orgSubjects[hl] {
			return true
		}
		// a person is "he" or "she" ("Barb does an amazing job, she is")
		if slices.ContainsFunc(ws, func(w word) bool { return personPronouns[strings.ToLower(w.form)] }) {
			return false
		}
		for x, t := range ts {
			if t.Head == h+1 && t.Rel == "obj" && orgHoldings[lemmaOf(ts[x])] {
				return true
			}
		}
		return false
	case "obj":
		return ts[h].UPOS == "VERB" && orgObjects[hl]
	case "obl:agent":
		return orgAgents[hl]
	case "obl", "nmod":
		c := caseOf(ws, ts, k)
		switch {
		case c == "by":
			return ts[h].UPOS == "VERB" && orgAgents[hl] && hasChild(ts, h, "aux:pass")
		case c == "of":
			return orgRoles[hl] || orgJobs[hl] && hl != "professor" // "a Professor of Medicine"
		case c == "for" || c == "at":
			return orgWorks[hl] || orgJobs[hl] || c == "for" && orgRoles[hl]
		}
	case "nmod:poss", "compound":
		return ts[h].UPOS == "NOUN" && orgRoles[hl]
	}
	return false
}

// nameAround returns the words i..j-1 of the name that word k heads: the
// mention of ms that holds it, or the run of capitalised proper nouns
// around it. ok is false when there is no such name or the mention's
// edges are not words.
func nameAround(ws []word, ts []doc.Token, ms []doc.Mention, k int) (i, j int, ok bool) {
	if mi := slices.IndexFunc(ms, func(o doc.Mention) bool { return o.Start < ws[k].span.End && ws[k].span.Start < o.End }); mi >= 0 {
		m := ms[mi]
		i = slices.IndexFunc(ws, func(w word) bool { return w.span.Start == m.Start })
		j = slices.IndexFunc(ws, func(w word) bool { return w.span.End == m.End }) + 1
		return i, j, i >= 0 && j > i
	}
	i, j = k, k+1
	// capitalised modifiers of the name are part of it ("Pets Discount",
	// "Applied Semantics")
	for i > 0 && isCap(ws[i-1].form) && !stop[ws[i-1].form] && (ts[i-1].UPOS == "PROPN" || (ts[i-1].Rel == "compound" || ts[i-1].Rel == "amod") && ts[i-1].UPOS != "DET" && ts[i-1].UPOS != "PRON") && ts[i-1].Head-1 >= i-1 && ts[i-1].Head-1 <= k {
		i--
	}
	for j < len(ws) && ts[j].UPOS == "PROPN" && isCap(ws[j].form) && ts[j].Head-1 >= i && ts[j].Head-1 < j {
		j++
	}
	if stop[ws[i].form] || calendar[ws[i].form] {
		return 0, 0, false
	}
	return i, j, allAlpha(ws[i:j]) || j-i == 1
}

// placePreps are the prepositions of place and motion that a place name
// follows ("in kerala", "to lourdes", "from sf").
var placePreps = set("in", "to", "from", "near", "around")

// lowerPlaces makes places of the names written in lower case, as web
// text often does, that follow a preposition of place and that the
// tagger still takes for proper nouns ("a great restaurant in sf",
// "Privacy in kerala"): the tagger reads the context, the labeler,
// which weighs the capital, misses them. A word the lexicons know in
// lower case ("china", see commonPlaces) is the tidy step's to judge.
// ms are in text order; the result is too.
func lowerPlaces(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		ts := s.Tokens
		for k := range ts {
			if ts[k].UPOS != "PROPN" || !noUpper(ws[k].form) || !allAlpha(ws[k:k+1]) || len(ws[k].form) < 2 || !placePreps[caseOf(ws, ts, k)] {
				continue
			}
			if r := ts[k].Rel; r != "obl" && r != "nmod" {
				continue
			}
			i := k
			for i > 0 && ts[i-1].UPOS == "PROPN" && noUpper(ws[i-1].form) && allAlpha(ws[i-1:i]) && ts[i-1].Head-1 == k {
				i--
			}
			if i == 0 || !placePreps[strings.ToLower(ws[i-1].form)] {
				continue // "in England lols"
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[k].span.End}, si, doc.Place, func(old string) bool { return false })
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// Words said only of people: personStates are adjectives ("Suzanne is
// pregnant"), personDeeds verbs ("Lone married a nurse") whose subject
// is a person; so is the subject of a verb with "himself" or "herself"
// for object ("Catriona has landed herself a job").
var (
	personStates = set("pregnant", "married", "divorced", "widowed", "engaged", "sick", "ill", "hungry", "thirsty", "tired", "sleepy", "asleep", "awake", "retired", "unemployed", "bilingual", "jealous", "shy", "grumpy", "drunk")
	personDeeds  = set("marry", "divorce", "smile", "laugh", "cry", "sleep", "graduate", "retire", "kiss", "hug", "breastfeed")
	reflexives   = set("himself", "herself")
)

// personPredicates makes people of the names that are the subjects of
// what is said only of people (personStates, personDeeds, reflexives):
// a place or organization the lexicons do not know so typed, or a
// capitalised proper noun the labeler missed. ms are in text order; the
// result is too.
func personPredicates(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		ts := s.Tokens
		for k := range ts {
			if ts[k].UPOS != "PROPN" || !isCap(ws[k].form) || !strings.HasPrefix(ts[k].Rel, "nsubj") || hasChild(ts, k, "conj") {
				continue
			}
			h := ts[k].Head - 1
			if h < 0 || h >= len(ts) {
				continue
			}
			hl := lemmaOf(ts[h])
			ok := ts[h].UPOS == "ADJ" && personStates[hl] && hasChild(ts, h, "cop") || ts[h].UPOS == "VERB" && personDeeds[hl]
			for x, t := range ts {
				if t.Head == h+1 && (t.Rel == "obj" || t.Rel == "iobj") && reflexives[strings.ToLower(ws[x].form)] {
					ok = true
				}
			}
			if !ok {
				continue
			}
			i, j, found := personNameAround(ws, ts, ms[:n], k)
			if !found {
				continue
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Person, func(old string) bool {
				return old == doc.Place || old == doc.Organization
			})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// personNameAround returns the words [i, j) of the name at word k (see
// nameAround) if a cue may make a person of it: at most three words of
// letters, no known place, demonym or organization, no word of an
// organization's name, no title and no acronym.
func personNameAround(ws []word, ts []doc.Token, ms []doc.Mention, k int) (i, j int, ok bool) {
	i, j, ok = nameAround(ws, ts, ms, k)
	if !ok || j-i > 3 || !allAlpha(ws[i:j]) {
		return 0, 0, false
	}
	name := join(ws[i:j])
	if Place(name) != "" || orgNames[name] || hasAny(ws[i:j], orgWords) || roleLen(ws[i:j]) > 0 || acronymLike(ws[i].form) {
		return 0, 0, false
	}
	return i, j, true
}

// sentThings are nouns for what someone sends or gives word of: the name
// after them and "from" is the sender ("the quotes from Pauline", "a tip
// from Carri"), no place.
var sentThings = set("quote", "tip", "email", "e-mail", "mail", "message", "call", "letter", "note", "reply", "response", "answer", "advice", "word", "card", "feedback", "comment", "invitation", "request", "memo", "update", "text", "voicemail", "gift", "present", "help", "input")

// senders makes people of the names typed places, or missed, that follow
// "from" after a noun for what someone sends (see sentThings), or after a
// verb with such a noun for object. A known
// place or organization keeps its type. ms are in text order; the result
// is too.
func senders(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		ts := s.Tokens
		for k := range ts {
			if ts[k].UPOS != "PROPN" || !isCap(ws[k].form) || caseOf(ws, ts, k) != "from" {
				continue
			}
			h := ts[k].Head - 1
			if h < 0 || h >= len(ts) {
				continue
			}
			// "the quotes from Pauline", or "took a tip from Carri": the
			// noun, or the object of the verb the name attaches to
			sent := ts[k].Rel == "nmod" && ts[h].UPOS == "NOUN" && sentThings[lemmaOf(ts[h])]
			for x, t := range ts {
				if ts[k].Rel == "obl" && t.Head == h+1 && t.Rel == "obj" && t.UPOS == "NOUN" && sentThings[lemmaOf(ts[x])] {
					sent = true
				}
			}
			if !sent {
				continue
			}
			i, j, ok := personNameAround(ws, ts, ms[:n], k)
			if !ok {
				continue
			}
			ms = assign(ms, n, doc.Span{Start: ws[i].span.Start, End: ws[j-1].span.End}, si, doc.Person, func(old string) bool { return old == doc.Place })
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// headlineWords drops the mentions that a title-cased line makes of common
// words ("Thanks For The Prompt Service", "GREAT Store GREAT Service!"):
// in a headline (see isHeadline) a mention whose words are all ones the
// treebank text mostly writes in lower case mid-sentence (caps classes 1
// to 3, see capClass) and that no lexicon knows names nothing.
func headlineWords(d *doc.Doc, caps map[string]uint8, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	heads := map[int]bool{}
	for si, s := range d.Sentences {
		heads[si] = isHeadline(words(d.Text, s))
	}
	for _, m := range ms {
		if m.Sentence >= 0 && heads[m.Sentence] && commonWords(m.Text(d.Text), caps) {
			continue
		}
		out = append(out, m)
	}
	return out
}

// commonWords reports whether every word of name is one the treebank text
// mostly writes in lower case, and the name is no known place or
// organization.
func commonWords(name string, caps map[string]uint8) bool {
	if Place(name) != "" || orgNames[name] {
		return false
	}
	for _, w := range strings.Fields(name) {
		if c := caps[strings.ToLower(w)]; c == 0 || c > 3 || givenNames[w] != "" || orgNames[w] || Place(w) != "" {
			return false
		}
	}
	return true
}

// streetWords end the names of streets.
var streetWords = set("Street", "St", "St.", "Avenue", "Ave", "Ave.", "Road", "Rd", "Rd.", "Boulevard", "Blvd", "Blvd.", "Lane", "Ln", "Ln.", "Drive")

// streetAddresses drops the names of streets given as an address, after a house
// number or "on" ("(220 South Michigan Ave.)", "4783 Bay Rd", "at
// Scudeiros on Dallas Street"): Universal NER marks no addresses, while a
// street named as a place of its own stays ("stroll off historic Canyon
// Road").
func streetAddresses(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	for _, m := range ms {
		ws := strings.Fields(m.Text(d.Text))
		if m.Type == doc.Place && len(ws) >= 2 && streetWords[ws[len(ws)-1]] {
			before := strings.Fields(d.Text[max(0, m.Start-12):m.Start])
			if len(before) > 0 {
				b := strings.TrimLeft(before[len(before)-1], "([#")
				if b == "on" || b == "On" || b != "" && strings.IndexFunc(b, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
					continue
				}
			}
		}
		out = append(out, m)
	}
	return out
}

// possessives are the determiners of one's own things.
var possessives = set("my", "My", "your", "Your", "our", "Our", "their", "Their")

// ownedThings drops the people named right after a possessive determiner
// with no noun for a person between ("I took my Mustang here", "a wrap
// for my Toyota Venza"): one's car, pet or product, no person, who
// would be "my friend Jan" (see personCues).
func ownedThings(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	out := ms[:0]
	for _, m := range ms {
		if m.Type == doc.Person {
			before := strings.Fields(d.Text[max(0, m.Start-8):m.Start])
			if len(before) > 0 && possessives[before[len(before)-1]] && m.Start > 0 && d.Text[m.Start-1] == ' ' {
				continue
			}
		}
		out = append(out, m)
	}
	return out
}
