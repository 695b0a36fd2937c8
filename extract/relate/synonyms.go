package relate

import (
	"strings"

	"github.com/textgraph/textgraph/extract/doc"
)

// leavePost are relations that, with an organization as object, say that
// someone gave up a position there; they are grouped under "resign from",
// the surface phrase staying in Relation.Text. The grouping is kept
// deliberately small and conservative: a wrong merge asserts something the
// text does not say.
var leavePost = map[string]bool{
	"resign from": true, "resign": true, "step down from": true, "step down": true,
	"quit": true, "leave": true, "resign as": true, "step down as": true,
}

// canonicalRelation returns the predicate a fact is filed under: "resign
// from" for giving up a post at an organization, else the relation with its
// verb (or verb and particle) replaced by the verb WordNet groups it under
// ("purchased from" → "buy from", "took part in" → "participate in",
// "stated" → "say"; see wordnet_gen_test.go for how conservative that is),
// else the relation itself.
func canonicalRelation(f *doc.Fact) string {
	name := f.Relation.Name
	if leavePost[name] && f.Object.Kind == doc.KindEntity && f.Object.Type == doc.Organization {
		return "resign from"
	}
	// The longest prefix of words WordNet files under another verb.
	for end := len(name); end > 0; {
		if v, ok := wordnetVerbs[name[:end]]; ok {
			return v + name[end:]
		}
		end = strings.LastIndexByte(name[:end], ' ')
	}
	return name
}
