package relate

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "regenerate wordnet_gen.go from WordNet 3.0 (Debian wordnet-base)")

// wordnetDir is where Debian's wordnet-base installs the WordNet 3.0 database.
const wordnetDir = "/usr/share/wordnet"

// The grouping is conservative: a verb is filed under another only when
// both have the same synset as their first (most frequent) sense, that sense
// carries at least minSenseTags of the word's tagged occurrences in
// WordNet's sense-tagged corpus and at least minSenseShare of them, and the
// two words have the same sentence frames in it (so "tell somebody
// something" stays apart from "say something").
const (
	minSenseTags  = 5
	minSenseShare = 0.6
)

// notGrouped are verbs the thresholds let through but whose first sense is
// not the one news text means, or whose canonical member would change what
// a fact says: "sanction" a country is no "approve", "employ" 500 people is
// no "use", "promote" someone is no "encourage", "reply to" is no "answer
// to", "call out" and "come out" mostly mean something else in news. A
// head listed here keeps its whole group apart. Each is reviewed by hand;
// the rest of the table is WordNet's.
var notGrouped = map[string]bool{
	"conquer": true, "number": true, "manifest": true, "set aside": true,
	"print": true, "promote": true, "spring": true, "let down": true,
	"unify": true, "beckon": true, "further": true, "regain": true,
	"withstand": true, "detect": true, "disrupt": true, "get in": true,
	"sanction": true, "employ": true, "reply": true, "link": true,
	"advocate": true, "take back": true, "spring up": true,
	"call out": true, "come out": true,
}

// prepositions end multiword WordNet verbs ("come with", "go to") whose
// last word is, in a relation name, the preposition of an oblique: "come
// with hope" is not "accompany", so such entries are not used as sources.
var prepositions = map[string]bool{
	"of": true, "with": true, "to": true, "into": true, "upon": true, "on": true,
	"in": true, "at": true, "for": true, "from": true, "as": true, "after": true,
	"against": true, "like": true, "onto": true, "toward": true, "towards": true,
	"by": true, "under": true,
}

// TestWordNetTable checks that wordnet_gen.go is what WordNet gives, and
// with -update rewrites it:
//
//	go test ./extract/relate -run TestWordNetTable -update
func TestWordNetTable(t *testing.T) {
	if _, err := os.Stat(filepath.Join(wordnetDir, "index.verb")); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("WordNet is not installed (apt-get install wordnet-base): %v", err)
		}
		t.Skipf("WordNet is not installed (apt-get install wordnet-base): %v", err)
	}
	groups, err := wordnetGroups(wordnetDir)
	if err != nil {
		t.Fatal(err)
	}
	src := wordnetSource(groups)
	if *update {
		if err := os.WriteFile("wordnet_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	have, err := os.ReadFile("wordnet_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		t.Fatal("wordnet_gen.go differs from what WordNet gives: run go test ./extract/relate -run TestWordNetTable -update")
	}
}

// wordnetGroups reads WordNet's verb index, data and sense counts and
// returns, for each verb to be grouped, the verb it is filed under.
func wordnetGroups(dir string) (map[string]string, error) {
	senses := map[string][]string{} // lemma -> synset offsets, most frequent sense first
	err := eachLine(filepath.Join(dir, "index.verb"), func(l string) error {
		fs := strings.Fields(l)
		if len(fs) < 4 {
			return fmt.Errorf("short line %q", l)
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil || n > len(fs) {
			return fmt.Errorf("bad synset count in %q", l)
		}
		senses[fs[0]] = fs[len(fs)-n:]
		return nil
	})
	if err != nil {
		return nil, err
	}
	tags := map[string]map[int]int{} // lemma -> sense number -> tagged occurrences
	err = eachLine(filepath.Join(dir, "cntlist.rev"), func(l string) error {
		fs := strings.Fields(l)
		key, pos, ok := strings.Cut(fs[0], "%")
		if len(fs) != 3 || !ok || !strings.HasPrefix(pos, "2:") {
			return nil // not a verb sense
		}
		sn, err1 := strconv.Atoi(fs[1])
		n, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad count line %q", l)
		}
		if tags[key] == nil {
			tags[key] = map[int]int{}
		}
		tags[key][sn] += n
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	err = eachLine(filepath.Join(dir, "data.verb"), func(l string) error {
		words, frames, err := synsetLine(l)
		if err != nil {
			return err
		}
		off := strings.Fields(l)[0]
		byFrames := map[string][]string{}
		for i, w := range words {
			if ss := senses[w]; len(ss) == 0 || ss[0] != off {
				continue
			}
			total := 0
			for _, n := range tags[w] {
				total += n
			}
			first := tags[w][1]
			if first < minSenseTags || float64(first) < minSenseShare*float64(total) {
				continue
			}
			byFrames[frames[i]] = append(byFrames[frames[i]], w)
		}
		for _, ws := range byFrames {
			if len(ws) < 2 {
				continue
			}
			sort.Slice(ws, func(i, j int) bool {
				if a, b := tags[ws[i]][1], tags[ws[j]][1]; a != b {
					return a > b
				}
				return ws[i] < ws[j]
			})
			head := strings.ReplaceAll(ws[0], "_", " ")
			if notGrouped[head] {
				continue
			}
			for _, w := range ws[1:] {
				w = strings.ReplaceAll(w, "_", " ")
				parts := strings.Fields(w)
				if notGrouped[w] || prepositions[parts[len(parts)-1]] {
					continue
				}
				out[w] = head
			}
		}
		return nil
	})
	return out, err
}

// synsetLine reads one line of data.verb: its words, lower-cased, and for
// each the sorted list of its sentence frames.
func synsetLine(l string) (words, frames []string, err error) {
	if i := strings.IndexByte(l, '|'); i >= 0 {
		l = l[:i]
	}
	fs := strings.Fields(l)
	bad := fmt.Errorf("bad synset line %q", l)
	if len(fs) < 4 {
		return nil, nil, bad
	}
	wc, err := strconv.ParseInt(fs[3], 16, 0)
	if err != nil || 4+2*int(wc) >= len(fs) {
		return nil, nil, bad
	}
	p := 4
	for range wc {
		words = append(words, strings.ToLower(fs[p]))
		p += 2
	}
	pc, err := strconv.Atoi(fs[p])
	if err != nil {
		return nil, nil, bad
	}
	p += 1 + 4*pc
	if p >= len(fs) {
		return nil, nil, bad
	}
	fc, err := strconv.Atoi(fs[p])
	if err != nil || p+1+3*fc > len(fs) {
		return nil, nil, bad
	}
	p++
	per := make([][]string, len(words))
	for range fc {
		w, err := strconv.ParseInt(fs[p+2], 16, 0)
		if err != nil || int(w) > len(words) {
			return nil, nil, bad
		}
		for i := range words {
			if w == 0 || int(w) == i+1 {
				per[i] = append(per[i], fs[p+1])
			}
		}
		p += 3
	}
	for _, f := range per {
		slices.Sort(f)
		frames = append(frames, strings.Join(f, ","))
	}
	return words, frames, nil
}

// eachLine calls fn for every line of a WordNet file but its licence header
// (lines that start with a space).
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if l == "" || l[0] == ' ' {
			continue
		}
		if err := fn(l); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// wordnetSource renders the table as Go source.
func wordnetSource(groups map[string]string) []byte {
	var b bytes.Buffer
	b.WriteString("// Code generated by \"go test ./extract/relate -run TestWordNetTable -update\"; DO NOT EDIT.\n\n")
	b.WriteString("// From WordNet 3.0, Copyright 2006 by Princeton University (WordNet 3.0 licence;\n")
	b.WriteString("// Debian package wordnet-base). See wordnet_gen_test.go for how verbs are chosen.\n\n")
	b.WriteString("package relate\n\n")
	b.WriteString("// wordnetVerbs files a verb, or a verb with its particle, under the most\n")
	b.WriteString("// frequent verb of the WordNet synset both have as their first sense.\n")
	b.WriteString("var wordnetVerbs = map[string]string{\n")
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%q: %q,\n", k, groups[k])
	}
	b.WriteString("}\n")
	src, err := format.Source(b.Bytes())
	if err != nil {
		panic(err) // the source above is always valid Go
	}
	return src
}
