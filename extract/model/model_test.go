package model

import (
	"bytes"
	"io"
	"testing"
	"testing/fstest"
)

func TestCreateOpenRoundTrip(t *testing.T) {
	var b bytes.Buffer
	payload := bytes.Repeat([]byte("TGPARSE weights "), 1000)
	if err := Create(&b, func(w io.Writer) error { _, err := w.Write(payload); return err }); err != nil {
		t.Fatal(err)
	}
	if b.Len() >= len(payload) {
		t.Errorf("compressed %d bytes into %d", len(payload), b.Len())
	}
	fsys := fstest.MapFS{"parse.gz": {Data: b.Bytes()}, "broken.gz": {Data: []byte("not gzip")}}
	r, err := OpenFS(fsys, "parse")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	r.Close()
	if err != nil || !bytes.Equal(got, payload) {
		t.Fatalf("read back %d bytes (%v), want the %d written", len(got), err, len(payload))
	}
	if _, err := OpenFS(fsys, "missing"); err == nil {
		t.Error("opening a missing model succeeded")
	}
	if _, err := OpenFS(fsys, "broken"); err == nil {
		t.Error("opening a file that is not gzip succeeded")
	}
}

func TestEmbeddedModels(t *testing.T) {
	for _, name := range []string{"tag", "lemma", "parse", "ner"} {
		r, err := Open(name)
		if err != nil {
			t.Fatalf("embedded %s: %v", name, err)
		}
		n, err := io.Copy(io.Discard, r)
		r.Close()
		if err != nil || n == 0 {
			t.Errorf("embedded %s: %d bytes, %v", name, n, err)
		}
	}
}
