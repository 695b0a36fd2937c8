// Package graph is the graph half of textgraph: the RDF vocabulary that every
// exporter, the store and the query layer share. Its sub-packages resolve
// entities across documents (resolve), map facts to RDF quads (rdf), keep
// them in Cayley (store, the only package that imports Cayley) and write
// them out (export).
//
// The RDF model is a contract (see the README): entities typed with
// schema.org classes, with one rdfs:label and skos:altLabel variants; one
// predicate IRI per normalized relation; the direct fact triple once; one
// tg:Assertion node per supporting sentence carrying rdf:subject,
// rdf:predicate, rdf:object, tg:confidence, prov:wasDerivedFrom (a NIF
// sentence span) and, for claims, prov:wasAttributedTo; schema:Quotation
// nodes; documents as schema:NewsArticle.
//
// This package imports only the standard library.
package graph

// Namespaces of the vocabularies textgraph writes.
const (
	RDF     = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS    = "http://www.w3.org/2000/01/rdf-schema#"
	XSD     = "http://www.w3.org/2001/XMLSchema#"
	OWL     = "http://www.w3.org/2002/07/owl#"
	SKOS    = "http://www.w3.org/2004/02/skos/core#"
	Schema  = "https://schema.org/"
	PROV    = "http://www.w3.org/ns/prov#"
	DCTerms = "http://purl.org/dc/terms/"
	NIF     = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
	ITSRDF  = "http://www.w3.org/2005/11/its/rdf#"
	TG      = "https://w3id.org/textgraph/ns#"  // textgraph's own terms
	TGR     = "https://w3id.org/textgraph/rel/" // one IRI per normalized relation
)

// DefaultBase is the namespace under which entity, document, assertion,
// quotation and run IRIs are minted unless the user sets --base.
const DefaultBase = "http://example.org/textgraph/"

// Prefix is a namespace prefix binding.
type Prefix struct {
	Name string // "schema"
	IRI  string // "https://schema.org/"
}

// Prefixes returns the prefix bindings used in Turtle output and registered
// for Gizmo queries, in a fixed order. Base-relative prefixes (ent, doc, as,
// q, run) are derived from base.
func Prefixes(base string) []Prefix {
	return []Prefix{
		{"rdf", RDF}, {"rdfs", RDFS}, {"xsd", XSD}, {"owl", OWL}, {"skos", SKOS},
		{"schema", Schema}, {"prov", PROV}, {"dcterms", DCTerms}, {"nif", NIF},
		{"itsrdf", ITSRDF}, {"tg", TG}, {"tgr", TGR},
		{"ent", base + "entity/"}, {"doc", base + "doc/"}, {"as", base + "assertion/"},
		{"q", base + "quote/"}, {"run", base + "run/"},
	}
}

// Frequently used terms, as full IRIs.
const (
	Type          = RDF + "type"
	Subject       = RDF + "subject"
	Predicate     = RDF + "predicate"
	Object        = RDF + "object"
	Statement     = RDF + "Statement"
	Label         = RDFS + "label"
	AltLabel      = SKOS + "altLabel"
	Assertion     = TG + "Assertion"
	Confidence    = TG + "confidence"
	RelationText  = TG + "relationText"
	EventDate     = TG + "eventDate"
	SubjectSpan   = TG + "subjectMention"
	ObjectSpan    = TG + "objectMention"
	ContentHash   = TG + "contentHash"
	Extracted     = TG + "extractedRelation"
	DerivedFrom   = PROV + "wasDerivedFrom"
	AttributedTo  = PROV + "wasAttributedTo"
	GeneratedBy   = PROV + "wasGeneratedBy"
	ProvEntity    = PROV + "Entity"
	Activity      = PROV + "Activity"
	Quotation     = Schema + "Quotation"
	Creator       = Schema + "creator"
	Text          = Schema + "text"
	IsBasedOn     = Schema + "isBasedOn"
	Mentions      = Schema + "mentions"
	NewsArticle   = Schema + "NewsArticle"
	URL           = Schema + "url"
	Headline      = Schema + "headline"
	DatePublished = Schema + "datePublished"
	BeginIndex    = NIF + "beginIndex"
	EndIndex      = NIF + "endIndex"
	AnchorOf      = NIF + "anchorOf"
	RefContext    = NIF + "referenceContext"
	SourceURL     = NIF + "sourceUrl"
	NIFContext    = NIF + "Context"
	NIFSentence   = NIF + "Sentence"
	NIFPhrase     = NIF + "Phrase"
	RFC5147       = NIF + "RFC5147String"
	TaIdentRef    = ITSRDF + "taIdentRef"
)

// Class returns the schema.org class IRI for an extract/doc entity type
// (PER, ORG, LOC, EVENT, WORK, DATE, MISC).
func Class(entityType string) string {
	switch entityType {
	case "PER":
		return Schema + "Person"
	case "ORG":
		return Schema + "Organization"
	case "LOC":
		return Schema + "Place"
	case "EVENT":
		return Schema + "Event"
	case "WORK":
		return Schema + "CreativeWork"
	default:
		return Schema + "Thing"
	}
}
