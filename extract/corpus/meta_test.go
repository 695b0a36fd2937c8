package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract"
)

// TestMetadataFiles runs the real pipeline over a folder where one article
// has a metadata file: its date resolves the article's "on Friday", its URL
// becomes the source, its title the headline; editing the metadata makes a
// new document; a malformed metadata file fails its article only, naming the
// file; and metadata files are never read as articles.
func TestMetadataFiles(t *testing.T) {
	p, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	text := "Oksana Pokalchuk resigned from Amnesty International Ukraine on Friday, the organization said.\n"
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", text)
	write("a.txt"+MetaSuffix, `{"date": "2022-08-07", "title": "Head of Amnesty Ukraine resigns", "url": "https://news.example/amnesty"}`)
	write("b.txt", text)
	write("b.txt"+MetaSuffix, `{"dat": "2022-08-07"}`)
	write("c.txt", text)
	write("d.txt", text)
	write("d.txt"+MetaSuffix, `{"date": "7 August 2022"}`)

	files := Files([]string{dir}, func(path string, err error) { t.Errorf("%s: %v", path, err) })
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	if got := strings.Join(names, " "); got != "a.txt b.txt c.txt d.txt" {
		t.Fatalf("Files = %s, want the four articles without their metadata", got)
	}
	results := map[string]Result{}
	err = Run(context.Background(), p, files, Options{Workers: 2, Extract: []extract.Option{extract.WithDefaultDate("2030-01-01")}}, func(r Result) error {
		results[filepath.Base(r.Path)] = r
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	a := results["a.txt"]
	if a.Err != nil {
		t.Fatalf("a.txt: %v", a.Err)
	}
	if a.Doc.Date != "2022-08-07" || a.Doc.Title != "Head of Amnesty Ukraine resigns" || a.Doc.Source != "https://news.example/amnesty" {
		t.Errorf("a.txt: date %q title %q source %q, want the metadata's", a.Doc.Date, a.Doc.Title, a.Doc.Source)
	}
	dated := false
	for _, f := range a.Facts {
		if f.Relation.Name == "resign from" && f.EventDate == "2022-08-05" {
			dated = true
		}
	}
	if !dated {
		t.Errorf("a.txt: no resignation dated Friday 2022-08-05 from the metadata's date: %v", a.Facts)
	}
	c := results["c.txt"]
	if c.Err != nil || c.Doc.Date != "2030-01-01" || c.ID != DocID([]byte(text)) {
		t.Errorf("c.txt (no metadata): err %v, date %q, id %s", c.Err, c.Doc.Date, c.ID)
	}
	if a.ID == c.ID || a.Doc.ID != a.ID {
		t.Errorf("the same text with metadata has id %s (doc %s), without %s", a.ID, a.Doc.ID, c.ID)
	}
	for name, want := range map[string]string{"b.txt": `unknown field "dat"`, "d.txt": `bad date "7 August 2022"`} {
		r := results[name]
		if r.Err == nil || !strings.Contains(r.Err.Error(), name+MetaSuffix) || !strings.Contains(r.Err.Error(), want) {
			t.Errorf("%s: error %v, want one naming %s and saying %s", name, r.Err, name+MetaSuffix, want)
		}
	}

	// Editing the metadata changes the document's identity.
	write("a.txt"+MetaSuffix, `{"date": "2022-08-08"}`)
	_, raw, err := ReadMeta(filepath.Join(dir, "a.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if metaID([]byte(text), raw) == a.ID {
		t.Error("new metadata, same document identity")
	}
}
