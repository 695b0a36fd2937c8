package serve

import (
	"context"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/store"
)

// Bounds on what one page reads and shows.
const (
	maxNeighbours  = 12   // neighbours drawn on an entity page
	entityEvidence = 10   // supporting sentences per fact on an entity page
	factEvidence   = 1000 // supporting sentences on a fact page
)

// Node is an RDF term as a page shows it.
type Node struct {
	Term  string // N-Triples form, for /fact links
	Label string // rdfs:label, the quotation's text, or the literal's value
	Href  string // the entity's evidence page; "" for other terms
	Quote bool   // a schema:Quotation
}

// EntityPage is what /entity/{id} shows.
type EntityPage struct {
	ID      string
	IRI     string
	Label   string
	Aliases []string
	Types   []string // compacted class IRIs, e.g. schema:Person
	Groups  []FactGroup
	Quotes  []Fact // quotations the entity is the creator of, other than through its facts
	Graph   *Neighbourhood
	Facts   int
}

// FactGroup is the facts of one predicate in one direction.
type FactGroup struct {
	Predicate string // predicate label, e.g. "resign from"
	IRI       string
	Incoming  bool // the entity is the object
	Facts     []Fact
}

// Fact is one direct triple and the assertions that support it.
type Fact struct {
	Subject, Object Node
	Predicate       Node
	Href            string // its /fact page
	Evidence        []Assertion
	More            int // supporting sentences not shown
}

// Assertion is one sentence supporting a fact.
type Assertion struct {
	IRI          string
	Doc          Document
	Sentence     []Segment // the sentence, split at the mention spans
	Relation     string    // the relation as written
	Confidence   string
	EventDate    string
	AttributedTo []Node // who made the claim
}

// Segment is a piece of a sentence; Role is "subject", "object" or "".
type Segment struct {
	Text string
	Role string
}

// Document is an article.
type Document struct {
	IRI      string
	Source   string // file path or URL
	URL      string // set when Source is a URL
	Headline string
	Date     string
}

// reader reads evidence from the store, caching what it has read for the
// length of one request.
type reader struct {
	st    *store.Store
	base  string
	props map[string]map[quad.IRI][]quad.Quad
}

func newReader(st *store.Store, base string) *reader {
	return &reader{st: st, base: base, props: map[string]map[quad.IRI][]quad.Quad{}}
}

// properties returns the quads whose subject is v, by predicate.
func (r *reader) properties(ctx context.Context, v quad.Value) (map[quad.IRI][]quad.Quad, error) {
	k := quad.StringOf(v)
	if p, ok := r.props[k]; ok {
		return p, nil
	}
	p := map[quad.IRI][]quad.Quad{}
	err := r.st.Find(ctx, v, nil, nil, nil, func(q quad.Quad) error {
		if pred, ok := q.Predicate.(quad.IRI); ok {
			p[pred] = append(p[pred], q)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("serve: reading %s: %w", k, err)
	}
	r.props[k] = p
	return p, nil
}

// first returns the first object of v's property pred as text.
func (r *reader) first(ctx context.Context, v quad.Value, pred string) (string, quad.Value, error) {
	p, err := r.properties(ctx, v)
	if err != nil {
		return "", nil, err
	}
	qs := p[quad.IRI(pred)]
	if len(qs) == 0 {
		return "", nil, nil
	}
	return rdf.Lexical(qs[0].Object), qs[0].Object, nil
}

// entityHref returns the evidence page of an entity IRI minted under base.
func (r *reader) entityHref(v quad.Value) string {
	iri, ok := v.(quad.IRI)
	if !ok {
		return ""
	}
	id, ok := rdf.ParseEntityIRI(r.base, iri)
	if !ok {
		return ""
	}
	return entityPath(id)
}

func entityPath(id string) string { return "/entity/" + url.PathEscape(id) }

// node describes a term: an entity by its label, a quotation by its text.
func (r *reader) node(ctx context.Context, v quad.Value) (Node, error) {
	n := Node{Term: quad.StringOf(v)}
	iri, ok := v.(quad.IRI)
	if !ok {
		n.Label = rdf.Lexical(v)
		return n, nil
	}
	p, err := r.properties(ctx, iri)
	if err != nil {
		return n, err
	}
	n.Href = r.entityHref(iri)
	for _, q := range p[quad.IRI(graph.Type)] {
		if q.Object == quad.IRI(graph.Quotation) {
			n.Quote = true
		}
	}
	switch {
	case n.Quote && len(p[quad.IRI(graph.Text)]) > 0:
		n.Label = rdf.Lexical(p[quad.IRI(graph.Text)][0].Object)
	case len(p[quad.IRI(graph.Label)]) > 0:
		n.Label = rdf.Lexical(p[quad.IRI(graph.Label)][0].Object)
	case iri == graph.Mentions:
		n.Label = "mentions"
	case len(p[quad.IRI(graph.Headline)]) > 0: // an article
		n.Label = rdf.Lexical(p[quad.IRI(graph.Headline)][0].Object)
	case len(p[quad.IRI(graph.URL)]) > 0:
		n.Label = rdf.Lexical(p[quad.IRI(graph.URL)][0].Object)
	case len(p[quad.IRI(rdf.SourcePath)]) > 0:
		n.Label = rdf.Lexical(p[quad.IRI(rdf.SourcePath)][0].Object)
	default:
		n.Label = string(iri)
	}
	return n, nil
}

// isRelation reports whether p is the predicate of an extracted fact: a
// relation, or schema:mentions from an article to an entity it names.
func isRelation(p quad.Value) bool {
	iri, ok := p.(quad.IRI)
	return ok && (strings.HasPrefix(string(iri), graph.TGR) || iri == graph.Mentions)
}

type tripleKey struct{ s, p, o string }

func keyOf(s, p, o quad.Value) tripleKey {
	return tripleKey{quad.StringOf(s), quad.StringOf(p), quad.StringOf(o)}
}

// Entity reads the evidence page of the entity with resolver ID id; ok is
// false when the store has nothing about it.
func (r *reader) Entity(ctx context.Context, id string) (page *EntityPage, ok bool, err error) {
	m := rdf.Mapper{Base: r.base}
	iri := m.EntityIRI(id)
	props, err := r.properties(ctx, iri)
	if err != nil {
		return nil, false, err
	}
	page = &EntityPage{ID: id, IRI: string(iri)}
	for _, q := range props[quad.IRI(graph.Label)] {
		if page.Label == "" {
			page.Label = rdf.Lexical(q.Object)
		}
	}
	for _, q := range props[quad.IRI(graph.AltLabel)] {
		page.Aliases = append(page.Aliases, rdf.Lexical(q.Object))
	}
	sort.Strings(page.Aliases)
	for _, q := range props[quad.IRI(graph.Type)] {
		page.Types = append(page.Types, compact(rdf.Lexical(q.Object), r.base))
	}

	// Direct facts in both directions.
	var triples []quad.Quad
	for p, qs := range props {
		if isRelation(p) {
			triples = append(triples, qs...)
		}
	}
	err = r.st.Find(ctx, nil, nil, iri, nil, func(q quad.Quad) error {
		// Facts sit in the default graph; an article's mentions in its own.
		if isRelation(q.Predicate) && (q.Label == nil || q.Predicate == quad.IRI(graph.Mentions)) {
			triples = append(triples, q)
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("serve: reading facts about %s: %w", iri, err)
	}
	if page.Label == "" && len(props) == 0 && len(triples) == 0 {
		return nil, false, nil
	}
	if page.Label == "" {
		page.Label = id
	}

	// Assertions about the entity, either side. Find callbacks must not
	// read the store again, so the nodes are collected first.
	var nodes []quad.Value
	for _, pred := range []string{graph.Subject, graph.Object} {
		err := r.st.Find(ctx, nil, quad.IRI(pred), iri, nil, func(q quad.Quad) error {
			nodes = append(nodes, q.Subject)
			return nil
		})
		if err != nil {
			return nil, false, fmt.Errorf("serve: reading assertions about %s: %w", iri, err)
		}
	}
	evidence := map[tripleKey][]quad.Value{}
	done := map[string]bool{}
	for _, a := range nodes {
		if done[quad.StringOf(a)] {
			continue
		}
		done[quad.StringOf(a)] = true
		ap, err := r.properties(ctx, a)
		if err != nil {
			return nil, false, err
		}
		s, p, o := obj(ap, graph.Subject), obj(ap, graph.Predicate), obj(ap, graph.Object)
		if s == nil || p == nil || o == nil {
			continue
		}
		k := keyOf(s, p, o)
		evidence[k] = append(evidence[k], a)
	}

	groups := map[string]*FactGroup{}
	seen := map[tripleKey]bool{}
	for _, t := range triples {
		k := keyOf(t.Subject, t.Predicate, t.Object)
		if seen[k] {
			continue
		}
		seen[k] = true
		f, err := r.fact(ctx, t.Subject, t.Predicate, t.Object, evidence[k], entityEvidence)
		if err != nil {
			return nil, false, err
		}
		incoming := t.Subject != quad.Value(iri)
		gk := fmt.Sprintf("%t %s", incoming, quad.StringOf(t.Predicate))
		g := groups[gk]
		if g == nil {
			g = &FactGroup{Predicate: f.Predicate.Label, IRI: rdf.Lexical(t.Predicate), Incoming: incoming}
			groups[gk] = g
		}
		g.Facts = append(g.Facts, *f)
		page.Facts++
	}
	for _, g := range groups {
		sort.SliceStable(g.Facts, func(i, j int) bool {
			a, b := g.Facts[i], g.Facts[j]
			if len(a.Evidence) != len(b.Evidence) {
				return len(a.Evidence) > len(b.Evidence)
			}
			return a.Subject.Label+a.Object.Label < b.Subject.Label+b.Object.Label
		})
		page.Groups = append(page.Groups, *g)
	}
	sort.Slice(page.Groups, func(i, j int) bool {
		a, b := page.Groups[i], page.Groups[j]
		if a.Incoming != b.Incoming {
			return !a.Incoming
		}
		if a.Predicate != b.Predicate {
			return a.Predicate < b.Predicate
		}
		return a.IRI < b.IRI
	})
	page.Graph = neighbourhood(page)
	return page, true, nil
}

func obj(p map[quad.IRI][]quad.Quad, pred string) quad.Value {
	qs := p[quad.IRI(pred)]
	if len(qs) == 0 {
		return nil
	}
	return qs[0].Object
}

// Fact reads one fact and its evidence; ok is false when the direct
// triple is not stored. o is matched by its N-Triples form.
func (r *reader) Fact(ctx context.Context, s, p quad.Value, o string) (f *Fact, ok bool, err error) {
	var obj quad.Value
	err = r.st.Find(ctx, s, p, nil, nil, func(q quad.Quad) error {
		if obj == nil && q.Label == nil && quad.StringOf(q.Object) == o {
			obj = q.Object
		}
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("serve: reading fact: %w", err)
	}
	if obj == nil {
		return nil, false, nil
	}
	var nodes []quad.Value
	err = r.st.Find(ctx, nil, quad.IRI(graph.Subject), s, nil, func(q quad.Quad) error {
		nodes = append(nodes, q.Subject)
		return nil
	})
	if err != nil {
		return nil, false, fmt.Errorf("serve: reading assertions: %w", err)
	}
	var as []quad.Value
	want := keyOf(s, p, obj)
	for _, a := range nodes {
		ap, err := r.properties(ctx, a)
		if err != nil {
			return nil, false, err
		}
		if keyOf(objOrMissing(ap, graph.Subject), objOrMissing(ap, graph.Predicate), objOrMissing(ap, graph.Object)) == want {
			as = append(as, a)
		}
	}
	f, err = r.fact(ctx, s, p, obj, as, factEvidence)
	if err != nil {
		return nil, false, err
	}
	return f, true, nil
}

// objOrMissing is obj with a non-nil result, so the keys of incomplete
// assertions match no fact.
func objOrMissing(p map[quad.IRI][]quad.Quad, pred string) quad.Value {
	if v := obj(p, pred); v != nil {
		return v
	}
	return quad.BNode("missing")
}

// fact describes the triple s p o with the given assertion nodes, reading
// at most limit of them.
func (r *reader) fact(ctx context.Context, s, p, o quad.Value, assertions []quad.Value, limit int) (*Fact, error) {
	var f Fact
	var err error
	if f.Subject, err = r.node(ctx, s); err != nil {
		return nil, err
	}
	if f.Predicate, err = r.node(ctx, p); err != nil {
		return nil, err
	}
	if f.Object, err = r.node(ctx, o); err != nil {
		return nil, err
	}
	f.Href = "/fact?" + url.Values{"s": {rdf.Lexical(s)}, "p": {rdf.Lexical(p)}, "o": {quad.StringOf(o)}}.Encode()
	if len(assertions) > limit {
		f.More = len(assertions) - limit
		assertions = assertions[:limit]
	}
	for _, a := range assertions {
		ev, err := r.assertion(ctx, a)
		if err != nil {
			return nil, err
		}
		f.Evidence = append(f.Evidence, *ev)
	}
	sort.SliceStable(f.Evidence, func(i, j int) bool {
		a, b := f.Evidence[i].Doc, f.Evidence[j].Doc
		if a.Date != b.Date {
			return a.Date < b.Date
		}
		return a.Source < b.Source
	})
	return &f, nil
}

// span is a NIF string's offsets and text.
type span struct {
	begin, end int
	text       string
	ok         bool
}

func (r *reader) span(ctx context.Context, v quad.Value) (span, error) {
	if v == nil {
		return span{}, nil
	}
	p, err := r.properties(ctx, v)
	if err != nil {
		return span{}, err
	}
	var sp span
	b, errB := strconv.Atoi(rdf.Lexical(obj(p, graph.BeginIndex)))
	e, errE := strconv.Atoi(rdf.Lexical(obj(p, graph.EndIndex)))
	if errB == nil && errE == nil && 0 <= b && b <= e {
		sp.begin, sp.end, sp.ok = b, e, true
	}
	sp.text = rdf.Lexical(obj(p, graph.AnchorOf))
	return sp, nil
}

func (r *reader) assertion(ctx context.Context, a quad.Value) (*Assertion, error) {
	p, err := r.properties(ctx, a)
	if err != nil {
		return nil, err
	}
	ev := &Assertion{IRI: rdf.Lexical(a)}
	ev.Relation = rdf.Lexical(obj(p, graph.RelationText))
	ev.Confidence = rdf.Lexical(obj(p, graph.Confidence))
	ev.EventDate = rdf.Lexical(obj(p, graph.EventDate))
	for _, q := range p[quad.IRI(graph.AttributedTo)] {
		n, err := r.node(ctx, q.Object)
		if err != nil {
			return nil, err
		}
		ev.AttributedTo = append(ev.AttributedTo, n)
	}
	// The assertion's quads are in its document's named graph.
	var docIRI quad.Value
	for _, q := range p[quad.IRI(graph.Subject)] {
		if q.Label != nil {
			docIRI = q.Label
		}
	}
	if docIRI != nil {
		if ev.Doc, err = r.document(ctx, docIRI); err != nil {
			return nil, err
		}
	}
	sent, err := r.span(ctx, obj(p, graph.DerivedFrom))
	if err != nil {
		return nil, err
	}
	subj, err := r.span(ctx, obj(p, graph.SubjectSpan))
	if err != nil {
		return nil, err
	}
	objSpan, err := r.span(ctx, obj(p, graph.ObjectSpan))
	if err != nil {
		return nil, err
	}
	ev.Sentence = highlight(sent, subj, objSpan)
	return ev, nil
}

func (r *reader) document(ctx context.Context, d quad.Value) (Document, error) {
	p, err := r.properties(ctx, d)
	if err != nil {
		return Document{}, err
	}
	doc := Document{IRI: rdf.Lexical(d)}
	doc.Headline = rdf.Lexical(obj(p, graph.Headline))
	doc.Date = rdf.Lexical(obj(p, graph.DatePublished))
	if u := obj(p, graph.URL); u != nil {
		doc.URL = rdf.Lexical(u)
		doc.Source = doc.URL
	} else {
		doc.Source = rdf.Lexical(obj(p, rdf.SourcePath))
	}
	return doc, nil
}

// highlight splits the sentence at the subject and object spans, whose
// offsets are code points into the document like the sentence's own.
// Spans outside the sentence, or without offsets, are not marked.
func highlight(sent, subj, obj span) []Segment {
	runes := []rune(sent.text)
	role := make([]string, len(runes))
	mark := func(sp span, name string) {
		if !sent.ok || !sp.ok {
			return
		}
		b, e := sp.begin-sent.begin, sp.end-sent.begin
		if b < 0 || e > len(runes) || b >= e {
			return
		}
		for i := b; i < e; i++ {
			if role[i] == "" {
				role[i] = name
			}
		}
	}
	mark(subj, "subject")
	mark(obj, "object")
	var out []Segment
	start := 0
	for i := 1; i <= len(runes); i++ {
		if i == len(runes) || role[i] != role[start] {
			out = append(out, Segment{Text: string(runes[start:i]), Role: role[start]})
			start = i
		}
	}
	return out
}

// compact writes an IRI with a graph.Prefixes prefix when one covers it.
func compact(iri, base string) string {
	best := ""
	var bp graph.Prefix
	for _, p := range graph.Prefixes(base) {
		if strings.HasPrefix(iri, p.IRI) && len(p.IRI) > len(best) {
			best, bp = p.IRI, p
		}
	}
	if best == "" {
		return iri
	}
	return bp.Name + ":" + iri[len(best):]
}
