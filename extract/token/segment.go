package token

import (
	"strings"
	"unicode"

	"github.com/textgraph/textgraph/extract/doc"
)

// gap classifies the white space between two tokens.
type gap uint8

const (
	gapNone  gap = iota // no white space
	gapSpace            // spaces or tabs
	gapLine             // one line break
	gapPara             // a blank line
)

func gapBetween(text string, a, b int) gap {
	if a == b {
		return gapNone
	}
	lines := 0
	for k := a; k < b; k++ {
		if text[k] == '\n' {
			lines++
		} else if text[k] == '\r' && (k+1 == b || text[k+1] != '\n') {
			lines++
		}
	}
	switch {
	case lines >= 2:
		return gapPara
	case lines == 1:
		return gapLine
	}
	// U+2029 PARAGRAPH SEPARATOR and U+2028 LINE SEPARATOR.
	if strings.Contains(text[a:b], "\u2029") {
		return gapPara
	}
	if strings.Contains(text[a:b], "\u2028") {
		return gapLine
	}
	return gapSpace
}

// segment groups surface tokens into sentences and expands multiword tokens.
func (t *Tokenizer) segment(text string, toks []surface) []doc.Sentence {
	if len(toks) == 0 {
		return nil
	}
	var sents []doc.Sentence
	words := make([]doc.Token, 0, len(toks)+len(toks)/16)
	first := 0    // index in words of the current sentence's first word
	firstTok := 0 // index in toks of its first surface token
	for k, tk := range toks {
		w0 := len(words)
		words = appendWords(words, text, tk)
		end := k+1 == len(toks)
		space := end && tk.end < len(text)
		if !end {
			g := gapBetween(text, tk.end, toks[k+1].start)
			space = g != gapNone
			end = t.boundary(text, toks, k, g, firstTok)
		}
		if space {
			for x := w0; x < len(words); x++ {
				words[x].SpaceAfter = true
			}
		}
		if end {
			ws := words[first:len(words):len(words)]
			sents = append(sents, doc.Sentence{
				Span:   doc.Span{Start: ws[0].Start, End: ws[len(ws)-1].End},
				Tokens: ws,
			})
			first = len(words)
			firstTok = k + 1
		}
	}
	return sents
}

// appendWords appends the syntactic words of surface token tk.
func appendWords(ws []doc.Token, text string, tk surface) []doc.Token {
	w := text[tk.start:tk.end]
	span := doc.Span{Start: tk.start, End: tk.end}
	cuts := words(w)
	if cuts == nil {
		return append(ws, doc.Token{Span: span, Form: w, Head: -1})
	}
	prev := 0
	for n, c := range append(cuts, len(w)) {
		mwt := -1
		if n == 0 {
			mwt = len(cuts) + 1
		}
		ws = append(ws, doc.Token{Span: span, Form: w[prev:c], Head: -1, MWT: mwt})
		prev = c
	}
	return ws
}

// boundary reports whether a sentence ends after toks[k]; g is the white
// space after it and toks[first] starts the current sentence.
func (t *Tokenizer) boundary(text string, toks []surface, k int, g gap, first int) bool {
	if g == gapPara {
		return true
	}
	cur := text[toks[k].start:toks[k].end]
	next := text[toks[k+1].start:toks[k+1].end]
	if noStart(text, toks, k+1, first) {
		// "Cambridge , Mass. , are …", "assets ... .", "England . ''":
		// pre-tokenized text spaces out what closes the sentence.
		return false
	}
	if g == gapLine && !t.NoLineBreaks {
		// A line break ends a sentence unless the line plainly runs on
		// (hard-wrapped text): no final mark and a lower-case next word,
		// or a line ending in a comma or a function word.
		if endsSentence(cur) || !startsLower(next) && !runsOn[cur] {
			return true
		}
	}
	if g == gapNone {
		return false
	}
	if emoticons[next] || next == "[" || next == "”" || next == "»" {
		return false // ":)", "[1]" and a spaced closing quote stay with the sentence they follow
	}
	upper := isLetterStart(next) && !startsLower(next)
	switch {
	case emoticons[cur]:
		return upper
	case k == first+1 && captions[text[toks[first].start:toks[first].end]] && isDigitStart(cur):
		return upper // "Figure 2.3 Copper(II) oxide, a powdery …"
	case cur == ">":
		return upper // "<jo@example.org> Groups: …"
	case cur == "]":
		// "… law. [21] The next", but "[George W.] Bush".
		if upper && citation(text, toks, k) {
			return true
		}
	case (cur == "PM" || cur == "AM") && k > 0 && strings.IndexByte(text[toks[k-1].start:toks[k-1].end], ':') > 0:
		return upper // e-mail headers: "08/17/2000 11:21 AM I spoke to …"
	case cur == ")" || cur == "—" || cur == "–" || cur == "--":
		// "(AFP) An international contest", "We need a — Do you"
		if starters[next] && next != "I" {
			return true
		}
	}
	// Find the sentence-final mark: cur itself, or before closing quotes
	// and brackets.
	m := k
	for m > 0 && m > k-4 && isClosing(text[toks[m].start:toks[m].end]) && (toks[m].start == toks[m-1].end || spacedCloser(text, toks, m, first)) {
		m--
	}
	fin := text[toks[m].start:toks[m].end]
	if isFinalRun(fin) {
		if m < k && quoted(text, toks, m, k) && attribution(text, toks, k+1) {
			return false // “… done.” Pokalchuk wrote.
		}
		if startsLower(next) {
			// Web text often starts sentences in lower case, but an
			// ellipsis inside a sentence is more common still.
			return !strings.Contains(fin, "..") && !strings.Contains(fin, "…")
		}
		return true
	}
	if !endsSentence(fin) || startsLower(next) {
		return false
	}
	// An abbreviation that kept its period ends a sentence only before a
	// word that usually starts one.
	if titles[fin] || isInitial(fin) || numberTitles[fin[:len(fin)-1]] && isDigitStart(next) {
		return false
	}
	return starters[next]
}

// noStart reports whether toks[x] cannot start a sentence after
// toks[first:x]: a comma or semicolon, a lone period, a closing bracket,
// or a quote that closes one opened in the sentence. A period-final token
// before it ("Mass. ,", "assets ... .") does not end the sentence. (Other
// final marks may: "… meaning? ... There is".)
func noStart(text string, toks []surface, x, first int) bool {
	w := text[toks[x].start:toks[x].end]
	switch w {
	case ",", ";", ".", ")", "]", "}", "''":
		return true
	}
	return closesQuote(text, toks, x, first)
}

// spacedCloser reports whether toks[m], written apart from the token
// before it, still closes the sentence: a curly or guillemet quote, a
// closing bracket, or a straight quote that closes one opened in the
// sentence (`… England . "` in pre-tokenized text).
func spacedCloser(text string, toks []surface, m, first int) bool {
	switch text[toks[m].start:toks[m].end] {
	case "”", "»", ")", "]", "}", "''":
		return true
	}
	return closesQuote(text, toks, m, first)
}

// closesQuote reports whether toks[x] is a straight double quote that
// closes one opened in toks[first:x], as pre-tokenized text writes them:
// spaced on both sides, so that only their count tells them apart. The
// quote before it must be spaced too; attached quotes mark their side
// themselves, and a quotation may run over several sentences.
func closesQuote(text string, toks []surface, x, first int) bool {
	if x == 0 || text[toks[x].start:toks[x].end] != "\"" || toks[x].start == toks[x-1].end {
		return false
	}
	n, last := 0, -1
	for y := first; y < x; y++ {
		if text[toks[y].start:toks[y].end] == "\"" {
			n, last = n+1, y
		}
	}
	if n%2 == 0 || toks[last+1].start == toks[last].end || last > 0 && toks[last].start == toks[last-1].end {
		return false
	}
	return true
}

// endsSentence reports whether a token can end a sentence: a run of final
// marks or an abbreviation with its period.
func endsSentence(w string) bool {
	if len(w) < 2 || w[len(w)-1] != '.' {
		return isFinalRun(w)
	}
	r, _ := decodeLast(w, len(w)-1)
	return isLetter(r)
}

// isFinalRun reports whether w consists of final marks only.
func isFinalRun(w string) bool {
	for k := 0; k < len(w); {
		r, n := decode(w, k)
		if !isFinal(r) {
			return false
		}
		k += n
	}
	return w != ""
}

// isClosing reports closing quotes and brackets, which stay with the
// sentence they close.
func isClosing(w string) bool {
	switch w {
	case "\"", "”", "’", "'", ")", "]", "}", "»", "''", "›":
		return true
	}
	return false
}

// quoted reports whether the closers toks[m+1..k] include a quote.
func quoted(text string, toks []surface, m, k int) bool {
	for x := m + 1; x <= k; x++ {
		if r, _ := decode(text, toks[x].start); isQuote(r) {
			return true
		}
	}
	return false
}

// attribution reports whether the tokens from toks[k] attribute the
// quotation before them: "Pokalchuk wrote.", "she said on Friday.", "said
// Mr. Smith.", "the spokesman added,". A speech verb followed by more of a
// clause ("Officials said the report …") starts a new sentence instead.
func attribution(text string, toks []surface, k int) bool {
	tok := func(x int) string {
		if x >= len(toks) {
			return ""
		}
		return text[toks[x].start:toks[x].end]
	}
	for v := k; v < len(toks) && v < k+4; v++ {
		w := tok(v)
		if speechVerbs[strings.ToLower(w)] {
			if v == k {
				// "said Mr. Smith." : names up to the end of the clause.
				x := v + 1
				for x < v+5 && (titles[tok(x)] || isLetterStart(tok(x)) && !startsLower(tok(x))) {
					x++
				}
				return x > v+1 && clauseEnd(tok(x))
			}
			return clauseEnd(tok(v+1)) || attributionTail[tok(v+1)]
		}
		if !isLetterStart(w) && !titles[w] {
			return false
		}
	}
	return false
}

// clauseEnd reports the tokens that may follow an attribution.
func clauseEnd(w string) bool {
	return w == "" || w == "." || w == "," || w == ";" || w == ":" || w == "!" || w == "?"
}

// citation reports whether toks[k] closes a bracketed reference: digits
// ("[21]", "[7 – 9]") or anything after a sentence-final mark.
func citation(text string, toks []surface, k int) bool {
	digits := true
	for x := k - 1; x >= 0 && x > k-10; x-- {
		w := text[toks[x].start:toks[x].end]
		if w == "[" {
			return digits || x > 0 && endsSentence(text[toks[x-1].start:toks[x-1].end])
		}
		if r, _ := decode(w, 0); !isDigitStart(w) && w != "," && !isDash(r) {
			digits = false
		}
	}
	return false
}

// captions are the labels of figure and table captions.
var captions = set("Figure", "Fig.", "Table", "Image", "Photo", "Chart", "Map")

// runsOn are line endings that do not end a sentence.
var runsOn = set(",", "the", "a", "an", "of", "to", "in", "and", "or", "for", "with", "by", "on", "at", "from", "that", "as", "is", "was", "are", "were", "his", "her", "its", "their", "our", "said")

// attributionTail are words that may follow the verb of an attribution.
var attributionTail = set("on", "in", "at", "via", "to", "today", "yesterday", "later", "earlier", "afterwards", "then", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

func startsLower(w string) bool {
	if w == "" {
		return false
	}
	r, _ := decode(w, 0)
	return unicode.IsLower(r)
}

func isLetterStart(w string) bool {
	if w == "" {
		return false
	}
	r, _ := decode(w, 0)
	return isLetter(r)
}

func isDigitStart(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// isInitial reports a single capital letter and a period: "J.".
func isInitial(w string) bool {
	if w == "" {
		return false
	}
	r, n := decode(w, 0)
	return len(w) == n+1 && w[n] == '.' && unicode.IsUpper(r)
}
