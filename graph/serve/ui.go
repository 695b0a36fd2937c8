package serve

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"testing/fstest"
	"time"

	"github.com/textgraph/textgraph/graph/store"
)

//go:embed assets
var assets embed.FS

// cayleyServer is the API address compiled into Cayley's UI.
const cayleyServer = `"http://localhost:64210"`

// shimScript is added to the UI's index.html: the script provides
// window.monaco, so the UI does not fetch its editor from a CDN, and the
// style hides the names of Material icons, whose font is not available
// offline.
const shimScript = `<script src="/ui/editor.js"></script><style>.material-icons{display:none}</style>`

// iconFont is the UI's CSS import of Google's icon font.
const iconFont = `@import url(https://fonts.googleapis.com/icon?family=Material+Icons);`

// newUI returns Cayley's web UI adapted to run from this server, offline:
// index.html loads assets/editor.js (a small textarea editor standing in
// for Monaco, which the UI would fetch from cdn.jsdelivr.net), and the
// scripts send their API requests to this server instead of
// http://localhost:64210. The CSS import of Google's icon font is dropped
// and the icons are hidden. The service worker, which imports Workbox from
// a CDN, is left out.
func newUI() (fs.FS, error) {
	src, err := store.UI()
	if err != nil {
		return nil, fmt.Errorf("serve: %w", err)
	}
	out := fstest.MapFS{}
	now := time.Now()
	err = fs.WalkDir(src, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || strings.HasSuffix(p, ".map") || strings.HasPrefix(path.Base(p), "service-worker") || strings.HasPrefix(path.Base(p), "precache-manifest") {
			return nil
		}
		b, err := fs.ReadFile(src, p)
		if err != nil {
			return err
		}
		switch {
		case p == "index.html":
			if !bytes.Contains(b, []byte("<head>")) {
				return fmt.Errorf("%s has no <head>", p)
			}
			b = bytes.Replace(b, []byte("<head>"), []byte("<head>"+shimScript), 1)
		case strings.HasSuffix(p, ".js"):
			b = bytes.ReplaceAll(b, []byte(cayleyServer), []byte(`""`))
		case strings.HasSuffix(p, ".css"):
			b = bytes.ReplaceAll(b, []byte(iconFont), nil)
		}
		out[p] = &fstest.MapFile{Data: b, Mode: 0o444, ModTime: now}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("serve: reading cayley web ui: %w", err)
	}
	if _, ok := out["index.html"]; !ok {
		return nil, fmt.Errorf("serve: cayley web ui has no index.html")
	}
	return out, nil
}

// routeUI registers the UI: its page at /ui/ and the files it asks for by
// absolute path (/static/..., /gizmo.d.ts, /manifest.json, ...).
func (s *Server) routeUI(m *http.ServeMux) {
	files := http.FileServerFS(s.ui)
	m.HandleFunc("GET /ui", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ui/", http.StatusMovedPermanently)
	})
	m.HandleFunc("GET /ui/{$}", func(w http.ResponseWriter, r *http.Request) {
		b, err := fs.ReadFile(s.ui, "index.html")
		if err != nil {
			http.Error(w, "serve: "+err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	})
	m.HandleFunc("GET /ui/editor.js", func(w http.ResponseWriter, r *http.Request) {
		b, err := assets.ReadFile("assets/editor.js")
		if err != nil {
			http.Error(w, "serve: "+err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(b)
	})
	m.Handle("GET /static/", files)
	for _, name := range []string{"gizmo.d.ts", "favicon.ico", "manifest.json", "logo192.png", "logo512.png", "robots.txt", "asset-manifest.json"} {
		if _, err := fs.Stat(s.ui, name); err == nil {
			m.Handle("GET /"+name, files)
		}
	}
}
