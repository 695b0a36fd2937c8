package resolve

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/textgraph/textgraph/extract/doc"
)

// Entity is one real-world entity as the graph stores it.
type Entity struct {
	// ID is a stable slug minted once from the first-seen form: a type
	// word (person, org, place, event, work, thing), then the folded,
	// hyphen-joined name, e.g. "person-oksana-pokalchuk"; "-2", "-3", ...
	// are appended on collision. It never changes afterwards.
	ID string
	// Type is an entity type constant of extract/doc (PER, ORG, LOC, ...).
	Type string
	// Label is the fullest proper form seen.
	Label string
	// Aliases are the other forms seen: sorted, deduplicated, never
	// containing Label.
	Aliases []string
}

// Mention is one entity as one document names it, after within-document
// coreference.
type Mention struct {
	// Name is the document's canonical name for the entity.
	Name string
	// Type is an entity type constant of extract/doc.
	Type string
	// Forms are the other surface forms seen in the document. Pronouns,
	// titles and descriptions among them are filtered out.
	Forms []string
	// Doc identifies the document: informational, but for Local mentions.
	Doc string
	// Local resolves a person only among the mentions of the same Doc: a
	// given name alone ("Steven") is no evidence across documents.
	Local bool
}

// form is what label ranking needs to know about one display form.
type form struct {
	count    int // times seen
	full     int // fullness
	latin    bool
	dated    bool
	casing   int
	nonASCII int
}

func newForm(f string, count int) *form {
	return &form{count: count, full: fullness(f), latin: latin(f), dated: dated(f), casing: casing(f), nonASCII: nonASCII(f)}
}

// entry is an entity with what resolution needs to know about it.
type entry struct {
	ent    Entity
	forms  map[string]*form  // display form → its ranking data
	lower  map[string]string // lowercased form → the best-cased form kept
	keys   map[string]bool   // blocking keys the entry is filed under
	givens [][]string        // PER: given-name keys of every form that has them
	gkeys  map[string]bool   // PER: joined givens, for deduplication
	surs   []string          // PER: surname keys filed under
	ctry   string            // ORG state bodies: the country, if known
}

// Index resolves mentions to entities. Candidates are found through
// blocking keys, never by comparing all pairs: a person by the
// transliteration key of the surname, an organisation by OrgKey, a place by
// the transliteration key of the folded name (with a few exonyms mapped), any
// other type by Key of its name. Every key is prefixed with the type, so
// entities of different types never merge; only an untyped (MISC) mention
// may join a typed entity (see Resolve).
//
// An Index is safe for concurrent use; resolution is deterministic for a
// given order of calls.
type Index struct {
	mu     sync.Mutex
	byID   map[string]*entry
	blocks map[string][]*entry
	nfull  map[string]int // surname key → persons with a given name filed under it
}

// NewIndex returns an empty index.
func NewIndex() *Index {
	return &Index{byID: make(map[string]*entry), blocks: make(map[string][]*entry), nfull: make(map[string]int)}
}

// storedWeight is the count a stored label starts with: more than any
// number of sightings in one run, so that a stored label yields only to a
// fuller or better-written form, never to a merely more frequent one.
const storedWeight = 1 << 30

// Add seeds the index with an entity already stored, keeping its ID, label
// and aliases; later mentions resolve to it. The stored label stays unless
// a fuller or better-written form arrives (see Resolve). It fails on an
// empty ID, an empty label or an ID already present.
func (ix *Index) Add(e Entity) error {
	if e.ID == "" {
		return fmt.Errorf("resolve: entity without ID (label %q)", e.Label)
	}
	if strings.TrimSpace(e.Label) == "" {
		return fmt.Errorf("resolve: entity %q has no label", e.ID)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if _, ok := ix.byID[e.ID]; ok {
		return fmt.Errorf("resolve: duplicate entity ID %q", e.ID)
	}
	en := newEntry(e.ID, e.Type)
	en.ent.Label = e.Label
	forms := append([]string{e.Label}, e.Aliases...)
	slices.SortStableFunc(forms, func(a, b string) int { return fullness(b) - fullness(a) })
	for _, f := range forms {
		if strings.TrimSpace(f) != "" {
			n := analyse(e.Type, f)
			ix.addForm(en, &n)
		}
	}
	en.ent.Label = e.Label
	if f, ok := en.forms[e.Label]; ok {
		f.count = storedWeight
	}
	en.ent.Aliases = en.aliases()
	ix.byID[e.ID] = en
	return nil
}

// Resolve returns the entity m refers to: an existing one, whose label is
// upgraded when m brings a fuller proper form (the old label becoming an
// alias) and which gains m's new forms as aliases, or a newly minted one.
// changed reports creation or any change to the label or aliases. The
// returned Entity is a copy. Resolve returns nil, false when neither the
// name nor any form of m can name an entity (empty, pronouns, titles).
//
// Matching rules:
//   - Persons: titles are stripped; the surname's transliteration key finds
//     the candidates. A full name joins the candidate whose given names
//     agree with it (equal keys, or an initial matching) in every form;
//     different given names never merge. A surname alone joins the only
//     person carrying it; when two or more full-named persons carry it, it
//     joins (or becomes) a separate ambiguous surname-only entity. A
//     surname-only entity that exists before any full name is absorbed by
//     the first full name that carries the surname.
//   - Organisations match on OrgKey. For state bodies the country is
//     context: equal countries match, a name without a country joins the only
//     state body with that key, and an entity without a country is absorbed
//     by the first mention that gives one when no other country is known.
//   - Other types match on their key. A MISC mention (the type extraction
//     gives when unsure) that matches no MISC entity joins the one entity of
//     another type it matches, if exactly one type has a match.
//
// Forms that cannot name the same entity as m.Name (another surname, another
// organisation key; acronyms are allowed) are ignored, so that a
// coreference slip cannot join two entities.
func (ix *Index) Resolve(m Mention) (e *Entity, changed bool) {
	typ := m.Type
	if typ == "" {
		typ = doc.Misc
	}
	names := make([]name, 0, 1+len(m.Forms))
	if c := clean(m.Name, typ, false); c != "" {
		names = append(names, analyse(typ, c))
	}
	for _, f := range m.Forms {
		c := clean(f, typ, true)
		if c == "" || slices.ContainsFunc(names, func(n name) bool { return n.text == c }) {
			continue
		}
		n := analyse(typ, c)
		if len(names) > 0 && !variantOf(typ, &names[0], &n) {
			continue // not a spelling of the name: a coreference slip
		}
		names = append(names, n)
	}
	if len(names) == 0 {
		return nil, false
	}
	if m.Local && typ == doc.Person {
		for i := range names {
			if names[i].p.surname != "" {
				names[i].p.surname += "\x00" + m.Doc
			}
		}
	}
	q := &names[0]
	best := fullness(q.text)
	for i := 1; i < len(names); i++ {
		if s := fullness(names[i].text); s > best {
			q, best = &names[i], s
		}
	}

	ix.mu.Lock()
	defer ix.mu.Unlock()
	var target *entry
	switch typ {
	case doc.Person:
		target = ix.findPerson(q.p)
	case doc.Organization:
		target = ix.findOrg(q.key, q.ctry)
	default:
		if bl := ix.blocks[q.key]; len(bl) > 0 {
			target = bl[0]
		}
		if target == nil && typ == doc.Misc {
			target = ix.findTyped(q.text)
		}
	}
	if target == nil {
		target = newEntry(ix.mint(typ, names[0].text), typ)
		ix.byID[target.ent.ID] = target
		changed = true
	}
	label := target.ent.Label
	// The fullest form first, so that a given name alone ("Oksana") is
	// recognised as one whatever the order of the forms.
	if q != &names[0] {
		*q, names[0] = names[0], *q
	}
	for i := range names {
		if ix.addForm(target, &names[i]) {
			changed = true
		}
	}
	if target.relabel() || target.ent.Label != label {
		changed = true
	}
	if changed {
		target.ent.Aliases = target.aliases()
	}
	out := target.copy()
	return &out, changed
}

// name is a cleaned form with the keys matching needs.
type name struct {
	text string
	p    person // persons: the parsed name
	key  string // organisations: OrgKey; other types: blockKey
	ctry string // organisations: the country of a state body
}

// analyse computes the keys of the cleaned form text of an entity of type typ.
func analyse(typ, text string) name {
	n := name{text: text}
	switch typ {
	case doc.Person:
		n.p = parsePerson(text)
	case doc.Organization:
		n.key, n.ctry = OrgKey(text)
	default:
		n.key = blockKey(typ, text)
	}
	return n
}

// variantOf reports whether the form f can name the same entity as the name
// ref: for persons the same surname key with compatible given names, or the
// given name alone; for other types the same key; for any type an acronym
// of ref.
func variantOf(typ string, ref, f *name) bool {
	if acronymOf(f.text, ref.text) || acronymOf(ref.text, f.text) {
		return true
	}
	switch typ {
	case doc.Person:
		a, b := ref.p, f.p
		if a.surname == b.surname {
			return givenCompatible(a.given, b.given)
		}
		if len(a.given) == 0 && len(b.given) > 0 {
			return a.surname == b.given[0]
		}
		if len(b.given) == 0 && len(a.given) > 0 {
			return b.surname == a.given[0]
		}
		return false
	}
	return ref.key == f.key
}

// acronymOf reports whether a is an acronym (capitals, dots allowed) of the
// words of name, with or without its particles: "UN" and "U.N." of "United
// Nations", "WHO" of "World Health Organization".
func acronymOf(a, name string) bool {
	var ab []byte
	for _, r := range a {
		switch {
		case r == '.':
		case 'A' <= r && r <= 'Z':
			ab = append(ab, byte(r)+'a'-'A')
		default:
			return false
		}
	}
	if len(ab) < 2 {
		return false
	}
	var all, content []byte
	for w := range strings.FieldsSeq(Fold(name)) {
		all = append(all, w[0])
		if !particles[w] {
			content = append(content, w[0])
		}
	}
	return len(all) > 1 && (string(ab) == string(all) || string(ab) == string(content))
}

// Entities returns a copy of every entity, sorted by ID.
func (ix *Index) Entities() []Entity {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	out := make([]Entity, 0, len(ix.byID))
	for _, en := range ix.byID {
		out = append(out, en.copy())
	}
	slices.SortFunc(out, func(a, b Entity) int { return strings.Compare(a.ID, b.ID) })
	return out
}

// Get returns a copy of the entity with the given ID.
func (ix *Index) Get(id string) (Entity, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	en, ok := ix.byID[id]
	if !ok {
		return Entity{}, false
	}
	return en.copy(), true
}

// Remove takes the entity with the given ID out of the index, as if it had
// never been added: later mentions no longer resolve to it, and its ID may
// be minted again. It reports whether the entity was there.
func (ix *Index) Remove(id string) bool {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	en, ok := ix.byID[id]
	if !ok {
		return false
	}
	delete(ix.byID, id)
	for k := range en.keys {
		b := slices.DeleteFunc(ix.blocks[k], func(o *entry) bool { return o == en })
		if len(b) == 0 {
			delete(ix.blocks, k)
		} else {
			ix.blocks[k] = b
		}
	}
	if len(en.givens) > 0 {
		for _, s := range en.surs {
			if ix.nfull[s]--; ix.nfull[s] <= 0 {
				delete(ix.nfull, s)
			}
		}
	}
	return true
}

// Len returns the number of entities in the index.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.byID)
}

func newEntry(id, typ string) *entry {
	return &entry{
		ent:   Entity{ID: id, Type: typ},
		forms: make(map[string]*form),
		lower: make(map[string]string),
		keys:  make(map[string]bool),
	}
}

func (en *entry) copy() Entity {
	e := en.ent
	e.Aliases = slices.Clone(en.ent.Aliases)
	return e
}

// aliases lists the entry's forms other than its label, sorted.
func (en *entry) aliases() []string {
	out := make([]string, 0, len(en.forms))
	for f := range en.forms {
		if f != en.ent.Label {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}

// relabel makes the best-ranked form the label and reports a change.
func (en *entry) relabel() bool {
	best := ""
	var bf *form
	for f, ff := range en.forms {
		if bf == nil || better(f, ff, best, bf) {
			best, bf = f, ff
		}
	}
	if best == en.ent.Label {
		return false
	}
	en.ent.Label = best
	return true
}

// better orders label candidates, independently of arrival order: fuller
// first (see fullness), then Latin script, then current names before
// exonyms ("Kyiv" before "Kiev", "Volodymyr" before "Vladimir"), then better
// capitalised, then more diacritics kept, then more often seen, then
// shorter (the plainer transliteration), then lexicographically smaller.
func better(a string, fa *form, b string, fb *form) bool {
	switch {
	case fa.full != fb.full:
		return fa.full > fb.full
	case fa.latin != fb.latin:
		return fa.latin
	case fa.dated != fb.dated:
		return fb.dated
	case fa.casing != fb.casing:
		return fa.casing > fb.casing
	case fa.nonASCII != fb.nonASCII:
		return fa.nonASCII > fb.nonASCII
	case fa.count != fb.count:
		return fa.count > fb.count
	case len(a) != len(b):
		return len(a) < len(b)
	}
	return a < b
}

// addForm records one display form on en and files en under the form's
// blocking key. Forms differing only in case are kept once, in their best
// capitalisation. It reports whether the set of forms changed.
func (ix *Index) addForm(en *entry, n *name) bool {
	f := n.text
	lf := strings.ToLower(f)
	if old, ok := en.lower[lf]; ok {
		of := en.forms[old]
		if old == f || of.casing > casing(f) || (of.casing == casing(f) && old < f) {
			of.count++
			return false
		}
		en.forms[f] = newForm(f, of.count+1)
		delete(en.forms, old)
		en.lower[lf] = f
		return true
	}
	en.forms[f] = newForm(f, 1)
	en.lower[lf] = f
	ix.file(en, n)
	return true
}

// file adds en to the blocks of form n and records what matching needs.
func (ix *Index) file(en *entry, n *name) {
	switch en.ent.Type {
	case doc.Person:
		ix.filePerson(en, n.p)
	case doc.Organization:
		if n.ctry != "" && en.ctry == "" {
			en.ctry = n.ctry
		}
		if n.key != "" {
			ix.fileKey(en, "ORG\x00"+n.key)
		}
	default:
		if n.key != "" {
			ix.fileKey(en, n.key)
		}
	}
}

// Person blocks: "PER\x00"+surname holds every person filed under the
// surname; sub-blocks narrow it to persons with a given first name, with a
// first given name starting with a letter, and to persons filed while they
// had no given name, so that common surnames never cost a scan.
const (
	perGiven  = "\x01g\x00"
	perLetter = "\x01l\x00"
	perBare   = "\x01b\x00"
)

// filePerson files a person entry under the parsed form p.
func (ix *Index) filePerson(en *entry, p person) {
	if p.surname == "" {
		return
	}
	if len(p.given) == 0 && !en.keys["PER\x00"+p.surname] {
		for _, g := range en.givens {
			if g[0] == p.surname {
				// A given name alone ("Oksana") is kept as an alias
				// but is no evidence across documents: not filed.
				return
			}
		}
	}
	if len(p.given) > 0 {
		g := strings.Join(p.given, " ")
		if en.gkeys == nil {
			en.gkeys = make(map[string]bool)
		}
		if !en.gkeys[g] {
			en.gkeys[g] = true
			if len(en.givens) == 0 {
				for _, s := range en.surs {
					ix.nfull[s]++
				}
			}
			en.givens = append(en.givens, p.given)
			for _, s := range en.surs {
				ix.fileGiven(en, s, p.given)
			}
		}
	}
	s := p.surname
	if en.keys["PER\x00"+s] {
		return
	}
	ix.fileKey(en, "PER\x00"+s)
	en.surs = append(en.surs, s)
	if len(en.givens) == 0 {
		ix.fileKey(en, perBare+s)
		return
	}
	ix.nfull[s]++
	for _, g := range en.givens {
		ix.fileGiven(en, s, g)
	}
}

func (ix *Index) fileGiven(en *entry, sur string, given []string) {
	ix.fileKey(en, perGiven+sur+"\x00"+canonGiven(given[0]))
	for _, c := range []byte(initials(given[0])) {
		ix.fileKey(en, perLetter+sur+"\x00"+string(c))
	}
}

func (ix *Index) fileKey(en *entry, k string) {
	if en.keys[k] {
		return
	}
	en.keys[k] = true
	ix.blocks[k] = append(ix.blocks[k], en)
}

// exonyms maps folded historical or Russian-derived place names to the
// current ones.
var exonyms = map[string]string{
	"kiev": "kyiv", "kharkov": "kharkiv", "odessa": "odesa", "lvov": "lviv",
	"nikolaev": "mykolaiv", "nikolayev": "mykolaiv", "zaporozhye": "zaporizhzhia",
	"lugansk": "luhansk", "dnepr": "dnipro", "chernigov": "chernihiv",
	"rovno": "rivne", "kirovograd": "kropyvnytskyi", "artemovsk": "bakhmut",
	"artemivsk": "bakhmut",
}

// placeWords unify generic words of place names.
var placeWords = map[string]string{"oblast": "region", "province": "region"}

// dated reports whether a form uses an exonym ("Kiev") or a
// Russian-derived spelling of a Ukrainian given name ("Vladimir"), which a
// current spelling outranks as a label.
func dated(f string) bool {
	for w := range strings.FieldsSeq(Fold(f)) {
		if _, ok := exonyms[w]; ok {
			return true
		}
		if _, ok := givenCanon[skeleton(w)]; ok {
			return true
		}
	}
	return false
}

// blockKey is the blocking key of a non-person, non-organisation form.
func blockKey(typ, f string) string {
	raw := strings.Fields(f)
	for i, t := range raw {
		raw[i] = undot(t)
	}
	ws := strings.Fields(Fold(strings.Join(raw, " ")))
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(typ)
	b.WriteByte(0)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		if typ == doc.Place {
			if x, ok := exonyms[w]; ok {
				w = x
			} else if x, ok := placeWords[w]; ok {
				w = x
			}
		}
		b.WriteString(skeleton(w))
	}
	return b.String()
}

// findPerson returns the person entity the parsed (fullest) name p refers
// to, or nil for a new entity. See Resolve for the rules.
func (ix *Index) findPerson(p person) *entry {
	s := p.surname
	if s == "" {
		return nil
	}
	nfull := ix.nfull[s]
	bare := func() *entry {
		for _, en := range ix.blocks[perBare+s] {
			if len(en.givens) == 0 {
				return en
			}
		}
		return nil
	}
	if len(p.given) == 0 {
		if nfull == 1 {
			for _, en := range ix.blocks["PER\x00"+s] {
				if len(en.givens) > 0 {
					return en
				}
			}
		}
		return bare()
	}
	g0 := p.given[0]
	var cands []*entry
	if len(g0) == 1 {
		cands = ix.blocks[perLetter+s+"\x00"+g0]
	} else {
		cands = append(slices.Clip(ix.blocks[perGiven+s+"\x00"+canonGiven(g0)]), ix.blocks[perGiven+s+"\x00"+g0[:1]]...)
	}
	var exact, loose *entry
	nloose := 0
	for _, en := range cands {
		ok, same := true, false
		for _, g := range en.givens {
			if !givenCompatible(p.given, g) {
				ok = false
				break
			}
			if canonGiven(g[0]) == canonGiven(g0) {
				same = true
			}
		}
		switch {
		case !ok:
		case same:
			if exact == nil {
				exact = en
			}
		case en != loose:
			if loose == nil {
				loose = en
			}
			nloose++
		}
	}
	switch {
	case exact != nil:
		return exact
	case nloose == 1:
		return loose
	case nloose > 1:
		return nil
	case nfull == 0:
		return bare()
	}
	return nil
}

// findTyped returns the one entity of a specific type that the name q of an
// untyped (MISC) mention matches, or nil when none or several types match.
// A person matches only by a full name; a one-word name that a person
// carries makes the mention ambiguous.
func (ix *Index) findTyped(q string) *entry {
	var found *entry
	for _, t := range [...]string{doc.Person, doc.Organization, doc.Place, doc.Event, doc.Work} {
		var en *entry
		switch t {
		case doc.Person:
			p := parsePerson(q)
			if len(p.given) > 0 {
				en = ix.findPerson(p)
			} else if len(ix.blocks["PER\x00"+p.surname]) > 0 {
				return nil // a one-word name some person carries: ambiguous
			}
		case doc.Organization:
			en = ix.findOrg(OrgKey(q))
		default:
			if bl := ix.blocks[blockKey(t, q)]; len(bl) > 0 {
				en = bl[0]
			}
		}
		if en != nil {
			if found != nil {
				return nil
			}
			found = en
		}
	}
	return found
}

// findOrg returns the organisation entity with OrgKey k and country c, or nil.
func (ix *Index) findOrg(k, c string) *entry {
	if k == "" {
		return nil
	}
	bl := ix.blocks["ORG\x00"+k]
	if len(bl) == 0 {
		return nil
	}
	gov := false
	for w := range strings.FieldsSeq(k) {
		if govHeads[w] {
			gov = true
			break
		}
	}
	if !gov {
		return bl[0]
	}
	var with, without []*entry
	for _, en := range bl {
		if en.ctry == c && c != "" {
			return en
		}
		if en.ctry != "" {
			with = append(with, en)
		} else {
			without = append(without, en)
		}
	}
	if c != "" {
		if len(with) == 0 {
			return without[0]
		}
		return nil
	}
	if len(with) == 1 {
		return with[0]
	}
	if len(without) > 0 {
		return without[0]
	}
	return nil
}

// typeWords name entity types in IDs.
var typeWords = map[string]string{
	doc.Person: "person", doc.Organization: "org", doc.Place: "place",
	doc.Event: "event", doc.Work: "work",
}

// maxSlug bounds the name part of a minted ID, in bytes.
const maxSlug = 60

// mint returns a new unique ID for an entity of type typ first seen as name.
func (ix *Index) mint(typ, name string) string {
	tw, ok := typeWords[typ]
	if !ok {
		tw = "thing"
	}
	var b strings.Builder
	raw := strings.Fields(name)
	for i, t := range raw {
		raw[i] = stripPossessive(t)
	}
	for w := range strings.FieldsSeq(Fold(strings.Join(raw, " "))) {
		var wb strings.Builder
		for i := 0; i < len(w); i++ {
			if c := w[i]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				wb.WriteByte(c)
			}
		}
		if wb.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			if b.Len()+1+wb.Len() > maxSlug {
				break
			}
			b.WriteByte('-')
		}
		b.WriteString(wb.String())
	}
	slug := b.String()
	if len(slug) > maxSlug {
		slug = slug[:maxSlug]
	}
	if slug == "" {
		h := fnv.New32a()
		h.Write([]byte(name))
		slug = "x" + strconv.FormatUint(uint64(h.Sum32()), 16)
	}
	id := tw + "-" + slug
	for n := 2; ; n++ {
		if _, taken := ix.byID[id]; !taken {
			return id
		}
		id = tw + "-" + slug + "-" + strconv.Itoa(n)
	}
}
