package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

// segmenter is the fallback Tokenizer used when a Pipeline has none: a small
// rule-based splitter for news prose. Sentences end at line breaks and after
// final punctuation (plus closing quotes) before a capital, digit or opening
// quote; punctuation and quote marks are tokens of their own; titles such as
// "Ms." keep their period.
type segmenter struct{}

var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "St": true,
	"Gen": true, "Col": true, "Lt": true, "Sgt": true, "Sen": true, "Rep": true,
	"Gov": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true,
	"Corp": true, "vs": true, "etc": true, "No": true, "Jan": true, "Feb": true,
	"Aug": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‘', '’', '\'':
		return true
	}
	return false
}

func isClosing(r rune) bool {
	return r == '”' || r == '"' || r == '’' || r == '»' || r == ')' || r == ']' || r == '\''
}

// Tokenize fills d.Sentences.
func (segmenter) Tokenize(d *doc.Doc) error {
	text := d.Text
	var toks []doc.Token
	var breaks = map[int]bool{} // token index that starts a new line
	i := 0
	newline := true
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			if r == '\n' || r == '\r' {
				newline = true
			}
			if len(toks) > 0 {
				toks[len(toks)-1].SpaceAfter = true
			}
			i += n
			continue
		}
		start := i
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					j += n2
					continue
				}
				// internal joiners: letters on both sides
				if r2 == '-' || r2 == '.' || r2 == '\'' || r2 == '’' || r2 == ',' {
					r3, n3 := utf8.DecodeRuneInString(text[j+n2:])
					if j+n2 < len(text) && (unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
						if r2 == ',' && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[:j]))) {
							break
						}
						if (r2 == '\'' || r2 == '’') && text[j+n2:j+n2+n3] == "s" {
							// possessive 's and n't are split off below
							end := j + n2 + n3
							if end >= len(text) || !isWordRune(text[end:]) {
								break
							}
						}
						j += n2 + n3
						continue
					}
				}
				break
			}
			word := text[start:j]
			if j < len(text) && text[j] == '.' && abbreviations[word] {
				j++
			} else if j < len(text) && text[j] == '.' && utf8.RuneCountInString(word) == 1 && unicode.IsUpper(r) {
				j++
			}
			toks = append(toks, mkTok(text, start, j))
			breakAt(breaks, toks, &newline)
			i = j
			continue
		}
		// possessive 's as its own token
		if (r == '\'' || r == '’') && i+n < len(text) && text[i+n] == 's' && len(toks) > 0 && toks[len(toks)-1].End == i && (i+n+1 >= len(text) || !isWordRune(text[i+n+1:])) {
			toks = append(toks, mkTok(text, i, i+n+1))
			breakAt(breaks, toks, &newline)
			i += n + 1
			continue
		}
		j := i + n
		if r == '.' {
			for j < len(text) && text[j] == '.' {
				j++
			}
		}
		toks = append(toks, mkTok(text, start, j))
		breakAt(breaks, toks, &newline)
		i = j
	}
	// sentences
	var sents []doc.Sentence
	begin := 0
	flush := func(end int) {
		if end > begin {
			ts := append([]doc.Token(nil), toks[begin:end]...)
			sents = append(sents, doc.Sentence{Span: doc.Span{Start: ts[0].Start, End: ts[len(ts)-1].End}, Tokens: ts})
		}
		begin = end
	}
	for k := 0; k < len(toks); k++ {
		if breaks[k] && k > begin {
			flush(k)
		}
		f := toks[k].Form
		if f != "." && f != "!" && f != "?" && f != "…" && !strings.HasPrefix(f, "...") {
			continue
		}
		e := k + 1
		for e < len(toks) && !breaks[e] && isClosingTok(text, toks, e) {
			e++
		}
		if e >= len(toks) || breaks[e] {
			flush(e)
			k = e - 1
			continue
		}
		nr, _ := utf8.DecodeRuneInString(toks[e].Form)
		if unicode.IsUpper(nr) || unicode.IsDigit(nr) || nr == '“' || nr == '"' || nr == '«' {
			flush(e)
			k = e - 1
		}
	}
	flush(len(toks))
	d.Sentences = sents
	return nil
}

func isClosingTok(text string, toks []doc.Token, e int) bool {
	r, _ := utf8.DecodeRuneInString(toks[e].Form)
	if !isClosing(r) || len(toks[e].Form) > 3 {
		return false
	}
	if r == '"' {
		// a straight quote closes when no word follows it directly
		end := toks[e].End
		return end >= len(text) || !isWordRune(text[end:])
	}
	return true
}

func breakAt(breaks map[int]bool, toks []doc.Token, newline *bool) {
	if *newline {
		breaks[len(toks)-1] = true
		*newline = false
	}
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func mkTok(text string, s, e int) doc.Token {
	return doc.Token{Span: doc.Span{Start: s, End: e}, Form: text[s:e], Head: -1}
}
