package export

import (
	"bufio"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
)

// triple is one buffered triple with the N-Triples form of each term, used
// as sort and deduplication key.
type triple struct {
	s, p, o    string
	sv, pv, ov quad.Value
}

type turtleSink struct {
	prefixes []graph.Prefix // longest namespace first
	order    []graph.Prefix // as graph.Prefixes lists them
	triples  []triple
	buf      []byte
}

func newTurtleSink(base string) *turtleSink {
	if base == "" {
		base = graph.DefaultBase
	}
	order := graph.Prefixes(base)
	ps := append([]graph.Prefix(nil), order...)
	sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].IRI) > len(ps[j].IRI) })
	return &turtleSink{prefixes: ps, order: order}
}

func (s *turtleSink) add(q quad.Quad) error {
	if err := checkQuad(q); err != nil {
		return err
	}
	// One allocation holds the N-Triples form of all three terms.
	b, err := appendNT(s.buf[:0], q.Subject)
	if err != nil {
		return err
	}
	i := len(b)
	if b, err = appendNT(b, q.Predicate); err != nil {
		return err
	}
	j := len(b)
	if b, err = appendNT(b, q.Object); err != nil {
		return err
	}
	s.buf = b
	all := string(b)
	s.triples = append(s.triples, triple{s: all[:i], p: all[i:j], o: all[j:], sv: q.Subject, pv: q.Predicate, ov: q.Object})
	return nil
}

const rdfType = "<" + graph.Type + ">"

func (s *turtleSink) finish(w *bufio.Writer) error {
	ts := s.triples
	sort.Slice(ts, func(i, j int) bool {
		a, b := &ts[i], &ts[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.p != b.p {
			// rdf:type first, as "a".
			if a.p == rdfType || b.p == rdfType {
				return a.p == rdfType
			}
			return a.p < b.p
		}
		return a.o < b.o
	})
	for _, p := range s.order {
		w.WriteString("@prefix ")
		w.WriteString(p.Name)
		w.WriteString(": ")
		w.Write(appendIRI(nil, p.IRI))
		w.WriteString(" .\n")
	}
	var buf []byte
	var prev *triple
	for i := range ts {
		t := &ts[i]
		switch {
		case prev != nil && t.s == prev.s && t.p == prev.p && t.o == prev.o:
			continue
		case prev != nil && t.s == prev.s && t.p == prev.p:
			buf = append(buf[:0], " ,\n        "...)
		case prev != nil && t.s == prev.s:
			buf = append(buf[:0], " ;\n    "...)
			buf = s.appendPredicate(buf, t)
		default:
			buf = buf[:0]
			if prev != nil {
				buf = append(buf, " .\n"...)
			}
			buf = append(buf, '\n')
			buf = s.appendTerm(buf, t.sv, t.s)
			buf = append(buf, ' ')
			buf = s.appendPredicate(buf, t)
		}
		buf = s.appendTerm(buf, t.ov, t.o)
		if _, err := w.Write(buf); err != nil {
			return errorf("write: %w", err)
		}
		prev = t
	}
	if prev != nil {
		if _, err := w.WriteString(" .\n"); err != nil {
			return errorf("write: %w", err)
		}
	}
	return nil
}

func (s *turtleSink) appendPredicate(b []byte, t *triple) []byte {
	if t.p == rdfType {
		return append(b, "a "...)
	}
	b = s.appendTerm(b, t.pv, t.p)
	return append(b, ' ')
}

// appendTerm writes v in Turtle; nt is its N-Triples form.
func (s *turtleSink) appendTerm(b []byte, v quad.Value, nt string) []byte {
	switch x := v.(type) {
	case quad.IRI:
		if n := s.name(fullIRI(x)); n != "" {
			return append(b, n...)
		}
		return append(b, nt...)
	case quad.BNode:
		return append(b, nt...)
	}
	l, _, _ := asLiteral(v) // add checked it
	return appendLiteral(b, l, s.name)
}

// name returns the prefixed name of iri, or "" when no prefix applies or
// the local part is not a plain PN_LOCAL.
func (s *turtleSink) name(iri string) string {
	for _, p := range s.prefixes {
		if local, ok := strings.CutPrefix(iri, p.IRI); ok && plainLocal(local) {
			return p.Name + ":" + local
		}
	}
	return ""
}

// plainLocal reports whether s can follow "prefix:" in Turtle without
// backslash escapes: [A-Za-z0-9_] then [A-Za-z0-9_.-] or %XX, not ending
// with '.'.
func plainLocal(s string) bool {
	if s == "" || s[len(s)-1] == '.' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_':
		case (c == '-' || c == '.') && i > 0:
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			i += 2
		default:
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
