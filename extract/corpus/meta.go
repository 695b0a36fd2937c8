package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"time"

	"github.com/textgraph/textgraph/extract"
)

// MetaSuffix names an article's metadata file: the metadata of a.txt is
// a.txt.meta.json, beside it. Files never lists metadata files as articles.
const MetaSuffix = ".meta.json"

// Meta is what an article's metadata file may say about it, as a JSON
// object: {"date": "2022-08-05", "title": "…", "url": "https://…"}. Every
// field is optional; what it gives overrides the date header of the text and
// the --date given to the whole run. The date resolves the article's
// relative dates ("on Friday"); the URL becomes the document's source.
type Meta struct {
	Date  string `json:"date,omitempty"`  // publication date, YYYY-MM-DD
	Title string `json:"title,omitempty"` // headline
	URL   string `json:"url,omitempty"`   // where the article was published (http or https)
}

// maxMeta bounds the size of a metadata file.
const maxMeta = 1 << 20

// ReadMeta reads the metadata file of the article at path. It returns nil
// and no error when there is none; an unreadable or malformed file is an
// error naming it. raw is the file's content, part of the document's
// identity.
func ReadMeta(path string) (m *Meta, raw []byte, err error) {
	name := path + MetaSuffix
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: metadata %s: %w", name, err)
	}
	defer f.Close()
	raw, err = io.ReadAll(io.LimitReader(f, maxMeta+1))
	if err != nil {
		return nil, nil, fmt.Errorf("corpus: metadata %s: %w", name, err)
	}
	if len(raw) > maxMeta {
		return nil, nil, fmt.Errorf("corpus: metadata %s: more than %d bytes", name, maxMeta)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	m = new(Meta)
	if err := dec.Decode(m); err != nil {
		return nil, nil, fmt.Errorf("corpus: metadata %s: want a JSON object with date, title and url: %w", name, err)
	}
	if dec.More() {
		return nil, nil, fmt.Errorf("corpus: metadata %s: more than one JSON value", name)
	}
	if m.Date != "" {
		if _, err := time.Parse("2006-01-02", m.Date); err != nil {
			return nil, nil, fmt.Errorf("corpus: metadata %s: bad date %q: want YYYY-MM-DD", name, m.Date)
		}
	}
	if m.URL != "" {
		u, err := url.Parse(m.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, nil, fmt.Errorf("corpus: metadata %s: bad url %q: want an http or https URL", name, m.URL)
		}
	}
	return m, raw, nil
}

// options turns the metadata into extraction options for the document
// identified by id.
func (m *Meta) options(id string) []extract.Option {
	opts := []extract.Option{extract.WithID(id)}
	if m.Date != "" {
		opts = append(opts, extract.WithDate(m.Date))
	}
	if m.Title != "" {
		opts = append(opts, extract.WithTitle(m.Title))
	}
	if m.URL != "" {
		opts = append(opts, extract.WithSource(m.URL))
	}
	return opts
}
