// Package load puts extracted facts into the store: it resolves each entity
// argument to one entity across all documents (graph/resolve, seeded with
// the entities already stored), maps facts to quads (graph/rdf) and writes
// them (graph/store).
//
// Loading is idempotent and incremental. A document is identified by its
// content hash: a document already in the store is skipped. A document whose
// source (path or URL) is stored under another hash is a new version: the old
// version's named graph is deleted, then direct facts, quotations and
// entities that no remaining document supports are removed, and the new
// version is written.
//
// Input is JSON Lines of doc.Fact, one per line, as `textgraph extract`
// writes it; facts of one document are expected on consecutive lines.
package load

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/resolve"
	"github.com/textgraph/textgraph/graph/store"
)

// Stats counts what a load did.
type Stats struct {
	Documents int // documents written
	Skipped   int // documents already stored unchanged
	Replaced  int // documents that replaced an older version of the same source
	Pruned    int // stored documents removed by Prune
	Facts     int // facts written
	Quads     int // quads written (before the store drops duplicates)
	BadLines  int // input lines that were not valid facts
}

// LineError reports an input line that is not a valid fact.
type LineError struct {
	Name string // input name
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %v", e.Name, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// Loader writes facts into one store. It is not safe for concurrent use,
// except Has, which workers may call while the loader writes.
type Loader struct {
	st        *store.Store
	m         *rdf.Mapper
	ix        *resolve.Index
	known     map[string]bool // document IDs stored or written in this run
	quoteBase quad.IRI        // namespace of quotation IRIs

	mu     sync.Mutex
	stored map[string]bool // content hashes of the stored documents

	buf        []quad.Quad     // quads waiting to be written
	del        []quad.Quad     // stale entity descriptions to delete once buf is written
	pendingEnt map[string]bool // entities whose description is in buf
	bufEnt     map[string]bool // entities the quads in buf refer to
	remove     []quad.IRI      // old versions of documents in buf, to remove before buf is written

	// OnError receives per-line and per-document errors; nil means stop at the first.
	OnError func(err error)
	// Force rewrites documents that are already stored.
	Force bool
}

// New returns a Loader for st that mints IRIs with m, seeding entity
// resolution with the entities already in the store.
func New(ctx context.Context, st *store.Store, m *rdf.Mapper) (*Loader, error) {
	base := m.Base
	if base == "" {
		base = graph.DefaultBase
	}
	l := &Loader{st: st, m: m, known: map[string]bool{}, stored: map[string]bool{}, pendingEnt: map[string]bool{}, bufEnt: map[string]bool{}, quoteBase: quad.IRI(base + "quote/")}
	// One index scan up front, so that Has never waits for the store while
	// the loader writes.
	err := st.Find(ctx, nil, quad.IRI(graph.ContentHash), nil, nil, func(q quad.Quad) error {
		if iri, ok := q.Subject.(quad.IRI); ok {
			if id, ok := rdf.ParseDocIRI(m.Base, iri); ok {
				l.stored[id] = true
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load: reading the stored documents: %w", err)
	}
	if err := l.reseed(ctx); err != nil {
		return nil, err
	}
	return l, nil
}

// Load reads JSON Lines facts from r (named name in errors) and writes them.
func (l *Loader) Load(ctx context.Context, r io.Reader, name string) (Stats, error) {
	var st Stats
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var cur []doc.Fact
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		err := l.Document(ctx, cur[0].Doc, cur, &st)
		cur = cur[:0]
		return err
	}
	line := 0
	for sc.Scan() {
		line++
		b := sc.Bytes()
		if len(strings.TrimSpace(string(b))) == 0 {
			continue
		}
		var f doc.Fact
		if err := json.Unmarshal(b, &f); err != nil {
			if err := l.report(&LineError{name, line, fmt.Errorf("not a JSON fact: %w", err)}); err != nil {
				return st, err
			}
			st.BadLines++
			continue
		}
		if err := validate(&f); err != nil {
			if err := l.report(&LineError{name, line, err}); err != nil {
				return st, err
			}
			st.BadLines++
			continue
		}
		if len(cur) > 0 && cur[0].Doc.ID != f.Doc.ID {
			if err := flush(); err != nil {
				return st, err
			}
		}
		cur = append(cur, f)
	}
	if err := sc.Err(); err != nil {
		return st, fmt.Errorf("load: %s: %w", name, err)
	}
	if err := flush(); err != nil {
		return st, err
	}
	return st, l.Flush(ctx)
}

func (l *Loader) report(err error) error {
	if l.OnError == nil {
		return err
	}
	l.OnError(err)
	return nil
}

func validate(f *doc.Fact) error {
	switch {
	case f.Doc.ID == "":
		return errors.New("fact has no doc.id")
	case f.Relation.Name == "":
		return errors.New("fact has no relation.name")
	case f.Subject.Text == "" && f.Subject.Name == "" && f.Subject.Kind != doc.KindDocument:
		return errors.New("fact has no subject")
	case f.Subject.Kind == doc.KindDocument && f.Object.Kind != doc.KindEntity:
		return errors.New("a document's mention fact needs an entity object")
	case f.Object.Text == "" && f.Object.Name == "":
		return errors.New("fact has no object")
	case f.Confidence < 0 || f.Confidence > 1:
		return fmt.Errorf("confidence %v outside 0..1", f.Confidence)
	case f.Sentence.Begin < 0 || f.Sentence.End < f.Sentence.Begin:
		return fmt.Errorf("bad sentence span %d,%d", f.Sentence.Begin, f.Sentence.End)
	}
	return nil
}

// Document writes one document and its facts (all with Doc == ref). A
// document without facts is stored too, so that a later run knows it.
func (l *Loader) Document(ctx context.Context, ref doc.DocRef, facts []doc.Fact, st *Stats) error {
	d := ref
	if !l.Force && l.known[d.ID] {
		// Seen earlier in this run: more facts of the same document.
		return l.write(ctx, d, facts, st)
	}
	stored, err := l.Has(ctx, d.ID)
	if err != nil {
		return err
	}
	if stored && !l.Force {
		l.known[d.ID] = true
		st.Skipped++
		return nil
	}
	old, err := l.versionsOf(ctx, d.Source, d.ID)
	if err != nil {
		return err
	}
	if stored {
		old = append(old, l.m.DocIRI(d.ID))
	}
	if len(old) > 0 {
		// Removed when the buffer is written, with the other documents
		// replaced meanwhile: one transaction for all of them.
		l.remove = append(l.remove, old...)
		st.Replaced++
	}
	l.known[d.ID] = true
	st.Documents++
	if err := l.write(ctx, d, facts, st); err != nil {
		return err
	}
	l.setStored(d.ID, true)
	return nil
}

// write resolves the entities of facts and writes their quads with the
// document's own.
func (l *Loader) write(ctx context.Context, d doc.DocRef, facts []doc.Fact, st *Stats) error {
	// Group entity arguments by their in-document name and type.
	type key struct{ name, typ string }
	forms := map[key][]string{}
	local := map[key]bool{}
	var order []key
	add := func(a *doc.Arg) {
		if a == nil || a.Kind != doc.KindEntity {
			return
		}
		k := key{entityName(a), a.Type}
		if _, ok := forms[k]; !ok {
			order = append(order, k)
		}
		if a.Local {
			local[k] = true
		}
		if a.Text != "" && a.Text != k.name {
			forms[k] = append(forms[k], a.Text)
		} else if forms[k] == nil {
			forms[k] = []string{}
		}
	}
	for i := range facts {
		add(&facts[i].Subject)
		add(&facts[i].Object)
		add(facts[i].Attributed)
	}
	ids := map[key]string{}
	var changed []string // entities whose description changed, in order
	for _, k := range order {
		e, ch := l.ix.Resolve(resolve.Mention{Name: k.name, Type: k.typ, Forms: forms[k], Doc: d.ID, Local: local[k]})
		if e == nil {
			// Not a name (a pronoun or a bare title): the argument stays a
			// literal, and a fact whose subject it is is not written.
			continue
		}
		ids[k] = e.ID
		l.bufEnt[e.ID] = true // before any flush below removes old versions
		if ch && !slices.Contains(changed, e.ID) {
			changed = append(changed, e.ID)
		}
	}
	// One description per entity and document, from its state after all the
	// document's names ("facebook" then "Facebook" relabel one entity twice).
	quads := l.m.Document(d)
	for _, id := range changed {
		e, _ := l.ix.Get(id)
		if l.pendingEnt[id] {
			// Its description is still in the buffer: store it first, so
			// the comparison below sees it.
			if err := l.Flush(ctx); err != nil {
				return err
			}
		}
		want, old, err := l.entityDiff(ctx, e)
		if err != nil {
			return err
		}
		quads = append(quads, want...)
		l.del = append(l.del, old...)
		l.pendingEnt[id] = true
	}
	id := func(a *doc.Arg) string {
		if a == nil || a.Kind != doc.KindEntity {
			return ""
		}
		return ids[key{entityName(a), a.Type}]
	}
	for i := range facts {
		f := &facts[i]
		quads = append(quads, l.m.Fact(f, id(&f.Subject), id(&f.Object), id(f.Attributed))...)
	}
	l.buf = append(l.buf, quads...)
	for _, id := range ids {
		l.bufEnt[id] = true // again, if a flush above cleared them
	}
	st.Facts += len(facts)
	st.Quads += len(quads)
	if len(l.buf) >= BatchQuads {
		return l.Flush(ctx)
	}
	return nil
}

// BatchQuads is how many quads the loader gathers before it writes them in
// one transaction: one commit per document would make the store's commit
// and disk sync the cost of loading.
const BatchQuads = 50000

// Flush removes the old versions of the buffered documents, writes the
// buffered quads in one transaction, then deletes the entity descriptions
// they replace (in that order, so an interrupted load never leaves an
// entity without a label). Load flushes when it returns; callers of
// Document call Flush when they are done.
func (l *Loader) Flush(ctx context.Context) error {
	if err := l.removeDocs(ctx, l.remove); err != nil {
		return err
	}
	l.remove = l.remove[:0]
	if len(l.buf) > 0 {
		if err := l.st.Write(ctx, l.buf); err != nil {
			return fmt.Errorf("load: %w", err)
		}
	}
	if len(l.del) > 0 {
		if err := l.st.Delete(ctx, l.del); err != nil {
			return fmt.Errorf("load: %w", err)
		}
	}
	l.buf, l.del = l.buf[:0], l.del[:0]
	clear(l.pendingEnt)
	clear(l.bufEnt)
	return nil
}

func entityName(a *doc.Arg) string {
	if a.Name != "" {
		return a.Name
	}
	return a.Text
}

// entityDiff returns the current description of e (type, label, aliases)
// and the stored quads of its description that are no longer true.
func (l *Loader) entityDiff(ctx context.Context, e resolve.Entity) (want, stale []quad.Quad, err error) {
	iri := l.m.EntityIRI(e.ID)
	want = l.m.Entity(rdf.EntityInfo{ID: e.ID, Type: e.Type, Label: e.Label, Aliases: e.Aliases})
	keep := map[string]bool{}
	for _, q := range want {
		keep[q.String()] = true
	}
	for _, p := range []quad.IRI{graph.Label, graph.AltLabel, graph.Type} {
		err := l.st.Find(ctx, iri, p, nil, nil, func(q quad.Quad) error {
			if !keep[q.String()] {
				stale = append(stale, q)
			}
			return nil
		})
		if err != nil {
			return nil, nil, fmt.Errorf("load: entity %s: %w", e.ID, err)
		}
	}
	return want, stale, nil
}

// Has reports whether the document with content hash id is stored. It
// answers from memory, so workers may call it while the loader writes.
func (l *Loader) Has(ctx context.Context, id string) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.stored[id], nil
}

func (l *Loader) setStored(id string, v bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if v {
		l.stored[id] = true
	} else {
		delete(l.stored, id)
	}
}

var errStop = errors.New("stop")

// versionsOf returns the IRIs of stored documents read from source under a
// content hash other than id.
func (l *Loader) versionsOf(ctx context.Context, source, id string) ([]quad.IRI, error) {
	if source == "" {
		return nil, nil
	}
	self := l.m.DocIRI(id)
	seen := map[quad.IRI]bool{}
	var out []quad.IRI
	// A file path is stored as tg:sourcePath "path", a URL as schema:url <url>.
	lookups := []struct {
		p quad.IRI
		o quad.Value
	}{{rdf.SourcePath, quad.String(source)}, {graph.URL, quad.IRI(rdf.SafeIRI(source))}}
	for _, lk := range lookups {
		err := l.st.Find(ctx, nil, lk.p, lk.o, nil, func(q quad.Quad) error {
			if iri, ok := q.Subject.(quad.IRI); ok && iri != self && !seen[iri] && hasPrefix(iri, l.m.DocIRI("")) {
				seen[iri] = true
				out = append(out, iri)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load: looking up source %s: %w", source, err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// Prune removes every stored document read from a file (one with a
// tg:sourcePath) for which drop, given its content hash and path, returns
// true, together with whatever only it supported (facts, quotations,
// entities; see removeDocs). Documents read from URLs are never pruned. It
// flushes first and adds the number removed to st.Pruned.
func (l *Loader) Prune(ctx context.Context, drop func(id, source string) bool, st *Stats) error {
	if err := l.Flush(ctx); err != nil {
		return err
	}
	var gone []quad.IRI
	seen := map[quad.IRI]bool{}
	err := l.st.Find(ctx, nil, quad.IRI(rdf.SourcePath), nil, nil, func(q quad.Quad) error {
		iri, ok := q.Subject.(quad.IRI)
		if !ok || seen[iri] {
			return nil
		}
		if id, ok := rdf.ParseDocIRI(l.m.Base, iri); ok && drop(id, rdf.Lexical(q.Object)) {
			seen[iri] = true
			gone = append(gone, iri)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("load: listing the stored documents: %w", err)
	}
	// Chunks bound the memory the removal takes.
	for len(gone) > 0 {
		n := min(len(gone), pruneChunk)
		if err := l.removeDocs(ctx, gone[:n]); err != nil {
			return err
		}
		st.Pruned += n
		gone = gone[n:]
	}
	return nil
}

// pruneChunk is how many documents Prune removes in one go.
const pruneChunk = 100

// removeDocs deletes documents' named graphs and whatever the deletion
// leaves unsupported: direct fact triples no other assertion states,
// quotations no other fact points to, and entities (those of their facts and
// those they mention) nothing else refers to. Entities the buffered quads
// use are kept, so the buffer need not be written first. Everything is
// worked out against the store as it is, leaving out what goes, and deleted
// in one transaction: a commit per fact or entity made replacing documents
// in a large store cost seconds each.
func (l *Loader) removeDocs(ctx context.Context, docs []quad.IRI) error {
	if len(docs) == 0 {
		return nil
	}
	type spo struct{ s, p, o quad.Value }
	var (
		doomed     []quad.Quad
		dying      = map[string]bool{} // doomed, by their N-Quads form
		assertions = map[quad.Value]*spo{}
		entities   []quad.Value
		seenEnt    = map[quad.Value]bool{}
	)
	doom := func(q quad.Quad) {
		if k := q.String(); !dying[k] {
			dying[k] = true
			doomed = append(doomed, q)
		}
	}
	entity := func(v quad.Value) {
		if iri, ok := v.(quad.IRI); ok && hasPrefix(iri, l.m.EntityIRI("")) && !seenEnt[iri] {
			seenEnt[iri] = true
			entities = append(entities, iri)
		}
	}
	for _, docIRI := range docs {
		err := l.st.Find(ctx, nil, nil, nil, docIRI, func(q quad.Quad) error {
			doom(q)
			switch q.Predicate {
			case quad.IRI(graph.Subject), quad.IRI(graph.Predicate), quad.IRI(graph.Object):
				a := assertions[q.Subject]
				if a == nil {
					a = &spo{}
					assertions[q.Subject] = a
				}
				switch q.Predicate {
				case quad.IRI(graph.Subject):
					a.s = q.Object
				case quad.IRI(graph.Predicate):
					a.p = q.Object
				default:
					a.o = q.Object
				}
			case quad.IRI(graph.Mentions):
				if q.Subject == docIRI {
					entity(q.Object)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("load: reading document %s: %w", docIRI, err)
		}
	}
	gone := func(assertion quad.Value) bool { return assertions[assertion] != nil }
	for _, a := range assertions {
		if a.s == nil || a.p == nil || a.o == nil {
			continue
		}
		supported, err := l.supported(ctx, a.s, a.p, a.o, gone)
		if err != nil {
			return err
		}
		if supported {
			continue
		}
		doom(quad.Make(a.s, a.p, a.o, nil))
		if iri, ok := a.o.(quad.IRI); ok && hasPrefix(iri, l.quoteBase) {
			if err := l.eachOf(ctx, iri, doom); err != nil {
				return err
			}
		}
		entity(a.s)
		entity(a.o)
	}
	var left []string
	for _, e := range entities {
		id, _ := rdf.ParseEntityIRI(l.m.Base, e.(quad.IRI))
		if l.bufEnt[id] {
			continue // the buffer still refers to it
		}
		used, err := l.referenced(ctx, e, dying)
		if err != nil {
			return err
		}
		if !used {
			if err := l.eachOf(ctx, e, doom); err != nil {
				return err
			}
			left = append(left, id)
		}
	}
	if err := l.st.Delete(ctx, doomed); err != nil {
		return fmt.Errorf("load: deleting %d documents: %w", len(docs), err)
	}
	for _, docIRI := range docs {
		if id, ok := rdf.ParseDocIRI(l.m.Base, docIRI); ok {
			l.setStored(id, false)
		}
	}
	// Later mentions must not resolve to an entity that left the store.
	for _, id := range left {
		l.ix.Remove(id)
	}
	return nil
}

func (l *Loader) reseed(ctx context.Context) error {
	ents, err := StoredEntities(ctx, l.st, l.m)
	if err != nil {
		return err
	}
	l.ix = resolve.NewIndex()
	for _, e := range ents {
		if err := l.ix.Add(e); err != nil {
			return fmt.Errorf("load: seeding entities: %w", err)
		}
	}
	return nil
}

// supported reports whether a stored assertion other than those gone
// states s p o. It looks the assertions up by their object when that is a
// quotation or a literal, which few assertions share, and by their subject
// otherwise: an entity such as a country can be the object of thousands.
func (l *Loader) supported(ctx context.Context, s, p, o quad.Value, gone func(assertion quad.Value) bool) (bool, error) {
	roles := [3]struct {
		p quad.IRI
		v quad.Value
	}{{graph.Subject, s}, {graph.Predicate, p}, {graph.Object, o}}
	if iri, ok := o.(quad.IRI); !ok || !hasPrefix(iri, l.m.EntityIRI("")) {
		roles[0], roles[2] = roles[2], roles[0]
	}
	has := func(a quad.Value, p quad.IRI, v quad.Value) (bool, error) {
		found := false
		err := l.st.Find(ctx, a, p, v, nil, func(quad.Quad) error { found = true; return errStop })
		if err != nil && !errors.Is(err, errStop) {
			return false, err
		}
		return found, nil
	}
	found := false
	err := l.st.Find(ctx, nil, roles[0].p, roles[0].v, nil, func(q quad.Quad) error {
		a := q.Subject
		if gone(a) {
			return nil
		}
		for _, r := range roles[1:] {
			if ok, err := has(a, r.p, r.v); err != nil || !ok {
				return err
			}
		}
		found = true
		return errStop
	})
	if err != nil && !errors.Is(err, errStop) {
		return false, fmt.Errorf("load: checking support: %w", err)
	}
	return found, nil
}

// referenced reports whether any quad not in dying, other than the
// entity's own description, points to or from e.
func (l *Loader) referenced(ctx context.Context, e quad.Value, dying map[string]bool) (bool, error) {
	used := false
	err := l.st.Find(ctx, nil, nil, e, nil, func(q quad.Quad) error {
		if dying[q.String()] {
			return nil
		}
		used = true
		return errStop
	})
	if err != nil && !errors.Is(err, errStop) {
		return false, fmt.Errorf("load: checking entity %s: %w", e, err)
	}
	if used {
		return true, nil
	}
	err = l.st.Find(ctx, e, nil, nil, nil, func(q quad.Quad) error {
		switch q.Predicate {
		case quad.IRI(graph.Type), quad.IRI(graph.Label), quad.IRI(graph.AltLabel):
			return nil
		}
		if dying[q.String()] {
			return nil
		}
		used = true
		return errStop
	})
	if err != nil && !errors.Is(err, errStop) {
		return false, fmt.Errorf("load: checking entity %s: %w", e, err)
	}
	return used, nil
}

// eachOf calls fn for every quad whose subject is s.
func (l *Loader) eachOf(ctx context.Context, s quad.Value, fn func(quad.Quad)) error {
	err := l.st.Find(ctx, s, nil, nil, nil, func(q quad.Quad) error { fn(q); return nil })
	if err != nil {
		return fmt.Errorf("load: reading %s: %w", s, err)
	}
	return nil
}

// StoredEntities reads every entity in the store back into resolve form.
func StoredEntities(ctx context.Context, st *store.Store, m *rdf.Mapper) ([]resolve.Entity, error) {
	byIRI := map[quad.IRI]*resolve.Entity{}
	var order []quad.IRI
	err := st.Find(ctx, nil, quad.IRI(graph.Type), nil, nil, func(q quad.Quad) error {
		iri, ok := q.Subject.(quad.IRI)
		if !ok {
			return nil
		}
		id, ok := rdf.ParseEntityIRI(m.Base, iri)
		if !ok {
			return nil
		}
		if byIRI[iri] == nil {
			byIRI[iri] = &resolve.Entity{ID: id, Type: typeOfClass(q.Object)}
			order = append(order, iri)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load: reading entities: %w", err)
	}
	out := make([]resolve.Entity, 0, len(order))
	for _, iri := range order {
		e := byIRI[iri]
		err := st.Find(ctx, iri, nil, nil, nil, func(q quad.Quad) error {
			switch q.Predicate {
			case quad.IRI(graph.Label):
				e.Label = rdf.Lexical(q.Object)
			case quad.IRI(graph.AltLabel):
				e.Aliases = append(e.Aliases, rdf.Lexical(q.Object))
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load: reading entity %s: %w", e.ID, err)
		}
		sort.Strings(e.Aliases)
		if e.Label == "" { // only after damage: fall back so the entity stays usable
			e.Label = e.ID
			if len(e.Aliases) > 0 {
				e.Label, e.Aliases = e.Aliases[0], e.Aliases[1:]
			}
		}
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func typeOfClass(v quad.Value) string {
	iri, _ := v.(quad.IRI)
	for _, t := range []string{doc.Person, doc.Organization, doc.Place, doc.Event, doc.Work} {
		if string(iri) == graph.Class(t) {
			return t
		}
	}
	return doc.Misc
}

func hasPrefix(iri, prefix quad.IRI) bool { return strings.HasPrefix(string(iri), string(prefix)) }
