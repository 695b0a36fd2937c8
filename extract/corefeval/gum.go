package corefeval

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/textgraph/textgraph/extract/conllu"
	"github.com/textgraph/textgraph/extract/doc"
)

// Document is one document of a CoNLL-U file with gold coreference: its
// sentences (gold tokens, spans into Doc.Text) and its key partition,
// singletons included. Mention positions count the syntactic words of the
// document from 0.
type Document struct {
	ID  string
	Doc *doc.Doc
	Key Partition
	// Speakers holds the speaker of each sentence ("# speaker = ..."), or
	// is nil when the document names none.
	Speakers []string
	// Types maps each key entity (index into Key) to its entity type
	// (GUM's etype: person, place, abstract, ...), "" when not given.
	Types []string
}

// ReadGUM reads a CoNLL-U file whose MISC column carries CorefUD entity
// brackets (as GUM's does): "Entity=(3-person-new-...", "Entity=3)",
// "Entity=(7-abstract-...(3-...)" and the like. The first dash-separated
// field after "(" is the entity id, the second its type; a mention opened
// with "(" closes at the next ")" of the same id (nested mentions of one id
// close innermost first). Parts of a discontinuous mention ("e5[1/2]") are
// joined into one mention from the first part's start to the last part's
// end. Documents start at "# newdoc id = ..." comments. The documents share
// one Doc.Text, the concatenation of the sentence texts.
func ReadGUM(r io.Reader) ([]Document, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("corefeval: read: %w", err)
	}
	miscs, err := wordMiscs(data)
	if err != nil {
		return nil, err
	}
	cr := conllu.NewReader(bytes.NewReader(data))
	var sents []*doc.Sentence
	var docIDs []string
	var newDoc []bool
	var speakers []string
	for {
		s, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("corefeval: %w", err)
		}
		if id, ok := cr.Comments["newdoc id"]; ok || len(docIDs) == 0 {
			if id == "" {
				id = "doc"
			}
			newDoc = append(newDoc, true)
			docIDs = append(docIDs, id)
		} else {
			newDoc = append(newDoc, false)
			docIDs = append(docIDs, docIDs[len(docIDs)-1])
		}
		sents = append(sents, s)
		speakers = append(speakers, cr.Comments["speaker"])
	}
	if len(miscs) != len(sents) {
		return nil, fmt.Errorf("corefeval: %d sentences but %d MISC blocks", len(sents), len(miscs))
	}
	text := cr.Text()
	var out []Document
	var cur *Document
	var b *bracketState
	pos := 0
	finish := func() error {
		if cur == nil {
			return nil
		}
		named := false
		for _, sp := range cur.Speakers {
			named = named || sp != ""
		}
		if !named {
			cur.Speakers = nil
		}
		if err := b.finish(cur); err != nil {
			return fmt.Errorf("corefeval: document %s: %w", cur.ID, err)
		}
		out = append(out, *cur)
		return nil
	}
	for si, s := range sents {
		if newDoc[si] {
			if err := finish(); err != nil {
				return nil, err
			}
			cur = &Document{ID: docIDs[si], Doc: &doc.Doc{ID: docIDs[si], Source: docIDs[si], Text: text}}
			b = newBracketState()
			pos = 0
		}
		if len(miscs[si]) != len(s.Tokens) {
			return nil, fmt.Errorf("corefeval: sentence %s: %d words but %d MISC fields", s.ID, len(s.Tokens), len(miscs[si]))
		}
		cur.Doc.Sentences = append(cur.Doc.Sentences, *s)
		cur.Speakers = append(cur.Speakers, speakers[si])
		for _, misc := range miscs[si] {
			if err := b.word(pos, entityField(misc)); err != nil {
				return nil, fmt.Errorf("corefeval: sentence %s: %w", s.ID, err)
			}
			pos++
		}
	}
	if err := finish(); err != nil {
		return nil, err
	}
	return out, nil
}

// wordMiscs returns the MISC field of every syntactic word, sentence by
// sentence (multiword token lines and empty nodes skipped).
func wordMiscs(data []byte) ([][]string, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	var out [][]string
	var cur []string
	started := false
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if started {
				out = append(out, cur)
				cur, started = nil, false
			}
			continue
		}
		started = true
		if line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 || strings.ContainsAny(f[0], "-.") {
			continue
		}
		cur = append(cur, f[9])
	}
	if started {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// entityField returns the value of Entity= in a MISC field, or "".
func entityField(misc string) string {
	for _, kv := range strings.Split(misc, "|") {
		if v, ok := strings.CutPrefix(kv, "Entity="); ok {
			return v
		}
	}
	return ""
}

type open struct {
	start int
	typ   string
	part  string // "k/n" of a discontinuous mention, "" otherwise
}

type bracketState struct {
	open     map[string][]open // by entity id: a stack
	mentions map[string][]Mention
	types    map[string]string
	order    []string // entity ids in order of first mention
	pending  map[string]Mention
}

func newBracketState() *bracketState {
	return &bracketState{open: map[string][]open{}, mentions: map[string][]Mention{},
		types: map[string]string{}, pending: map[string]Mention{}}
}

// splitID separates "e5[1/2]" into "e5" and "1/2".
func splitID(s string) (id, part string) {
	if i := strings.IndexByte(s, '['); i >= 0 && strings.HasSuffix(s, "]") {
		return s[:i], s[i+1 : len(s)-1]
	}
	return s, ""
}

// word applies the brackets of the word at position pos.
func (b *bracketState) word(pos int, v string) error {
	for i := 0; i < len(v); {
		if v[i] == '(' {
			j := i + 1
			for j < len(v) && v[j] != '(' && v[j] != ')' {
				j++
			}
			fields := strings.Split(v[i+1:j], "-")
			id, part := splitID(fields[0])
			if id == "" {
				return fmt.Errorf("entity bracket %q without id", v)
			}
			typ := ""
			if len(fields) > 1 {
				typ = fields[1]
			}
			b.open[id] = append(b.open[id], open{start: pos, typ: typ, part: part})
			i = j
			if j < len(v) && v[j] == ')' {
				if err := b.close(id, pos); err != nil {
					return err
				}
				i = j + 1
			}
			continue
		}
		j := strings.IndexByte(v[i:], ')')
		if j < 0 {
			return fmt.Errorf("bad entity field %q", v)
		}
		id, _ := splitID(v[i : i+j])
		if err := b.close(id, pos); err != nil {
			return err
		}
		i += j + 1
	}
	return nil
}

func (b *bracketState) close(id string, pos int) error {
	st := b.open[id]
	if len(st) == 0 {
		return fmt.Errorf("entity %s closed at word %d but not open", id, pos)
	}
	o := st[len(st)-1]
	b.open[id] = st[:len(st)-1]
	m := Mention{o.start, pos + 1}
	if o.part != "" {
		k, n, _ := strings.Cut(o.part, "/")
		if p, ok := b.pending[id]; ok {
			m.Start = p.Start
		}
		if k != n {
			b.pending[id] = m
			return nil
		}
		delete(b.pending, id)
	}
	if _, seen := b.mentions[id]; !seen {
		b.order = append(b.order, id)
		b.types[id] = o.typ
	}
	b.mentions[id] = append(b.mentions[id], m)
	return nil
}

func (b *bracketState) finish(d *Document) error {
	for id, st := range b.open {
		if len(st) > 0 {
			return fmt.Errorf("entity %s opened at word %d is never closed", id, st[0].start)
		}
	}
	for _, id := range b.order {
		d.Key = append(d.Key, b.mentions[id])
		d.Types = append(d.Types, b.types[id])
	}
	return nil
}
