package ner

import (
	"strings"
)

// Type bits of the name lexicon.
const (
	nPER = 1 << iota
	nORG
	nLOC
)

var nameBits = map[string]uint8{"PER": nPER, "ORG": nORG, "LOC": nLOC}

// maxNameLen is the longest name, in words, the name lexicon matches.
const maxNameLen = 6

// nameSet holds the names of one or more documents: for each lower-case
// name ("amnesty international") and for each capitalised word of a name
// ("amnesty"), the bits of the types it has.
type nameSet struct {
	words, spans map[string]uint8
}

func newNameSet() nameSet {
	return nameSet{words: map[string]uint8{}, spans: map[string]uint8{}}
}

// docNames collects the names of a training document.
func docNames(d Labeled) nameSet {
	ns := newNameSet()
	for _, s := range d.Sentences {
		for i := 0; i < len(s.Labels); {
			l := s.Labels[i]
			if len(l) < 2 || l[0] != 'B' {
				i++
				continue
			}
			bit := nameBits[l[2:]]
			j := i + 1
			for j < len(s.Labels) && s.Labels[j] == "I-"+l[2:] {
				j++
			}
			if j-i <= maxNameLen {
				ns.spans[nameKey(s.Words[i:j])] |= bit
			}
			for _, w := range s.Words[i:j] {
				if startsUpper(w) && isWordLike(w) {
					ns.words[strings.ToLower(w)] |= bit
				}
			}
			i = j
		}
	}
	return ns
}

func nameKey(ws []string) string {
	return strings.ToLower(strings.Join(ws, " "))
}

// nameCounts counts, for each name and name word, the training documents
// that give it each type.
type nameCounts struct {
	words, spans map[string]*[3]int32
}

func countNames(sets []nameSet) nameCounts {
	c := nameCounts{words: map[string]*[3]int32{}, spans: map[string]*[3]int32{}}
	add := func(m map[string]*[3]int32, k string, bits uint8) {
		t := m[k]
		if t == nil {
			t = &[3]int32{}
			m[k] = t
		}
		for i := range 3 {
			if bits&(1<<i) != 0 {
				t[i]++
			}
		}
	}
	for _, s := range sets {
		for k, b := range s.words {
			add(c.words, k, b)
		}
		for k, b := range s.spans {
			add(c.spans, k, b)
		}
	}
	return c
}

// bits returns the types a key has in the documents counted, leaving out
// the document own (so that a training document does not find its own
// names in the lexicon, as a new text will not).
func bitsOf(t *[3]int32, own uint8) uint8 {
	if t == nil {
		return 0
	}
	var b uint8
	for i := range 3 {
		n := t[i]
		if own&(1<<i) != 0 {
			n--
		}
		if n >= 1 {
			b |= 1 << i
		}
	}
	return b
}

// lexicon returns the name lexicon of all the documents counted.
func (c nameCounts) lexicon() nameSet {
	ns := newNameSet()
	for k, t := range c.words {
		ns.words[k] = bitsOf(t, 0)
	}
	for k, t := range c.spans {
		ns.spans[k] = bitsOf(t, 0)
	}
	return ns
}

// nameLookup gives the type bits of a word (word true) or a name.
type nameLookup func(key []byte, word bool) uint8

// lookup is the lookup of the counts without the document own.
func (c nameCounts) lookup(own nameSet) nameLookup {
	return func(key []byte, word bool) uint8 {
		if word {
			return bitsOf(c.words[string(key)], own.words[string(key)])
		}
		return bitsOf(c.spans[string(key)], own.spans[string(key)])
	}
}

// lookup is the lookup of the lexicon.
func (ns nameSet) lookup() nameLookup {
	return func(key []byte, word bool) uint8 {
		if word {
			return ns.words[string(key)]
		}
		return ns.spans[string(key)]
	}
}

// markNames records in vs the name lexicon's word types and its longest
// matches of whole names (left to right, starting at a word of a name):
// v.names holds the word's type bits (bits 0-2), and for a word inside a
// matched name the name's type bits (3-5) and whether it begins the name
// (bit 6) or continues it (bit 7).
func markNames(vs []tokv, lower []string, look nameLookup, buf []byte) []byte {
	for i := range vs {
		vs[i].names = 0
		if isWordLike(lower[i]) {
			buf = append(buf[:0], lower[i]...)
			vs[i].names = uint16(look(buf, true))
		}
	}
	for i := 0; i < len(vs); {
		if vs[i].names == 0 {
			i++
			continue
		}
		matched := 0
		for n := min(maxNameLen, len(vs)-i); n >= 1; n-- {
			if !nameWord(lower[i+n-1]) {
				continue
			}
			buf = buf[:0]
			for k := i; k < i+n; k++ {
				if k > i {
					buf = append(buf, ' ')
				}
				buf = append(buf, lower[k]...)
			}
			if b := look(buf, false); b != 0 {
				vs[i].names |= uint16(b)<<3 | 1<<6
				for k := i + 1; k < i+n; k++ {
					vs[k].names |= uint16(b)<<3 | 1<<7
				}
				matched = n
				break
			}
		}
		i += max(matched, 1)
	}
	return buf
}
