package lemma

import (
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"github.com/textgraph/textgraph/extract/model"
)

// Lemmatizer assigns lemmas. It is safe for concurrent use.
type Lemmatizer struct {
	scripts []script
	exact   map[string]string // form "\x00" XPOS -> lemma
	lower   map[string]int32  // lower-cased form "\x00" XPOS -> script index
	model   *ml.Perceptron    // script classifier for unseen words
	scratch sync.Pool         // *scratch
}

// script is an edit from a form to its lemma: recase the form (keep it,
// lower-case it, or title-case it: "STEVENS" -> "Stevens"), then strip
// strip bytes from its end and append add.
type script struct {
	cas   uint8 // keep, lower or title
	strip int
	add   string
}

// Case modes of a script.
const (
	keep uint8 = iota
	lower
	title
)

// apply returns the lemma that s makes of form, and false when s does not
// fit form (too short, or the result is not valid UTF-8).
func (s script) apply(form string) (string, bool) {
	base := form
	switch s.cas {
	case lower:
		base = lowerString(form)
	case title:
		base = titleString(form)
	}
	if s.strip > len(base) {
		return "", false
	}
	if s.strip == 0 && s.add == "" {
		return base, true
	}
	out := base[:len(base)-s.strip] + s.add
	if out == "" || !utf8.ValidString(out) {
		return "", false
	}
	return out, true
}

// lowerString lower-cases s, returning s itself when it has no upper case.
func lowerString(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// titleString upper-cases the first letter of s and lower-cases the rest.
func titleString(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	t := string(unicode.ToUpper(r)) + lowerString(s[n:])
	if t == s {
		return s
	}
	return t
}

// scriptFor returns the edit script turning form into lem: the one that
// strips least, preferring lower-casing, then keeping the case, then
// title-casing.
func scriptFor(form, lem string) script {
	best := diff(lowerString(form), lem)
	best.cas = lower
	if k := diff(form, lem); k.strip < best.strip {
		best = k
	}
	if t := diff(titleString(form), lem); t.strip < best.strip {
		t.cas = title
		best = t
	}
	return best
}

func diff(form, lem string) script {
	n := 0
	for n < len(form) && n < len(lem) && form[n] == lem[n] {
		n++
	}
	return script{strip: len(form) - n, add: lem[n:]}
}

type scratch struct {
	key    []byte
	fs     []uint64
	scores []float32
}

var defaultLemmatizer = sync.OnceValues(func() (*Lemmatizer, error) {
	rc, err := model.Open("lemma")
	if err != nil {
		return nil, fmt.Errorf("lemma: %w", err)
	}
	defer rc.Close()
	return Load(rc)
})

// Default returns the embedded model, decoded on first use and shared by
// the process.
func Default() (*Lemmatizer, error) { return defaultLemmatizer() }

// Lemmatize sets the lemma of every token of d.
func (l *Lemmatizer) Lemmatize(d *doc.Doc) error {
	for i := range d.Sentences {
		l.LemmatizeSentence(&d.Sentences[i])
	}
	return nil
}

// LemmatizeSentence sets the lemma of every token of s.
func (l *Lemmatizer) LemmatizeSentence(s *doc.Sentence) {
	sc, ok := l.scratch.Get().(*scratch)
	if !ok {
		sc = &scratch{scores: make([]float32, l.model.Classes())}
	}
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.Lemma = l.lemma(sc, t.Form, t.XPOS, t.UPOS)
	}
	l.scratch.Put(sc)
}

// Lemma returns the lemma of a word with the given tags.
func (l *Lemmatizer) Lemma(form, xpos, upos string) string {
	sc, ok := l.scratch.Get().(*scratch)
	if !ok {
		sc = &scratch{scores: make([]float32, l.model.Classes())}
	}
	lem := l.lemma(sc, form, xpos, upos)
	l.scratch.Put(sc)
	return lem
}

func (l *Lemmatizer) lemma(sc *scratch, form, xpos, upos string) string {
	if form == "" {
		return ""
	}
	sc.key = append(append(append(sc.key[:0], form...), 0), xpos...)
	if lem, ok := l.exact[string(sc.key)]; ok {
		return lem
	}
	sc.key = appendLower(sc.key[:0], form)
	sc.key = append(append(sc.key, 0), xpos...)
	if k, ok := l.lower[string(sc.key)]; ok {
		if lem, ok := l.scripts[k].apply(form); ok {
			return lem
		}
	}
	if !hasLetter(form) {
		return numberLemma(form)
	}
	// A known word with a tag it never had in training is more often
	// mistagged than used anew: take its most frequent script. Not for
	// proper nouns, whose lemma keeps the case that common uses lose.
	if k, ok := l.lower[string(sc.key[:len(sc.key)-len(xpos)])]; ok && !strings.HasPrefix(xpos, "NNP") {
		if lem, ok := l.scripts[k].apply(form); ok {
			return lem
		}
	}
	sc.fs = features(sc.fs[:0], sc.key[:len(sc.key)-len(xpos)-1], form, xpos, upos)
	l.model.Score(sc.fs, sc.scores)
	// Take the best script that fits the form.
	for range 4 {
		k := ml.Argmax(sc.scores)
		if lem, ok := l.scripts[k].apply(form); ok {
			return lem
		}
		sc.scores[k] = -1e30
	}
	return form
}

// numberLemma returns the lemma of a form without letters: itself, except
// that a number's digit-group commas go ("12,000.5" -> "12000.5"), as in UD
// English.
func numberLemma(form string) string {
	if !strings.Contains(form, ",") {
		return form
	}
	digit := func(i int) bool { return i < len(form) && '0' <= form[i] && form[i] <= '9' }
	i := 0
	for digit(i) {
		i++
	}
	if i == 0 || i > 3 {
		return form
	}
	for i < len(form) && form[i] == ',' {
		if !digit(i+1) || !digit(i+2) || !digit(i+3) {
			return form
		}
		i += 4
	}
	if i < len(form) && form[i] == '.' {
		for i++; digit(i); i++ {
		}
	}
	if i != len(form) {
		return form
	}
	return strings.ReplaceAll(form, ",", "")
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// appendLower appends the lower-cased s to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += n
	}
	return b
}

// Feature templates of the script classifier.
const (
	fBias uint64 = iota + 1
	fXPOS
	fUPOS
	fSuf
	fSufX
	fPre
	fCap
	fLen
)

// features appends the classifier features of a word whose lower-cased
// form is low.
func features(fs []uint64, low []byte, form, xpos, upos string) []uint64 {
	x := ml.Hash(xpos)
	cp := uint64(0)
	if r, _ := utf8.DecodeRuneInString(form); unicode.IsUpper(r) {
		cp = 1
		if strings.ToUpper(form) == form {
			cp = 2
		}
	}
	fs = append(fs, fBias, ml.Mix(fXPOS, x), ml.Mix(fUPOS, ml.Hash(upos)),
		ml.Mix(ml.Mix(fCap, cp), x), ml.Mix(ml.Mix(fLen, uint64(min(len(low), 10))), x))
	i := len(low)
	for k := 1; k <= 6 && i > 0; k++ {
		i--
		for i > 0 && !utf8.RuneStart(low[i]) {
			i--
		}
		h := ml.MixBytes(uint64(k), low[i:])
		fs = append(fs, ml.Mix(fSuf, h), ml.Mix(ml.Mix(fSufX, h), x))
	}
	for k := 1; k <= 3 && k < len(low); k++ {
		fs = append(fs, ml.Mix(fPre, ml.MixBytes(uint64(k), low[:k])))
	}
	return fs
}
