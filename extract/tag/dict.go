package tag

import (
	"fmt"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/internal/wordnet"
)

// dictionary maps a lower-case word to the word classes a dictionary gives
// it: what WordNet lists it as (noun, verb, adjective, adverb), whether it
// is an irregular form of one (WordNet's exception lists: "ran", "geese"),
// and whether WordNet writes it with a capital (a name, "American") or, as
// a noun, in lower case.
// Unlike the lexicon, which knows the words of the treebanks, it reaches
// the words they never saw, which are a third of the tagger's errors.
type dictionary map[string]uint16

// Bits of a dictionary entry.
const (
	dictNoun    = 1 << iota // a noun lemma
	dictVerb                // a verb lemma
	dictAdj                 // an adjective lemma
	dictAdv                 // an adverb lemma
	dictNounExc             // an irregular noun form
	dictVerbExc             // an irregular verb form
	dictAdjExc              // an irregular adjective form
	dictAdvExc              // an irregular adverb form
	dictCapital             // written with a capital in WordNet (a name)
	dictLower               // a noun written in lower case in WordNet
	dictPOSBits = 4
)

// Bits that classes adds above a dictionary entry's: a regular inflection
// of a lemma ("stopped" of the verb "stop").
const (
	inflPlural  = 1 << (16 + iota) // noun + s, es, ies
	infl3sg                        // verb + s, es, ies
	inflPast                       // verb + ed, ied (doubled consonant too)
	inflGerund                     // verb + ing (doubled consonant too)
	inflCompare                    // adjective + er, est
	inflLy                         // adjective + ly
	inflKnown   = 1 << 30          // the word or an inflection of it is known
)

// inflections are the regular suffixes: the ending, what replaces it to give
// the lemma, the lemma's part of speech and the bit it sets.
var inflections = []struct {
	suffix, base string
	pos          uint16
	bit          uint64
}{
	{"s", "", dictNoun, inflPlural}, {"ses", "s", dictNoun, inflPlural}, {"xes", "x", dictNoun, inflPlural},
	{"ches", "ch", dictNoun, inflPlural}, {"shes", "sh", dictNoun, inflPlural}, {"ies", "y", dictNoun, inflPlural},
	{"s", "", dictVerb, infl3sg}, {"ies", "y", dictVerb, infl3sg}, {"es", "e", dictVerb, infl3sg}, {"es", "", dictVerb, infl3sg},
	{"ed", "e", dictVerb, inflPast}, {"ed", "", dictVerb, inflPast}, {"ied", "y", dictVerb, inflPast},
	{"ing", "e", dictVerb, inflGerund}, {"ing", "", dictVerb, inflGerund},
	{"er", "", dictAdj, inflCompare}, {"est", "", dictAdj, inflCompare}, {"er", "e", dictAdj, inflCompare}, {"est", "e", dictAdj, inflCompare},
	{"ly", "", dictAdj, inflLy},
}

// classes returns the word classes of a normalised (lower-case) form: its
// dictionary entry and the regular inflections it is of a lemma; 0 when
// the dictionary knows neither.
func (d dictionary) classes(norm []byte) uint64 {
	if len(d) == 0 {
		return 0
	}
	w := string(norm)
	c := uint64(d[w])
	for _, in := range inflections {
		if len(w) <= len(in.suffix)+1 || !strings.HasSuffix(w, in.suffix) {
			continue
		}
		stem := w[:len(w)-len(in.suffix)]
		if d[stem+in.base]&in.pos != 0 {
			c |= in.bit
		}
		// A doubled final consonant: "stopped", "running".
		if (in.suffix == "ed" || in.suffix == "ing") && in.base == "" && len(stem) >= 3 && stem[len(stem)-1] == stem[len(stem)-2] && d[stem[:len(stem)-1]]&in.pos != 0 {
			c |= in.bit
		}
	}
	if c != 0 {
		c |= inflKnown
	}
	return c
}

// readDictionary builds the dictionary from the WordNet database in dir:
// the one-word lemmas of the index files, the irregular forms of the
// exception lists, and the case the data files write each word in.
func readDictionary(dir string) (dictionary, error) {
	d := dictionary{}
	for i, pos := range []string{"noun", "verb", "adj", "adv"} {
		idx, err := wordnet.Index(filepath.Join(dir, "index."+pos))
		if err != nil {
			return nil, fmt.Errorf("tag: dictionary: %w", err)
		}
		for w := range idx {
			if oneWord(w) {
				d[w] |= 1 << i
			}
		}
		exc, err := wordnet.Exceptions(filepath.Join(dir, pos+".exc"))
		if err != nil {
			return nil, fmt.Errorf("tag: dictionary: %w", err)
		}
		for w := range exc {
			if oneWord(w) {
				d[w] |= 1 << (dictPOSBits + i)
			}
		}
	}
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Data(filepath.Join(dir, "data."+pos), func(s wordnet.Synset) error {
			for _, w := range s.Words {
				if !oneWord(w) {
					continue
				}
				lw := strings.ToLower(w)
				if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
					d[lw] |= dictCapital
				} else if pos == "noun" {
					d[lw] |= dictLower
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("tag: dictionary: %w", err)
		}
	}
	return d, nil
}

// oneWord reports whether a WordNet lemma is a single word.
func oneWord(w string) bool { return !strings.ContainsAny(w, "_ ") }
