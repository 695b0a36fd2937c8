package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latin1 folds U+00C0..U+00FF (Latin-1 Supplement letters), one entry per
// code point. An empty entry means "not a letter": it becomes a space.
var latin1 = strings.Fields(`
	a a a a a a ae c e e e e i i i i
	d n o o o o o _ o u u u u y th ss
	a a a a a a ae c e e e e i i i i
	d n o o o o o _ o u u u u y th y`)

// latinExtA folds U+0100..U+017F (Latin Extended-A), one entry per code point.
var latinExtA = strings.Fields(`
	a a a a a a c c c c c c c c d d
	d d e e e e e e e e e e g g g g
	g g g g h h h h i i i i i i i i
	i i ij ij j j k k k l l l l l l l
	l l l n n n n n n n n n o o o o
	o o oe oe r r r r r r s s s s s s
	s s t t t t t t u u u u u u u u
	u u u u w w y y y z z z z z z s`)

// extra folds letters outside the two blocks above that transliterated
// names commonly carry (Latin Extended-B, Latin Extended Additional).
var extra = map[rune]string{
	'ƒ': "f", 'ơ': "o", 'Ơ': "o", 'ư': "u", 'Ư': "u", 'ǎ': "a", 'Ǎ': "a",
	'ǐ': "i", 'Ǐ': "i", 'ǒ': "o", 'Ǒ': "o", 'ǔ': "u", 'Ǔ': "u", 'ǧ': "g",
	'Ǧ': "g", 'ǩ': "k", 'Ǩ': "k", 'ǰ': "j", 'ș': "s", 'Ș': "s", 'ț': "t",
	'Ț': "t", 'ə': "e", 'Ə': "e", 'ɛ': "e", 'ḩ': "h", 'ḥ': "h", 'ṭ': "t",
	'ṣ': "s", 'ẓ': "z", 'ḍ': "d", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a",
	'ẩ': "a", 'ẫ': "a", 'ậ': "a", 'ắ': "a", 'ằ': "a", 'ẹ': "e", 'ế': "e",
	'ề': "e", 'ể': "e", 'ễ': "e", 'ệ': "e", 'ị': "i", 'ọ': "o", 'ố': "o",
	'ồ': "o", 'ổ': "o", 'ỗ': "o", 'ộ': "o", 'ụ': "u", 'ỳ': "y", 'ỹ': "y",
	'ß': "ss", 'ẞ': "ss",
}

// cyrillic transliterates Russian, Ukrainian and Belarusian letters
// (lowercase; uppercase is lowered first). Ukrainian conventions win where the
// languages differ (г → h, и → y), matching the national transliteration
// tables used in English-language news.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "h", 'ґ': "g", 'д': "d", 'е': "e",
	'є': "ye", 'ё': "yo", 'ж': "zh", 'з': "z", 'и': "y", 'і': "i", 'ї': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p",
	'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f", 'х': "kh",
	'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya",
}

// isApostrophe reports runes that join the letters around them (O'Brien,
// d’Arc) rather than separating words.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', 'ʼ', '‘', '`', '´', 'ʻ':
		return true
	}
	return false
}

// Fold returns s folded for comparison: diacritics removed (Latin-1
// Supplement, Latin Extended-A, common Latin Extended-B/Additional letters
// and combining marks), Cyrillic transliterated, lowercased, apostrophes
// dropped, every other run of punctuation or space turned into one space,
// and the ends trimmed. Letters of other scripts are lowercased and kept.
//
//	Fold("Agnès Callamard")      == "agnes callamard"
//	Fold("Secretary-General")    == "secretary general"
//	Fold("  KYIV ")              == "kyiv"
//	Fold("Зеленський")           == "zelenskyi"
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	emit := func(t string) {
		if t == "" {
			return
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(t)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteByte(c + 'a' - 'A')
			case c == '\'' || c == '`':
				// joins
			default:
				space = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case r >= 0xC0 && r <= 0xFF:
			t := latin1[r-0xC0]
			if t == "_" {
				space = true
			} else {
				emit(t)
			}
		case r >= 0x100 && r <= 0x17F:
			emit(latinExtA[r-0x100])
		case r >= 0x300 && r <= 0x36F: // combining diacritical marks
		case isApostrophe(r):
		default:
			if t, ok := extra[r]; ok {
				emit(t)
				continue
			}
			lr := unicode.ToLower(r)
			if t, ok := cyrillic[lr]; ok {
				emit(t)
				continue
			}
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				emit(string(lr))
				continue
			}
			if unicode.Is(unicode.Mn, r) {
				continue
			}
			space = true
		}
	}
	return b.String()
}

// Key returns the transliteration key of a name: its Fold with every word
// reduced to a phonetic skeleton, so spellings of one name from different
// transliteration schemes share a key while different names do not.
// The rules, applied left to right: shch → sh, tsch/tch/cz → ch, sch/sz → sh,
// kh → h, ph → f, ck/q → k, x → ks, ou → u, w → v, y → i; then doubled
// letters collapse and a final ij becomes i.
//
//	Key("Pokaltchouk") == Key("Pokalchuk") == "pokalchuk"
//	Key("Kouleba")     == Key("Kuleba")    == "kuleba"
//	Key("Zelenskyy")   == Key("Zelenskiy") == Key("Zelensky") == "zelenski"
func Key(name string) string {
	f := Fold(name)
	if f == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(f))
	for w := range strings.SplitSeq(f, " ") {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(skeleton(w))
	}
	return b.String()
}

// skelRules are the multi-letter rewrites of skeleton, longest first.
var skelRules = [...]struct{ from, to string }{
	{"shch", "sh"}, {"tsch", "ch"}, {"tch", "ch"}, {"sch", "sh"},
	{"cz", "ch"}, {"sz", "sh"}, {"kh", "h"}, {"ph", "f"}, {"ck", "k"},
	{"ou", "u"},
}

// skeleton reduces one folded word to its transliteration skeleton.
func skeleton(w string) string {
	b := make([]byte, 0, len(w)+2)
	push := func(c byte) {
		if n := len(b); n > 0 && b[n-1] == c && c < utf8.RuneSelf {
			return // doubled letters collapse (ASCII only: UTF-8 stays valid)
		}
		b = append(b, c)
	}
outer:
	for i := 0; i < len(w); {
		for _, r := range skelRules {
			if strings.HasPrefix(w[i:], r.from) {
				for j := 0; j < len(r.to); j++ {
					push(r.to[j])
				}
				i += len(r.from)
				continue outer
			}
		}
		switch c := w[i]; c {
		case 'y':
			push('i')
		case 'w':
			push('v')
		case 'q':
			push('k')
		case 'x':
			push('k')
			push('s')
		default:
			push(c)
		}
		i++
	}
	if n := len(b); n > 2 && b[n-2] == 'i' && b[n-1] == 'j' {
		b = b[:n-1]
	}
	return string(b)
}
