package serve_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/textgraph/textgraph/graph"
	"github.com/textgraph/textgraph/graph/serve"
	"github.com/textgraph/textgraph/graph/store"
)

// A read-only server over a store, queried with Gizmo as Cayley's v2 API
// is, and refusing writes.
func Example() {
	ctx := context.Background()
	st, err := store.Open(ctx, store.Memory, "")
	if err != nil {
		panic(err)
	}
	defer st.Close()
	oksana := quad.IRI(graph.DefaultBase + "entity/person-oksana-pokalchuk")
	err = st.Write(ctx, []quad.Quad{
		{Subject: oksana, Predicate: quad.IRI(graph.Type), Object: quad.IRI(graph.Schema + "Person")},
		{Subject: oksana, Predicate: quad.IRI(graph.Label), Object: quad.String("Oksana Pokalchuk")},
		{Subject: oksana, Predicate: quad.IRI(graph.AltLabel), Object: quad.String("Pokaltchouk")},
	})
	if err != nil {
		panic(err)
	}
	s, err := serve.New(st, serve.Config{})
	if err != nil {
		panic(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()

	post := func(path, body string) {
		resp, err := http.Post(ts.URL+path, "text/plain", strings.NewReader(body))
		if err != nil {
			panic(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		fmt.Print(resp.StatusCode, " ", string(b))
	}
	post("/api/v2/query?lang=gizmo", `g.V().Has("<rdf:type>", "<schema:Person>").Out("<skos:altLabel>").All()`)
	post("/api/v2/query?lang=sparql", `SELECT * WHERE { ?s ?p ?o }`)
	post("/api/v2/write", `<a> <b> <c> .`)
	// Output:
	// 200 {"result":[{"id":"Pokaltchouk"}]}
	// 400 {"error":"unknown query language \"sparql\": this server answers gizmo only (?lang=gizmo)"}
	// 403 {"error":"the server is read-only: start it with --allow-write to load facts through /api/v2/load"}
}
