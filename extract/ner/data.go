package ner

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Labeled is a training document: sentences of words, each word with a BIO
// label ("O", "B-PER", "I-ORG", ...) over the types PER, ORG and LOC.
type Labeled struct {
	Name      string
	Sentences []LabeledSentence
}

// LabeledSentence is one sentence of a Labeled document.
type LabeledSentence struct {
	Words  []string
	Labels []string
}

// ReadGUM reads the named PER, ORG and LOC mentions of a GUM CoNLL-U file
// (the Entity= brackets of the MISC column) into one Labeled document per
// "# newdoc". A mention is named when the word heading it is a proper noun;
// its span is cut to the name: leading determiners, titles and roles are
// dropped, and the name ends before an apposition, a list, a conjunct or a
// clause attached to it ("University of Portsmouth, United Kingdom" gives
// "University of Portsmouth"). Types map person → PER, organization → ORG,
// place → LOC; the other GUM types are not named entities of these kinds.
// Nested names are kept only where no longer name covers them.
func ReadGUM(r io.Reader, name string) ([]Labeled, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out []Labeled
	var rows [][]string // ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
	line := 0
	flush := func() error {
		if len(rows) == 0 {
			return nil
		}
		if len(out) == 0 {
			out = append(out, Labeled{Name: name})
		}
		s, err := gumSentence(rows)
		if err != nil {
			return fmt.Errorf("ner: %s:%d: %w", name, line, err)
		}
		d := &out[len(out)-1]
		d.Sentences = append(d.Sentences, s)
		rows = nil
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "# newdoc"):
			if err := flush(); err != nil {
				return nil, err
			}
			id := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(l, "# newdoc"), " id ="))
			out = append(out, Labeled{Name: id})
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			if err := flush(); err != nil {
				return nil, err
			}
		default:
			f := strings.Split(l, "\t")
			if len(f) != 10 {
				return nil, fmt.Errorf("ner: %s:%d: want 10 tab-separated columns, got %d", name, line, len(f))
			}
			if strings.ContainsAny(f[0], "-.") {
				continue // multiword token range or empty node
			}
			rows = append(rows, f)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

var gumTypes = map[string]string{"person": "PER", "organization": "ORG", "place": "LOC"}

// gumSentence turns CoNLL-U rows into words and BIO labels.
func gumSentence(rows [][]string) (LabeledSentence, error) {
	n := len(rows)
	s := LabeledSentence{Words: make([]string, n), Labels: make([]string, n)}
	heads := make([]int, n)
	upos := make([]string, n)
	rels := make([]string, n)
	for i, f := range rows {
		s.Words[i] = f[1]
		s.Labels[i] = "O"
		upos[i] = f[3]
		rels[i] = f[7]
		h, err := strconv.Atoi(f[6])
		if err != nil {
			return s, fmt.Errorf("bad head %q", f[6])
		}
		heads[i] = h - 1
	}
	type open struct {
		id, typ string
		start   int
	}
	type span struct {
		start, end int // half-open word indexes
		typ        string
	}
	var stack []open
	var spans []span
	for i, f := range rows {
		var ent string
		for _, kv := range strings.Split(f[9], "|") {
			if v, ok := strings.CutPrefix(kv, "Entity="); ok {
				ent = v
			}
		}
		// Brackets: "(id-type-...", "(id-type-...)" and "id)".
		for len(ent) > 0 {
			switch {
			case ent[0] == '(':
				j := strings.IndexAny(ent[1:], "()")
				body := ent[1:]
				if j >= 0 {
					body = ent[1 : 1+j]
				}
				parts := strings.Split(body, "-")
				typ := ""
				if len(parts) > 1 {
					typ = parts[1]
				}
				if j >= 0 && ent[1+j] == ')' {
					spans = append(spans, span{i, i + 1, typ})
					ent = ent[2+j:]
				} else {
					stack = append(stack, open{parts[0], typ, i})
					if j < 0 {
						ent = ""
					} else {
						ent = ent[1+j:]
					}
				}
			default:
				j := strings.IndexByte(ent, ')')
				if j < 0 {
					ent = ""
					break
				}
				id := ent[:j]
				ent = ent[j+1:]
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].id == id {
						spans = append(spans, span{stack[k].start, i + 1, stack[k].typ})
						stack = append(stack[:k], stack[k+1:]...)
						break
					}
				}
			}
		}
	}
	// Keep named spans of the three types, cut to the name.
	var named []span
	for _, sp := range spans {
		typ := gumTypes[sp.typ]
		if typ == "" {
			continue
		}
		// The head: the word of the span whose head lies outside it.
		h := -1
		for i := sp.start; i < sp.end; i++ {
			if heads[i] < sp.start || heads[i] >= sp.end {
				h = i
				break
			}
		}
		if h < 0 || upos[h] != "PROPN" {
			continue
		}
		// inside reports whether word i hangs from h through words of the
		// span none of which opens an apposition, list, conjunct or clause.
		inside := func(i int) bool {
			for k := 0; k < n; k++ {
				if i == h {
					return true
				}
				if i < sp.start || i >= sp.end || cutRels[rels[i]] || rels[i] == "punct" && !hyphen(s.Words[i]) {
					return false
				}
				i = heads[i]
			}
			return false
		}
		start, end := h, h+1
		for start > sp.start && inside(start-1) {
			start--
		}
		for end < sp.end && inside(end) {
			end++
		}
		for start < end && (upos[start] == "DET" || upos[start] == "PUNCT" || rels[start] == "case") {
			start++
		}
		for end > start && (upos[end-1] == "PUNCT" || upos[end-1] == "PART" || rels[end-1] == "case") {
			end--
		}
		if typ == "PER" {
			for start < end-1 && (roleLen(plainWords(s.Words[start:end])) > 0) {
				start += roleLen(plainWords(s.Words[start:end]))
			}
		}
		if start >= end || !hasUpper(s.Words[start:end]) {
			continue
		}
		// GUM types a country acting as a government an organization;
		// Universal NER keeps it a place.
		if typ == "ORG" && places[strings.Join(s.Words[start:end], " ")] != "" {
			typ = "LOC"
		}
		named = append(named, span{start, end, typ})
	}
	// Longest first; a span overlapping one already placed is dropped.
	sort.SliceStable(named, func(i, j int) bool {
		return named[i].end-named[i].start > named[j].end-named[j].start
	})
	for _, sp := range named {
		free := true
		for i := sp.start; i < sp.end; i++ {
			if s.Labels[i] != "O" {
				free = false
			}
		}
		if !free {
			continue
		}
		for i := sp.start; i < sp.end; i++ {
			s.Labels[i] = "I-" + sp.typ
		}
		s.Labels[sp.start] = "B-" + sp.typ
	}
	return s, nil
}

var cutRels = map[string]bool{"appos": true, "list": true, "conj": true, "cc": true,
	"acl": true, "acl:relcl": true, "parataxis": true, "advcl": true, "dep": true,
	"dislocated": true, "orphan": true, "reparandum": true, "discourse": true}

func hyphen(w string) bool { return w == "-" || w == "–" || w == "&" || w == "." }

func plainWords(forms []string) []word {
	ws := make([]word, len(forms))
	for i, f := range forms {
		ws[i].form = f
	}
	return ws
}

func hasUpper(ws []string) bool {
	for _, w := range ws {
		for _, r := range w {
			if unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// ReadCoNLL reads a CoNLL NER file: one word per line, the word first and
// its IOB1 or IOB2 label last (space- or tab-separated), sentences
// separated by blank lines, documents by "-DOCSTART-" lines (the whole file
// is one document without them). Labels are mapped by labelMap (IOB type →
// PER, ORG or LOC; unmapped types become O); mentions are cut to their
// names as in ReadGUM: leading determiners and lower-case words and, for
// people, titles are dropped, and a mention with no capitalised word, or
// whose last word is in lower case ("U.S. service members"), is not a name.
func ReadCoNLL(r io.Reader, name string, labelMap map[string]string) ([]Labeled, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	out := []Labeled{{Name: name}}
	var words, tags []string
	line := 0
	flush := func() {
		if len(words) == 0 {
			return
		}
		d := &out[len(out)-1]
		d.Sentences = append(d.Sentences, conllSentence(words, tags, labelMap))
		words, tags = nil, nil
	}
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			flush()
		case f[0] == "-DOCSTART-":
			flush()
			if len(out[len(out)-1].Sentences) > 0 {
				out = append(out, Labeled{Name: fmt.Sprintf("%s#%d", name, len(out))})
			}
		case len(f) < 2:
			return nil, fmt.Errorf("ner: %s:%d: want a word and a label", name, line)
		default:
			words = append(words, f[0])
			tags = append(tags, f[len(f)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: %s: %w", name, err)
	}
	flush()
	if len(out[len(out)-1].Sentences) == 0 {
		out = out[:len(out)-1]
	}
	return out, nil
}

// WikigoldLabels maps wikigold's types (MISC is dropped).
var WikigoldLabels = map[string]string{"PER": "PER", "ORG": "ORG", "LOC": "LOC"}

// Re3dLabels maps re3d's types; nationalities, weapons, platforms, dates,
// quantities, money and document references are not names of these kinds.
var Re3dLabels = map[string]string{"Person": "PER", "Organisation": "ORG", "Location": "LOC"}

func conllSentence(words, tags []string, labelMap map[string]string) LabeledSentence {
	s := LabeledSentence{Words: words, Labels: make([]string, len(words))}
	for i := range s.Labels {
		s.Labels[i] = "O"
	}
	for i := 0; i < len(tags); {
		pre, typ, ok := strings.Cut(tags[i], "-")
		if !ok || (pre != "B" && pre != "I") {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		start, end := i, j
		i = j
		t := labelMap[typ]
		if t == "" {
			continue
		}
		for start < end && (!startsUpper(words[start]) || determiners[strings.ToLower(words[start])]) {
			start++ // "the", "a", lower-case modifiers
		}
		if t == "PER" {
			for start < end-1 && (roleLen(plainWords(words[start:end])) > 0 || demonyms[words[start]] != "") {
				start += max(roleLen(plainWords(words[start:end])), 1)
			}
		}
		for end > start && (words[end-1] == "’s" || words[end-1] == "'s" || words[end-1] == "’" || words[end-1] == "'") {
			end--
		}
		if start >= end || !isNameEnd(words[end-1]) || end-start == 1 && (pronouns[strings.ToLower(words[start])] || demonyms[strings.TrimSuffix(words[start], "s")] != "") {
			continue
		}
		for k := start; k < end; k++ {
			s.Labels[k] = "I-" + t
		}
		s.Labels[start] = "B-" + t
	}
	return s
}

var determiners = set("the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her")

var pronouns = set("we", "they", "he", "she", "it", "i", "you", "us", "them", "who")

func startsUpper(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// isNameEnd reports whether a word can end a name: not a lower-case word
// (a common noun heads the mention) unless it has no letters at all.
func isNameEnd(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) {
			return !unicode.IsLower(r)
		}
	}
	return true
}

// ReadCoNLLFiles reads every *.conll file under path (a file or a folder)
// with ReadCoNLL.
func ReadCoNLLFiles(path string, labelMap map[string]string) ([]Labeled, error) {
	var files []string
	err := filepath.WalkDir(path, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && (p == path || strings.HasSuffix(p, ".conll") || strings.HasSuffix(p, ".conll.txt")) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	sort.Strings(files)
	var out []Labeled
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("ner: %w", err)
		}
		ds, err := ReadCoNLL(fh, f, labelMap)
		fh.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, ds...)
	}
	return out, nil
}
