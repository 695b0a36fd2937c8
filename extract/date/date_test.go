package date

import (
	"strings"
	"testing"
	"time"

	"github.com/textgraph/textgraph/extract/doc"
)

func TestResolve(t *testing.T) {
	fri := time.Date(2022, 8, 5, 0, 0, 0, 0, time.UTC) // a Friday
	sun := time.Date(2022, 8, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		expr string
		ref  time.Time
		want string
		prec Precision
		ok   bool
	}{
		{"on Thursday", fri, "2022-08-04", Day, true},
		{"Thursday", sun, "2022-08-04", Day, true},
		{"on Friday", fri, "2022-08-05", Day, true},
		{"last Friday", sun, "2022-08-05", Day, true},
		{"last Friday", fri, "2022-07-29", Day, true},
		{"last Saturday night", sun, "2022-08-06", Day, true},
		{"Friday, August 5", sun, "2022-08-05", Day, true},
		{"August 4", fri, "2022-08-04", Day, true},
		{"on July 29", sun, "2022-07-29", Day, true},
		{"4 August 2022", time.Time{}, "2022-08-04", Day, true},
		{"December 30", time.Date(2023, 1, 2, 0, 0, 0, 0, time.UTC), "2022-12-30", Day, true},
		{"2022-08-04", time.Time{}, "2022-08-04", Day, true},
		{"yesterday", fri, "2022-08-04", Day, true},
		{"two months ago", sun, "2022-06-07", Month, true},
		{"3 days ago", sun, "2022-08-04", Day, true},
		{"late last month", sun, "2022-07-01", Month, true},
		{"on Thursday", time.Time{}, "", Day, false},
		{"August 4", time.Time{}, "", Day, false},
	}
	for _, tt := range tests {
		got, prec, ok := Resolve(tt.expr, tt.ref)
		if ok != tt.ok || ok && (got.Format("2006-01-02") != tt.want || prec != tt.prec) {
			t.Errorf("Resolve(%q, %s) = %s, %v, %v; want %s, %v, %v", tt.expr, tt.ref.Format("2006-01-02"), got.Format("2006-01-02"), prec, ok, tt.want, tt.prec, tt.ok)
		}
	}
}

func TestFind(t *testing.T) {
	// expressions are marked ⟦…⟧ in the input
	tests := []string{
		"The director announced ⟦on Friday, August 5⟧, that she was resigning.",
		"The press release that the organization issued ⟦on August 4⟧ was wrong.",
		"⟦Last Thursday⟧, Amnesty International issued a report.",
		"At a press conference ⟦two months ago⟧ and ⟦late last month⟧ they met.",
		"She may come, as in March.",
		"Officials may 2 times a year review it, since ⟦May 2⟧.",
	}
	for _, in := range tests {
		var b strings.Builder
		var want []string
		rest := in
		for {
			i := strings.Index(rest, "⟦")
			if i < 0 {
				b.WriteString(rest)
				break
			}
			b.WriteString(rest[:i])
			e, after, _ := strings.Cut(rest[i+len("⟦"):], "⟧")
			want = append(want, e)
			b.WriteString(e)
			rest = after
		}
		text := b.String()
		var got []string
		for _, e := range Find(text, doc.Span{Start: 0, End: len(text)}) {
			if e.Text != text[e.Start:e.End] {
				t.Errorf("%q: span %v does not slice %q", text, e.Span, e.Text)
			}
			got = append(got, e.Text)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("Find(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		// GUM news (CC BY 4.0): a Wikinews headline, then its date
		{"under a headline", "NASA celebrates 30th anniversary of first shuttle launch; announces new homes for retired shuttles\nWednesday, April 13, 2011\nNASA Administrator Charles Bolden announces where four space shuttle orbiters will be displayed.", "2011-04-13"},
		{"day before month", "Headline\n\n13 April 2011.\nText.", "2011-04-13"},
		{"ISO", "2022-08-05\nThe director announced on Friday that she was resigning.", "2022-08-05"},
		{"a date inside a sentence is no dateline", "The director announced on Friday, August 5, 2022, that she was resigning.\nMore text.", ""},
		{"no year", "Headline\nFriday, August 5\nText.", ""},
		{"too far down", "one\ntwo\nthree\nfour\nWednesday, April 13, 2011\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := Dateline(tt.text)
			if s := got.Format("2006-01-02"); ok != (tt.want != "") || ok && s != tt.want {
				t.Errorf("Dateline = %s, %v; want %q", s, ok, tt.want)
			}
		})
	}
}
