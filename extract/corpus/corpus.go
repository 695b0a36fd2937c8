// Package corpus runs the extraction pipeline over a corpus: files and
// folders walked in a fixed order, documents extracted by parallel workers,
// results delivered in input order, in bounded memory.
//
// Each file is read whole (up to the pipeline's size limit) because its
// content hash is its identity: a caller can skip a document it already has
// before any analysis is spent on it (see Options.Skip). Problems with one
// file (unreadable, binary, not UTF-8, empty) are delivered as that file's
// Result.Err; the run goes on.
package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/textgraph/textgraph/extract"
	"github.com/textgraph/textgraph/extract/doc"
)

// Extractor is the part of *extract.Pipeline the runner uses.
type Extractor interface {
	Extract(ctx context.Context, r io.Reader, source string, opts ...extract.Option) (*doc.Doc, []doc.Fact, error)
}

// Result is what became of one input file.
type Result struct {
	Path    string
	ID      string // content hash; empty when the file could not be read
	Skipped bool   // Options.Skip said the document is already known
	Doc     *doc.Doc
	Facts   []doc.Fact
	Err     error // why the file was not extracted
}

// Options tune a run.
type Options struct {
	Workers int              // parallel extractions; <= 0 means GOMAXPROCS
	Extract []extract.Option // passed to every Extract call
	// Skip, when set, is asked with each document's content hash before
	// extraction; true skips the document (Result.Skipped).
	Skip func(id string) (bool, error)
	// MaxBytes bounds a file's size (default extract.DefaultMaxBytes).
	MaxBytes int
	// Window bounds the documents extracted ahead of the one fn is
	// handling (default DefaultWindow).
	Window int
}

// DefaultWindow is the default Options.Window: enough for the workers to
// keep going through a store commit, a few MB of annotated news articles.
const DefaultWindow = 64

// DocID returns the identity of a document's text: the first 16 hex digits
// of its SHA-256, as the pipeline assigns it. An article with a metadata file
// is identified by the hash of its text, a zero byte and the metadata file.
func DocID(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])[:16]
}

// metaID is the identity of an article with a metadata file (see DocID).
func metaID(data, meta []byte) string {
	h := sha256.New()
	h.Write(data)
	h.Write([]byte{0})
	h.Write(meta)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Files lists the regular files under paths in the order a run visits them:
// each path as given, a folder's files recursively in lexical order, hidden
// entries and metadata files (MetaSuffix) skipped. A path that cannot be read is reported to bad and left
// out.
func Files(paths []string, bad func(path string, err error)) []string {
	var out []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			bad(p, err)
			continue
		}
		if !fi.IsDir() {
			out = append(out, p)
			continue
		}
		var files []string
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				bad(path, err)
				if d != nil && d.IsDir() && path != p {
					return fs.SkipDir
				}
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && !strings.HasSuffix(path, MetaSuffix) {
				files = append(files, path)
			}
			return nil
		})
		sort.Strings(files)
		out = append(out, files...)
	}
	return out
}

// Run extracts every file of files with p, in parallel, and calls fn with
// the results in the order of files. fn runs on the caller's goroutine; an
// error from fn (or ctx's) stops the run and is returned. At most
// Options.Window documents (at least 2×Workers) are in memory at once.
func Run(ctx context.Context, p Extractor, files []string, o Options, fn func(Result) error) error {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	maxBytes := o.MaxBytes
	if maxBytes <= 0 {
		maxBytes = extract.DefaultMaxBytes
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		i    int
		path string
		out  chan Result
	}
	jobs := make(chan job)
	// Results wait in input order. The window lets workers run ahead while
	// fn is busy (a store commit takes a second or so) without holding more
	// than Window documents.
	window := o.Window
	if window <= 0 {
		window = DefaultWindow
	}
	if window < 2*workers {
		window = 2 * workers
	}
	pending := make(chan chan Result, window)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- one(ctx, p, j.path, o, maxBytes)
			}
		}()
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		for i, path := range files {
			out := make(chan Result, 1)
			select {
			case pending <- out:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{i, path, out}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var err error
	for out := range pending {
		var r Result
		select {
		case r = <-out:
		case <-ctx.Done():
		}
		if err == nil {
			if err = ctx.Err(); err == nil {
				err = fn(r)
			}
			if err != nil {
				cancel()
			}
		}
	}
	wg.Wait()
	return err
}

// one reads and extracts a single file.
func one(ctx context.Context, p Extractor, path string, o Options, maxBytes int) Result {
	r := Result{Path: path}
	f, err := os.Open(path)
	if err != nil {
		r.Err = err
		return r
	}
	data, err := io.ReadAll(io.LimitReader(f, int64(maxBytes)+1))
	f.Close()
	if err != nil {
		r.Err = fmt.Errorf("corpus: reading %s: %w", path, err)
		return r
	}
	if len(data) > maxBytes {
		r.Err = fmt.Errorf("%w: %s: more than %d bytes", extract.ErrTooLarge, path, maxBytes)
		return r
	}
	r.ID = DocID(data)
	meta, raw, err := ReadMeta(path)
	if err != nil {
		r.Err = err
		return r
	}
	opts := o.Extract
	if meta != nil {
		r.ID = metaID(data, raw)
		opts = append(append([]extract.Option{}, opts...), meta.options(r.ID)...)
	}
	if o.Skip != nil {
		skip, err := o.Skip(r.ID)
		if err != nil {
			r.Err = err
			return r
		}
		if skip {
			r.Skipped = true
			return r
		}
	}
	r.Doc, r.Facts, r.Err = p.Extract(ctx, bytes.NewReader(data), path, opts...)
	return r
}
