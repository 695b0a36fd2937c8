package serve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"math"
	"net/http"
	"net/url"
	"strings"

	"github.com/cayleygraph/quad"
)

// parsePages parses the page templates in assets/pages.tmpl.
func parsePages() (*template.Template, error) {
	t, err := template.New("pages").Funcs(template.FuncMap{
		"query": func(q string) string { return "/ui/?" + url.Values{"q": {q}}.Encode() },
	}).ParseFS(assets, "assets/pages.tmpl")
	if err != nil {
		return nil, fmt.Errorf("serve: parsing page templates: %w", err)
	}
	return t, nil
}

// pageData is what every page template receives.
type pageData struct {
	Title string
	Query string // the search box's text
	Body  any
}

// render executes the named template; a template error becomes a 500
// before anything is written.
func (s *Server) render(w http.ResponseWriter, code int, name string, d pageData) {
	var b bytes.Buffer
	if err := s.pages.ExecuteTemplate(&b, name, d); err != nil {
		http.Error(w, "serve: rendering "+name+": "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// pageError renders an error page.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, code int, err error) {
	if errors.Is(err, context.DeadlineExceeded) && r.Context().Err() == nil {
		code = http.StatusServiceUnavailable
		err = fmt.Errorf("the page took longer than the time limit of %v", s.cfg.QueryTimeout)
	}
	s.render(w, code, "error", pageData{Title: http.StatusText(code), Body: err.Error()})
}

// homeData is the home page.
type homeData struct {
	Entities []Hit
	Total    int
	Quads    int64
	Write    bool
}

const homeEntities = 100

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := s.timeout(r.Context())
	defer cancel()
	idx, err := s.index(ctx)
	if err != nil {
		s.pageError(w, r, http.StatusInternalServerError, err)
		return
	}
	d := homeData{Total: len(idx.entries), Quads: idx.count, Write: s.cfg.AllowWrite}
	for i, e := range idx.entries {
		if i == homeEntities {
			break
		}
		d.Entities = append(d.Entities, Hit{ID: e.ID, Label: e.Label, Type: e.Type, Href: entityPath(e.ID), Aliases: e.Aliases})
	}
	s.render(w, http.StatusOK, "home", pageData{Title: "textgraph", Body: d})
}

// searchData is the search page.
type searchData struct {
	Query string
	Hits  []Hit
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	ctx, cancel := s.timeout(r.Context())
	defer cancel()
	idx, err := s.index(ctx)
	if err != nil {
		s.pageError(w, r, http.StatusInternalServerError, err)
		return
	}
	d := searchData{Query: q}
	if q != "" {
		d.Hits = idx.search(q)
	}
	s.render(w, http.StatusOK, "search", pageData{Title: "Search: " + q, Query: q, Body: d})
}

func (s *Server) handleEntity(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if id == "" {
		http.Redirect(w, r, "/", http.StatusFound)
		return
	}
	ctx, cancel := s.timeout(r.Context())
	defer cancel()
	page, ok, err := newReader(s.st, s.base).Entity(ctx, id)
	switch {
	case err != nil:
		s.pageError(w, r, http.StatusInternalServerError, err)
		return
	case !ok:
		s.pageError(w, r, http.StatusNotFound, fmt.Errorf("no entity %q in the store; try the search box", id))
		return
	}
	s.render(w, http.StatusOK, "entity", pageData{Title: page.Label, Body: page})
}

// factData is the fact page.
type factData struct {
	Fact *Fact
}

func (s *Server) handleFact(w http.ResponseWriter, r *http.Request) {
	v := r.URL.Query()
	sub, pred, o := v.Get("s"), v.Get("p"), v.Get("o")
	if sub == "" || pred == "" || o == "" {
		s.pageError(w, r, http.StatusBadRequest, errors.New("a fact needs s (subject IRI), p (predicate IRI) and o (object in N-Triples form, e.g. <IRI> or \"text\")"))
		return
	}
	ctx, cancel := s.timeout(r.Context())
	defer cancel()
	f, ok, err := newReader(s.st, s.base).Fact(ctx, quad.IRI(sub), quad.IRI(pred), o)
	switch {
	case err != nil:
		s.pageError(w, r, http.StatusInternalServerError, err)
		return
	case !ok:
		s.pageError(w, r, http.StatusNotFound, fmt.Errorf("no fact <%s> <%s> %s in the store", sub, pred, o))
		return
	}
	title := f.Subject.Label + " " + f.Predicate.Label + " " + f.Object.Label
	s.render(w, http.StatusOK, "fact", pageData{Title: title, Body: factData{f}})
}

// Neighbourhood is an entity's neighbours laid out on a circle, drawn as
// inline SVG.
type Neighbourhood struct {
	Width, Height int
	Center        Point
	Nodes         []Point
	Edges         []Edge
	More          int // neighbours left out
}

// Point is a node of the picture.
type Point struct {
	X, Y   int
	Label  string
	Href   string
	Anchor string // SVG text-anchor of the label
	LX, LY int    // label position
}

// Edge is a line from the centre to a neighbour with its predicates.
type Edge struct {
	X1, Y1, X2, Y2 int
	LX, LY         int
	Label          string
}

// neighbourhood lays out the entities an entity page's facts link to.
func neighbourhood(p *EntityPage) *Neighbourhood {
	type nb struct {
		label, href string
		preds       []string
	}
	var order []string
	byHref := map[string]*nb{}
	self := entityPath(p.ID)
	for _, g := range p.Groups {
		for _, f := range g.Facts {
			other := f.Object
			if g.Incoming {
				other = f.Subject
			}
			if other.Href == "" || other.Href == self {
				continue
			}
			n := byHref[other.Href]
			if n == nil {
				n = &nb{label: other.Label, href: other.Href}
				byHref[other.Href] = n
				order = append(order, other.Href)
			}
			pred := g.Predicate
			if g.Incoming {
				pred = "← " + pred
			}
			if len(n.preds) == 0 || n.preds[len(n.preds)-1] != pred {
				n.preds = append(n.preds, pred)
			}
		}
	}
	if len(order) == 0 {
		return nil
	}
	nh := &Neighbourhood{Width: 640, Height: 360}
	if len(order) > maxNeighbours {
		nh.More = len(order) - maxNeighbours
		order = order[:maxNeighbours]
	}
	cx, cy, rx, ry := 320.0, 180.0, 220.0, 130.0
	nh.Center = Point{X: int(cx), Y: int(cy), Label: short(p.Label, 28), Anchor: "middle", LX: int(cx), LY: int(cy) + 26}
	for i, h := range order {
		n := byHref[h]
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(order))
		x, y := cx+rx*math.Cos(a), cy+ry*math.Sin(a)
		anchor := "middle"
		switch {
		case math.Cos(a) > 0.3:
			anchor = "start"
		case math.Cos(a) < -0.3:
			anchor = "end"
		}
		ly := int(y) - 10
		if math.Sin(a) > 0.3 {
			ly = int(y) + 20
		}
		lx := int(x)
		if anchor == "start" {
			lx += 10
		} else if anchor == "end" {
			lx -= 10
		}
		nh.Nodes = append(nh.Nodes, Point{X: int(x), Y: int(y), Label: short(n.label, 24), Href: n.href, Anchor: anchor, LX: lx, LY: ly})
		nh.Edges = append(nh.Edges, Edge{X1: int(cx), Y1: int(cy), X2: int(x), Y2: int(y),
			LX: int((cx + x) / 2), LY: int((cy+y)/2) - 4, Label: short(strings.Join(n.preds, ", "), 30)})
	}
	return nh
}

// short cuts s to n runes, marking the cut with an ellipsis.
func short(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
