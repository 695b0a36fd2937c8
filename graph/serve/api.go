package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/textgraph/textgraph/graph/load"
)

// writeJSON writes v as the JSON response with the given status.
func writeJSON(w http.ResponseWriter, code int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		code = http.StatusInternalServerError
		b.Reset()
		fmt.Fprintf(&b, "{\"error\": %q}\n", "serve: encode response: "+err.Error())
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// apiError is the body of every failed API request, as in Cayley's API.
type apiError struct {
	Error string `json:"error"`
}

func writeError(w http.ResponseWriter, code int, format string, args ...any) {
	writeJSON(w, code, apiError{fmt.Sprintf(format, args...)})
}

// queryResponse is the body of a successful query, as in Cayley's v2 API.
type queryResponse struct {
	Result []json.RawMessage `json:"result"`
}

// queryRequest is the JSON form of a query request.
type queryRequest struct {
	Query string `json:"query"`
	Lang  string `json:"lang,omitempty"`
	Limit int    `json:"limit,omitempty"`
}

// readBody reads at most max bytes of the request body; a larger body is
// an error that names the limit.
func readBody(w http.ResponseWriter, r *http.Request, max int64) ([]byte, int, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return nil, http.StatusRequestEntityTooLarge, fmt.Errorf("request body is larger than the limit of %s", sizeString(max))
		}
		return nil, http.StatusBadRequest, fmt.Errorf("reading the request body: %w", err)
	}
	return b, 0, nil
}

func sizeString(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " kB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// isJSON reports whether the request says its body is JSON.
func isJSON(r *http.Request) bool {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return err == nil && (mt == "application/json" || strings.HasSuffix(mt, "+json"))
}

// handleQuery runs a Gizmo query: POST with the query as the body (or JSON
// {"query": ...}), or GET with ?qu=. The language must be gizmo. Optional
// parameters lower the server's limits for this query: limit (results)
// and timeout (a duration such as 2s).
func (s *Server) handleQuery(w http.ResponseWriter, r *http.Request) {
	vals := r.URL.Query()
	var req queryRequest
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		req.Query = vals.Get("qu")
	case http.MethodPost:
		body, code, err := readBody(w, r, s.cfg.MaxBody)
		if err != nil {
			writeError(w, code, "%v", err)
			return
		}
		trimmed := bytes.TrimSpace(body)
		switch {
		case isJSON(r):
			if err := decodeQuery(trimmed, &req); err != nil {
				writeError(w, http.StatusBadRequest, "%v", err)
				return
			}
		case bytes.HasPrefix(trimmed, []byte("{")) && bytes.Contains(trimmed, []byte(`"query"`)):
			// JSON without a JSON content type, as curl -d sends it; a
			// Gizmo block that merely contains "query" stays Gizmo.
			if err := decodeQuery(trimmed, &req); err != nil {
				req = queryRequest{Query: string(body)}
			}
		default:
			req.Query = string(body)
		}
	default:
		w.Header().Set("Allow", "GET, POST")
		writeError(w, http.StatusMethodNotAllowed, "method %s not allowed: POST the query to /api/v2/query?lang=gizmo", r.Method)
		return
	}
	lang := vals.Get("lang")
	if lang == "" {
		lang = req.Lang
	}
	switch strings.ToLower(lang) {
	case "gizmo":
	case "":
		writeError(w, http.StatusBadRequest, "query language not specified: add ?lang=gizmo")
		return
	default:
		writeError(w, http.StatusBadRequest, "unknown query language %q: this server answers gizmo only (?lang=gizmo)", lang)
		return
	}
	limit := s.cfg.Limit
	if l := vals.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n <= 0 {
			writeError(w, http.StatusBadRequest, "bad limit %q: want a positive integer", l)
			return
		}
		req.Limit = n
	}
	if req.Limit > 0 && req.Limit < limit {
		limit = req.Limit
	}
	timeout := s.cfg.QueryTimeout
	if v := vals.Get("timeout"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d <= 0 {
			writeError(w, http.StatusBadRequest, "bad timeout %q: want a positive duration such as 2s or 500ms", v)
			return
		}
		timeout = min(timeout, d)
	}
	if strings.TrimSpace(req.Query) == "" {
		writeError(w, http.StatusBadRequest, "query is empty: send a Gizmo query such as g.V().Limit(10).All()")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	res, err := s.st.Query(ctx, req.Query, limit)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) && r.Context().Err() == nil {
			writeError(w, http.StatusUnprocessableEntity, "query stopped at its time limit of %v: narrow it, or add .Limit(n) or .GetLimit(n)", timeout)
			return
		}
		writeError(w, http.StatusBadRequest, "%v", strings.TrimPrefix(err.Error(), "store: "))
		return
	}
	writeJSON(w, http.StatusOK, queryResponse{Result: res})
}

func decodeQuery(b []byte, req *queryRequest) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(req); err != nil {
		return fmt.Errorf("request body is not a JSON object {\"query\": \"...\"}: %w", err)
	}
	if dec.More() {
		return errors.New("request body has data after its JSON object")
	}
	return nil
}

func (s *Server) readOnly(w http.ResponseWriter) {
	writeError(w, http.StatusForbidden, "the server is read-only: start it with --allow-write to load facts through /api/v2/load")
}

// handleWrite answers Cayley's write and delete endpoints, which this
// server does not offer.
func (s *Server) handleWrite(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowWrite {
		s.readOnly(w)
		return
	}
	writeError(w, http.StatusNotImplemented, "%s is not supported: POST JSON Lines facts (textgraph extract output) to /api/v2/load", r.URL.Path)
}

func (s *Server) handleAPINotFound(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, "no API at %s: queries go to POST /api/v2/query?lang=gizmo", r.URL.Path)
}

// loadResponse reports what a load did.
type loadResponse struct {
	Result    string   `json:"result,omitempty"`
	Error     string   `json:"error,omitempty"`
	Documents int      `json:"documents"`
	Skipped   int      `json:"skipped"`
	Replaced  int      `json:"replaced"`
	Facts     int      `json:"facts"`
	BadLines  int      `json:"bad_lines"`
	Errors    []string `json:"errors,omitempty"`
}

const maxLoadErrors = 20

// handleLoad loads JSON Lines facts into the store (graph/load).
func (s *Server) handleLoad(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.AllowWrite {
		s.readOnly(w)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST")
		writeError(w, http.StatusMethodNotAllowed, "method %s not allowed: POST JSON Lines facts to /api/v2/load", r.Method)
		return
	}
	body, code, err := readBody(w, r, s.cfg.MaxLoad)
	if err != nil {
		writeError(w, code, "%v", err)
		return
	}
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	ctx := r.Context()
	l, err := load.New(ctx, s.st, s.cfg.Mapper)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return
	}
	var errs []string
	l.OnError = func(err error) {
		if len(errs) < maxLoadErrors {
			errs = append(errs, err.Error())
		}
	}
	st, err := l.Load(ctx, bytes.NewReader(body), "request")
	s.invalidate()
	if err != nil {
		writeError(w, http.StatusInternalServerError, "%v", err)
		return
	}
	resp := loadResponse{
		Result:    fmt.Sprintf("loaded %d documents (%d unchanged, %d replaced), %d facts", st.Documents, st.Skipped, st.Replaced, st.Facts),
		Documents: st.Documents, Skipped: st.Skipped, Replaced: st.Replaced, Facts: st.Facts, BadLines: st.BadLines, Errors: errs,
	}
	code = http.StatusOK
	if st.BadLines > 0 && st.Facts == 0 {
		code = http.StatusBadRequest
		resp.Result = ""
		resp.Error = "no valid facts in the request: send JSON Lines of facts as textgraph extract writes them"
	}
	writeJSON(w, code, resp)
}
