package ner

import (
	"fmt"
	"strings"

	"github.com/textgraph/textgraph/extract/conllu"
)

// Unlabeled is a document of running text with no names marked, whose
// words carry gold parts of speech (a treebank's): Proper marks the proper
// nouns.
type Unlabeled struct {
	Name      string
	Sentences []UnlabeledSentence
}

// UnlabeledSentence is one sentence of an Unlabeled document.
type UnlabeledSentence struct {
	Words  []string
	Proper []bool
}

// ReadUnlabeled reads CoNLL-U treebanks as Unlabeled documents. A document
// is a run of sentences whose sent_id shares the part before its last "-"
// (EWT: "email-enronsent01_01-0001"), or a "# newdoc" section.
func ReadUnlabeled(paths ...string) ([]Unlabeled, error) {
	ss, err := conllu.ReadFiles(paths...)
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	var out []Unlabeled
	last := "\x00"
	for _, s := range ss {
		id := s.ID
		if i := strings.LastIndexByte(id, '-'); i > 0 {
			id = id[:i]
		}
		if id != last || len(out) == 0 {
			out = append(out, Unlabeled{Name: id})
			last = id
		}
		us := UnlabeledSentence{Words: make([]string, len(s.Tokens)), Proper: make([]bool, len(s.Tokens))}
		for i, t := range s.Tokens {
			us.Words[i] = t.Form
			us.Proper[i] = t.UPOS == "PROPN"
		}
		d := &out[len(out)-1]
		d.Sentences = append(d.Sentences, us)
	}
	return out, nil
}

// label labels the documents with the model (tagged by tg) and keeps the
// names the treebank agrees with: a name must begin and end with a proper
// noun. A chain of proper nouns that the model, over the whole text, most
// often labels as a name of one type ("Enron" in the Enron e-mails) takes
// that type wherever the model left it out or typed it otherwise (one
// sense per corpus). The result is silver training data in the domain of
// the text.
func (m *Model) label(us []Unlabeled, tg SentenceTagger) ([]Labeled, error) {
	ds := make([]Labeled, len(us))
	for i, u := range us {
		ds[i].Name = u.Name + " (silver)"
		for _, s := range u.Sentences {
			ls := LabeledSentence{Words: s.Words, Labels: make([]string, len(s.Words))}
			for k := range ls.Labels {
				ls.Labels[k] = "O"
			}
			ds[i].Sentences = append(ds[i].Sentences, ls)
		}
	}
	exs, err := m.examples(ds, tg, nil)
	if err != nil {
		return nil, err
	}
	lt := &lattice{}
	ei := 0
	for di, u := range us {
		n := len(u.Sentences)
		vss := make([][]tokv, n)
		out := make([][]int, n)
		for k := range n {
			vss[k], out[k] = exs[ei+k].vs, make([]int, len(exs[ei+k].vs))
		}
		ei += n
		m.decode(vss, out, lt)
		for k, s := range u.Sentences {
			for _, sp := range spans(m.labels, out[k]) {
				if !s.Proper[sp.Start] || !s.Proper[sp.End-1] {
					continue
				}
				setLabels(ds[di].Sentences[k].Labels, sp.Start, sp.End, sp.Type)
			}
		}
	}
	// One sense per corpus.
	type tally struct{ n, per, org, loc int }
	chains := map[string]*tally{}
	eachChain := func(f func(ls []string, s UnlabeledSentence, i, j int, key string)) {
		for di, u := range us {
			for k, s := range u.Sentences {
				for i := 0; i < len(s.Words); {
					if !s.Proper[i] || !isCap(s.Words[i]) {
						i++
						continue
					}
					j := i + 1
					for j < len(s.Words) && s.Proper[j] {
						j++
					}
					if j-i <= maxNameLen {
						f(ds[di].Sentences[k].Labels, s, i, j, nameKey(s.Words[i:j]))
					}
					i = j
				}
			}
		}
	}
	eachChain(func(ls []string, s UnlabeledSentence, i, j int, key string) {
		t := chains[key]
		if t == nil {
			t = &tally{}
			chains[key] = t
		}
		t.n++
		if ls[i][0] != 'B' || j < len(ls) && ls[j][0] == 'I' {
			return
		}
		for k := i + 1; k < j; k++ {
			if ls[k][0] != 'I' {
				return
			}
		}
		switch ls[i][2:] {
		case "PER":
			t.per++
		case "ORG":
			t.org++
		case "LOC":
			t.loc++
		}
	})
	eachChain(func(ls []string, s UnlabeledSentence, i, j int, key string) {
		t := chains[key]
		typ, best := "", 0
		for _, c := range []struct {
			typ string
			n   int
		}{{"PER", t.per}, {"ORG", t.org}, {"LOC", t.loc}} {
			if c.n > best {
				typ, best = c.typ, c.n
			}
		}
		// The type of two in three of the chain's names, and of a third of
		// its occurrences at least.
		if best < 2 || best*3 < (t.per+t.org+t.loc)*2 || best*3 < t.n {
			return
		}
		for k := i; k < j; k++ {
			if ls[k] != "O" && !(k == i && ls[k][0] == 'B' || k > i && ls[k][0] == 'I') {
				return // a name of another extent
			}
		}
		if j < len(ls) && ls[j][0] == 'I' {
			return
		}
		setLabels(ls, i, j, typ)
	})
	return ds, nil
}

func setLabels(ls []string, start, end int, typ string) {
	for j := start; j < end; j++ {
		ls[j] = "I-" + typ
	}
	ls[start] = "B-" + typ
}
