package serve_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/textgraph/textgraph/extract/doc"

	"github.com/textgraph/textgraph/graph/rdf/rdftest"
	"github.com/textgraph/textgraph/graph/serve"
	"github.com/textgraph/textgraph/graph/store"
)

// TestNastyNames serves the rdftest fixture, whose names hold quotes,
// backslashes, <>, parentheses, percent signs, slashes, emoji and control
// characters: every entity is found, its page opens and its name is
// escaped, never markup.
func TestNastyNames(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Memory, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Write(ctx, rdftest.Quads(rdftest.Mapper())); err != nil {
		t.Fatal(err)
	}
	s := newServer(t, st, serve.Config{})
	_, home := do(t, s, "GET", "/", "", "")
	if strings.Contains(home, "<b>") {
		t.Error("home page lets a name's <b> through as markup")
	}
	links := regexp.MustCompile(`<td><a href="(/entity/[^"]*)">([^<]*)</a>`).FindAllStringSubmatch(home, -1)
	if len(links) != len(rdftest.Entities()) {
		t.Fatalf("home page lists %d entities, want %d", len(links), len(rdftest.Entities()))
	}
	for _, l := range links {
		href, label := html.UnescapeString(l[1]), html.UnescapeString(l[2])
		t.Run(label, func(t *testing.T) {
			code, page := do(t, s, "GET", href, "", "")
			if code != http.StatusOK {
				t.Fatalf("%s: status %d: %s", href, code, text(page))
			}
			if got := regexp.MustCompile(`<h1 class="label">([^<]*)</h1>`).FindStringSubmatch(page); got == nil || html.UnescapeString(got[1]) != label {
				t.Errorf("%s: heading %q, want %q", href, got, label)
			}
			if strings.Contains(page, "<b>") {
				t.Errorf("%s lets <b> through as markup", href)
			}
			// Every fact link of the page opens its evidence.
			for _, m := range regexp.MustCompile(`<a href="(/fact\?[^"]*)"`).FindAllStringSubmatch(page, -1) {
				if code, body := do(t, s, "GET", html.UnescapeString(m[1]), "", ""); code != http.StatusOK {
					t.Errorf("%s: status %d: %s", m[1], code, text(body))
				}
			}
			// The search box finds it by its name.
			_, hits := do(t, s, "GET", "/search?q="+url.QueryEscape(label), "", "")
			if strings.TrimSpace(label) != "" && !strings.Contains(hits, `href="`+l[1]+`"`) {
				t.Errorf("search for %q does not find %s", label, href)
			}
		})
	}
}

// TestManySupports checks that an entity page shows a bounded number of
// sentences per fact and links to the fact page, which shows them all.
func TestManySupports(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Memory, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const docs = 25
	var in strings.Builder
	enc := json.NewEncoder(&in)
	for i := 0; i < docs; i++ {
		sent := fmt.Sprintf("In article %d, Oksana Pokalchuk resigned from Amnesty International Ukraine.", i)
		at := func(s string) (int, int) {
			b := utf8.RuneCountInString(sent[:strings.Index(sent, s)])
			return b, b + utf8.RuneCountInString(s)
		}
		sb, se := at("Oksana Pokalchuk")
		ob, oe := at("Amnesty International Ukraine")
		f := doc.Fact{
			Doc:        doc.DocRef{ID: fmt.Sprintf("doc%02d", i), Source: fmt.Sprintf("news/%02d.txt", i), Date: "2022-08-05", Length: utf8.RuneCountInString(sent)},
			Sentence:   doc.SentRef{Text: sent, End: utf8.RuneCountInString(sent)},
			Subject:    doc.Arg{Kind: doc.KindEntity, Type: "PER", Text: "Oksana Pokalchuk", Name: "Oksana Pokalchuk", Begin: sb, End: se},
			Relation:   doc.Relation{Name: "resign from", Text: "resigned from"},
			Object:     doc.Arg{Kind: doc.KindEntity, Type: "ORG", Text: "Amnesty International Ukraine", Name: "Amnesty International Ukraine", Begin: ob, End: oe},
			Confidence: 0.9,
		}
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	s := newServer(t, st, serve.Config{AllowWrite: true})
	if code, body := do(t, s, "POST", "/api/v2/load", "", in.String()); code != http.StatusOK {
		t.Fatalf("load: %d %s", code, body)
	}
	_, page := do(t, s, "GET", "/entity/person-oksana-pokalchuk", "", "")
	shown := strings.Count(page, `<li class="assertion">`)
	m := regexp.MustCompile(`<a href="(/fact\?[^"]*)">(\d+) more supporting sentence\(s\)</a>`).FindStringSubmatch(page)
	if m == nil || shown == 0 || shown >= docs || fmt.Sprint(docs-shown) != m[2] {
		t.Fatalf("entity page shows %d sentences and links to %v more; want fewer than %d and a link to the rest", shown, m, docs)
	}
	_, fact := do(t, s, "GET", html.UnescapeString(m[1]), "", "")
	if got := strings.Count(fact, `<li class="assertion">`); got != docs {
		t.Errorf("fact page shows %d sentences, want %d", got, docs)
	}
	if !strings.Contains(fact, `In article 17, <mark class="subject">Oksana Pokalchuk</mark> resigned from <mark class="object">Amnesty International Ukraine</mark>.`) {
		t.Errorf("fact page lacks the marked sentence of article 17")
	}
}
