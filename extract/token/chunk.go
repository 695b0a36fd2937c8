package token

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// decode returns the rune at text[i] and its width (1 for an invalid byte).
func decode(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:])
}

// decodeLast returns the rune ending at text[j] and its width.
func decodeLast(text string, j int) (rune, int) {
	if c := text[j-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeLastRuneInString(text[:j])
}

func isAlnumASCII(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

func isAlnum(r rune) bool { return isDigit(r) || isLetter(r) }

// isOpener reports punctuation split off the front of a chunk.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '“', '„', '‘', '\'', '`', '«', '‹', '¿', '¡', '<', '*', '~', '”', '’':
		return true
	}
	return false
}

// isCloser reports punctuation split off the end of a chunk, except the
// sentence-final marks, which are handled as runs.
func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '”', '’', '\'', '`', '»', '›', ',', ';', ':', '%', '>', '*', '~', '“', '‘':
		return true
	}
	return false
}

// isFinal reports the marks whose runs form one token ("...", "?!", "!!!").
func isFinal(r rune) bool {
	return r == '.' || r == '!' || r == '?' || r == '…' || r == '。' || r == '！' || r == '？' || r == '‼' || r == '⁇'
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—' || r == '‒' || r == '―' || r == '−'
}

func isQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '‘', '’', '\'', '`', '«', '»', '‹', '›':
		return true
	}
	return false
}

func isCurrency(r rune) bool {
	return r == '$' || r == '£' || r == '€' || r == '¥' || r == '₹' || r == '₽'
}

// splitChunk appends the surface tokens of the white-space-free chunk
// text[a:b] to out.
func splitChunk(text string, a, b int, out []surface) []surface {
	plain := text[a] > '9'
	for k := a; k < b; k++ {
		if !isAlnumASCII(text[k]) {
			plain = false
			break
		}
	}
	if plain || b-a == 1 {
		if cut, ok := glued[text[a:b]]; ok && plain {
			return append(out, surface{a, a + cut}, surface{a + cut, b})
		}
		return append(out, surface{a, b})
	}
	s := text[a:b]
	if len(s) <= 8 && emoticons[s] || symbolic(s) {
		return append(out, surface{a, b})
	}
	url := isURL(s)
	// Seams between closing and opening punctuation: "file.pdf)(See",
	// "Julie"<j@x.net>"; en and em dashes: "[12]–[15]".
	start := a
	for k := a + 1; k < b-1; k++ {
		if (text[k] == ')' || text[k] == '"') && (text[k+1] == '(' || text[k+1] == '<') {
			out = splitPiece(text, start, k+1, out)
			start = k + 1
		} else if !url && text[k] == 0xe2 && k+3 < b && text[k+1] == 0x80 && (text[k+2] == 0x93 || text[k+2] == 0x94) {
			if k > start {
				out = splitPiece(text, start, k, out)
			}
			out = append(out, surface{k, k + 3})
			start = k + 3
			k += 2
		}
	}
	if start < b {
		out = splitPiece(text, start, b, out)
	}
	return out
}

// splitPiece splits a chunk, or a piece of one between seams.
func splitPiece(text string, a, b int, out []surface) []surface {
	if b-a == 1 {
		return append(out, surface{a, b})
	}
	s := text[a:b]
	// List numbers at the start of a line: "1.", "2)".
	if a == 0 || text[a-1] == '\n' {
		k := a
		for k < b && isDigit(rune(text[k])) {
			k++
		}
		if k > a && k == b-1 && (text[k] == '.' || text[k] == ')') {
			return append(out, surface{a, b})
		}
	}
	if len(s) <= 8 && emoticons[s] || isURL(s) && urlEnd(s) || symbolic(s) {
		return append(out, surface{a, b})
	}

	i, j := a, b
	openQuote := false
	// Leading punctuation.
	for i < j {
		r, n := decode(text, i)
		switch {
		case isRunSymbol(r):
			k := i + n
			for k < j && rune(text[k]) == r {
				k++
			}
			if r == '#' && k < j && !isDigit(rune(text[k])) {
				goto trail
			}
			out = append(out, surface{i, k})
			i = k
		case isOpener(r):
			if (r == '\'' || r == '’' || r == '‘' || r == '`') && i+n < j && keepApostrophe(text[i+n:j]) {
				goto trail
			}
			if isQuote(r) {
				openQuote = true
			}
			out = append(out, surface{i, i + n})
			i += n
		case isDash(r) || isFinal(r) && r != '.':
			k := i + n
			for k < j {
				r2, n2 := decode(text, k)
				if r2 != r {
					break
				}
				k += n2
			}
			if r == '-' && k == i+1 && k < j {
				if r2, _ := decode(text, k); isDigit(r2) || r2 == '.' {
					goto trail
				}
			}
			out = append(out, surface{i, k})
			i = k
		case r == '.':
			k := i + 1
			for k < j && text[k] == '.' {
				k++
			}
			if k-i < 2 && k < j {
				goto trail
			}
			out = append(out, surface{i, k})
			i = k
		case isCurrency(r):
			if i+n < j {
				if r2, _ := decode(text, i+n); !isDigit(r2) && r2 != '.' {
					goto trail
				}
			}
			out = append(out, surface{i, i + n})
			i += n
		default:
			goto trail
		}
	}
trail:
	// Trailing punctuation, collected right to left.
	var back [12]surface
	nb := 0
	for j > i && nb < len(back) {
		if j-i <= 8 && emoticons[text[i:j]] || isURL(text[i:j]) && urlEnd(text[i:j]) {
			break
		}
		r, n := decodeLast(text, j)
		switch {
		case isFinal(r):
			k := j - n
			for k > i {
				r2, n2 := decodeLast(text, k)
				if !isFinal(r2) {
					break
				}
				k -= n2
			}
			if k == i {
				// The whole rest is a run of marks.
				back[nb] = surface{i, j}
				nb++
				j = i
				continue
			}
			if r == '.' && j-k == 1 && (isAbbrev(text[i:j]) || j == b && numberTitles[text[i:k]] && digitFollows(text, b) || commaFollows(text, j) && letterBefore(text, i, k)) {
				goto core
			}
			back[nb] = surface{k, j}
			nb++
			j = k
		case r == '\'' || r == '’':
			// Possessive plural ("Galois'") stays; a closing quote goes.
			if !openQuote && j-n > i {
				if r2, _ := decodeLast(text, j-n); r2 == 's' || r2 == 'S' {
					goto core
				}
			}
			back[nb] = surface{j - n, j}
			nb++
			j -= n
		case r == ')' || r == ']' || r == '}':
			op := byte('(')
			if r == ']' {
				op = '['
			} else if r == '}' {
				op = '{'
			}
			if strings.IndexByte(text[i:j-n], op) >= 0 {
				goto core
			}
			back[nb] = surface{j - n, j}
			nb++
			j -= n
		case isRunSymbol(r):
			k := j - n
			for k > i && rune(text[k-1]) == r {
				k--
			}
			back[nb] = surface{k, j}
			nb++
			j = k
		case isCloser(r):
			back[nb] = surface{j - n, j}
			nb++
			j -= n
		case isDash(r):
			k := j - n
			for k > i {
				r2, n2 := decodeLast(text, k)
				if r2 != r {
					break
				}
				k -= n2
			}
			if r == '-' && k == j-1 && nb == 0 && fragment(text[i:k]) {
				goto core // a cut-off word: "th-", "init-"
			}
			back[nb] = surface{k, j}
			nb++
			j = k
		default:
			goto core
		}
	}
core:
	if i < j {
		out = splitCore(text, i, j, out)
	}
	for k := nb - 1; k >= 0; k-- {
		out = append(out, back[k])
	}
	return out
}

// urlEnd reports whether a URL candidate ends with a character that
// belongs to it.
func urlEnd(s string) bool {
	c := s[len(s)-1]
	return isAlnumASCII(c) || c == '/' || c == '=' || c == '_' || c >= utf8.RuneSelf
}

// symbolic reports chunks made only of symbols that UD keeps as one token
// ("*****", "==----", ":?", ">>").
func symbolic(s string) bool {
	if len(s) < 2 {
		return false
	}
	for k := 0; k < len(s); k++ {
		if !strings.ContainsRune("=-*~_#+<>:?!/|^.", rune(s[k])) {
			return false
		}
	}
	return true
}

// isRunSymbol reports symbols whose repetitions form one token ("***", ">>").
func isRunSymbol(r rune) bool {
	switch r {
	case '*', '<', '>', '=', '~', '#', '+', '_', '^':
		return true
	}
	return false
}

// fragment reports whether w, followed by a hyphen, looks like a word cut
// off in speech.
func fragment(w string) bool {
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !(w[k] >= 'a' && w[k] <= 'z' || k == 0 && w[k] >= 'A' && w[k] <= 'Z') {
			return false
		}
	}
	return len(w) == 1 || w[0] >= 'a'
}

// digitFollows reports whether a space and a digit follow text[:b].
func digitFollows(text string, b int) bool {
	return b+1 < len(text) && text[b] == ' ' && isDigit(rune(text[b+1]))
}

// commaFollows reports whether a comma follows text[:j], at once or after
// spaces: a period before a comma ("Mass.,", "Mass. ," in pre-tokenized
// text) ends an abbreviation, never a sentence.
func commaFollows(text string, j int) bool {
	for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
		j++
	}
	return j < len(text) && text[j] == ','
}

// letterBefore reports whether text[i:k] ends in a letter.
func letterBefore(text string, i, k int) bool {
	if k <= i {
		return false
	}
	r, _ := decodeLast(text, k)
	return isLetter(r)
}

// keepApostrophe reports whether a leading apostrophe belongs to the word
// after it ('90s, 'em, 'cause).
func keepApostrophe(rest string) bool {
	if rest == "" || len(rest) > 8 {
		return false
	}
	if isDigit(rune(rest[0])) {
		return true
	}
	var buf [32]byte
	return apostropheWords[string(lower(rest, &buf))]
}

// isAbbrev reports whether w, which ends in a period, is an abbreviation
// that keeps its period.
func isAbbrev(w string) bool {
	return abbreviations[w] || titles[w] || newsAbbreviations[w] || isAbbrevPattern(w) || newsAbbreviations[capitalized(w)]
}

// capitalized returns an upper-case ASCII word with its period ("CORP.",
// as in headlines and all-capitals names) as "Corp.", or "".
func capitalized(w string) string {
	if len(w) < 3 || len(w) > 8 {
		return ""
	}
	var buf [8]byte
	for k := 0; k < len(w)-1; k++ {
		c := w[k]
		if c < 'A' || c > 'Z' {
			return ""
		}
		if k > 0 {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	buf[len(w)-1] = '.'
	return string(buf[:len(w)])
}

// isAbbrevPattern reports initials and dotted acronyms.
func isAbbrevPattern(w string) bool {
	// Initials and dotted acronyms: "J.", "U.S.", "e.g.", "a.m.".
	n := 0
	for k := 0; k < len(w); {
		r, sz := decode(w, k)
		if !isLetter(r) || k+sz >= len(w) || w[k+sz] != '.' {
			return false
		}
		if n == 0 && len(w) == sz+1 && !unicode.IsUpper(r) {
			return false // a lone lower-case letter ends a sentence more often
		}
		k += sz + 1
		n++
	}
	return n > 0
}

// isURL reports whether s looks like a URL, a domain name or an e-mail
// address.
func isURL(s string) bool {
	if len(s) < 4 {
		return false
	}
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "WWW.") {
		return true
	}
	if at := strings.IndexByte(s, '@'); at > 0 && strings.IndexByte(s[at:], '.') > 0 {
		return true
	}
	return false
}

// splitCore splits a chunk stripped of outer punctuation at dashes,
// ellipses, slashes and number-unit seams.
func splitCore(text string, a, b int, out []surface) []surface {
	s := text[a:b]
	var buf [32]byte
	if isURL(s) || len(s) <= 8 && emoticons[s] || len(s) <= 32 && hyphenWords[string(lower(s, &buf))] {
		return append(out, surface{a, b})
	}
	start := a // start of the current piece
	k := a
	for k < b {
		r, n := decode(text, k)
		switch {
		case r == '-':
			e := k + 1
			for e < b && text[e] == '-' {
				e++
			}
			if e-k == 1 && k > start && e < b {
				left, _ := decodeLast(text, k)
				right, _ := decode(text, e)
				if !isAlnum(left) && !(left == '.' && isAbbrev(text[start:k])) || !isAlnum(right) || k-start <= 16 && hyphenPrefixes[string(lower(text[start:k], &buf))] {
					k = e
					continue
				}
				if isDigit(left) && isDigit(right) && !numberRange(text, start, k, b) {
					k = e
					continue
				}
			}
			if k == start && e == b || e == b && e-k == 1 && fragment(text[start:k]) {
				k = e
				continue
			}
			if k > start {
				out = append(out, surface{start, k})
			}
			out = append(out, surface{k, e})
			start, k = e, e
		case r == '–' || r == '—' || r == '―' || r == '…' || r == '.' && k+1 < b && text[k+1] == '.':
			e := k + n
			for e < b {
				r2, n2 := decode(text, e)
				if r2 != r {
					break
				}
				e += n2
			}
			if k > start {
				out = append(out, surface{start, k})
			}
			out = append(out, surface{k, e})
			start, k = e, e
		case r == '/' && k > start && k+1 < b:
			if k-start <= 32 && alphaLen(text[start:k]) >= 2 && alphaLen(leadingAlpha(text[k+1:min(b, k+33)])) >= 2 {
				out = append(out, surface{start, k}, surface{k, k + 1})
				start = k + 1
			}
			k++
		case r == ',' && k > start && k+1 < b:
			left, _ := decodeLast(text, k)
			right, _ := decode(text, k+1)
			if isLetter(left) && isLetter(right) {
				out = append(out, surface{start, k}, surface{k, k + 1})
				start = k + 1
			}
			k++
		case isDigit(r):
			e := k + 1
			for e < b && (isDigit(rune(text[e])) || (text[e] == ',' || text[e] == '.' || text[e] == ':') && e+1 < b && isDigit(rune(text[e+1]))) {
				e++
			}
			if e < b && k == start && isLetter(rune(text[e])) && units[text[e:b]] {
				out = append(out, surface{start, e}, surface{e, b})
				return out
			}
			k = e
		default:
			k += n
		}
	}
	if start < b {
		out = append(out, surface{start, b})
	}
	return out
}

// numberRange reports whether a digit-hyphen-digit chunk is a range
// ("1990-1995", "3-2") rather than a code or phone number ("555-1234",
// "713-853-3242"); text[start:k] is the digits before the hyphen at k.
func numberRange(text string, start, k, b int) bool {
	l := k - start
	e := k + 1
	for e < b && isDigit(rune(text[e])) {
		e++
	}
	r := e - k - 1
	if start > 0 && text[start-1] == '-' || e < b && text[e] == '-' || l > 8 {
		return false // more than two groups: a phone number or a code
	}
	return r != 4 || l == 4
}

func alphaLen(s string) int {
	n := 0
	for _, r := range s {
		if !isLetter(r) {
			return 0
		}
		n++
	}
	return n
}

func leadingAlpha(s string) string {
	for k, r := range s {
		if !isLetter(r) {
			return s[:k]
		}
	}
	return s
}
