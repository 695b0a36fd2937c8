package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func set(words string) map[string]bool {
	m := make(map[string]bool)
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// titleWords are folded words that, at the start of a person's name, are a
// title or office rather than part of the name. Multi-word titles
// ("Secretary General", "Foreign Minister") are runs of these words.
var titleWords = set(`
	mr mrs ms miss mx dr prof professor sir dame lord lady madam mme mlle
	monsieur madame herr frau sr sra
	president vice prime minister secretary general chancellor premier
	king queen prince princess emperor pope cardinal bishop archbishop rev
	reverend father sister brother imam rabbi sheikh
	sen senator rep representative congressman congresswoman gov governor
	mayor judge justice chief ceo cfo chairman chairwoman chairperson
	spokesman spokeswoman spokesperson ambassador envoy commissioner
	gen col lt capt sgt maj adm cmdr admiral colonel captain sergeant
	lieutenant commander marshal deputy acting former late interim first
	foreign defense defence interior finance justice health economy energy
	culture education
	mp mep
	hon honorable honourable excellency his her`)

// surnameTitles are title words that are also common surnames: alone, they
// are kept as a name ("King", "Major", "Sen").
var surnameTitles = set(`king prince bishop judge justice chief marshal major general sen father brother first late chancellor`)

// pronouns are never names.
var pronouns = set(`
	he she it they him her his hers its their theirs them we us our ours i
	me my mine you your yours who whom whose which that this these those
	himself herself itself themselves ourselves yourself one someone`)

// particles may be lowercase inside a proper name ("Ministry of Defence",
// "Ursula von der Leyen").
var particles = set(`
	of the and for de van von der den da di du del della la le les in on at
	al el bin ibn bint y e des dos das zu ter ten af`)

// surnamePrefixes join the following word into one surname.
var surnamePrefixes = set(`de van von der den da di du del della la le bin ibn bint dos das ter ten af`)

// abbrevs are folded words whose final period belongs to them.
var abbrevs = set(`inc co corp ltd jr sr st mt ft bros dept univ assn`)

// nameSuffixes are generational suffixes dropped before comparing.
var nameSuffixes = set(`jr sr ii iii iv`)

// demonyms maps folded nationality adjectives to the folded country name.
var demonyms = map[string]string{
	"ukrainian": "ukraine", "russian": "russia", "belarusian": "belarus",
	"belarussian": "belarus", "polish": "poland", "german": "germany",
	"french": "france", "italian": "italy", "spanish": "spain",
	"british": "uk", "american": "us", "chinese": "china", "japanese": "japan",
	"indian": "india", "turkish": "turkey", "iranian": "iran", "iraqi": "iraq",
	"israeli": "israel", "syrian": "syria", "georgian": "georgia",
	"moldovan": "moldova", "romanian": "romania", "hungarian": "hungary",
	"canadian": "canada", "australian": "australia", "dutch": "netherlands",
	"swedish": "sweden", "finnish": "finland", "norwegian": "norway",
	"danish": "denmark", "estonian": "estonia", "latvian": "latvia",
	"lithuanian": "lithuania", "czech": "czechia", "slovak": "slovakia",
	"austrian": "austria", "swiss": "switzerland", "belgian": "belgium",
	"portuguese": "portugal", "greek": "greece", "korean": "korea",
	"mexican": "mexico", "brazilian": "brazil", "egyptian": "egypt",
	"kazakh": "kazakhstan", "armenian": "armenia", "azerbaijani": "azerbaijan",
	"bulgarian": "bulgaria", "serbian": "serbia", "croatian": "croatia",
	"irish": "ireland", "scottish": "scotland", "saudi": "saudi arabia",
	"pakistani": "pakistan", "afghan": "afghanistan", "lebanese": "lebanon",
	"palestinian": "palestine", "jordanian": "jordan", "qatari": "qatar",
	"emirati": "uae", "nigerian": "nigeria", "kenyan": "kenya",
	"south african": "south africa", "argentine": "argentina",
	"argentinian": "argentina", "chilean": "chile", "colombian": "colombia",
	"venezuelan": "venezuela", "cuban": "cuba", "vietnamese": "vietnam",
	"thai": "thailand", "indonesian": "indonesia", "filipino": "philippines",
	"european": "eu",
}

// countries holds folded country names (and the folded short forms that
// demonyms map to); multi-word names are joined by one space.
var countries = func() map[string]string {
	m := map[string]string{
		"united kingdom": "uk", "great britain": "uk", "britain": "uk",
		"england": "uk", "united states": "us", "usa": "us", "america": "us",
		"united states of america": "us", "czech republic": "czechia",
		"russian federation": "russia", "south korea": "korea",
		"republic of korea": "korea", "holland": "netherlands",
		"european union": "eu", "united arab emirates": "uae",
	}
	for _, c := range demonyms {
		m[c] = c
	}
	return m
}()

// countryPhrases are the multi-word keys of countries and demonyms, longest
// first, for joining before lookup.
var countryPhrases = [][]string{
	{"united", "states", "of", "america"}, {"united", "arab", "emirates"},
	{"republic", "of", "korea"}, {"united", "kingdom"}, {"great", "britain"},
	{"united", "states"}, {"czech", "republic"}, {"russian", "federation"},
	{"south", "korea"}, {"european", "union"}, {"saudi", "arabia"},
	{"south", "africa"}, {"south", "african"},
}

// StripTitle removes leading titles and offices from a person's name:
// "Ms. Pokaltchouk" → "Pokaltchouk", "President Volodymyr Zelensky" →
// "Volodymyr Zelensky", "Ukrainian Foreign Minister Dmytro Kuleba" →
// "Dmytro Kuleba", "WHO Secretary-General Agnes Callamard" → "Agnes Callamard".
// A leading run of title words, nationality adjectives and acronyms is
// dropped up to its last title word, as long as a word remains and the
// remainder does not start with a particle ("Head of ..." is kept).
// Spacing is normalised; nothing else changes.
func StripTitle(name string) string {
	toks := strings.Fields(name)
	last := -1
	var buf [32]byte
	for i, t := range toks {
		title, demonym, empty := wordClass(buf[:0], t)
		if empty {
			continue
		}
		if title {
			last = i
			continue
		}
		if demonym || isAcronym(t) {
			continue
		}
		break
	}
	if last >= 0 && last < len(toks)-1 && !particles[Fold(toks[last+1])] {
		toks = toks[last+1:]
	} else if singleSpaced(name, toks) {
		return name
	}
	return strings.Join(toks, " ")
}

// singleSpaced reports whether s is its words toks joined by single spaces.
func singleSpaced(s string, toks []string) bool {
	n := len(toks) - 1
	for _, t := range toks {
		n += len(t)
	}
	return n == len(s) && strings.Count(s, " ") == len(toks)-1
}

// wordClass reports whether the word t folds to title words only, to a
// nationality adjective, or to nothing. Plain ASCII words are folded into
// buf without allocating.
func wordClass(buf []byte, t string) (title, demonym, empty bool) {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			buf = append(buf, c)
		case 'A' <= c && c <= 'Z':
			buf = append(buf, c+'a'-'A')
		case c == '.' || c == '\'':
		default:
			f := Fold(t) // other letters, hyphens: the general path
			_, demonym = demonyms[f]
			return f != "" && allIn(f, titleWords), demonym, f == ""
		}
	}
	_, demonym = demonyms[string(buf)]
	return titleWords[string(buf)], demonym, len(buf) == 0
}

// allIn reports whether every space-separated word of f is in m.
func allIn(f string, m map[string]bool) bool {
	for w := range strings.SplitSeq(f, " ") {
		if !m[w] {
			return false
		}
	}
	return true
}

// isAcronym reports an all-capitals word of two to five letters ("WHO", "UN").
func isAcronym(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 5
}

// trimCut is what clean trims from both ends of a form.
const trimCut = " \t\n\r\"“”„«»‹›‚,;:!?()[]{}<>|/\\*—–-"

// stripPossessive removes a trailing possessive from a word:
// "International's" → "International", "Jones'" → "Jones".
func stripPossessive(w string) string {
	for _, s := range []string{"'s", "’s", "'S", "’S", "ʼs"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return w[:len(w)-len(s)]
		}
	}
	if (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 3 {
		return strings.TrimRight(w, "'’")
	}
	return w
}

// clean turns a surface form into a display form for an entity of type typ:
// invalid UTF-8 replaced by U+FFFD, a parenthesis and (for persons) an
// apposition after a comma cut off, surrounding quotes and punctuation
// trimmed, a trailing possessive and a leading "the" removed, titles
// stripped from person names. It returns "" for forms that cannot name an
// entity: empty, pronouns, title-only person forms. When strict, it also
// rejects descriptions: forms with a lowercase word other than a name
// particle ("the head of the Ukrainian office").
func clean(s, typ string, strict bool) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if i := strings.Index(s, " ("); i > 0 {
		s = s[:i] // "Amnesty International (AI)"
	}
	if i := strings.Index(s, ", "); i > 0 && typ == "PER" && !abbrevs[Fold(s[i+2:])] {
		s = s[:i] // "Oksana Pokalchuk, head of ..." but not "King, Jr."
	}
	s = strings.Trim(s, trimCut)
	toks := strings.Fields(s)
	if len(toks) == 0 {
		return ""
	}
	n := len(toks)
	last := strings.TrimRight(stripPossessive(toks[n-1]), ",")
	if w := strings.TrimSuffix(last, "."); w != last && !abbrevs[Fold(w)] && !strings.Contains(w, ".") {
		last = w // a sentence's period, not an abbreviation's ("Inc.", "U.S.")
	}
	same := last == toks[n-1] && singleSpaced(s, toks)
	toks[n-1] = last
	for len(toks) > 1 && strings.EqualFold(toks[0], "the") {
		toks = toks[1:]
		same = false
	}
	out := s
	if !same {
		out = strings.Join(toks, " ")
	}
	if typ == "PER" {
		out = StripTitle(out)
	}
	out = strings.Trim(out, trimCut)
	f := Fold(out)
	if f == "" || pronouns[f] || f == "the" {
		return ""
	}
	if typ == "PER" && allIn(f, titleWords) && !surnameTitles[f] {
		return ""
	}
	if strict && !proper(out) {
		return ""
	}
	return out
}

// proper reports whether every word of s starts with an uppercase letter or
// a digit (or has a capital after a lowercase prefix: "d'Arc", "al-Assad"),
// except name particles, and at least one word does.
func proper(s string) bool {
	caps := false
	for t := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, "\"'“‘("))
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r) || unicode.IsTitle(r):
			caps = true
		case particles[Fold(t)]:
		case capitalAfterJoin(t): // "d'Arc", "al-Assad"
			caps = true
		default:
			return false
		}
	}
	return caps
}

// capitalAfterJoin reports whether the part of t after its last hyphen or
// apostrophe starts with a capital letter.
func capitalAfterJoin(t string) bool {
	i := strings.LastIndexAny(t, "-'’")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(t[i:])
	r, _ := utf8.DecodeRuneInString(t[i+n:])
	return unicode.IsUpper(r)
}

// casing ranks how a form is capitalised: mixed case (2) before all
// capitals (1) before all lowercase (0).
func casing(s string) int {
	up, low := false, false
	for _, r := range s {
		if unicode.IsUpper(r) {
			up = true
		} else if unicode.IsLower(r) {
			low = true
		}
	}
	switch {
	case up && low:
		return 2
	case up:
		return 1
	}
	return 0
}

// nonASCII counts the letters of s outside ASCII (kept diacritics).
func nonASCII(s string) int {
	n := 0
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// fullness scores how complete a display form is: two points per word that
// is not a particle or an initial, one per initial and per "of" (formal
// names: "Ministry of Defence of Ukraine"), minus one per inner possessive
// ("Ukraine's Defense Ministry").
func fullness(s string) int {
	n := 0
	for t := range strings.FieldsSeq(s) {
		if stripPossessive(t) != t {
			n--
		}
		for w := range strings.SplitSeq(Fold(t), " ") {
			switch {
			case w == "of" || len(w) == 1:
				n++
			case w == "" || particles[w]:
			default:
				n += 2
			}
		}
	}
	return n
}

// latin reports whether s has no letters outside the Latin script: the
// graph's labels are English-language, so a Latin form outranks one in
// another script.
func latin(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// person is a parsed person name: transliteration keys of the given names
// and of the surname.
type person struct {
	given   []string
	surname string
}

// parsePerson splits a cleaned person name into given names and surname.
// The surname is the last word, hyphenated parts included ("Smith-Jones"),
// with any particles before it ("von der Leyen"); generational suffixes are
// dropped. Hyphenated given names count as several ("Jean-Luc").
func parsePerson(s string) person {
	raw := strings.Fields(s)
	ws := make([]string, 0, len(raw))
	for _, t := range raw {
		if f := Fold(t); f != "" {
			ws = append(ws, f)
		}
	}
	for len(ws) > 1 && nameSuffixes[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return person{}
	}
	i := len(ws) - 1
	for i > 0 && surnamePrefixes[ws[i-1]] {
		i--
	}
	var p person
	var sur strings.Builder
	for j, w := range ws[i:] {
		if j == 0 && (strings.HasPrefix(w, "al ") || strings.HasPrefix(w, "el ")) {
			w = w[3:] // "al-Assad" is filed as "Assad"
		}
		for part := range strings.SplitSeq(w, " ") {
			sur.WriteString(skeleton(part))
		}
	}
	p.surname = sur.String()
	for _, w := range ws[:i] {
		for part := range strings.SplitSeq(w, " ") {
			p.given = append(p.given, skeleton(part))
		}
	}
	return p
}

// givenGroups are the Ukrainian and Russian-derived spellings of common East
// Slavic given names, one name per line, the canonical spelling first:
// news in English writes the same person "Volodymyr" or "Vladimir".
const givenGroups = `
	volodymyr vladimir
	dmytro dmitry dmitri dmitrii
	oleksandr aleksandr alexander alexandr oleksander aleksander
	oleksii oleksiy aleksei alexei alexey aleksey
	mykola nikolai nikolay
	serhii serhiy sergei sergey sergiy
	andrii andriy andrei andrey
	yurii yuri iouri youri jurij
	mykhailo mikhail mykhaylo mychajlo
	petro pyotr petr
	pavlo pavel
	vasyl vasily vasiliy vassili
	olena elena yelena
	oleh oleg
	ihor igor
	kyrylo kirill
	hryhorii grigory grigoriy hryhoriy
	yevhen yevgeny evgeny evgeniy yevgeniy
	anatolii anatoly anatoliy
	vitalii vitaly vitaliy
	denys denis
	maksym maksim maxim
	valerii valery valeriy
	vadym vadim
	heorhii georgy georgiy heorhiy
	fedir fyodor fedor
	tetiana tatiana tatyana tetyana
	nataliia natalia natalya
	yuliia yulia yuliya
	iryna irina
	kateryna ekaterina yekaterina
	liudmyla lyudmila ludmila
	halyna galina
	olha olga
	svitlana svetlana
	larysa larisa`

// givenCanon maps the skeleton of each spelling in givenGroups to the
// skeleton of its canonical spelling.
var givenCanon = func() map[string]string {
	m := make(map[string]string)
	for line := range strings.Lines(givenGroups) {
		ws := strings.Fields(line)
		if len(ws) == 0 {
			continue
		}
		c := skeleton(ws[0])
		for _, w := range ws[1:] {
			m[skeleton(w)] = c
		}
	}
	return m
}()

// givenInitials maps the canonical skeleton of each group in givenGroups to
// the initials of all its spellings ("oleksandr" → "oa").
var givenInitials = func() map[string]string {
	m := make(map[string]string)
	for line := range strings.Lines(givenGroups) {
		ws := strings.Fields(line)
		if len(ws) == 0 {
			continue
		}
		c := skeleton(ws[0])
		for _, w := range ws {
			if k := skeleton(w); !strings.Contains(m[c], k[:1]) {
				m[c] += k[:1]
			}
		}
	}
	return m
}()

// initials returns the initials a given-name key may be abbreviated to.
func initials(k string) string {
	if s, ok := givenInitials[canonGiven(k)]; ok {
		return s
	}
	return k[:1]
}

// canonGiven returns the canonical key of a given-name key.
func canonGiven(k string) string {
	if c, ok := givenCanon[k]; ok {
		return c
	}
	return k
}

// givenCompatible reports whether two lists of given-name keys can belong to
// one person: position by position, the same name (see givenGroups) or an
// initial of the other.
func givenCompatible(a, b []string) bool {
	for i := 0; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x == y || canonGiven(x) == canonGiven(y) {
			continue
		}
		if len(x) == 1 && strings.Contains(initials(y), x) || len(y) == 1 && strings.Contains(initials(x), y) {
			continue
		}
		return false
	}
	return true
}
