package coref

import (
	"fmt"
	"sort"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/quote"
)

// Ref is a referring noun phrase found by Cluster: a range of tokens of one
// sentence and its syntactic head.
type Ref struct {
	Sentence   int // index into Doc.Sentences
	Start, End int // half-open range of token indices within the sentence
	Head       int // token index of the phrase's head within the sentence
}

// Cluster finds every referring noun phrase of a tagged and parsed document
// (pronouns, names, common-noun phrases, nested ones included, a name
// inside a longer name when the document also names it alone or it is a
// known place, "there" and "home" standing for a place, and a quantifier
// without its noun, "each of the courses"; a phrase is its head's subtree
// without prepositions, coordinated or appositive phrases (a place
// qualifying a name stays: "Portland, Oregon"), clause material of a
// nominal predicate and edge punctuation; each conjunct is a phrase, a
// coordination as a whole is not) and groups them into entities. A speaker sieve links first
// and second person pronouns (outside quotations, the first person of
// each quotation, a name addressed to the "you" of its sentence), a
// precise-construct sieve links appositions, predicate nominatives (also
// after a pronoun subject: "that is a good idea") and acronyms, and a
// dummy "it" joins the clause it stands in for ("it is clear that they
// left", as GUM links them). Then the embedded mention-ranking model (Model)
// links every other phrase that starts its entity
// to its best-scoring candidate antecedent or to none. Last, an entity
// without a name that holds "the city" or "the country" joins the place
// named most often before it, and the first person of a quotation joins
// the subject of the speech verb that attributes it ("'I was there,' he
// said").
//
// Without a model (none embedded, or one that fails to load) the later
// sieves of Lee et al. (2013) decide instead: exact string match, strict
// head match for definite and possessed descriptions (with and without
// compatible modifiers; "my jeans" never joins "your jeans"), name
// inclusion ("Mr. Novak" after "Peter Novak", through any name of the
// entity), and pronoun resolution under number, gender, animacy and person
// agreement at most three sentences back, a like pronoun ("it ... it")
// preferred. (Lee et al.'s relaxed string and proper-head sieves were
// measured on GUM and left out: under a third of their links were right.)
//
// A name keeps one entity type through the document, the one the
// recognizer gave it most often. Cluster returns the entities in order of
// first mention, each a list of phrases in text order; singletons are
// included. Untagged or unparsed sentences yield no phrases.
func Cluster(d *doc.Doc) [][]Ref { return ClusterSpeakers(d, nil) }

// ClusterSpeakers is Cluster for a transcript: speakers names the speaker of
// each sentence ("" for none, nil for a text without speakers). First- and
// second-person pronouns are then linked per speaker, "you" of one speaker
// to "I" of the other when exactly two speak and otherwise to "I" of the
// last one to speak before (a plural "you" aside), and a name that matches
// a speaker's label (Dave, Dr. Cellini for DrCellini) to that speaker's "I".
func ClusterSpeakers(d *doc.Doc, speakers []string) [][]Ref {
	m, err := Default()
	if err != nil {
		m = nil
	}
	return ClusterModel(d, speakers, m)
}

// clusterSieves is ClusterSpeakers with the sieves alone.
func clusterSieves(d *doc.Doc, speakers []string) [][]Ref {
	c := start(d, speakers)
	c.sieve(exactMatch, anyIndefinite)
	c.sieve(preciseConstruct, anyIndefinite|pronounAnchors)
	c.extraposed()
	c.sieve(strictHead(true, true), noIndefinite)
	c.sieve(strictHead(false, true), noIndefinite)
	c.sieve(nameInclusion, noIndefinite)
	c.pronouns()
	c.placeDescriptions()
	c.quoteSpeakers()
	return c.entities()
}

// start finds the phrases of d, marks those inside quotations and links
// first- and second-person pronouns and vocatives (the speaker sieve).
func start(d *doc.Doc, speakers []string) *clusters {
	ms := detect(d)
	c := newClusters(d, ms)
	c.speaker = speakers
	regions := quote.Regions(d.Text)
	for i := range ms {
		q := quote.Inside(regions, ms[i].start)
		ms[i].quoted = q >= 0
		// A quotation interrupted by its attribution ("I ...," he said,
		// "my ...") is one speaker's: a run of quotations less than
		// quoteGap bytes apart counts as one.
		for q > 0 && (regions[q-1].Continued || regions[q].Open.Start-max(regions[q-1].Close.End, regions[q-1].End) < quoteGap) {
			q--
		}
		ms[i].quote = q + 1
	}
	c.speakers()
	c.vocatives()
	return c
}

// Attribute values; 0 is unknown.
const (
	sing = 1 + iota
	plur
)
const (
	male = 1 + iota
	female
	neuter
)
const (
	animate = 1 + iota
	inanimate
)

const (
	nominal = iota
	proper
	pronoun
	other  // demonstrative and indefinite pronouns: this, something, one
	clause // a clause a dummy "it" stands in for (clauses)
)

type np struct {
	Ref
	start, end int    // byte span
	pos        int    // global token index of the first token, for order
	depth      int    // depth of the head in its tree
	kind       int    // nominal, proper or pronoun
	text       string // lower-cased words of the phrase
	firstWord  string // the first of them
	head       string // lower-cased head lemma (form for names)
	words      []string
	mods       []string // lower-cased modifiers before the head (amod, compound, nummod)
	number     int
	gender     int
	animacy    int
	person     int // 1, 2, 3 (pronouns), 0 otherwise
	nerType    string
	indef      bool // starts with an indefinite article or quantifier
	coord      bool // a coordination "X and Y"
	nested     bool // a name inside a longer name
	pleonastic bool
	quoted     bool
	quote      int  // 1 + the first of the run of quotations holding it; 0 outside quotations
	subj       bool // subject of its clause
}

// excluded are the relations of a head's dependents that do not belong to
// its phrase.
var excluded = map[string]bool{"case": true, "conj": true, "cc": true, "appos": true, "nsubj": true,
	"nsubj:pass": true, "nsubj:outer": true, "cop": true, "mark": true, "parataxis": true, "discourse": true,
	"reparandum": true, "punct": true, "cc:preconj": true, "vocative": true, "orphan": true, "csubj": true,
	"aux": true, "aux:pass": true, "advcl": true, "expl": true, "dislocated": true, "dep": true}

// pronounDet reports whether token k is a personal pronoun standing before
// a noun it forms one phrase with ("you guys", "we Americans"): the noun
// heads the pronoun (GUM's dep) or is its apposition without a comma.
func pronounDet(s doc.Sentence, lower []string, k int) bool {
	if k+1 >= len(s.Tokens) || !personal[lower[k]] || s.Tokens[k].UPOS != "PRON" || s.Tokens[k+1].UPOS != "NOUN" {
		return false
	}
	t, n := s.Tokens[k], s.Tokens[k+1]
	return t.Rel == "dep" && t.Head == k+2 || n.Rel == "appos" && n.Head == k+1
}

// personal are the personal pronouns that can stand before a noun they
// refer with ("you guys", "we Americans", "us women").
var personal = set("you", "we", "us", "ye")

// placeAdverbs are the adverbs that head a phrase of their own, a place
// ("there" is a phrase 68 of 118 times in GUM train, "home" 11 of 13).
var placeAdverbs = set("there", "home")

var (
	definite    = set("the", "this", "that", "these", "those")
	indefinites = set("a", "an", "some", "any", "another", "many", "several", "few", "no", "every", "each", "most", "all")
	stopWords   = set("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
		"'s", "’s", "of", "in", "on", "for", "to", "and", "or", ",", "-", "(", ")", "\"", "“", "”", "'", "with", "by", "at")
)

func set(ws ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range ws {
		m[w] = true
	}
	return m
}

type pronounAttrs struct{ number, gender, animacy, person int }

var pronouns = map[string]pronounAttrs{
	"i": {sing, 0, animate, 1}, "me": {sing, 0, animate, 1}, "my": {sing, 0, animate, 1}, "mine": {sing, 0, animate, 1}, "myself": {sing, 0, animate, 1},
	"we": {plur, 0, animate, 1}, "us": {plur, 0, animate, 1}, "our": {plur, 0, animate, 1}, "ours": {plur, 0, animate, 1}, "ourselves": {plur, 0, animate, 1},
	"you": {0, 0, animate, 2}, "your": {0, 0, animate, 2}, "yours": {0, 0, animate, 2}, "yourself": {sing, 0, animate, 2}, "yourselves": {plur, 0, animate, 2},
	"he": {sing, male, animate, 3}, "him": {sing, male, animate, 3}, "his": {sing, male, animate, 3}, "himself": {sing, male, animate, 3},
	"she": {sing, female, animate, 3}, "her": {sing, female, animate, 3}, "hers": {sing, female, animate, 3}, "herself": {sing, female, animate, 3},
	"it": {sing, neuter, inanimate, 3}, "its": {sing, neuter, inanimate, 3}, "itself": {sing, neuter, inanimate, 3},
	"they": {plur, 0, 0, 3}, "them": {plur, 0, 0, 3}, "their": {plur, 0, 0, 3}, "theirs": {plur, 0, 0, 3}, "themselves": {plur, 0, 0, 3},
	// contracted, colloquial and archaic forms: "let's" (us), "get 'em",
	// "see ya", "y'all", "thou", "thy"
	"'s": {plur, 0, animate, 1}, "’s": {plur, 0, animate, 1},
	"em": {plur, 0, 0, 3}, "'em": {plur, 0, 0, 3}, "’em": {plur, 0, 0, 3},
	"ya": {0, 0, animate, 2}, "y'all": {plur, 0, animate, 2}, "y’all": {plur, 0, animate, 2},
	"thee": {sing, 0, animate, 2}, "thou": {sing, 0, animate, 2}, "thy": {sing, 0, animate, 2}, "thine": {sing, 0, animate, 2},
}

// personNouns are common nouns that name people; their phrases are animate.
var personNouns = set("man", "woman", "men", "women", "person", "people", "child", "children", "kid", "kids", "boy", "girl",
	"mother", "father", "mom", "dad", "parent", "parents", "wife", "husband", "son", "daughter", "brother", "sister",
	"friend", "friends", "family", "student", "students", "teacher", "author", "authors", "participant", "participants",
	"president", "king", "queen", "emperor", "prince", "princess", "lord", "lady", "guy", "guys", "player", "players",
	"member", "members", "leader", "officer", "police", "doctor", "patient", "patients", "user", "users", "speaker",
	"writer", "artist", "scientist", "researcher", "researchers", "worker", "workers", "officials", "official",
	"minister", "director", "head", "chief", "soldier", "soldiers", "citizen", "citizens", "resident", "residents",
	"customer", "customers", "client", "learner", "learners", "reader", "readers", "team", "baby", "grandmother",
	"grandfather", "uncle", "aunt", "cousin", "boss", "manager", "owner", "judge", "lawyer", "victim", "suspect",
	"character", "hero", "god", "individual", "individuals", "adult", "adults", "actor", "actress", "singer", "poet",
	"colleague", "colleagues", "partner", "someone", "somebody", "everyone", "everybody", "anyone", "nobody", "who")

var maleNouns = set("man", "men", "boy", "father", "dad", "husband", "son", "brother", "king", "prince", "lord",
	"emperor", "uncle", "grandfather", "actor", "mr", "mr.", "sir", "gentleman", "guy")
var femaleNouns = set("woman", "women", "girl", "mother", "mom", "wife", "daughter", "sister", "queen", "princess",
	"lady", "aunt", "grandmother", "actress", "mrs", "mrs.", "ms", "ms.", "miss")

// detect finds the noun phrases of d in text order.
func detect(d *doc.Doc) []np {
	var out []np
	pos := 0
	for si, s := range d.Sentences {
		n := len(s.Tokens)
		kids := make([][]int, n)
		parsed := n > 0
		for i, t := range s.Tokens {
			if t.Head < 0 || t.UPOS == "" {
				parsed = false
				break
			}
			if t.Head > 0 && t.Head <= n {
				kids[t.Head-1] = append(kids[t.Head-1], i)
			}
		}
		if !parsed {
			pos += n
			continue
		}
		lower := make([]string, n)
		for i, t := range s.Tokens {
			lower[i] = strings.ToLower(t.Form)
		}
		depth := func(i int) int {
			k := 0
			for h := s.Tokens[i].Head; h > 0 && k < n; h = s.Tokens[h-1].Head {
				k++
			}
			return k
		}
		var sub func(i, depth int, lo, hi *int)
		sub = func(i, depth int, lo, hi *int) {
			*lo, *hi = min(*lo, i), max(*hi, i)
			for _, k := range kids[i] {
				if depth < n { // a malformed tree may have a cycle
					sub(k, depth+1, lo, hi)
				}
			}
		}
		add := func(h, lo, hi int, coord bool) {
			lo0, hi0 := lo, hi
			for lo < hi && s.Tokens[lo].UPOS == "PUNCT" {
				lo++
			}
			for hi > lo && s.Tokens[hi].UPOS == "PUNCT" {
				hi--
			}
			// Edge punctuation goes, but a bracket or quotation mark
			// closing one opened inside the phrase stays: "Childish
			// Recollections ( 1806 )", "his \" protégé \"".
			for hi < hi0 && opens(lower[lo:hi+1], lower[hi+1]) {
				hi++
			}
			for lo > lo0 && closes(lower[lo:hi+1], lower[lo-1]) {
				lo--
			}
			// The parser may hang the closing mark on the verb: "his
			// \" protégé \"" keeps it all the same.
			if hi+1 < n && opens(lower[lo:hi+1], lower[hi+1]) {
				hi++
			}
			if lo > 0 && closes(lower[lo:hi+1], lower[lo-1]) {
				lo--
			}
			t := s.Tokens[h]
			m := np{Ref: Ref{Sentence: si, Start: lo, End: hi + 1, Head: h}, start: s.Tokens[lo].Start, end: s.Tokens[hi].End,
				pos: pos + lo, depth: depth(h), coord: coord}
			m.text = strings.Join(lower[lo:hi+1], " ")
			m.firstWord = lower[lo]
			m.head = strings.ToLower(t.Lemma)
			if m.head == "" || t.UPOS == "PROPN" {
				m.head = lower[h]
			}
			if t.UPOS == "PRON" && !closedPronouns[lower[h]] {
				// A word the tagger took for a pronoun ("iodine") that
				// is none: a noun, its lemma its form.
				t.UPOS, t.Feats, m.head = "NOUN", "", lower[h]
			}
			if t.UPOS == "PROPN" {
				// A name's head word is its last word: the surname of
				// "Mary Chaworth" however the parser attached it.
				for k := h + 1; k <= hi && s.Tokens[k].UPOS == "PROPN" && s.Tokens[k].Head-1 == h; k++ {
					m.head = lower[k]
				}
			}
			for i := lo; i <= hi; i++ {
				if !stopWords[lower[i]] && s.Tokens[i].UPOS != "PUNCT" {
					m.words = append(m.words, lower[i])
				}
			}
			for _, k := range kids[h] {
				rel, _, _ := strings.Cut(s.Tokens[k].Rel, ":")
				switch rel {
				case "amod", "compound", "nummod", "flat":
					if k < h || s.Tokens[k].Rel == "flat" {
						m.mods = append(m.mods, lower[k])
					}
				}
			}
			m.indef = indefinites[lower[lo]]
			rel := t.Rel
			m.subj = strings.HasPrefix(rel, "nsubj")
			if lo == h-1 && pronounDet(s, lower, lo) && !coord {
				// "you guys", "we Americans": the pronoun's person, and
				// plural.
				p := pronouns[lower[lo]]
				m.kind = pronoun
				m.number, m.animacy, m.person = plur, animate, p.person
			} else if p, ok := pronouns[lower[h]]; ok && t.UPOS == "PRON" && !coord {
				m.kind = pronoun
				m.number, m.gender, m.animacy, m.person = p.number, p.gender, p.animacy, p.person
				if lower[h] == "her" || lower[h] == "his" {
					m.subj = false
				}
				m.pleonastic = rel == "expl" || lower[h] == "it" && pleonastic(s, kids, h)
			} else {
				m.kind = nominal
				if t.UPOS == "PROPN" {
					m.kind = proper
				}
				if (t.UPOS == "PRON" || t.UPOS == "ADV") && !coord {
					m.kind = other
				}
				switch {
				case coord:
					m.number = plur
				case strings.Contains(t.Feats, "Number=Plur") || t.XPOS == "NNS" || t.XPOS == "NNPS":
					m.number = plur
				case strings.Contains(t.Feats, "Number=Sing") || t.XPOS == "NN" || t.XPOS == "NNP":
					m.number = sing
				}
				switch {
				case maleNouns[lower[h]] || lo < h && maleNouns[lower[lo]]:
					m.gender, m.animacy = male, animate
				case femaleNouns[lower[h]] || lo < h && femaleNouns[lower[lo]]:
					m.gender, m.animacy = female, animate
				case personNouns[lower[h]] || trainPersonNouns[m.head] || t.UPOS == "PRON" && (lower[h] == "who" || strings.HasSuffix(lower[h], "one") || strings.HasSuffix(lower[h], "body")):
					m.animacy = animate
				case m.kind == nominal && t.UPOS != "PRON" && ner.KindOfPerson(m.head):
					// a kind of person by WordNet ("the senator"):
					// animate, of either gender
					m.animacy = animate
				case t.UPOS == "ADV":
					m.animacy, m.gender = inanimate, neuter
				case m.kind == nominal && t.UPOS != "PRON":
					m.animacy, m.gender = inanimate, neuter
				}
			}
			out = append(out, m)
		}
		for h, t := range s.Tokens {
			if t.UPOS == "PRON" && !closedPronouns[lower[h]] {
				t.UPOS, t.Feats = "NOUN", ""
			}
			switch t.UPOS {
			case "NOUN", "PROPN", "PRON", "NUM":
			case "DET":
				// a quantifier standing for a noun phrase: "each of
				// the courses", "all of our friends", "many"
				if !quantifiers[lower[h]] || t.Rel == "det" || t.Rel == "det:predet" {
					continue
				}
			case "ADV":
				// "there" and "home" stand for places ("we went
				// there", "go home"), and GUM marks them so ("here"
				// less often: 49 of 145 times in GUM train, and
				// marking it lowered GUM dev).
				if !placeAdverbs[lower[h]] {
					continue
				}
			default:
				continue
			}
			if t.Rel == "expl" && lower[h] == "there" {
				continue
			}
			if pronounDet(s, lower, h) {
				continue // the "you" of "you guys" is no phrase of its own
			}
			switch t.Rel {
			case "flat", "fixed", "goeswith", "nummod", "det", "det:predet", "compound:prt":
				continue
			}
			if t.UPOS == "PRON" && (strings.Contains(t.Feats, "PronType=Rel") || strings.Contains(t.Feats, "PronType=Int")) {
				continue
			}
			if t.UPOS == "NUM" && t.Rel == "compound" {
				continue
			}
			lo, hi := h, h
			hasConj := false
			// A nominal predicate ("in the history of our nation it is
			// a commonplace occurrence") keeps the clause's obliques and
			// adverbs out of its phrase, as it keeps its subject out.
			predicate := false
			for _, k := range kids[h] {
				predicate = predicate || s.Tokens[k].Rel == "cop"
			}
			// A phrase is contiguous and ends before its first coordinated,
			// appositive or paratactic dependent: "Thomas Sam , 42 , and
			// his wife Manju Sam , 36 , from Sydney" is not Thomas Sam's.
			stop := n
			qualifier := placeQualifier(d.Text, s, kids, h)
			for _, k := range kids[h] {
				switch s.Tokens[k].Rel {
				case "conj", "appos", "parataxis", "dislocated", "vocative", "list":
					if k > h && k != qualifier {
						stop = min(stop, k)
					}
				}
			}
			for _, k := range kids[h] {
				r := s.Tokens[k].Rel
				if k >= stop {
					continue
				}
				if predicate && (strings.HasPrefix(r, "obl") || r == "advmod" || r == "xcomp" || r == "ccomp" || r == "nmod:tmod") {
					continue
				}
				if r == "conj" {
					hasConj = true
				}
				if r == "case" && t.Rel == "nmod:poss" && k > h {
					sub(k, 0, &lo, &hi) // GUM keeps the possessive 's
					continue
				}
				if excluded[r] && k != qualifier || r == "advmod" && k < h {
					continue
				}
				sub(k, 0, &lo, &hi)
			}
			if h > 0 && pronounDet(s, lower, h-1) {
				// "you guys", "we Americans": a personal pronoun
				// before its noun belongs to the phrase.
				lo = min(lo, h-1)
			}
			add(h, lo, hi, false)
			if t.Rel == "compound" && t.UPOS == "PROPN" && t.Head > 0 && s.Tokens[t.Head-1].UPOS == "PROPN" {
				out[len(out)-1].nested = true
			}
			if hasConj && t.UPOS != "NUM" {
				lo, hi = h, h
				for _, k := range kids[h] {
					switch s.Tokens[k].Rel {
					case "case", "cc", "nsubj", "nsubj:pass", "cop", "mark", "aux", "parataxis", "punct", "advcl":
						continue
					}
					sub(k, 0, &lo, &hi)
				}
				add(h, lo, hi, true)
			}
		}
		out = append(out, clauses(d, si, pos, lower, kids, depth)...)
		pos += n
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].pos != out[j].pos {
			return out[i].pos < out[j].pos
		}
		return out[i].End-out[i].Start > out[j].End-out[j].Start
	})
	// Name types from the recognizer, when it ran.
	for _, em := range d.Mentions {
		for i := range out {
			m := &out[i]
			if m.kind == proper && m.Sentence == em.Sentence && m.start <= em.Start && em.End <= m.end {
				hs := d.Sentences[m.Sentence].Tokens[m.Head]
				if em.Start <= hs.Start && hs.End <= em.End {
					m.nerType = em.Type
				}
			}
		}
	}
	// A name inside a longer name ("Trinity" in "Trinity College") is a
	// phrase when the document names it alone too ("Dhaka University"
	// ... "Dhaka").
	alone := map[string]bool{}
	for _, m := range out {
		if m.kind == proper && !m.nested {
			alone[strings.TrimPrefix(m.text, "the ")] = true
		}
	}
	kept := out[:0]
	for _, m := range out {
		if !m.nested || alone[m.text] || ner.Place(d.Text[m.start:m.end]) != "" {
			kept = append(kept, m)
		}
	}
	out = kept
	voteTypes(out)
	for i := range out {
		m := &out[i]
		if m.kind != proper {
			continue
		}
		switch m.nerType {
		case doc.Person:
			m.animacy = animate
			words := strings.Fields(d.Text[m.start:m.end])
			if g := ner.Gender(words[0]); g == "f" {
				m.gender = female
			} else if g == "m" {
				m.gender = male
			}
			if len(words) > 1 {
				if g := ner.Gender(words[1]); m.gender == 0 && g == "f" {
					m.gender = female
				} else if m.gender == 0 && g == "m" {
					m.gender = male
				}
			}
		case doc.Organization, doc.Place:
			m.animacy, m.gender = inanimate, neuter
		}
	}
	return out
}

// pairs maps opening brackets and quotation marks to their closing ones.
var pairs = map[string]string{"(": ")", "[": "]", "“": "”", "\"": "\""}

// opens reports whether the words ws leave open the bracket or quotation
// mark that next closes.
func opens(ws []string, next string) bool {
	for o, c := range pairs {
		if c == next && balance(ws, o, c) > 0 {
			return true
		}
	}
	return false
}

// closes reports whether the words ws close a bracket or quotation mark
// that prev opens.
func closes(ws []string, prev string) bool {
	c, ok := pairs[prev]
	if !ok {
		return false
	}
	if prev == c {
		return balance(ws, prev, c) == 1
	}
	return balance(ws, prev, c) < 0
}

// balance counts the marks o that ws open minus the marks c they close; for
// a straight quotation mark, which both opens and closes, it is 1 when ws
// hold an odd number of them and 0 otherwise.
func balance(ws []string, o, c string) int {
	n := 0
	for _, w := range ws {
		switch {
		case w == o:
			n++
		case w == c:
			n--
		}
	}
	if o == c {
		return n % 2
	}
	return n
}

// voteTypes gives every typed name the type the recognizer gave that name
// most often in the document (one name, one type: "Byron" is not a person
// in one sentence and a place in the next; ties go to the first type in
// alphabetical order).
func voteTypes(ms []np) {
	votes := map[string]map[string]int{}
	for _, m := range ms {
		if m.kind == proper && m.nerType != "" && !m.coord {
			if votes[m.text] == nil {
				votes[m.text] = map[string]int{}
			}
			votes[m.text][m.nerType]++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != proper || m.coord || m.nerType == "" {
			continue
		}
		best, n := "", 0
		for t, k := range votes[m.text] {
			if k > n || k == n && t < best {
				best, n = t, k
			}
		}
		m.nerType = best
	}
}

// clusters is a partition of the phrases being built.
type clusters struct {
	order   [][]int // per sentence, its phrases in the order candidates tries them
	doc     *doc.Doc
	speaker []string // per sentence, or nil
	ms      []np
	id      []int // cluster of each phrase
	mem     map[int][]int
}

func newClusters(d *doc.Doc, ms []np) *clusters {
	c := &clusters{doc: d, ms: ms, id: make([]int, len(ms)), mem: map[int][]int{}, order: make([][]int, len(d.Sentences))}
	for i := range ms {
		c.id[i] = i
		c.mem[i] = []int{i}
		c.order[ms[i].Sentence] = append(c.order[ms[i].Sentence], i)
	}
	for _, o := range c.order {
		sort.SliceStable(o, func(x, y int) bool {
			a, b := ms[o[x]], ms[o[y]]
			if a.depth != b.depth {
				return a.depth < b.depth
			}
			return a.pos < b.pos
		})
	}
	return c
}

func (c *clusters) merge(a, b int) {
	ca, cb := c.id[a], c.id[b]
	if ca == cb {
		return
	}
	if ca > cb {
		ca, cb = cb, ca
	}
	for _, m := range c.mem[cb] {
		c.id[m] = ca
	}
	c.mem[ca] = append(c.mem[ca], c.mem[cb]...)
	sort.Ints(c.mem[ca])
	delete(c.mem, cb)
}

// first reports whether phrase i is the first of its cluster.
func (c *clusters) first(i int) bool { return c.mem[c.id[i]][0] == i }

// entities returns the clusters as lists of phrases, leaving out a clause
// phrase no other phrase joined.
func (c *clusters) entities() [][]Ref {
	var ids []int
	for id, mem := range c.mem {
		if len(mem) == 1 && c.ms[mem[0]].kind == clause {
			continue
		}
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var out [][]Ref
	for _, id := range ids {
		var e []Ref
		for _, m := range c.mem[id] {
			e = append(e, c.ms[m].Ref)
		}
		out = append(out, e)
	}
	return out
}

// speakers links first- and second-person pronouns: outside quotations
// the writer of a text is one entity and its addressee another; in a
// transcript each speaker's "I" is one entity, and so is the "you" each
// speaker addresses.
func (c *clusters) speakers() {
	last := map[string]int{}
	who := func(si int) string {
		if si < len(c.speaker) {
			return c.speaker[si]
		}
		return ""
	}
	distinct := map[string]bool{}
	for _, sp := range c.speaker {
		if sp != "" {
			distinct[sp] = true
		}
	}
	other := map[string]string{}
	if len(distinct) == 2 {
		var two []string
		for sp := range distinct {
			two = append(two, sp)
		}
		other[two[0]], other[two[1]] = two[1], two[0]
	}
	link := func(key string, i int) {
		if j, ok := last[key]; ok {
			c.merge(j, i)
		}
		last[key] = i
	}
	for i, m := range c.ms {
		sp := who(m.Sentence)
		if m.kind != pronoun || m.person == 3 {
			continue
		}
		if m.quoted && sp == "" {
			// The first person of one quotation is its speaker: one
			// entity per quotation (and per number), not the writer.
			if m.person == 1 {
				link(fmt.Sprintf("q%d|%d", m.quote, m.number), i)
			}
			continue
		}
		switch {
		case m.person == 1 && m.number == plur:
			link("1p", i)
		case m.person == 1:
			link("1s|"+sp, i)
		case other[sp] != "":
			link("1s|"+other[sp], i)
		case sp != "" && m.number != plur && previous(c.speaker, m.Sentence) != "":
			// With more than two speakers, "you" addresses the one who
			// spoke last.
			link("1s|"+previous(c.speaker, m.Sentence), i)
		default:
			link("2|"+sp, i)
		}
	}
	// Names of speakers.
	for i, m := range c.ms {
		if m.kind != proper || m.coord {
			continue
		}
		name := squash.Replace(strings.ToLower(c.doc.Text[m.start:m.end]))
		if len(name) < 3 {
			continue
		}
		for sp := range distinct {
			l := strings.ToLower(sp)
			if l == name || strings.HasSuffix(l, name) || strings.HasPrefix(l, name) && len(name) >= 4 {
				if j, ok := last["1s|"+sp]; ok {
					c.merge(j, i)
				}
				break
			}
		}
	}
}

// previous returns the last speaker before sentence si other than its own,
// or "".
func previous(speakers []string, si int) string {
	for k := si - 1; k >= 0; k-- {
		if speakers[k] != "" && speakers[k] != speakers[si] {
			return speakers[k]
		}
	}
	return ""
}

// quoteGap is the most bytes between two quotations taken as one speaker's.
const quoteGap = 80

// squash joins the words of a name the way speaker labels write them.
var squash = strings.NewReplacer(" ", "", ".", "", "-", "")

// candidates calls fn with the phrases before i that may be its
// antecedent, in the order they are tried, until fn returns false: the same
// sentence first, then earlier sentences, nearest first, at most window
// sentences back; within a sentence the shallowest phrases in the tree
// come first (subjects before objects before embedded phrases), then text
// order. A phrase containing i or inside it is skipped.
func (c *clusters) candidates(i int, window int, fn func(j int) bool) {
	m := c.ms[i]
	for si := m.Sentence; si >= 0 && si >= m.Sentence-window; si-- {
		for _, j := range c.order[si] {
			if j >= i {
				continue
			}
			a := c.ms[j]
			if si == m.Sentence && (a.start <= m.start && a.end >= m.end || m.start <= a.start && m.end >= a.end) {
				continue
			}
			if !fn(j) {
				return
			}
		}
	}
}

type rule func(c *clusters, i, j int) bool

// Options of a sieve.
const (
	// anyIndefinite resolves indefinite phrases too: "a period of limited
	// exposure" repeated, "that is a good idea".
	anyIndefinite = 1 << iota
	// pronounAnchors lets a phrase take a pronoun of its own sentence as
	// antecedent: "that is a good idea", "I am a teacher".
	pronounAnchors
	noIndefinite = 0
)

// sieve runs one pass: every phrase that starts its cluster looks for the
// first candidate antecedent for which r holds. A phrase that is a title
// alone ("Mr.", left over from a misparsed name) is not resolved.
func (c *clusters) sieve(r rule, opts int) {
	for i := range c.ms {
		m := c.ms[i]
		if m.kind == pronoun || m.kind == other || m.kind == clause || !c.first(i) || m.indef && opts&anyIndefinite == 0 {
			continue
		}
		if m.End-m.Start == 1 && titles[m.text] {
			continue
		}
		c.candidates(i, len(c.order), func(j int) bool {
			a := c.ms[j]
			if opts&pronounAnchors != 0 && a.Sentence == m.Sentence && (a.kind == pronoun || a.kind == other) && !a.pleonastic {
				if c.id[j] != c.id[i] && r(c, i, j) && c.agree(i, j) {
					c.merge(j, i)
					return false
				}
				return true
			}
			if c.id[j] == c.id[i] || c.ms[j].kind == pronoun || c.ms[j].kind == other || c.ms[j].kind == clause {
				return true
			}
			if r(c, i, j) && c.agree(i, j) {
				c.merge(j, i)
				return false
			}
			return true
		})
	}
}

// agree reports whether the clusters of i and j do not clash in number,
// gender, animacy or name type.
func (c *clusters) agree(i, j int) bool {
	var n, g, a [4]bool
	types := map[string]bool{}
	for _, id := range []int{c.id[i], c.id[j]} {
		for _, k := range c.mem[id] {
			m := c.ms[k]
			n[m.number], g[m.gender], a[m.animacy] = true, true, true
			if m.nerType != "" {
				types[m.nerType] = true
			}
		}
	}
	if n[sing] && n[plur] || g[male] && g[female] || g[male] && g[neuter] || g[female] && g[neuter] ||
		a[animate] && a[inanimate] || len(types) > 1 {
		return false
	}
	// i-within-i: a phrase never refers to a phrase inside it ("his" in
	// "his mother", "Mr." in "Mr. Novak").
	for _, x := range c.mem[c.id[i]] {
		for _, y := range c.mem[c.id[j]] {
			p, q := c.ms[x], c.ms[y]
			if p.Sentence == q.Sentence && (p.start <= q.start && q.end <= p.end || q.start <= p.start && p.end <= q.end) {
				return false
			}
		}
	}
	return true
}

// exactMatch links phrases with the same words (numbers too: GUM links
// repeated citation numbers and years).
func exactMatch(c *clusters, i, j int) bool {
	a, b := c.ms[i], c.ms[j]
	if a.text == b.text {
		return true
	}
	return false
}

// negation reports whether t is "not", "n't" or "never".
func negation(t doc.Token) bool {
	l := strings.ToLower(t.Lemma)
	return l == "not" || l == "never" || strings.EqualFold(t.Form, "not") || strings.EqualFold(t.Form, "n't") || strings.EqualFold(t.Form, "never")
}

func isNumeric(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return true
}

// preciseConstruct links an apposition to its anchor, a nominal predicate
// (definite or not: GUM links "a good idea" in "that is a good idea") to its
// subject, and an acronym to the name it abbreviates. An apposition with
// conjuncts is a list, not a second name. A predicate denied
// ("the law was not a ban") or behind a preposition ("the parade is like a
// carnival", "the meeting is at the library") says no identity.
func preciseConstruct(c *clusters, i, j int) bool {
	a, b := c.ms[i], c.ms[j]
	if a.Sentence == b.Sentence && !a.coord && !b.coord {
		s := c.sentence(a)
		ta := s.Tokens[a.Head]
		if ta.Rel == "appos" && ta.Head-1 == b.Head {
			// An "apposition" with conjuncts of its own is a list
			// misparsed: "learning difficulties, hearing
			// difficulties and other neurological problems".
			for _, t := range s.Tokens {
				if t.Head-1 == a.Head && t.Rel == "conj" {
					return false
				}
			}
			return true
		}
		// "X is a Y": the subject X of the nominal predicate Y.
		if ta.Rel == "root" || ta.Rel == "ccomp" || ta.Rel == "xcomp" {
			hasCop, denied := false, false
			for _, t := range s.Tokens {
				if t.Head-1 != a.Head {
					continue
				}
				switch {
				case t.Rel == "cop":
					hasCop = true
				case t.Rel == "case", t.Rel == "advmod" && negation(t):
					denied = true
				}
			}
			if hasCop && !denied && s.Tokens[b.Head].Rel == "nsubj" && s.Tokens[b.Head].Head-1 == a.Head {
				return true
			}
		}
	}
	if a.kind != pronoun && b.kind != pronoun {
		return acronymOf(c, i, j) || acronymOf(c, j, i)
	}
	return false
}

func (c *clusters) sentence(m np) *doc.Sentence { return &c.doc.Sentences[m.Sentence] }

// acronymOf reports whether phrase i is one upper-case word that spells
// the initials of phrase k's capitalised words (IDD, Iodine Deficiency
// Disorders).
func acronymOf(c *clusters, i, k int) bool {
	if c.ms[i].End-c.ms[i].Start != 1 || c.ms[k].End-c.ms[k].Start < 2 {
		return false
	}
	a := c.doc.Text[c.ms[i].start:c.ms[i].end]
	if strings.Contains(a, " ") || len(a) < 2 || strings.ToUpper(a) != a {
		return false
	}
	var b strings.Builder
	for _, w := range strings.Fields(c.doc.Text[c.ms[k].start:c.ms[k].end]) {
		if r := w[0]; r >= 'A' && r <= 'Z' {
			b.WriteByte(r)
		}
	}
	return b.Len() > 1 && b.String() == a
}

// strictHead links phrases with the same head when the antecedent's cluster
// contains all the phrase's words (wordInclusion) and modifiers
// (compatibleMods).
func strictHead(compatibleMods, wordInclusion bool) rule {
	return func(c *clusters, i, j int) bool {
		a := c.ms[i]
		if a.kind == pronoun || a.kind == other || a.coord || isNumeric(a.head) {
			return false
		}
		if a.kind == nominal && !definite[a.firstWord] && !possessives[a.firstWord] {
			return false // bare nouns repeat without coreference too often
		}
		same := false
		for _, k := range c.mem[c.id[j]] {
			if b := c.ms[k]; b.kind != pronoun && b.head == a.head {
				same = true
				break
			}
		}
		if !same {
			return false
		}
		// "my jeans" is not "your jeans", nor "his hand" "my hand".
		if possessives[a.firstWord] {
			for _, k := range c.mem[c.id[j]] {
				if b := c.ms[k]; b.kind != pronoun && possessives[b.firstWord] && b.firstWord != a.firstWord {
					return false
				}
			}
		}
		words := map[string]bool{}
		mods := map[string]bool{}
		for _, k := range c.mem[c.id[j]] {
			b := c.ms[k]
			if b.kind == pronoun {
				continue
			}
			for _, w := range b.words {
				words[w] = true
			}
			for _, w := range b.mods {
				mods[w] = true
			}
		}
		if wordInclusion {
			for _, w := range a.words {
				if !words[w] {
					return false
				}
			}
		}
		if compatibleMods {
			for _, w := range a.mods {
				if !mods[w] {
					return false
				}
			}
		}
		return true
	}
}

// titles are words that may precede a name without being part of it.
var titles = set("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "sir", "lord", "lady",
	"president", "general", "gen.", "king", "queen", "emperor", "senator", "judge", "justice", "chief", "st.", "saint")

// nameInclusion links a name whose last word is the last word of an
// earlier name and whose other words, titles aside, all occur in that
// name's entity: "Mr. Novak" and "Novak" after "Peter Novak". Any name of
// i's entity may match: "Joshua Abraham Norton ( c. 1818 – 1880 )" joins
// "Emperor Norton" through a later "Norton" of its own.
func nameInclusion(c *clusters, i, j int) bool {
	for _, x := range c.mem[c.id[i]] {
		if includedName(c, x, j) {
			return true
		}
	}
	return false
}

// includedName is nameInclusion for the one name i.
func includedName(c *clusters, i, j int) bool {
	a, b := c.ms[i], c.ms[j]
	if a.kind != proper || b.kind != proper || a.coord || b.coord || a.head != b.head {
		return false
	}
	words := map[string]bool{}
	for _, k := range c.mem[c.id[j]] {
		if m := c.ms[k]; m.kind == proper {
			for _, w := range m.words {
				words[w] = true
			}
		}
	}
	for _, w := range a.words {
		if !words[w] && !titles[w] {
			return false
		}
	}
	return true
}

// pronouns resolves third-person pronouns to the first agreeing candidate at
// most three sentences back.
func (c *clusters) pronouns() {
	for i := range c.ms {
		m := c.ms[i]
		if m.kind != pronoun || m.person != 3 || m.pleonastic {
			continue
		}
		best, bestScore, rank := -1, 0.0, -1
		c.candidates(i, 3, func(j int) bool {
			rank++
			a := c.ms[j]
			if c.id[j] == c.id[i] || a.pleonastic {
				return true
			}
			if a.Sentence == m.Sentence && a.depth > m.depth+1 {
				return true
			}
			if !c.pronounAgrees(i, j) {
				return true
			}
			score := pronounPreference(m, a, rank)
			if best < 0 || score > bestScore {
				best, bestScore = j, score
			}
			return true
		})
		if best >= 0 {
			c.merge(best, i)
		}
	}
}

// pronounPreference scores candidate a as antecedent of pronoun m, a the
// rank-th candidate tried: nearer sentences first, a subject worth half a
// sentence, a pronoun like m a little more (a pronoun of the same person,
// number and gender continues a chain, "it ... it"), then the order of
// candidates. The pronoun sieve takes the best; the ranker knows its
// choice as a feature.
func pronounPreference(m, a np, rank int) float64 {
	score := -float64(m.Sentence-a.Sentence) - 0.01*float64(rank)
	if a.subj {
		score += 0.5
	}
	if a.kind == pronoun && a.person == 3 && a.gender == m.gender && a.number == m.number {
		score += 0.6
	}
	return score
}

func (c *clusters) pronounAgrees(i, j int) bool {
	if !c.agree(i, j) {
		return false
	}
	for _, k := range c.mem[c.id[j]] {
		if b := c.ms[k]; b.kind == pronoun && b.person != 3 {
			return false
		}
	}
	return true
}

// weather are the verbs whose subject "it" is a dummy; ambient the
// predicates whose subject "it" is one after a copula.
var (
	weather = set("rain", "snow", "drizzle", "pour", "hail", "sleet", "thunder", "freeze", "storm", "shower")
	ambient = set("dark", "light", "late", "early", "cold", "hot", "warm", "cool", "chilly", "sunny", "cloudy",
		"windy", "rainy", "foggy", "humid", "time", "spring", "summer", "winter", "autumn", "fall", "night", "morning",
		"afternoon", "evening", "noon", "midnight", "day", "o'clock")
)

// weatherVerb reports whether w is a form of a weather verb, a misread
// lemma too ("drizzling", lemma "drizzl").
func weatherVerb(w string) bool {
	for v := range weather {
		if strings.HasPrefix(w, strings.TrimSuffix(v, "e")) {
			return true
		}
	}
	return false
}

// hasCop reports whether one of the tokens ks is a copula.
func hasCop(s doc.Sentence, ks []int) bool {
	for _, k := range ks {
		if s.Tokens[k].Rel == "cop" {
			return true
		}
	}
	return false
}

// pleonastic reports whether "it" at token h is a dummy subject: "it is
// clear that ...", "it seems ...", "it took hours to ...", "it rains",
// "it was dark", "it was spring", "it's time to go".
func pleonastic(s doc.Sentence, kids [][]int, h int) bool {
	t := s.Tokens[h]
	if !strings.HasPrefix(t.Rel, "nsubj") || t.Head <= 0 {
		return false
	}
	v := t.Head - 1
	switch l := strings.ToLower(s.Tokens[v].Lemma); {
	case l == "seem", l == "appear", l == "happen", l == "matter", l == "turn":
		return true
	case weatherVerb(l) || weatherVerb(strings.ToLower(s.Tokens[v].Form)) || ambient[l] && hasCop(s, kids[v]):
		// weather, time and light: "it was drizzling", "it was
		// spring", "it is dark", "it's time to go"
		return true
	}
	for _, k := range kids[v] {
		if k > h && (s.Tokens[k].Rel == "ccomp" || s.Tokens[k].Rel == "csubj" || s.Tokens[k].Rel == "xcomp" && s.Tokens[v].UPOS == "ADJ") {
			return true
		}
	}
	return false
}

// quantifiers are the determiners that head a phrase of their own when
// no noun follows ("each of the courses", "all of our friends", "many"),
// as GUM marks them. The phrase is a description like any other (giving
// it a number, or leaving its animacy open, scored lower in
// cross-validation on GUM train).
var quantifiers = set("all", "each", "both", "some", "many", "any", "most", "few", "several", "none", "either", "neither")

var possessives = set("my", "your", "his", "her", "its", "our", "their")

// vocatives links a name addressed in a sentence ("Sabrina, did you ...")
// to the first second-person pronoun of that sentence.
func (c *clusters) vocatives() {
	for i, m := range c.ms {
		if m.kind != proper || m.coord || c.sentence(m).Tokens[m.Head].Rel != "vocative" {
			continue
		}
		for _, j := range c.order[m.Sentence] {
			if a := c.ms[j]; a.kind == pronoun && a.person == 2 {
				c.merge(j, i)
				break
			}
		}
	}
}

// placeQualifier returns the token heading the place that qualifies the
// name headed by token h after a comma, or -1: "Portland, Oregon",
// "Dhaka, Bangladesh" are one phrase, as GUM marks them, however the
// parser attached the place (a conjunct, an apposition). The place is a
// known one (ner.Place), one name right after h's own words, and no
// coordination: "China, Vietnam and Laos" is a list.
func placeQualifier(text string, s doc.Sentence, kids [][]int, h int) int {
	if s.Tokens[h].UPOS != "PROPN" {
		return -1
	}
	k := -1
	for _, c := range kids[h] {
		switch s.Tokens[c].Rel {
		case "conj", "appos":
			if c > h {
				if k >= 0 {
					return -1 // a list
				}
				k = c
			}
		}
	}
	if k < 2 || s.Tokens[k].UPOS != "PROPN" || s.Tokens[k-1].Form != "," {
		return -1
	}
	for i := h + 1; i < k-1; i++ {
		if s.Tokens[i].UPOS != "PROPN" || s.Tokens[i].Head-1 != h {
			return -1
		}
	}
	end := k
	for _, c := range kids[k] {
		switch s.Tokens[c].Rel {
		case "flat", "compound":
			end = max(end, c)
		case "punct":
		default:
			return -1 // "Sweden, Poland and ...", "Clearwater, Florida's ..."
		}
	}
	if end+1 < len(s.Tokens) {
		switch strings.ToLower(s.Tokens[end+1].Form) {
		case "and", "or", "&":
			return -1
		}
	}
	if ner.Place(text[s.Tokens[k].Start:s.Tokens[end].End]) == "" {
		return -1
	}
	return k
}
