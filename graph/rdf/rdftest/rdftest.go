// Package rdftest provides a realistic test graph for the RDF mapping and the
// exporters: facts built by hand from sentences of the seed corpus (Oksana
// Pokalchuk resigning from Amnesty International Ukraine, Agnès Callamard's
// quotation) plus documents and entities with names chosen to break naive
// serializers (quotes, backslashes, newlines, <>, parentheses, unicode,
// emoji, a trailing dot, percent signs, a 10 kB sentence).
//
// Offsets are computed from the text, never counted by hand.
package rdftest

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph/rdf"
)

// Resolved is a fact with the entity IDs of its subject, object and
// claimant, as graph/resolve would hand it to the mapper.
type Resolved struct {
	Fact               doc.Fact
	Subj, Obj, Claimed string
}

// Mapper returns the mapper the fixtures use (default base, a fixed run).
func Mapper() *rdf.Mapper {
	return &rdf.Mapper{
		Run:      "2026-11-23T10-00-00Z",
		Started:  time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC),
		Software: "textgraph 0.1.0",
	}
}

// document builds a document text sentence by sentence.
type document struct {
	ref   doc.DocRef
	text  strings.Builder
	sents []doc.SentRef
}

func newDoc(id, source, title, date string) *document {
	return &document{ref: doc.DocRef{ID: id, Source: source, Title: title, Date: date}}
}

// sentence appends s to the text and returns its index.
func (d *document) sentence(s string) int {
	if d.text.Len() > 0 {
		d.text.WriteString(" ")
	}
	begin := utf8.RuneCountInString(d.text.String())
	d.text.WriteString(s)
	d.sents = append(d.sents, doc.SentRef{Index: len(d.sents), Text: s, Begin: begin, End: begin + utf8.RuneCountInString(s)})
	return len(d.sents) - 1
}

// arg locates the first occurrence of surface in sentence i.
func (d *document) arg(i int, kind, typ, surface, name string) doc.Arg {
	s := d.sents[i]
	k := strings.Index(s.Text, surface)
	if k < 0 {
		panic("rdftest: " + surface + " not in sentence " + s.Text)
	}
	b := s.Begin + utf8.RuneCountInString(s.Text[:k])
	return doc.Arg{Kind: kind, Type: typ, Text: surface, Name: name, Begin: b, End: b + utf8.RuneCountInString(surface)}
}

func (d *document) fact(i int, subj doc.Arg, rel, relText string, obj doc.Arg, conf float64) doc.Fact {
	s := d.sents[i]
	ref := d.ref
	ref.Length = utf8.RuneCountInString(d.text.String())
	r := doc.Relation{Name: rel, Text: relText}
	if k := strings.Index(s.Text, relText); k >= 0 && relText != "" {
		r.Begin = s.Begin + utf8.RuneCountInString(s.Text[:k])
		r.End = r.Begin + utf8.RuneCountInString(relText)
	}
	return doc.Fact{Doc: ref, Sentence: s, Subject: subj, Relation: r, Object: obj, Confidence: conf, Extractor: "rdftest"}
}

// Entities returns the entities of the fixture graph.
func Entities() []rdf.EntityInfo {
	return []rdf.EntityInfo{
		{ID: "person-oksana-pokalchuk", Type: "PER", Label: "Oksana Pokalchuk", Aliases: []string{"Pokalchuk", "Pokaltchouk", "Ms. Pokaltchouk", "Оксана Покальчук", "Pokalchuk"}},
		{ID: "org-amnesty-international-ukraine", Type: "ORG", Label: "Amnesty International Ukraine", Aliases: []string{"Amnesty International in Ukraine", "the Ukrainian office"}},
		{ID: "org-amnesty-international", Type: "ORG", Label: "Amnesty International"},
		{ID: "person-agnes-callamard", Type: "PER", Label: "Agnès Callamard", Aliases: []string{"Agnes Callamard", "Callamard"}},
		{ID: "loc-ukraine", Type: "LOC", Label: "Ukraine"},
		{ID: "org-ukrinform", Type: "ORG", Label: "Ukrinform"},
		// Names that break naive serializers.
		{ID: "person-oksana-(activist)", Type: "PER", Label: "Oksana (activist)"},
		{ID: `org-"quoted"-back\slash-<b>`, Type: "ORG", Label: `The "Quoted" Back\slash <b> Org`, Aliases: []string{"Line one\nline two\r\n\ttabbed", "nul\x00and\x01bell\x07del\x7f"}},
		{ID: "org-ukrainian-office.", Type: "ORG", Label: "Ukrainian Office."},
		{ID: "org-100%-real", Type: "ORG", Label: "100% Real News", Aliases: []string{"100%25 Real"}},
		{ID: "person-агнес-каламар", Type: "PER", Label: "Агнес Каламар"},
		{ID: "misc-🦊-fox", Type: "MISC", Label: "🦊 Fox", Aliases: []string{"Fox 🦊\u200d"}},
		{ID: "work-a:b/c?d#e[f]@g!h$i&j'k*l+m,n;o=p", Type: "WORK", Label: "a:b/c?d#e[f]@g!h$i&j'k*l+m,n;o=p"},
		{ID: "event-_leading-underscore~tilde", Type: "EVENT", Label: "~tilde"},
	}
}

// LongSentenceBytes is the minimum size of the fixture's long sentence.
const LongSentenceBytes = 10 << 10

// Facts returns the resolved facts of the fixture graph: four documents,
// two of them from the seed corpus.
func Facts() []Resolved {
	var out []Resolved

	// A URL source, from seeds/000 and seeds/004.
	d1 := newDoc("52cb37805f91e3bf", "https://www.ukrinform.net/rubric-society/3544211-amnesty.html",
		"Head of Amnesty International in Ukraine Oksana Pokalchuk resigns", "2022-08-05")
	s0 := d1.sentence("The head of Amnesty International in Ukraine, Oksana Pokalchuk, has decided to step down amid the scandal surrounding the Amnesty International report on the actions of the Armed Forces of Ukraine during the war with Russia.")
	s1 := d1.sentence(`Callamard stressed last Friday that the report's conclusions "are based on evidence obtained during extensive investigations".`)
	s2 := d1.sentence("About it on facebook informed Head of Amnesty International in Ukraine Oksana Pokalchuk, Ukrinform reports.")
	pok := d1.arg(s0, doc.KindEntity, "PER", "Oksana Pokalchuk", "Oksana Pokalchuk")
	aiu := d1.arg(s0, doc.KindEntity, "ORG", "Amnesty International in Ukraine", "Amnesty International Ukraine")
	f := d1.fact(s0, pok, "resign from", "decided to step down", aiu, 0.87)
	f.EventDate = "2022-08-05"
	out = append(out, Resolved{f, "person-oksana-pokalchuk", "org-amnesty-international-ukraine", ""})
	out = append(out, Resolved{d1.fact(s0, pok, "head of", "head of", aiu, 0.91), "person-oksana-pokalchuk", "org-amnesty-international-ukraine", ""})
	out = append(out, Resolved{d1.fact(s0, aiu, "in", "in", d1.arg(s0, doc.KindEntity, "LOC", "Ukraine", "Ukraine"), 0.6), "org-amnesty-international-ukraine", "loc-ukraine", ""})
	cal := d1.arg(s1, doc.KindEntity, "PER", "Callamard", "Agnès Callamard")
	quote := d1.arg(s1, doc.KindQuote, "", "are based on evidence obtained during extensive investigations", "")
	f = d1.fact(s1, cal, "stress", "stressed", quote, 0.95)
	out = append(out, Resolved{f, "person-agnes-callamard", "", "person-agnes-callamard"})
	pok2 := d1.arg(s2, doc.KindEntity, "PER", "Oksana Pokalchuk", "Oksana Pokalchuk")
	out = append(out, Resolved{d1.fact(s2, pok2, "head of", "Head of", d1.arg(s2, doc.KindEntity, "ORG", "Amnesty International in Ukraine", "Amnesty International Ukraine"), 0.8), "person-oksana-pokalchuk", "org-amnesty-international-ukraine", "org-ukrinform"})

	// A file source, from seeds/001: a second document supporting the same fact.
	d2 := newDoc("4860baec544c5415", "seeds/001_4860baec544c5415.txt", "", "2022-08-05")
	t0 := d2.sentence("The director of the Ukrainian office of Amnesty International, Oksana Pokalchuk, announced on Friday, August 5, that she was resigning.")
	t1 := d2.sentence(`"I am resigning from Amnesty International in Ukraine.`)
	pok = d2.arg(t0, doc.KindEntity, "PER", "Oksana Pokalchuk", "Oksana Pokalchuk")
	date := d2.arg(t0, doc.KindValue, "DATE", "Friday, August 5", "2022-08-05")
	out = append(out, Resolved{d2.fact(t0, pok, "announce resignation on", "announced", date, 0.7), "person-oksana-pokalchuk", "", ""})
	out = append(out, Resolved{d2.fact(t0, pok, "director of", "director of", d2.arg(t0, doc.KindValue, "", "the Ukrainian office of Amnesty International", ""), 0.65), "person-oksana-pokalchuk", "", ""})
	f = d2.fact(t1, d2.arg(t1, doc.KindEntity, "PER", "I", "Oksana Pokalchuk"), "resign from", "am resigning from", d2.arg(t1, doc.KindEntity, "ORG", "Amnesty International in Ukraine", "Amnesty International Ukraine"), 0.83)
	out = append(out, Resolved{f, "person-oksana-pokalchuk", "org-amnesty-international-ukraine", "person-oksana-pokalchuk"})

	// Nasty names and text.
	d3 := newDoc("nasty\"id <1>", "/tmp/news dir/файл \"<1>\".txt", "A \"headline\"\nwith a newline and a \\ backslash", "2022-13-45")
	n0 := d3.sentence(`Oksana (activist) told The "Quoted" Back\slash <b> Org that Ukrainian Office. is 100% Real News, 🦊 Fox and Агнес Каламар said "yes \ no" at a:b/c?d#e[f]@g!h$i&j'k*l+m,n;o=p on ~tilde.`)
	act := d3.arg(n0, doc.KindEntity, "PER", "Oksana (activist)", "Oksana (activist)")
	bs := d3.arg(n0, doc.KindEntity, "ORG", `The "Quoted" Back\slash <b> Org`, `The "Quoted" Back\slash <b> Org`)
	out = append(out, Resolved{d3.fact(n0, act, "tell", "told", bs, 0.5), "person-oksana-(activist)", `org-"quoted"-back\slash-<b>`, ""})
	uo := d3.arg(n0, doc.KindEntity, "ORG", "Ukrainian Office.", "Ukrainian Office.")
	out = append(out, Resolved{d3.fact(n0, uo, "be", "is", d3.arg(n0, doc.KindEntity, "ORG", "100% Real News", "100% Real News"), 1), "org-ukrainian-office.", "org-100%-real", ""})
	out = append(out, Resolved{d3.fact(n0, uo, "be «also» 100% (really) #1", "is", d3.arg(n0, doc.KindEntity, "MISC", "🦊 Fox", "🦊 Fox"), 0), "org-ukrainian-office.", "misc-🦊-fox", ""})
	ag := d3.arg(n0, doc.KindEntity, "PER", "Агнес Каламар", "Агнес Каламар")
	out = append(out, Resolved{d3.fact(n0, ag, "sagen über", "said", d3.arg(n0, doc.KindQuote, "", `yes \ no`, ""), 0.999), "person-агнес-каламар", "", "person-агнес-каламар"})
	f = d3.fact(n0, ag, "say at", "said", d3.arg(n0, doc.KindEntity, "WORK", "a:b/c?d#e[f]@g!h$i&j'k*l+m,n;o=p", ""), 0.4)
	f.EventDate = "not a date"
	out = append(out, Resolved{f, "person-агнес-каламар", "work-a:b/c?d#e[f]@g!h$i&j'k*l+m,n;o=p", ""})
	out = append(out, Resolved{d3.fact(n0, ag, "on", "on", d3.arg(n0, doc.KindEntity, "EVENT", "~tilde", ""), 0.3), "person-агнес-каламар", "event-_leading-underscore~tilde", ""})

	// A 10 kB sentence from a URL with characters IRIs forbid.
	d4 := newDoc("c0ffee", "https://example.com/a b/<x>?q=\"1\"&r={2}|^`", "Long", "")
	var long strings.Builder
	long.WriteString("Oksana Pokalchuk said ")
	for long.Len() < LongSentenceBytes {
		long.WriteString(`that the report "was unfair" \ and — once more — `)
	}
	long.WriteString("Amnesty International disagreed.")
	l0 := d4.sentence(long.String())
	f = d4.fact(l0, d4.arg(l0, doc.KindEntity, "PER", "Oksana Pokalchuk", "Oksana Pokalchuk"), "disagree with", "disagreed", d4.arg(l0, doc.KindEntity, "ORG", "Amnesty International", "Amnesty International"), 0.55)
	out = append(out, Resolved{f, "person-oksana-pokalchuk", "org-amnesty-international", ""})
	return out
}

// Quads maps the fixture entities and facts with m and returns the
// deduplicated quads in first-seen order.
func Quads(m *rdf.Mapper) []quad.Quad {
	return Map(m, Entities(), Facts())
}

// Map maps entities and facts with m and returns the deduplicated quads in
// first-seen order.
func Map(m *rdf.Mapper, ents []rdf.EntityInfo, facts []Resolved) []quad.Quad {
	var all []quad.Quad
	for _, e := range ents {
		all = append(all, m.Entity(e)...)
	}
	for i := range facts {
		r := &facts[i]
		all = append(all, m.Fact(&r.Fact, r.Subj, r.Obj, r.Claimed)...)
	}
	return Dedup(all)
}

// Dedup removes repeated quads, keeping the first of each.
func Dedup(qs []quad.Quad) []quad.Quad {
	seen := make(map[string]bool, len(qs))
	out := qs[:0:0]
	for _, q := range qs {
		k := q.NQuad()
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, q)
	}
	return out
}

// Triples returns the number of distinct triples (labels dropped) in qs.
func Triples(qs []quad.Quad) int {
	seen := make(map[string]bool, len(qs))
	for _, q := range qs {
		q.Label = nil
		seen[q.NQuad()] = true
	}
	return len(seen)
}
