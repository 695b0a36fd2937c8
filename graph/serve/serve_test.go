package serve_test

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/graph/serve"
	"github.com/textgraph/textgraph/graph/store"
)

// do sends one request to h and returns the status and body.
func do(t testing.TB, h http.Handler, method, target, contentType, body string) (int, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, err := io.ReadAll(rec.Result().Body)
	if err != nil {
		t.Fatal(err)
	}
	return rec.Code, string(b)
}

// text returns the page with tags removed and entities decoded, so tests
// read what a user reads.
func text(page string) string {
	page = regexp.MustCompile(`(?s)<style>.*?</style>`).ReplaceAllString(page, "")
	page = regexp.MustCompile(`<[^>]*>`).ReplaceAllString(page, "")
	return html.UnescapeString(page)
}

func count(t testing.TB, st *store.Store) int64 {
	t.Helper()
	n, err := st.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestEntityPage(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	code, page := do(t, s, "GET", "/entity/person-oksana-pokalchuk", "", "")
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, page)
	}
	for _, want := range []string{
		`<h1 class="label">Oksana Pokalchuk</h1>`,
		`<span class="alias">Pokaltchouk</span>`,
		`<span class="alias">Oksana Pokaltchouk</span>`,
		`<span class="type">schema:Person</span>`,
		`<h2>resign from</h2>`,
		// The sentence of the fact, the subject and object spans marked.
		`<mark class="subject">I</mark> am resigning from <mark class="object">Amnesty International in Ukraine</mark>`,
		`<a href="/entity/org-amnesty-international-ukraine">Amnesty International Ukraine</a>`,
		`claimed by <a href="/entity/person-oksana-pokalchuk">Oksana Pokalchuk</a>`,
		`<span class="source">seeds/001_4860baec544c5415.txt</span>`,
		`<time>2022-08-05</time>`,
		`<span class="confidence">0.`,
		`<svg xmlns="http://www.w3.org/2000/svg"`,
		`<a href="/entity/org-amnesty-international-ukraine"><circle`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("entity page lacks %s", want)
		}
	}
	// Every marked span is what the sentence says there: the offsets are
	// applied relative to the sentence, in code points.
	for _, m := range regexp.MustCompile(`<mark class="(subject|object)">([^<]*)</mark>`).FindAllStringSubmatch(page, -1) {
		if strings.TrimSpace(m[2]) == "" {
			t.Errorf("empty %s mark", m[1])
		}
	}
	// The organisation's page lists, as incoming facts, who resigned from it.
	_, org := do(t, s, "GET", "/entity/org-amnesty-international-ukraine", "", "")
	if !strings.Contains(org, `<h2>← resign from</h2>`) || !strings.Contains(org, `<div class="triple"><a href="/entity/person-oksana-pokalchuk">Oksana Pokalchuk</a> <a href="/fact?`) {
		t.Errorf("organisation page lacks the incoming resign from fact")
	}
	marks := regexp.MustCompile(`<mark class="subject">([^<]*)</mark>`).FindAllStringSubmatch(page, -1)
	if len(marks) < 10 {
		t.Fatalf("%d subject marks, want at least 10", len(marks))
	}
	for _, m := range marks {
		switch html.UnescapeString(m[1]) {
		case "Oksana Pokalchuk", "Oksana Pokaltchouk", "Pokalchuk", "Pokaltchouk", "Ms. Pokaltchouk", "I", "she", "She", "her", "Her", "me", "my", "My":
		default:
			// Facts where she is the object have another subject; those
			// marks name other entities, which is fine, but a mark must
			// never cut a word in two.
			if w := html.UnescapeString(m[1]); strings.HasPrefix(w, " ") || strings.HasSuffix(w, " ") {
				t.Errorf("subject mark %q has stray spaces", w)
			}
		}
	}
}

func TestEntityPageErrors(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	tests := []struct {
		name, target string
		code         int
		want         string
	}{
		{"unknown", "/entity/person-nobody", http.StatusNotFound, `no entity &#34;person-nobody&#34;`},
		{"escaped", "/entity/%3Cscript%3E", http.StatusNotFound, `no entity &#34;&lt;script&gt;&#34;`},
		{"fact without params", "/fact?s=x", http.StatusBadRequest, "a fact needs s"},
		{"unknown fact", "/fact?s=a&p=b&o=%3Cc%3E", http.StatusNotFound, "no fact"},
		{"unknown page", "/nowhere", http.StatusNotFound, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, page := do(t, s, "GET", tc.target, "", "")
			if code != tc.code {
				t.Errorf("status %d, want %d", code, tc.code)
			}
			if !strings.Contains(page, tc.want) {
				t.Errorf("page lacks %q:\n%s", tc.want, text(page))
			}
		})
	}
}

func TestFactPage(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	_, page := do(t, s, "GET", "/entity/person-oksana-pokalchuk", "", "")
	// Follow the page's own link to the evidence of "resign from".
	m := regexp.MustCompile(`<a href="(/fact\?[^"]*)" title="evidence of this fact">resign from</a>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("entity page has no link to the evidence of resign from")
	}
	code, fact := do(t, s, "GET", html.UnescapeString(m[1]), "", "")
	if code != http.StatusOK {
		t.Fatalf("status %d: %s", code, text(fact))
	}
	got := text(fact)
	for _, want := range []string{
		"Oksana Pokalchuk — resign from — Amnesty International Ukraine",
		"I am resigning from Amnesty International in Ukraine",
		"seeds/001_4860baec544c5415.txt",
		"seeds/003_e78210474c3b8885.txt", // the French article's Pokaltchouk, resolved to her
	} {
		if !strings.Contains(got, want) {
			t.Errorf("fact page lacks %q", want)
		}
	}
}

func TestSearch(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	tests := []struct {
		q       string
		want    string // first hit's link
		matched string // the alias that matched, "" for the label
	}{
		{"pokaltchouk", "/entity/person-oksana-pokalchuk", "Pokaltchouk"},
		{"Oksana Pokalchuk", "/entity/person-oksana-pokalchuk", ""},
		{"OKSANA", "/entity/person-oksana-pokalchuk", ""},
		{"Agnes", "/entity/person-agnes-callamard", ""},
		{"agnès callamard", "/entity/person-agnes-callamard", ""},
		{"AGNES CALLAMARD", "/entity/person-agnes-callamard", ""},
		{"kouleba", "/entity/person-dmytro-kouleba", ""},
		{"amnesty ukraine", "/entity/org-amnesty-international-ukraine", ""},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			code, page := do(t, s, "GET", "/search?q="+url.QueryEscape(tc.q), "", "")
			if code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			hits := regexp.MustCompile(`<li><a href="([^"]*)">`).FindAllStringSubmatch(page, -1)
			if len(hits) == 0 {
				t.Fatalf("no hits for %q:\n%s", tc.q, text(page))
			}
			if hits[0][1] != tc.want {
				t.Errorf("first hit %s, want %s", hits[0][1], tc.want)
			}
			if tc.matched != "" && !strings.Contains(page, "as “"+tc.matched+"”") {
				t.Errorf("page does not say the hit matched as %q", tc.matched)
			}
		})
	}
	_, page := do(t, s, "GET", "/search?q=zzzz", "", "")
	if !strings.Contains(page, "No entity is named like that.") {
		t.Errorf("search for zzzz: %s", text(page))
	}
	_, page = do(t, s, "GET", "/", "", "")
	if !strings.Contains(page, `<a href="/entity/person-oksana-pokalchuk">Oksana Pokalchuk</a>`) {
		t.Errorf("home page does not list Oksana Pokalchuk")
	}
}

// result decodes a successful API response.
func result(t testing.TB, body string) []json.RawMessage {
	t.Helper()
	var r struct {
		Result []json.RawMessage `json:"result"`
		Error  string            `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatalf("response is not JSON: %v: %s", err, body)
	}
	if r.Error != "" {
		t.Fatalf("error: %s", r.Error)
	}
	return r.Result
}

const labelQuery = `g.V().Has("<rdf:type>", "<schema:Person>").Out("<rdfs:label>").All()`

func TestQueryAPI(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{Limit: 100})
	tests := []struct {
		name, method, target, ctype, body string
		want                              string // a result
		n                                 int    // exact number of results, when > 0
	}{
		{"body", "POST", "/api/v2/query?lang=gizmo", "text/plain", labelQuery, `{"id":"Oksana Pokalchuk"}`, 0},
		{"no content type", "POST", "/api/v2/query?lang=gizmo", "", labelQuery, `{"id":"Agnès Callamard"}`, 0},
		{"json", "POST", "/api/v2/query?lang=gizmo", "application/json", `{"query": ` + jsonString(labelQuery) + `}`, `{"id":"Oksana Pokalchuk"}`, 0},
		{"json lang in body", "POST", "/api/v2/query", "application/json", `{"lang": "gizmo", "query": ` + jsonString(labelQuery) + `}`, `{"id":"Oksana Pokalchuk"}`, 0},
		{"json without content type", "POST", "/api/v2/query?lang=gizmo", "", `{"query": ` + jsonString(labelQuery) + `}`, `{"id":"Oksana Pokalchuk"}`, 0},
		{"get", "GET", "/api/v2/query?lang=gizmo&qu=" + url.QueryEscape(labelQuery), "", "", `{"id":"Oksana Pokalchuk"}`, 0},
		{"limit param", "POST", "/api/v2/query?lang=gizmo&limit=2", "", `g.V().All()`, "", 2},
		{"server limit", "POST", "/api/v2/query?lang=gizmo&limit=100000", "", `g.V().All()`, "", 100},
		{"claims", "POST", "/api/v2/query?lang=gizmo", "",
			`g.V().Has("<rdf:predicate>", "<tgr:resignFrom>").Out("<prov:wasAttributedTo>").Out("<rdfs:label>").All()`, `{"id":"Oksana Pokalchuk"}`, 0},
		{"emit", "POST", "/api/v2/query?lang=gizmo", "", `g.Emit(g.V("Oksana Pokalchuk").In("<rdfs:label>").ToArray().length)`, `1`, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := do(t, s, tc.method, tc.target, tc.ctype, tc.body)
			if code != http.StatusOK {
				t.Fatalf("status %d: %s", code, body)
			}
			res := result(t, body)
			if tc.n > 0 && len(res) != tc.n {
				t.Errorf("%d results, want %d", len(res), tc.n)
			}
			if tc.want == "" {
				return
			}
			for _, r := range res {
				if string(r) == tc.want {
					return
				}
			}
			t.Errorf("no result %s in %s", tc.want, body)
		})
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func TestQueryAPIErrors(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{MaxBody: 1 << 20})
	big := "g.V().All() //" + strings.Repeat("x", 1<<20)
	tests := []struct {
		name, method, target, ctype, body string
		code                              int
		want                              string // in the error message
	}{
		{"no language", "POST", "/api/v2/query", "", "g.V().All()", 400, "query language not specified: add ?lang=gizmo"},
		{"unknown language", "POST", "/api/v2/query?lang=sparql", "", "SELECT * WHERE {?s ?p ?o}", 400, `unknown query language "sparql"`},
		{"bad json", "POST", "/api/v2/query?lang=gizmo", "application/json", `{"query": "g.V().All()"`, 400, "not a JSON object"},
		{"json with unknown field", "POST", "/api/v2/query?lang=gizmo", "application/json", `{"qu": "g.V().All()"}`, 400, `unknown field "qu"`},
		{"json not an object", "POST", "/api/v2/query?lang=gizmo", "application/json", `["g.V().All()"]`, 400, "not a JSON object"},
		{"empty", "POST", "/api/v2/query?lang=gizmo", "", "  \n", 400, "query is empty"},
		{"syntax", "POST", "/api/v2/query?lang=gizmo", "", "g.V(.All()", 400, "gizmo query"},
		{"runtime", "POST", "/api/v2/query?lang=gizmo", "", "g.V().NoSuchStep().All()", 400, "gizmo query"},
		{"throw", "POST", "/api/v2/query?lang=gizmo", "", `throw new Error("boom")`, 400, "boom"},
		{"bad limit", "POST", "/api/v2/query?lang=gizmo&limit=-3", "", "g.V().All()", 400, `bad limit "-3"`},
		{"bad timeout", "POST", "/api/v2/query?lang=gizmo&timeout=soon", "", "g.V().All()", 400, `bad timeout "soon"`},
		{"timeout", "POST", "/api/v2/query?lang=gizmo&timeout=1ns", "", "g.V().All()", 422, "time limit of 1ns"},
		{"too large", "POST", "/api/v2/query?lang=gizmo", "", big, 413, "larger than the limit of 1 MB"},
		{"method", "PUT", "/api/v2/query?lang=gizmo", "", "g.V().All()", 405, "method PUT not allowed"},
		{"unknown api", "GET", "/api/v3/query", "", "", 404, "no API at /api/v3/query"},
		{"query shape", "POST", "/api/v1/shape/gizmo", "", "g.V().All()", 501, "query shapes are not supported"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, body := do(t, s, tc.method, tc.target, tc.ctype, tc.body)
			if code != tc.code {
				t.Errorf("status %d, want %d: %s", code, tc.code, body)
			}
			var r struct{ Error string }
			if err := json.Unmarshal([]byte(body), &r); err != nil {
				t.Fatalf("error body is not JSON: %v: %s", err, body)
			}
			if !strings.Contains(r.Error, tc.want) {
				t.Errorf("error %q lacks %q", r.Error, tc.want)
			}
		})
	}
	// The server is still up and answers.
	code, body := do(t, s, "POST", "/api/v2/query?lang=gizmo", "", labelQuery)
	if code != http.StatusOK || len(result(t, body)) == 0 {
		t.Errorf("after the errors: status %d: %s", code, body)
	}
}

func TestReadOnly(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	facts, err := seedFacts()
	if err != nil {
		t.Fatal(err)
	}
	before := count(t, st)
	nq := `<http://example.org/a> <http://example.org/b> "c" .`
	tests := []struct{ target, body string }{
		{"/api/v2/load", string(facts)},
		{"/api/v2/write", nq},
		{"/api/v2/delete", nq},
		{"/api/v2/node/delete", `"Oksana Pokalchuk"`},
		{"/api/v1/write", `[{"subject": "a", "predicate": "b", "object": "c"}]`},
		{"/api/v1/delete", `[{"subject": "a", "predicate": "b", "object": "c"}]`},
	}
	for _, tc := range tests {
		t.Run(tc.target, func(t *testing.T) {
			code, body := do(t, s, "POST", tc.target, "", tc.body)
			if code != http.StatusForbidden {
				t.Errorf("status %d, want 403", code)
			}
			if !strings.Contains(body, "read-only") || !strings.Contains(body, "--allow-write") {
				t.Errorf("message does not say why: %s", body)
			}
		})
	}
	// Gizmo cannot write either: the query API has no write steps.
	code, _ := do(t, s, "POST", "/api/v2/query?lang=gizmo", "", `g.V("Oksana Pokalchuk").Tag("x").All(); g.addNamespace("x", "y")`)
	if code != http.StatusOK && code != http.StatusBadRequest {
		t.Errorf("status %d", code)
	}
	if after := count(t, st); after != before {
		t.Errorf("read-only server changed the store: %d quads, was %d", after, before)
	}
}

func TestLoad(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Memory, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := newServer(t, st, serve.Config{AllowWrite: true})
	facts, err := seedFacts()
	if err != nil {
		t.Fatal(err)
	}
	_, page := do(t, s, "GET", "/search?q=pokaltchouk", "", "")
	if !strings.Contains(page, "No entity is named like that.") {
		t.Fatalf("empty store finds something")
	}
	code, body := do(t, s, "POST", "/api/v2/load", "application/x-ndjson", string(facts))
	if code != http.StatusOK {
		t.Fatalf("load: status %d: %s", code, body)
	}
	var r struct{ Documents, Facts int }
	if err := json.Unmarshal([]byte(body), &r); err != nil {
		t.Fatal(err)
	}
	if r.Documents != 5 || r.Facts == 0 {
		t.Errorf("load: %s", body)
	}
	// The search index sees the new entities.
	_, page = do(t, s, "GET", "/search?q=pokaltchouk", "", "")
	if !strings.Contains(page, `href="/entity/person-oksana-pokalchuk"`) {
		t.Errorf("search after load does not find Oksana Pokalchuk")
	}
	// Loading again changes nothing.
	n := count(t, st)
	code, body = do(t, s, "POST", "/api/v2/load", "", string(facts))
	if code != http.StatusOK || !strings.Contains(body, `"skipped":5`) {
		t.Errorf("reload: status %d: %s", code, body)
	}
	if count(t, st) != n {
		t.Errorf("reload changed the quad count")
	}
	tests := []struct {
		name, method, body string
		code               int
		want               string
	}{
		{"not facts", "POST", "hello\nworld\n", 400, "no valid facts"},
		{"get", "GET", "", 405, "method GET not allowed"},
		{"write endpoint", "POST", "x", 501, "not supported"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := "/api/v2/load"
			if tc.name == "write endpoint" {
				target = "/api/v2/write"
			}
			code, body := do(t, s, tc.method, target, "", tc.body)
			if code != tc.code || !strings.Contains(body, tc.want) {
				t.Errorf("status %d, want %d; body %s, want %q", code, tc.code, body, tc.want)
			}
		})
	}
	if count(t, st) != n {
		t.Errorf("failed loads changed the quad count")
	}
}

func TestUI(t *testing.T) {
	st := seedStore(t)
	s := newServer(t, st, serve.Config{})
	code, index := do(t, s, "GET", "/ui/", "", "")
	if code != http.StatusOK || !strings.Contains(index, `<script src="/ui/editor.js"></script>`) {
		t.Fatalf("status %d: %s", code, index)
	}
	scripts := regexp.MustCompile(`<script src="(/static/js/[^"]+)"`).FindAllStringSubmatch(index, -1)
	if len(scripts) == 0 {
		t.Fatal("index.html loads no scripts")
	}
	api := false
	for _, m := range scripts {
		code, js := do(t, s, "GET", m[1], "", "")
		if code != http.StatusOK {
			t.Fatalf("%s: status %d", m[1], code)
		}
		if strings.Contains(js, "localhost:64210") {
			t.Errorf("%s still sends queries to localhost:64210", m[1])
		}
		api = api || strings.Contains(js, `"/api/v2/query?"`)
	}
	if !api {
		t.Error("no script of the UI queries /api/v2/query")
	}
	for _, m := range regexp.MustCompile(`<link href="(/static/css/[^"]+)"`).FindAllStringSubmatch(index, -1) {
		if _, css := do(t, s, "GET", m[1], "", ""); strings.Contains(css, "@import url(http") {
			t.Errorf("%s imports a file from the network", m[1])
		}
	}
	for _, p := range []string{"/ui/editor.js", "/gizmo.d.ts", "/favicon.ico", "/manifest.json"} {
		if code, _ := do(t, s, "GET", p, "", ""); code != http.StatusOK {
			t.Errorf("%s: status %d", p, code)
		}
	}
	if code, _ := do(t, s, "GET", "/service-worker.js", "", ""); code != http.StatusNotFound {
		t.Errorf("the service worker, which needs a CDN, is served (status %d)", code)
	}
}

func TestOrigin(t *testing.T) {
	st, err := store.Open(context.Background(), store.Memory, "")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s := newServer(t, st, serve.Config{AllowWrite: true, LocalHostsOnly: true})
	facts, err := seedFacts()
	if err != nil {
		t.Fatal(err)
	}
	before := count(t, st)
	tests := []struct {
		name, method, host, origin, target, body string
		code                                     int
	}{
		{"same origin query", "POST", "127.0.0.1:8080", "http://127.0.0.1:8080", "/api/v2/query?lang=gizmo", labelQuery, 200},
		{"no origin (curl)", "POST", "127.0.0.1:8080", "", "/api/v2/query?lang=gizmo", labelQuery, 200},
		{"localhost", "GET", "localhost:8080", "", "/", "", 200},
		{"ipv6 loopback", "GET", "[::1]:8080", "", "/search?q=agnes", "", 200},
		{"cross-origin load", "POST", "127.0.0.1:8080", "http://evil.example", "/api/v2/load", string(facts), 403},
		{"cross-origin query", "POST", "127.0.0.1:8080", "http://evil.example", "/api/v2/query?lang=gizmo", labelQuery, 403},
		{"rebound name", "GET", "evil.example:8080", "", "/", "", 403},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.target, strings.NewReader(tc.body))
			req.Host = tc.host
			if tc.origin != "" {
				req.Header.Set("Origin", tc.origin)
			}
			rec := httptest.NewRecorder()
			s.ServeHTTP(rec, req)
			if rec.Code != tc.code {
				t.Errorf("status %d, want %d: %s", rec.Code, tc.code, rec.Body)
			}
		})
	}
	if count(t, st) != before {
		t.Error("a refused request changed the store")
	}
}
