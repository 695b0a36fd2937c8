// Package model holds textgraph's trained language models, embedded in the
// binary, and opens them.
//
// Each model is one gzip-compressed file in data/, named NAME.gz, in the
// binary format of the package that owns it (tag, lemma, parse, ner ...).
// Packages load their model lazily, exactly once per process (sync.OnceValues),
// through Open; they never decode a model per call. A directory on disk can
// stand in for the embedded files (see OpenFS), so freshly trained models are
// tried before they are committed.
//
// This package is a leaf: it imports only the standard library.
package model

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
)

//go:embed data
var embedded embed.FS

// FS returns the file system models are read from: the directory named by the
// environment variable TEXTGRAPH_MODELS when it is set, else the embedded data.
func FS() fs.FS {
	if dir := os.Getenv("TEXTGRAPH_MODELS"); dir != "" {
		return os.DirFS(dir)
	}
	sub, err := fs.Sub(embedded, "data")
	if err != nil {
		panic(err) // cannot happen: "data" is embedded
	}
	return sub
}

// Open returns a reader of the decompressed model NAME (the file NAME.gz).
// The caller closes it.
func Open(name string) (io.ReadCloser, error) { return OpenFS(FS(), name) }

// OpenFS is Open on a given file system.
func OpenFS(fsys fs.FS, name string) (io.ReadCloser, error) {
	f, err := fsys.Open(name + ".gz")
	if err != nil {
		return nil, fmt.Errorf("model: open %s: %w", name, err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("model: %s: %w", name, err)
	}
	return &readCloser{zr, f}, nil
}

type readCloser struct {
	*gzip.Reader
	f fs.File
}

func (r *readCloser) Close() error {
	err := r.Reader.Close()
	if e := r.f.Close(); err == nil {
		err = e
	}
	return err
}

// Create writes a model file: save's output, gzip-compressed at the best
// level, to w. It is how the trainers write NAME.gz for Open to read.
func Create(w io.Writer, save func(io.Writer) error) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("model: %w", err)
	}
	if err := save(zw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("model: compressing: %w", err)
	}
	return nil
}
