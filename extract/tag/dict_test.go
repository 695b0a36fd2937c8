package tag

import (
	"testing"

	"github.com/textgraph/textgraph/extract/internal/wordnet"
	"github.com/textgraph/textgraph/extract/internal/wordnet/wordnettest"
)

func TestDictionaryClasses(t *testing.T) {
	d := dictionary{
		"stop": dictNoun | dictVerb, "run": dictNoun | dictVerb, "ran": dictVerbExc,
		"box": dictNoun | dictVerb, "city": dictNoun | dictLower, "quick": dictAdj, "paris": dictNoun | dictCapital,
		"make": dictVerb,
	}
	for _, c := range []struct {
		word       string
		has, hasnt uint64
	}{
		{"stop", dictNoun | dictVerb | inflKnown, inflPast},
		{"stopped", inflPast | inflKnown, inflGerund | dictVerb}, // doubled consonant
		{"running", inflGerund | inflKnown, inflPast},
		{"making", inflGerund, inflPlural},         // e dropped
		{"boxes", inflPlural | infl3sg, inflPast},  // noun plural and verb -s
		{"cities", inflPlural, infl3sg | dictNoun}, // -ies from -y, a noun only
		{"quicker", inflCompare, inflPast},         // comparative
		{"quickly", inflLy, inflCompare},           // adverb of an adjective
		{"ran", dictVerbExc | inflKnown, dictVerb}, // irregular form
		{"paris", dictCapital, dictLower},          // a name
		{"zzyzx", 0, inflKnown},                    // unknown
		{"s", 0, inflPlural},                       // too short to inflect
	} {
		got := d.classes([]byte(c.word))
		if got&c.has != c.has || got&c.hasnt != 0 {
			t.Errorf("%s: classes %#x, want bits %#x set and %#x clear", c.word, got, c.has, c.hasnt)
		}
	}
	if got := dictionary(nil).classes([]byte("run")); got != 0 {
		t.Errorf("empty dictionary gives %#x", got)
	}
}

// TestReadDictionary reads the installed WordNet and checks words of each
// kind.
func TestReadDictionary(t *testing.T) {
	wordnettest.Require(t)
	d, err := readDictionary(wordnet.Dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(d) < 80000 {
		t.Errorf("%d words, want WordNet's 80,000 and more one-word lemmas", len(d))
	}
	for w, want := range map[string]uint16{
		"report":   dictNoun | dictVerb | dictLower,
		"geese":    dictNounExc,
		"went":     dictVerbExc,
		"quickly":  dictAdv,
		"ukraine":  dictNoun | dictCapital,
		"american": dictAdj | dictCapital,
	} {
		if d[w]&want != want {
			t.Errorf("%s: %#x, want bits %#x", w, d[w], want)
		}
	}
	if _, ok := d["united_states"]; ok {
		t.Error("a phrase is in the dictionary")
	}
}
