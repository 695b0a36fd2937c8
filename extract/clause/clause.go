// Package clause finds the clauses of dependency-parsed sentences and turns
// them into open information extraction tuples: (subject; relation;
// argument [; more arguments]), each part a span of the sentence's tokens.
//
// It works on Universal Dependencies trees (doc.Token Head and Rel, UPOS,
// Lemma) and handles verbal predicates with their auxiliaries, negation and
// particles; copular (nominal and adjectival) predicates; passive subjects and
// agents; open clausal complements merged into the relation ("decided to step
// down"); clausal complements ("said that ..."); obliques with their
// prepositions; coordination of predicates (shared subjects) and of
// arguments (one tuple per conjunct, but names joined by "&" are one
// name); relative and participial clauses
// (the modified noun as subject or object); and appositions (X is Y).
//
// The output follows the conventions of the CaRB benchmark: adverbs inside
// the verb group and the preposition of an oblique argument belong to the
// relation ("is first mentioned in"); bare participles take a form of "be"
// ("commissioners sent to the army": were sent to); a subject pronoun of a
// dependent clause is replaced by the governing clause's subject, except
// in a clausal complement, whose words are reported ("said he is n't
// talking": he); further obliques (time, place) are extra arguments;
// implicit relations are read
// from appositions, titles, possessives and prepositional modifiers. A
// copular adjective takes its infinitive or its preposition into the
// relation as a predicate noun takes its complement ("was able to control |
// his instincts", "is subject to | approval", "was an influence on | X"); an
// adverb is the argument of a verb that has no other ("the skirts became |
// longer"); a name's indefinite description is an apposition however the
// parse attaches it ("Cashel Byron , a world champion prizefighter").
// Conjoined obliques give one tuple each ("lived in Paris and London");
// a verb without other arguments takes an adverbial clause ("awoke | when
// a meteorite hit the Earth", "can be relieved by | changing the
// system"), a verb with an object takes one of time, cause or condition
// as a further argument, but not a concession ("though ...", "despite
// X"); a where- or when-clause takes the place or time
// it speaks of ("the house where he was born": was born in | the house);
// a modifier set off by commas stays out of a subject ("First Security ,
// with $ 5.4 billion in assets , said"), and "one of X , NAME ," is NAME;
// conjoined participles and infinitives share the auxiliaries or the
// governing verb ("was sold and renamed", "decided to clean X and plant
// Y"); a gerund after a preposition joins its governor ("is charged with
// reviewing"); an object and its open complement are one argument
// ("required | insiders to file their transactions"); an infinitive
// modifying a noun of plan or decision takes the noun as subject and "be
// to" ("plans to add two models": plans | are to add | two models; not "a
// chance to ride"), and so does an
// adjective phrase after its noun with "be" ("individuals familiar with
// the situation": individuals | are familiar with | the situation); an
// infinitive
// extraposed after an expletive subject completes the adjective as an
// open complement does ("It is necessary to climb | embankments"); a
// title reading takes an indefinite article unless it names
// a unique office ("author Bill Bryson": is | an author); what a known
// place has is in it ("Japan 's FTC": FTC | is in | Japan), unless it is
// an action or share of something ("Wellington 's invasion of France").
//
// Parses that strand a subject are read as the sentence has it: an
// apposition of a fronted oblique running into the verb is its subject, a
// second subject cut off by a comma belongs to the fronted clause, a clause
// spliced on by a comma is no complement, and "he", "she", "they" or an
// "it" that is no placeholder for a later clause after a fronted adverbial
// clause stands for that clause's subject. A clause told
// to an object ("alerts the FBI that ...") is a further argument, as are a
// fronted adverb of time and "a year later"; a bare wh-word is no argument
// or subject. A that-clause extraposed after an adjective with a placeholder
// "it" is the subject ("It is likely that X": that X | is | likely).
//
// Negated and modal clauses are extracted and marked (Negated, Modal), so a
// caller that asserts facts can drop them while a benchmark sees them.
//
// Objects keep their relative clauses ("scorned the man who trembled"),
// but a verb's object leaves a which-clause to its own tuple.
// Second readings (Extraction.Second) follow the first ones: implicit
// relations in the other tense, the weak noun-modifier and possessive
// readings ("a statue of X": a statue is of X; "Ukraine's ministry":
// Ukraine has a ministry), clauses without an argument (CaRB has
// one-argument tuples), the object inside the relation with an
// oblique as argument ("had responsibility for | an army"), the plain
// copular reading of "was an influence on X", a personal pronoun subject
// read as the nearest earlier subject, a possessive pronoun read the same
// way ("King ... her grandmother": King has a grandmother) or, with no noun
// subject before it, as the agreeing pronoun subject ("He could control his
// instincts": He has instincts), a relative
// pronoun the parse ties to no noun read as the nearest noun before it, and
// predicates the parse gives no subject with a guessed one (the governing
// clause's subject, or the noun the clause modifies).
//
// Weak readings come last: every tuple again with its arguments' whole
// subtrees (coordination, relative clauses and appositions kept) and with
// the words of its object up to a nested argument in the relation
// ("enlists his friends to travel to | Japan"), copular and appositive
// tuples with their arguments swapped, an adjective or participle as a
// predicate ("the rare cryptantha": cryptantha is rare) and a definite
// of-phrase as a possession ("the dogmas of the Church": the Church has
// dogmas). They add recall at the end of the precision–recall curve, where
// CaRB credits each gold tuple with its best match.
//
// Confidence is the mean of a logistic score and of 50 boosted regression
// trees (trees.go) over the pattern and the shape of the tuple, both fitted
// to the share of matching words on CaRB tuning sentences, so that a higher
// confidence means a more precise tuple. Second readings are
// scored the same way and then mapped below every first reading, so they
// only extend the precision–recall curve; weak readings are not scored by
// the model but take fixed confidences below those (the whole-subtree ones
// and chained ones in the order of their source).
//
// On the CaRB tuning sentences (../shared/openie) the extractor scores F1
// 0.561 (precision 0.650, recall 0.494 at the best threshold) and AUC 0.453
// with CaRB's matcher; the confidence model is fitted on the even-numbered
// sentences (now F1 0.559, AUC 0.446), the odd ones check it (F1 0.565,
// AUC 0.459).
package clause

import (
	"math"
	"sort"
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
)

// Part is a contiguous phrase of a sentence: tokens [From, To) (0-based
// indexes into Sentence.Tokens) around a head token.
type Part struct {
	Head     int
	From, To int
	Text     string // the original text from the first token's start to the last token's end
	Prep     string // for obliques: the preposition, lowercased ("from")
	// implied marks a Prep the sentence does not say before the phrase
	// ("the house where he was born": in the house); an argument
	// after the first shows it.
	implied bool
	// shared is the determiner or owner a conjunct takes from the
	// first conjunct ("The Noh 's nature and background": The Noh 's
	// background), said before Text in the tuple.
	shared string
}

// said returns the part's text in a tuple, with what it shares.
func (p Part) said() string {
	if p.shared != "" && p.Text != "" {
		return p.shared + " " + p.Text
	}
	return p.Text
}

// Extraction is one tuple.
type Extraction struct {
	Subject  Part
	Relation string // surface relation: auxiliaries, negation, verb, particles, merged complements ("has decided to step down")
	Lemma    string // normalized: lemma + particle (+ the preposition of an oblique object), e.g. "step down from"
	Object   Part   // the first argument after the relation; Object.Text may include a preposition; empty (From == To) in a second reading of a clause without argument
	Extra    []Part // further arguments (obliques)
	// Article is the indefinite article a title reading's object takes
	// in the tuple's text though the sentence has none ("author Bill
	// Bryson": Bill Bryson | is | an author); Object.Text stays the
	// sentence's words.
	Article string
	Pred    int // token index of the predicate
	RelFrom int // token range of the relation's main words
	RelTo   int
	Negated bool
	Modal   bool // would, could, may, might, should, must, can
	Kind    string
	// participle marks a bare participle given a form of "be".
	participle bool
	// Second marks a second reading of words a first reading covers
	// (another tense, another argument split, a guessed subject): its
	// confidence is below that of every first reading.
	Second bool
	// weak marks a reading of words no clause states (an adjective read
	// as a predicate): its confidence is below that of every second one.
	weak bool
	// Confidence is a score in 0..1 from the pattern and the arguments.
	Confidence float64
	// tuples is the number of first readings of the sentence.
	tuples int
}

// Args returns the arguments' texts in order: subject, object (with its
// article), extras.
func (e Extraction) Args() []string {
	obj := e.Object.said()
	if e.Article != "" {
		obj = e.Article + " " + obj
	}
	args := []string{e.Subject.said(), obj}
	for _, x := range e.Extra {
		if x.implied && x.Prep != "" {
			args = append(args, x.Prep+" "+x.said())
			continue
		}
		args = append(args, x.said())
	}
	return args
}

// Extraction kinds.
const (
	Verbal     = "verb"  // subject–verb–object
	Copular    = "cop"   // X is Y
	Oblique    = "obl"   // X verbs (prep) Y
	Complement = "ccomp" // X said (that) ...
	Apposition = "appos" // X, Y, ...
	Passive    = "passive"
	Possessive = "poss"    // X's Y: X has Y
	Title      = "title"   // Foreign Minister X: X is Foreign Minister
	Modifier   = "nmod"    // a statue of X: a statue is of X
	Place      = "place"   // Tampa , Florida: Tampa is in Florida
	Example    = "example" // fruits such as apples: fruits are such as apples
)

type tree struct {
	s    *doc.Sentence
	text string
	kids [][]int // children of each token, in order
	// guess allows guessed subjects (second readings).
	guess bool
}

func newTree(s *doc.Sentence, text string) *tree {
	t := &tree{s: s, text: text, kids: make([][]int, len(s.Tokens))}
	for i, tok := range s.Tokens {
		if h := tok.Head - 1; h >= 0 && h < len(s.Tokens) && h != i {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

func (t *tree) rel(i int) string { return t.s.Tokens[i].Rel }

// base is the relation without its subtype ("nsubj:pass" → "nsubj").
func base(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

func (t *tree) child(i int, rels ...string) int {
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel(k) == r {
				return k
			}
		}
	}
	return -1
}

func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		for _, r := range rels {
			if t.rel(k) == r {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

func (t *tree) lower(i int) string { return strings.ToLower(t.s.Tokens[i].Form) }

func (t *tree) lemma(i int) string {
	tok := t.s.Tokens[i]
	if tok.Lemma != "" && tok.Lemma != "_" {
		return strings.ToLower(tok.Lemma)
	}
	return strings.ToLower(tok.Form)
}

// phrase returns the span of i's subtree, leaving out children whose
// relation skip says to drop, and trimming punctuation at the edges.
func (t *tree) phrase(i int, skip func(k int) bool) Part {
	in := make([]bool, len(t.s.Tokens))
	var walk func(n int)
	walk = func(n int) {
		in[n] = true
		for _, k := range t.kids[n] {
			if n == i && skip != nil && skip(k) {
				continue
			}
			if n != i && skip != nil && t.rel(n) == "conj" && t.ampName(t.s.Tokens[n].Head-1) {
				// The last name of "Delta & Pine , the seed producer":
				// the apposition is the whole name's.
				switch base(t.rel(k)) {
				case "appos", "acl", "parataxis":
					continue
				}
			}
			walk(k)
		}
	}
	walk(i)
	// Keep the contiguous run around the head.
	from, to := i, i+1
	for from > 0 && in[from-1] {
		from--
	}
	for to < len(t.s.Tokens) && in[to] {
		to++
	}
	// Quotes stay when both are inside: (the `` Five Lucky Stars '').
	quotes := 0
	for k := from; k < to; k++ {
		if t.isQuote(k) {
			quotes++
		}
	}
	for from < i && t.s.Tokens[from].UPOS == "PUNCT" && (quotes%2 == 1 || !t.isQuote(from)) {
		if t.isQuote(from) {
			quotes--
		}
		from++
	}
	for to-1 > i && t.s.Tokens[to-1].UPOS == "PUNCT" && (quotes%2 == 1 || !t.isQuote(to-1)) {
		if t.isQuote(to - 1) {
			quotes--
		}
		to--
	}
	// A quote opened inside and closed right after: (This `` 1-in-200
	// year event '').
	if quotes%2 == 1 {
		switch {
		case to < len(t.s.Tokens) && t.isQuote(to):
			to++
		case from > 0 && t.isQuote(from-1):
			from--
		default:
			// A quoted title the parse splits ("`` Gladiators : Train 2
			// Win ''"): the phrase runs to the closing quote if it
			// follows within a few words.
			if c := t.closingQuote(from, to); c >= 0 {
				to = c + 1
			}
		}
	}
	return t.part(i, from, to)
}

func (t *tree) part(head, from, to int) Part {
	toks := t.s.Tokens
	return Part{Head: head, From: from, To: to, Text: t.text[toks[from].Start:toks[to-1].End]}
}

var modals = map[string]bool{"would": true, "could": true, "may": true, "might": true, "should": true, "must": true, "can": true, "shall": true, "ought": true, "'d": true}

func isRelPronoun(t *tree, i int) bool {
	switch t.lower(i) {
	case "that":
		return t.s.Tokens[i].XPOS != "DT" // not the demonstrative: "That amounts to ..."
	case "who", "which", "whom", "whose", "where", "when":
		return true
	}
	return false
}

// Extract returns the tuples of one parsed sentence; text is the text the
// token spans index. Sentences without a parse yield nothing.
func Extract(s *doc.Sentence, text string) []Extraction {
	if len(s.Tokens) == 0 || s.Tokens[0].Head < 0 {
		return nil
	}
	s = frontedParticiple(s)
	s = invertedPassive(s)
	s = participleRoot(s)
	s = bareConjunct(s)
	s = hungRelative(s)
	s = basedOn(s)
	t := newTree(s, text)
	var out []Extraction
	var bare []int // predicates without a subject
	for i, tok := range s.Tokens {
		if t.isPredicate(i) {
			es := t.clause(i)
			if len(es) == 0 {
				bare = append(bare, i)
			}
			out = append(out, es...)
		}
		if tok.Rel == "nmod:poss" && (tok.UPOS == "PROPN" || tok.UPOS == "NOUN") {
			if e, ok := t.possessive(i); ok {
				if tok.UPOS == "PROPN" && ner.Place(e.Subject.Text) == e.Subject.Text && !t.ofNoun(e.Object.Head) {
					// "Japan 's FTC", "Italy 's largest bank": what a
					// place has is in it; not an action or share of
					// something ("Wellington 's invasion of France").
					in := e.Object
					if h := e.Object.Head; t.rel(h) == "appos" && t.s.Tokens[h].Head-1 < h && isNominal(t.s.Tokens[t.s.Tokens[h].Head-1].UPOS) {
						// "BNL , Italy 's largest bank": the bank it describes
						in = t.phrase(t.s.Tokens[h].Head-1, func(k int) bool { return t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
					}
					out = append(out, Extraction{Subject: in, Relation: t.be(in.Head) + " in", Lemma: "be in", Object: e.Subject,
						Pred: e.Pred, RelFrom: e.RelFrom, RelTo: e.RelTo, Kind: Place})
				}
				e.Second = true // few possessives are tuples in CaRB
				out = append(out, e, tense(e, "has", "had"))
			}
		}
		if tok.Rel == "nmod:poss" && tok.XPOS == "PRP$" {
			// "King ... her grandmother": (King; has; a grandmother)
			a := t.earlierSubject(i)
			if a < 0 {
				// "He was able to control his instincts": (He; has;
				// instincts), the pronoun subject standing for the owner.
				a = t.pronounOwner(i)
			}
			if a >= 0 {
				if e, ok := t.possessive(i); ok {
					e.Subject = t.phrase(a, func(k int) bool { return t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
					e.Second = true
					out = append(out, e, tense(e, "has", "had"))
				}
			}
		}
		if tok.Rel == "nmod" {
			out = append(out, t.examples(i)...)
		}
		if e, ok := t.placeIn(i); ok {
			out = append(out, e)
		}
		if tok.Rel == "appos" {
			if es, ok := t.apposition(i); ok {
				for _, e := range es {
					out = append(out, e, tense(tense(e, "is", "was"), "are", "were"))
				}
			}
		}
		if e, ok := t.indefiniteApposition(i); ok {
			out = append(out, e, tense(e, "is", "was"))
		}
		if e, ok := t.adjective(i); ok {
			out = append(out, e, tense(tense(e, "is", "was"), "are", "were"))
		}
		if e, ok := t.postAdjective(i); ok {
			past := e
			be, rest, _ := strings.Cut(e.Relation, " ")
			past.Relation = map[string]string{"is": "was", "are": "were"}[be] + " " + rest
			past.Second = true
			out = append(out, e, past)
		}
		if tok.Rel == "nmod" && isNominal(tok.UPOS) && t.example(i) == "" {
			if e, ok := t.nominalModifier(i); ok {
				e.Second = true
				out = append(out, e)
				if d := t.child(e.Subject.Head, "det"); e.Lemma == "be of" && t.s.Tokens[e.Subject.Head].UPOS == "NOUN" && (d < 0 || t.lemma(d) != "a") {
					// "the dogmas of the Church": (the Church; has; dogmas),
					// a weak reading; not "a pattern of abuses".
					h := e.Subject.Head
					obj := t.phrase(h, func(k int) bool {
						return k > h || t.rel(k) == "det" || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl"
					})
					w := Extraction{Subject: e.Object, Relation: "has", Lemma: "have", Object: obj, Pred: e.Pred, RelFrom: e.RelFrom, RelTo: e.RelTo,
						Kind: Possessive, Second: true, weak: true}
					out = append(out, w, tense(w, "has", "had"))
				}
			}
		}
	}
	for _, e := range t.titles() {
		out = append(out, e, tense(tense(e, "is", "was"), "are", "were"))
	}
	out = append(out, t.quotedNames()...)
	// Second readings, ranked below all first ones: predicates whose
	// subject the parse does not give, with a guessed one.
	main := len(out)
	t.guess = true
	for _, i := range bare {
		out = append(out, t.clause(i)...)
	}
	// Personal pronoun subjects read as the sentence's nearest earlier
	// subject noun ("Byers ... he criticizes": Byers criticizes).
	for _, e := range out[:main:main] {
		if a := t.earlierSubject(e.Subject.Head); a >= 0 {
			e.Subject = t.phrase(a, func(k int) bool { return t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
			e.Second = true
			out = append(out, e)
		}
	}
	// Copular tuples with the arguments swapped ("the champions were X":
	// X were the champions), weak readings: annotators write either.
	for _, e := range out[:main:main] {
		if (e.Kind == Copular || e.Kind == Apposition) && !e.Second && e.Object.To > e.Object.From && isNominal(t.s.Tokens[e.Object.Head].UPOS) && e.Lemma == "be" {
			e.Subject, e.Object = e.Object, e.Subject
			switch now := t.be(e.Subject.Head); e.Relation {
			case "is", "are":
				e.Relation = now
			case "was", "were":
				e.Relation = map[string]string{"is": "was", "are": "were"}[now]
			}
			e.Second, e.weak = true, true
			out = append(out, e)
		}
	}
	// A bare wh-word is no argument ("inconsistencies between what
	// people say": not people | say | what), nor a subject ("explain what
	// happened to Pete": not what | happened to | Pete): the free
	// relative or the relative clause it opens is the phrase, not the
	// word.
	kept := out[:0]
	for k, e := range out {
		if k < main && !e.Second && (t.bareWh(e.Object) || t.bareWh(e.Subject)) {
			continue
		}
		kept = append(kept, e)
	}
	main -= len(out) - len(kept)
	out = kept
	first := 0
	for k := range out {
		if k >= main {
			out[k].Second = true
		}
		if !out[k].Second {
			first++
		}
	}
	for k := range out {
		out[k].tuples = first
	}
	for k := range out {
		if out[k].weak {
			// Not worth the model's time: one block, present tense first.
			out[k].Confidence = weakFrom
			switch out[k].Relation {
			case "is", "are", "has":
				out[k].Confidence = weakFrom + 0.001
			}
			continue
		}
		c := confidence(&out[k], s)
		if k >= main || out[k].Second {
			out[k].Second = true
			c = tailFrom + (tailTo-tailFrom)*c
		} else {
			c = tailTo + (1-tailTo)*c
		}
		out[k].Confidence = math.Round(1000*c) / 1000
	}
	// Chained relations: words of the object up to a nested argument join
	// the relation ("enlists his friends to travel to | Japan"), as
	// annotators write complements, in the weak tier.
	for _, e := range out[:len(out):len(out)] {
		kind, _, _ := strings.Cut(e.Kind, "+")
		if e.weak || e.Object.To-e.Object.From < 3 || kind == Title || kind == Place || kind == Example {
			continue
		}
		o := e.Object
		for k := o.From + 1; k < o.To; k++ {
			switch base(t.rel(k)) {
			case "obj", "obl", "nmod", "xcomp":
			default:
				continue
			}
			if !t.under(k, o.Head) || k == o.Head {
				continue
			}
			n := t.phrase(k, nil)
			if n.To != o.To || n.From <= o.From {
				continue
			}
			from := n.From
			for from < k && (t.leads(from, k) || t.rel(from) == "fixed" && t.leads(t.s.Tokens[from].Head-1, k)) {
				from++
			}
			if from >= n.To {
				continue
			}
			c := e
			c.Relation = e.Relation + " " + strings.TrimSpace(t.text[t.s.Tokens[o.From].Start:t.s.Tokens[from-1].End])
			c.Object = t.part(k, from, n.To)
			c.Confidence = math.Round(1000*(weakFrom+0.002+0.006*(e.Confidence-tailTo)/(1-tailTo))) / 1000
			if e.Second {
				c.Confidence = weakFrom + 0.001
			}
			c.Second, c.weak = true, true
			out = append(out, c)
		}
	}
	// Maximal arguments: the whole subtrees of the subject and object
	// heads (coordination, relative clauses and appositions included), as
	// weak readings for annotators who keep them.
	for _, e := range out[:len(out):len(out)] {
		if e.weak || e.Kind == Title || e.Object.To <= e.Object.From {
			continue // titles are read from the words, not the tree
		}
		full := func(x Part) Part {
			if x.To <= x.From {
				return x
			}
			f := t.phrase(x.Head, func(k int) bool {
				switch t.rel(k) {
				case "cop", "aux", "aux:pass", "mark", "case", "cc":
					// Words of the relation stay there; a conjunct
					// starts after its conjunction.
					return k < x.From || k >= x.To
				}
				return k == e.Pred || t.under(e.Pred, k) || k >= e.RelFrom && k < e.RelTo
			})
			if f.From > x.From || f.To < x.To {
				return x // a part not built from its head's subtree
			}
			return f
		}
		s, o := full(e.Subject), full(e.Object)
		same := s.From == e.Subject.From && s.To == e.Subject.To && o.From == e.Object.From && o.To == e.Object.To
		var xs []Part
		for _, x := range e.Extra {
			f := full(x)
			if f.From != x.From || f.To != x.To {
				same = false
			}
			xs = append(xs, f)
		}
		if same {
			continue
		}
		e.Extra = xs
		if s.From < o.To && o.From < s.To {
			continue
		}
		e.Subject, e.Object = s, o
		var extra []Part
		for _, x := range e.Extra {
			if (x.To <= s.From || x.From >= s.To) && (x.To <= o.From || x.From >= o.To) {
				extra = append(extra, x)
			}
		}
		e.Extra = extra
		// Above the other weak readings, in the order of their source.
		if e.Second {
			e.Confidence = weakFrom + 0.001
		} else {
			e.Confidence = math.Round(1000*(weakFrom+0.002+0.006*(e.Confidence-tailTo)/(1-tailTo))) / 1000
		}
		e.Second, e.weak = true, true
		out = append(out, e)
	}
	final := out[:0]
	for k := range out {
		t.wholeWords(&out[k])
		// A thing is no relation of itself ("Koori English | is | Koori
		// English", from a relative pronoun resolved to its own
		// predicate): such a reading comes of a misparse.
		if x := out[k]; x.Subject.Text != "" && x.Subject.Text == x.Object.Text && len(x.Extra) == 0 {
			continue
		}
		final = append(final, out[k])
	}
	return final
}

// wholeWords widens the arguments of e over words the tokenizer split at
// a hyphen ("Afro-Guyanese", "daughter-mother"), however the parse
// attaches their halves: CaRB compares words between spaces, and half a
// word is no word of the sentence. A half that is the predicate, or in
// another argument, stays out.
func (t *tree) wholeWords(e *Extraction) {
	toks := t.s.Tokens
	parts := []*Part{&e.Subject, &e.Object}
	for i := range e.Extra {
		parts = append(parts, &e.Extra[i])
	}
	free := func(k int, self *Part) bool {
		if k == e.Pred || k >= e.RelFrom && k < e.RelTo {
			return false
		}
		for _, p := range parts {
			if p != self && k >= p.From && k < p.To {
				return false
			}
		}
		return true
	}
	for _, p := range parts {
		if p.To <= p.From {
			continue
		}
		from, to := p.From, p.To
		for from >= 2 && toks[from-1].XPOS == "HYPH" && t.glued(from-2) && t.glued(from-1) && free(from-1, p) && free(from-2, p) {
			from -= 2
		}
		for to+1 < len(toks) && toks[to].XPOS == "HYPH" && t.glued(to-1) && t.glued(to) && free(to, p) && free(to+1, p) {
			to += 2
		}
		if from != p.From || to != p.To {
			p.From, p.To = from, to
			p.Text = t.text[toks[from].Start:toks[to-1].End]
		}
	}
}

// glued reports whether token i touches token i+1 (no space between).
func (t *tree) glued(i int) bool {
	toks := t.s.Tokens
	return i >= 0 && i+1 < len(toks) && toks[i].End == toks[i+1].Start
}

// Second readings get confidences in [tailFrom, tailTo), first ones above,
// weak ones below in [weakFrom, tailFrom).
const weakFrom, tailFrom, tailTo = 0.001, 0.01, 0.05

// notQuality are adjectives that quantify, order or place in time rather
// than describe ("many lakes", "last year", "the former minister").
var notQuality = map[string]bool{
	"many": true, "few": true, "several": true, "much": true, "more": true, "most": true, "less": true, "least": true,
	"other": true, "such": true, "same": true, "own": true, "last": true, "next": true, "first": true, "former": true,
	"latter": true, "late": true, "certain": true, "various": true, "only": true, "whole": true, "entire": true,
	"previous": true, "future": true, "current": true, "second": true, "third": true, "final": true, "new": true,
}

// adjective reads an adjective (or a past participle) modifying a noun as a
// weak tuple: "the rare and endemic cryptantha" (cryptantha; is; rare and
// endemic), "the injured player" (player; was; injured). Annotators write
// few of them, so they rank last.
func (t *tree) adjective(a int) (Extraction, bool) {
	tok := t.s.Tokens[a]
	h := tok.Head - 1
	if tok.Rel != "amod" || tok.UPOS != "ADJ" && tok.XPOS != "VBN" || h < 0 || !isNominal(t.s.Tokens[h].UPOS) || t.s.Tokens[h].UPOS == "PRON" {
		return Extraction{}, false
	}
	if t.child(h, "cop", "nsubj", "nsubj:pass") >= 0 || t.child(a, "conj") < 0 && notQuality[t.lemma(a)] {
		return Extraction{}, false // the head is a predicate, or the adjective says no quality
	}
	subj := t.phrase(h, func(k int) bool {
		return k == a || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" || base(t.rel(k)) == "nmod"
	})
	obj := t.phrase(a, nil)
	if subj.From >= subj.To || obj.From >= obj.To || obj.From < subj.To && obj.To > subj.From {
		return Extraction{}, false
	}
	return Extraction{Subject: subj, Relation: t.be(h), Lemma: "be", Object: obj,
		Pred: a, RelFrom: a, RelTo: a, Kind: Copular, Second: true, weak: true}, true
}

// postAdjective reads an adjective phrase after its noun, with a
// prepositional complement, as the relative clause it stands for:
// "individuals familiar with the situation" (individuals; are familiar
// with; the situation), "people close to the talks". Unlike an adjective
// before its noun, such a phrase predicates: it says what the noun is
// (in the present tense, as annotators write implicit relations).
func (t *tree) postAdjective(a int) (Extraction, bool) {
	tok := t.s.Tokens[a]
	h := tok.Head - 1
	if tok.Rel != "amod" || tok.UPOS != "ADJ" || h < 0 || h > a || !isNominal(t.s.Tokens[h].UPOS) || t.s.Tokens[h].UPOS == "PRON" {
		return Extraction{}, false
	}
	o := -1
	for _, k := range t.kids[a] {
		if k > a && base(t.rel(k)) == "obl" && t.child(k, "case") >= 0 && isNominal(t.s.Tokens[k].UPOS) {
			o = k
			break
		}
	}
	if o < 0 {
		return Extraction{}, false
	}
	c := t.child(o, "case")
	words := []int{}
	for _, k := range t.kids[a] {
		if t.rel(k) == "advmod" && k < a {
			words = append(words, k)
		}
	}
	words = append(words, a)
	for k := a + 1; k < c; k++ {
		if t.s.Tokens[k].Head-1 != a || t.rel(k) != "advmod" {
			return Extraction{}, false // words between the adjective and its preposition
		}
		words = append(words, k)
	}
	words = append(words, c)
	subj := t.phrase(h, func(k int) bool {
		return k == a || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl"
	})
	obj := t.phrase(o, func(k int) bool { return k == c || t.objSkip(k) })
	if subj.To > a || obj.From <= c || obj.To <= obj.From {
		return Extraction{}, false
	}
	rel := t.be(h) + " " + t.words(words)
	return Extraction{Subject: subj, Relation: rel, Lemma: "be " + t.lemma(a) + " " + t.lower(c), Object: obj,
		Pred: a, RelFrom: words[0], RelTo: c + 1, Kind: Copular + "+acl"}, true
}

// earlierSubject returns, for a personal or possessive pronoun s, the nearest noun
// before it that is a subject (else a proper noun), or -1.
func (t *tree) earlierSubject(s int) int {
	if t.rel(s) == "expl" {
		return -1
	}
	switch t.lower(s) {
	case "he", "she", "it", "they", "his", "her", "its", "their":
	default:
		return -1
	}
	name := -1
	for i := s - 1; i >= 0; i-- {
		tok := t.s.Tokens[i]
		if tok.UPOS != "NOUN" && tok.UPOS != "PROPN" || tok.Rel == "compound" || tok.Rel == "flat" {
			continue
		}
		if base(tok.Rel) == "nsubj" {
			return i
		}
		if name < 0 && tok.UPOS == "PROPN" {
			name = i
		}
	}
	return name
}

// guessSubject finds a subject for predicate p when the parse gives none:
// the subject of the nearest governing clause, or the noun a clause
// modifies.
func (t *tree) guessSubject(p int) []int {
	// "Having returned to X , they gained Y" parsed with the main clause
	// hanging from the participle: the subject of that clause.
	for _, c := range t.children(p, "parataxis") {
		if c > p {
			for _, n := range t.children(c, "nsubj", "nsubj:pass") {
				if !isRelPronoun(t, n) && t.s.Tokens[n].XPOS != "PRP$" {
					return t.expand([]int{n})
				}
			}
		}
	}
	for a, steps := t.s.Tokens[p].Head-1, 0; a >= 0 && steps < len(t.s.Tokens); a, steps = t.s.Tokens[a].Head-1, steps+1 {
		for _, n := range t.children(a, "nsubj", "nsubj:pass") {
			if !isRelPronoun(t, n) && t.s.Tokens[n].XPOS != "PRP$" && t.s.Tokens[n].XPOS != "WP" {
				return t.expand([]int{n})
			}
		}
		if isNominal(t.s.Tokens[a].UPOS) && t.s.Tokens[a].UPOS != "PRON" {
			return []int{a}
		}
	}
	return nil
}

// prepositional are participles English uses as prepositions
// ("excluding the special editions", "given the risk").
var prepositional = map[string]bool{
	"excluding": true, "including": true, "following": true, "regarding": true, "concerning": true,
	"considering": true, "barring": true, "pending": true, "given": true, "compared": true,
	"according": true, "beginning": true, "starting": true,
}

// isPredicate says whether token i heads a clause.
func (t *tree) isPredicate(i int) bool {
	tok := t.s.Tokens[i]
	if tok.Rel == "xcomp" && t.mergesXcomp(tok.Head-1, i) {
		return false // part of its governor's relation
	}
	// A word with a copula or a subject of its own heads a clause whatever
	// its relation says (parsers label some relative clauses amod).
	if t.child(i, "cop") >= 0 || (t.child(i, "nsubj", "nsubj:pass") >= 0 && tok.Rel != "compound") {
		return true
	}
	switch tok.Rel {
	case "amod", "compound", "case", "det", "fixed", "flat", "goeswith", "reparandum", "discourse", "aux", "aux:pass", "cop", "mark", "punct":
		return false
	}
	if tok.Rel == "advcl" && i < tok.Head-1 && (tok.XPOS == "VBG" || tok.XPOS == "VBN") && prepositional[t.lower(i)] && len(t.children(i, "aux", "aux:pass", "nsubj", "nsubj:pass")) == 0 {
		// "Excluding the special editions , the Ram came in three
		// colors": a fronted participle used as a preposition says
		// nothing the main subject does. After its clause it may
		// complete the predicate ("was flat compared with").
		return false
	}
	if f := t.lower(i); (f == "provided" || f == "providing") && tok.Rel != "root" && len(t.children(i, "nsubj", "nsubj:pass", "aux", "aux:pass", "obj", "iobj")) == 0 {
		// "each club may keep its own rules , provided that they
		// coincide with the spirit of the game": a conditional
		// conjunction, no predicate of the main subject; the clause
		// after it has its own.
		if c := t.child(i, "ccomp", "advcl"); c > i {
			if m := t.child(c, "mark"); m < 0 || t.lower(m) == "that" {
				return false
			}
		}
	}
	if tok.UPOS == "VERB" {
		// An xcomp merged into its governor's relation is not a clause of its own.
		if tok.Rel == "xcomp" && t.mergesXcomp(tok.Head-1, i) {
			return false
		}
		return true
	}
	return false
}

// mergesXcomp reports whether governor g's open complement x joins g's
// relation ("decided to step down"): g has no object of its own.
func (t *tree) mergesXcomp(g, x int) bool {
	if g >= 0 && t.adjectiveXcomp(g) == x {
		return true
	}
	if g < 0 || t.s.Tokens[g].UPOS != "VERB" {
		return false
	}
	if t.child(g, "obj", "iobj") >= 0 {
		return false
	}
	// "continues to be influential": a copular complement joins too.
	return t.s.Tokens[x].UPOS == "VERB" || t.child(x, "cop") >= 0 && t.child(x, "nsubj", "nsubj:pass") < 0
}

// infinitiveOf returns the noun an infinitive p modifies ("plans to add
// two models", "the decision to withdraw"), or -1. A noun after an
// ordinal or a superlative takes an infinitive that says what it did ("the
// first woman to land X"), not what it is for, and is left out.
func (t *tree) infinitiveOf(p int) int {
	h := t.s.Tokens[p].Head - 1
	if t.rel(p) != "acl" || t.s.Tokens[p].XPOS != "VB" || h < 0 || h > p || t.s.Tokens[h].UPOS != "NOUN" {
		return -1
	}
	if m := t.child(p, "mark"); m < 0 || t.lower(m) != "to" || t.child(p, "case", "nsubj", "nsubj:pass") >= 0 {
		return -1
	}
	if !intentions[t.lemma(h)] {
		return -1 // "a chance to ride the bus": no chance rides
	}
	for _, a := range t.children(h, "amod") {
		switch t.lower(a) {
		case "first", "only", "last", "next":
			return -1
		}
		if t.s.Tokens[a].XPOS == "JJS" || strings.Contains(t.s.Tokens[a].Feats, "NumType=Ord") {
			return -1
		}
	}
	return h
}

// objectXcomp returns the open complement of verb g that completes its
// object ("required insiders | to file", "keep the viaduct |
// operational"), or -1: an xcomp after a single object (no conjuncts,
// no relative word) that does not merge into the relation.
func (t *tree) objectXcomp(g int) int {
	x, o := t.child(g, "xcomp"), t.child(g, "obj")
	if x < 0 || o < 0 || o > x || t.mergesXcomp(g, x) || t.child(o, "conj") >= 0 || isRelPronoun(t, o) {
		return -1
	}
	return x
}

// adjectiveXcomp returns the infinitive that completes copular adjective
// a ("was able to control", "is likely to rise"), which joins the
// relation as a verb's open complement does; or -1.
func (t *tree) adjectiveXcomp(a int) int {
	if a < 0 || t.s.Tokens[a].UPOS != "ADJ" || t.child(a, "cop") < 0 {
		return -1
	}
	x := t.child(a, "xcomp")
	if x < 0 {
		// "It is necessary to climb embankments": an infinitive
		// extraposed after the expletive subject completes the
		// adjective as well.
		if e := t.child(a, "expl"); e >= 0 && e < a {
			x = t.child(a, "csubj")
		}
	}
	if x < a || t.s.Tokens[x].UPOS != "VERB" || t.child(x, "cop") >= 0 {
		return -1
	}
	if m := t.child(x, "mark"); m < 0 || t.lower(m) != "to" {
		return -1
	}
	return x
}

// subjects finds the subjects of predicate p: its own, or inherited through
// coordination, control and relative or participial clauses. inherited says
// which.
func (t *tree) subjects(p int) (subs []int, inherited bool, passive bool) {
	for _, k := range t.kids[p] {
		switch t.rel(k) {
		case "nsubj", "csubj", "nsubj:outer":
			if k == t.adjectiveXcomp(p) {
				k = t.child(p, "expl") // "It is necessary to climb X"
			}
			if c := t.extraposed(p); c >= 0 && k < p && t.lower(k) == "it" {
				k = c // "It is amazing that X": that X is amazing
			}
			subs = append(subs, k)
		case "nsubj:pass", "csubj:pass":
			subs = append(subs, k)
			passive = true
		}
	}
	// A "subject" with a preposition is a misparsed oblique ("In
	// October 2008 , Bond apologized").
	kept := subs[:0]
	for _, s := range subs {
		if c := t.child(s, "case"); c >= 0 && c < s && t.s.Tokens[c].UPOS == "ADP" && (len(subs) > 1 || t.punctBetween(s, p) || t.s.Tokens[t.last(s)].UPOS == "PUNCT") {
			continue
		}
		kept = append(kept, s)
	}
	subs = kept
	if len(subs) > 1 {
		// "Upon exiting Davidson Township , Sullivan County , Muncy Creek
		// enters": of two subjects before the verb, one cut off from it
		// by a comma and the other belongs to the fronted clause.
		kept := subs[:0:0]
		for _, s := range subs {
			cut := false
			for _, o := range subs {
				for i := s + 1; s < o && o < p && i < o; i++ {
					cut = cut || t.s.Tokens[i].Form == ","
				}
			}
			if !cut {
				kept = append(kept, s)
			}
		}
		subs = kept
	}
	for j, s := range subs {
		// "This year , Mr. Wathen says": a time noun read as the subject,
		// with the real subject as its apposition.
		if a := t.child(s, "appos"); a >= 0 && a > s && isNominal(t.s.Tokens[a].UPOS) && t.isTime(t.part(s, s, s+1)) {
			subs[j] = a
		}
		if a := t.child(s, "appos", "conj"); a > s && s > 0 && t.first(s) == s && t.s.Tokens[s-1].UPOS == "VERB" && t.s.Tokens[a].UPOS == "PROPN" && t.s.Tokens[t.first(a)].Form == "," && t.child(a, "cc") < 0 {
			// "following the plot to assassinate Hitler , Joseph
			// Goebbels declared": a name right after a verb ends a
			// fronted clause as its object; the name set off after it
			// (as an apposition or a conjunct without a conjunction)
			// is the subject.
			subs[j] = a
		}
		if a := t.oneOfName(s); a >= 0 {
			subs[j] = a
		}
	}
	if len(subs) > 0 {
		// "the report that Amnesty published": a relative pronoun stands
		// for the modified noun.
		for j, s := range subs {
			if h := t.s.Tokens[p].Head - 1; isRelPronoun(t, s) && h >= 0 && isNominal(t.s.Tokens[h].UPOS) {
				if g := t.s.Tokens[h].Head - 1; t.lower(s) == "who" && t.s.Tokens[h].UPOS == "NOUN" && !ner.KindOfPerson(t.lemma(h)) && t.rel(h) == "nmod" && g >= 0 && g < h && t.ofNoun(g) &&
					(t.s.Tokens[g].UPOS == "PROPN" || t.s.Tokens[g].UPOS == "NOUN") {
					// "the Moonies of the Nixon era who remained faithful":
					// "who" is a person, not the era.
					h = g
				}
				subs[j] = h
				if n := t.copularSubject(h, p); n >= 0 {
					subs[j] = n
				}
			}
		}
		return t.expand(subs), false, passive
	}
	h := t.s.Tokens[p].Head - 1
	if h < 0 {
		if n := t.strandedSubject(p); n >= 0 {
			return t.expand([]int{n}), false, false
		}
		// "Having returned to X , they gained Y" parsed with the main
		// clause under the fronted participle: its subject is the
		// participle's too.
		if x := t.s.Tokens[p].XPOS; x == "VBG" || x == "VBN" {
			for _, c := range t.children(p, "parataxis") {
				if n := t.child(c, "nsubj"); c > p && n >= 0 && n < c && !isRelPronoun(t, n) {
					return t.expand([]int{n}), true, false
				}
			}
		}
		return nil, false, false
	}
	switch t.rel(p) {
	case "conj", "advcl", "xcomp":
		if t.rel(p) == "advcl" {
			if n := t.strandedSubject(p); n >= 0 {
				// "Although in Flanders , the Flemish Region assigned
				// X": the apposition the parse hangs from the fronted
				// oblique of an adverbial clause is its subject, as
				// for a main verb.
				return t.expand([]int{n}), false, false
			}
		}
		if t.rel(p) == "xcomp" {
			if o := t.child(h, "obj"); o >= 0 {
				return []int{o}, true, false
			}
		}
		if t.rel(p) == "advcl" && t.s.Tokens[p].XPOS == "VBG" && p > 0 && p > h && t.child(p, "mark", "case", "aux", "nsubj") < 0 && t.s.Tokens[p-1].UPOS == "NOUN" && t.under(p-1, h) && t.rel(p-1) != "nsubj" && !t.isTime(t.part(p-1, p-1, p)) {
			// "ousted two residents from a panel drafting a new
			// constitution": a bare gerund right after a noun is a
			// reduced relative clause of that noun.
			return []int{p - 1}, true, false
		}
		s, _, pass := t.subjects(h)
		if t.rel(p) == "advcl" && t.child(p, "mark") >= 0 && t.finite(p) {
			return nil, false, false // "because ..." clauses name their own subject
		}
		if g, _ := t.purposeOf(p); g < 0 && t.rel(p) == "advcl" && (pass || t.child(h, "aux:pass") >= 0) && t.s.Tokens[p].XPOS == "VBG" && t.child(p, "mark", "case") >= 0 {
			// "They can be relieved only by changing that system": the
			// passive's subject is not who does the gerund's action
			// (unless the gerund joins the relation: "is charged with
			// reviewing").
			return nil, false, false
		}
		return s, true, pass && t.rel(p) == "conj"
	case "nmod", "nmod:unmarked":
		// "the champions were Crokes" parsed with the copular predicate
		// hanging from its subject.
		if t.child(p, "cop") >= 0 && t.child(p, "case") < 0 && isNominal(t.s.Tokens[h].UPOS) && h < p {
			return []int{h}, true, false
		}
	case "acl", "acl:relcl":
		if t.infinitiveOf(p) >= 0 {
			return []int{h}, true, false // "plans to add": (plans; are to add)
		}
		if v := t.adverbialGerund(p); v >= 0 {
			s, _, _ := t.subjects(v)
			return s, true, false
		}
		if t.child(p, "mark", "case") >= 0 {
			return nil, false, false // "the idea of running workshops"
		}
		if n := t.copularSubject(h, p); n >= 0 {
			return []int{n}, true, false
		}
		if n := t.describedBy(h); t.rel(p) == "acl" && n >= 0 {
			// "Fowler 's Solution , a complexion improver made from
			// arsenic": what a participle says of an indefinite
			// apposition, a predicate of the noun before it, it says
			// of that noun; a definite one may say which thing is
			// meant, and keeps it.
			return []int{n}, true, false
		}
		return []int{h}, true, false
	}
	return nil, false, false
}

// outside returns the further arguments with the words of subject subj
// cut from their end: a subject the parse hangs from a fronted adverbial
// is no part of it ("Until its acquisition by Tavistock Group , | Freebirds
// World Burrito").
func (t *tree) outside(extras []Part, subj Part) []Part {
	var out []Part
	for _, x := range extras {
		if x.From < subj.From && x.To >= subj.To {
			to := subj.From
			for to > x.From && (t.s.Tokens[to-1].UPOS == "PUNCT" || t.s.Tokens[to-1].UPOS == "CCONJ") {
				to--
			}
			if to <= x.Head {
				continue
			}
			x.To, x.Text = to, t.text[t.s.Tokens[x.From].Start:t.s.Tokens[to-1].End]
		}
		out = append(out, x)
	}
	return out
}

// commaSplice reports whether clausal complement ph of verb p is a clause
// of its own the parse hangs from p: a comma sets it off from a verb that
// reports no speech or thought, and no quotation opens it ("The city 's
// population boomed , 5 boroughs were formed"). A complement clause
// follows such a verb without a comma.
func (t *tree) commaSplice(p int, ph Part) bool {
	if ph.From <= p || reporting[t.lemma(p)] || t.isQuote(ph.From) {
		return false
	}
	for i := p + 1; i < ph.From; i++ {
		if t.s.Tokens[i].Form == "," {
			return true
		}
	}
	return false
}

// bareWh reports whether argument o is a wh-word alone, or after a
// preposition ("what", "in which").
func (t *tree) bareWh(o Part) bool {
	if o.To <= o.From || o.To-o.From > 2 || o.To-o.From == 2 && t.s.Tokens[o.From].UPOS != "ADP" {
		return false
	}
	switch t.lower(o.To - 1) {
	case "what", "which", "who", "whom":
		return true
	}
	return false
}

// inOrderTo reports whether clause k opens with "in order to" or "so as
// to": a purpose, which modifies no noun, whatever the parse attaches it
// to ("A better alternative in order to find the best results would be":
// the alternative would be).
func (t *tree) inOrderTo(k int) bool {
	for _, m := range t.children(k, "mark") {
		if f := t.child(m, "fixed"); f >= 0 && (t.lower(m) == "in" && t.lower(f) == "order" || t.lower(m) == "so" && t.lower(f) == "as") {
			return true
		}
	}
	return false
}

// restrictive reports whether c is a relative clause opened by who, whom
// or that, or by a preposition and which ("levels at which there was
// resistance"): one that says which thing is meant.
func (t *tree) restrictive(c int) bool {
	if t.rel(c) != "acl:relcl" {
		return false
	}
	f := t.first(c)
	if f < len(t.s.Tokens)-1 && t.s.Tokens[f].UPOS == "ADP" && (t.lower(f+1) == "which" || t.lower(f+1) == "whom") {
		return true
	}
	switch t.lower(f) {
	case "who", "whom", "that":
		return true
	}
	return false
}

// afterApposition reports whether conjunct c of h follows an apposition of
// h with no comma before its conjunction: it coordinates inside the
// apposition ("The Wellesley , Mass. , maker of scientific instruments
// and electronic parts said": no second subject "electronic parts"),
// while "X , the chairman , and Y said" names two.
func (t *tree) afterApposition(h, c int) bool {
	for _, a := range t.children(h, "appos") {
		if h < a && a < c {
			cc := t.child(c, "cc")
			return cc > 0 && t.s.Tokens[cc-1].Form != ","
		}
	}
	return false
}

// timeAdverbs are adverbs that place an event in time.
var timeAdverbs = map[string]bool{
	"afterward": true, "afterwards": true, "yesterday": true, "today": true, "tomorrow": true, "subsequently": true,
	"previously": true, "formerly": true, "recently": true, "currently": true, "meanwhile": true, "initially": true,
	"originally": true, "later": true, "earlier": true, "tonight": true, "nowadays": true,
}

// frontedTime reports whether adverb k of predicate p is an adverb of
// time before p's subject.
func (t *tree) frontedTime(k, p int) bool {
	if !timeAdverbs[t.lower(k)] || k > p {
		return false
	}
	s := t.child(p, "nsubj", "nsubj:pass")
	return s > k
}

// timeAgo reports whether adverb k is "ago", "later", "earlier",
// "before" or "after" measured by a time noun of its own ("a year
// later", "several thousand years ago").
func (t *tree) timeAgo(k int) bool {
	switch t.lower(k) {
	case "ago", "later", "earlier", "before", "after":
	default:
		return false
	}
	for _, n := range t.kids[k] {
		switch t.rel(n) {
		case "obl:unmarked", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:unmarked", "nmod:tmod":
			if n < k && t.isTime(t.part(n, n, n+1)) {
				return true
			}
		}
	}
	return false
}

// addressee returns the object of verb p before its clausal complement k,
// or an oblique with "to" between them ("proposed to the city council
// that ..."), or -1.
func (t *tree) addressee(p, k int) int {
	if o := t.child(p, "obj", "iobj"); o >= 0 && o < k {
		return o
	}
	for _, o := range t.children(p, "obl") {
		if c := t.child(o, "case"); o > p && o < k && c >= 0 && t.lower(c) == "to" {
			return o
		}
	}
	return -1
}

// commaBefore reports whether a comma is among the words [from, to).
func (t *tree) commaBefore(from, to int) bool {
	for i := from; i < to; i++ {
		if t.s.Tokens[i].Form == "," {
			return true
		}
	}
	return false
}

// beTo reports whether p is an infinitive predicate after a copula ("A
// better alternative would be to use the algorithm"): a verb, whose
// object is the argument ("would be to use | the algorithm").
func (t *tree) beTo(p int) bool {
	c, m := t.child(p, "cop"), t.child(p, "mark")
	return t.s.Tokens[p].UPOS == "VERB" && c >= 0 && m > c && m < p && t.lower(m) == "to"
}

// strandedSubject returns the subject of a main predicate p that the parse
// hangs from a fronted adverbial as its apposition ("Until its acquisition
// by Tavistock Group , Freebirds World Burrito had": Freebirds World
// Burrito had), or -1: an apposition inside a sentence closes with a
// comma, and a noun phrase set off by a comma from the adverbial that runs
// straight into the verb group is the verb's subject.
func (t *tree) strandedSubject(p int) int {
	toks := t.s.Tokens
	if toks[p].UPOS != "VERB" || t.child(p, "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "nsubj:outer") >= 0 {
		return -1
	}
	f := p // the first word of the verb group
	for f > 0 && toks[f-1].Head-1 == p {
		switch t.rel(f - 1) {
		case "aux", "aux:pass", "advmod":
			f--
			continue
		}
		break
	}
	if f == 0 || !isNominal(toks[f-1].UPOS) {
		return -1
	}
	for n, steps := f-1, 0; n >= 0 && n < f && steps < len(toks); steps++ {
		h := toks[n].Head - 1
		if h < 0 || h >= f {
			return -1
		}
		switch t.rel(n) {
		case "appos":
			ph := t.phrase(n, t.argSkip)
			if !isNominal(toks[n].UPOS) || toks[n].UPOS == "PRON" && isRelPronoun(t, n) || ph.To != f || ph.From == 0 {
				return -1
			}
			if toks[ph.From-1].Form != "," {
				return -1
			}
			if !t.under(n, p) || t.isTime(ph) {
				return -1
			}
			return n
		}
		n = h
	}
	return -1
}

// describedBy returns the noun before h that h, an indefinite apposition,
// describes ("Fowler 's Solution , a complexion improver"); else -1.
func (t *tree) describedBy(h int) int {
	n := t.s.Tokens[h].Head - 1
	if t.rel(h) != "appos" || !t.indefinite(h) || n < 0 || n > h || !isNominal(t.s.Tokens[n].UPOS) || t.s.Tokens[n].UPOS == "PRON" {
		return -1
	}
	return n
}

// indefinite reports whether noun h has the article a or an.
func (t *tree) indefinite(h int) bool {
	d := t.child(h, "det")
	return d >= 0 && (t.lower(d) == "a" || t.lower(d) == "an")
}

// copularSubject returns, for a common noun h that is the predicate of
// a copular clause and that relative or participial clause p modifies,
// the clause's subject: "Celeski is an Australian footballer who plays as
// a midfielder" says that Celeski plays, the footballer being Celeski;
// "the song was a track played during marriages", that the song was
// played.
// It returns -1 when h is no such predicate, when the subject is no noun
// or name, or when a modifier of h comes between h and p (the relative
// clause may be that modifier's: "the parent of the Bank , which has").
func (t *tree) copularSubject(h, p int) int {
	if t.s.Tokens[h].UPOS != "NOUN" || t.child(h, "cop") < 0 || p < h {
		return -1
	}
	// A past participle set off by a comma after the noun's by-phrase
	// says something of the work, not of its author ("the twelfth album
	// by Melvins , released in 2000").
	setOff := t.rel(p) == "acl" && t.s.Tokens[p].XPOS == "VBN" && p > 0 && t.s.Tokens[p-1].Form == ","
	for _, k := range t.kids[h] {
		if c := t.child(k, "case"); setOff && t.rel(k) == "nmod" && c >= 0 && t.lower(c) == "by" {
			continue
		}
		if k > h && k < p && (base(t.rel(k)) == "nmod" || base(t.rel(k)) == "acl" || t.rel(k) == "appos" || t.rel(k) == "conj") {
			return -1
		}
	}
	n := t.child(h, "nsubj")
	if n < 0 || n > h {
		return -1
	}
	if u := t.s.Tokens[n].UPOS; u != "NOUN" && u != "PROPN" || isRelPronoun(t, n) {
		return -1
	}
	return n
}

// antecedent returns the noun a subject pronoun s of predicate p stands
// for: the subject of a clause governing p, before s and agreeing with it
// ("The division held until May , when it broke out"); else -1.
func (t *tree) antecedent(s, p int) int {
	if t.rel(s) == "expl" {
		return -1 // "it is necessary to": no referent
	}
	var plural, person bool
	switch t.lower(s) {
	case "he", "she":
		person = true
	case "they":
		plural = true
	case "it":
	default:
		return -1
	}
	collective := false // a second pass for "they": names of groups too
	agrees := func(n int) bool {
		tok := t.s.Tokens[n]
		if n >= s || !isNominal(tok.UPOS) || tok.UPOS == "PRON" {
			return false
		}
		pl := tok.XPOS == "NNS" || tok.XPOS == "NNPS" || t.child(n, "conj") >= 0
		if known, v := t.verbNumber(n); known {
			pl = v // "Byers does not oppose": one Byers, whatever the tag
		}
		switch {
		case plural && !pl && collective && tok.UPOS == "PROPN" && t.child(n, "flat") < 0:
			// "Agen would have a run , when they defeated": a team or
			// a firm is "they" when no plural noun is.
		case plural != pl:
			return false
		case person && tok.UPOS != "PROPN" && tok.UPOS != "NOUN":
			return false
		case !person && !plural && tok.UPOS == "PROPN" && t.child(n, "flat") >= 0:
			return false // "it" for a person's name
		}
		return true
	}
	for a, steps := t.s.Tokens[p].Head-1, 0; a >= 0 && steps < len(t.s.Tokens); a, steps = t.s.Tokens[a].Head-1, steps+1 {
		if t.s.Tokens[s].Head-1 == a && (t.rel(s) == "obj" || t.rel(s) == "iobj") {
			// "the administration does n't want it to be included":
			// an object pronoun (subject of the infinitive after it)
			// is not its own clause's subject, which would say
			// "itself".
			continue
		}
		for _, n := range t.children(a, "nsubj", "nsubj:pass") {
			if agrees(n) {
				return n
			}
		}
	}
	// "Although the villages were located close to industrial sites ,
	// they were separated from them": the subject of an adverbial clause
	// fronted before the pronoun.
	if v := t.s.Tokens[s].Head - 1; v >= 0 && (person || plural || !t.placeholderIt(v)) {
		// "it" only when it is no placeholder for a clause after the
		// verb ("As X ascends , it becomes understood that").
		for _, k := range t.children(v, "advcl") {
			if k > s {
				continue
			}
			for _, n := range t.children(k, "nsubj", "nsubj:pass") {
				if agrees(n) {
					return n
				}
			}
		}
	}
	if plural && !collective {
		collective = true
		for a, steps := t.s.Tokens[p].Head-1, 0; a >= 0 && steps < len(t.s.Tokens); a, steps = t.s.Tokens[a].Head-1, steps+1 {
			for _, n := range t.children(a, "nsubj") {
				if agrees(n) {
					return n
				}
			}
		}
	}
	return -1
}

// verbNumber reports the number subject n agrees with, as the finite
// form of its verb shows it: known is false when n is no subject or the
// form shows no number ("said", "can").
func (t *tree) verbNumber(n int) (known, plural bool) {
	v := t.s.Tokens[n].Head - 1
	if v < 0 || base(t.rel(n)) != "nsubj" || t.child(n, "conj") >= 0 {
		return false, false
	}
	forms := append(t.children(v, "aux", "aux:pass", "cop"), v)
	f := forms[0] // the first auxiliary carries the agreement
	switch t.s.Tokens[f].XPOS {
	case "VBZ":
		return true, false
	case "VBP":
		return true, true
	}
	switch t.lower(f) {
	case "was":
		return true, false
	case "were":
		return true, true
	}
	return false, false
}

// ofNoun reports whether noun n takes an of-phrase ("invasion of
// France", "share of the market").
func (t *tree) ofNoun(n int) bool {
	for _, k := range t.children(n, "nmod") {
		if c := t.child(k, "case"); k > n && c >= 0 && t.lower(c) == "of" {
			return true
		}
	}
	return false
}

// pronounOwner returns the personal pronoun subject before possessive
// pronoun s that agrees with it ("he" for "his", "they" for "their"), the
// nearest one, or -1.
func (t *tree) pronounOwner(s int) int {
	want := map[string]string{"his": "he", "her": "she", "their": "they", "its": "it"}[t.lower(s)]
	for i := s - 1; i >= 0 && want != ""; i-- {
		if base(t.rel(i)) == "nsubj" && t.s.Tokens[i].UPOS == "PRON" {
			if t.lower(i) == want {
				return i
			}
			return -1
		}
	}
	return -1
}

// speaker reports whether noun c, set off by commas, is the subject of a
// reporting verb right after it that takes no complement, a parenthetical
// the parse hangs from c ("The buyers , these analysts added , could
// be"): the speaker, not a conjunct.
func (t *tree) speaker(c int) bool {
	for _, v := range t.children(c, "acl", "acl:relcl") {
		if v == c+1 && reporting[t.lemma(v)] && v+1 < len(t.s.Tokens) && t.s.Tokens[v+1].Form == "," &&
			t.child(v, "obj", "ccomp", "xcomp", "obl") < 0 && t.s.Tokens[t.first(c)].Form == "," {
			return true
		}
	}
	return false
}

// extraposed returns the that-clause extraposed after adjective predicate
// p with a placeholder "it" subject ("It is amazing that X"), whether the
// parse makes it a complement or a clausal subject, or -1.
func (t *tree) extraposed(p int) int {
	if t.s.Tokens[p].UPOS != "ADJ" || t.child(p, "cop") < 0 {
		return -1
	}
	n := t.child(p, "nsubj", "expl")
	if n < 0 || n > p || t.lower(n) != "it" {
		return -1
	}
	for _, c := range t.children(p, "ccomp", "csubj") {
		if m := t.child(c, "mark"); c > p && m >= 0 && t.lower(m) == "that" && t.first(c) == m {
			return c
		}
	}
	return -1
}

// intentions are nouns of plan and decision: what their infinitive says
// is to be done ("plans to add two models": plans are to add).
var intentions = map[string]bool{
	"plan": true, "decision": true, "proposal": true, "intention": true, "intent": true, "goal": true, "aim": true,
	"plot": true, "scheme": true, "agreement": true, "deal": true, "promise": true, "pledge": true, "order": true,
	"bid": true, "offer": true, "resolution": true, "vote": true, "commitment": true, "mission": true, "task": true,
	"move": true, "campaign": true, "program": true, "programme": true, "project": true, "strategy": true, "policy": true,
}

// placeholderIt reports whether the subject "it" of predicate v may stand
// for a clause after it: v, or an open complement of v, takes a clausal
// complement or subject ("it becomes understood that ...", "it is hard to
// say"), or v is a copula or a weather and time predicate without arguments.
func (t *tree) placeholderIt(v int) bool {
	for _, p := range append([]int{v}, t.children(v, "xcomp")...) {
		if t.child(p, "ccomp", "csubj", "csubj:pass") >= 0 {
			return true
		}
		for _, x := range t.children(p, "xcomp", "advcl") {
			if m := t.child(x, "mark"); m >= 0 && t.lower(m) == "to" && x > v {
				return true
			}
		}
	}
	return false
}

// punctBetween reports whether punctuation separates the subtree of a
// from b (a before b) at a's level: "In 2008 , Bond apologized".
func (t *tree) punctBetween(a, b int) bool {
	for i := t.last(a) + 1; i < b; i++ {
		if t.s.Tokens[i].UPOS == "PUNCT" {
			return true
		}
	}
	return false
}

// finite reports whether predicate p is a finite verb form or has a
// finite auxiliary ("before being appointed" is not finite, "because it
// was" is).
func (t *tree) finite(p int) bool {
	switch t.s.Tokens[p].XPOS {
	case "VBG", "VBN", "VB", "TO":
		for _, a := range t.children(p, "aux", "aux:pass", "cop") {
			switch t.s.Tokens[a].XPOS {
			case "VBD", "VBZ", "VBP", "MD":
				return true
			}
		}
		return false
	}
	return true
}

// expand adds the conjuncts of each head ("Zelensky and Kuleba").
func (t *tree) expand(heads []int) []int {
	var out []int
	for _, h := range heads {
		out = append(out, h)
		out = append(out, t.conjuncts(h)...)
	}
	return out
}

func (t *tree) conjuncts(h int) []int {
	if t.ampName(h) {
		return nil // "Frankenberry , Laughlin & Constable": one name
	}
	var out []int
	for _, c := range t.children(h, "conj") {
		if _, ok := t.indefiniteApposition(c); ok {
			continue // "J.E. Brown , a Republican ,": no second subject
		}
		if t.afterApposition(h, c) {
			continue
		}
		if t.speaker(c) {
			continue // "The buyers , these analysts added , could be": no second subject
		}
		if t.s.Tokens[c].UPOS == t.s.Tokens[h].UPOS || isNominal(t.s.Tokens[c].UPOS) == isNominal(t.s.Tokens[h].UPOS) {
			out = append(out, c)
			out = append(out, t.conjuncts(c)...)
		}
	}
	return out
}

// ampName reports whether h heads names joined by an ampersand
// ("Frankenberry , Laughlin & Constable", "Eli Lilly & Co"): the name of
// one firm, not a coordination to split.
func (t *tree) ampName(h int) bool {
	if t.s.Tokens[h].UPOS != "PROPN" {
		return false
	}
	for _, c := range t.children(h, "conj") {
		if t.s.Tokens[c].UPOS == "PROPN" {
			if cc := t.child(c, "cc"); cc >= 0 && t.s.Tokens[cc].Form == "&" {
				return true
			}
		}
	}
	return false
}

func isNominal(upos string) bool {
	switch upos {
	case "NOUN", "PROPN", "PRON", "NUM", "X", "SYM":
		return true
	}
	return false
}

// argSkip drops what does not belong in an argument phrase: coordination
// (split into separate tuples), relative clauses and appositions (their own
// tuples), and surrounding punctuation.
func (t *tree) argSkip(k int) bool {
	if _, ok := t.placeIn(k); ok {
		return false // "in Tampa , Florida" stays whole
	}
	if t.rel(k) == "punct" && t.isQuote(k) {
		return false // quotes around a name stay ("as `` Curtis Alerici ''"); phrase trims unpaired ones
	}
	if t.rel(k) == "conj" && t.ampName(t.s.Tokens[k].Head-1) {
		return false
	}
	if f := t.first(k); t.rel(k) == "appos" && f > 0 && t.isQuote(f) && t.s.Tokens[f-1].UPOS == "NOUN" && t.s.Tokens[k].Head-1 == f-1 {
		// "earned the nickname `` the Pavarotti of the Organ ''": a
		// quoted name right after the common noun it names stays in the
		// argument.
		return false
	}
	if f := t.first(k); t.rel(k) == "appos" && f > 0 && (t.s.Tokens[f].UPOS == "PROPN" || t.s.Tokens[f].Form == ",") && t.s.Tokens[k].UPOS == "PROPN" && t.s.Tokens[f-1].UPOS == "NOUN" && t.s.Tokens[k].Head-1 == f-1 {
		// "married the painter John Smith", "filed charges against the
		// branch 's former manager , Christopher Drogoul": a name
		// naming the common noun right before it (or before its comma)
		// stays in the argument, as annotators keep it; it is also a
		// tuple of its own (apposition).
		return false
	}
	switch t.rel(k) {
	case "conj", "cc", "acl:relcl", "appos", "punct", "parataxis", "dep":
		return true
	}
	// A clause with a subject of its own is its own tuple.
	return t.child(k, "nsubj", "nsubj:pass", "cop") >= 0 && t.child(k, "nsubj", "nsubj:pass") >= 0
}

// adverbialGerund returns the verb whose adverbial gerund p is though the
// parse hangs it from the verb's oblique, set off by a comma ("ran daily
// on a seemingly arbitrary schedule , appearing on early morning
// timeslots": the show appeared), or -1.
func (t *tree) adverbialGerund(p int) int {
	h := t.s.Tokens[p].Head - 1
	if t.rel(p) != "acl" || t.s.Tokens[p].XPOS != "VBG" || p == 0 || t.s.Tokens[p-1].Form != "," || h < 0 || !strings.HasPrefix(t.rel(h), "obl") {
		return -1
	}
	if v := t.s.Tokens[h].Head - 1; v >= 0 && t.s.Tokens[v].UPOS == "VERB" {
		return v
	}
	return -1
}

// ownVerb reports whether conjunct c of a copular predicate is a verb
// phrase of its own, with its auxiliary or in a finite or base form ("is
// nine inches long , and can jump in bounds"): a predicate of the subject
// in a tuple of its own, no second predicate of the copula.
func (t *tree) ownVerb(c int) bool {
	if t.s.Tokens[c].UPOS != "VERB" {
		return false
	}
	switch t.s.Tokens[c].XPOS {
	case "VB", "VBZ", "VBP", "VBD":
		return true
	}
	return t.child(c, "aux") >= 0
}

// objSkip is argSkip for objects, which keep their relative clauses
// ("scorned the man who trembled with fear"), as annotators write them.
func (t *tree) objSkip(k int) bool {
	if t.rel(k) == "acl:relcl" {
		return false
	}
	return t.argSkip(k)
}

// adverbRun reports whether adverb k of predicate p stands after p's
// subject in a run of p's adverbs that ends right before p ("Rockwell
// thus retroactively re-designated"): the whole run joins the relation, as
// CaRB's annotators write it, not only the last adverb. An adverb before
// an auxiliary stays out ("Thus , X is favored").
func (t *tree) adverbRun(p, k int) bool {
	n := t.child(p, "nsubj", "nsubj:pass")
	if n < 0 || n > k {
		return false
	}
	for i := k + 1; i < p; i++ {
		if t.rel(i) != "advmod" || t.s.Tokens[i].Head-1 != p || t.s.Tokens[i].UPOS != "ADV" {
			return false
		}
	}
	return true
}

// relation builds the relation of predicate p: auxiliaries, negation,
// copula, the predicate (unless nominal), particles, and merged xcomps.
//
// A copular complement ends the chain ("continues to be influential"): its
// copula joins the relation and copx is the complement's head, the argument
// of the relation; else copx is -1.
func (t *tree) relation(p int, nominal bool) (words []int, last, copx int, neg, modal bool, lemma string) {
	copx = -1
	add := func(i int) { words = append(words, i) }
	for _, k := range t.kids[p] {
		switch t.rel(k) {
		case "aux", "aux:pass":
			if k < p && !(t.lower(k) == "having" && t.s.Tokens[k].XPOS == "VBG" && t.child(p, "aux:pass") < 0) && !t.beingOnly(p, k) {
				// "Having returned to X": (returned to; X), as a past
				// tense, the way annotators write it.
				add(k)
				if modals[t.lower(k)] {
					modal = true
				}
			}
		case "advmod":
			if t.lower(k) == "not" || t.lower(k) == "n't" || t.lower(k) == "never" {
				add(k)
				neg = true
			} else if t.strandedPrep(k) || t.particleAdverb(k) {
				add(k)
			}
		case "cop":
			add(k)
		case "compound:prt":
			add(k)
		case "obl", "obj":
			if t.strandedPrep(k) {
				add(k) // "were dealt with": a particle
			}
		case "mark":
			// "Their purpose is to be fair": "to" between copulas.
			if c := t.child(p, "cop"); t.lower(k) == "to" && c >= 0 && c < k && k < p {
				add(k)
			}
		}
	}
	// Adverbs inside the verb group or right before the predicate join
	// the relation: "is first mentioned", "still influences".
	lo := p
	for _, w := range words {
		lo = min(lo, w)
	}
	for _, k := range t.kids[p] {
		if t.rel(k) == "advmod" && t.s.Tokens[k].UPOS == "ADV" && t.s.Tokens[k].XPOS != "WRB" && k < p && (k > lo || k == p-1 || t.adverbRun(p, k)) && !slicesContains(words, k) {
			add(k)
		}
		// An adverb between the verb and the preposition of its oblique
		// joins too: "relies heavily on X", "was built mainly from".
		if t.rel(k) == "advmod" && t.s.Tokens[k].UPOS == "ADV" && k > p && t.adverbBeforeOblique(p, k) && !slicesContains(words, k) {
			add(k)
		}
	}
	if !nominal {
		add(p)
		lemma = t.lemma(p)
		if prt := t.child(p, "compound:prt"); prt >= 0 {
			lemma += " " + t.lower(prt)
		}
		for _, k := range t.children(p, "advmod") {
			if t.particleAdverb(k) {
				lemma += " " + t.lower(k) // "go out"
			}
		}
		for _, k := range t.kids[p] {
			if t.strandedPrep(k) {
				lemma += " " + t.lower(k) // "deal with"
				break
			}
		}
	} else {
		lemma = "be"
	}
	last = p
	// Merge an open complement: "decided to step down".
	cur := p
	for !nominal {
		x := t.child(cur, "xcomp")
		if x < 0 && cur == p {
			x = t.adjectiveXcomp(p)
		}
		if x < 0 || !t.mergesXcomp(cur, x) {
			break
		}
		if t.child(x, "cop") >= 0 {
			for _, k := range t.kids[x] {
				switch t.rel(k) {
				case "mark", "aux", "cop":
					if k < x {
						add(k)
					}
				}
			}
			lemma += " be"
			copx = x
			break
		}
		for _, k := range t.kids[x] {
			switch t.rel(k) {
			case "mark", "aux", "compound:prt":
				add(k)
			case "advmod":
				if t.lower(k) == "not" {
					add(k)
					neg = true
				}
			}
		}
		add(x)
		lemma = t.lemma(x)
		if prt := t.child(x, "compound:prt"); prt >= 0 {
			lemma += " " + t.lower(prt)
		}
		cur, last = x, x
	}
	sort.Ints(words)
	return words, last, copx, neg, modal, lemma
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// last returns the index of the last token of i's subtree.
func (t *tree) last(i int) int {
	m := i
	for _, k := range t.kids[i] {
		if l := t.last(k); l > m {
			m = l
		}
	}
	return m
}

func (t *tree) words(idx []int) string {
	var b strings.Builder
	for n, i := range idx {
		if n > 0 {
			gap := ""
			if lo, hi := t.s.Tokens[idx[n-1]].End, t.s.Tokens[i].Start; lo < hi {
				gap = t.text[lo:hi]
			}
			if gap != "" && strings.Trim(gap, "-") == "" {
				// "well-established": a word the tokenizer split at
				// its hyphen stays one word.
				b.WriteString(gap)
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(t.s.Tokens[i].Form)
	}
	return b.String()
}

// clause extracts the tuples of predicate p.
func (t *tree) clause(p int) []Extraction {
	nominal := t.child(p, "cop") >= 0 && t.adjectiveXcomp(p) < 0 && !t.beTo(p)
	subs, inherited, passive := t.subjects(p)
	if len(subs) == 0 && t.guess {
		subs, inherited = t.guessSubject(p), true
	}
	if len(subs) == 0 {
		return nil
	}
	relWords, last, copx, neg, modal, lemma := t.relation(p, nominal)
	if len(relWords) == 0 {
		return nil
	}
	rel := t.words(relWords)
	if aux := t.sharedAux(p); aux != "" {
		rel = aux + " " + rel // "was sold to X and renamed": was renamed
	}
	g, m := t.purposeOf(p)
	if x := t.sharedXcomp(p); x >= 0 && inherited {
		// "are equipped to change X and modify Y": the conjunct of a
		// merged open complement shares its governing verb group.
		gw, _, _, _, _, _ := t.relation(t.s.Tokens[x].Head-1, false)
		var keep []int
		for _, w := range gw {
			if !t.under(w, x) {
				keep = append(keep, w)
			}
		}
		if len(keep) > 0 {
			rel = t.words(keep) + " to " + rel
		}
	}
	if g >= 0 && inherited {
		// "was opened to carry the line", "is charged with reviewing
		// the plans": the governing verb group and "to" or the
		// preposition join the relation, as CaRB writes purpose clauses
		// and a verb's gerund complement.
		gw, _, _, _, _, _ := t.relation(g, false)
		rel = t.words(gw) + " " + t.lower(m) + " " + rel
		relWords = append(append([]int(nil), gw...), append(relWords, m)...)
		sort.Ints(relWords)
	}
	var objs []Part // core arguments, each a separate tuple
	var extras []Part
	var conjOf map[int][]Part // the conjuncts of an oblique, by its head
	var wholeOf map[int]Part  // an oblique with its conjuncts, by its head
	var rangeOf map[int]Part  // the other end of a range, by the head of the first
	kind := Verbal
	// plainRel and plainObj keep the copular reading ("was | a notable
	// influence on X") when the predicate noun joins the relation.
	plainRel, plainObj := "", Part{}
	comp := -1 // the complement of a predicate noun moved into the argument
	q := -1    // the head of a nominal or adjectival predicate
	if nominal {
		q = p
	} else if copx >= 0 {
		q = copx
	}
	if q >= 0 {
		kind = Copular
		obj := t.phrase(q, func(k int) bool {
			switch t.rel(k) {
			case "nsubj", "nsubj:pass", "csubj", "cop", "aux", "aux:pass", "mark", "advcl", "obl", "obl:tmod", "advmod", "ccomp", "parataxis", "discourse", "conj", "cc":
				return true
			}
			if n := t.child(k, "nsubj", "nsubj:pass"); nominal && t.rel(k) == "acl:relcl" && n >= 0 && isRelPronoun(t, n) && t.copularSubject(q, k) >= 0 {
				// "X is an Australian footballer who plays for Y": the
				// relative clause whose subject the predicate noun is
				// says it of X in a tuple of its own (X; plays for; Y),
				// and leaves the predicate noun (X; is; an Australian
				// footballer).
				return true
			}
			return t.objSkip(k)
		})
		if t.s.Tokens[q].UPOS != "ADJ" {
			if c := t.child(q, "case"); c >= 0 && c < q {
				// "X is in Kyiv": the preposition joins the relation.
				rel += " " + t.lower(c)
				obj = t.part(q, c+1, obj.To)
				lemma += " " + t.lower(c)
			}
		}
		if nm := t.nounComplement(q); nm >= 0 && (t.s.Tokens[q].UPOS != "ADJ" || t.child(nm, "case") == q+1 && t.child(q, "advmod") < 0) {
			if c := t.child(nm, "case"); c >= 0 && c < nm && nm > q && !placeOrTime[t.lower(c)] && !t.isTime(t.phrase(nm, t.argSkip)) {
				// "was a notable influence on X": the predicate noun and
				// the preposition join the relation, X is the argument;
				// so does a bare adjective right before its preposition
				// ("is subject to X").
				pred := t.phrase(q, func(k int) bool {
					if k >= nm || k < q && t.rel(k) != "det" && t.rel(k) != "amod" && t.rel(k) != "compound" && t.rel(k) != "nummod" && t.rel(k) != "nmod:poss" {
						return true
					}
					return t.argSkip(k)
				})
				plainRel, plainObj, comp = rel, obj, nm
				rel = strings.TrimSpace(rel + " " + t.text[t.s.Tokens[pred.From].Start:t.s.Tokens[pred.To-1].End] + " " + t.lower(c))
				lemma = "be " + t.lemma(q) + " " + t.lower(c)
				o := t.phrase(nm, t.argSkip)
				objs = append(objs, t.part(nm, c+1, o.To))
				for _, cj := range t.conjuncts(nm) {
					objs = append(objs, t.phrase(cj, t.argSkip))
				}
				goto args
			}
		}
		objs = append(objs, obj)
		for _, c := range t.conjuncts(q) {
			// A conjunct with a subject of its own, passive too ("were
			// friendly , and families were known to switch"), is a
			// clause of its own, no second predicate.
			if t.child(c, "cop") < 0 && t.child(c, "nsubj", "nsubj:pass", "csubj") < 0 && !t.ownVerb(c) {
				objs = append(objs, t.phrase(c, t.argSkip))
			}
		}
		// "has been a rural seat and fairly safe for the party": an
		// adjective conjoined to a predicate noun (or a noun to an
		// adjective) is a predicate too.
		for _, c := range t.children(q, "conj") {
			u, uq := t.s.Tokens[c].UPOS, t.s.Tokens[q].UPOS
			if (u == "ADJ") != (uq == "ADJ") && (u == "ADJ" || u == "NOUN") && (uq == "ADJ" || uq == "NOUN") && t.child(c, "cop", "nsubj", "nsubj:pass") < 0 {
				objs = append(objs, t.phrase(c, t.argSkip))
			}
		}
	}
args:
	scope := last
	if q >= 0 {
		scope = q
	}
	nominal = q >= 0
	kids := t.kids[scope]
	if scope != p {
		// The governor's obliques are arguments of a merged complement
		// too ("was appointed in 1840 to command", "a point in which
		// they were unable to see").
		kids = nil
		for _, k := range t.kids[p] {
			if base(t.rel(k)) == "obl" {
				kids = append(kids, k)
			}
		}
		kids = append(kids, t.kids[scope]...)
	}
	if o := t.raisedObject(scope); o >= 0 && !nominal {
		// "will have to sell or merge hundreds of thrifts": the object
		// after the last of two verbs joined right after each other is
		// the first one's too.
		kids = append(kids[:len(kids):len(kids)], o)
	}
	for _, k := range kids {
		switch t.rel(k) {
		case "obj", "iobj":
			if !nominal && isRelPronoun(t, k) {
				// "the report that Amnesty published", "a system which he
				// patented and sold": the object is the modified noun,
				// without its relative clause.
				c := p
				for t.rel(c) == "conj" && t.s.Tokens[c].Head > 0 {
					c = t.s.Tokens[c].Head - 1
				}
				if h := t.s.Tokens[c].Head - 1; base(t.rel(c)) == "acl" && h >= 0 && isNominal(t.s.Tokens[h].UPOS) {
					objs = append(objs, t.phrase(h, func(k int) bool { return k == c || t.argSkip(k) || base(t.rel(k)) == "acl" }))
				}
			} else if !nominal && !t.strandedPrep(k) {
				if i := t.mergedIobj(scope); i >= 0 && k != i {
					continue // said with the recipient before it
				}
				ph := t.phrase(k, func(c int) bool {
					if n := t.child(c, "nsubj", "nsubj:pass", "obj"); t.rel(c) == "acl:relcl" && n >= 0 && t.lower(n) == "which" {
						return true
					}
					return t.objSkip(c)
				})
				if x := t.objectXcomp(scope); x > k && t.rel(k) == "obj" {
					// "required insiders to file transactions", "keep
					// the viaduct operational": the object and its open
					// complement are one argument, as annotators write
					// object control.
					if xp := t.phrase(x, t.argSkip); xp.From >= ph.To {
						ph = t.part(k, ph.From, xp.To)
					}
				}
				if t.mergedIobj(scope) == k {
					// "told him the whole story": the recipient and
					// the thing given are one argument, as annotators
					// write them.
					o := t.child(scope, "obj")
					op := t.phrase(o, t.objSkip)
					objs = append(objs, t.part(o, ph.From, op.To))
					continue
				}
				objs = append(objs, ph)
				for _, c := range t.conjuncts(k) {
					objs = append(objs, t.shareDet(c, t.phrase(c, t.objSkip)))
				}
			}
		case "ccomp", "csubj":
			if k == t.extraposed(p) || t.rel(k) == "csubj" && k < p && t.child(p, "nsubj", "nsubj:pass") < 0 && t.child(k, "nsubj", "nsubj:pass", "mark") < 0 {
				// A subject clause with no subject of its own
				// ("financing would consist of X") is the subject, no
				// object of its verb too; a clause with its subject
				// before a verb may be what is said ("X is n't
				// considering Y , officials said").
				continue
			}
			if !nominal || t.rel(k) == "ccomp" {
				ph := t.phrase(k, func(c int) bool {
					return t.rel(c) == "punct" && !t.isQuote(c) && (c+1 >= len(t.s.Tokens) || !t.isQuote(c+1))
				})
				if t.rel(k) == "ccomp" && t.commaSplice(p, ph) {
					continue
				}
				if o := t.addressee(scope, k); t.rel(k) == "ccomp" && !nominal && o >= 0 && !isRelPronoun(t, o) {
					// "she alerts the FBI that he is in league with X":
					// the person told is the object, what is told a
					// further argument.
					extras = append(extras, ph)
					continue
				}
				if m := t.child(k, "mark"); m >= 0 && m == ph.From {
					rel += " " + t.lower(m)
					ph = t.part(k, m+1, ph.To)
				}
				for _, c := range t.children(scope, "conj") {
					if c > k && t.conjComplement(c) && t.rel(k) == "ccomp" {
						// "said the agreement is subject to approval , and
						// that it hopes to complete": both are said.
						ph = t.part(k, ph.From, t.last(c)+1)
					}
				}
				objs = append(objs, ph)
				kind = Complement
			}
		case "xcomp":
			if t.objectXcomp(scope) == k {
				continue // part of the object's argument
			}
			if !nominal && !t.mergesXcomp(scope, k) {
				objs = append(objs, t.phrase(k, t.argSkip))
			}
		case "obl", "obl:tmod", "obl:npmod", "obl:agent", "obl:unmarked":
			if k == comp || t.strandedPrep(k) {
				continue // already the argument, or in the relation
			}
			if t.idiom(k) {
				continue // "in turn", "of course": an adverb, no argument
			}
			if _, ok := t.indefiniteApposition(k); ok {
				continue // a description of the name before it, no argument
			}
			if n := t.child(k, "nsubj", "nsubj:pass"); n >= 0 && n < k && t.child(k, "cc") >= 0 && t.child(k, "cc") < n {
				// "X are guarding Y , and relations have been at a
				// flashpoint": a conjoined clause with a subject of its
				// own that the parse hangs as an oblique is its own
				// tuple, no argument.
				continue
			}
			if c := t.child(k, "case"); c >= 0 && c < k && t.lower(c) == "despite" && (k < p || t.child(p, "obj") >= 0) {
				// "Despite plans to add models , Infiniti wo n't show
				// profits": a concession is no circumstance of a verb
				// with an object or after it, as a concessive clause
				// is not.
				continue
			}
			ph := t.phrase(k, t.argSkip)
			if m := t.child(p, "mark"); m >= 0 && m == ph.From-1 && t.child(k, "case") < 0 && t.s.Tokens[m].UPOS == "ADP" && t.isTime(ph) {
				if n := t.child(p, "nsubj", "nsubj:pass"); n > k {
					// "since 1957 she worked": the parse reads the
					// preposition of a fronted time as the clause's
					// subordinator; it is the time's.
					ph = t.part(k, m, ph.To)
					ph.Prep = t.lower(m)
				}
			}
			if c := t.child(k, "case"); c >= 0 && c < k {
				ph.Prep = t.lower(c)
				if n := t.relativeNoun(p, k); n.To > n.From && ph.From == c && ph.To == k+1 {
					// "a point in which Robin was unable": (Robin; was
					// unable; a point), the phrase keeping its span.
					n.Prep = ph.Prep
					ph = n
				}
			}
			if ph.Head == k {
				// "lived in Paris and London": each conjunct is an
				// argument of its own when the oblique is the argument.
				for _, c := range t.conjuncts(k) {
					if u := t.s.Tokens[c].UPOS; u != "NOUN" && u != "PROPN" && u != "NUM" || t.child(c, "nsubj", "nsubj:pass", "cop") >= 0 {
						continue // a clause or a word the parse misattaches
					}
					if cc := t.child(c, "case"); cc >= 0 && t.lower(cc) != ph.Prep {
						continue // "in X and from Y": another relation
					}
					cp := t.phrase(c, t.argSkip) // "engineer Tomas Berg" stays whole
					for cp.From < c && t.leads(cp.From, c) {
						cp = t.part(c, cp.From+1, cp.To) // "in Paris and in London"
					}
					cp.Prep = ph.Prep
					if conjOf == nil {
						conjOf = map[int][]Part{}
					}
					conjOf[k] = append(conjOf[k], cp)
				}
				// As a further argument the oblique keeps its conjuncts
				// ("in May and June", "at X and in Y").
				if t.child(k, "conj") >= 0 {
					w := t.phrase(k, func(a int) bool {
						return t.argSkip(a) && t.rel(a) != "conj" && t.rel(a) != "cc"
					})
					if w.From == ph.From && w.To > ph.To {
						w.Prep = ph.Prep
						if wholeOf == nil {
							wholeOf = map[int]Part{}
						}
						wholeOf[k] = w
					}
				}
			}
			if b, ok := t.rangeEnd(k, ph); ok {
				// "ranged from 8 % to 8.019 %", "fall to $ 2.8
				// trillion from $ 2.87 trillion": the other end of a
				// range is an oblique of the verb of its own.
				ph = t.part(k, ph.From, b.From)
				ph.Prep = t.lower(t.child(k, "case"))
				if rangeOf == nil {
					rangeOf = map[int]Part{}
				}
				rangeOf[k] = b
				extras = append(extras, ph, b)
				continue
			}
			extras = append(extras, ph)
		case "advmod":
			if t.frontedTime(k, p) {
				// "Afterward he has joined", "Soon afterwards , Davis
				// switched to": a fronted adverb of time is a time
				// argument, as a fronted oblique is.
				extras = append(extras, t.phrase(k, t.argSkip))
				continue
			}
			if t.timeAgo(k) {
				// "A year later , he was appointed", "was developed
				// several thousand years ago": a measure of time with
				// its adverb is a time argument.
				extras = append(extras, t.phrase(k, t.argSkip))
				continue
			}
			// "were located close to industrial sites": an adverb
			// governing an oblique joins the relation with its
			// preposition.
			for _, o := range t.children(k, "obl", "nmod") {
				c := t.child(o, "case")
				if o < k || c < 0 || c != k+1 {
					continue
				}
				ph := t.phrase(o, t.argSkip)
				ph = t.part(o, k, ph.To)
				ph.Prep = t.lower(k) + " " + t.lower(c)
				extras = append(extras, ph)
				break
			}
		}
	}
	if m := t.child(p, "mark"); !nominal && len(objs) == 0 && t.rel(p) == "acl:relcl" && m >= 0 && m < p && t.lower(m) == "that" && t.s.Tokens[p].UPOS == "VERB" &&
		t.child(p, "nsubj") > m && t.child(p, "obj", "ccomp", "xcomp", "obl", "aux:pass") < 0 {
		// "a loophole that drug businesses are exploiting", "that" read
		// as a conjunction: the relative clause lacks its object, the
		// modified noun.
		if h := t.s.Tokens[p].Head - 1; h >= 0 && h < m && isNominal(t.s.Tokens[h].UPOS) {
			objs = append(objs, t.phrase(h, func(k int) bool { return k == p || t.argSkip(k) || base(t.rel(k)) == "acl" }))
		}
	}
	if n := t.whereNoun(p); n.To > n.From {
		// "the house where her father was born", "moved to Boston ,
		// where he opened a bakery": the place is an argument (in
		// Boston).
		extras = append(extras, n)
	}
	if h := t.s.Tokens[p].Head - 1; t.rel(p) == "conj" && h >= 0 {
		// "On 12 July 2006 , Hezbollah launched X and captured Y": an
		// oblique fronted before the first conjunct's subject scopes over
		// the conjoined predicates too.
		for _, k := range t.children(h, "obl", "obl:tmod", "obl:npmod") {
			sub := t.child(h, "nsubj", "nsubj:pass")
			if sub < 0 || k > sub {
				continue
			}
			ph := t.phrase(k, t.argSkip)
			if c := t.child(k, "case"); c >= 0 && c < k {
				ph.Prep = t.lower(c)
			}
			extras = append(extras, ph)
		}
	}
	if h := t.s.Tokens[p].Head - 1; len(objs) == 0 && !inherited && !passive && t.reportsHead(p) {
		// "Sales rose , Mr. Reed argues": the parse hangs the reporting
		// verb from the reported clause, which is its object; so it
		// does a verb with its subject after it as a conjunct ("...
		// designs , says A. Rama Krishna").
		ph := t.phrase(h, func(k int) bool { return k == p || t.rel(k) == "punct" && k > p })
		if ph.To > p {
			ph = t.part(h, ph.From, min(ph.To, p))
		}
		for ph.To > ph.From+1 && t.s.Tokens[ph.To-1].UPOS == "PUNCT" && !t.isQuote(ph.To-1) {
			ph = t.part(h, ph.From, ph.To-1)
		}
		if ph.To > ph.From {
			objs = append(objs, ph)
			kind = Complement
		}
	}
	if open := t.aside(p); len(objs) == 0 && !passive && open >= 0 {
		// "The buyers , these analysts added , could be foreign
		// concerns": a reporting verb set off by commas inside the
		// clause it reports has that clause, less the aside, as object.
		objs = append(objs, t.withoutAside(p, open))
		kind = Complement
	}
	if h := t.s.Tokens[p].Head - 1; len(objs) == 0 && !inherited && !passive && t.rel(p) == "acl:relcl" && t.s.Tokens[p].UPOS == "VERB" && h >= 0 && h < p && isNominal(t.s.Tokens[h].UPOS) {
		// "a post he held": a relative clause without a relative word
		// whose verb lacks an object has the modified noun as object.
		gap := true
		for _, k := range t.kids[p] {
			if isRelPronoun(t, k) || t.s.Tokens[k].UPOS == "ADP" || t.s.Tokens[k].UPOS == "SCONJ" {
				gap = false
			}
			switch base(t.rel(k)) {
			case "xcomp", "ccomp":
				gap = false
			}
		}
		if gap {
			objs = append(objs, t.phrase(h, func(k int) bool { return k == p || t.argSkip(k) || base(t.rel(k)) == "acl" }))
		}
	}
	if len(objs) == 0 && len(extras) == 0 && q < 0 {
		// "the skirts became longer", "was passed over again": an
		// adverb after a verb without other arguments completes it.
		for _, k := range t.kids[scope] {
			if k > scope && t.rel(k) == "advmod" && !slicesContains(relWords, k) && !isRelPronoun(t, k) && len(t.kids[k]) == 0 {
				objs = append(objs, t.part(k, k, k+1))
				break
			}
		}
	}
	if len(objs) > 0 || q >= 0 {
		// "slashes her when he finds out", "is possible because we
		// release our software": a subordinate clause of time, cause or
		// condition is a further argument, of a verb or a copular
		// predicate, as annotators write it.
		for _, k := range t.kids[scope] {
			m := t.child(k, "mark")
			if w := t.child(k, "advmod"); m < 0 && w >= 0 && t.s.Tokens[w].XPOS == "WRB" {
				m = w
			}
			f := t.first(k)
			if f < m && t.s.Tokens[f].UPOS == "PUNCT" {
				f++
			}
			if k < scope || base(t.rel(k)) != "advcl" || m < 0 || m != f || !subordinators[t.lower(m)] || t.lower(m) == "as" || concessive[t.lower(m)] {
				continue // "as" may say how or while as well: not a clear adverbial
			}
			ph := t.phrase(k, nil)
			if ph.From == m && ph.To > m+1 {
				extras = append(extras, ph)
			}
		}
	}
	if len(objs) == 0 && len(extras) == 0 && q < 0 {
		// "can be relieved only by changing the system", "awoke when
		// a meteorite hit the Earth": an adverbial clause completes a
		// verb without other arguments; a preposition introducing a
		// gerund joins the relation as an oblique's does.
		for _, k := range t.kids[scope] {
			m := t.child(k, "mark")
			if w := t.child(k, "advmod"); m < 0 && w >= 0 && t.s.Tokens[w].XPOS == "WRB" {
				m = w // "when" as the parse may attach it
			}
			f := t.first(k)
			if f < m && t.s.Tokens[f].UPOS == "PUNCT" {
				f++ // ", when it broke out"
			}
			var focus []int // "only by changing": the adverb joins the relation
			for f < m && t.rel(f) == "advmod" && t.s.Tokens[f].UPOS == "ADV" && t.s.Tokens[f].Head-1 == k && len(t.kids[f]) == 0 {
				focus = append(focus, f)
				f++
			}
			if k < scope || base(t.rel(k)) != "advcl" || m < 0 || m != f {
				continue
			}
			if g, _ := t.purposeOf(k); g >= 0 {
				continue // its own tuple with this verb's relation
			}
			ph := t.phrase(k, nil)
			if len(focus) > 0 && ph.From == focus[0] {
				ph = t.part(k, m, ph.To)
			}
			if ph.From != m || ph.To <= m+1 {
				continue
			}
			w := t.lower(m)
			gerund := gerundPreps[w] && (t.s.Tokens[k].XPOS == "VBG" || strings.HasPrefix(t.s.Tokens[m+1].XPOS, "W") || t.lower(m+1) == "whether")
			if len(focus) > 0 && !gerund {
				continue
			}
			switch {
			case gerund:
				// also "depends on what he does"
				if len(focus) > 0 {
					rel += " " + t.words(focus)
				}
				rel += " " + w
				lemma += " " + w
				objs = append(objs, t.part(k, m+1, ph.To))
			case subordinators[w]:
				objs = append(objs, ph)
			}
			break
		}
	}
	if passive {
		kind = Passive
	}
	// A bare participle modifying a noun or a clause takes a form of "be".
	participle := false
	r := p
	if h := t.s.Tokens[p].Head - 1; t.rel(p) == "conj" && h >= 0 && t.s.Tokens[h].XPOS == t.s.Tokens[p].XPOS && t.child(p, "aux", "aux:pass", "cop", "nsubj", "nsubj:pass") < 0 {
		// "exploded , killing eight people and injuring 30 others": a
		// conjunct of a bare participle is one too.
		r = h
	}
	switch base(t.rel(r)) {
	case "acl", "advcl":
		if x := t.s.Tokens[r].XPOS; (x == "VBN" || x == "VBG") && t.rel(r) != "acl:relcl" && (t.child(r, "aux", "aux:pass", "cop") < 0 || t.beingOnly(r, t.child(r, "aux:pass"))) && g < 0 && t.aside(p) < 0 {
			participle = true
		}
	}
	var out []Extraction
	mk := func(subj Part, rel string, obj Part, extra []Part, lem string, k string) {
		if obj.To-obj.From == 1 && isRelPronoun(t, obj.Head) && t.s.Tokens[obj.Head].UPOS != "PRON" || obj.To-obj.From == 1 && t.s.Tokens[obj.Head].Rel == "mark" {
			return // "that" misread as an object
		}
		for i, x := range extra {
			if w, ok := wholeOf[x.Head]; ok && w.From == x.From {
				extra = append(extra[:i:i], append([]Part{w}, extra[i+1:]...)...)
			}
		}
		extra = t.outside(extra, subj)
		if obj.To > obj.From {
			// "is around nine inches long": a measure the object
			// holds is no further argument.
			var kept []Part
			for _, x := range extra {
				if x.From < obj.From || x.To > obj.To {
					kept = append(kept, x)
				}
			}
			extra = kept
		}
		e := Extraction{
			Subject: subj, Relation: rel, Lemma: lem, Object: obj, Extra: extra,
			Pred: p, RelFrom: relWords[0], RelTo: relWords[len(relWords)-1] + 1,
			Negated: neg, Modal: modal, Kind: k, participle: participle,
		}
		out = append(out, e)
	}
	for _, s := range subs {
		whole := false // a coordination "they" stands for, kept whole
		if a := t.antecedent(s, p); a >= 0 && t.rel(p) != "ccomp" && !t.conjComplement(p) && !t.reportsHead(p) && t.aside(p) < 0 {
			// "Owen and Saint-Simon were ... ; they believed": they
			// are both, the coordination whole.
			whole = t.lower(s) == "they" && t.child(a, "conj") >= 0
			// "the division ... , when it broke out": the division
			// broke out. A clausal complement keeps its pronoun:
			// its words are the ones reported ("Mr. Simonds-Gooding
			// said he is n't talking to any studios": he is n't
			// talking to); the nearest earlier subject is a second
			// reading of it.
			s = a
		}
		subj := t.phrase(s, func(k int) bool {
			// The subject of a relative or participial clause is the
			// modified noun without the clause and without its preposition;
			// a subject leaves its past participle modifier to a tuple of
			// its own ("the engineers hired by the city repaired": the
			// engineers repaired).
			switch t.rel(k) {
			case "cop", "aux", "aux:pass", "nsubj", "nsubj:pass", "mark":
				return true // the subject is itself a predicate elsewhere
			case "conj", "cc":
				if whole {
					return false
				}
			}
			if t.restrictive(k) && (t.lower(t.first(k)) == "who" || t.lower(t.first(k)) == "whom") && k != p && !(k <= p && p <= t.last(k)) && k > s && !t.commaBefore(s, t.first(k)) {
				// "a woman who used RU-486 would have to make three
				// trips": a who-clause with no comma says which one is
				// meant and stays with the subject.
				return false
			}
			return k == p || t.rel(k) == "case" || t.argSkip(k) || (base(t.rel(k)) == "acl" || k > s && t.rel(k) == "nmod") && (k <= p && p <= t.last(k) || base(t.rel(k)) == "acl" && (k > s && t.s.Tokens[k].XPOS == "VBN" || t.inOrderTo(k))) || t.parenthetical(k, s)
		})
		subj = t.shareDet(s, subj)
		if s == t.extraposed(p) {
			subj = t.phrase(s, func(k int) bool { return t.rel(k) == "punct" && !t.isQuote(k) }) // "that X"
		}
		if t.s.Tokens[subj.From].UPOS == "ADP" && subj.From < s {
			// "At Vitoria and in X , Hill corps consisted of": a fronted
			// adverbial misparsed into the subject stops at the comma.
			for i := s - 1; i > subj.From; i-- {
				if t.s.Tokens[i].Form == "," {
					subj = t.part(s, i+1, subj.To)
					break
				}
			}
		}
		second := false
		if t.s.Tokens[s].UPOS == "PRON" && isRelPronoun(t, s) {
			// A relative word the parse does not tie to a noun ("...
			// workshops for artists , which became the Trust"): the
			// nearest noun before it, as a second reading unless its
			// phrase closes right before the comma.
			a := t.nounBefore(s)
			if a < 0 {
				continue
			}
			subj = t.phrase(a, func(k int) bool { return t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
			// "the Act of 1988 , which boosted benefits": a noun phrase
			// closing right before the comma is the antecedent.
			second = !(subj.To == s-1 && t.s.Tokens[s-1].Form == ",")
		} else if t.s.Tokens[s].XPOS == "PRP$" {
			continue // a possessive read as a subject
		}
		first := len(out)
		extras := t.outside(extras, subj)
		rel := rel
		if t.infinitiveOf(p) >= 0 {
			// "the decision to withdraw tram services": (the decision;
			// was to withdraw; tram services).
			rel = t.beOf(s) + " to " + rel
		}
		if participle {
			// "commissioners sent to the army": (commissioners; were
			// sent to; the army), in the tense of the main clause.
			rel = t.beOf(s) + " " + rel
		}
		switch {
		case len(objs) > 0:
			for _, o := range objs {
				mk(subj, rel, o, extras, lemma, kind)
				if kind != Verbal && kind != Passive || o.To-o.From > 4 {
					continue
				}
				// A second reading with the object inside the relation
				// and an oblique as argument ("had responsibility for |
				// an army"), as annotators often write it.
				for i, x := range extras {
					from := x.From
					for from < x.Head && t.leads(from, x.Head) {
						from++
					}
					if x.Prep == "" || x.From < o.To || from == x.From || from >= x.To {
						continue
					}
					n := len(out)
					var rest []Part
					rest = append(rest, extras[:i]...)
					rest = append(rest, extras[i+1:]...)
					mk(subj, rel+" "+o.Text+" "+t.words(seq(x.From, from)), t.part(x.Head, from, x.To), rest, lemma+" "+x.Prep, kind)
					for k := n; k < len(out); k++ {
						out[k].Second = true
					}
					break
				}
			}

		case len(extras) > 0:
			// No object: the first oblique after the predicate (one
			// not of time if there is one) is the argument, its
			// preposition joining the relation ("was sold to"); the other
			// obliques stay extra arguments.
			first := -1
			for i, o := range extras {
				if o.From > p && (first < 0 || t.isTime(extras[first]) && !t.isTime(o)) {
					first = i
				}
			}
			if first < 0 {
				first = 0
			}
			if passive {
				// "are also known in Japan as X": a passive's as-phrase
				// is its argument before another oblique (are known as).
				for i, o := range extras {
					if o.From > p && o.Prep == "as" {
						first = i
						break
					}
				}
			}
			o := extras[first]
			b, ranged := rangeOf[o.Head]
			if w := t.phrase(o.Head, func(c int) bool {
				if t.rel(c) == "acl:relcl" {
					return !t.restrictive(c)
				}
				return t.argSkip(c)
			}); o.From > p && w.From == o.From && w.To > o.To && !t.commaBefore(o.To, w.To) && !ranged {
				// "had risen to levels at which there was resistance":
				// the argument keeps a relative clause that says which
				// thing is meant, as an object does.
				prep := o.Prep
				o = w
				o.Prep = prep
			}
			lem, r := lemma, rel
			moved := false
			if o.Prep != "" && t.isTime(o) {
				// "was readmitted in 1841": a time is no argument of the
				// verb's own; its preposition stays with it (was
				// readmitted; in 1841), as CaRB writes times.
			} else if o.Prep != "" {
				lem += " " + o.Prep
				// The case words at the start of the phrase move.
				from := o.From
				for from < o.Head && t.leads(from, o.Head) {
					from++
				}
				if from > o.From && from < o.To && o.From > p {
					r = rel + " " + t.words(seq(o.From, from))
					o = t.part(o.Head, from, o.To)
					moved = true
				} else if from == o.From && o.To <= p && !strings.Contains(o.Prep, " ") {
					// A noun that stands before the clause for its
					// oblique ("the house where he was born": was born in).
					r = rel + " " + o.Prep
				}
			}
			var rest []Part
			for i, x := range extras {
				if i != first && !(ranged && x.Head == b.Head) {
					rest = append(rest, x)
				}
			}
			k := Oblique
			if passive {
				k = Passive
			}
			mk(subj, r, o, rest, lem, k)
			if ranged && moved {
				// (bids; ranged from; 8 %) and (bids; ranged to; 8.019 %).
				mk(subj, rel+" "+b.Prep, t.part(b.Head, b.From+1, b.To), rest, lemma+" "+b.Prep, k)
			}
			if moved {
				for _, c := range conjOf[extras[first].Head] {
					mk(subj, r, c, rest, lem, k)
				}
			}
		default:
			// No argument: (the army; was not disbanded), as CaRB's
			// annotators write some clauses; a second reading.
			n := len(out)
			mk(subj, rel, Part{Head: p, From: p, To: p}, nil, lemma, kind)
			for k := n; k < len(out); k++ {
				out[k].Second = true
			}
			if kind == Passive && !participle {
				if r, o, ok := t.statePassive(p); ok {
					// A passive with no agent nor any other argument
					// whose participle an adverb modifies is a state, its
					// participle an adjective ("Their performance was
					// well received": Their performance; was; well
					// received), a first reading.
					mk(subj, r, o, nil, "be", Copular)
				}
			}
		}
		if second || t.hypothetical(p) {
			for k := first; k < len(out); k++ {
				out[k].Second = true
			}
		}
	}
	if plainRel != "" {
		// The plain copular reading, second: (X; was; a notable influence on Y).
		for _, e := range out[:len(out):len(out)] {
			if e.Kind == Copular {
				e.Relation, e.Object, e.Second = plainRel, plainObj, true
				if comp >= 0 && t.rel(comp) != "nmod" {
					// The oblique the relation took is an argument again.
					ph := t.phrase(comp, t.argSkip)
					ph.Prep = t.lower(t.child(comp, "case"))
					e.Extra = append([]Part{ph}, e.Extra...)
				}
				out = append(out, e)
				break
			}
		}
	}
	for k, e := range out {
		// "broader market indexes were virtually unchanged": an adverb
		// of degree or manner right before an adjective predicate goes
		// with it (were; virtually unchanged), as the adjective is the
		// object; one before a preposition it takes stays in the
		// relation ("is closely connected with").
		h := e.Object.Head
		a := e.Object.From - 1
		if e.Kind != Copular || e.Object.From != h || t.s.Tokens[h].UPOS != "ADJ" || a < 0 || t.rel(a) != "advmod" || t.s.Tokens[a].Head-1 != h {
			continue
		}
		w := t.lower(a)
		if !strings.HasSuffix(w, "ly") || w == "only" || !strings.HasSuffix(e.Relation, " "+t.s.Tokens[a].Form) {
			continue
		}
		out[k].Relation = strings.TrimSuffix(e.Relation, " "+t.s.Tokens[a].Form)
		out[k].Object = t.part(h, a, e.Object.To)
	}
	if participle && t.s.Tokens[p].XPOS == "VBN" {
		// "The privilege cited by Mrs. Marcos": the agent of a bare
		// past participle acted (Mrs. Marcos; cited; The privilege), as
		// annotators often write it, a second reading beside the
		// passive one.
		for _, e := range out[:len(out):len(out)] {
			if !strings.HasSuffix(e.Relation, " "+t.s.Tokens[p].Form+" by") || len(e.Extra) > 0 || e.Second || !isNominal(t.s.Tokens[e.Object.Head].UPOS) {
				continue
			}
			a := e.Object
			a.Prep = ""
			e.Subject, e.Object = a, e.Subject
			e.Relation, e.Lemma = t.s.Tokens[p].Form, strings.TrimSuffix(e.Lemma, " by")
			e.Kind, e.Second, e.participle = Verbal, true, false
			out = append(out, e)
		}
	}
	if inherited {
		// "inspired X to dub the trio", "help him catch a group": an
		// infinitive whose subject is its governor's object is a second
		// reading; annotators seldom state what is only asked or made
		// possible.
		g := t.s.Tokens[p].Head - 1
		control := t.rel(p) == "xcomp" && t.s.Tokens[p].XPOS == "VB" && g >= 0 && t.child(g, "obj", "iobj") >= 0
		for k := range out {
			out[k].Kind += "+" + base(t.rel(p))
			if control {
				out[k].Second = true
			}
		}
	}
	return out
}

// statePassive splits a bare passive p into its "be" with its negation
// ("was not") and the participle with the adverb before it ("well
// received", "entropically favored"). Without an adverb the passive
// reads as an event ("the army was not disbanded"), and stays whole.
func (t *tree) statePassive(p int) (string, Part, bool) {
	first := -1 // the first auxiliary; adverbs before it ("Thus") stay out
	for _, k := range t.kids[p] {
		if k < p && (t.rel(k) == "aux" || t.rel(k) == "aux:pass") {
			first = k
			break
		}
	}
	if first < 0 {
		return "", Part{}, false
	}
	from := p
	for from-1 > first && t.rel(from-1) == "advmod" && t.s.Tokens[from-1].Head-1 == p && len(t.kids[from-1]) == 0 && !negations[t.lower(from-1)] {
		from--
	}
	if from == p {
		// "Ely Cathedral was never vaulted": a negated passive with no
		// argument is a state too (Ely Cathedral; was never; vaulted),
		// the negation staying in the relation.
		n := p - 1
		if n <= first || t.rel(n) != "advmod" || t.s.Tokens[n].Head-1 != p || !negations[t.lower(n)] {
			return "", Part{}, false
		}
	}
	// The words between the subject and the state: auxiliaries and adverbs
	// of the participle only.
	var rel []string
	for k := first; k < from; k++ {
		if t.s.Tokens[k].Head-1 != p {
			return "", Part{}, false
		}
		switch t.rel(k) {
		case "aux", "aux:pass", "advmod":
			rel = append(rel, t.s.Tokens[k].Form)
		default:
			return "", Part{}, false
		}
	}
	return strings.Join(rel, " "), t.part(p, from, p+1), true
}

// negations are the adverbs that negate a verb group.
var negations = map[string]bool{"not": true, "n't": true, "never": true}

// idioms are fixed prepositional phrases that work as adverbs.
var idioms = map[string]bool{
	"in turn": true, "in fact": true, "in principle": true, "in general": true, "in particular": true,
	"of course": true, "at least": true, "at most": true, "at first": true, "at last": true,
	"in addition": true, "in part": true, "in effect": true, "in practice": true, "in theory": true,
	"by far": true, "at once": true, "for example": true, "for instance": true, "in short": true,
	"in all": true, "in total": true, "in return": true, "in person": true,
}

// idiom reports whether k heads a fixed prepositional phrase, a
// preposition and a bare noun with nothing else ("in turn").
func (t *tree) idiom(k int) bool {
	c := t.child(k, "case")
	return c >= 0 && c == k-1 && len(t.kids[k]) == 1 && idioms[t.lower(c)+" "+t.lower(k)]
}

// seq returns the integers [from, to).
func seq(from, to int) []int {
	out := make([]int, 0, to-from)
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

// placeOrTime are prepositions whose phrase says where or when rather
// than completing the predicate noun ("a team in the 1920s").
var placeOrTime = map[string]bool{"in": true, "at": true, "during": true, "since": true, "until": true, "after": true, "before": true, "near": true, "from": true}

// months name the months, for telling time adverbials from others.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// rangeEnd returns the phrase of the other end of a range that ends ph,
// the phrase of oblique k, a quantity ("from 8 % to 8.019 %": to 8.019
// %): a quantity under k introduced by "from" or "to", the preposition k
// has not.
func (t *tree) rangeEnd(k int, ph Part) (Part, bool) {
	c := t.child(k, "case")
	if c < 0 || c > k || !t.quantity(k) {
		return Part{}, false
	}
	for _, n := range t.children(k, "nmod") {
		m := t.child(n, "case")
		if n < k || m < 0 || m > n || m <= k || !t.quantity(n) || t.lower(m) == t.lower(c) {
			continue
		}
		if l := t.lower(m); l != "to" && l != "from" {
			continue
		}
		if l := t.lower(c); l != "to" && l != "from" {
			continue
		}
		b := t.phrase(n, t.argSkip)
		if b.From != m || b.To != ph.To {
			continue
		}
		b.Prep = t.lower(m)
		return b, true
	}
	return Part{}, false
}

// quantity reports whether noun k is a number, an amount or a share
// ("8 %", "$ 2.8 trillion", "500 shares").
func (t *tree) quantity(k int) bool {
	if t.s.Tokens[k].UPOS == "NUM" || t.s.Tokens[k].UPOS == "SYM" {
		return true
	}
	return t.child(k, "nummod") >= 0
}

// isTime reports whether an oblique is an expression of time ("in 1941",
// "on 12 July", "during the war").
func (t *tree) isTime(o Part) bool {
	if t.rel(o.Head) == "obl:tmod" {
		return true
	}
	for i := o.From; i < o.To; i++ {
		w := t.lower(i)
		if months[w] {
			return true
		}
		if len(w) == 4 && w[0] >= '1' && w[0] <= '2' && strings.Trim(w, "0123456789") == "" {
			// A year naming an edition of something ("the 2006
			// competition", "the 1992 Olympics") makes no time.
			if h := t.s.Tokens[i].Head - 1; t.rel(i) == "compound" && h > i && h < o.To && !months[t.lower(h)] {
				continue
			}
			return true
		}
	}
	switch t.lemma(o.Head) {
	case "year", "month", "week", "day", "century", "decade", "time", "period", "season", "era", "hour", "minute", "moment", "age", "winter", "summer", "autumn":
		return true
	}
	return false
}

// apposition turns "X, Y," into (X; is; Y).
func (t *tree) apposition(a int) ([]Extraction, bool) {
	h := t.s.Tokens[a].Head - 1
	if h < 0 || !isNominal(t.s.Tokens[h].UPOS) {
		return nil, false
	}
	// Only a name and a description ("Oksana Pokalchuk, head of ..."):
	// lists of names are often misparsed as appositions. A description
	// under a preposition names too ("charges against the branch 's
	// former manager , Christopher Drogoul").
	hp, ap := t.s.Tokens[h].UPOS == "PROPN", t.s.Tokens[a].UPOS == "PROPN"
	if hp && ap && roles[t.lower(a)] && !roles[t.lower(h)] {
		// "Peter Kharitonov , Deputy State Secretary of the State
		// Chancellory": a capitalized title is a description too.
		ap = false
	}
	if hp == ap || t.child(a, "case") >= 0 {
		return nil, false
	}
	if t.isTime(t.part(h, h, h+1)) {
		return nil, false // "This year , Mr. Wathen says": a misparsed subject
	}
	for p, tok := range t.s.Tokens {
		if (tok.Head == 0 || tok.Rel == "advcl") && t.strandedSubject(p) == a {
			return nil, false // the subject of the main verb
		}
	}
	if ap && !t.subjectRole(h) { // "the head of the office, Oksana Pokalchuk": the name is the subject
		h, a = a, h
	}
	obj := t.phrase(a, func(k int) bool { return k == h || t.rel(k) == "case" || t.argSkip(k) })
	if g := t.s.Tokens[a].Head - 1; t.rel(a) == "nmod" && g >= 0 && g < a && t.s.Tokens[g].UPOS == "NUM" && t.lower(g+1) == "of" && g+1 < obj.From && t.first(g) == g {
		// "One of its specialists , Steve White ,": the name is the one
		// of them (Steve White; is; One of its specialists).
		obj = t.part(a, g, obj.To)
	}
	var out []Extraction
	// "Mark and Marisa , the presenters ,": each name is a presenter.
	for _, n := range append([]int{h}, t.conjuncts(h)...) {
		if n != h && t.s.Tokens[n].UPOS != "PROPN" {
			continue
		}
		subj := t.phrase(n, func(k int) bool { return k == a || t.rel(k) == "case" || t.argSkip(k) })
		out = append(out, Extraction{Subject: subj, Relation: t.be(h), Lemma: "be", Object: obj, Pred: a, RelFrom: a, RelTo: a, Kind: Apposition})
	}
	return out, true
}

// subjectRole reports whether h, a common noun with a name in apposition
// after it, is the subject of its clause ("His elder brother , Conte
// Quinto Mazzolini , served as ..."): the description is what the clause
// is about, and stays the subject of the apposition (His elder brother;
// is; Conte Quinto Mazzolini). The noun needs an owner, as a relation to
// someone (brother, partner, son) is: a bare one is often a misparsed
// part of a name, and a post ("The head of Amnesty International ,
// Oksana Pokalchuk ,") describes the name, which stays the subject.
func (t *tree) subjectRole(h int) bool {
	return t.s.Tokens[h].UPOS == "NOUN" && strings.HasPrefix(t.rel(h), "nsubj") && t.child(h, "nmod:poss") >= 0
}

// indefiniteApposition reads "NAME , a NOUN ," as (NAME; is; a NOUN)
// whatever relation the parse gives the noun: an indefinite noun phrase
// set off by a comma right after a name describes the name ("The novel
// follows Cashel Byron , a world champion prizefighter , as ...": Cashel
// Byron is a world champion prizefighter), though parsers often attach it
// as an oblique or a conjunct. Appositions the parse labels are read by
// apposition unless both words are names.
func (t *tree) indefiniteApposition(k int) (Extraction, bool) {
	toks := t.s.Tokens
	tok := toks[k]
	d := t.child(k, "det")
	if t.lower(k) == "one" && k >= 2 && toks[k-1].Form == "," {
		// "Alan , one of the crew ,": one of a group describes too.
		if o := t.child(k, "nmod"); o < k || t.child(o, "case") != k+1 || t.lower(k+1) != "of" {
			return Extraction{}, false
		}
		d = k
	} else {
		if tok.UPOS != "NOUN" && tok.UPOS != "PROPN" && tok.XPOS != "NNP" || tok.Rel == "compound" || tok.Rel == "flat" {
			return Extraction{}, false
		}
		if d < 0 || d > k || t.lower(d) != "a" && t.lower(d) != "an" || d < 2 || toks[d-1].Form != "," {
			return Extraction{}, false
		}
	}
	if tok.Rel == "appos" && toks[tok.Head-1].UPOS != toks[k].UPOS {
		return Extraction{}, false // read by apposition
	}
	n := d - 2 // the name's last word, its head up the flat and compound links
	if toks[n].UPOS != "PROPN" {
		return Extraction{}, false
	}
	for steps := 0; (toks[n].Rel == "flat" || toks[n].Rel == "compound") && toks[n].Head > 0 && toks[n].Head-1 < d && steps < len(toks); steps++ {
		n = toks[n].Head - 1
	}
	if toks[n].UPOS != "PROPN" || t.under(n, k) || t.child(n, "case") >= 0 {
		return Extraction{}, false
	}
	obj := t.phrase(k, func(c int) bool { return t.rel(c) == "case" || t.argSkip(c) || base(t.rel(c)) == "acl" })
	if obj.From != d {
		return Extraction{}, false
	}
	// The description closes at a comma, the end of the sentence or a
	// relative clause.
	if e := obj.To; e < len(toks) && toks[e].UPOS != "PUNCT" && !isRelPronoun(t, e) {
		return Extraction{}, false
	}
	subj := t.phrase(n, func(c int) bool {
		return c >= d-1 || t.rel(c) == "case" || t.argSkip(c) || base(t.rel(c)) == "acl"
	})
	if subj.From >= subj.To || subj.To != d-1 {
		return Extraction{}, false
	}
	for c := subj.From; c < subj.To; c++ {
		if toks[c].Form == "," {
			return Extraction{}, false // a name with a description of its own
		}
	}
	return Extraction{Subject: subj, Relation: "is", Lemma: "be", Object: obj, Pred: k, RelFrom: k, RelTo: k, Kind: Apposition}, true
}

// roles are words that make a title before a name.
var roles = map[string]bool{
	"president": true, "minister": true, "secretary": true, "general": true, "attorney": true, "representative": true,
	"senator": true, "sen.": true, "rep.": true, "chairman": true, "chairwoman": true, "director": true, "head": true, "ceo": true,
	"governor": true, "gov.": true, "mayor": true, "king": true, "queen": true, "prince": true, "princess": true, "judge": true,
	"officer": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "leader": true, "commander": true,
	"chief": true, "ambassador": true, "professor": true, "prof.": true, "coach": true, "captain": true, "manager": true,
	"founder": true, "chancellor": true, "premier": true, "pope": true, "bishop": true, "archbishop": true, "lieutenant": true,
	"colonel": true, "sergeant": true, "admiral": true, "editor": true, "author": true, "analyst": true, "economist": true,
	"correspondent": true, "reporter": true, "singer": true, "actor": true, "actress": true, "player": true, "striker": true,
	"deputy": true, "vice": true, "ceo.": true, "chairperson": true, "lawyer": true, "prosecutor": true, "activist": true,
}

// be returns the form of "be" for an implicit relation about noun n: "are"
// for a plural noun, else "is" (annotators write the present tense for such
// relations even in past-tense sentences).
func (t *tree) be(n int) string {
	if x := t.s.Tokens[n].XPOS; x == "NNS" || x == "NNPS" {
		return "are"
	}
	return "is"
}

// beOf returns the form of "be" agreeing with noun n, in the tense of the
// sentence's main clause.
func (t *tree) beOf(n int) string {
	plural := false
	switch t.s.Tokens[n].XPOS {
	case "NNS", "NNPS":
		plural = true
	}
	switch t.lower(n) {
	case "they", "we", "you", "them":
		plural = true
	}
	if t.child(n, "conj") >= 0 {
		plural = true
	}
	if u := t.s.Tokens[n].UPOS; u != "NOUN" && u != "PROPN" && !singularQuantifier[t.lower(n)] {
		// "Many of the Moonies", "some of the bonds": a part of a
		// plural is plural.
		for _, k := range t.children(n, "nmod") {
			if c := t.child(k, "case"); k > n && c >= 0 && t.lower(c) == "of" && (t.s.Tokens[k].XPOS == "NNS" || t.s.Tokens[k].XPOS == "NNPS") {
				plural = true
			}
		}
	}
	past := false
	for i, tok := range t.s.Tokens {
		if tok.Head == 0 {
			// A past participle with no auxiliary is a past tense the
			// tagger misread ("Billboard ranked the album").
			past = tok.XPOS == "VBD" || tok.XPOS == "VBN" && len(t.children(i, "aux", "aux:pass", "cop")) == 0
			for _, a := range t.children(i, "aux", "aux:pass", "cop") {
				if t.s.Tokens[a].XPOS == "VBD" {
					past = true
				}
			}
			break
		}
	}
	switch {
	case past && plural:
		return "were"
	case past:
		return "was"
	case plural:
		return "are"
	}
	return "is"
}

// singularQuantifier are the words that take a singular verb before "of"
// and a plural ("one of the men is", "each of them was").
var singularQuantifier = map[string]bool{"one": true, "each": true, "either": true, "neither": true, "none": true}

// under reports whether k is in the subtree of h.
func (t *tree) under(k, h int) bool {
	for steps := 0; k >= 0 && steps < len(t.s.Tokens); steps++ {
		if k == h {
			return true
		}
		k = t.s.Tokens[k].Head - 1
	}
	return false
}

// nominalModifier turns "a statue of Sir Arthur" into (a statue; is of;
// Sir Arthur): a weak reading, scored low.
func (t *tree) nominalModifier(m int) (Extraction, bool) {
	h := t.s.Tokens[m].Head - 1
	c := t.child(m, "case")
	if h < 0 || h > m || c < 0 || c > m || !isNominal(t.s.Tokens[h].UPOS) || t.s.Tokens[c].UPOS != "ADP" {
		return Extraction{}, false
	}
	if t.child(h, "cop", "nsubj", "nsubj:pass") >= 0 {
		return Extraction{}, false // the head is a predicate: its clause covers the modifier
	}
	subj := t.phrase(h, func(k int) bool { return k >= m || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
	if subj.To > c {
		subj = t.part(h, subj.From, c)
	}
	obj := t.phrase(m, func(k int) bool { return k == c || t.argSkip(k) })
	if obj.From <= c {
		obj = t.part(m, c+1, obj.To)
	}
	if subj.From >= subj.To || obj.From >= obj.To {
		return Extraction{}, false
	}
	return Extraction{Subject: subj, Relation: t.be(h) + " " + t.lower(c), Lemma: "be " + t.lower(c), Object: obj,
		Pred: m, RelFrom: c, RelTo: c + 1, Kind: Modifier}, true
}

// possessive turns "Ukraine's Defense Ministry" into (Ukraine; has;
// Defense Ministry).
func (t *tree) possessive(o int) (Extraction, bool) {
	h := t.s.Tokens[o].Head - 1
	if h < 0 || !isNominal(t.s.Tokens[h].UPOS) || h < o {
		return Extraction{}, false
	}
	subj := t.phrase(o, func(k int) bool { return t.rel(k) == "case" || t.argSkip(k) })
	obj := t.phrase(h, func(k int) bool {
		return k == o || k < o || t.argSkip(k) || base(t.rel(k)) == "acl" || t.rel(k) == "nmod"
	})
	if obj.From <= subj.To-1 {
		if subj.To > h {
			return Extraction{}, false // the owner's phrase takes in the owned noun
		}
		obj = t.part(h, subj.To, obj.To)
		for obj.From < h && (t.s.Tokens[obj.From].Rel == "case" || t.s.Tokens[obj.From].UPOS == "PUNCT") {
			obj.From++
		}
		obj = t.part(h, obj.From, obj.To)
	}
	have := "has"
	if b := t.beOf(o); b == "was" || b == "were" {
		have = "had" // annotators keep the tense of the sentence
	}
	return Extraction{Subject: subj, Relation: have, Lemma: "have", Object: obj, Pred: o, RelFrom: o, RelTo: o, Kind: Possessive}, true
}

// tense returns e with its relation in the other tense (present or past,
// a and b), as a second reading: annotators write implicit relations in
// either.
func tense(e Extraction, a, b string) Extraction {
	switch e.Relation {
	case a:
		e.Relation = b
	case b:
		e.Relation = a
	}
	e.Second = true
	return e
}

// featureNames name the features confidence weighs, in order.
var featureNames = []string{
	"bias", Verbal, Oblique, Passive, Copular, Complement, Apposition, Possessive, Title, Modifier, "nmod-of", Place, Example,
	"+conj", "+advcl", "+acl", "+xcomp", "+nmod",
	"pronoun-subject", "long-subject", "long-object", "very-long-object", "one-extra", "more-extras",
	"long-sentence", "very-long-sentence", "long-relation", "negated", "modal", "participle", "proper-subject",
	"root-predicate", "subject-after", "numeric-subject", "noun-subject", "subject-not-nominal", "object-pronoun",
	"object-proper", "object-verb", "object-adjective", "gerund", "past-participle", "base-form", "short-object",
	"set-off-subject", "capitalized-relation", "clauses-3", "clauses-5", "object-pronoun-relative",
	"second", "second-implicit", "no-object", "object-clause", "object-comma", "subject-comma", "demonstrative-subject",
	"object-preposition", "many-extras", "relation-be", "relation-have", "past-be", "many-tuples", "few-tuples",
	"relation-with-object", "subject-relative", "long-extras",
	"subject-verb", "predicate-not-verb", "same-arguments", "far-subject", "subject-conjunct", "object-conjunct",
	"short-sentence", "object-after-extra",
	"pred-ccomp", "pred-relcl", "pred-advcl", "pred-conj", "pred-parataxis", "under-ccomp", "personal-subject",
}

// featureIndex maps each feature name to its index in featureNames.
var featureIndex = func() map[string]int {
	m := make(map[string]int, len(featureNames))
	for i, n := range featureNames {
		m[n] = i
	}
	return m
}()

// features describes an extraction for confidence: its pattern, how its
// subject was found, and the shape of its parts.
func features(e *Extraction, s *doc.Sentence) []float64 {
	x := make([]float64, len(featureNames))
	set := func(name string, on bool) {
		if !on {
			return
		}
		if i, ok := featureIndex[name]; ok {
			x[i] = 1
		}
	}
	kind, src, _ := strings.Cut(e.Kind, "+")
	set("bias", true)
	set(kind, true)
	set("nmod-of", kind == Modifier && strings.HasSuffix(e.Relation, " of"))
	set("+"+src, src != "")
	n := func(p Part) int { return p.To - p.From }
	set("pronoun-subject", s.Tokens[e.Subject.Head].UPOS == "PRON")
	set("proper-subject", s.Tokens[e.Subject.Head].UPOS == "PROPN")
	set("long-subject", n(e.Subject) > 6)
	set("long-object", n(e.Object) > 10)
	set("very-long-object", n(e.Object) > 20)
	set("one-extra", len(e.Extra) == 1)
	set("more-extras", len(e.Extra) > 1)
	set("long-sentence", len(s.Tokens) > 30)
	set("very-long-sentence", len(s.Tokens) > 45)
	set("long-relation", len(strings.Fields(e.Relation)) > 3)
	set("negated", e.Negated)
	set("modal", e.Modal)
	set("participle", e.participle)
	sub, obj := s.Tokens[e.Subject.Head], s.Tokens[e.Object.Head]
	pred := s.Tokens[e.Pred]
	set("root-predicate", pred.Head == 0)
	set("subject-after", e.Subject.From > e.Pred)
	set("numeric-subject", sub.UPOS == "NUM")
	set("noun-subject", sub.UPOS == "NOUN")
	set("subject-not-nominal", !isNominal(sub.UPOS))
	set("object-pronoun", obj.UPOS == "PRON")
	set("object-pronoun-relative", n(e.Object) == 1 && obj.UPOS == "PRON" && strings.HasPrefix(obj.XPOS, "W"))
	set("object-proper", obj.UPOS == "PROPN")
	set("object-verb", obj.UPOS == "VERB")
	set("object-adjective", obj.UPOS == "ADJ")
	set("gerund", pred.XPOS == "VBG")
	set("past-participle", pred.XPOS == "VBN")
	set("base-form", pred.XPOS == "VB")
	set("short-object", n(e.Object) == 1)
	set("capitalized-relation", e.Relation != "" && e.Relation[0] >= 'A' && e.Relation[0] <= 'Z')
	punct := false
	for i := e.Subject.To; i < e.RelFrom && i < len(s.Tokens); i++ {
		if s.Tokens[i].UPOS == "PUNCT" {
			punct = true
		}
	}
	set("set-off-subject", punct)
	clauses := 0
	for _, tok := range s.Tokens {
		if tok.UPOS == "VERB" {
			clauses++
		}
	}
	set("clauses-3", clauses >= 3)
	set("clauses-5", clauses >= 5)
	set("second", e.Second)
	switch kind {
	case Apposition, Possessive, Title, Modifier:
		set("second-implicit", e.Second)
	}
	set("no-object", n(e.Object) == 0)
	has := func(p Part, pred func(doc.Token) bool) bool {
		for i := p.From; i < p.To; i++ {
			if pred(s.Tokens[i]) {
				return true
			}
		}
		return false
	}
	set("object-clause", has(e.Object, func(t doc.Token) bool { return t.UPOS == "VERB" }))
	set("object-comma", has(e.Object, func(t doc.Token) bool { return t.Form == "," }))
	set("subject-comma", has(e.Subject, func(t doc.Token) bool { return t.Form == "," }))
	switch strings.ToLower(sub.Form) {
	case "it", "this", "that", "these", "those", "they":
		set("demonstrative-subject", n(e.Subject) == 1)
	}
	set("object-preposition", n(e.Object) > 0 && s.Tokens[e.Object.From].UPOS == "ADP")
	set("many-extras", len(e.Extra) > 2)
	set("relation-be", e.Lemma == "be" || strings.HasPrefix(e.Lemma, "be "))
	set("relation-have", e.Lemma == "have")
	set("past-be", e.Relation == "was" || e.Relation == "were" || e.Relation == "had")
	set("many-tuples", e.tuples > 6)
	set("few-tuples", e.tuples <= 2)
	set("relation-with-object", len(strings.Fields(e.Relation)) > len(strings.Fields(e.Lemma))+1)
	set("subject-relative", strings.HasPrefix(sub.XPOS, "W"))
	extra := 0
	for _, x := range e.Extra {
		extra += n(x)
	}
	set("long-extras", extra > 10)
	set("subject-verb", has(e.Subject, func(t doc.Token) bool { return t.UPOS == "VERB" }))
	switch kind {
	case Verbal, Oblique, Passive, Complement:
		set("predicate-not-verb", pred.UPOS != "VERB" && pred.UPOS != "AUX")
	}
	set("same-arguments", e.Subject.Text == e.Object.Text)
	set("far-subject", e.RelFrom-e.Subject.To > 3)
	set("subject-conjunct", sub.Rel == "conj")
	set("object-conjunct", n(e.Object) > 0 && obj.Rel == "conj")
	set("short-sentence", len(s.Tokens) < 15)
	set("object-after-extra", len(e.Extra) > 0 && e.Extra[0].To <= e.Object.From)
	if kind != Apposition && kind != Possessive && kind != Title && kind != Modifier {
		set("pred-ccomp", pred.Rel == "ccomp")
		set("pred-relcl", pred.Rel == "acl:relcl")
		set("pred-advcl", base(pred.Rel) == "advcl")
		set("pred-conj", pred.Rel == "conj")
		set("pred-parataxis", pred.Rel == "parataxis")
		under := false
		for a, steps := pred.Head-1, 0; a >= 0 && steps < len(s.Tokens); a, steps = s.Tokens[a].Head-1, steps+1 {
			if s.Tokens[a].Rel == "ccomp" {
				under = true
			}
		}
		set("under-ccomp", under)
	}
	switch strings.ToLower(sub.Form) {
	case "he", "she", "they", "it", "i", "we", "you":
		set("personal-subject", true)
	}
	return x
}

// weights are the logistic weights of featureNames, fitted on the CaRB
// tuning sentences to predict the share of an extraction's words that
// match a gold tuple (see TestFitConfidence), so that a higher confidence
// means a more precise extraction. The weights and the trees index
// featureNames: a change to the features needs a refit of both.
var weights = []float64{
	0.31,  // bias
	0.04,  // verb
	0.16,  // obl
	0.19,  // passive
	-0.05, // cop
	0.26,  // ccomp
	-0.40, // appos
	-0.37, // poss
	-0.02, // title
	-0.09, // nmod
	-0.38, // nmod-of
	0.26,  // place
	0.32,  // example
	0.36,  // +conj
	-0.00, // +advcl
	-0.30, // +acl
	-0.39, // +xcomp
	-0.19, // +nmod
	-0.07, // pronoun-subject
	-0.31, // long-subject
	-0.41, // long-object
	-0.01, // very-long-object
	0.08,  // one-extra
	-0.01, // more-extras
	0.05,  // long-sentence
	0.06,  // very-long-sentence
	-0.05, // long-relation
	-0.22, // negated
	-0.01, // modal
	-0.50, // participle
	0.18,  // proper-subject
	0.82,  // root-predicate
	-0.55, // subject-after
	-0.14, // numeric-subject
	0.04,  // noun-subject
	-0.20, // subject-not-nominal
	-0.47, // object-pronoun
	0.29,  // object-proper
	-0.32, // object-verb
	0.17,  // object-adjective
	-0.13, // gerund
	-0.15, // past-participle
	-0.16, // base-form
	-0.47, // short-object
	-0.05, // set-off-subject
	-0.31, // capitalized-relation
	0.03,  // clauses-3
	-0.08, // clauses-5
	0.13,  // object-pronoun-relative
	-1.06, // second
	-0.34, // second-implicit
	-1.17, // no-object
	-0.30, // object-clause
	-0.27, // object-comma
	-0.59, // subject-comma
	-0.44, // demonstrative-subject
	-0.55, // object-preposition
	-0.26, // many-extras
	-0.53, // relation-be
	-0.45, // relation-have
	0.14,  // past-be
	-0.03, // many-tuples
	0.19,  // few-tuples
	0.20,  // relation-with-object
	-0.19, // subject-relative
	0.00,  // long-extras
	-0.08, // subject-verb
	-0.20, // predicate-not-verb
	-0.16, // same-arguments
	-0.22, // far-subject
	-0.49, // subject-conjunct
	-0.05, // object-conjunct
	0.12,  // short-sentence
	-0.14, // object-after-extra
	-0.35, // pred-ccomp
	0.05,  // pred-relcl
	0.20,  // pred-advcl
	0.17,  // pred-conj
	0.03,  // pred-parataxis
	-0.83, // under-ccomp
	0.01,  // personal-subject
}

// confidence scores an extraction in (0,1) from its features: the mean
// of the logistic score and of the boosted trees' estimate, which catch
// combinations of features a linear score cannot weigh.
func confidence(e *Extraction, s *doc.Sentence) float64 {
	x := features(e, s)
	z := 0.0
	for i, v := range x {
		z += v * weights[i]
	}
	return (1/(1+math.Exp(-z)) + boosted(x)) / 2
}

// split is a node of a regression tree over the binary features: a leaf
// when Feature < 0 (its Value is added to the estimate), else the tree goes
// on at node No when the feature is off and at node Yes when it is on.
type split struct {
	Feature int
	No, Yes int
	Value   float64
}

// boosted returns the trees' estimate of an extraction's precision,
// clamped into (0,1).
func boosted(x []float64) float64 {
	v := treeBase
	for _, tr := range trees {
		n := 0
		for tr[n].Feature >= 0 {
			if x[tr[n].Feature] > 0.5 {
				n = tr[n].Yes
			} else {
				n = tr[n].No
			}
		}
		v += tr[n].Value
	}
	return min(max(v, 0.001), 0.999)
}

// nounBefore returns the nearest noun before token s that heads its
// phrase (not a compound or flat part), or -1.
//
// A relative pronoun subject takes the nearest one its verb agrees with
// ("Machines dedicated to word processing , which have all but
// disappeared": the machines have).
func (t *tree) nounBefore(s int) int {
	known, plural := false, false
	if isRelPronoun(t, s) {
		known, plural = t.verbNumber(s)
	}
	for i := s - 1; i >= 0; i-- {
		tok := t.s.Tokens[i]
		if (tok.UPOS == "NOUN" || tok.UPOS == "PROPN") && tok.Rel != "compound" && tok.Rel != "flat" {
			if pl := tok.XPOS == "NNS" || tok.XPOS == "NNPS"; known && pl != plural {
				continue
			}
			return i
		}
	}
	return -1
}

// isQuote reports whether token i is a double quotation mark.
func (t *tree) isQuote(i int) bool {
	switch t.s.Tokens[i].Form {
	case "\"", "``", "''", "“", "”":
		return true
	}
	return false
}

// leads reports whether token i, before the head h of an oblique, moves
// into the relation with the preposition: h's preposition, an adverb
// governing h ("close to"), or an adverb of h right before its
// preposition ("were dealt with harshly , often with summary execution").
func (t *tree) leads(i, h int) bool {
	if base(t.rel(i)) == "case" && t.s.Tokens[i].Head-1 == h {
		return true
	}
	if t.rel(i) == "advmod" && t.s.Tokens[i].Head-1 == h && t.s.Tokens[i].UPOS == "ADV" && i+1 < h && base(t.rel(i+1)) == "case" && t.s.Tokens[i+1].Head-1 == h {
		return true
	}
	return t.rel(i) == "advmod" && t.s.Tokens[h].Head-1 == i
}

// adverbBeforeOblique reports whether adverb k of predicate p stands
// right after the verb group (the verb or its particle) and right before
// the preposition of one of p's obliques: "relies heavily on X".
func (t *tree) adverbBeforeOblique(p, k int) bool {
	prev := k - 1
	if prev != p && (prev < 0 || t.rel(prev) != "compound:prt" || t.s.Tokens[prev].Head-1 != p) {
		return false
	}
	if k+1 >= len(t.s.Tokens) || base(t.rel(k+1)) != "case" {
		return false
	}
	o := t.s.Tokens[k+1].Head - 1
	return o >= 0 && base(t.rel(o)) == "obl" && t.s.Tokens[o].Head-1 == p
}

// titles reads titles from the words rather than the parse, which often
// misattaches names: "former U.S. Attorney Todd Graves" (Todd Graves; is;
// former U.S. Attorney), "rugby union team Ammanford RFC" (Ammanford RFC;
// is; rugby union team). A name is a run of capitalized nouns not at the
// start of the sentence; its title ends in a role word inside or right
// before the run, or in a lower-case common noun right before it, and
// takes in the adjectives and nouns before that word.
func (t *tree) titles() []Extraction {
	toks := t.s.Tokens
	var out []Extraction
	capital := func(i int) bool {
		f := toks[i].Form
		return f != "" && f[0] >= 'A' && f[0] <= 'Z' && (toks[i].UPOS == "PROPN" || toks[i].UPOS == "NOUN")
	}
	for a := 1; a < len(toks); {
		if !capital(a) {
			a++
			continue
		}
		b := a
		for b < len(toks) && capital(b) {
			b++
		}
		end, name := -1, a // the title's last word and the name's first
		for r := b - 2; r >= a; r-- {
			if roles[t.lower(r)] && !roles[t.lower(r+1)] {
				end, name = r, r+1
				break
			}
		}
		common := false
		if end < 0 {
			prev := toks[a-1]
			if (roles[t.lower(a-1)] || prev.XPOS == "NN") && prev.Form != "" && prev.Form[0] >= 'a' && prev.Form[0] <= 'z' {
				end, name = a-1, a
				common = !roles[t.lower(a-1)]
			}
		}
		if end < 0 || b-name < 2 && !common { // a given name and a surname: "General Motors" is no title
			a = b
			continue
		}
		if t.hasRole(name, b) {
			// "Deputy State Secretary": a name holds no role word, the
			// whole run is a title.
			a = b
			continue
		}
		if common && b-name == 1 && (strings.ToUpper(toks[name].Form) == toks[name].Form || b < len(toks) && toks[b].UPOS == "NUM") {
			// "language B", "exit US 64", "5.20 pm GMT": a letter, a code
			// or a number is no person's name.
			a = b
			continue
		}
		start := end
		for start > 0 {
			// Adjectives and singular nouns, but not a misread verb
			// ("influences language B", influences read as a plural noun).
			k := start - 1
			if u := toks[k].UPOS; u != "ADJ" && u != "NOUN" && u != "PROPN" || toks[k].XPOS == "NNS" || base(toks[k].Rel) == "nsubj" || base(toks[k].Rel) == "obj" {
				break
			}
			start = k
		}
		head := b - 1
		if !t.linked(end, name, b) {
			a = b
			continue
		}
		if common && start > 0 && (toks[start-1].UPOS == "DET" || toks[start-1].XPOS == "PRP$" || toks[start-1].XPOS == "POS") {
			// "a short absence Keibler", "Kesey 's son Zane": a
			// noun with a determiner or a possessor is a phrase of its
			// own, not a bare title (an apposition the parse gives is
			// read as one).
			a = b
			continue
		}
		obj := t.part(end, start, end+1)
		art := ""
		if !uniqueOffice[t.lower(end)] && !(t.lower(end) == "general" && end > start && t.lower(end-1) == "secretary") {
			// "author Bill Bryson": Bill Bryson is an author; but
			// "President X" is President.
			art = article(obj.Text)
		}
		out = append(out, Extraction{Subject: t.part(head, name, b), Relation: "is", Lemma: "be",
			Object: obj, Article: art, Pred: head, RelFrom: head, RelTo: head, Kind: Title})
		a = b
	}
	return out
}

// quotedNames reads a quoted name next to the common noun it names as
// (name; is; a noun): "“ Billboard ” magazine", "An “ Dangaioh ”
// adventure game", "the word “ RAPE ”", "his book “ At Home ”". The
// quoted words are a short name (capitalized, no verb) that the parse
// hangs under the noun.
func (t *tree) quotedNames() []Extraction {
	toks := t.s.Tokens
	var out []Extraction
	common := func(k int) bool {
		if k < 0 || k >= len(toks) {
			return false
		}
		f := toks[k].Form
		return toks[k].UPOS == "NOUN" && f != "" && f[0] >= 'a' && f[0] <= 'z'
	}
	for i := 0; i < len(toks); i++ {
		if !t.isQuote(i) {
			continue
		}
		j := i + 1
		for j < len(toks) && !t.isQuote(j) {
			j++
		}
		if j >= len(toks) || j-i < 2 || j-i > 7 {
			i = j
			continue
		}
		name, head := false, -1
		for k := i + 1; k < j; k++ {
			if toks[k].UPOS == "VERB" || toks[k].UPOS == "AUX" || toks[k].UPOS == "PUNCT" {
				name = false
				break
			}
			if f := toks[k].Form; k == i+1 && f[0] >= 'A' && f[0] <= 'Z' {
				name = true // a name starts with a capital
			}
			if h := toks[k].Head - 1; h < i+1 || h >= j {
				head = k // the word the rest hangs from
			}
		}
		if !name || head < 0 {
			i = j
			continue
		}
		n, from := -1, -1
		switch {
		case common(j + 1):
			// "`` Billboard '' magazine": the noun after the name, or
			// the head of its compound.
			for k := j + 1; common(k); k++ {
				if t.under(head, k) {
					n, from = k, j+1
					break
				}
			}
		case common(i-1) && toks[head].Head-1 == i-1:
			// "the word `` RAPE ''": the noun before, with its compounds.
			n, from = i-1, i-1
			for from > 0 && t.rel(from-1) == "compound" && toks[from-1].Head-1 == n && common(from-1) {
				from--
			}
		}
		if n < 0 {
			i = j
			continue
		}
		obj := t.part(n, from, n+1)
		out = append(out, Extraction{Subject: t.part(head, i, j+1), Relation: t.be(n), Lemma: "be", Object: obj,
			Article: article(obj.Text), Pred: n, RelFrom: n, RelTo: n, Kind: Title})
		i = j
	}
	return out
}

// hasRole reports whether one of the words [from, to) is a role word.
func (t *tree) hasRole(from, to int) bool {
	for k := from; k < to; k++ {
		if roles[t.lower(k)] {
			return true
		}
	}
	return false
}

// linked reports whether the parse ties word w to one of the words
// [from, to): as its head, its dependent or a sibling.
func (t *tree) linked(w, from, to int) bool {
	hw := t.s.Tokens[w].Head - 1
	for n := from; n < to; n++ {
		if hn := t.s.Tokens[n].Head - 1; hw == n || hn == w || hn == hw {
			return true
		}
	}
	return false
}

// conjComplement reports whether c, a conjunct of a verb with a clausal
// complement before it, is a second complement of that verb: it opens
// with "that" ("said the agreement is subject to approval , and that it
// hopes to complete the deal").
func (t *tree) conjComplement(c int) bool {
	h := t.s.Tokens[c].Head - 1
	if t.rel(c) != "conj" || h < 0 {
		return false
	}
	k := t.child(h, "ccomp")
	if k < 0 || k > c {
		return false
	}
	if m := t.child(c, "mark"); m >= 0 && m < c && t.lower(m) == "that" {
		return true
	}
	// "He said it has n't been determined how , but the administration
	// does n't want it": a clause with a subject of its own joined to a
	// reporting verb's complement is reported too.
	n := t.child(c, "nsubj", "nsubj:pass")
	return reporting[t.lemma(h)] && !reporting[t.lemma(c)] && n >= 0 && n < c && t.s.Tokens[n].UPOS != "PRON"
}

// hypothetical reports whether p heads a clause of condition ("if X",
// "unless X", "as long as X"), of purpose ("so that X", "to X"), of what
// did not happen ("without X", "instead of X") or the complement of a
// verb under a modal or a negation ("must prove that X", "does n't
// believe that X"), which the sentence does not assert ("even if X"
// does).
func (t *tree) hypothetical(p int) bool {
	if g, m := t.purposeOf(p); g >= 0 && t.lower(m) == "to" || base(t.rel(p)) == "advcl" && t.inOrderTo(p) {
		return true // "enrolled at Hofstra to study management", "in order to get X": a purpose
	}
	if h := t.s.Tokens[p].Head - 1; t.rel(p) == "ccomp" && h >= 0 {
		for _, a := range t.children(h, "aux", "advmod") {
			if w := t.lower(a); modals[w] || w == "not" || w == "n't" || w == "never" {
				// "a company must prove that the government approved
				// X", "does n't believe that X"
				return true
			}
		}
	}
	m := t.child(p, "mark")
	if base(t.rel(p)) != "advcl" || m < 1 || m > p {
		return false
	}
	switch t.lower(m) {
	case "without", "instead":
		return true // "left without saying a word": it did not happen
	case "if":
		return t.lower(m-1) != "even"
	case "unless":
		return true
	case "as":
		return m >= 2 && t.lower(m-1) == "long" && t.lower(m-2) == "as"
	case "so":
		// "so that he could monitor the lines": a purpose.
		f := t.child(m, "fixed")
		return f == m+1 && t.lower(f) == "that"
	}
	return false
}

// reportsHead reports whether p is a reporting verb the parse hangs from
// the clause before it that it reports ("Sales rose , Mr. Reed argues"),
// as parataxis or as a conjunct with its subject after it, and with no
// complement of its own ("...; they believed that X" reports X).
func (t *tree) reportsHead(p int) bool {
	h := t.s.Tokens[p].Head - 1
	return (t.rel(p) == "parataxis" || t.rel(p) == "conj" && t.child(p, "nsubj") > p) && h >= 0 && h < p && reporting[t.lemma(p)] &&
		t.child(p, "ccomp", "obj", "xcomp") < 0
}

// aside returns the comma opening reporting verb p and its speaker when
// they are set off by commas inside the clause p reports ("The buyers ,
// these analysts added , could be"; "The company , he said , will"), the
// speaker being p's subject or the noun the parse hangs p from; else -1.
func (t *tree) aside(p int) int {
	toks := t.s.Tokens
	if !reporting[t.lemma(p)] || p+2 >= len(toks) || toks[p+1].Form != "," || toks[p+2].UPOS == "PUNCT" || t.child(p, "ccomp", "obj", "xcomp", "csubj") >= 0 {
		return -1
	}
	n := t.child(p, "nsubj")
	if r := t.rel(p); n < 0 && (r == "acl" || r == "acl:relcl") {
		n = toks[p].Head - 1
	}
	if n < 0 || n > p {
		return -1
	}
	open := t.first(n)
	if toks[open].Form != "," {
		open-- // the parse may hang the comma from the speaker or not
	}
	if open < 1 || toks[open].Form != "," {
		return -1
	}
	for k := open + 1; k < p; k++ {
		if toks[k].UPOS == "PUNCT" || !t.under(k, p) && !t.under(k, n) {
			return -1 // not a speaker phrase alone
		}
	}
	return open
}

// withoutAside returns the sentence less the aside of reporting verb p
// from the comma open to the comma after p, and less its final
// punctuation: the clause the aside reports.
func (t *tree) withoutAside(p, open int) Part {
	toks := t.s.Tokens
	end := len(toks)
	for end > p+2 && toks[end-1].UPOS == "PUNCT" && !t.isQuote(end-1) {
		end--
	}
	ph := t.part(p, 0, end)
	ph.Text = t.text[toks[0].Start:toks[open-1].End] + " " + t.text[toks[p+2].Start:toks[end-1].End]
	return ph
}

// reporting are verbs of saying and thinking whose reported clause is
// their object.
var reporting = map[string]bool{
	"say": true, "tell": true, "add": true, "argue": true, "note": true, "claim": true, "insist": true, "explain": true,
	"write": true, "report": true, "state": true, "believe": true, "think": true, "contend": true, "suggest": true,
	"predict": true, "warn": true, "estimate": true, "declare": true, "announce": true, "assert": true, "maintain": true,
	"recall": true, "acknowledge": true, "admit": true, "concede": true, "observe": true, "remark": true, "reply": true,
}

// placeIn turns "Tampa , Florida" into (Tampa; is in; Florida): a name
// set off by a comma right after another name, as the parse hangs it
// (appos or nmod:unmarked), short and closing its phrase.
func (t *tree) placeIn(i int) (Extraction, bool) {
	toks := t.s.Tokens
	h := toks[i].Head - 1
	if toks[i].UPOS != "PROPN" || (toks[i].Rel != "appos" && toks[i].Rel != "nmod:unmarked") || h < 0 || h >= i || toks[h].UPOS != "PROPN" {
		return Extraction{}, false
	}
	obj := t.phrase(i, func(k int) bool { return t.rel(k) == "punct" || t.argSkip(k) })
	if obj.From == 0 || toks[obj.From-1].Form != "," || obj.To-obj.From > 3 || t.child(i, "case", "det") >= 0 {
		return Extraction{}, false
	}
	if obj.To < len(toks) && toks[obj.To].UPOS != "PUNCT" && toks[obj.To].UPOS != "ADP" && toks[obj.To].UPOS != "CCONJ" {
		return Extraction{}, false
	}
	// A list of names ("the U.S. , Japan , Britain"), however parsed,
	// is no place.
	for _, n := range [2]int{h, i} {
		for _, k := range t.kids[n] {
			if k > i && (t.rel(k) == "appos" || t.rel(k) == "conj" || t.rel(k) == "nmod:unmarked") {
				return Extraction{}, false
			}
		}
	}
	subj := t.phrase(h, func(k int) bool {
		return k >= obj.From-1 || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl"
	})
	if subj.To != obj.From-1 || subj.From > 0 && toks[subj.From-1].Form == "," {
		return Extraction{}, false
	}
	for k := subj.From; k < subj.To; k++ {
		if toks[k].Form == "," {
			return Extraction{}, false
		}
	}
	return Extraction{Subject: subj, Relation: "is in", Lemma: "be in", Object: obj, Pred: i, RelFrom: i, RelTo: i, Kind: Place}, true
}

// example returns the words that introduce m as an example of the noun
// it modifies ("such as", "like", "including"), or "".
func (t *tree) example(m int) string {
	c := t.child(m, "case")
	if c < 0 || c > m {
		return ""
	}
	switch w := t.lower(c); w {
	case "like", "including":
		return w
	case "such":
		if f := t.child(c, "fixed"); f == c+1 && t.lower(f) == "as" {
			return "such as"
		}
	}
	return ""
}

// examples turns "fruits such as apples and pears" into (fruits; are such
// as; apples) and (fruits; are such as; pears), as CaRB's annotators
// write examples: one tuple per conjunct.
func (t *tree) examples(m int) []Extraction {
	w := t.example(m)
	h := t.s.Tokens[m].Head - 1
	if w == "" || h < 0 || h > m || !isNominal(t.s.Tokens[h].UPOS) || t.s.Tokens[h].UPOS == "PRON" {
		return nil
	}
	c := t.child(m, "case")
	subj := t.phrase(h, func(k int) bool { return k >= c || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
	to := min(subj.To, c)
	for to > subj.From+1 && t.s.Tokens[to-1].UPOS == "PUNCT" {
		to--
	}
	if to <= subj.From || subj.From > h || to <= h {
		return nil
	}
	subj = t.part(h, subj.From, to)
	var out []Extraction
	for _, o := range append([]int{m}, t.conjuncts(m)...) {
		obj := t.phrase(o, func(k int) bool { return k == c || t.rel(k) == "case" || t.argSkip(k) })
		if obj.From <= c {
			obj = t.part(o, c+1+len(strings.Fields(w))-1, obj.To)
		}
		if obj.From >= obj.To {
			continue
		}
		out = append(out, Extraction{Subject: subj, Relation: t.be(h) + " " + w, Lemma: "be " + w, Object: obj,
			Pred: o, RelFrom: c, RelTo: c + 1, Kind: Example})
	}
	return out
}

// purposeOf returns the verb whose purpose clause p is ("opened ... to
// carry") and the word "to", or whose gerund complement p is, introduced
// by a preposition ("charged with reviewing", "insisted on paying"), and
// that preposition: p is an adverbial clause under a verb, its marker
// right before it. A verb conjoined to such a clause without a marker of
// its own shares it ("charged with reviewing X and assessing Y"). Else it
// returns -1, -1.
func (t *tree) purposeOf(p int) (g, m int) {
	if t.rel(p) == "conj" && t.child(p, "mark") < 0 && t.child(p, "nsubj", "nsubj:pass") < 0 {
		if h := t.s.Tokens[p].Head - 1; h >= 0 && h < p && t.s.Tokens[h].XPOS == t.s.Tokens[p].XPOS {
			return t.purposeOf(h)
		}
		return -1, -1
	}
	if base(t.rel(p)) != "advcl" || t.s.Tokens[p].UPOS != "VERB" {
		return -1, -1
	}
	m = t.child(p, "mark")
	if m < 0 || m != p-1 {
		return -1, -1
	}
	switch t.lower(m) {
	case "to":
	case "with", "on", "for", "of", "in", "about", "at", "from", "into":
		if t.s.Tokens[p].XPOS != "VBG" {
			return -1, -1
		}
	default:
		return -1, -1
	}
	g = t.s.Tokens[p].Head - 1
	if g < 0 || g > p || t.s.Tokens[g].UPOS != "VERB" {
		return -1, -1
	}
	return g, m
}

// relativeNoun returns, for relative word w in predicate p's clause, the
// phrase of the noun the relative clause modifies ("a point in which ...":
// a point), or an empty Part.
func (t *tree) relativeNoun(p, w int) Part {
	if !isRelPronoun(t, w) {
		return Part{}
	}
	c := p
	for t.rel(c) == "conj" && t.s.Tokens[c].Head > 0 {
		c = t.s.Tokens[c].Head - 1
	}
	h := t.s.Tokens[c].Head - 1
	if t.rel(c) != "acl:relcl" || h < 0 || h > w || !isNominal(t.s.Tokens[h].UPOS) || t.s.Tokens[h].UPOS == "PRON" {
		return Part{}
	}
	return t.phrase(h, func(k int) bool { return k == c || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl" })
}

// nounComplement returns the prepositional complement of predicate noun q
// ("was a notable influence on X"): its nmod, else an oblique right after
// the noun, which parsers often give a predicate noun instead; or -1.
func (t *tree) nounComplement(q int) int {
	if nm := t.child(q, "nmod"); nm >= 0 {
		return nm
	}
	for _, o := range t.children(q, "obl") {
		if c := t.child(o, "case"); c == q+1 {
			return o
		}
	}
	return -1
}

// sharedAux returns the auxiliaries a conjoined verb without its own
// shares with the verb it is conjoined to ("was sold to Dave Johnson and
// renamed": was renamed; "has killed X and taken Y": has taken), or "".
// Only a non-finite conjunct (base form or participle) shares them, and
// only when it has no subject of its own.
func (t *tree) sharedAux(p int) string {
	h := t.s.Tokens[p].Head - 1
	if t.rel(p) != "conj" || h < 0 || h > p || t.s.Tokens[h].UPOS != "VERB" || t.s.Tokens[p].UPOS != "VERB" {
		return ""
	}
	switch t.s.Tokens[p].XPOS {
	case "VB", "VBN", "VBG":
	case "VBD":
		// "have crossed the lines and returned to work": after a
		// perfect participle, a past form the tagger reads as a past
		// tense is a participle too (not after a passive: "was opened
		// and became").
		if t.s.Tokens[h].XPOS != "VBN" || !t.perfect(h) {
			return ""
		}
	default:
		return ""
	}
	if t.child(p, "aux", "aux:pass", "cop", "nsubj", "nsubj:pass", "mark") >= 0 {
		return ""
	}
	var aux []int
	for _, k := range t.kids[h] {
		if (t.rel(k) == "aux" || t.rel(k) == "aux:pass") && k < h && t.lower(k) != "to" {
			aux = append(aux, k)
		}
	}
	if len(aux) == 0 {
		// "will extend X , strengthen Y and assure Z": a conjunct after
		// one that shares the auxiliaries shares them too.
		return t.sharedAux(h)
	}
	return t.words(aux)
}

// particles are the adverbs that complete a verb as particles do ("went
// out", "broke down", "came back").
var particles = map[string]bool{"out": true, "up": true, "down": true, "off": true, "away": true, "back": true}

// particleAdverb reports whether adverb k is a particle the parse labels
// an adverb, right after its verb ("the lamps went out": went out).
func (t *tree) particleAdverb(k int) bool {
	h := t.s.Tokens[k].Head - 1
	return t.rel(k) == "advmod" && t.s.Tokens[k].UPOS == "ADV" && particles[t.lower(k)] && len(t.kids[k]) == 0 && h == k-1 && t.s.Tokens[h].UPOS == "VERB"
}

// strandedPrep reports whether k is a preposition without an object that
// the parse hangs from its verb as an argument ("villagers were dealt with
// harshly"): it belongs to the relation, as a particle does.
func (t *tree) strandedPrep(k int) bool {
	h := t.s.Tokens[k].Head - 1
	return t.s.Tokens[k].UPOS == "ADP" && len(t.kids[k]) == 0 && h >= 0 && h < k && t.s.Tokens[h].UPOS == "VERB"
}

// uniqueOffice are titles of an office one person holds at a time, which
// take no article as a predicate ("X is President").
var uniqueOffice = map[string]bool{
	"president": true, "king": true, "queen": true, "pope": true, "chancellor": true, "premier": true,
	"mayor": true, "governor": true, "ceo": true, "chairman": true, "chairwoman": true, "chairperson": true,
}

// article returns the indefinite article for a noun phrase, by its first
// letter.
func article(phrase string) string {
	if phrase != "" && strings.ContainsRune("aeiouAEIOU", rune(phrase[0])) {
		return "an"
	}
	return "a"
}

// sharedXcomp returns, for a verb conjoined to an open complement that
// joins its governor's relation ("are equipped to change a ship 's trim
// and modify its stability"), that complement; else -1. The conjunct has
// no subject of its own, and no marker but "to".
func (t *tree) sharedXcomp(p int) int {
	x := t.s.Tokens[p].Head - 1
	if t.rel(p) != "conj" || x < 0 || x > p || t.rel(x) != "xcomp" || t.s.Tokens[p].UPOS != "VERB" || t.s.Tokens[p].XPOS != "VB" && t.s.Tokens[p].XPOS != "VBP" {
		return -1
	}
	if t.child(p, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
		return -1
	}
	if m := t.child(p, "mark"); m >= 0 && t.lower(m) != "to" {
		return -1
	}
	if xm := t.child(x, "mark"); xm < 0 || t.lower(xm) != "to" {
		return -1
	}
	if g := t.s.Tokens[x].Head - 1; g < 0 || !t.mergesXcomp(g, x) {
		return -1
	}
	return x
}

// gerundPreps are prepositions that introduce a gerund clause completing
// a verb ("relieved by changing the system").
var gerundPreps = map[string]bool{"by": true, "on": true, "for": true, "with": true, "from": true, "in": true, "of": true, "about": true, "into": true, "upon": true, "through": true}

// subordinators introduce adverbial clauses of time, cause and condition.
var subordinators = map[string]bool{
	"when": true, "as": true, "because": true, "after": true, "before": true, "until": true, "while": true,
	"if": true, "since": true, "although": true, "though": true, "once": true, "unless": true, "whereas": true,
}

// parenthetical reports whether k is a modifier of noun s set off by
// commas on both sides ("First Security , with $ 5.4 billion in assets
// , said"; "The second session , taking place on November 12 ,
// produced"): words the sentence gives as an aside, which annotators
// leave out of the argument. Examples ("companies , such as military
// contractors ,") are left in: they have a tuple of their own and
// annotators keep them.
func (t *tree) parenthetical(k, s int) bool {
	if k <= s || t.s.Tokens[k].Head-1 != s {
		return false
	}
	switch base(t.rel(k)) {
	case "acl", "nmod", "obl":
	default:
		return false
	}
	if t.example(k) != "" {
		return false
	}
	if t.rel(k) == "acl:relcl" {
		return false
	}
	f, l := t.first(k), t.last(k)
	if t.s.Tokens[f].Form != "," {
		f--
	}
	return f > s && t.s.Tokens[f].Form == "," && l+1 < len(t.s.Tokens) && t.s.Tokens[l+1].Form == ","
}

// oneOfName returns, for a subject "one of X , NAME ,", the name in
// apposition, which is who the clause speaks of ("One of its
// specialists , Steve White , took a quick interest": Steve White took);
// else -1.
func (t *tree) oneOfName(s int) int {
	if t.lower(s) != "one" {
		return -1
	}
	for _, h := range append([]int{s}, t.children(s, "nmod")...) {
		if c := t.child(h, "case"); h != s && (c < 0 || t.lower(c) != "of") {
			continue
		}
		if a := t.child(h, "appos"); a > h && t.s.Tokens[a].UPOS == "PROPN" {
			return a
		}
	}
	return -1
}

// concessive subordinators grant a contrast ("though it was never
// christened"): no circumstance of the main clause.
var concessive = map[string]bool{"though": true, "although": true, "whereas": true}

// first returns the index of the first token of i's subtree.
func (t *tree) first(i int) int {
	m := i
	for _, k := range t.kids[i] {
		if f := t.first(k); f < m {
			m = f
		}
	}
	return m
}

// closingQuote returns the closing quote of the last quote opened in
// [from, to) when it follows within six words after to, with no verb
// before it; else -1.
func (t *tree) closingQuote(from, to int) int {
	open := -1
	for k := to - 1; k >= from; k-- {
		if t.isQuote(k) {
			open = k
			break
		}
	}
	if open < 0 || t.s.Tokens[open].XPOS != "``" {
		return -1
	}
	for k := to; k < len(t.s.Tokens) && k < to+6; k++ {
		if t.isQuote(k) {
			if t.s.Tokens[k].XPOS == "''" {
				return k
			}
			return -1
		}
		if t.s.Tokens[k].UPOS == "VERB" {
			return -1
		}
	}
	return -1
}

// beingOnly reports whether k is the passive auxiliary "being" and the
// only auxiliary of participle p ("before being appointed"): the
// relation takes a finite form of "be" instead, as for a bare
// participle ("was appointed").
func (t *tree) beingOnly(p, k int) bool {
	if k < 0 || t.lower(k) != "being" || t.rel(k) != "aux:pass" {
		return false
	}
	switch base(t.rel(p)) {
	case "acl", "advcl":
	default:
		return false
	}
	for _, a := range t.children(p, "aux", "aux:pass", "cop") {
		if a != k {
			return false
		}
	}
	return true
}

// whereNoun returns, for a clause introduced by "where" (or "when"), the
// phrase of the place (or time) it speaks of, with "in" as its
// preposition: the noun a relative clause modifies ("the house where her
// father was born"), or the oblique right before the clause that its verb
// governs ("moved to Boston , where he opened a bakery", "until 1970 , when
// it was renamed"); else an empty Part.
func (t *tree) whereNoun(p int) Part {
	h := t.s.Tokens[p].Head - 1
	if h < 0 {
		return Part{}
	}
	w := t.child(p, "advmod")
	if w < 0 || w > p || t.lower(w) != "where" && t.lower(w) != "when" {
		if t.rel(p) == "conj" && h < p && t.child(p, "nsubj", "nsubj:pass") < 0 {
			// "when it broke out of X and raced to Z": the conjuncts
			// share the clause's time or place.
			return t.whereNoun(h)
		}
		return Part{}
	}
	n := -1
	switch base(t.rel(p)) {
	case "acl":
		if isNominal(t.s.Tokens[h].UPOS) && t.s.Tokens[h].UPOS != "PRON" && h < w {
			n = h
		}
	case "advcl", "parataxis":
		for _, o := range t.children(h, "obl") {
			if l := t.last(o); o < w && (l == w-1 || l == w-2 && t.s.Tokens[w-1].Form == ",") && t.s.Tokens[o].UPOS != "PRON" {
				n = o
			}
		}
	}
	if n < 0 {
		return Part{}
	}
	ph := t.phrase(n, func(k int) bool {
		return k >= w-1 || t.rel(k) == "case" || t.argSkip(k) || base(t.rel(k)) == "acl"
	})
	if ph.From >= ph.To || ph.To > w || t.lower(w) == "when" && !t.isTime(ph) {
		return Part{}
	}
	ph.Prep, ph.implied = "in", true
	return ph
}

// mergedIobj returns the indirect object of v that runs straight into
// its direct object ("told him the whole story"), so that the two are
// said as one argument, or -1. (Two nouns the parse labels both obj,
// "gave local councils the power", stay apart: on the even tuning half
// merging them raised F1 0.5399 -> 0.5402 but lowered AUC 0.4267 ->
// 0.4263, as the two readings each match a gold tuple.)
func (t *tree) mergedIobj(v int) int {
	i, o := t.child(v, "iobj"), t.child(v, "obj")
	if i < 0 || o < i || isRelPronoun(t, i) || isRelPronoun(t, o) || len(t.conjuncts(i)) > 0 {
		return -1
	}
	ip, op := t.phrase(i, t.objSkip), t.phrase(o, t.objSkip)
	if ip.To != op.From {
		return -1
	}
	return i
}

// raisedObject returns the object of the verb conjoined right after verb
// v ("sell or merge X", "designed and built X"), when v has no object or
// complement of its own and the conjunct no subject of its own; else -1.
func (t *tree) raisedObject(v int) int {
	if t.s.Tokens[v].UPOS != "VERB" || t.child(v, "obj", "iobj", "ccomp", "xcomp", "csubj", "aux:pass", "nsubj:pass") >= 0 {
		return -1
	}
	for _, c := range t.children(v, "conj") {
		if c != v+2 || t.rel(v+1) != "cc" || t.s.Tokens[v+1].Head-1 != c || t.s.Tokens[c].UPOS != "VERB" {
			continue
		}
		if t.child(c, "nsubj", "nsubj:pass", "aux", "aux:pass") >= 0 {
			return -1
		}
		if o := t.child(c, "obj"); o > c && !isRelPronoun(t, o) {
			return o
		}
	}
	return -1
}

// perfect reports whether verb v is a perfect participle: its auxiliary
// is a form of "have" and it has no passive one.
func (t *tree) perfect(v int) bool {
	if t.child(v, "aux:pass") >= 0 {
		return false
	}
	for _, a := range t.children(v, "aux") {
		if t.lemma(a) == "have" {
			return true
		}
	}
	return false
}

// sharedDets are the determiners and quantifiers a conjoined noun
// without its own takes from the first conjunct ("the cats and dogs":
// the dogs); a possessive is shared whole ("The Noh 's nature and
// background").
var sharedDets = map[string]bool{"the": true, "any": true, "all": true, "some": true, "many": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true,
	"every": true, "each": true, "no": true, "several": true, "few": true, "most": true, "numerous": true, "various": true}

// shareDet gives conjunct c's phrase ph the determiner or owner of the
// first conjunct when c is a common noun with none of its own.
func (t *tree) shareDet(c int, ph Part) Part {
	if t.rel(c) != "conj" || t.s.Tokens[c].UPOS != "NOUN" || t.child(c, "det", "nmod:poss", "nummod", "det:poss") >= 0 {
		return ph
	}
	if u := t.s.Tokens[ph.From].UPOS; u != "NOUN" && u != "ADJ" {
		return ph
	}
	f := c
	for t.rel(f) == "conj" && t.s.Tokens[f].Head > 0 {
		f = t.s.Tokens[f].Head - 1
	}
	if t.s.Tokens[f].UPOS != "NOUN" || f > c {
		return ph
	}
	for _, d := range t.kids[f] {
		if d > f || d != t.first(f) && t.first(d) != t.first(f) {
			continue
		}
		switch r := t.rel(d); {
		case r == "det" || r == "amod" && t.s.Tokens[d].XPOS == "JJ":
			if !sharedDets[t.lower(d)] || len(t.kids[d]) > 0 {
				continue
			}
		case r == "nmod:poss":
			if t.s.Tokens[d].UPOS == "PRON" && !sharedDets[t.lower(d)] {
				continue
			}
		default:
			continue
		}
		toks := t.s.Tokens
		ph.shared = t.text[toks[t.first(d)].Start:toks[t.last(d)].End]
		return ph
	}
	return ph
}

// rootIndex returns the index of the first token headed by the root, or -1.
func rootIndex(toks []doc.Token) int {
	for i, tok := range toks {
		if tok.Head == 0 {
			return i
		}
	}
	return -1
}

// frontedParticiple repairs a parse that makes a sentence-initial
// participle modifying the subject noun ("Declining issues outnumbered
// gainers", "State - owned BNL , ... , has filed charges") the root verb,
// with its noun as object and the real, finite verb as a subjectless
// dependent (parataxis, conjunct, clausal modifier): the noun becomes that verb's subject and the participle its
// modifier. It returns a repaired copy of s, or s.
func frontedParticiple(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	r := rootIndex(toks)
	if r < 0 || toks[r].UPOS != "VERB" || (toks[r].XPOS != "VBG" && toks[r].XPOS != "VBN") || r+1 >= len(toks) {
		return s
	}
	o := r + 1
	if toks[o].Head-1 != r || toks[o].Rel != "obj" || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
		return s
	}
	plural := toks[o].XPOS == "NNS" || toks[o].XPOS == "NNPS"
	if toks[r].XPOS == "VBG" && !plural {
		return s // a gerund and its object ("Ending inflation means ...")
	}
	v := -1
	for i, tok := range toks {
		switch {
		case tok.Head-1 != r:
			continue
		case i < r:
			// Only a conjunction, punctuation or the participle's own
			// compound ("State - owned") before it.
			if tok.Rel != "cc" && tok.Rel != "punct" && tok.Rel != "compound" && tok.Rel != "advmod" {
				return s
			}
		case tok.Rel == "nsubj" || tok.Rel == "nsubj:pass" || tok.Rel == "aux" || tok.Rel == "aux:pass" || tok.Rel == "cop" || tok.Rel == "mark":
			return s
		case v < 0 && i > o && tok.UPOS == "VERB" && (tok.Rel == "parataxis" || tok.Rel == "conj" || tok.Rel == "acl" || tok.Rel == "ccomp" || tok.Rel == "xcomp"):
			v = i
		}
	}
	if v < 0 {
		return s
	}
	finite := toks[v].XPOS == "VBD" || toks[v].XPOS == "VBZ" || toks[v].XPOS == "VBP"
	singular := toks[v].XPOS == "VBZ"
	subj := "nsubj"
	for _, tok := range toks {
		if tok.Head-1 != v {
			continue
		}
		switch tok.Rel {
		case "nsubj", "nsubj:pass", "csubj", "expl", "mark", "cc":
			return s // a clause of its own
		case "aux", "aux:pass":
			if tok.Rel == "aux:pass" {
				subj = "nsubj:pass"
			}
			if tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP" || tok.XPOS == "MD" {
				finite = true
				singular = singular || tok.XPOS == "VBZ"
			}
		}
	}
	if !finite || singular && toks[r].XPOS == "VBG" {
		// A gerund subject takes a singular verb ("Studying groups is"):
		// the participle modifies a plural noun only before a plural
		// verb.
		return s
	}
	c := *s
	c.Tokens = append([]doc.Token(nil), toks...)
	ct := c.Tokens
	for i := range ct {
		if ct[i].Head-1 != r || i == o || i == v || i < r && ct[i].Rel == "compound" {
			continue
		}
		if i > r && i < v && ct[i].Rel != "obl" {
			// Between the noun and the verb: the noun's modifiers.
			ct[i].Head = o + 1
		} else {
			// A conjunction before it, an oblique after it ("on the
			// exchange") and all after the verb are the verb's.
			ct[i].Head = v + 1
		}
	}
	ct[v].Head, ct[v].Rel = 0, "root"
	ct[o].Head, ct[o].Rel = v+1, subj
	ct[r].Head, ct[r].Rel = o+1, "amod"
	return &c
}

// basedOn repairs a parse that makes "based on" after a verb an
// adverbial clause ("clubs operate based upon a loose confederation"):
// the participle completes the verb as a preposition would, an open
// complement joining its relation (operate based upon | a loose
// confederation). It returns a repaired copy of s, or s.
func basedOn(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	var c *doc.Sentence
	for b, tok := range toks {
		if tok.Form != "based" || tok.Rel != "advcl" || tok.Head-1 >= b || tok.Head < 1 {
			continue
		}
		ok, own := false, false
		for i, k := range toks {
			if k.Head-1 != b {
				continue
			}
			switch k.Rel {
			case "nsubj", "nsubj:pass", "aux", "aux:pass", "mark", "obj":
				own = true
			case "obl":
				if i < b {
					own = true // an oblique before it: no preposition
					continue
				}
				for _, cs := range toks[b+1 : i] {
					if cs.Head-1 == i && cs.Rel == "case" && (cs.Form == "on" || cs.Form == "upon") {
						ok = true
					}
				}
			}
		}
		if !ok || own {
			continue
		}
		if c == nil {
			cp := *s
			cp.Tokens = append([]doc.Token(nil), toks...)
			c = &cp
		}
		c.Tokens[b].Rel = "xcomp"
	}
	if c == nil {
		return s
	}
	return c
}

// hungRelative repairs a parse that hangs a subject noun from the verb of
// its own relative clause, which it makes a clause of the sentence ("The
// campaign , which started last week , was Barry 's idea" with campaign
// an oblique of started): the relative clause becomes the noun's, and
// the noun the subject of the predicate the clause hung from, when that
// has none. It returns a repaired copy of s, or s.
func hungRelative(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	for w := 2; w < len(toks); w++ {
		switch strings.ToLower(toks[w].Form) {
		case "which", "who":
		default:
			continue
		}
		n, v := w-2, toks[w].Head-1
		if toks[w-1].Form != "," || v <= w || toks[w].Rel != "nsubj" && toks[w].Rel != "nsubj:pass" || toks[v].Rel == "acl:relcl" || toks[v].Head < 1 {
			continue
		}
		if toks[n].Head-1 != v || toks[n].UPOS != "NOUN" && toks[n].UPOS != "PROPN" {
			continue
		}
		g := toks[v].Head - 1
		if g <= v {
			continue
		}
		subject := false
		for _, tok := range toks {
			if tok.Head-1 == g && (tok.Rel == "nsubj" || tok.Rel == "nsubj:pass" || tok.Rel == "csubj") {
				subject = true
			}
		}
		if subject {
			continue
		}
		c := *s
		c.Tokens = append([]doc.Token(nil), toks...)
		c.Tokens[n].Head, c.Tokens[n].Rel = g+1, "nsubj"
		c.Tokens[v].Head, c.Tokens[v].Rel = n+1, "acl:relcl"
		if c.Tokens[w-1].Head-1 != n {
			c.Tokens[w-1].Head = v + 1
		}
		return &c
	}
	return s
}

// bareConjunct repairs a parse that conjoins a bare verb to a reporting
// verb across its complement clause ("Mr. Wathen says the firm will be
// able to service debt and still turn a profit", turn a conjunct of
// says): a verb sharing a singular subject would agree with it ("says
// ... and turns"), so a bare form continues the complement clause, and
// becomes a conjunct of its predicate. It returns a repaired copy of s,
// or s.
func bareConjunct(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	var c *doc.Sentence
	for v, tok := range toks {
		h := tok.Head - 1
		if tok.Rel != "conj" || h < 0 || h > v || tok.UPOS != "VERB" || tok.XPOS != "VB" && tok.XPOS != "VBP" {
			continue
		}
		if x := toks[h].XPOS; x != "VBZ" && x != "VBD" {
			continue
		}
		comp, own, singular := -1, false, toks[h].XPOS == "VBZ"
		for i, k := range toks {
			switch {
			case k.Head-1 == h && k.Rel == "nsubj" && (k.XPOS == "NN" || k.XPOS == "NNP" || k.Form == "he" || k.Form == "He" || k.Form == "she" || k.Form == "She" || k.Form == "it" || k.Form == "It"):
				singular = true
			case k.Head-1 == v && (k.Rel == "nsubj" || k.Rel == "nsubj:pass" || k.Rel == "aux" || k.Rel == "aux:pass"):
				own = true
			case k.Head-1 == h && k.Rel == "ccomp" && i > h && i < v:
				comp = i
			}
		}
		if own || comp < 0 || !singular {
			continue // "They claimed X and claim Y": plural, the same tense
		}
		if c == nil {
			cp := *s
			cp.Tokens = append([]doc.Token(nil), toks...)
			c = &cp
		}
		c.Tokens[v].Head = comp + 1
	}
	if c == nil {
		return s
	}
	return c
}

// participleRoot repairs a parse that makes a past participle modifying
// the subject the root and the sentence's copular predicate a dependent
// of it ("the famous organ built by Arp Schnitger , one of the best known
// organ makers was the main organ"): the participle, with no auxiliary,
// is the subject's modifier, and the predicate, which has a finite copula
// but no subject, is the root with that subject. It returns a repaired
// copy of s, or s.
func participleRoot(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	r := rootIndex(toks)
	if r < 0 || toks[r].UPOS != "VERB" || toks[r].XPOS != "VBN" {
		return s
	}
	predicate := func(c int) bool {
		cop := false
		for _, tok := range toks {
			if tok.Head-1 != c {
				continue
			}
			switch tok.Rel {
			case "nsubj", "nsubj:pass", "csubj", "mark", "cc":
				return false
			case "cop":
				cop = tok.XPOS == "VBD" || tok.XPOS == "VBZ" || tok.XPOS == "VBP"
			}
		}
		return cop
	}
	n, c := -1, -1
	for i, tok := range toks {
		if tok.Head-1 != r {
			continue
		}
		switch tok.Rel {
		case "aux", "aux:pass", "cop", "nsubj:pass", "expl", "mark", "obj":
			return s
		case "nsubj":
			n = i
		case "parataxis", "conj", "ccomp", "dep":
			if i > r && c < 0 && predicate(i) {
				c = i
			}
		}
	}
	if n < 0 || n > r || c < 0 {
		return s
	}
	cp := *s
	cp.Tokens = append([]doc.Token(nil), toks...)
	ct := cp.Tokens
	for i := range ct {
		if ct[i].Head-1 == r && i != n && i != c && (i < n || i > c) {
			ct[i].Head = c + 1 // fronted obliques and the final period
		}
	}
	ct[c].Head, ct[c].Rel = 0, "root"
	ct[n].Head, ct[n].Rel = c+1, "nsubj"
	ct[r].Head, ct[r].Rel = n+1, "acl"
	return &cp
}

// invertedPassive repairs a parse that reads the subject of an inverted
// passive as its object ("Centuries later , in 1806 , was built the Canal
// de l'Ourcq"): a passive with no subject and only adverbials before it
// has none but the noun after it (a passive's object comes with a
// subject: "was given the book"). It returns a repaired copy of s, or s.
func invertedPassive(s *doc.Sentence) *doc.Sentence {
	toks := s.Tokens
	var c *doc.Sentence
	for v, tok := range toks {
		if tok.UPOS != "VERB" || tok.XPOS != "VBN" {
			continue
		}
		pass, o := false, -1
		for i, k := range toks {
			if k.Head-1 != v {
				continue
			}
			if i < v {
				switch k.Rel {
				case "aux", "aux:pass", "advmod", "obl", "obl:tmod", "obl:unmarked", "punct", "cc":
				default:
					// "All respondents who indicated they were
					// discriminated against ... were asked the
					// question": a clause before the verb took its
					// subject; only adverbials come before an inverted
					// passive.
					o = -2
				}
			}
			switch k.Rel {
			case "aux:pass":
				pass = pass || i < v
			case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl", "iobj", "mark":
				o = -2
			case "obj":
				if o == -1 && i > v {
					o = i
				}
			}
		}
		if !pass || o < 0 || toks[o].UPOS != "NOUN" && toks[o].UPOS != "PROPN" {
			continue
		}
		if rel := tok.Rel; rel != "root" && rel != "parataxis" {
			continue // a conjunct shares its subject ("and was given the name X")
		}
		if c == nil {
			cp := *s
			cp.Tokens = append([]doc.Token(nil), toks...)
			c = &cp
		}
		c.Tokens[o].Rel = "nsubj:pass"
	}
	if c == nil {
		return s
	}
	return c
}
