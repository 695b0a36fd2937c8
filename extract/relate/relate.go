// Package relate turns an annotated document into facts: (subject, relation,
// object) triples, each tied to the sentence that supports it.
//
// These kinds of facts are produced, most reliable first:
//   - quotations: (speaker, "say", the quoted words), with the speaker found
//     by package quote and resolved through coreference;
//   - roles from appositions and titles: "The head of Amnesty International
//     in Ukraine, Oksana Pokalchuk" → (Oksana Pokalchuk, "head of", Amnesty
//     International Ukraine); "Ukrainian Foreign Minister Dmytro Kuleba" →
//     (Dmytro Kuleba, "foreign minister of", Ukraine);
//   - clauses: subject–verb–object from surface patterns around a lexicon of
//     news verbs ("has decided to step down", "resigned from", passives with
//     "by", object relative clauses), relation = lemma + particle +
//     preposition. Negated clauses and clauses under a modal or "if" are
//     dropped; reported speech ("X said (that) …", "according to X") and
//     words inside a quotation are attributed to their speaker, and "I"
//     inside a quotation is the speaker; "my resignation from X" and "X was
//     outraged by Y" are read the same way; "The head of X, Y, has decided
//     to step down" and "… announced her resignation" give (Y, "step down
//     from" / "resign from", X) when the sentence itself names Y's post;
//   - clauses from the dependency parse, when the sentence has one (nsubj,
//     obj, obl with its case preposition, nsubj:pass with obl:agent, xcomp
//     control, ccomp of a speech verb), for verbs the surface patterns did
//     not cover.
//
// Relations are filed under one predicate per meaning where that is safe:
// giving up a post at an organization under "resign from", and a verb that
// shares its first WordNet sense and frames with a commoner one under that
// one ("stated" → "say"); Relation.Text keeps the text's words.
//
// Arguments are entities (Arg.Name = the coreference chain's name) when a
// mention is meant, else short noun phrases (KindValue). Dates in the clause
// (package date) become Fact.EventDate when the article date resolves them
// to a day. Offsets in facts are code points.
//
// Input contract: tokenized sentences, d.Mentions with chains (packages ner
// and coref); d.Date (YYYY-MM-DD) when known.
package relate

import (
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/textgraph/textgraph/extract/date"
	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/ner"
	"github.com/textgraph/textgraph/extract/quote"
)

// Confidence of each pattern; higher is more reliable.
const (
	ConfQuoteNamed     = 0.95 // quotation with a named speaker next to the speech verb
	ConfQuoteResolved  = 0.85 // speaker is a pronoun or description resolved by coreference
	ConfQuoteInherited = 0.8  // speaker carried over from a neighbouring quotation
	ConfRole           = 0.85 // apposition or title
	ConfClauseEntity   = 0.7  // clause with two entities
	ConfLeavePost      = 0.6  // leaving the post the sentence's apposition names ("The head of X, Y, stepped down")
	ConfClauseValue    = 0.5  // clause with a noun-phrase object
)

// Relater extracts facts. The zero value is ready to use and safe for
// concurrent use.
type Relater struct{}

// New returns a Relater.
func New() *Relater { return &Relater{} }

// Relate returns the facts of d. It leaves Fact.Doc and Fact.Extractor
// empty for the caller to fill.
func (r *Relater) Relate(d *doc.Doc) ([]doc.Fact, error) {
	if d == nil || len(d.Sentences) == 0 {
		return nil, nil
	}
	x := &extraction{d: d, quotes: quote.Attribute(d), cur: -1}
	if d.Date != "" {
		x.ref, _ = time.Parse("2006-01-02", d.Date)
	}
	x.quoteFacts()
	x.quoteRels = map[int][][2]int{}
	for _, f := range x.facts {
		x.quoteRels[f.Sentence.Index] = append(x.quoteRels[f.Sentence.Index], [2]int{f.Relation.Begin, f.Relation.End})
	}
	for si := range d.Sentences {
		x.cur, x.dates, x.first = si, date.Find(d.Text, d.Sentences[si].Span), len(x.facts)
		ws := quote.Words(d, si)
		x.roles(si, ws)
		x.clauses(si, ws)
		x.resignations(si, ws)
		x.feelings(si, ws)
		x.depClauses(si, ws, x.coveredIn(si))
	}
	for i := range x.facts {
		x.facts[i].Relation.Name = canonicalRelation(&x.facts[i])
	}
	// A fact relating an entity to itself says nothing, and one sentence
	// supports a fact once.
	type key struct {
		sent                   int
		subj, rel, obj, claims string
	}
	seen := map[key]bool{}
	out := x.facts[:0]
	for _, f := range x.facts {
		if f.Object.Kind == doc.KindEntity && f.Subject.Name == f.Object.Name {
			continue
		}
		k := key{f.Sentence.Index, f.Subject.Name, f.Relation.Name, f.Object.Name + "\x00" + f.Object.Text, ""}
		if f.Attributed != nil {
			k.claims = f.Attributed.Name
		}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out, nil
}

type extraction struct {
	d      *doc.Doc
	quotes []quote.Quote
	ref    time.Time
	facts  []doc.Fact
	cur    int         // the sentence being read
	dates  []date.Expr // its date expressions
	first  int         // index of its first fact

	quoteRels map[int][][2]int // relation spans of the quotation facts, by sentence
}

func (x *extraction) cp(off int) int { return x.d.CodePoint(off) }

func (x *extraction) sentRef(si int) doc.SentRef {
	s := x.d.Sentences[si]
	return doc.SentRef{Index: si, Text: s.Text(x.d.Text), Begin: x.cp(s.Start), End: x.cp(s.End)}
}

// isProper reports whether a mention is a name (not a pronoun or
// description). A known place is one in lower case too ("kyiv" in
// translated news).
func (x *extraction) isProper(m doc.Mention) bool {
	t := m.Text(x.d.Text)
	r := []rune(t)
	if len(r) > 0 && unicode.IsLower(r[0]) && m.Type == doc.Place && ner.Place(t) != "" {
		return true
	}
	return len(r) > 0 && unicode.IsUpper(r[0]) && !strings.HasPrefix(t, "The ") && !strings.HasPrefix(t, "She") && !strings.HasPrefix(t, "He") && !strings.HasPrefix(t, "His") && !strings.HasPrefix(t, "Her") && !strings.HasPrefix(t, "Its")
}

func (x *extraction) entity(m doc.Mention) doc.Arg {
	name := m.Name
	if name == "" {
		name = m.Text(x.d.Text)
		if m.Type == doc.Place {
			if p := ner.Place(name); p != "" {
				name = p
			}
		}
	}
	local := m.Type == doc.Person && !strings.ContainsAny(name, " \u00a0") && ner.Gender(name) != ""
	return doc.Arg{Kind: doc.KindEntity, Type: m.Type, Text: m.Text(x.d.Text), Name: name, Begin: x.cp(m.Start), End: x.cp(m.End), Local: local}
}

func (x *extraction) value(sp doc.Span) doc.Arg {
	return doc.Arg{Kind: doc.KindValue, Text: sp.Text(x.d.Text), Begin: x.cp(sp.Start), End: x.cp(sp.End)}
}

func (x *extraction) relation(name string, sp doc.Span) doc.Relation {
	return doc.Relation{Name: name, Text: sp.Text(x.d.Text), Begin: x.cp(sp.Start), End: x.cp(sp.End)}
}

// quoteFacts turns attributed quotations into "say" facts.
func (x *extraction) quoteFacts() {
	for _, q := range x.quotes {
		if q.Speaker < 0 {
			continue
		}
		m := x.d.Mentions[q.Speaker]
		if m.Name == "" && !x.isProper(m) {
			continue
		}
		subj := x.entity(m)
		conf := ConfQuoteNamed
		switch {
		case q.How == "inherited":
			conf = ConfQuoteInherited
		case !x.isProper(m) || q.How == "according":
			conf = ConfQuoteResolved
		}
		verb := q.Verb
		if verb.Len() == 0 {
			verb = doc.Span{Start: q.Open.Start, End: q.Open.Start}
		}
		att := subj
		when := ""
		if q.Verb.Len() > 0 {
			// "…,” she said on Saturday.
			ws := quote.Words(x.d, q.Sentence)
			if k := wordAt(ws, q.Verb.Start); k >= 0 {
				when = x.eventDate(q.Sentence, ws, k, nil)
			}
		}
		x.facts = append(x.facts, doc.Fact{
			Sentence:   x.sentRef(q.Sentence),
			Subject:    subj,
			Relation:   x.relation("say", verb),
			Object:     doc.Arg{Kind: doc.KindQuote, Text: q.Span.Text(x.d.Text), Begin: x.cp(q.Start), End: x.cp(q.End)},
			Confidence: conf,
			Attributed: &att,
			EventDate:  when,
		})
	}
}

// quoteAt returns the quotation containing byte offset off, or nil.
func (x *extraction) quoteAt(off int) *quote.Quote {
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].Start > off }) - 1
	if i >= 0 && off < x.quotes[i].End {
		return &x.quotes[i]
	}
	return nil
}

// mentionsIn returns the indexes of mentions within [s, e).
func (x *extraction) mentionsIn(s, e int) []int {
	var out []int
	ms := x.d.Mentions
	for i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s }); i < len(ms) && ms[i].Start < e; i++ {
		if ms[i].End <= e {
			out = append(out, i)
		}
	}
	return out
}

// coveredIn returns a test of whether a byte offset falls inside the relation
// of a fact already found in sentence si.
func (x *extraction) coveredIn(si int) func(off int) bool {
	spans := append([][2]int(nil), x.quoteRels[si]...)
	for _, f := range x.facts[x.first:] {
		spans = append(spans, [2]int{f.Relation.Begin, f.Relation.End})
	}
	return func(off int) bool {
		c := x.cp(off)
		for _, s := range spans {
			if c >= s[0] && c < s[1] {
				return true
			}
		}
		return false
	}
}
