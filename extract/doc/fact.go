package doc

// Fact is the interchange record between extraction and the graph: one
// (subject, relation, object) triple found in one sentence, with everything
// needed to trace it back. It is what `textgraph extract` prints as one JSON
// line and what `textgraph load` reads.
//
// Offsets in a Fact (Begin/End) are Unicode code points into the document
// text, as NIF requires; End is exclusive.
type Fact struct {
	Doc        DocRef   `json:"doc"`
	Sentence   SentRef  `json:"sentence"`
	Subject    Arg      `json:"subject"`
	Relation   Relation `json:"relation"`
	Object     Arg      `json:"object"`
	Confidence float64  `json:"confidence"`              // 0..1; higher means more likely correct
	Attributed *Arg     `json:"attributed_to,omitempty"` // who claims it, when the fact is reported speech or a quotation
	EventDate  string   `json:"event_date,omitempty"`    // YYYY-MM-DD the fact's event happened, when the text says
	Extractor  string   `json:"extractor"`               // name/version of the extractor that produced it
}

// DocRef identifies the source document of a fact.
type DocRef struct {
	ID     string `json:"id"`              // content hash of the text (hex); the document's identity in the graph
	Source string `json:"source"`          // path or URL it was read from; a new ID for the same Source replaces the old version
	Title  string `json:"title,omitempty"` // headline
	Date   string `json:"date,omitempty"`  // publication date YYYY-MM-DD
	Length int    `json:"length"`          // length of the text in code points
}

// SentRef is the sentence that supports a fact.
type SentRef struct {
	Index int    `json:"index"` // 0-based sentence index in the document
	Text  string `json:"text"`  // the sentence text, exactly as in the document
	Begin int    `json:"begin"` // code-point offsets in the document
	End   int    `json:"end"`
}

// Argument kinds.
const (
	KindEntity = "entity" // a named entity (Type says which kind); resolved across documents
	KindQuote  = "quote"  // the words of a direct quotation; becomes a schema:Quotation node
	KindValue  = "value"  // a literal phrase (a role, a date, a number, a common noun phrase)

	// KindDocument is the subject of a mention fact: the article itself.
	KindDocument = "document"
)

// Mentions is the relation of a mention fact: "this article names that
// entity" (subject KindDocument, object the entity, Object's span where the
// article first names it). Every named entity of an article gets one, so
// that an entity no relation reaches still becomes a node traceable to its
// place in the text. The graph writes it as schema:mentions and a NIF phrase,
// without an assertion node.
const Mentions = "mentions"

// Arg is a subject or object (or the claimant) of a fact.
type Arg struct {
	Kind  string `json:"kind"`           // KindEntity, KindQuote or KindValue
	Type  string `json:"type,omitempty"` // entity type (PER, ORG, LOC, EVENT, WORK, MISC) for entities; DATE for dates
	Text  string `json:"text"`           // surface text of this mention ("she", "Ms. Pokaltchouk", the quoted words)
	Name  string `json:"name,omitempty"` // for entities: the canonical name in this document ("Oksana Pokalchuk")
	Begin int    `json:"begin"`          // code-point span of Text in the document
	End   int    `json:"end"`
	// Local marks an entity whose name identifies it only within its
	// document: a person named by a given name alone ("Steven"), whom
	// another article's "Steven" is no evidence for.
	Local bool `json:"local,omitempty"`
}

// Relation is the predicate of a fact.
type Relation struct {
	Name  string `json:"name"`  // normalized phrase: lemma + particle + preposition ("resign from", "say", "head of")
	Text  string `json:"text"`  // surface phrase as in the text ("has decided to step down from")
	Begin int    `json:"begin"` // code-point span of the relation's main word(s); Begin==End when implicit
	End   int    `json:"end"`
}

// Ref returns the reference facts of d carry: its identity, source, title,
// date and length in code points.
func (d *Doc) Ref() DocRef {
	return DocRef{ID: d.ID, Source: d.Source, Title: d.Title, Date: d.Date, Length: CodePoints(d.Text)}
}

// String renders f as "subject | relation | object [@ claimant] [date]",
// entities by their canonical name and other arguments by their text: one
// line a person can read, as tests and logs show facts.
func (f Fact) String() string {
	arg := func(a Arg) string {
		if a.Kind == KindEntity && a.Name != "" {
			return a.Name
		}
		if a.Kind == KindDocument {
			return "(document)"
		}
		return a.Text
	}
	s := arg(f.Subject) + " | " + f.Relation.Name + " | " + arg(f.Object)
	if f.Attributed != nil {
		s += " @ " + arg(*f.Attributed)
	}
	if f.EventDate != "" {
		s += " " + f.EventDate
	}
	return s
}
