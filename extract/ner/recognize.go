package ner

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

// scratch holds the buffers of one labelling.
type scratch struct {
	forms        []string
	upos, xposes []string
	lowers       []string
	buf          []byte
	lt           lattice
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
	total := 0
	for _, ws := range sents {
		total += len(ws)
	}
	vbuf := make([]tokv, total)
	lbuf := make([]int, total)
	vss := make([][]tokv, len(sents))
	labels := make([][]int, len(sents))
	off := 0
	for si, s := range d.Sentences {
		ws := sents[si]
		n := len(ws)
		sc.forms, sc.upos, sc.xposes = sc.forms[:0], sc.upos[:0], sc.xposes[:0]
		for i, w := range ws {
			sc.forms = append(sc.forms, w.form)
			sc.upos = append(sc.upos, s.Tokens[i].UPOS)
			sc.xposes = append(sc.xposes, s.Tokens[i].XPOS)
		}
		vss[si], labels[si] = vbuf[off:off+n:off+n], lbuf[off:off+n:off+n]
		off += n
		sc.lowers, sc.buf = m.fill(vss[si], sc.forms, sc.upos, sc.xposes, cues, nil, sc.lowers, sc.buf)
	}
	m.decode(vss, labels, &sc.lt)
	var out []doc.Mention
	for si, ws := range sents {
		for _, sp := range spans(m.labels, labels[si]) {
			start, end := sp.Start, sp.End
			typ := sp.Type
			// A known place or organization before a given name is a name
			// of its own: "Ukraine Oksana Pokalchuk".
			for k := start + 1; k < end; k++ {
				if givenNames[ws[k].form] == "" || givenNames[ws[start].form] != "" {
					continue
				}
				t := ""
				if places[join(ws[start:k])] != "" {
					t = doc.Place
				} else if orgNames[join(ws[start:k])] {
					t = doc.Organization
				}
				if t != "" {
					out = append(out, doc.Mention{Span: doc.Span{Start: ws[start].span.Start, End: ws[k-1].span.End}, Type: t, Sentence: si})
					start, typ = k, doc.Person
				}
				break
			}
			for start < end && !nameWord(ws[start].form) {
				start++
			}
			for end > start && (!nameWord(ws[end-1].form) || stop[ws[end-1].form]) {
				end--
			}
			// A sentence adverb or connective set off by a comma opens no
			// name ("Allegedly, Thomas' sister"), and a lower-case adverb
			// ends none ("Gloria temporarily improved").
			for start+2 < end && ws[start+1].form == "," && setOff[ws[start].upos] {
				start += 2
			}
			for end-1 > start && edgeWords[ws[end-1].upos] && noUpper(ws[end-1].form) {
				end-- // "Galois himself", "Coahuila y", "State of"
			}
			// An e-mail address after a name is no part of it ("Thierry
			// Poibeau thierry.poibeau@ens.fr").
			for k := start + 1; k < end; k++ {
				if strings.Contains(ws[k].form, "@") && spaced(ws, k) {
					end = k
					break
				}
			}
			// A clause preposition ends a name ("the war unleashed by
			// Russia against Ukraine"): names hold "of", never "against".
			for k := start + 1; k < end-1; k++ {
				if clausePreps[ws[k].form] {
					end = k
					break
				}
			}
			// A known place is a place whatever the labeler says.
			if places[titledLower(ws[start:end])] != "" {
				typ = doc.Place
			}
			// The place or body a role is "of" is not the person's.
			if k, t := roleOf(ws, start, end); k > start {
				out = append(out, doc.Mention{Span: doc.Span{Start: ws[start].span.Start, End: ws[k-1].span.End}, Type: t, Sentence: si})
				start, typ = k, doc.Person
			}
			if typ == doc.Organization {
				// A common noun in lower case ends what comes before it:
				// "US team Cloud9", "Volunteer organization Comic Corps".
				for k := end - 2; k > start; k-- {
					if noUpper(ws[k].form) && ws[k].upos == "NOUN" && isCap(ws[k+1].form) && hasCapital(ws[start:k]) {
						start = k + 1
						break
					}
				}
			}
			if typ == doc.Person {
				// A person's name ends in a capitalised word ("Geri f" in a
				// transcript) and before "of" after a given name and a
				// surname ("Eunice Yung of New People's Party"); after a
				// possessive it is what follows ("Civic Passion's Wong
				// Yeung-tat").
				for end-1 > start && noUpper(ws[end-1].form) && !particles[ws[end-1].form] && hasCapital(ws[start:end-1]) && spaced(ws, end-1) {
					end--
				}
				for start < end-1 && stop[ws[start].form] && givenNames[ws[start].form] == "" {
					start++ // "My Bill"
				}
				if givenNames[ws[start].form] != "" {
					for k := start + 2; k < end-1; k++ {
						if ws[k].form == "of" || ws[k].form == "," && !nameSuffixes[strings.TrimSuffix(ws[k+1].form, ".")] {
							end = k // "John Cornyn, U.S. Senator"
							break
						}
					}
				}
				for k := end - 2; k > start; k-- {
					if possessive(ws[k].form) && allCap(ws[k+1:end]) && (end-k > 2 || givenNames[ws[k+1].form] != "") {
						start = k + 1
						break
					}
				}
				// So does a common word in lower case ("NASA executive Fred
				// Gregory"): no person's name holds one, but particles and
				// the article of an epithet ("Friedrich the Great").
				for k := end - 2; k > start; k-- {
					if f := ws[k].form; isWordLike(f) && noUpper(f) && !particles[f] && f != "the" && hasCapital(ws[start:k]) && allCap(ws[k+1:end]) {
						start = k + 1
						break
					}
				}
				// A title or role inside the span ends what comes before
				// it: "WHO Secretary-General Agnes Callamard".
				for k := end - 2; k > start; k-- {
					if n := roleLen(ws[k:end]); n > 0 && k+n < end {
						start = k + n
						break
					}
				}
				for start < end-1 {
					if k := roleLen(ws[start:end]); k > 0 {
						start += k
					} else if f := ws[start].form; !nameWord(f) || noUpper(f) && !particles[f] && hasCapital(ws[start+1:end]) || places[f] == "" && demonyms[f] != "" || IsRoleWord(f) || IsRoleModifier(f) {
						start++
					} else {
						break
					}
				}
				if k, t := roleOf(ws, start, end); k > start {
					out = append(out, doc.Mention{Span: doc.Span{Start: ws[start].span.Start, End: ws[k-1].span.End}, Type: t, Sentence: si})
					start = k
				}
			}
			start, end, typ = properChain(ws, labels[si], start, end, typ)
			start, end, typ = webConventions(ws, start, end, typ)
			if start < end && typ == doc.Person && givenNames[ws[start].form] == "" && (placeWords[ws[end-1].form] || facilityWords[ws[end-1].form] || roadWords[ws[end-1].form]) {
				typ = doc.Place // "Broken Arrow Expressway", "Clifton Park"
			}
			if start < end && typ == doc.Person && (ws[start].form == "Members" || peopleWord(ws[end-1].form)) {
				continue // "Members of the Senate", "Native Americans"
			}
			if start < end-2 && typ == doc.Person && personClasses[ws[start].form] && givenNames[ws[start+1].form] != "" {
				start++ // "Scientologist Tom Cruise"
			}
			if start < end && typ == doc.Person && roleHeads[strings.TrimSuffix(ws[end-1].form, ".")] {
				// A title after a name is no part of it ("Robert Pangborn
				// Vice President" on a signature); one after no name makes
				// no person ("NASA Administrator").
				// But a title word right after a given name is a surname
				// ("Damian King", "Alexander Pope").
				if end-start < 2 || givenNames[ws[end-2].form] == "" {
					for k := start + 1; k < end; k++ {
						if roleLen(ws[k:end]) == end-k && hasCapital(ws[start:k]) && givenNames[ws[start].form] != "" {
							end = k
							break
						}
					}
					if roleHeads[strings.TrimSuffix(ws[end-1].form, ".")] && bodyBefore(ws[start:end-1]) {
						continue
					}
				}
			}
			if start >= end || demonyms[ws[start].form] != "" && places[ws[start].form] == "" && allLower(ws[start+1:end]) {
				continue // "Ukrainian office": a demonym and a common noun
			}
			if end-start == 1 {
				f := ws[start].form
				if excludedAcronyms[f] || stop[f] || pronouns[strings.ToLower(f)] && !acronymLike(f) || roleLen(ws[start:end]) > 0 || places[f] == "" && demonyms[f] != "" {
					continue
				}
			}
			// "Miramar California": a place and the region it lies in; but
			// "East Jerusalem" is a part of a place.
			cut := end
			if typ == doc.Place && places[titled(ws[start:end])] == "" {
				for k := start + 1; k < end; k++ {
					if places[titled(ws[k:end])] != "" && places[titled(ws[start:k])] == "" && !placeParts[titled(ws[k:k+1])] && !(k == start+1 && compass[ws[start].form]) {
						cut = k
						break
					}
				}
			}
			out = append(out, doc.Mention{
				Span:     doc.Span{Start: ws[start].span.Start, End: ws[cut-1].span.End},
				Type:     typ,
				Sentence: si,
			})
			if cut < end {
				out = append(out, doc.Mention{
					Span:     doc.Span{Start: ws[cut].span.Start, End: ws[end-1].span.End},
					Type:     typ,
					Sentence: si,
				})
			}
		}
		out = addresses(ws, si, out)
	}
	return out
}

// roleOf finds, in the name ws[start:end] right after a role and "of"
// ("Governor of Washington Chris Gregoire", "CEO of the Refugee Council
// Enver Solomon"), the place or body the role is of: it returns where the
// person's given name starts and the type of what comes before it, or
// start when the name holds no such thing.
func roleOf(ws []word, start, end int) (int, string) {
	if !afterRoleOf(ws, start) {
		return start, ""
	}
	for k := start + 1; k < end-1; k++ {
		// A person's name starts at a given name, or after an
		// organization's head word when two or three capitalised words
		// follow it.
		if givenNames[ws[k].form] == "" && !(orgWords[ws[k-1].form] && end-k <= 3 && allCap(ws[k:end])) {
			continue
		}
		switch {
		case places[titled(ws[start:k])] != "":
			return k, doc.Place
		case orgWords[ws[k-1].form] || orgNames[join(ws[start:k])]:
			return k, doc.Organization
		}
		break
	}
	return start, ""
}

// bodyBefore reports whether the words before a title name the body or
// place it belongs to ("NASA", "Malaysia's", "U.S."), not a person
// ("Damian" of "Damian King").
func bodyBefore(ws []word) bool {
	for _, w := range ws {
		if acronymLike(w.form) || places[w.form] != "" || demonyms[w.form] != "" || orgNames[w.form] || orgWords[w.form] || possessive(w.form) || IsRoleModifier(w.form) || w.upos == "ADJ" {
			return true
		}
	}
	return len(ws) == 0
}

// roadWords end the names of roads.
var roadWords = set("Expressway", "Turnpike", "Highway", "Freeway", "Motorway", "Parkway", "Swamp", "Planetarium")

// peopleWord reports whether w names people of a kind in the plural
// ("Americans", "Indians"): a name ending in it is no person's.
func peopleWord(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) > 2 && (demonyms[one] != "" && places[one] == "" || personClasses[one])
}

// nameSuffixes follow a person's name after a comma ("Martin Luther King,
// Jr.").
var nameSuffixes = set("Jr", "Sr", "II", "III", "IV")

// edgeWords are the parts of speech of lower-case words that end no name.
var edgeWords = set("ADV", "ADP", "CCONJ", "SCONJ", "DET", "PRON", "PART")

// setOff are the parts of speech of a word that a comma sets off before
// a clause's subject: sentence adverbs, interjections, conjunctions.
var setOff = set("ADV", "INTJ", "CCONJ", "SCONJ")

// clausePreps are lower-case prepositions that link a name to what follows
// it in a clause and do not occur inside names.
var clausePreps = set("against", "by", "with", "from", "to", "into", "during",
	"after", "before", "amid", "between", "over", "toward", "towards", "through", "via", "than", "near")

// usStates are the postal codes of the states of the United States.
var usStates = set("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
	"HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN",
	"MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
	"OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI",
	"WY", "DC")

// addresses adds to out (the mentions of sentence si) the places of a US
// address, a town and its state's postal code ("Chillicothe, OH"), that
// no mention covers, and makes a place of a mention that is the town. A
// given name and a surname before the code are a person with a degree
// ("Harry Preuss, MD").
func addresses(ws []word, si int, out []doc.Mention) []doc.Mention {
	for i := 2; i < len(ws); i++ {
		if !usStates[ws[i].form] || ws[i-1].form != "," || !isCap(ws[i-2].form) || stop[ws[i-2].form] {
			continue
		}
		j := i - 2
		for j > 0 && isCap(ws[j-1].form) && !stop[ws[j-1].form] && i-2-j < 2 {
			j--
		}
		if givenNames[ws[j].form] != "" && i-2 > j {
			continue // a person and a degree: "Harry Preuss, MD"
		}
		for _, sp := range []doc.Span{{Start: ws[j].span.Start, End: ws[i-2].span.End}, ws[i].span} {
			m := doc.Mention{Span: sp, Type: doc.Place, Sentence: si}
			k := slices.IndexFunc(out, func(o doc.Mention) bool { return o.Start < sp.End && sp.Start < o.End })
			switch {
			case k < 0:
				out = append(out, m)
			case out[k].Span == sp:
				out[k].Type = doc.Place
			}
		}
	}
	return out
}

// titled joins the words of ws with spaces, each with an upper-case first
// letter, as the place lexicon writes them.
func titled(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		r, n := utf8.DecodeRuneInString(w.form)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(w.form[n:])
	}
	return b.String()
}

// titledLower is titled of the lower-cased words ("UKRAINE" → "Ukraine").
func titledLower(ws []word) string {
	lw := make([]word, len(ws))
	for i, w := range ws {
		lw[i].form = strings.ToLower(w.form)
	}
	return titled(lw)
}

// allLower reports whether no word of ws has an upper-case letter.
func allLower(ws []word) bool {
	for _, w := range ws {
		for _, r := range w.form {
			if unicode.IsUpper(r) {
				return false
			}
		}
	}
	return true
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

// merge combines the model's mentions with the rules'. The rules' places
// and organizations that rest on a lexicon (a known place or organization
// name, or a name of several words with an organization word, "Ministry
// of Defence", or ending in a place word, "Drama Theater") and their events and works come first, unless a longer
// name of the model holds a one-word one ("Gulf of Mexico" over
// "Mexico"); the
// model adds the mentions that overlap none of them. The rules' other
// places and organizations (a bare acronym, a single cue word) are left
// out: on web text they are more often wrong than right. The rules add, besides, a person the model
// missed whose name is a part of a person's name found in the document.
func merge(text string, model, rules []doc.Mention) []doc.Mention {
	var out []doc.Mention
	for _, m := range rules {
		if m.Type == doc.Person || !strongRule(text, m) {
			continue
		}
		if !strings.ContainsAny(m.Text(text), " \u00a0") && containedLonger(m, model) {
			continue
		}
		out = append(out, m)
	}
	n := len(out)
	for _, m := range model {
		if !overlaps(m, out[:n]) {
			out = append(out, m)
		}
	}
	names := map[string]bool{}
	for _, m := range out {
		if m.Type == doc.Person {
			for _, w := range strings.Fields(m.Text(text)) {
				names[w] = true
			}
		}
	}
	for _, m := range rules {
		if m.Type == doc.Person && (names[m.Text(text)] || fullName(m.Text(text)) || honorificBefore(text, m.Start)) && !overlaps(m, out) {
			out = append(out, m)
		}
	}
	// A single word that is a part of a person's full name elsewhere in
	// the document is that person ("Pokalchuk" after "Oksana Pokalchuk").
	people := map[string]bool{}
	for _, m := range out {
		if ws := strings.Fields(m.Text(text)); m.Type == doc.Person && len(ws) >= 2 {
			for _, w := range ws {
				people[w] = true
			}
		}
	}
	for i, m := range out {
		if w := m.Text(text); m.Type != doc.Person && people[w] && !(m.Type == doc.Place && places[w] != "" && (acronymLike(w) || strings.Contains(w, "."))) {
			out[i].Type = doc.Person // but a place's abbreviation stays a place ("U.S." of "U.S. Senator John Cornyn")
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

// strongRule reports whether a mention of the rules rests on a lexicon: a
// known name, a place ending in a place word, an organization with an
// organization word or made of a known organization and a known place.
// honorificBefore reports whether an honorific (Mr., Mrs., Ms., Dr.) stands
// right before byte start of text: what follows it is a person's name
// ("Undersecretary for Education Mr. Toccafondi says").
func honorificBefore(text string, start int) bool {
	before := strings.TrimRight(text[:start], " \t\u00a0")
	for _, h := range []string{"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"} {
		if rest, ok := strings.CutSuffix(before, h); ok && (rest == "" || !isLetterByte(rest[len(rest)-1])) {
			return true
		}
	}
	return false
}

func isLetterByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// fullName reports whether a name of the rules is a known given name and
// one or two capitalised words after it ("Mathematician Hermann Weyl
// said"), which the model may miss but which name a person.
func fullName(name string) bool {
	ws := strings.Fields(name)
	return len(ws) >= 2 && len(ws) <= 3 && givenNames[ws[0]] != "" && places[ws[0]] == "" && !orgNames[ws[0]]
}

func strongRule(text string, m doc.Mention) bool {
	if m.Type != doc.Place && m.Type != doc.Organization {
		return true
	}
	name := m.Text(text)
	if places[name] != "" || orgNames[name] {
		return true
	}
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	if m.Type == doc.Place {
		return placeWords[ws[len(ws)-1]]
	}
	for i, w := range ws {
		if orgWords[w] {
			return true
		}
		// A known organization's name and a known place: its branch or
		// office there ("Amnesty Ukraine", "Amnesty International Ukraine").
		if i+1 < len(ws) && orgNames[strings.Join(ws[:i+1], " ")] && places[strings.Join(ws[i+1:], " ")] != "" {
			return true
		}
	}
	return false
}

// containedLonger reports whether a mention of ms holds m and is longer.
func containedLonger(m doc.Mention, ms []doc.Mention) bool {
	for _, k := range ms {
		if k.Start <= m.Start && m.End <= k.End && k.End-k.Start > m.End-m.Start {
			return true
		}
	}
	return false
}

// greetings open a letter or a line before a name ("Dear Nina", "Hi Bob").
var greetings = set("Dear", "Hi", "Hey", "Hello", "Thanks", "Thank", "Regards", "Cheers", "Attn", "Attention")

// companyHeads end the names of companies and other bodies ("El Paso
// Energy", "Bank of America" aside).
var companyHeads = set("Energy", "Bank", "Corporation", "Company", "Group", "Holdings",
	"Industries", "Airlines", "Motors", "Systems", "Technologies", "Partners",
	"University", "Ministry", "Agency", "Inc.", "Inc", "Corp.", "Corp", "Co.",
	"Ltd.", "Ltd", "LLC", "PLC")

// companySuffixes end a company's name ("Enron Corp.", "CCNG, Inc.").
var companySuffixes = set("Inc.", "Inc", "Corp.", "Corp", "Ltd.", "Ltd", "L.P.", "LLC", "LLP", "Co.", "PLC", "plc", "GmbH", "S.A.")

// webConventions adjusts a name found by the model to the conventions of
// names in web text and e-mail (Universal NER's):
//   - a name is not opened by a greeting ("Dear Nina") nor, when a word of
//     it is capitalised, by a lower-case word ("of CCNG", "central Phx");
//   - a person's name ends before a dash standing alone ("Bryan Hull -
//     Analyst");
//   - "Surname, Given" alone on a line (an e-mail header) is one name;
//   - a company's suffix, after a comma or not, belongs to its name, which
//     is an organization ("CCNG, Inc.");
//   - a name in the possessive with no noun after it names the business
//     at that place ("dinner at Del Frisco 's"), the possessive included,
//     and so does one before the name of a town, its branch there ("at Del
//     Frisco 's Philadelphia"); a known organization's is only its own
//     ("Enron 's United Way");
//   - a person's one-word name in the possessive and the capitalised nouns
//     after it name a business, an organization ("Ray 's Pizza", "Barry s
//     Auto Tech").
func webConventions(ws []word, start, end int, typ string) (int, int, string) {
	for start < end-1 && (greetings[ws[start].form] || noUpper(ws[start].form) && !particles[ws[start].form] && spaced(ws, start+1) && hasCapital(ws[start+1:end])) {
		start++
	}
	if start >= end {
		return start, end, typ
	}
	if typ == doc.Person {
		for k := start + 1; k < end; k++ {
			if f := ws[k].form; (f == "-" || f == "--" || f == "–" || f == "—") && spaced(ws, k) && spaced(ws, k+1) {
				end = k
				break
			}
		}
		// "Lenhart, Matthew" alone between quotes or on its line.
		if end-start == 1 && start >= 2 && ws[start-1].form == "," && isCap(ws[start-2].form) && (ws[start-2].upos == "PROPN" || ws[start-2].upos == "") && lineEdge(ws, start-3, true) && lineEdge(ws, end, false) {
			start -= 2
		}
	}
	if end < len(ws) && companySuffixes[ws[end].form] {
		end++
		typ = doc.Organization
	} else if end+1 < len(ws) && ws[end].form == "," && companySuffixes[ws[end+1].form] {
		end += 2
		typ = doc.Organization
	}
	// "Ray 's Pizza", "Burch 's Karate": a one-word name in the possessive
	// and the capitalised common words after it name a business.
	if typ == doc.Person && end-start == 1 && end+1 < len(ws) && possessive(ws[end].form) && ws[end].span.Start == ws[end-1].span.End+1 {
		e := end + 1
		for e < len(ws) && businessWord(ws[e]) {
			e++
		}
		if e > end+1 && (e == len(ws) || !isCap(ws[e].form)) {
			return start, e, doc.Organization
		}
	}
	if end < len(ws) && (ws[end].form == "'s" || ws[end].form == "’s" || ws[end].form == "s") && places[titled(ws[start:end])] == "" && !orgNames[join(ws[start:end])] && (end+1 == len(ws) || clauseGoesOn(ws[end+1]) || places[ws[end+1].form] != "" && places[ws[start].form] == "") {
		end++
		typ = doc.Place
	}
	return start, end, typ
}

// properChain widens a name of the labeler that stops inside a chain of
// proper nouns ending in a company word to the whole chain, which names a
// company ("El Paso Energy"): the tagger's PROPN words that follow one
// another, capitalised, and that the labeler left out of names (labels, 0
// for none). Other chains are left alone: a place and its region ("San
// Rafael Ca"), a name and a product ("Adobe Acrobat").
func properChain(ws []word, labels []int, start, end int, typ string) (int, int, string) {
	chain := func(i int) bool {
		return i >= 0 && i < len(ws) && labels[i] == 0 && ws[i].upos == "PROPN" && isCap(ws[i].form) && !stop[ws[i].form] && !calendar[ws[i].form] && nameWord(ws[i].form)
	}
	if start >= end || ws[end-1].upos != "PROPN" {
		return start, end, typ
	}
	e := end
	for chain(e) && spaced(ws, e) {
		e++
	}
	if e > end && companyHeads[ws[e-1].form] {
		end, typ = e, doc.Organization
	}
	return start, end, typ
}

// stormWords open the names of storms.
var stormWords = set("Hurricane", "Typhoon", "Cyclone", "Storm")

// storms makes events of the names of storms ("Hurricane Katrina"), taken
// for people, and of the storm's own name wherever the document writes it
// alone ("Katrina").
func storms(text string, ms []doc.Mention) []doc.Mention {
	names := map[string]bool{}
	for i, m := range ms {
		ws := strings.Fields(m.Text(text))
		if len(ws) >= 2 && stormWords[ws[0]] {
			ms[i].Type = doc.Event
			names[strings.Join(ws[1:], " ")] = true
		}
	}
	if len(names) == 0 {
		return ms
	}
	for i, m := range ms {
		if names[m.Text(text)] {
			ms[i].Type = doc.Event
		}
	}
	return ms
}

// oneSense gives the mentions of one name in a document the type most of
// them have: an article names one thing by one name ("Miramar", a town,
// taken for a person in some of its sentences). A tie keeps the types.
func oneSense(text string, ms []doc.Mention) []doc.Mention {
	votes := map[string]map[string]int{}
	for _, m := range ms {
		k := strings.ToLower(m.Text(text))
		if votes[k] == nil {
			votes[k] = map[string]int{}
		}
		votes[k][m.Type]++
	}
	for i, m := range ms {
		v := votes[strings.ToLower(m.Text(text))]
		best, n, tie := "", 0, false
		for t, c := range v {
			switch {
			case c > n:
				best, n, tie = t, c, false
			case c == n:
				tie = true
			}
		}
		if !tie && best != m.Type && (best == doc.Person || best == doc.Organization || best == doc.Place) {
			ms[i].Type = best
		}
	}
	return ms
}

// sameName adds a mention wherever the document writes again, capitalised
// and outside any mention, the words of a name it has found: an article
// names one thing by one name ("Enron" after "Enron Corp." was found).
// The words must match as written, and a word at the start of a sentence
// must be tagged a proper noun. ms are in text order; the result is too.
func sameName(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	types := map[string]string{}
	for _, m := range ms {
		if m.Type != doc.Person && m.Type != doc.Organization && m.Type != doc.Place {
			continue
		}
		k := m.Text(d.Text)
		if demonyms[k] != "" && places[k] == "" {
			continue // a people's adjective, a name only sometimes ("German")
		}
		if t, ok := types[k]; ok && t != m.Type {
			types[k] = ""
		} else if !ok {
			types[k] = m.Type
		}
	}
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		for i := 0; i < len(ws); i++ {
			w := ws[i]
			if !isCap(w.form) || stop[w.form] || w.first && w.upos != "PROPN" {
				continue
			}
			if slices.ContainsFunc(ms[:n], func(o doc.Mention) bool { return o.Start < w.span.End && w.span.Start < o.End }) {
				continue
			}
			// the longest known name starting here, of up to four words
			best := 0
			for j := min(len(ws), i+4); j > i; j-- {
				if t := types[d.Text[w.span.Start:ws[j-1].span.End]]; t != "" {
					best = j
					break
				}
			}
			if best == 0 || slices.ContainsFunc(ms[:n], func(o doc.Mention) bool { return o.Start < ws[best-1].span.End && w.span.Start < o.End }) {
				continue
			}
			sp := doc.Span{Start: w.span.Start, End: ws[best-1].span.End}
			ms = append(ms, doc.Mention{Span: sp, Type: types[sp.Text(d.Text)], Sentence: si})
			i = best - 1
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// defineAcronyms gives the acronym a name defines in brackets right after
// it ("the Housing Authority of New Orleans (HANO)") the name's type, there
// and wherever the document writes it: an acronym names what its
// definition names. The acronym's letters must be the initials of the
// name's words, in order (words such as "of" may have none in it). ms are
// in text order; the result is too.
func defineAcronyms(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	defs := map[string]string{}
	for _, m := range ms {
		if m.Type != doc.Organization && m.Type != doc.Place {
			continue
		}
		ws := words(d.Text, d.Sentences[m.Sentence])
		start := slices.IndexFunc(ws, func(w word) bool { return w.span.Start == m.Start })
		end := slices.IndexFunc(ws, func(w word) bool { return w.span.End == m.End }) + 1
		if start < 0 || end <= start || end+2 >= len(ws) || ws[end].form != "(" || ws[end+2].form != ")" {
			continue
		}
		if a := ws[end+1].form; acronymLike(a) && len(a) <= 10 && initialsOf(a, ws[start:end]) && !excludedAcronyms[a] {
			if t, ok := defs[a]; ok && t != m.Type {
				defs[a] = "" // defined twice, with two types
			} else {
				defs[a] = m.Type
			}
		}
	}
	if len(defs) == 0 {
		return ms
	}
	n := len(ms)
	for si, s := range d.Sentences {
		for _, w := range words(d.Text, s) {
			typ := defs[w.form]
			if typ == "" {
				continue
			}
			k := slices.IndexFunc(ms[:n], func(o doc.Mention) bool { return o.Start < w.span.End && w.span.Start < o.End })
			switch {
			case k < 0:
				ms = append(ms, doc.Mention{Span: w.span, Type: typ, Sentence: si})
			case ms[k].Span == w.span:
				ms[k].Type = typ
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

// initialsOf reports whether the letters of acronym a are, in order, the
// initials of the words of ws, starting with the first word's; words may
// be left out, but not a capitalised one after the first letter matched.
func initialsOf(a string, ws []word) bool {
	k := 0
	for i, w := range ws {
		r, _ := utf8.DecodeRuneInString(w.form)
		if k < len(a) && unicode.ToUpper(r) == rune(a[k]) {
			k++
			continue
		}
		if i == 0 || isCap(w.form) {
			return false
		}
	}
	return k == len(a)
}

// joinHyphens widens each mention over a word joined to it by a hyphen
// with no space on either side ("Al-Qaeda", "al-Sadr", "American-Arab
// Discrimination Committee"): a hyphen inside a word does not end a name.
// The joined word must be capitalised or a particle ("al", "el") and in no
// other mention: two names joined so name two things ("Google-Mozilla
// deal"), and so do two places or peoples ("Russia-Ukraine war",
// "Israeli-Palestinian talks"). A company's suffix after a mention, with
// or without a comma, joins it too ("Google, Inc."), and makes it a
// company. ms are in text order.
func joinHyphens(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	var ws []word
	wsOf := -1
	for mi := range ms {
		m := &ms[mi]
		if m.Sentence < 0 || m.Sentence >= len(d.Sentences) {
			continue
		}
		if wsOf != m.Sentence {
			ws, wsOf = words(d.Text, d.Sentences[m.Sentence]), m.Sentence
		}
		start := slices.IndexFunc(ws, func(w word) bool { return w.span.Start == m.Start })
		end := slices.IndexFunc(ws, func(w word) bool { return w.span.End == m.End }) + 1
		if start < 0 || end <= start {
			continue
		}
		free := func(k int) bool {
			for oi, o := range ms {
				if oi != mi && o.Start < ws[k].span.End && ws[k].span.Start < o.End {
					return false
				}
			}
			return true
		}
		joined := func(i int) bool { // ws[i] is a hyphen between two words, with no spaces
			return i > 0 && i+1 < len(ws) && ws[i].form == "-" &&
				ws[i].span.Start == ws[i-1].span.End && ws[i+1].span.Start == ws[i].span.End
		}
		two := func(a, b string) bool { return Place(a) != "" && Place(b) != "" }
		for start >= 2 && joined(start-1) {
			f := ws[start-2].form
			if !(isCap(f) || particles[strings.ToLower(f)]) || !free(start-2) || two(f, ws[start].form) {
				break
			}
			start -= 2
		}
		for end+1 < len(ws) && joined(end) {
			f := ws[end+1].form
			if !isCap(f) || !free(end+1) || two(ws[end-1].form, f) {
				break
			}
			end += 2
		}
		// A surname fused with a mail domain ends a person's name in the
		// address lines of company mail ("John Griffith@ENRON").
		if m.Type == doc.Person && end < len(ws) && notesAddress(ws[end].form) && free(end) {
			end++
		}
		// A company's suffix, after a comma or not, belongs to its name
		// ("Google, Inc."), whichever recognizer found the name.
		if end < len(ws) && companySuffixes[ws[end].form] && free(end) {
			end++
			m.Type = doc.Organization
		} else if end+1 < len(ws) && ws[end].form == "," && companySuffixes[ws[end+1].form] && free(end+1) {
			end += 2
			m.Type = doc.Organization
		}
		m.Start, m.End = ws[start].span.Start, ws[end-1].span.End
	}
	return ms
}

// notesAddress reports whether f is a surname and a mail domain with no
// dot, as company mail systems write them ("Griffith@ENRON").
func notesAddress(f string) bool {
	name, dom, ok := strings.Cut(f, "@")
	if !ok || !isCap(name) || dom == "" || strings.ContainsAny(dom, ".@") {
		return false
	}
	for _, r := range name + dom {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// lineEdge reports whether word i (before the name if before, after it
// otherwise) is outside the sentence, a quote, or an e-mail address.
func lineEdge(ws []word, i int, before bool) bool {
	if i < 0 || i >= len(ws) {
		return true
	}
	switch ws[i].form {
	case "\"", "“", "”", "'", "<", ":":
		return true
	}
	return !before && strings.Contains(ws[i].form, "@")
}

// clauseGoesOn reports whether the word after a possessive shows that no
// noun follows it: a preposition, a conjunction, a verb or punctuation
// other than a quote ("at Del Frisco 's for dinner", "Alan 's refused").
func clauseGoesOn(w word) bool {
	switch w.upos {
	case "ADP", "CCONJ", "SCONJ", "VERB", "AUX":
		return true
	case "PUNCT":
		return !strings.ContainsAny(w.form, "\"“”'‘’")
	}
	return false
}

// particles are lower-case words inside names ("bin Laden", "al-Sadr").
var particles = set("al", "el", "y", "bin", "ibn", "de", "da", "di", "del", "der", "den", "van", "von", "la", "le", "du", "dos", "das")

// spaced reports whether word i is set off by a space from the word before.
func spaced(ws []word, i int) bool {
	return i > 0 && i < len(ws) && ws[i].span.Start > ws[i-1].span.End
}

func noUpper(f string) bool {
	for _, r := range f {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// allCap reports whether every word of ws is capitalised.
func allCap(ws []word) bool {
	for _, w := range ws {
		if !isCap(w.form) {
			return false
		}
	}
	return len(ws) > 0
}

func hasCapital(ws []word) bool {
	for _, w := range ws {
		if isCap(w.form) {
			return true
		}
	}
	return false
}

func possessive(f string) bool { return f == "'s" || f == "’s" || f == "s" }

// businessWord reports whether w, after a name in the possessive, can be
// a word of a business's name: capitalised, a noun or proper noun, and no
// acronym, title, date or name of its own.
func businessWord(w word) bool {
	f := w.form
	return isCap(f) && (w.upos == "NOUN" || w.upos == "PROPN") && !acronymLike(f) && !stop[f] && !calendar[f] && !IsRoleWord(f) && Place(f) == "" && !orgNames[f] && givenNames[f] == ""
}

// mailDomains collects the names of the organizations whose web or mail
// domains d writes ("enron" for http://unitedway.enron.com or
// jdoe@azurix.com, "azurix" for John Doe@AZURIX), in lower case.
func mailDomains(d *doc.Doc) map[string]bool {
	out := map[string]bool{}
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			f := WordForm(d.Text, t)
			host := ""
			switch {
			case strings.Contains(f, "@"):
				_, host, _ = strings.Cut(f, "@")
			case strings.HasPrefix(f, "http://") || strings.HasPrefix(f, "https://"):
				host = f[strings.Index(f, "//")+2:]
			case strings.HasPrefix(f, "www."):
				host = f
			default:
				continue
			}
			host, _, _ = strings.Cut(host, "/")
			labels := strings.Split(strings.ToLower(host), ".")
			if len(labels) == 1 {
				if allLetters(labels[0]) {
					out[labels[0]] = true // a mail system's domain ("@ENRON")
				}
				continue
			}
			k := len(labels) - 2
			if k > 0 && (labels[k] == "co" || labels[k] == "com" || labels[k] == "org" || labels[k] == "ac") {
				k-- // bbc.co.uk
			}
			if tld := labels[len(labels)-1]; tld == "com" || tld == "org" || tld == "net" || len(tld) == 2 {
				out[labels[k]] = true
			}
		}
	}
	return out
}

// domainNames types as organizations the names a document's web or mail
// domains spell ("Enron" where enron.com is written): a domain names the
// company or body that holds it. A known place keeps its type. ms are in
// text order; the result is too.
func domainNames(d *doc.Doc, ms []doc.Mention) []doc.Mention {
	doms := mailDomains(d)
	if len(doms) == 0 {
		return ms
	}
	is := func(f string) bool {
		return len(f) > 2 && doms[strings.ToLower(f)] && Place(f) == "" && givenNames[f] == "" && allLetters(f)
	}
	for i, m := range ms {
		if f := m.Text(d.Text); m.Type != doc.Organization && is(f) {
			ms[i].Type = doc.Organization
		}
	}
	n := len(ms)
	for si, s := range d.Sentences {
		ws := words(d.Text, s)
		for i, w := range ws {
			if !isCap(w.form) || !is(w.form) || w.first && w.upos != "PROPN" {
				continue
			}
			if i+1 < len(ws) && isCap(ws[i+1].form) && spaced(ws, i+1) {
				continue // the maker of a product named after it ("MSN Explorer")
			}
			if slices.ContainsFunc(ms[:n], func(o doc.Mention) bool { return o.Start < w.span.End && w.span.Start < o.End }) {
				continue
			}
			ms = append(ms, doc.Mention{Span: w.span, Type: doc.Organization, Sentence: si})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return ms
}

func allLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}
