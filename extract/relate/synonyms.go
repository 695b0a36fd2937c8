package relate

import "github.com/textgraph/textgraph/extract/doc"

// leavePost are relations that, with an organization as object, say that
// someone gave up a position there; they are grouped under "resign from",
// the surface phrase staying in Relation.Text. The grouping is kept
// deliberately small and conservative: a wrong merge asserts something the
// text does not say.
var leavePost = map[string]bool{
	"resign from": true, "resign": true, "step down from": true, "step down": true,
	"quit": true, "leave": true, "resign as": true, "step down as": true,
}

// canonicalRelation returns the predicate a fact is filed under.
func canonicalRelation(f *doc.Fact) string {
	if leavePost[f.Relation.Name] && f.Object.Kind == doc.KindEntity && f.Object.Type == doc.Organization {
		return "resign from"
	}
	return f.Relation.Name
}
