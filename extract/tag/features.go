package tag

import (
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/internal/ml"
)

// word holds the per-token values the feature templates conjoin, computed
// once per token.
type word struct {
	norm  uint64    // lowercased form, digits folded to 0
	exact uint64    // form as written
	suf   [4]uint64 // last 1..4 characters of the normalised form
	pre   [3]uint64 // first 1..3 characters
	shape uint64    // character classes, runs collapsed (Xx, d.d, ...)
	amb   uint64    // ambiguity class from the lexicon; 0 = unknown word
	flags uint64    // bit set of flag constants
	lex   *entry    // lexicon entry or nil
	lower bool      // starts with a lower-case letter
	wn    uint64    // word classes from the dictionary; 0 = none
}

const (
	flagUpper   = 1 << iota // first character is upper case
	flagAllCaps             // all letters upper case
	flagDigit               // contains a digit
	flagHyphen              // contains a hyphen
	flagFirst               // first token of the sentence
	flagNonASCII
	flagLong      // more than 8 bytes
	flagTitleSent // most words of the sentence are capitalised
	flagCapsSent  // most words of the sentence are in capitals
)

// markSentence sets the sentence-level flags of ws.
func markSentence(ws []word) {
	alpha, upper, caps := 0, 0, 0
	for i := range ws {
		f := ws[i].flags
		if f&(flagUpper|flagAllCaps) != 0 || ws[i].lower {
			alpha++
		}
		if f&flagUpper != 0 {
			upper++
		}
		if f&flagAllCaps != 0 {
			caps++
		}
	}
	var add uint64
	if alpha >= 3 && upper*10 >= alpha*6 {
		add |= flagTitleSent
	}
	if alpha >= 3 && caps*10 >= alpha*6 {
		add |= flagCapsSent
	}
	if add != 0 {
		for i := range ws {
			ws[i].flags |= add
		}
	}
}

// Boundary values for window positions outside the sentence.
var (
	hashStart   = ml.Hash("<s>")
	hashEnd     = ml.Hash("</s>")
	hashUnknown = ml.Hash("<unk>")
	boundary    = word{norm: hashStart, exact: hashStart, suf: [4]uint64{hashStart, hashStart, hashStart, hashStart}, shape: hashStart, amb: hashStart}
	boundEnd    = word{norm: hashEnd, exact: hashEnd, suf: [4]uint64{hashEnd, hashEnd, hashEnd, hashEnd}, shape: hashEnd, amb: hashEnd}
)

// normalize appends the lowercased form of s to buf with digits folded to
// '0'.
func normalize(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case '0' <= c && c <= '9':
				c = '0'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsDigit(r) {
			buf = append(buf, '0')
		} else {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		}
		i += n
	}
	return buf
}

// shapeOf hashes the character-class shape of s: X upper, x lower, d digit,
// other characters as themselves, runs of one class collapsed.
func shapeOf(s string) uint64 {
	h := ml.Hash("shape")
	var prev rune = -1
	n := 0
	for _, r := range s {
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLower(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			c = r
		}
		if c != prev {
			h = ml.Mix(h, uint64(c))
			prev = c
			n++
			if n > 8 {
				break
			}
		}
	}
	return h
}

// fill computes w for form, using buf as scratch; it returns buf for reuse.
func (t *Tagger) fill(w *word, form string, first bool, buf []byte) []byte {
	buf = normalize(buf[:0], form)
	w.norm = ml.MixBytes(1, buf)
	w.exact = ml.MixString(2, form)
	for k := range w.suf {
		w.suf[k] = ml.MixBytes(uint64(10+k), suffix(buf, k+1))
	}
	for k := range w.pre {
		w.pre[k] = ml.MixBytes(uint64(20+k), prefix(buf, k+1))
	}
	w.shape = shapeOf(form)
	w.flags = 0
	w.lower = false
	upper, lower := 0, 0
	for i, r := range form {
		switch {
		case unicode.IsUpper(r):
			upper++
			if i == 0 {
				w.flags |= flagUpper
			}
		case unicode.IsLower(r):
			lower++
			if i == 0 {
				w.lower = true
			}
		case unicode.IsDigit(r):
			w.flags |= flagDigit
		case r == '-':
			w.flags |= flagHyphen
		}
		if r >= utf8.RuneSelf {
			w.flags |= flagNonASCII
		}
	}
	if upper > 0 && lower == 0 {
		w.flags |= flagAllCaps
	}
	if first {
		w.flags |= flagFirst
	}
	if len(form) > 8 {
		w.flags |= flagLong
	}
	w.wn = t.dict.classes(buf)
	w.lex = t.lexicon[string(buf)]
	w.amb = 0
	if w.lex != nil {
		w.amb = w.lex.amb
	}
	if w.amb == 0 {
		unknown(w)
	}

	return buf
}

// unknown makes w a word the lexicon does not know: rare and unseen words
// share one identity, so what training on rare words teaches the affix and
// shape features carries over to unseen words.
func unknown(w *word) {
	w.norm = hashUnknown
	w.exact = ml.Mix(hashUnknown, w.flags&(flagUpper|flagAllCaps))
	w.amb = 0
}

// suffix returns the last n characters of b (fewer if b is shorter).
func suffix(b []byte, n int) []byte {
	i := len(b)
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !utf8.RuneStart(b[i]) {
			i--
		}
	}
	return b[i:]
}

// prefix returns the first n characters of b (fewer if b is shorter).
func prefix(b []byte, n int) []byte {
	i := 0
	for ; n > 0 && i < len(b); n-- {
		_, sz := utf8.DecodeRune(b[i:])
		i += sz
	}
	return b[:i]
}

// Feature template identifiers.
const (
	fBias uint64 = iota + 100
	fW
	fExact
	fSuf
	fPre
	fShape
	fAmb
	fFlags
	fWm1
	fWm2
	fWp1
	fWp2
	fSufm1
	fSufp1
	fSufp2
	fAmbm1
	fAmbp1
	fAmbp2
	fTm1
	fTm2
	fTm12
	fTm1W
	fWm1W
	fWWp1
	fAmbAmbp1
	fTm1Amb
	fShapeFirst
	fTp1
	fTp2
	fTp12
	fTm1Tp1
	fTp1W
	fShapem1
	fShapep1
	fWN
	fWNFlags
	fWNm1
	fWNp1
	fWNWm1
	fWNWp1
)

// features appends to fs the features of token i of ws, given the label
// indexes+1 of tokens before it (left, 0 = none) and, in the second pass,
// after it (right; nil in the first pass).
func features(fs []uint64, ws []word, i int, left []int, right []int) []uint64 {
	at := func(j int) *word {
		switch {
		case j < 0:
			return &boundary
		case j >= len(ws):
			return &boundEnd
		}
		return &ws[j]
	}
	tag := func(tags []int, j int) uint64 {
		if j < 0 {
			return 1 << 20
		}
		if j >= len(ws) {
			return 2 << 20
		}
		return uint64(tags[j])
	}
	w, m1, m2, p1, p2 := at(i), at(i-1), at(i-2), at(i+1), at(i+2)
	t1, t2 := tag(left, i-1), tag(left, i-2)
	fs = append(fs,
		fBias,
		ml.Mix(fW, w.norm),
		ml.Mix(fExact, w.exact),
		ml.Mix(fSuf, w.suf[0]), ml.Mix(fSuf, w.suf[1]), ml.Mix(fSuf, w.suf[2]), ml.Mix(fSuf, w.suf[3]),
		ml.Mix(fPre, w.pre[0]), ml.Mix(fPre, w.pre[1]), ml.Mix(fPre, w.pre[2]),
		ml.Mix(fShape, w.shape),
		ml.Mix(fAmb, w.amb),
		ml.Mix(fFlags, w.flags),
		ml.Mix(fWm1, m1.norm),
		ml.Mix(fWm2, m2.norm),
		ml.Mix(fWp1, p1.norm),
		ml.Mix(fWp2, p2.norm),
		ml.Mix(fSufm1, m1.suf[2]),
		ml.Mix(fSufp1, p1.suf[2]),
		ml.Mix(fSufp2, p2.suf[2]),
		ml.Mix(fAmbm1, m1.amb),
		ml.Mix(fAmbp1, p1.amb),
		ml.Mix(fAmbp2, p2.amb),
		ml.Mix(fTm1, t1),
		ml.Mix(fTm2, t2),
		ml.Mix(ml.Mix(fTm12, t1), t2),
		ml.Mix(ml.Mix(fTm1W, t1), w.norm),
		ml.Mix(ml.Mix(fWm1W, m1.norm), w.norm),
		ml.Mix(ml.Mix(fWWp1, w.norm), p1.norm),
		ml.Mix(ml.Mix(fAmbAmbp1, w.amb), p1.amb),
		ml.Mix(ml.Mix(fTm1Amb, t1), w.amb),
		ml.Mix(ml.Mix(fShapeFirst, w.shape), w.flags&flagFirst),
		ml.Mix(fShapem1, m1.shape),
		ml.Mix(fShapep1, p1.shape),
		ml.Mix(fWN, w.wn),
		ml.Mix(ml.Mix(fWNFlags, w.wn), w.flags&(flagUpper|flagAllCaps|flagFirst)),
		ml.Mix(fWNm1, m1.wn),
		ml.Mix(fWNp1, p1.wn),
		ml.Mix(ml.Mix(fWNWm1, w.wn), m1.norm),
		ml.Mix(ml.Mix(fWNWp1, w.wn), p1.wn),
	)
	if right != nil {
		r1, r2 := tag(right, i+1), tag(right, i+2)
		fs = append(fs,
			ml.Mix(fTp1, r1),
			ml.Mix(fTp2, r2),
			ml.Mix(ml.Mix(fTp12, r1), r2),
			ml.Mix(ml.Mix(fTm1Tp1, t1), r1),
			ml.Mix(ml.Mix(fTp1W, r1), w.norm),
		)
	}
	return fs
}
