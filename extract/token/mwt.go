package token

import "strings"

// clitics are the suffixes UD English splits off as words of a multiword
// token, after an apostrophe (straight, curly or backquote).
var clitics = map[string]bool{"s": true, "re": true, "ll": true, "d": true, "ve": true, "m": true}

// words returns the byte offsets, relative to w, where the surface token w
// splits into syntactic words, or nil when it is one word. "don't" gives
// [2] (do + n't), "I'd've" gives [1 3] (I + 'd + 've).
func words(w string) []int {
	if len(w) < 2 {
		return nil
	}
	var buf [32]byte
	lw := lower(w, &buf)
	if cuts, ok := mwtLexicon[string(lw)]; ok {
		if cuts == nil || cuts[len(cuts)-1] >= len(w) {
			return nil
		}
		return append([]int(nil), cuts...)
	}
	if len(w) > 4 && apostropheless[string(lw)] {
		return []int{len(w) - 2} // "havent": have + nt
	}
	return ruleWords(w)
}

// apostropheless are negations written without their apostrophe, which UD
// splits like "haven't" (have + nt); the frequent ones (dont, cant, didnt)
// are in the learned mwtLexicon.
var apostropheless = set("havent", "hasnt", "hadnt", "isnt", "wasnt", "arent", "werent",
	"wouldnt", "shouldnt", "mustnt", "neednt", "couldnt", "doesnt", "didnt")

// ruleWords is words by the apostrophe rules alone.
func ruleWords(w string) []int {
	var cuts []int
	end := len(w)
	for end > 0 {
		c := clitic(w[:end])
		if c <= 0 || c == end {
			break
		}
		cuts = append(cuts, c)
		end = c
	}
	if len(cuts) == 0 {
		return nil
	}
	for l, r := 0, len(cuts)-1; l < r; l, r = l+1, r-1 {
		cuts[l], cuts[r] = cuts[r], cuts[l]
	}
	return cuts
}

// clitic returns where the last clitic of w starts, or -1.
func clitic(w string) int {
	// Find the last apostrophe.
	ap, apw := -1, 0
	for k := len(w) - 1; k > 0; k-- {
		if w[k] == '\'' || w[k] == '`' {
			ap, apw = k, 1
			break
		}
		if w[k] == 0x99 || w[k] == 0x98 { // last byte of ’ (E2 80 99) or ‘ (E2 80 98)
			if k >= 2 && w[k-2] == 0xe2 && w[k-1] == 0x80 {
				ap, apw = k-2, 3
				break
			}
		}
		if !isLetter(rune(w[k])) {
			return -1
		}
	}
	if ap <= 0 {
		return -1
	}
	suffix := strings.ToLower(w[ap+apw:])
	left, _ := decodeLast(w, ap)
	if !isLetter(left) && !(left == '.' && suffix == "s" && ap >= 2) {
		return -1 // but "U.N.'s" is U.N. + 's
	}
	switch {
	case suffix == "t" && (w[ap-1] == 'n' || w[ap-1] == 'N') && ap >= 2:
		return ap - 1
	case clitics[suffix]:
		return ap
	case suffix == "" && (left == 's' || left == 'S') && ap >= 2:
		return ap // possessive plural: Galois'
	}
	return -1
}

// lower returns w lower-cased (ASCII letters only) in buf, or w itself
// when it does not fit; lookups with string(lower(w, &buf)) do not allocate.
func lower(w string, buf *[32]byte) []byte {
	if len(w) > len(buf) {
		return []byte(w)
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}
