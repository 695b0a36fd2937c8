// Package wordnet reads the files of the WordNet 3.0 database (index.POS,
// data.POS, cntlist.rev) as Debian's wordnet-base installs them in Dir.
//
// It is used only by the generators of textgraph's lexicons (the relation
// synonyms of extract/relate, the name gazetteers of extract/ner), which
// write Go tables that the binary embeds, and by the tagger's training,
// which stores its word classes in the model: nothing reads WordNet at run
// time. Lines starting with a space (the licence header) are skipped. Words
// keep WordNet's spelling, underscores between the words of a phrase and
// markers such as "(a)" removed.
package wordnet

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Dir is where Debian's wordnet-base installs the database.
const Dir = "/usr/share/wordnet"

// Synset is one line of a data file.
type Synset struct {
	Offset  string   // the synset's byte offset, its identifier within its part of speech
	LexFile int      // lexicographer file number (14 noun.group, 15 noun.location, 18 noun.person, …)
	Words   []string // its words, spaces between the words of a phrase
	// Instance tells that the synset is an instance of a class (it has an
	// instance-hypernym pointer, "@i"): a named entity such as Calgary.
	Instance bool
	// Frames are, for verbs, each word's sentence frame numbers, sorted
	// and joined with commas.
	Frames []string
}

// ErrFormat reports a line that does not follow the WordNet format.
var ErrFormat = errors.New("wordnet: malformed line")

// Index reads an index file (index.noun, index.verb, …) and returns, for
// each lemma, its synset offsets in WordNet's sense order (most frequent
// first). Lemmas are lower case with underscores as in the file.
func Index(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(l string) error {
		fs := strings.Fields(l)
		if len(fs) < 4 {
			return ErrFormat
		}
		n, err := strconv.Atoi(fs[2])
		if err != nil || n > len(fs) {
			return ErrFormat
		}
		out[fs[0]] = fs[len(fs)-n:]
		return nil
	})
	return out, err
}

// Counts reads cntlist.rev and returns, for the senses of one part of
// speech (1 noun, 2 verb, 3 adjective, 4 adverb, 5 satellite), each lemma's
// tagged occurrences by sense number.
func Counts(path string, pos int) (map[string]map[int]int, error) {
	out := map[string]map[int]int{}
	prefix := strconv.Itoa(pos) + ":"
	err := eachLine(path, func(l string) error {
		fs := strings.Fields(l)
		if len(fs) != 3 {
			return ErrFormat
		}
		key, rest, ok := strings.Cut(fs[0], "%")
		if !ok {
			return ErrFormat
		}
		if !strings.HasPrefix(rest, prefix) {
			return nil
		}
		sn, err1 := strconv.Atoi(fs[1])
		n, err2 := strconv.Atoi(fs[2])
		if err1 != nil || err2 != nil {
			return ErrFormat
		}
		if out[key] == nil {
			out[key] = map[int]int{}
		}
		out[key][sn] += n
		return nil
	})
	return out, err
}

// Data calls fn for every synset of a data file (data.noun, data.verb, …).
func Data(path string, fn func(Synset) error) error {
	return eachLine(path, func(l string) error {
		s, err := ParseSynset(l)
		if err != nil {
			return err
		}
		return fn(s)
	})
}

// Exceptions reads an exception list (noun.exc, verb.exc, …) and returns
// its inflected forms ("ran", "geese"), each with its base forms.
func Exceptions(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachLine(path, func(l string) error {
		fs := strings.Fields(l)
		if len(fs) < 2 {
			return ErrFormat
		}
		out[fs[0]] = append(out[fs[0]], fs[1:]...)
		return nil
	})
	return out, err
}

// ParseSynset reads one line of a data file.
func ParseSynset(l string) (Synset, error) {
	if i := strings.IndexByte(l, '|'); i >= 0 {
		l = l[:i]
	}
	fs := strings.Fields(l)
	var s Synset
	if len(fs) < 4 {
		return s, ErrFormat
	}
	s.Offset = fs[0]
	lex, err1 := strconv.Atoi(fs[1])
	wc, err2 := strconv.ParseInt(fs[3], 16, 0)
	if err1 != nil || err2 != nil || 4+2*int(wc) >= len(fs) {
		return s, ErrFormat
	}
	s.LexFile = lex
	p := 4
	for range wc {
		w := fs[p]
		if i := strings.IndexByte(w, '('); i > 0 { // adjective markers: "galore(ip)"
			w = w[:i]
		}
		s.Words = append(s.Words, strings.ReplaceAll(w, "_", " "))
		p += 2
	}
	pc, err := strconv.Atoi(fs[p])
	if err != nil || p+1+4*pc > len(fs) {
		return s, ErrFormat
	}
	for k := range pc {
		if fs[p+1+4*k] == "@i" {
			s.Instance = true
		}
	}
	p += 1 + 4*pc
	if fs[2] != "v" {
		return s, nil
	}
	if p >= len(fs) {
		return s, ErrFormat
	}
	fc, err := strconv.Atoi(fs[p])
	if err != nil || p+1+3*fc > len(fs) {
		return s, ErrFormat
	}
	p++
	per := make([][]string, len(s.Words))
	for range fc {
		w, err := strconv.ParseInt(fs[p+2], 16, 0)
		if err != nil || int(w) > len(s.Words) {
			return s, ErrFormat
		}
		for i := range s.Words {
			if w == 0 || int(w) == i+1 {
				per[i] = append(per[i], fs[p+1])
			}
		}
		p += 3
	}
	for _, f := range per {
		slices.Sort(f)
		s.Frames = append(s.Frames, strings.Join(f, ","))
	}
	return s, nil
}

// eachLine calls fn for every line of a WordNet file but its licence header
// and reports errors with the file and line.
func eachLine(path string, fn func(string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("wordnet: %w", err)
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
			return fmt.Errorf("%s:%d: %w", filepath.Base(path), n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("wordnet: %s: %w", path, err)
	}
	return nil
}

// Installed returns an error naming what to install when the database is
// not in Dir.
func Installed() error {
	if _, err := os.Stat(filepath.Join(Dir, "data.noun")); err != nil {
		return fmt.Errorf("wordnet: not installed (apt-get install wordnet-base): %w", err)
	}
	return nil
}

// Generated writes a generated Go file when update is set, and otherwise
// reports an error unless path holds exactly src.
func Generated(path string, src []byte, update bool) error {
	if update {
		return os.WriteFile(path, src, 0o644)
	}
	have, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if !bytes.Equal(have, src) {
		return fmt.Errorf("%s differs from what WordNet gives", path)
	}
	return nil
}
