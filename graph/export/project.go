package export

import (
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/rdf"
)

// index gathers, from a stream of quads, what the property-graph
// projections need: entities, direct facts and their assertions.
type index struct {
	types      map[string]set // subject IRI -> class IRIs
	labels     map[string]set // rdfs:label
	alts       map[string]set // skos:altLabel
	idents     map[string]set // entity IRI -> NIF spans that reference it
	extracted  set            // predicates declared sub-properties of tg:extractedRelation
	facts      map[string]*fact
	assertions map[string]*assertion
	spans      map[string]*span
	docs       map[string]*document
	quotes     map[string]*quotation
}

type set map[string]struct{}

func (s set) add(v string) { s[v] = struct{}{} }

func (s set) sorted() []string {
	out := make([]string, 0, len(s))
	for v := range s {
		out = append(out, v)
	}
	sort.Strings(out)
	return out
}

func addTo(m map[string]set, k, v string) {
	s := m[k]
	if s == nil {
		s = set{}
		m[k] = s
	}
	s.add(v)
}

// fact is a direct triple.
type fact struct {
	s, p string     // IRIs
	o    quad.Value // entity, quotation or literal
	key  string     // N-Triples of the object
}

type assertion struct {
	iri, s, p, oKey             string
	conf                        float64
	hasConf                     bool
	sentence, subjSpan, objSpan string
	doc, attributed, relation   string
	eventDate                   string
}

type span struct {
	begin, end       int
	anchor, classes  string
	context, ident   string
	hasBegin, hasEnd bool
}

type document struct {
	url, path, headline, date string
}

type quotation struct {
	text, creator string
}

func newIndex() *index {
	return &index{
		types: map[string]set{}, labels: map[string]set{}, alts: map[string]set{}, idents: map[string]set{},
		extracted: set{}, facts: map[string]*fact{}, assertions: map[string]*assertion{},
		spans: map[string]*span{}, docs: map[string]*document{}, quotes: map[string]*quotation{},
	}
}

// skipNS are the vocabularies whose predicates never state a direct fact.
var skipNS = []string{graph.RDF, graph.RDFS, graph.XSD, graph.OWL, graph.SKOS, graph.PROV, graph.NIF, graph.ITSRDF, graph.TG, graph.DCTerms, graph.Schema}

func iriOf(v quad.Value) string {
	switch x := v.(type) {
	case quad.IRI:
		return fullIRI(x)
	case quad.BNode:
		return "_:" + string(x)
	}
	return ""
}

func lexOf(v quad.Value) string {
	l, ok, _ := asLiteral(v)
	if !ok {
		return iriOf(v)
	}
	return l.lex
}

func intOf(v quad.Value) (int, bool) {
	n, err := strconv.Atoi(lexOf(v))
	return n, err == nil
}

func (ix *index) assertion(iri string) *assertion {
	a := ix.assertions[iri]
	if a == nil {
		a = &assertion{iri: iri}
		ix.assertions[iri] = a
	}
	return a
}

func (ix *index) span(iri string) *span {
	s := ix.spans[iri]
	if s == nil {
		s = &span{}
		ix.spans[iri] = s
	}
	return s
}

func (ix *index) document(iri string) *document {
	d := ix.docs[iri]
	if d == nil {
		d = &document{}
		ix.docs[iri] = d
	}
	return d
}

func (ix *index) quote(iri string) *quotation {
	q := ix.quotes[iri]
	if q == nil {
		q = &quotation{}
		ix.quotes[iri] = q
	}
	return q
}

func (ix *index) add(q quad.Quad) error {
	if err := checkQuad(q); err != nil {
		return err
	}
	if _, _, err := asLiteral(q.Object); err != nil {
		return err
	}
	s, p := iriOf(q.Subject), iriOf(q.Predicate)
	o := iriOf(q.Object)
	switch p {
	case graph.Type:
		addTo(ix.types, s, o)
	case graph.Label:
		addTo(ix.labels, s, lexOf(q.Object))
	case graph.AltLabel:
		addTo(ix.alts, s, lexOf(q.Object))
	case rdf.SubPropertyOf:
		if o == graph.Extracted {
			ix.extracted.add(s)
		}
	case graph.TaIdentRef:
		addTo(ix.idents, o, s)
		ix.span(s).ident = o
	case graph.Subject:
		ix.assertion(s).s = o
	case graph.Predicate:
		ix.assertion(s).p = o
	case graph.Object:
		b, _ := appendNT(nil, q.Object)
		ix.assertion(s).oKey = string(b)
	case graph.Confidence:
		if c, err := strconv.ParseFloat(lexOf(q.Object), 64); err == nil {
			a := ix.assertion(s)
			if !a.hasConf || c > a.conf {
				a.conf, a.hasConf = c, true
			}
		}
	case graph.DerivedFrom:
		a := ix.assertion(s)
		a.sentence = o
		if a.doc == "" {
			a.doc, _, _ = strings.Cut(o, "#")
		}
		if l := iriOf(q.Label); l != "" {
			a.doc = l
		}
	case graph.SubjectSpan:
		ix.assertion(s).subjSpan = o
	case graph.ObjectSpan:
		ix.assertion(s).objSpan = o
	case graph.AttributedTo:
		ix.assertion(s).attributed = o
	case graph.RelationText:
		ix.assertion(s).relation = lexOf(q.Object)
	case graph.EventDate:
		ix.assertion(s).eventDate = lexOf(q.Object)
	case graph.BeginIndex:
		sp := ix.span(s)
		sp.begin, sp.hasBegin = intOf(q.Object)
	case graph.EndIndex:
		sp := ix.span(s)
		sp.end, sp.hasEnd = intOf(q.Object)
	case graph.AnchorOf:
		ix.span(s).anchor = lexOf(q.Object)
	case graph.RefContext:
		ix.span(s).context = o
	case graph.URL:
		ix.document(s).url = o
	case rdf.SourcePath:
		ix.document(s).path = lexOf(q.Object)
	case graph.Headline:
		ix.document(s).headline = lexOf(q.Object)
	case graph.DatePublished:
		ix.document(s).date = lexOf(q.Object)
	case graph.Text:
		ix.quote(s).text = lexOf(q.Object)
	case graph.Creator:
		ix.quote(s).creator = o
	}
	if _, ok := q.Subject.(quad.IRI); !ok {
		return nil
	}
	for _, ns := range skipNS {
		if strings.HasPrefix(p, ns) {
			return nil
		}
	}
	b, _ := appendNT(nil, q.Object)
	k := s + " " + p + " " + string(b)
	if ix.facts[k] == nil {
		ix.facts[k] = &fact{s: s, p: p, o: q.Object, key: string(b)}
	}
	return nil
}

// entity is one node of the projection.
type entity struct {
	iri, id, label, typ string
	aliases             []string
	mentions            int
}

// edge is one direct fact with its evidence.
type edge struct {
	*fact
	evidence []*assertion
	conf     float64
	hasConf  bool
}

// isEntityClass reports whether class marks an entity (a schema.org class
// other than the document and quotation classes).
func isEntityClass(class string) bool {
	return strings.HasPrefix(class, graph.Schema) && class != graph.NewsArticle && class != graph.Quotation
}

// entityID returns the resolver ID of an entity IRI: the unescaped part
// after the last "entity/", or the IRI itself for other IRIs.
func entityID(iri string) string {
	if i := strings.LastIndex(iri, "entity/"); i >= 0 {
		rest := iri[i+len("entity/"):]
		if rest != "" && !strings.ContainsAny(rest, "/#?") {
			if id, err := url.PathUnescape(rest); err == nil {
				return id
			}
		}
	}
	return iri
}

func first(s set) string {
	if len(s) == 0 {
		return ""
	}
	return s.sorted()[0]
}

// entities returns the entities sorted by id.
func (ix *index) entities() []*entity {
	var out []*entity
	for iri, classes := range ix.types {
		var names []string
		for _, c := range classes.sorted() {
			if isEntityClass(c) {
				names = append(names, strings.TrimPrefix(c, graph.Schema))
			}
		}
		if len(names) == 0 {
			continue
		}
		label := first(ix.labels[iri])
		var aliases []string
		for _, a := range ix.alts[iri].sorted() {
			if a != label {
				aliases = append(aliases, a)
			}
		}
		out = append(out, &entity{iri: iri, id: entityID(iri), label: label, typ: strings.Join(names, "|"),
			aliases: aliases, mentions: len(ix.idents[iri])})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].id != out[j].id {
			return out[i].id < out[j].id
		}
		return out[i].iri < out[j].iri
	})
	return out
}

// edges returns the direct facts, with their evidence, sorted by subject,
// predicate and object. With entitiesOnly, only facts between two entities.
func (ix *index) edges(entitiesOnly bool) []*edge {
	isEntity := map[string]bool{}
	if entitiesOnly {
		for _, e := range ix.entities() {
			isEntity[e.iri] = true
		}
	}
	byFact := map[string][]*assertion{}
	for _, a := range ix.assertions {
		if a.s == "" || a.p == "" || a.oKey == "" {
			continue
		}
		k := a.s + " " + a.p + " " + a.oKey
		byFact[k] = append(byFact[k], a)
	}
	var out []*edge
	for k, f := range ix.facts {
		if !strings.HasPrefix(f.p, graph.TGR) {
			if _, ok := ix.extracted[f.p]; !ok {
				continue
			}
		}
		if entitiesOnly && (!isEntity[f.s] || !isEntity[iriOf(f.o)]) {
			continue
		}
		e := &edge{fact: f, evidence: byFact[k]}
		sort.Slice(e.evidence, func(i, j int) bool { return e.evidence[i].iri < e.evidence[j].iri })
		for _, a := range e.evidence {
			if a.hasConf && (!e.hasConf || a.conf > e.conf) {
				e.conf, e.hasConf = a.conf, true
			}
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.p != b.p {
			return a.p < b.p
		}
		return a.key < b.key
	})
	return out
}

// compactPrefixes are the fixed vocabulary prefixes used for compact
// predicate names in CSV and GraphML.
var compactPrefixes = func() []graph.Prefix {
	var out []graph.Prefix
	for _, p := range graph.Prefixes("") {
		switch p.Name {
		case "ent", "doc", "as", "q", "run":
			continue
		}
		out = append(out, p)
	}
	return out
}()

// compact returns "prefix:local" for an IRI in a known vocabulary, else
// the IRI.
func compact(iri string) string {
	for _, p := range compactPrefixes {
		if local, ok := strings.CutPrefix(iri, p.IRI); ok && local != "" {
			return p.Name + ":" + local
		}
	}
	return iri
}

// clean replaces invalid UTF-8 and the controls XML 1.0 cannot carry (all
// C0 controls but tab, newline and carriage return) with U+FFFD.
func clean(s string) string {
	ok := utf8.ValidString(s)
	for i := 0; ok && i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			ok = false
		}
	}
	if ok {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0xFFFE || r == 0xFFFF {
			return '\uFFFD'
		}
		return r
	}, s)
}

func formatConf(e *edge) string {
	if !e.hasConf {
		return ""
	}
	return strconv.FormatFloat(e.conf, 'f', -1, 64)
}
