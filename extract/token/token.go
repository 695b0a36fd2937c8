// Package token splits text into sentences and tokens with exact byte
// offsets, following the tokenization of the Universal Dependencies English
// treebanks (EWT and GUM, release 2.15).
//
// Input contract: the text is UTF-8 (invalid bytes are tolerated and kept
// inside tokens); every token and sentence is a half-open span [Start, End)
// of byte offsets into the original text, which is never rewritten. Token
// spans always fall on boundaries of the byte/rune walk utf8.DecodeRuneInString
// makes, so they slice the text even when it is not valid UTF-8.
//
// Tokens are the UD surface tokens: whitespace separates them, and
// punctuation, currency signs, units and most hyphens are split off; URLs,
// e-mail addresses, numbers, emoticons and abbreviations ("Mr.", "U.S.",
// "e.g.") stay whole. Contractions and possessives stay one surface token and
// are expanded into syntactic words as a UD multiword token: "don't" gives the
// words "do" and "n't", both spanning "don't" (doc.Token.MWT tells them
// apart). The abbreviation, hyphen-prefix, sentence-starter and multiword
// tables in tables_gen.go are learned from the UD training splits by
// TestGenerateTables (go generate); tables.go holds the hand-kept ones.
//
// Sentences end at a blank line, at a line break (news headlines and list
// items carry no final punctuation), and after final punctuation (. ! ? …)
// and any closing quotes or brackets when what follows looks like the start
// of a sentence; titles and abbreviations ("Ms. Pokaltchouk", "U.S.
// officials") and attributions after a quotation (“… done.” Pokalchuk wrote.)
// do not end one, nor does a period before what cannot start a sentence: a
// comma, a lone period, a closing bracket or, in pre-tokenized text, a
// spaced straight quote that closes one opened in the sentence ("Cambridge ,
// Mass. , are …", "assets ... .", "England . \"").
//
// Score compares predicted sentences and tokens with gold ones the way the
// CoNLL 2018 shared-task scorer does, and Evaluate runs the tokenizer over
// the raw text of a CoNLL-U treebank and scores it. On UD 2.15 (raw text,
// F1): EWT test tokens 99.35, sentences 86.39, words 99.11; GUM test tokens
// 99.75, sentences 96.87, words 99.73 (TestTreebanks holds the floors).
// Tokenizing runs at 1 to 3 million tokens a second on one core of a busy
// 2-core machine (BenchmarkTokenize).
package token

import (
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

//go:generate go test -run TestGenerateTables -update

// Tokenizer splits a document into sentences and tokens. The zero value is
// ready to use and is safe for concurrent use.
type Tokenizer struct {
	// NoLineBreaks, when set, stops single line breaks from ending
	// sentences (for hard-wrapped text); blank lines still do.
	NoLineBreaks bool
}

// New returns a Tokenizer with the default settings.
func New() *Tokenizer { return &Tokenizer{} }

// Tokenize replaces d.Sentences with the sentences and tokens of d.Text.
// Every token has Head = -1. It never fails; the error is for the stage
// interface and future use.
func (t *Tokenizer) Tokenize(d *doc.Doc) error {
	toks := tokenize(d.Text)
	d.Sentences = t.segment(d.Text, toks)
	return nil
}

// surface is one surface token before sentence segmentation.
type surface struct {
	start, end int
}

// isSpace reports whether r separates tokens: Unicode white space, control
// characters (NUL included) and invisible format characters.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r <= ' ' || r == 0x7f
	}
	switch r {
	case 0x85, 0xa0, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x2028, 0x2029:
		return true
	}
	return unicode.IsSpace(r) || unicode.IsControl(r)
}

// tokenize returns the surface tokens of text.
func tokenize(text string) []surface {
	toks := make([]surface, 0, len(text)/5+1)
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == 0x7f {
				i++
				continue
			}
			j := i + 1
			for j < len(text) {
				c := text[j]
				if c < utf8.RuneSelf {
					if c <= ' ' || c == 0x7f {
						break
					}
					j++
					continue
				}
				r, n := utf8.DecodeRuneInString(text[j:])
				if isSpace(r) {
					break
				}
				j += n
			}
			toks = splitChunk(text, i, j, toks)
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) {
				break
			}
			j += n
		}
		toks = splitChunk(text, i, j, toks)
		i = j
	}
	return toks
}
