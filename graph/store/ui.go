package store

import (
	"fmt"
	"io/fs"

	"github.com/cayleygraph/cayley/ui"
)

// UI returns the files of Cayley's web UI (a prebuilt single-page app:
// index.html, static/js, static/css), rooted at the directory that holds
// index.html. The files are embedded in the binary.
//
// As built, the app sends its queries to http://localhost:64210 (Cayley's
// default address) and loads its code editor from cdn.jsdelivr.net; a
// server that hosts it elsewhere, or offline, must adapt both (see
// graph/serve).
func UI() (fs.FS, error) {
	sub, err := fs.Sub(ui.FS, "web")
	if err != nil {
		return nil, fmt.Errorf("store: cayley web ui: %w", err)
	}
	return sub, nil
}
