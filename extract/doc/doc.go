// Package doc is the shared vocabulary of textgraph's extraction pipeline:
// documents, sentences, tokens, dependency arcs, entity mentions and the
// facts (triples with provenance) that the pipeline emits.
//
// Input contract: Doc.Text is UTF-8. Every annotation is a half-open span of
// byte offsets [Start, End) into Doc.Text; text is never rewritten, and
// normalised forms (lemmas, folded names) sit next to spans, never in their
// place. Offsets exported to RDF (NIF) are Unicode code points; use
// Doc.Runes or CodePoints to convert.
//
// The package imports only the standard library; every other extract package
// and the graph side build on it.
package doc

import "unicode/utf8"

// Span is a half-open range [Start, End) of byte offsets into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Text returns the slice of text the span covers.
func (s Span) Text(text string) string { return text[s.Start:s.End] }

// Token is one syntactic word. Its Span slices the original text exactly;
// for words inside a multiword token (UD "don't" = do + n't where the text is
// not split), both words carry the multiword token's span.
type Token struct {
	Span
	Form       string `json:"form"`            // surface form (Span.Text of the original, or the UD word form)
	Lemma      string `json:"lemma,omitempty"` // base form
	UPOS       string `json:"upos,omitempty"`  // universal part of speech
	XPOS       string `json:"xpos,omitempty"`  // language-specific (Penn) tag
	Feats      string `json:"feats,omitempty"` // UD morphological features, "_" or empty if none
	Head       int    `json:"head"`            // 1-based index of the head within the sentence; 0 = root; -1 = not parsed
	Rel        string `json:"rel,omitempty"`   // UD dependency relation to Head
	SpaceAfter bool   `json:"space_after"`     // whether the text has whitespace after this token
	MWT        int    `json:"mwt,omitempty"`   // >0: number of words in the multiword token this word starts; words after the first have MWT<0
}

// Sentence is a span of the text and the tokens inside it.
type Sentence struct {
	Span
	ID     string  `json:"id,omitempty"` // sent_id when read from CoNLL-U
	Tokens []Token `json:"tokens"`
}

// Entity types used by mentions. They map to schema.org classes on the graph side.
const (
	Person       = "PER"
	Organization = "ORG"
	Place        = "LOC"
	Event        = "EVENT"
	Work         = "WORK"
	Date         = "DATE"
	Misc         = "MISC"
)

// Mention is an entity mention: a typed span of the text.
type Mention struct {
	Span
	Type     string `json:"type"`            // one of the entity type constants
	Sentence int    `json:"sentence"`        // index into Doc.Sentences
	Chain    int    `json:"chain,omitempty"` // coreference chain id within the document; 0 = none
	Name     string `json:"name,omitempty"`  // canonical name within the document (the chain's fullest proper form)
}

// Doc is one article moving through the pipeline.
type Doc struct {
	ID        string     // content hash (hex) of Text
	Source    string     // path or URL it was read from
	Title     string     // headline if known
	Date      string     // publication date YYYY-MM-DD if known
	Text      string     // the original text, UTF-8
	Sentences []Sentence // in text order, non-overlapping
	Mentions  []Mention  // in text order

	runeIdx []int // lazily built: runeIdx[i] = number of runes before byte i (only at rune starts)
}

// CodePoint converts a byte offset in d.Text to a Unicode code-point offset.
// Offsets at len(d.Text) are allowed.
func (d *Doc) CodePoint(byteOff int) int {
	if d.runeIdx == nil {
		d.runeIdx = make([]int, len(d.Text)+1)
		n := 0
		for i := range d.Text {
			d.runeIdx[i] = n
			n++
			// bytes inside a rune map to the rune's own index
		}
		// fill continuation bytes and the end
		last := 0
		for i := 0; i < len(d.Text); i++ {
			if utf8.RuneStart(d.Text[i]) {
				last = d.runeIdx[i]
			} else {
				d.runeIdx[i] = last
			}
		}
		d.runeIdx[len(d.Text)] = n
	}
	return d.runeIdx[byteOff]
}

// CodePoints counts the code points of s: the NIF offset of a byte offset
// len(s) in a text that starts with s.
func CodePoints(s string) int { return utf8.RuneCountInString(s) }
