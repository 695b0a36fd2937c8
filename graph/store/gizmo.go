package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/quad"
	"github.com/dop251/goja"

	"github.com/textgraph/textgraph/graph"
)

// Query runs a Gizmo query and returns its results, one JSON value each, at
// most limit of them (limit <= 0: no limit). It stops when ctx is done.
//
// Prefixes. Every prefix of graph.Prefixes (for the store's base, see
// SetBase) is registered, so g.IRI("schema:Person") works, and a string
// literal in the query that is exactly "<prefix:local>", or that ends with
// "^^<prefix:local>" (a typed literal), has the prefix expanded before the
// query runs:
//
//	g.V().Has("<rdf:type>", "<schema:Person>").All()
//	g.V().Has("<schema:datePublished>", "\"2024-03-01\"^^<xsd:date>").All()
//
// Unknown prefixes and full IRIs ("<https://schema.org/Person>") are left
// alone. Only string contents change, so syntax error positions are those
// of the query as written.
//
// Results. Each result of .All(), .GetLimit() or g.Emit() is one JSON value.
// For path results it is an object mapping each tag (the node itself is
// "id") to its value; tags whose names start with "$" are internal and
// dropped. Values are rendered as:
//
//	IRI                "<schema:Person>" when a registered prefix covers it
//	                   and the rest has no space, quote, backslash or <>;
//	                   otherwise the full "<https://...>"
//	blank node         "_:b1"
//	plain string       the string itself: "Oksana Pokalchuk"
//	typed literal      {"@value": "2024-03-01", "@type": "xsd:date"} (the
//	                   type compacted like an IRI, without the brackets)
//	language string    {"@value": "Kyiv", "@language": "en"}
//	number, boolean    a JSON number or boolean (quad.Int, Float, Bool)
//	time               its RFC 3339 string (quad.Time)
//
// Values a script passes to g.Emit have already been converted by Gizmo
// (.ToArray() and .TagArray() give IRIs as "<full IRI>" strings, which are
// compacted as above, and typed literals as Go values: numbers, times).
// An IRI result can be pasted back into a query as written. A malformed
// query gives an error with goja's line and column.
func (s *Store) Query(ctx context.Context, gizmoQuery string, limit int) ([]json.RawMessage, error) {
	pfx := s.prefixes()
	text := expandPrefixes(gizmoQuery, pfx)

	defer s.readLock()()
	if s.closed {
		return nil, ErrClosed
	}
	sess := gizmo.NewSession(s.qs)
	// Only g.IRI (and its old name g.Uri) reads the session's namespaces;
	// registering them costs more than most small queries.
	if usesNamespaces.MatchString(gizmoQuery) {
		var prelude strings.Builder
		for _, p := range pfx {
			fmt.Fprintf(&prelude, "g.addNamespace(%q, %q);\n", p.Name, p.IRI)
		}
		if err := runPrelude(ctx, sess, prelude.String()); err != nil {
			return nil, fmt.Errorf("store: gizmo query: register prefixes: %w", err)
		}
	}
	r := renderer{prefixes: pfx, qs: s.qs}
	out, err := run(ctx, sess, text, limit, r.result)
	if err != nil {
		var syntax *goja.CompilerSyntaxError
		if errors.As(err, &syntax) {
			// Report the position in the text as written (expansion only
			// lengthens string literals, so it cannot cause the error).
			if _, cerr := goja.Compile("query", gizmoQuery, false); cerr != nil {
				err = cerr
			}
		}
		return out, fmt.Errorf("store: gizmo query: %w", err)
	}
	return out, nil
}

// usesNamespaces matches queries that call g.IRI or g.Uri.
var usesNamespaces = regexp.MustCompile(`\b(IRI|Uri)\s*\(`)

// scriptStopWait bounds how long Query waits for a stopped script to end.
const scriptStopWait = 5 * time.Second

// runPrelude runs a script for its side effects on sess. Its iterator is
// drained but not closed: Gizmo's Close interrupts the session's VM even
// after the script has ended, which would abort the next script.
func runPrelude(ctx context.Context, sess *gizmo.Session, text string) error {
	it, err := sess.Execute(ctx, text, query.Options{Collation: query.Raw})
	if err != nil {
		return err
	}
	for it.Next(ctx) {
	}
	return it.Err()
}

// run executes one query on sess and renders its results with render (nil:
// drop them).
func run(ctx context.Context, sess *gizmo.Session, text string, limit int, render func(*gizmo.Result) (json.RawMessage, bool, error)) ([]json.RawMessage, error) {
	it, err := sess.Execute(ctx, text, query.Options{Collation: query.Raw, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer func() {
		// Stop the script and wait (boundedly) for its goroutine to end, so
		// that it does not read the store after Query has unlocked it.
		it.Close()
		wctx, cancel := context.WithTimeout(context.Background(), scriptStopWait)
		defer cancel()
		for it.Next(wctx) {
		}
	}()
	out := []json.RawMessage{}
	for it.Next(ctx) {
		res, ok := it.Result().(*gizmo.Result)
		if !ok {
			return out, fmt.Errorf("unexpected result type %T", it.Result())
		}
		msg, keep, err := render(res)
		if err != nil {
			return out, err
		}
		if keep {
			out = append(out, msg)
			if limit > 0 && len(out) >= limit {
				return out, nil
			}
		}
	}
	if err := it.Err(); err != nil {
		return out, err
	}
	if err := ctx.Err(); err != nil {
		return out, err
	}
	return out, nil
}

// renderer turns Gizmo results into JSON; see Query.
type renderer struct {
	prefixes []graph.Prefix
	qs       refs.Namer
}

func (r renderer) result(res *gizmo.Result) (json.RawMessage, bool, error) {
	if res.Meta {
		return nil, false, nil
	}
	var v any
	if res.Tags != nil {
		m := make(map[string]any, len(res.Tags))
		for k, ref := range res.Tags {
			if strings.HasPrefix(k, "$") {
				continue
			}
			qv, err := r.qs.NameOf(ref)
			if err != nil {
				return nil, false, fmt.Errorf("read value of tag %q: %w", k, err)
			}
			if qv != nil {
				m[k] = r.value(qv)
			}
		}
		if len(m) == 0 {
			return nil, false, nil
		}
		v = m
	} else {
		v = r.native(res.Val)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // keep IRIs' <> readable
	if err := enc.Encode(v); err != nil {
		return nil, false, fmt.Errorf("encode result: %w", err)
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), true, nil
}

// native converts a value emitted by the script, which may hold quad values.
func (r renderer) native(v any) any {
	switch v := v.(type) {
	case quad.Value:
		return r.value(v)
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = r.native(x)
		}
		return m
	case []any:
		a := make([]any, len(v))
		for i, x := range v {
			a[i] = r.native(x)
		}
		return a
	case string:
		// Gizmo turns IRIs into "<full IRI>" strings in ToArray and TagArray.
		if len(v) > 2 && v[0] == '<' && v[len(v)-1] == '>' && !strings.ContainsAny(v[1:len(v)-1], "<> ") {
			return "<" + r.compact(v[1:len(v)-1]) + ">"
		}
		return v
	case map[string]string:
		m := make(map[string]any, len(v))
		for k, x := range v {
			m[k] = r.native(x)
		}
		return m
	case bool, int64, float64, int, nil:
		return v
	default:
		if _, err := json.Marshal(v); err != nil {
			return fmt.Sprint(v)
		}
		return v
	}
}

func (r renderer) value(v quad.Value) any {
	switch v := v.(type) {
	case quad.IRI:
		return "<" + r.compact(string(v)) + ">"
	case quad.BNode:
		return v.String()
	case quad.String:
		return string(v)
	case quad.TypedString:
		return map[string]any{"@value": string(v.Value), "@type": r.compact(string(v.Type))}
	case quad.LangString:
		return map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.Int:
		return int64(v)
	case quad.Float:
		return float64(v)
	case quad.Bool:
		return bool(v)
	case quad.Time:
		return time.Time(v).Format(time.RFC3339Nano)
	}
	return quad.StringOf(v)
}

// compact returns iri as prefix:local under the longest registered namespace
// whose local part is safe to paste back (see Query), or iri itself.
func (r renderer) compact(iri string) string {
	best := -1
	for i, p := range r.prefixes {
		if strings.HasPrefix(iri, p.IRI) && safeLocal.MatchString(iri[len(p.IRI):]) &&
			(best < 0 || len(p.IRI) > len(r.prefixes[best].IRI)) {
			best = i
		}
	}
	if best < 0 {
		return iri
	}
	return r.prefixes[best].Name + ":" + iri[len(r.prefixes[best].IRI):]
}

var safeLocal = regexp.MustCompile("^[^\\s<>\"'`\\\\]*$")

// Patterns of string literals whose prefixed IRI Query expands.
var (
	wholeIRI = regexp.MustCompile("^<([A-Za-z][A-Za-z0-9_.-]*):([^\\s<>\"'`\\\\]*)>$")
	typedIRI = regexp.MustCompile("\\^\\^<([A-Za-z][A-Za-z0-9_.-]*):([^\\s<>\"'`\\\\]*)>$")
)

// expandPrefixes rewrites the string literals of a Gizmo (JavaScript) query
// as described in Query. Comments, template literals and everything outside
// string literals are copied unchanged.
func expandPrefixes(src string, prefixes []graph.Prefix) string {
	ns := make(map[string]string, len(prefixes))
	for _, p := range prefixes {
		ns[p.Name] = p.IRI
	}
	expand := func(lit string) string {
		for _, re := range []*regexp.Regexp{wholeIRI, typedIRI} {
			m := re.FindStringSubmatchIndex(lit)
			if m == nil {
				continue
			}
			full, ok := ns[lit[m[2]:m[3]]]
			if !ok || strings.ContainsAny(full, "\"'`\\\n") {
				return lit
			}
			return lit[:m[2]] + full + lit[m[4]:]
		}
		return lit
	}
	var b strings.Builder
	b.Grow(len(src))
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '/' && i+1 < len(src) && src[i+1] == '/':
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
		case c == '/' && i+1 < len(src) && src[i+1] == '*':
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				b.WriteString(src[i:])
				return b.String()
			}
			b.WriteString(src[i : i+2+j+2])
			i += 2 + j + 2
		case c == '"' || c == '\'' || c == '`':
			j := i + 1
			for j < len(src) && src[j] != c && (c == '`' || src[j] != '\n') {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(src) || src[j] != c {
				b.WriteString(src[i:])
				return b.String()
			}
			b.WriteByte(c)
			if c == '`' {
				b.WriteString(src[i+1 : j])
			} else {
				b.WriteString(expand(src[i+1 : j]))
			}
			b.WriteByte(c)
			i = j + 1
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}
