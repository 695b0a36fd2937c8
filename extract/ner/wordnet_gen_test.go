package ner

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/internal/wordnet"
	"github.com/textgraph/textgraph/extract/internal/wordnet/wordnettest"
)

var update = flag.Bool("update", false, "regenerate wordnet_gen.go from WordNet 3.0 (Debian wordnet-base)")

// TestWordNetGazetteer checks that wordnet_gen.go is what WordNet gives,
// and with -update rewrites it:
//
//	go test ./extract/ner -run TestWordNetGazetteer -update
func TestWordNetGazetteer(t *testing.T) {
	wordnettest.Require(t)
	places, orgs, common, err := wordnetNames(wordnet.Dir)
	if err != nil {
		t.Fatal(err)
	}
	classes, err := wordnetPersonKinds(wordnet.Dir)
	if err != nil {
		t.Fatal(err)
	}
	nouns, err := readPersonNouns(wordnet.Dir)
	if err != nil {
		t.Fatal(err)
	}
	src := gazetteerSource(places, orgs, common, classes, nouns)
	if err := wordnet.Generated("wordnet_gen.go", src, *update); err != nil {
		t.Fatalf("%v: run %s", err, "go test ./extract/ner -run TestWordNetGazetteer -update")
	}
}

// Lexicographer files of named places and named groups.
const (
	lexGroup    = 14
	lexLocation = 15
	lexPerson   = 18
)

// nameLinks are the lower-case words a name may hold ("Gulf of Mexico",
// "Rio de Janeiro").
var nameLinks = set("of", "de", "del", "da", "do", "la", "le", "el", "al", "the", "and", "upon", "on", "en", "sur", "am")

// wordnetNames returns the named places (named) and organizations of WordNet that
// are safe to take for names wherever they are written with a capital: the
// word names instances (WordNet's proper nouns) of one kind only (not
// "Houston", a city and a person), no WordNet word is the same in lower case
// ("Reading", "Mobile", "Nice"), it is no given name of this package
// ("Florence"), it has at least three letters and its words are capitalised
// but for links such as "of". common are the one-word place names of the
// package's lexicon (the hand-made one and WordNet's) that WordNet also
// has as a common word in lower case ("china", "turkey", "chad").
func wordnetNames(dir string) (named, orgs, common []string, err error) {
	lower := map[string]bool{}        // words WordNet writes in lower case
	kinds := map[string]map[int]int{} // capitalised noun -> lexicographer file (0 for a class) -> synsets
	for _, pos := range []string{"noun", "verb", "adj", "adv"} {
		err := wordnet.Data(filepath.Join(dir, "data."+pos), func(s wordnet.Synset) error {
			for _, w := range s.Words {
				r, _ := utf8.DecodeRuneInString(w)
				switch {
				case !unicode.IsUpper(r):
					lower[strings.ToLower(w)] = true
				case pos == "noun":
					if kinds[w] == nil {
						kinds[w] = map[int]int{}
					}
					k := 0
					if s.Instance {
						k = s.LexFile
					}
					kinds[w][k]++
				}
			}
			return nil
		})
		if err != nil {
			return nil, nil, nil, err
		}
	}
	for p := range places {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsUpper(r) && !strings.Contains(p, " ") && lower[strings.ToLower(p)] {
			common = append(common, p)
		}
	}
	for w, ks := range kinds {
		if len(ks) != 1 || lower[strings.ToLower(w)] || givenNames[w] != "" || utf8.RuneCountInString(w) < 3 || !capitalised(w) {
			continue
		}
		switch {
		case ks[lexLocation] > 0:
			named = append(named, w)
		case ks[lexGroup] > 0:
			orgs = append(orgs, w)
		}
	}
	slices.Sort(named)
	slices.Sort(orgs)
	slices.Sort(common)
	return named, orgs, common, nil
}

// wordnetPersonKinds returns the capitalised one-word nouns that WordNet has
// only as kinds of people, never as a named one: members of peoples,
// faiths, parties and movements ("Jew", "Methodist", "Nazi"). Given names
// of this package are left out ("Frank", "Ted").
func wordnetPersonKinds(dir string) ([]string, error) {
	only := map[string]bool{} // true while every synset of the word is a class in noun.person
	err := wordnet.Data(filepath.Join(dir, "data.noun"), func(s wordnet.Synset) error {
		for _, w := range s.Words {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || strings.Contains(w, " ") {
				continue
			}
			ok, seen := only[w]
			only[w] = (ok || !seen) && !s.Instance && s.LexFile == lexPerson
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for w, ok := range only {
		if ok && givenNames[w] == "" {
			out = append(out, w)
		}
	}
	slices.Sort(out)
	return out, nil
}

// readPersonNouns returns WordNet's one-word common nouns (lower-case
// letters only) whose most frequent sense is a kind of person: "owner",
// "photographer", "teacher"; not "head" (a body part first).
func readPersonNouns(dir string) ([]string, error) {
	idx, err := wordnet.Index(filepath.Join(dir, "index.noun"))
	if err != nil {
		return nil, err
	}
	lex := map[string]int{} // the lexicographer file of each class synset
	err = wordnet.Data(filepath.Join(dir, "data.noun"), func(s wordnet.Synset) error {
		if !s.Instance {
			lex[s.Offset] = s.LexFile
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []string
	for w, offs := range idx {
		if len(offs) == 0 || lex[offs[0]] != lexPerson || !lowerWord(w) {
			continue
		}
		out = append(out, w)
	}
	slices.Sort(out)
	return out, nil
}

func lowerWord(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// capitalised reports whether every word of a name but its links starts
// with a capital letter.
func capitalised(name string) bool {
	for _, w := range strings.Fields(name) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !nameLinks[w] {
			return false
		}
	}
	return true
}

// gazetteerSource renders the lists as Go source.
func gazetteerSource(places, orgs, common, classes, nouns []string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by \"go test ./extract/ner -run TestWordNetGazetteer -update\"; DO NOT EDIT.\n\n")
	b.WriteString("// From WordNet 3.0, Copyright 2006 by Princeton University (WordNet 3.0 licence;\n")
	b.WriteString("// Debian package wordnet-base). See wordnet_gen_test.go for how names are chosen.\n\n")
	b.WriteString("package ner\n\n")
	list := func(doc, name string, ws []string) {
		fmt.Fprintf(&b, "// %s\nvar %s = []string{", doc, name)
		for i, w := range ws {
			if i%6 == 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "%q, ", w)
		}
		b.WriteString("\n}\n\n")
	}
	list("wordnetPlaces are WordNet's named places (noun.location instances).", "wordnetPlaces", places)
	list("wordnetOrgs are WordNet's named groups (noun.group instances): parties,\n// movements, armed groups, agencies.", "wordnetOrgs", orgs)
	list("wordnetCommonPlaces are one-word place names of the lexicons that WordNet\n// also has as common words in lower case (\"china\").", "wordnetCommonPlaces", common)
	list("wordnetPersonClasses are capitalised nouns that WordNet has only as kinds of\n// people (\"Methodist\"), never as a named one.", "wordnetPersonClasses", classes)
	list("wordnetPersonNouns are WordNet's one-word common nouns whose most frequent\n// sense is a kind of person (\"owner\", \"photographer\").", "wordnetPersonNouns", nouns)
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err) // the source above is always valid Go
	}
	return src
}
