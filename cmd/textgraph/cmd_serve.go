package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	"github.com/spf13/pflag"

	"github.com/textgraph/textgraph/graph/serve"
)

type serveOptions struct {
	storeOptions
	Listen       string
	AllowWrite   bool
	QueryTimeout time.Duration
	Limit        int
}

func (o *serveOptions) AddFlags(fs *pflag.FlagSet) {
	o.storeOptions.AddFlags(fs)
	fs.StringVar(&o.Listen, "listen", "127.0.0.1:8080", "address to listen on (host:port); keep it on loopback unless the network is trusted")
	fs.BoolVar(&o.AllowWrite, "allow-write", false, "accept JSON Lines facts on POST /api/v2/load")
	fs.DurationVar(&o.QueryTimeout, "query-timeout", serve.DefaultQueryTimeout, "time limit of every query and page")
	fs.IntVar(&o.Limit, "limit", serve.DefaultLimit, "maximum number of results of a query")
}

func newServeCommand() *Command {
	var o serveOptions
	return &Command{
		Name:  "serve",
		Usage: "[flags]",
		Short: "serve the graph over HTTP: Gizmo API, Cayley's web UI, evidence pages",
		Long: `serve answers, on --listen (loopback by default):

  POST /api/v2/query?lang=gizmo   Gizmo queries, as Cayley's API: the query as the
                                  body (or JSON {"query": "..."}); answers
                                  {"result": [...]} or {"error": "..."}
  /ui/                            Cayley's web UI, working offline
  /                               search box; /search?q=NAME finds entities by
                                  name or alias, accents and case ignored
  /entity/ID                      an entity's evidence: its facts and, for each,
                                  the sentences, articles and claimants
  /fact?s=IRI&p=IRI&o=TERM        one fact's evidence

The server is read-only unless --allow-write is given, which enables
POST /api/v2/load for JSON Lines facts (textgraph extract output). Every query
stops at --query-timeout and returns at most --limit results. Stop the server
with Ctrl-C.

Example:
  textgraph serve --db kg.db
  curl -d 'g.V("Oksana Pokalchuk").In("<rdfs:label>").Out().All()' \
    'http://127.0.0.1:8080/api/v2/query?lang=gizmo'

Exit codes: 0 stopped by a signal; 1 the store or the address could not be
opened; 2 usage error.`,
		Flags: o.AddFlags,
		Run: func(ctx context.Context, env *Env, args []string) error {
			if len(args) != 0 {
				return usagef("serve takes no arguments")
			}
			if o.Limit <= 0 {
				return usagef("--limit must be positive")
			}
			if o.QueryTimeout <= 0 {
				return usagef("--query-timeout must be positive")
			}
			st, err := o.open(ctx)
			if err != nil {
				return err
			}
			defer st.Close()
			ln, err := net.Listen("tcp", o.Listen)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			defer ln.Close()
			h, err := serve.New(st, serve.Config{
				Base: o.Base, Mapper: o.mapper(), AllowWrite: o.AllowWrite,
				QueryTimeout: o.QueryTimeout, Limit: o.Limit,
				LocalHostsOnly: isLoopback(ln.Addr()),
			})
			if err != nil {
				return err
			}
			return runServer(ctx, env, ln, h, o.AllowWrite)
		},
	}
}

// isLoopback reports whether a listener's address is on loopback.
func isLoopback(a net.Addr) bool {
	tcp, ok := a.(*net.TCPAddr)
	return ok && tcp.IP.IsLoopback()
}

// runServer serves h on ln until ctx is done, then shuts down: requests
// run under ctx, so queries in flight are cancelled, and their answers
// get a few seconds to be written.
func runServer(ctx context.Context, env *Env, ln net.Listener, h http.Handler, write bool) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		BaseContext:       func(net.Listener) context.Context { return ctx },
	}
	mode := "read-only"
	if write {
		mode = "loads allowed on /api/v2/load"
	}
	addr := ln.Addr().String()
	fmt.Fprintf(env.Stderr, "textgraph: serving http://%s/ (%s)\n", addr, mode)
	if !isLoopback(ln.Addr()) {
		fmt.Fprintf(env.Stderr, "textgraph: warning: %s is reachable from other machines\n", addr)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shut); err != nil {
		srv.Close() // cut the connections still busy after the grace period
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
