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

// publishVerbs share WordNet's synset "publish, bring out, put out, issue,
// release" (prepare and issue for public distribution), though it is the
// first sense of none but publish: they are filed under "publish" only when
// what is issued is a publication (issuing a visa or releasing a prisoner
// stays as it is).
var publishVerbs = map[string]bool{"issue": true, "release": true, "put out": true, "bring out": true}

// publications are the head nouns of things that are published.
var publications = map[string]bool{
	"report": true, "press release": true, "statement": true, "study": true,
	"document": true, "paper": true, "book": true, "article": true,
	"findings": true, "survey": true, "bulletin": true, "communique": true,
	"communiqué": true, "album": true, "magazine": true, "edition": true,
}

// isPublication reports whether an argument's text ends in a publication
// noun, singular or plural ("the press release", "two reports").
func isPublication(a doc.Arg) bool {
	if a.Kind == doc.KindEntity && a.Type != doc.Work {
		return false
	}
	text := strings.ToLower(strings.TrimSpace(a.Text))
	for noun := range publications {
		for _, form := range [...]string{noun, noun + "s"} {
			if text == form || strings.HasSuffix(text, " "+form) {
				return true
			}
		}
	}
	return false
}

// canonicalRelation returns the predicate a fact is filed under: "resign
// from" for giving up a post at an organization, "publish" for issuing or
// releasing a publication, else the relation with its
// verb (or verb and particle) replaced by the verb WordNet groups it under
// ("purchased from" → "buy from", "took part in" → "participate in",
// "stated" → "say"; see wordnet_gen_test.go for how conservative that is),
// else the relation itself.
func canonicalRelation(f *doc.Fact) string {
	name := f.Relation.Name
	if leavePost[name] && f.Object.Kind == doc.KindEntity && f.Object.Type == doc.Organization {
		return "resign from"
	}
	if publishVerbs[name] && isPublication(f.Object) {
		return "publish"
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
