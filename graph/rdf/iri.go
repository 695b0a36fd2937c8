package rdf

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
)

// Path segments under the base IRI.
const (
	entitySeg    = "entity/"
	docSeg       = "doc/"
	assertionSeg = "assertion/"
	quoteSeg     = "quote/"
	runSeg       = "run/"
)

// SoftwareNS is the namespace of prov:SoftwareAgent IRIs, one per released
// version of the extractor ("textgraph 0.1.0" → SoftwareNS + "textgraph-0.1.0").
const SoftwareNS = "https://w3id.org/textgraph/software/"

const hexDigits = "0123456789ABCDEF"

// unreserved reports whether b is an RFC 3986 unreserved character.
func unreserved(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' ||
		b == '-' || b == '.' || b == '_' || b == '~'
}

// Escape percent-encodes every byte of s outside the RFC 3986 unreserved
// characters (A-Z a-z 0-9 - . _ ~), so the result is safe as one IRI path
// segment and in Turtle, N-Triples and N-Quads. Invalid UTF-8 is replaced
// by U+FFFD first. Escape("Oksana (activist)") == "Oksana%20%28activist%29".
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	n := 0
	for i := 0; i < len(s); i++ {
		if !unreserved(s[i]) {
			n++
		}
	}
	if n == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2*n)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if unreserved(c) {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return b.String()
}

// Unescape reverses Escape.
func Unescape(s string) (string, error) {
	u, err := url.PathUnescape(s)
	if err != nil {
		return "", errorf("unescape %q: %w", s, err)
	}
	return u, nil
}

// camelName turns a normalized relation phrase into the local name of its
// predicate IRI: lowerCamelCase over whitespace-separated words ("resign
// from" → "resignFrom"), every byte outside [A-Za-z0-9] percent-encoded.
func camelName(name string) string {
	words := strings.Fields(strings.ToValidUTF8(name, "\uFFFD"))
	if len(words) == 0 {
		return "relatedTo"
	}
	var b strings.Builder
	for i, w := range words {
		for j := 0; j < len(w); j++ {
			c := w[j]
			switch {
			case j == 0 && i == 0 && 'A' <= c && c <= 'Z':
				b.WriteByte(c + 'a' - 'A')
			case j == 0 && i > 0 && 'a' <= c && c <= 'z':
				b.WriteByte(c - ('a' - 'A'))
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9':
				b.WriteByte(c)
			default:
				b.WriteByte('%')
				b.WriteByte(hexDigits[c>>4])
				b.WriteByte(hexDigits[c&15])
			}
		}
	}
	return b.String()
}

// iriForbidden reports whether c may not appear in an IRIREF of Turtle,
// N-Triples or N-Quads.
func iriForbidden(c byte) bool {
	return c <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
		c == '|' || c == '^' || c == '`' || c == '\\' || c == 0x7f
}

// SafeIRI returns s with every character that Turtle, N-Triples or N-Quads
// forbid inside <…> (controls, space, <>"{}|^`\) percent-encoded and invalid
// UTF-8 replaced, leaving a valid IRI otherwise unchanged. Use it for IRIs
// that come from outside (a source URL).
func SafeIRI(s string) string {
	if utf8.ValidString(s) {
		ok := true
		for i := 0; i < len(s); i++ {
			if iriForbidden(s[i]) {
				ok = false
				break
			}
		}
		if ok {
			return s
		}
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if iriForbidden(c) {
			b.WriteByte('%')
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// shortHash returns the first 16 hex digits (64 bits) of the SHA-256 of the
// parts, each length-prefixed so that ("ab","c") and ("a","bc") differ.
func shortHash(parts ...string) string {
	h := sha256.New()
	var n [20]byte
	for _, p := range parts {
		h.Write(strconv.AppendInt(n[:0], int64(len(p)), 10))
		h.Write([]byte{':'})
		h.Write([]byte(p))
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// base returns the IRI namespace entities and documents are minted under.
func (m *Mapper) base() string {
	if m.Base == "" {
		return graph.DefaultBase
	}
	return m.Base
}

// EntityIRI returns the IRI of the entity with the given resolver ID:
// base + "entity/" + Escape(id).
func (m *Mapper) EntityIRI(id string) quad.IRI {
	return quad.IRI(m.base() + entitySeg + Escape(id))
}

// DocIRI returns the IRI of the document with the given ID (its content
// hash): base + "doc/" + Escape(id).
func (m *Mapper) DocIRI(id string) quad.IRI {
	return quad.IRI(m.base() + docSeg + Escape(id))
}

// SpanIRI returns the NIF RFC 5147 IRI of the code-point span [begin, end)
// of the document: DocIRI(id) + "#char=begin,end".
func (m *Mapper) SpanIRI(docID string, begin, end int) quad.IRI {
	return quad.IRI(m.base() + docSeg + Escape(docID) + "#char=" +
		strconv.Itoa(begin) + "," + strconv.Itoa(end))
}

// RunIRI returns the IRI of this extraction run: base + "run/" + Escape(Run).
func (m *Mapper) RunIRI() quad.IRI {
	run := m.Run
	if run == "" {
		run = "unknown"
	}
	return quad.IRI(m.base() + runSeg + Escape(run))
}

// SoftwareIRI returns the IRI of the prov:SoftwareAgent that ran the
// extraction: SoftwareNS + Software with spaces turned into "-".
func (m *Mapper) SoftwareIRI() quad.IRI {
	return quad.IRI(SoftwareNS + Escape(strings.Join(strings.Fields(m.software()), "-")))
}

func (m *Mapper) software() string {
	if strings.TrimSpace(m.Software) == "" {
		return "textgraph"
	}
	return m.Software
}

// QuoteIRI returns the IRI of the schema:Quotation of text spoken by the
// entity speakerID: base + "quote/" + a short hash of both.
func (m *Mapper) QuoteIRI(speakerID, text string) quad.IRI {
	return quad.IRI(m.base() + quoteSeg + shortHash(speakerID, text))
}

// PredicateIRI returns the predicate IRI of a normalized relation phrase:
// graph.TGR + its lowerCamelCase form ("resign from" → tgr:resignFrom).
// Bytes outside [A-Za-z0-9] are percent-encoded; an empty phrase maps to
// tgr:relatedTo.
func (m *Mapper) PredicateIRI(name string) quad.IRI {
	return quad.IRI(graph.TGR + camelName(name))
}

// ParseEntityIRI returns the resolver ID of an entity IRI minted under base
// ("" means graph.DefaultBase), and false if iri is not such an IRI.
func ParseEntityIRI(base string, iri quad.IRI) (id string, ok bool) {
	if base == "" {
		base = graph.DefaultBase
	}
	s := string(iri.Full())
	rest, found := strings.CutPrefix(s, base+entitySeg)
	if !found || rest == "" || strings.ContainsAny(rest, "/#?") {
		return "", false
	}
	id, err := Unescape(rest)
	if err != nil {
		return "", false
	}
	return id, true
}

// ParseDocIRI returns the document ID of a document IRI minted under base,
// and false if iri is not one (span IRIs with a #fragment are not).
func ParseDocIRI(base string, iri quad.IRI) (id string, ok bool) {
	if base == "" {
		base = graph.DefaultBase
	}
	rest, found := strings.CutPrefix(string(iri.Full()), base+docSeg)
	if !found || rest == "" || strings.ContainsAny(rest, "/#?") {
		return "", false
	}
	id, err := Unescape(rest)
	if err != nil {
		return "", false
	}
	return id, true
}

// Lexical returns the lexical form of a literal (its text, without datatype
// or language) or the text of an IRI; "" for nil.
func Lexical(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}
