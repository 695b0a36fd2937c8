package export

import (
	"bufio"
	"encoding/json"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph/rdf"
)

// Fact is one line of the JSON Lines export: a direct fact and the
// evidence (one tg:Assertion each) that supports it.
type Fact struct {
	Subject        string     `json:"subject"` // IRI
	SubjectLabel   string     `json:"subject_label,omitempty"`
	Predicate      string     `json:"predicate"` // IRI
	PredicateLabel string     `json:"predicate_label,omitempty"`
	Object         string     `json:"object"`             // IRI, or the literal's lexical form
	ObjectKind     string     `json:"object_kind"`        // "entity", "quote", "iri" or "literal"
	ObjectLabel    string     `json:"object_label"`       // rdfs:label of an entity, the text of a quotation
	Datatype       string     `json:"datatype,omitempty"` // of a literal object, when not xsd:string
	Lang           string     `json:"lang,omitempty"`     // of a language-tagged literal object
	Confidence     *float64   `json:"confidence"`         // highest confidence of the evidence
	Evidence       []Evidence `json:"evidence"`
}

// Evidence is one sentence supporting a fact.
type Evidence struct {
	Assertion    string   `json:"assertion"` // IRI of the tg:Assertion node
	Document     string   `json:"document"`  // document IRI
	Source       string   `json:"source,omitempty"`
	Title        string   `json:"title,omitempty"`
	Published    string   `json:"published,omitempty"`
	Sentence     string   `json:"sentence"`
	Begin        *int     `json:"begin"` // code points in the document
	End          *int     `json:"end"`
	RelationText string   `json:"relation_text,omitempty"`
	Confidence   *float64 `json:"confidence"`
	AttributedTo string   `json:"attributed_to,omitempty"`
	EventDate    string   `json:"event_date,omitempty"`
}

type jsonlSink struct {
	ix *index
}

func (s *jsonlSink) add(q quad.Quad) error { return s.ix.add(q) }

func (s *jsonlSink) finish(w *bufio.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	isEntity := map[string]bool{}
	for _, e := range s.ix.entities() {
		isEntity[e.iri] = true
	}
	for _, e := range s.ix.edges(false) {
		f := Fact{Subject: e.s, SubjectLabel: first(s.ix.labels[e.s]), Predicate: e.p, PredicateLabel: first(s.ix.labels[e.p]),
			Evidence: []Evidence{}}
		if e.hasConf {
			c := e.conf
			f.Confidence = &c
		}
		if o := iriOf(e.o); o != "" {
			f.Object, f.ObjectKind = o, "iri"
			switch {
			case isEntity[o]:
				f.ObjectKind, f.ObjectLabel = "entity", first(s.ix.labels[o])
			case s.ix.quotes[o] != nil:
				f.ObjectKind, f.ObjectLabel = "quote", s.ix.quotes[o].text
			}
		} else {
			l, _, _ := asLiteral(e.o)
			f.Object, f.ObjectKind, f.Lang = l.lex, "literal", l.lang
			if l.datatype != rdf.XSDString {
				f.Datatype = l.datatype
			}
		}
		for _, a := range e.evidence {
			ev := Evidence{Assertion: a.iri, Document: a.doc, RelationText: a.relation, AttributedTo: a.attributed, EventDate: a.eventDate}
			if a.hasConf {
				c := a.conf
				ev.Confidence = &c
			}
			if sp := s.ix.spans[a.sentence]; sp != nil {
				ev.Sentence = sp.anchor
				if sp.hasBegin {
					b := sp.begin
					ev.Begin = &b
				}
				if sp.hasEnd {
					n := sp.end
					ev.End = &n
				}
			}
			if d := s.ix.docs[a.doc]; d != nil {
				ev.Source, ev.Title, ev.Published = d.url, d.headline, d.date
				if ev.Source == "" {
					ev.Source = d.path
				}
			}
			f.Evidence = append(f.Evidence, ev)
		}
		if err := enc.Encode(&f); err != nil {
			return errorf("write jsonl: %w", err)
		}
	}
	return nil
}
