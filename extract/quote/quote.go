// Package quote finds direct quotations in a document and attributes each to
// its speaker.
//
// Regions works on the raw text: it pairs opening and closing quotation marks
// (straight and curly, « »), lets a quotation run across sentences and
// paragraphs, and follows the convention that a paragraph which opens a quote
// without closing it continues into the next paragraph's opening mark.
// Attribute then looks for the speaker after the quotation ("…,” Pokalchuk
// wrote", "…,” said Ms. Pokaltchouk"), before it ("X said: “…”", "According to
// X, …") or through a neighbouring quotation of the same passage ("“…,” X
// said. “…”"), using the entity, pronoun and description mentions of
// d.Mentions (so pronouns are resolved when coreference has run).
//
// Input contract: d.Text is UTF-8; spans are byte offsets.
package quote

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"
)

// Region is one quotation: Span covers the quoted words (without the marks,
// surrounding spaces and a trailing comma); Open and Close are the marks.
// Close is empty (Start == End) when the quotation is left open at the end
// of a paragraph and continues in the next one.
type Region struct {
	doc.Span
	Open, Close doc.Span
	// Continued reports that the quotation goes on in the next region (the
	// paragraph ended with the quote still open).
	Continued bool
}

type mark struct {
	pos, size int
	open      bool
}

// Regions returns the quotations of text in text order.
func Regions(text string) []Region {
	var out []Region
	var open *mark
	paraEnd := -1 // end of the paragraph in which the open quote ran out
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			if open != nil && paraEnd < 0 {
				paraEnd = i
			}
		case r == '“' || r == '«' || r == '„':
			if open != nil {
				if paraEnd >= 0 {
					out = appendRegion(out, text, *open, doc.Span{Start: paraEnd, End: paraEnd}, true)
				} else {
					out = appendRegion(out, text, *open, doc.Span{Start: i, End: i}, false)
				}
			}
			open = &mark{pos: i, size: n, open: true}
			paraEnd = -1
		case r == '”' || r == '»':
			if open != nil {
				out = appendRegion(out, text, *open, doc.Span{Start: i, End: i + n}, false)
				open = nil
				paraEnd = -1
			}
		case r == '"':
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			next, _ := utf8.DecodeRuneInString(text[i+n:])
			startLike := i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-:", prev)
			wordNext := unicode.IsLetter(next) || unicode.IsDigit(next) || next == '.' || next == '…'
			switch {
			case open != nil && startLike && wordNext && paraEnd >= 0:
				// a new paragraph re-opens a quote left open
				out = appendRegion(out, text, *open, doc.Span{Start: paraEnd, End: paraEnd}, true)
				open = &mark{pos: i, size: n, open: true}
				paraEnd = -1
			case open != nil:
				out = appendRegion(out, text, *open, doc.Span{Start: i, End: i + n}, false)
				open = nil
				paraEnd = -1
			case startLike && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '…'):
				open = &mark{pos: i, size: n, open: true}
				paraEnd = -1
			}
		}
		i += n
	}
	if open != nil {
		end := paraEnd
		if end < 0 {
			end = len(text)
		}
		out = appendRegion(out, text, *open, doc.Span{Start: end, End: end}, false)
	}
	return out
}

func appendRegion(out []Region, text string, open mark, cl doc.Span, cont bool) []Region {
	s, e := open.pos+open.size, cl.Start
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) && r != ',' {
			break
		}
		e -= n
	}
	if e <= s {
		return out
	}
	return append(out, Region{
		Span:      doc.Span{Start: s, End: e},
		Open:      doc.Span{Start: open.pos, End: open.pos + open.size},
		Close:     cl,
		Continued: cont,
	})
}

// Inside returns the index of the region containing byte offset off (marks
// included), or -1. rs is in text order, as Regions returns it.
func Inside(rs []Region, off int) int {
	i := sort.Search(len(rs), func(i int) bool { return rs[i].Open.Start > off }) - 1
	if i < 0 {
		return -1
	}
	r := rs[i]
	end := max(r.Close.End, r.End)
	if off >= r.Open.Start && off < end {
		return i
	}
	return -1
}
