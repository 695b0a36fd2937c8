package relate

import "github.com/textgraph/textgraph/extract/doc"

// ConfMention is the confidence of a mention fact: the entity recognizer's
// decision that a name refers to an entity of its type.
const ConfMention = 0.9

// Mentions is a Relater that gives every named entity of a document one
// mention fact (doc.Mentions), from its first named mention: an entity that
// no relation reaches ("The publication of the report infuriated Kyiv")
// still becomes a node of the graph, traceable to the words that name
// it. Pronouns and descriptions resolved by coreference do not count as
// named mentions. The zero value is ready to use and safe for concurrent
// use.
type Mentions struct{}

// Relate returns the mention facts of d, in text order, one per entity
// (canonical name and type). It leaves Fact.Doc and Fact.Extractor empty
// for the caller to fill.
func (Mentions) Relate(d *doc.Doc) ([]doc.Fact, error) {
	if d == nil {
		return nil, nil
	}
	x := &extraction{d: d}
	type key struct{ name, typ string }
	seen := map[key]bool{}
	var out []doc.Fact
	for _, m := range d.Mentions {
		if m.Type == doc.Date || m.Sentence < 0 || m.Sentence >= len(d.Sentences) || !x.isProper(m) {
			continue
		}
		obj := x.entity(m)
		k := key{obj.Name, obj.Type}
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, doc.Fact{
			Sentence:   x.sentRef(m.Sentence),
			Subject:    doc.Arg{Kind: doc.KindDocument},
			Relation:   doc.Relation{Name: doc.Mentions},
			Object:     obj,
			Confidence: ConfMention,
		})
	}
	return out, nil
}
