// Package date finds date expressions in text and resolves them against an
// article's publication date.
//
// Absolute dates ("2022-08-04", "August 4", "4 August 2022", "Friday,
// August 5") and relative ones ("on Thursday" → the latest Thursday on or
// before the article date, "last Friday" → the latest Friday before it,
// "yesterday", "two months ago", "last month") are recognised. A date without
// a year takes the article's year (the previous year when that would put it
// more than a month after the article).
//
// Input contract: UTF-8 text; spans are half-open byte offsets.
package date

import (
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/textgraph/textgraph/extract/doc"
)

// Precision says how exact a resolved date is.
type Precision int

// Precisions of a resolved date.
const (
	Day Precision = iota
	Month
	Year
)

// Expr is a date expression found in a text.
type Expr struct {
	doc.Span
	Text string
}

const (
	weekday = `(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
	month   = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`
	number  = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an)`
)

var exprRE = regexp.MustCompile(`(?i)\b(?:` +
	`\d{4}-\d{2}-\d{2}` +
	`|(?:(?:on|last|this|next|since)\s+)?` + weekday + `(?:\s*,?\s+` + month + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\s+(?:night|morning|evening|afternoon))?` +
	`|(?:on\s+)?` + month + `\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+\d{4})?` +
	`|(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+` + month + `(?:\s+\d{4})?` +
	`|` + number + `\s+(?:days?|weeks?|months?|years?)\s+ago` +
	`|(?:late\s+|early\s+)?(?:last|this|next)\s+(?:week|month|year)` +
	`|yesterday|today|tomorrow` +
	`)\b`)

// Find returns the date expressions in text[span], in text order, with
// spans into text.
func Find(text string, span doc.Span) []Expr {
	var out []Expr
	// The matcher runs only on short windows around trigger words.
	for _, w := range windows(text[span.Start:span.End]) {
		base := span.Start + w.Start
		for _, m := range exprRE.FindAllStringIndex(text[base:span.Start+w.End], -1) {
			s, e := base+m[0], base+m[1]
			if n := len(out); n > 0 && s < out[n-1].End {
				continue
			}
			if strings.HasPrefix(text[s:e], "may ") || strings.HasPrefix(text[s:e], "on may ") {
				continue // the modal verb: "they may 5 times …"
			}
			out = append(out, Expr{Span: doc.Span{Start: s, End: e}, Text: text[s:e]})
		}
	}
	return out
}

// windows returns the stretches of s, cut at white space, that may hold a
// date expression: around each trigger word (and ISO date), with room for
// the words before ("late last", "two … ago") and after ("August 5, 2022").
func windows(s string) []doc.Span {
	var out []doc.Span
	add := func(a, b int) {
		a, b = max(a-24, 0), min(b+24, len(s))
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' {
			a--
		}
		for b < len(s) && s[b] != ' ' && s[b] != '\n' {
			b++
		}
		if n := len(out); n > 0 && a <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, b)
			return
		}
		out = append(out, doc.Span{Start: a, End: b})
	}
	start := -1
	for i := 0; i <= len(s); i++ {
		c := byte(' ')
		if i < len(s) {
			c = s[i]
		}
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if letter && start < 0 {
			start = i
		}
		if !letter && start >= 0 {
			if i-start >= 3 && i-start <= 9 && triggers[strings.ToLower(s[start:i])] {
				add(start, i)
			}
			start = -1
		}
		if c == '-' && i > 0 && i+1 < len(s) && s[i-1] >= '0' && s[i-1] <= '9' && s[i+1] >= '0' && s[i+1] <= '9' {
			add(i, i+1)
		}
	}
	return out
}

// triggers are the words without which no expression matches.
var triggers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday
		sunday january february march april may june july august september october
		november december jan feb mar apr jun jul aug sept sep oct nov dec ago
		yesterday today tomorrow week month year`) {
		triggers[w] = true
	}
}

var (
	isoRE      = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	monthDayRE = regexp.MustCompile(`(?i)(` + month + `)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?`)
	dayMonthRE = regexp.MustCompile(`(?i)(\d{1,2})(?:st|nd|rd|th)?\s+(` + month + `)(?:\s+(\d{4}))?`)
	weekdayRE  = regexp.MustCompile(`(?i)^(?:(on|last|this|next|since)\s+)?(` + weekday + `)`)
	agoRE      = regexp.MustCompile(`(?i)^(` + number + `)\s+(day|week|month|year)s?\s+ago$`)
	periodRE   = regexp.MustCompile(`(?i)^(?:late\s+|early\s+)?(last|this|next)\s+(week|month|year)$`)
)

var months = map[string]time.Month{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5,
	"jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

var numbers = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
	"four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12}

// Resolve returns the date an expression refers to, given the article's date
// ref (the zero time when unknown: then only expressions with a year
// resolve), and its precision.
func Resolve(expr string, ref time.Time) (time.Time, Precision, bool) {
	e := strings.TrimSpace(expr)
	if isoRE.MatchString(e) {
		t, err := time.Parse("2006-01-02", e)
		return t, Day, err == nil
	}
	if m := monthDayRE.FindStringSubmatch(e); m != nil {
		return monthDay(m[1], m[2], m[3], ref)
	}
	if m := dayMonthRE.FindStringSubmatch(e); m != nil {
		return monthDay(m[2], m[1], m[3], ref)
	}
	if ref.IsZero() {
		return time.Time{}, Day, false
	}
	l := strings.ToLower(e)
	switch l {
	case "today":
		return ref, Day, true
	case "yesterday":
		return ref.AddDate(0, 0, -1), Day, true
	case "tomorrow":
		return ref.AddDate(0, 0, 1), Day, true
	}
	if m := weekdayRE.FindStringSubmatch(e); m != nil {
		wd := weekdayOf(m[2])
		diff := (int(ref.Weekday()) - int(wd) + 7) % 7
		switch strings.ToLower(m[1]) {
		case "last":
			if diff == 0 {
				diff = 7
			}
		case "next":
			return ref.AddDate(0, 0, (int(wd)-int(ref.Weekday())+7)%7+7*boolInt((int(wd)-int(ref.Weekday())+7)%7 == 0)), Day, true
		}
		return ref.AddDate(0, 0, -diff), Day, true
	}
	if m := agoRE.FindStringSubmatch(e); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil {
			n = numbers[strings.ToLower(m[1])]
		}
		switch strings.ToLower(m[2]) {
		case "day":
			return ref.AddDate(0, 0, -n), Day, true
		case "week":
			return ref.AddDate(0, 0, -7*n), Day, true
		case "month":
			return ref.AddDate(0, -n, 0), Month, true
		default:
			return ref.AddDate(-n, 0, 0), Year, true
		}
	}
	if m := periodRE.FindStringSubmatch(e); m != nil {
		k := map[string]int{"last": -1, "this": 0, "next": 1}[strings.ToLower(m[1])]
		switch strings.ToLower(m[2]) {
		case "week":
			return ref.AddDate(0, 0, 7*k), Day, true
		case "month":
			t := time.Date(ref.Year(), ref.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, k, 0)
			return t, Month, true
		default:
			return time.Date(ref.Year()+k, 1, 1, 0, 0, 0, 0, time.UTC), Year, true
		}
	}
	return time.Time{}, Day, false
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func weekdayOf(s string) time.Weekday {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(d.String(), s) {
			return d
		}
	}
	return time.Sunday
}

func monthDay(mon, day, year string, ref time.Time) (time.Time, Precision, bool) {
	mo := months[strings.ToLower(mon)[:3]]
	d, err := strconv.Atoi(day)
	if mo == 0 || err != nil || d < 1 || d > 31 {
		return time.Time{}, Day, false
	}
	if year != "" {
		y, _ := strconv.Atoi(year)
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), Day, true
	}
	if ref.IsZero() {
		return time.Time{}, Day, false
	}
	t := time.Date(ref.Year(), mo, d, 0, 0, 0, 0, time.UTC)
	if t.After(ref.AddDate(0, 1, 0)) {
		t = t.AddDate(-1, 0, 0)
	}
	return t, Day, true
}

// datelineLines is how many non-blank lines at the top of an article
// Dateline looks at: a headline, a byline or a place, then the date.
const datelineLines = 4

// Dateline returns the date on a line of its own among the first lines of
// an article ("Wednesday, April 13, 2011" under a news headline, or
// "2011-04-13"): a date with its day, month and year and nothing else on
// the line but a final period. It returns false when there is none.
func Dateline(text string) (time.Time, bool) {
	for n := 0; n < datelineLines && text != ""; {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimRight(strings.TrimSpace(line), ".")
		if line == "" {
			continue
		}
		n++
		es := Find(line, doc.Span{End: len(line)})
		if len(es) != 1 || es[0].Start != 0 || es[0].End != len(line) {
			continue
		}
		e := es[0].Text
		if l := strings.ToLower(e); strings.HasPrefix(l, "on ") || strings.HasPrefix(l, "last ") || strings.HasPrefix(l, "since ") {
			continue
		}
		if t, p, ok := Resolve(e, time.Time{}); ok && p == Day {
			return t, true
		}
	}
	return time.Time{}, false
}
