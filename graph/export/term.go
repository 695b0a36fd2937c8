package export

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph/rdf"
)

// literal is an RDF literal in normal form: lexical value plus either a
// datatype IRI or a language tag (plain strings have datatype xsd:string).
type literal struct {
	lex, datatype, lang string
}

// asLiteral returns v as a literal, and false if v is an IRI or blank node.
// Cayley's native values (Int, Float, Bool, Time) become typed literals.
func asLiteral(v quad.Value) (literal, bool, error) {
	switch x := v.(type) {
	case quad.IRI, quad.BNode:
		return literal{}, false, nil
	case quad.String:
		return literal{lex: string(x), datatype: rdf.XSDString}, true, nil
	case quad.TypedString:
		dt := fullIRI(x.Type)
		if dt == "" {
			dt = rdf.XSDString
		}
		return literal{lex: string(x.Value), datatype: dt}, true, nil
	case quad.LangString:
		if !validLang(x.Lang) {
			return literal{}, false, errorf("invalid language tag %q on %q", x.Lang, string(x.Value))
		}
		return literal{lex: string(x.Value), lang: x.Lang}, true, nil
	case quad.Bool:
		return literal{lex: strconv.FormatBool(bool(x)), datatype: rdf.XSDBoolean}, true, nil
	case quad.TypedStringer:
		ts := x.TypedString()
		return literal{lex: string(ts.Value), datatype: fullIRI(ts.Type)}, true, nil
	case nil:
		return literal{}, false, errorf("missing value")
	}
	return literal{}, false, errorf("unsupported value %T %v", v, v)
}

// fullIRI expands a short IRI ("schema:Person") with the namespaces
// registered in cayleygraph/quad/voc; full IRIs, the common case, skip the
// locked namespace lookup.
func fullIRI(iri quad.IRI) string {
	if strings.Contains(string(iri), "://") {
		return string(iri)
	}
	return string(iri.Full())
}

// validLang reports whether s is a BCP 47-shaped language tag as the Turtle
// and N-Triples grammars accept it: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.
func validLang(s string) bool {
	if s == "" {
		return false
	}
	for i, part := range strings.Split(s, "-") {
		if part == "" {
			return false
		}
		for j := 0; j < len(part); j++ {
			c := part[j]
			alpha := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			if !alpha && (i == 0 || c < '0' || c > '9') {
				return false
			}
		}
	}
	return true
}

// appendString appends s as a double-quoted Turtle/N-Triples string:
// ", \ and the controls \t \b \n \r \f as ECHAR, other C0 controls and DEL
// as \u00XX; invalid UTF-8 becomes U+FFFD.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b = append(b, "\uFFFD"...)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		switch c {
		case '"':
			b = append(b, `\"`...)
		case '\\':
			b = append(b, `\\`...)
		case '\n':
			b = append(b, `\n`...)
		case '\r':
			b = append(b, `\r`...)
		case '\t':
			b = append(b, `\t`...)
		case '\b':
			b = append(b, `\b`...)
		case '\f':
			b = append(b, `\f`...)
		default:
			if c < 0x20 || c == 0x7f {
				b = append(b, `\u00`...)
				b = append(b, hexDigits[c>>4], hexDigits[c&15])
			} else {
				b = append(b, c)
			}
		}
		i++
	}
	return append(b, '"')
}

const hexDigits = "0123456789ABCDEF"

// appendIRI appends <iri>, percent-encoding what IRIREF forbids.
func appendIRI(b []byte, iri string) []byte {
	b = append(b, '<')
	b = append(b, rdf.SafeIRI(iri)...)
	return append(b, '>')
}

// appendBNode appends a blank node label valid in every syntax we write:
// bytes other than ASCII letters and digits, and "x" itself, are hex-encoded after an
// "x", which keeps distinct labels distinct.
func appendBNode(b []byte, id string) []byte {
	b = append(b, "_:b"...)
	for i := 0; i < len(id); i++ {
		c := id[i]
		if 'a' <= c && c <= 'z' && c != 'x' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
			b = append(b, c)
			continue
		}
		b = append(b, 'x', hexDigits[c>>4], hexDigits[c&15])
	}
	return b
}

// appendNT appends v in N-Triples syntax.
func appendNT(b []byte, v quad.Value) ([]byte, error) {
	switch x := v.(type) {
	case quad.IRI:
		return appendIRI(b, fullIRI(x)), nil
	case quad.BNode:
		return appendBNode(b, string(x)), nil
	}
	l, ok, err := asLiteral(v)
	if err != nil {
		return b, err
	}
	if !ok {
		return b, errorf("unsupported value %T", v)
	}
	return appendLiteral(b, l, nil), nil
}

// appendLiteral appends a literal; name, when not nil, abbreviates the
// datatype IRI (Turtle).
func appendLiteral(b []byte, l literal, name func(string) string) []byte {
	b = appendString(b, l.lex)
	switch {
	case l.lang != "":
		b = append(b, '@')
		b = append(b, l.lang...)
	case l.datatype != rdf.XSDString:
		b = append(b, "^^"...)
		if name != nil {
			if n := name(l.datatype); n != "" {
				return append(b, n...)
			}
		}
		b = appendIRI(b, l.datatype)
	}
	return b
}

// isResource reports whether v can be a subject or a graph label.
func isResource(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.BNode:
		return true
	}
	return false
}

// checkQuad rejects quads that are not RDF: a literal subject or graph
// label, a non-IRI predicate.
func checkQuad(q quad.Quad) error {
	if !isResource(q.Subject) {
		return errorf("quad %v: subject is not an IRI or blank node", q)
	}
	if _, ok := q.Predicate.(quad.IRI); !ok {
		return errorf("quad %v: predicate is not an IRI", q)
	}
	if q.Object == nil {
		return errorf("quad %v: missing object", q)
	}
	if q.Label != nil && !isResource(q.Label) {
		return errorf("quad %v: graph label is not an IRI or blank node", q)
	}
	return nil
}

// ntLine returns the N-Triples (withLabel false) or N-Quads line of q,
// without the trailing newline.
func ntLine(b []byte, q quad.Quad, withLabel bool) ([]byte, error) {
	if err := checkQuad(q); err != nil {
		return b, err
	}
	var err error
	if b, err = appendNT(b, q.Subject); err != nil {
		return b, err
	}
	b = append(b, ' ')
	if b, err = appendNT(b, q.Predicate); err != nil {
		return b, err
	}
	b = append(b, ' ')
	if b, err = appendNT(b, q.Object); err != nil {
		return b, err
	}
	if withLabel && q.Label != nil {
		b = append(b, ' ')
		if b, err = appendNT(b, q.Label); err != nil {
			return b, err
		}
	}
	return append(b, " ."...), nil
}
