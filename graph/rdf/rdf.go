// Package rdf maps resolved facts (extract/doc.Fact plus the entity IDs that
// graph/resolve minted for their arguments) to RDF quads
// (github.com/cayleygraph/quad), following the RDF model of DESIGN.md.
//
// Every IRI is deterministic (no blank nodes) and minted under a base
// namespace (graph.DefaultBase unless Mapper.Base is set):
//
//	entity     base + "entity/" + Escape(id)            ent:person-oksana-pokalchuk
//	document   base + "doc/" + Escape(doc ID)
//	span       document + "#char=begin,end"              NIF RFC 5147, code points
//	assertion  base + "assertion/" + hash(doc, sentence, s, p, o, spans)
//	quotation  base + "quote/" + hash(speaker, text)
//	run        base + "run/" + Escape(Mapper.Run)
//	predicate  graph.TGR + lowerCamelCase(phrase)        tgr:resignFrom
//
// Minted segments are percent-encoded outside the RFC 3986 unreserved
// characters, so no name can break an IRI or a Turtle/N-Triples file.
//
// Quads come in two kinds. Shared quads (entities, the direct fact triple,
// predicate declarations, quotations, the run and its software agent) have
// no label: they belong to the default graph. Provenance quads (assertion
// nodes, NIF spans, the document and its context, the run's prov:used) carry
// the document IRI as label, so N-Quads keeps one named graph per article;
// the same information is in-graph, so Turtle and N-Triples lose nothing.
//
// # Quads per fact
//
// For an entity–entity fact such as "Oksana Pokalchuk resigned from Amnesty
// International Ukraine" on 2022-08-05, Fact returns 54 quads
// (TestQuadsPerFact):
//
//	 1  direct triple                                       (default graph)
//	 3  predicate declaration: type, label, subPropertyOf   (once per predicate)
//	12  assertion: 3 types, subject, predicate, object, relationText,
//	    confidence, wasDerivedFrom, subjectMention, objectMention,
//	    wasGeneratedBy; +1 each for eventDate and wasAttributedTo
//	 6  sentence span                                       (once per sentence)
//	 7  per mention span, 2 mentions                        (once per mention)
//	12  document 6, context 5, prov:used 1                  (once per document)
//	 5  run 3 (type, startedAtTime, wasAssociatedWith)
//	    and its software agent 2                            (once per run)
//
// Only the direct triple and the 12–14 assertion quads are new for a further
// fact of the same sentence with already seen mentions (16 with a new
// predicate). A quotation adds 4 (type, text, creator, isBasedOn). On the
// test fixture (15 facts from 4 documents) the distinct quads average 35 per
// fact, and 33 per fact on the five seed articles (87 facts, 2,861 quads).
// At the Sentence provenance level (Mapper.Provenance) a fact drops its two
// argument spans and their links (38 quads for the first fact, the fixture
// 341 quads instead of 528), and a mention is one quad instead of 8.
// Callers deduplicate (the store writes with IgnoreDup). Mapping one fact
// takes 26–115 µs (load-dependent), 9 kB and 173 allocations (BenchmarkFact).
package rdf

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph"
)

// Vocabulary used here and not (yet) in package graph.
const (
	XSDString             = graph.XSD + "string"
	XSDDate               = graph.XSD + "date"
	XSDDateTime           = graph.XSD + "dateTime"
	XSDDecimal            = graph.XSD + "decimal"
	XSDDouble             = graph.XSD + "double"
	XSDInteger            = graph.XSD + "integer"
	XSDNonNegativeInteger = graph.XSD + "nonNegativeInteger"
	XSDBoolean            = graph.XSD + "boolean"

	ObjectProperty = graph.OWL + "ObjectProperty"
	Property       = graph.RDF + "Property"
	SubPropertyOf  = graph.RDFS + "subPropertyOf"

	SoftwareAgent     = graph.PROV + "SoftwareAgent"
	Used              = graph.PROV + "used"
	StartedAtTime     = graph.PROV + "startedAtTime"
	WasAssociatedWith = graph.PROV + "wasAssociatedWith"

	// SourcePath is the file path a document was read from, when its
	// source is not a URL (URLs go to schema:url).
	SourcePath = graph.TG + "sourcePath"
)

// Mapper turns entities and facts into quads. The zero value is usable; set
// Run, Started and Software to describe the extraction run.
type Mapper struct {
	Base       string     // IRI namespace for minted IRIs; "" means graph.DefaultBase
	Run        string     // run id, e.g. "2026-11-23T10-00-00Z"
	Started    time.Time  // when the run started (prov:startedAtTime); zero omits it
	Software   string     // name and version of the extractor, e.g. "textgraph 0.1.0"
	Provenance Provenance // how much provenance each fact carries; the zero value is Full
}

// Provenance is a level of provenance detail.
type Provenance int

const (
	// Full provenance: every assertion links its sentence and the spans of
	// its subject and object (NIF phrases tied to their entities), and a
	// mention is a NIF phrase with its offsets.
	Full Provenance = iota
	// Sentence provenance: assertions link their sentence (text and
	// offsets) but no argument spans, and a mention is the single quad
	// <document> schema:mentions <entity>. Every fact stays traceable to
	// its sentence, for about half the quads of Full on news text.
	Sentence
)

// ParseProvenance reads a level by name: "full" or "sentence".
func ParseProvenance(s string) (Provenance, error) {
	switch s {
	case "full":
		return Full, nil
	case "sentence":
		return Sentence, nil
	}
	return Full, fmt.Errorf("rdf: unknown provenance level %q (want full or sentence)", s)
}

// String returns the level's name.
func (p Provenance) String() string {
	if p == Sentence {
		return "sentence"
	}
	return "full"
}

// EntityInfo describes one resolved entity.
type EntityInfo struct {
	ID      string   // stable slug minted by graph/resolve, e.g. "person-oksana-pokalchuk"
	Type    string   // extract/doc entity type: PER, ORG, LOC, EVENT, WORK, MISC
	Label   string   // canonical name
	Aliases []string // other surface forms seen
}

func errorf(format string, args ...any) error {
	return fmt.Errorf("rdf: "+format, args...)
}

// text returns s as a plain xsd:string literal with invalid UTF-8 replaced.
func text(s string) quad.String {
	return quad.String(strings.ToValidUTF8(s, "\uFFFD"))
}

func typed(v, dt string) quad.TypedString {
	return quad.TypedString{Value: quad.String(v), Type: quad.IRI(dt)}
}

func nonNeg(n int) quad.TypedString {
	if n < 0 {
		n = 0
	}
	return typed(strconv.Itoa(n), XSDNonNegativeInteger)
}

// Date returns an xsd:date literal for a YYYY-MM-DD string, and false if s
// is not a valid calendar date in that form.
func Date(s string) (quad.TypedString, bool) {
	if len(s) != 10 {
		return quad.TypedString{}, false
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return quad.TypedString{}, false
	}
	return typed(s, XSDDate), true
}

// Decimal returns v as an xsd:decimal literal with three decimals, and
// false for NaN and infinities, which xsd:decimal cannot represent.
func Decimal(v float64) (quad.TypedString, bool) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return quad.TypedString{}, false
	}
	s := strconv.FormatFloat(v, 'f', 3, 64)
	if s == "-0.000" {
		s = "0.000"
	}
	return typed(s, XSDDecimal), true
}

// sourceURL returns the source as an absolute http(s) URL, if it is one.
func sourceURL(src string) (string, bool) {
	u, err := url.Parse(src)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", false
	}
	return SafeIRI(src), true
}

func q(s, p, o quad.Value, label quad.Value) quad.Quad {
	return quad.Quad{Subject: s, Predicate: p, Object: o, Label: label}
}

// Entity returns the quads describing an entity, all in the default graph:
// its rdf:type (graph.Class), exactly one rdfs:label (a plain string, never
// language-tagged, so Gizmo's g.V("name") finds it; the ID when Label is
// empty) and one skos:altLabel per distinct alias other than the label. An
// entity without ID yields no quads.
func (m *Mapper) Entity(e EntityInfo) []quad.Quad {
	if e.ID == "" {
		return nil
	}
	iri := m.EntityIRI(e.ID)
	label := e.Label
	if label == "" {
		label = e.ID
	}
	out := make([]quad.Quad, 0, 2+len(e.Aliases))
	out = append(out,
		q(iri, quad.IRI(graph.Type), quad.IRI(graph.Class(e.Type)), nil),
		q(iri, quad.IRI(graph.Label), text(label), nil))
	seen := map[string]bool{string(text(label)): true}
	for _, a := range e.Aliases {
		a = string(text(a))
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, q(iri, quad.IRI(graph.AltLabel), quad.String(a), nil))
	}
	return out
}

// object returns the RDF term of a fact's object: the entity IRI, the
// quotation IRI (with isQuote set) or a literal.
func (m *Mapper) object(f *doc.Fact, obj, speaker string) (v quad.Value, isQuote bool) {
	switch {
	case obj != "":
		return m.EntityIRI(obj), false
	case f.Object.Kind == doc.KindQuote && speaker != "":
		return m.QuoteIRI(speaker, f.Object.Text), true
	}
	if f.Object.Type == doc.Date {
		// The normalized date may sit in Name, the surface form in Text.
		for _, t := range []string{f.Object.Name, f.Object.Text} {
			if d, ok := Date(t); ok {
				return d, false
			}
		}
	}
	if f.Object.Kind == doc.KindEntity && f.Object.Name != "" {
		return text(f.Object.Name), false
	}
	return text(f.Object.Text), false
}

// Fact returns the quads for one fact found in one sentence. subj, obj and
// attributedTo are the resolver IDs of the subject, object and claimant
// entities, "" when that argument is not a (resolved) entity.
//
// The default graph gets the direct triple <subj> <predicate> <object> and
// the predicate's declaration; the document's named graph gets the
// tg:Assertion node, its NIF sentence and mention spans, the NIF context,
// the document and the run's prov:used (see the package doc for the list).
//
// The object is the entity IRI when obj is set; for a doc.KindQuote object,
// a schema:Quotation node whose schema:creator is the subject (the speaker);
// otherwise a literal: an xsd:date for a DATE value whose Name or Text is
// YYYY-MM-DD, else a plain string (the canonical name of an unresolved
// entity, the text of a value). An RDF subject cannot be a literal, so a
// fact whose subject is not an entity (subj == "") yields no quads. A
// mention fact (subject doc.KindDocument) is written by mention. A NaN or
// infinite confidence is left out, and so is an invalid event or
// publication date: no ill-typed literal is ever written.
func (m *Mapper) Fact(f *doc.Fact, subj, obj, attributedTo string) []quad.Quad {
	if f != nil && f.Subject.Kind == doc.KindDocument {
		return m.mention(f, obj)
	}
	if f == nil || subj == "" {
		return nil
	}
	docID := f.Doc.ID
	if docID == "" {
		docID = shortHash(f.Doc.Source)
	}
	d := m.DocIRI(docID)
	s := m.EntityIRI(subj)
	p := m.PredicateIRI(f.Relation.Name)
	speaker := subj
	o, isQuote := m.object(f, obj, speaker)

	out := make([]quad.Quad, 0, 64)
	add := func(s, p, o quad.Value, label quad.Value) { out = append(out, q(s, p, o, label)) }

	// Default graph: the fact, its predicate, the quotation.
	add(s, p, o, nil)
	name := strings.Join(strings.Fields(f.Relation.Name), " ")
	if name == "" {
		name = "related to"
	}
	// An extracted relation can link an entity to another entity in one
	// sentence and to a phrase in the next ("accuse Amnesty", "accuse the
	// report"). OWL forbids a property to be both an object and a datatype
	// property, so one with literal objects is declared an rdf:Property only.
	if _, isIRI := o.(quad.IRI); isIRI {
		add(p, quad.IRI(graph.Type), quad.IRI(ObjectProperty), nil)
	} else {
		add(p, quad.IRI(graph.Type), quad.IRI(Property), nil)
	}
	add(p, quad.IRI(graph.Label), text(name), nil)
	add(p, quad.IRI(SubPropertyOf), quad.IRI(graph.Extracted), nil)
	if isQuote {
		add(o, quad.IRI(graph.Type), quad.IRI(graph.Quotation), nil)
		add(o, quad.IRI(graph.Text), text(f.Object.Text), nil)
		add(o, quad.IRI(graph.Creator), m.EntityIRI(speaker), nil)
		add(o, quad.IRI(graph.IsBasedOn), d, d)
	}

	// The document's named graph: assertion and spans.
	run := m.RunIRI()
	ctx := m.SpanIRI(docID, 0, f.Doc.Length)
	sent := m.SpanIRI(docID, f.Sentence.Begin, f.Sentence.End)
	var sm, om quad.IRI
	if f.Subject.End > f.Subject.Begin && m.Provenance == Full {
		sm = m.SpanIRI(docID, f.Subject.Begin, f.Subject.End)
	}
	if f.Object.End > f.Object.Begin && m.Provenance == Full {
		om = m.SpanIRI(docID, f.Object.Begin, f.Object.End)
	}
	a := quad.IRI(m.base() + assertionSeg + shortHash(docID, strconv.Itoa(f.Sentence.Index),
		string(s), string(p), quad.StringOf(o), string(sent), string(sm), string(om)))

	add(a, quad.IRI(graph.Type), quad.IRI(graph.Statement), d)
	add(a, quad.IRI(graph.Type), quad.IRI(graph.Assertion), d)
	add(a, quad.IRI(graph.Type), quad.IRI(graph.ProvEntity), d)
	add(a, quad.IRI(graph.Subject), s, d)
	add(a, quad.IRI(graph.Predicate), p, d)
	add(a, quad.IRI(graph.Object), o, d)
	rt := f.Relation.Text
	if rt == "" {
		rt = name
	}
	add(a, quad.IRI(graph.RelationText), text(rt), d)
	if c, ok := Decimal(f.Confidence); ok {
		add(a, quad.IRI(graph.Confidence), c, d)
	}
	if ed, ok := Date(f.EventDate); ok {
		add(a, quad.IRI(graph.EventDate), ed, d)
	}
	add(a, quad.IRI(graph.DerivedFrom), sent, d)
	if sm != "" {
		add(a, quad.IRI(graph.SubjectSpan), sm, d)
	}
	if om != "" {
		add(a, quad.IRI(graph.ObjectSpan), om, d)
	}
	add(a, quad.IRI(graph.GeneratedBy), run, d)
	if attributedTo != "" {
		add(a, quad.IRI(graph.AttributedTo), m.EntityIRI(attributedTo), d)
	}

	span := func(iri quad.IRI, class string, begin, end int, anchor string) {
		add(iri, quad.IRI(graph.Type), quad.IRI(class), d)
		add(iri, quad.IRI(graph.Type), quad.IRI(graph.RFC5147), d)
		add(iri, quad.IRI(graph.BeginIndex), nonNeg(begin), d)
		add(iri, quad.IRI(graph.EndIndex), nonNeg(end), d)
		add(iri, quad.IRI(graph.AnchorOf), text(anchor), d)
		add(iri, quad.IRI(graph.RefContext), ctx, d)
	}
	span(sent, graph.NIFSentence, f.Sentence.Begin, f.Sentence.End, f.Sentence.Text)
	if sm != "" {
		span(sm, graph.NIFPhrase, f.Subject.Begin, f.Subject.End, f.Subject.Text)
		add(sm, quad.IRI(graph.TaIdentRef), s, d)
	}
	if om != "" {
		span(om, graph.NIFPhrase, f.Object.Begin, f.Object.End, f.Object.Text)
		if obj != "" {
			add(om, quad.IRI(graph.TaIdentRef), o, d)
		}
	}

	return append(out, m.Document(f.Doc)...)
}

// mention returns the quads of a mention fact (doc.Mentions) whose object
// resolved to the entity obj: <document> schema:mentions <entity> and the
// NIF phrase that names it (nif:anchorOf, offsets, itsrdf:taIdentRef
// <entity>), all in the document's named graph. That is 8 quads where an
// assertion would cost over 20, for an edge whose evidence is the document
// itself; articles name many entities, and mentions would otherwise
// dominate the store.
func (m *Mapper) mention(f *doc.Fact, obj string) []quad.Quad {
	if obj == "" {
		return nil
	}
	docID := f.Doc.ID
	if docID == "" {
		docID = shortHash(f.Doc.Source)
	}
	d := m.DocIRI(docID)
	e := m.EntityIRI(obj)
	out := []quad.Quad{q(d, quad.IRI(graph.Mentions), e, d)}
	if f.Object.End > f.Object.Begin && m.Provenance == Full {
		sp := m.SpanIRI(docID, f.Object.Begin, f.Object.End)
		out = append(out,
			q(sp, quad.IRI(graph.Type), quad.IRI(graph.NIFPhrase), d),
			q(sp, quad.IRI(graph.Type), quad.IRI(graph.RFC5147), d),
			q(sp, quad.IRI(graph.BeginIndex), nonNeg(f.Object.Begin), d),
			q(sp, quad.IRI(graph.EndIndex), nonNeg(f.Object.End), d),
			q(sp, quad.IRI(graph.AnchorOf), text(f.Object.Text), d),
			q(sp, quad.IRI(graph.RefContext), m.SpanIRI(docID, 0, f.Doc.Length), d),
			q(sp, quad.IRI(graph.TaIdentRef), e, d))
	}
	return append(out, m.Document(f.Doc)...)
}

// Document returns the quads that describe a document, whether or not any
// fact was found in it: the document (schema:NewsArticle with its source,
// headline, date and content hash), its NIF context, and the run that read
// it. They go to the document's named graph, except the run and its
// software agent, which every document shares.
func (m *Mapper) Document(ref doc.DocRef) []quad.Quad {
	docID := ref.ID
	if docID == "" {
		docID = shortHash(ref.Source)
	}
	d := m.DocIRI(docID)
	ctx := m.SpanIRI(docID, 0, ref.Length)
	out := make([]quad.Quad, 0, 20)
	add := func(s, p, o quad.Value, label quad.Value) { out = append(out, q(s, p, o, label)) }
	// The run and its software agent are shared by every document.
	run := m.RunIRI()
	sw := m.SoftwareIRI()
	add(run, quad.IRI(graph.Type), quad.IRI(graph.Activity), nil)
	if !m.Started.IsZero() {
		add(run, quad.IRI(StartedAtTime), typed(m.Started.UTC().Format(time.RFC3339), XSDDateTime), nil)
	}
	add(run, quad.IRI(WasAssociatedWith), sw, nil)
	add(sw, quad.IRI(graph.Type), quad.IRI(SoftwareAgent), nil)
	add(sw, quad.IRI(graph.Label), text(m.software()), nil)

	add(ctx, quad.IRI(graph.Type), quad.IRI(graph.NIFContext), d)
	add(ctx, quad.IRI(graph.Type), quad.IRI(graph.RFC5147), d)
	add(ctx, quad.IRI(graph.BeginIndex), nonNeg(0), d)
	add(ctx, quad.IRI(graph.EndIndex), nonNeg(ref.Length), d)
	// nif:sourceUrl is the document's URL; a document read from a file has
	// none, so its own IRI stands in, and a query such as provenance.rq that
	// joins through nif:sourceUrl finds every document.
	u, isURL := sourceURL(ref.Source)
	if isURL {
		add(ctx, quad.IRI(graph.SourceURL), quad.IRI(u), d)
	} else {
		add(ctx, quad.IRI(graph.SourceURL), d, d)
	}

	add(d, quad.IRI(graph.Type), quad.IRI(graph.NewsArticle), d)
	add(d, quad.IRI(graph.Type), quad.IRI(graph.ProvEntity), d)
	switch {
	case isURL:
		add(d, quad.IRI(graph.URL), quad.IRI(u), d)
	case ref.Source != "":
		add(d, quad.IRI(SourcePath), text(ref.Source), d)
	}
	if ref.Title != "" {
		add(d, quad.IRI(graph.Headline), text(ref.Title), d)
	}
	if pd, ok := Date(ref.Date); ok {
		add(d, quad.IRI(graph.DatePublished), pd, d)
	}
	if ref.ID != "" {
		add(d, quad.IRI(graph.ContentHash), text(ref.ID), d)
	}
	add(run, quad.IRI(Used), d, d)
	return out
}
