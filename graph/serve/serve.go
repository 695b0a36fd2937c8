// Package serve is textgraph's HTTP server: a Cayley-compatible Gizmo API
// over graph/store, Cayley's own web UI, and HTML pages that show, for every
// entity and fact, the sentences and articles that support it.
//
// Routes (see Server.ServeHTTP):
//
//	POST /api/v2/query?lang=gizmo   Gizmo query in the body, or JSON {"query": "..."}
//	                                (&limit=N and &timeout=2s lower the server's limits);
//	GET  /api/v2/query?lang=gizmo&qu=...
//	                                answers {"result": [...]} or {"error": "..."} with a 4xx
//	POST /api/v2/load               JSON Lines facts (doc.Fact), only with Config.AllowWrite
//	GET  /ui/                       Cayley's web UI, its query box wired to /api/v2/query
//	GET  /                          home page with the search box
//	GET  /search?q=NAME             entities by label or alias, diacritics and case folded
//	GET  /entity/{id}               evidence page of an entity (resolver ID, e.g. person-oksana-pokalchuk)
//	GET  /fact?s=IRI&p=IRI&o=TERM   evidence of one fact (o in N-Triples syntax)
//	GET  /health                    "ok"
//
// Every query runs under Config.QueryTimeout and returns at most
// Config.Limit results; a failing query gets a JSON error and the server
// goes on. The time limit answers the client in time, but Cayley checks it
// only between results: a query whose steps find nothing for a long time
// (a Filter that matches nothing after many Out steps) is answered with
// its error at the limit while Cayley's iteration goes on in the
// background until it ends. Request bodies are limited to Config.MaxBody (queries) and
// Config.MaxLoad (loads). Unless Config.AllowWrite is set the server never
// writes: every write endpoint answers 403 and the store is unchanged.
//
// Everything is rendered on the server from html/template and embedded
// files; no page needs the network.
//
// # Cayley's web UI
//
// The UI is Cayley's prebuilt app (graph/store.UI), adapted as it is served:
// its scripts query this server instead of http://localhost:64210, a small
// textarea editor (assets/editor.js) stands in for the Monaco editor it
// would load from a CDN, and its icon font import is dropped. The Query tab
// works (Ctrl+Enter or Run; results and errors appear as JSON), and
// /ui/?q=QUERY&run=1 opens it with a query and runs it. The other tabs do
// not work: Visualize expects JSON-LD results ({"@id": ...} nodes tagged
// source and target), while results here are rendered as graph/store.Query
// does ("<schema:Person>"); Query Shape needs Cayley's /api/v1/shape,
// which is not offered (501); Write needs Cayley's write API (403
// read-only, 501 with --allow-write: use /api/v2/load).
//
// # Figures
//
// On the seeds' graph (about 2,800 quads), over loopback, on 2 cores shared
// with other jobs (load average 5–7, so the spread is wide): 50 concurrent
// clients sending mixed Gizmo queries for 10 s got, with no errors,
// 685–720 queries/s, p50 53–67 ms, p99 185–300 ms on bbolt, and
// 930–2,760 queries/s, p50 18–43 ms, p99 47–207 ms on memstore
// (TestLoad50Clients; TEXTGRAPH_SERVE_BACKEND=memstore). One small query
// through the handler takes 0.2–0.4 ms, the evidence page of Oksana
// Pokalchuk (27 facts) 3–5 ms, a search 0.05–0.07 ms (Benchmark*).
package serve

import (
	"context"
	"fmt"
	"html/template"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/rdf"
	"github.com/textgraph/textgraph/graph/store"
)

// Defaults of Config.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultLimit        = 1000
	DefaultMaxBody      = 1 << 20  // 1 MB
	DefaultMaxLoad      = 64 << 20 // 64 MB
)

// Config says how a Server behaves. The zero value is a read-only server
// with the defaults above.
type Config struct {
	// Base is the namespace entity and document IRIs are minted under;
	// "" means graph.DefaultBase. It must match the store's.
	Base string
	// Mapper mints IRIs for facts loaded through /api/v2/load; nil means a
	// mapper with Base and software "textgraph".
	Mapper *rdf.Mapper
	// AllowWrite enables /api/v2/load.
	AllowWrite bool
	// QueryTimeout bounds every query and page (default DefaultQueryTimeout).
	QueryTimeout time.Duration
	// Limit bounds the number of results of a query (default DefaultLimit).
	Limit int
	// MaxBody bounds the size of a query request (default DefaultMaxBody).
	MaxBody int64
	// MaxLoad bounds the size of a load request (default DefaultMaxLoad).
	MaxLoad int64
	// LocalHostsOnly refuses requests whose Host header is not "localhost"
	// or an IP address, so a web page cannot reach a server on loopback
	// through a DNS name rebound to 127.0.0.1. Set it when listening on
	// loopback.
	LocalHostsOnly bool
}

// Server answers HTTP requests against one store. It is safe for
// concurrent use.
type Server struct {
	st    *store.Store
	cfg   Config
	base  string
	mux   *http.ServeMux
	pages *template.Template
	ui    fs.FS // Cayley's web UI, patched to run here and offline

	loadMu sync.Mutex // one load at a time

	idxMu sync.Mutex
	idx   *searchIndex
}

// New returns a server over st. The store stays owned by the caller.
func New(st *store.Store, cfg Config) (*Server, error) {
	if cfg.Base == "" {
		cfg.Base = graph.DefaultBase
	}
	if cfg.Mapper == nil {
		cfg.Mapper = &rdf.Mapper{Base: cfg.Base, Run: time.Now().UTC().Format("2006-01-02T15-04-05Z"), Software: "textgraph"}
	}
	if cfg.QueryTimeout <= 0 {
		cfg.QueryTimeout = DefaultQueryTimeout
	}
	if cfg.Limit <= 0 {
		cfg.Limit = DefaultLimit
	}
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = DefaultMaxBody
	}
	if cfg.MaxLoad <= 0 {
		cfg.MaxLoad = DefaultMaxLoad
	}
	ui, err := newUI()
	if err != nil {
		return nil, err
	}
	pages, err := parsePages()
	if err != nil {
		return nil, err
	}
	s := &Server{st: st, cfg: cfg, base: cfg.Base, pages: pages, ui: ui}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("/api/v2/query", s.handleQuery)
	m.HandleFunc("/api/v2/load", s.handleLoad)
	for _, p := range []string{"/api/v2/write", "/api/v2/delete", "/api/v2/node/delete", "/api/v1/write", "/api/v1/write/file/nquad", "/api/v1/delete"} {
		m.HandleFunc(p, s.handleWrite)
	}
	m.HandleFunc("/api/v1/shape/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotImplemented, "query shapes are not supported: run the query with POST /api/v2/query?lang=gizmo")
	})
	m.HandleFunc("/api/", s.handleAPINotFound)
	m.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "ok")
	})
	m.HandleFunc("GET /{$}", s.handleHome)
	m.HandleFunc("GET /search", s.handleSearch)
	m.HandleFunc("GET /entity/{id...}", s.handleEntity)
	m.HandleFunc("GET /fact", s.handleFact)
	s.routeUI(m)
	s.mux = m
}

// ServeHTTP dispatches a request; see the package doc for the routes.
//
// Requests that change state or run queries (every method but GET and
// HEAD) are refused when they come from a page of another origin: the
// server sends no CORS headers, so other sites cannot read its answers,
// and this keeps them from writing or loading it with queries either.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if s.cfg.LocalHostsOnly && !localHost(r.Host) {
		writeError(w, http.StatusForbidden, "host %q refused: this server answers only to localhost or an IP address", r.Host)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		if o := r.Header.Get("Origin"); o != "" && !sameOrigin(o, r.Host) {
			writeError(w, http.StatusForbidden, "cross-origin request from %s refused", o)
			return
		}
	}
	s.mux.ServeHTTP(w, r)
}

// localHost reports whether host (host[:port]) is "localhost" or an IP.
func localHost(host string) bool {
	h, _, err := net.SplitHostPort(host)
	if err != nil {
		h = host
	}
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	return strings.EqualFold(h, "localhost") || net.ParseIP(h) != nil
}

// sameOrigin reports whether the Origin header names this host.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && strings.EqualFold(u.Host, host)
}

// timeout returns ctx bounded by the query time limit.
func (s *Server) timeout(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, s.cfg.QueryTimeout)
}
