package serve_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/textgraph/textgraph/graph/serve"
)

// chromiumPath returns the headless browser to test with. The test is
// skipped when there is none, unless CI=true, where that is a failure.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("chromium not found (apt-get install -y chromium)")
	}
	t.Skip("chromium not found; install Debian's chromium to run the browser test")
	return ""
}

// chromium runs the headless browser with flags that keep it off the
// network and away from the user's profile, and returns its output.
func chromium(t *testing.T, bin string, args ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--user-data-dir=" + t.TempDir(),
	}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	return stdout.String()
}

// recorder remembers the API requests the browser makes.
type recorder struct {
	h    http.Handler
	mu   sync.Mutex
	reqs []string
}

func (r *recorder) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if strings.HasPrefix(req.URL.Path, "/api/") {
		r.mu.Lock()
		r.reqs = append(r.reqs, req.Method+" "+req.URL.RequestURI())
		r.mu.Unlock()
	}
	r.h.ServeHTTP(w, req)
}

func (r *recorder) requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.reqs...)
}

func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := chromiumPath(t)
	st := seedStore(t)
	rec := &recorder{h: newServer(t, st, serve.Config{})}
	ts := httptest.NewServer(rec) // listens on 127.0.0.1
	defer ts.Close()

	t.Run("evidence page", func(t *testing.T) {
		dom := chromium(t, bin, "--dump-dom", ts.URL+"/entity/person-oksana-pokalchuk")
		for _, want := range []string{
			`<h1 class="label">Oksana Pokalchuk</h1>`,
			`<span class="alias">Pokaltchouk</span>`,
			`<h2>resign from</h2>`,
			`<mark class="subject">I</mark> am resigning from <mark class="object">Amnesty International in Ukraine</mark>`,
			`<svg xmlns="http://www.w3.org/2000/svg"`,
		} {
			if !strings.Contains(dom, want) {
				t.Errorf("the browser's DOM lacks %s", want)
			}
		}
		shot := filepath.Join(t.TempDir(), "entity.png")
		chromium(t, bin, "--screenshot="+shot, "--window-size=1200,1600", ts.URL+"/entity/person-oksana-pokalchuk")
		b, err := os.ReadFile(shot)
		if err != nil {
			t.Fatalf("no screenshot: %v", err)
		}
		if !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) < 10000 {
			t.Errorf("screenshot is not a PNG of a page (%d bytes)", len(b))
		}
	})

	t.Run("search", func(t *testing.T) {
		dom := chromium(t, bin, "--dump-dom", ts.URL+"/search?q=agnes")
		if !strings.Contains(dom, `<a href="/entity/person-agnes-callamard">Agnès Callamard</a>`) {
			t.Errorf("search for agnes does not list Agnès Callamard:\n%s", dom)
		}
	})

	t.Run("query UI", func(t *testing.T) {
		q := `g.V("Oksana Pokalchuk").In("<rdfs:label>").Out("<skos:altLabel>").All()`
		u := ts.URL + "/ui/?" + url.Values{"q": {q}, "run": {"1"}}.Encode()
		dom := chromium(t, bin, "--virtual-time-budget=15000", "--dump-dom", u)
		if !strings.Contains(dom, `class="tg-editor tg-query"`) {
			t.Fatalf("the UI shows no query editor:\n%s", dom)
		}
		if !strings.Contains(dom, `"id": "Pokaltchouk"`) {
			t.Errorf("the UI does not show the query's results:\n%s", dom)
		}
		ran := false
		for _, r := range rec.requests() {
			ran = ran || r == "POST /api/v2/query?lang=gizmo"
		}
		if !ran {
			t.Errorf("the UI did not query POST /api/v2/query?lang=gizmo; requests: %q", rec.requests())
		}
	})
}
