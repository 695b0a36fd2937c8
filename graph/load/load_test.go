package load_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/load"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/store"
)

// article builds the facts of one document from sentences, locating every
// argument by its surface text so no offset is counted by hand.
type article struct {
	ref   doc.DocRef
	text  string
	facts []doc.Fact
}

func newArticle(id, source string, sentences ...string) *article {
	a := &article{ref: doc.DocRef{ID: id, Source: source, Date: "2022-08-07"}}
	a.text = strings.Join(sentences, " ")
	a.ref.Length = doc.CodePoints(a.text)
	return a
}

func (a *article) arg(kind, typ, surface, name string) doc.Arg {
	i := strings.Index(a.text, surface)
	if i < 0 {
		panic("no " + surface + " in the article")
	}
	b := doc.CodePoints(a.text[:i])
	return doc.Arg{Kind: kind, Type: typ, Text: surface, Name: name, Begin: b, End: b + doc.CodePoints(surface)}
}

func (a *article) fact(sentence string, subj doc.Arg, rel string, obj doc.Arg) {
	i := strings.Index(a.text, sentence)
	b := doc.CodePoints(a.text[:i])
	a.facts = append(a.facts, doc.Fact{
		Doc:        a.ref,
		Sentence:   doc.SentRef{Index: len(a.facts), Text: sentence, Begin: b, End: b + doc.CodePoints(sentence)},
		Subject:    subj,
		Relation:   doc.Relation{Name: rel, Text: rel},
		Object:     obj,
		Confidence: 0.8,
		Extractor:  "test",
	})
}

func (a *article) jsonl() *bytes.Buffer {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for i := range a.facts {
		enc.Encode(&a.facts[i])
	}
	return &b
}

const (
	s1 = "Oksana Pokalchuk, head of the Ukrainian office, resigned from Amnesty International Ukraine."
	s2 = "Ms. Pokaltchouk criticised Agnès Callamard."
)

func firstVersion() *article {
	a := newArticle("aaaa", "seeds/a.txt", s1, s2)
	a.fact(s1, a.arg(doc.KindEntity, doc.Person, "Oksana Pokalchuk", ""), "resign from", a.arg(doc.KindEntity, doc.Organization, "Amnesty International Ukraine", ""))
	a.fact(s2, a.arg(doc.KindEntity, doc.Person, "Ms. Pokaltchouk", "Oksana Pokalchuk"), "criticise", a.arg(doc.KindEntity, doc.Person, "Agnès Callamard", ""))
	return a
}

func open(t *testing.T) (*store.Store, *rdf.Mapper) {
	t.Helper()
	st, err := store.Open(context.Background(), "memstore", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, &rdf.Mapper{Run: "test-run", Software: "textgraph test"}
}

func loadArticle(t *testing.T, st *store.Store, m *rdf.Mapper, a *article) load.Stats {
	t.Helper()
	ctx := context.Background()
	l, err := load.New(ctx, st, m)
	if err != nil {
		t.Fatal(err)
	}
	stats, err := l.Load(ctx, a.jsonl(), "test.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return stats
}

func count(t *testing.T, st *store.Store) int64 {
	t.Helper()
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func has(t *testing.T, st *store.Store, s, p, o quad.Value) bool {
	t.Helper()
	found := false
	if err := st.Find(context.Background(), s, p, o, nil, func(quad.Quad) error { found = true; return nil }); err != nil {
		t.Fatal(err)
	}
	return found
}

func TestLoadIsIdempotent(t *testing.T) {
	st, m := open(t)
	first := loadArticle(t, st, m, firstVersion())
	if first.Documents != 1 || first.Facts != 2 {
		t.Fatalf("first load: %+v", first)
	}
	n := count(t, st)
	// A later run (new run IRI) over the same facts changes nothing.
	m2 := &rdf.Mapper{Run: "another-run", Software: "textgraph test"}
	again := loadArticle(t, st, m2, firstVersion())
	if again.Skipped != 1 || again.Documents != 0 {
		t.Errorf("second load: %+v, want the document skipped", again)
	}
	if got := count(t, st); got != n {
		t.Errorf("quad count %d after loading the same facts twice, want %d", got, n)
	}
}

func TestLoadResolvesAcrossLoads(t *testing.T) {
	st, m := open(t)
	loadArticle(t, st, m, firstVersion())
	b := newArticle("bbbb", "seeds/b.txt", "Pokaltchouk said Agnes Callamard had not listened.")
	b.fact(b.text, b.arg(doc.KindEntity, doc.Person, "Pokaltchouk", ""), "criticise", b.arg(doc.KindEntity, doc.Person, "Agnes Callamard", ""))
	loadArticle(t, st, m, b)
	ents, err := load.StoredEntities(context.Background(), st, m)
	if err != nil {
		t.Fatal(err)
	}
	people := map[string][]string{}
	for _, e := range ents {
		if e.Type == doc.Person {
			people[e.Label] = e.Aliases
		}
	}
	if len(people) != 2 {
		t.Fatalf("people = %v, want exactly Oksana Pokalchuk and Agnès Callamard", people)
	}
	if _, ok := people["Oksana Pokalchuk"]; !ok {
		t.Errorf("no entity labelled Oksana Pokalchuk: %v", people)
	}
	if al := strings.Join(people["Agnès Callamard"], "|"); !strings.Contains(al, "Agnes Callamard") {
		t.Errorf("Agnès Callamard aliases = %q, want Agnes Callamard among them", al)
	}
}

func TestLoadReplacesChangedDocument(t *testing.T) {
	st, m := open(t)
	ctx := context.Background()
	loadArticle(t, st, m, firstVersion())
	callamard := m.EntityIRI("person-agnes-callamard")
	if !has(t, st, callamard, quad.IRI(graph.Label), nil) {
		t.Fatal("Callamard not stored after the first version")
	}
	// The same source, edited: the criticism sentence is gone.
	v2 := newArticle("cccc", "seeds/a.txt", s1)
	v2.fact(s1, v2.arg(doc.KindEntity, doc.Person, "Oksana Pokalchuk", ""), "resign from", v2.arg(doc.KindEntity, doc.Organization, "Amnesty International Ukraine", ""))
	stats := loadArticle(t, st, m, v2)
	if stats.Replaced != 1 {
		t.Errorf("stats = %+v, want one replaced document", stats)
	}
	if has(t, st, m.DocIRI("aaaa"), nil, nil) {
		t.Error("the old version's document node is still stored")
	}
	criticise := m.PredicateIRI("criticise")
	if has(t, st, nil, criticise, nil) {
		t.Error("a fact only the old version supported is still stored")
	}
	if has(t, st, callamard, nil, nil) {
		t.Error("an entity only the old version mentioned is still stored")
	}
	pok := m.EntityIRI("person-oksana-pokalchuk")
	if !has(t, st, pok, m.PredicateIRI("resign from"), nil) {
		t.Error("the fact both versions support was lost")
	}
	// Only the new version's provenance is left.
	n := 0
	st.Find(ctx, nil, quad.IRI(graph.Type), quad.IRI(graph.Assertion), nil, func(quad.Quad) error { n++; return nil })
	if n != 1 {
		t.Errorf("%d assertions stored, want 1", n)
	}
}

func TestLoadReportsBadLines(t *testing.T) {
	st, m := open(t)
	ctx := context.Background()
	l, err := load.New(ctx, st, m)
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	l.OnError = func(err error) { errs = append(errs, err.Error()) }
	in := firstVersion().jsonl().String() + "{not json\n" + `{"doc":{"id":"x"},"relation":{"name":"r"},"subject":{"text":"a"},"object":{"text":"b"},"confidence":7}` + "\n"
	stats, err := l.Load(ctx, strings.NewReader(in), "facts.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if stats.BadLines != 2 || stats.Facts != 2 {
		t.Errorf("stats = %+v, want 2 facts and 2 bad lines", stats)
	}
	if len(errs) != 2 || !strings.HasPrefix(errs[0], "facts.jsonl:3:") || !strings.Contains(errs[1], "confidence") {
		t.Errorf("errors = %q, want facts.jsonl:3 and a confidence complaint", errs)
	}
}

func TestLoadKeepsDocumentsWithoutFacts(t *testing.T) {
	st, m := open(t)
	ctx := context.Background()
	l, err := load.New(ctx, st, m)
	if err != nil {
		t.Fatal(err)
	}
	ref := doc.DocRef{ID: "eeee", Source: "corpus/weather.txt", Title: "Rain", Length: 40}
	var stats load.Stats
	if err := l.Document(ctx, ref, nil, &stats); err != nil {
		t.Fatal(err)
	}
	if err := l.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if has, err := l.Has(ctx, "eeee"); err != nil || !has {
		t.Fatalf("Has = %v, %v after storing a document without facts", has, err)
	}
	if !has(t, st, m.DocIRI("eeee"), quad.IRI(graph.Headline), quad.String("Rain")) {
		t.Error("the document's headline is not stored")
	}
	// A new run over the same document skips it.
	l2, _ := load.New(ctx, st, m)
	var again load.Stats
	if err := l2.Document(ctx, ref, nil, &again); err != nil {
		t.Fatal(err)
	}
	if again.Skipped != 1 {
		t.Errorf("second run: %+v, want the document skipped", again)
	}
}

// TestLoadMentionsAndTheirRemoval stores an entity that only a mention fact
// names: it becomes a node the article schema:mentions, and replacing the
// article with a version that no longer names it removes it, while an entity
// another article still mentions stays.
func TestLoadMentionsAndTheirRemoval(t *testing.T) {
	st, m := open(t)
	const s = "The publication of the report infuriated Kyiv and Moscow."
	mentions := func(a *article, names ...string) {
		for _, n := range names {
			a.fact(s, doc.Arg{Kind: doc.KindDocument}, doc.Mentions, a.arg(doc.KindEntity, doc.Place, n, n))
		}
	}
	v1 := newArticle("m001", "corpus/a.txt", s)
	mentions(v1, "Kyiv", "Moscow")
	other := newArticle("m002", "corpus/b.txt", s)
	mentions(other, "Moscow")
	loadArticle(t, st, m, v1)
	loadArticle(t, st, m, other)
	kyiv, moscow := m.EntityIRI("place-kyiv"), m.EntityIRI("place-moscow")
	if !has(t, st, kyiv, quad.IRI(graph.Label), quad.String("Kyiv")) {
		t.Fatal("Kyiv, named only by a mention, is not an entity of the store")
	}
	if !has(t, st, m.DocIRI("m001"), quad.IRI(graph.Mentions), kyiv) {
		t.Error("no <doc> schema:mentions <Kyiv>")
	}
	if !has(t, st, nil, quad.IRI(graph.TaIdentRef), kyiv) {
		t.Error("no NIF phrase identifying Kyiv")
	}
	v2 := newArticle("m003", "corpus/a.txt", s)
	mentions(v2, "Moscow")
	loadArticle(t, st, m, v2)
	if has(t, st, kyiv, nil, nil) || has(t, st, nil, nil, kyiv) {
		t.Error("Kyiv is still stored after the only article naming it dropped it")
	}
	if !has(t, st, moscow, quad.IRI(graph.Label), nil) {
		t.Error("Moscow, still mentioned, was removed")
	}
}

// TestReplaceKeepsFactsOthersSupport replaces one of two articles that
// state the same facts, one with an entity object and one with a literal
// object: both direct triples stay, since the other article still
// supports them, and go once neither does.
func TestReplaceKeepsFactsOthersSupport(t *testing.T) {
	st, m := open(t)
	const s = "Oksana Pokalchuk criticised Agnès Callamard and announced her resignation."
	both := func(id, source string) *article {
		a := newArticle(id, source, s)
		pok := a.arg(doc.KindEntity, doc.Person, "Oksana Pokalchuk", "")
		a.fact(s, pok, "criticise", a.arg(doc.KindEntity, doc.Person, "Agnès Callamard", ""))
		a.fact(s, pok, "announce", a.arg(doc.KindValue, "", "her resignation", ""))
		return a
	}
	loadArticle(t, st, m, both("k001", "corpus/a.txt"))
	loadArticle(t, st, m, both("k002", "corpus/b.txt"))
	pok := m.EntityIRI("person-oksana-pokalchuk")
	facts := func() (entity, literal bool) {
		return has(t, st, pok, m.PredicateIRI("criticise"), m.EntityIRI("person-agnes-callamard")),
			has(t, st, pok, m.PredicateIRI("announce"), quad.String("her resignation"))
	}
	other := func(id, source string) *article {
		const s = "Dmytro Kuleba visited Kyiv."
		a := newArticle(id, source, s)
		a.fact(s, a.arg(doc.KindEntity, doc.Person, "Dmytro Kuleba", ""), "visit", a.arg(doc.KindEntity, doc.Place, "Kyiv", ""))
		return a
	}
	if st := loadArticle(t, st, m, other("k003", "corpus/a.txt")); st.Replaced != 1 {
		t.Fatalf("stats %+v, want one replaced", st)
	}
	if e, l := facts(); !e || !l {
		t.Errorf("after replacing one article: entity fact %v, literal fact %v; want both kept", e, l)
	}
	loadArticle(t, st, m, other("k004", "corpus/b.txt"))
	if e, l := facts(); e || l {
		t.Errorf("after replacing both: entity fact %v, literal fact %v; want both gone", e, l)
	}
}

// TestReplaceKeepsEntitiesTheBufferUses replaces an article while another
// one, not yet written, names the entity only the old version named: the
// removal must not take that entity's description away from the buffered
// article.
func TestReplaceKeepsEntitiesTheBufferUses(t *testing.T) {
	st, m := open(t)
	ctx := context.Background()
	const s = "The publication of the report infuriated Kyiv and Moscow."
	mentions := func(a *article, names ...string) *article {
		for _, n := range names {
			a.fact(s, doc.Arg{Kind: doc.KindDocument}, doc.Mentions, a.arg(doc.KindEntity, doc.Place, n, n))
		}
		return a
	}
	loadArticle(t, st, m, mentions(newArticle("r001", "corpus/a.txt", s), "Kyiv", "Moscow"))
	l, err := load.New(ctx, st, m)
	if err != nil {
		t.Fatal(err)
	}
	var stats load.Stats
	for _, a := range []*article{
		mentions(newArticle("r002", "corpus/b.txt", s), "Kyiv"), // buffered, names Kyiv
		mentions(newArticle("r003", "corpus/a.txt", s), "Moscow"),
	} {
		if err := l.Document(ctx, a.ref, a.facts, &stats); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if stats.Replaced != 1 || stats.Documents != 2 {
		t.Errorf("stats = %+v, want 2 documents, 1 replaced", stats)
	}
	kyiv := m.EntityIRI("place-kyiv")
	if !has(t, st, kyiv, quad.IRI(graph.Label), quad.String("Kyiv")) {
		t.Error("Kyiv lost its label while the buffered article named it")
	}
	if !has(t, st, m.DocIRI("r002"), quad.IRI(graph.Mentions), kyiv) {
		t.Error("the buffered article's mention of Kyiv is missing")
	}
	if has(t, st, m.DocIRI("r001"), nil, nil) {
		t.Error("the old version of corpus/a.txt is still stored")
	}
}

// TestOneLabelPerEntity loads a document that names one organization twice,
// the better-written form second: the entity is relabelled within the
// document, and the store must keep exactly one rdfs:label for it.
func TestOneLabelPerEntity(t *testing.T) {
	st, m := open(t)
	s1 := "About it on facebook informed Oksana Pokalchuk."
	s2 := "Pokalchuk wrote on Facebook."
	a := newArticle("cccc", "seeds/c.txt", s1, s2)
	a.fact(s1, a.arg(doc.KindEntity, doc.Organization, "facebook", ""), "inform", a.arg(doc.KindEntity, doc.Person, "Oksana Pokalchuk", ""))
	a.fact(s2, a.arg(doc.KindEntity, doc.Person, "Pokalchuk", "Oksana Pokalchuk"), "write on", a.arg(doc.KindEntity, doc.Organization, "Facebook", ""))
	loadArticle(t, st, m, a)
	var labels []string
	err := st.Find(context.Background(), m.EntityIRI("org-facebook"), quad.IRI(graph.Label), nil, nil, func(q quad.Quad) error {
		labels = append(labels, rdf.Lexical(q.Object))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) != 1 || labels[0] != "Facebook" {
		t.Errorf("org-facebook labels = %q, want just Facebook", labels)
	}
}
