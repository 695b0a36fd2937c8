package wordnet

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Lines of WordNet 3.0's data files (Copyright 2006 by Princeton
// University), shortened: fewer pointers, glosses cut.
func TestParseSynset(t *testing.T) {
	tests := []struct {
		name, line string
		want       Synset
	}{
		{"verb with frames",
			"02207224 40 v 02 buy 0 purchase 0 002 $ 02646757 v 0000 @ 02210873 v 0000 03 + 02 00 + 08 00 + 16 00 | obtain by purchase",
			Synset{Offset: "02207224", LexFile: 40, Words: []string{"buy", "purchase"}, Frames: []string{"02,08,16", "02,08,16"}}},
		{"verb with a frame of one word",
			"02680814 42 v 02 quit 0 lay_off 0 001 @ 02680531 v 0000 02 + 08 00 + 33 02 | put an end to",
			Synset{Offset: "02680814", LexFile: 42, Words: []string{"quit", "lay off"}, Frames: []string{"08", "08,33"}}},
		{"named organization",
			"08022259 14 n 02 Hamas 0 Islamic_Resistance_Movement 0 003 @i 08392137 n 0000 ;c 00759694 n 0000 %p 08040257 n 0000 | a militant movement",
			Synset{Offset: "08022259", LexFile: 14, Words: []string{"Hamas", "Islamic Resistance Movement"}, Instance: true}},
		{"class, not an instance",
			"08524735 15 n 02 city 0 metropolis 0 001 @ 08226335 n 0000 | a large town",
			Synset{Offset: "08524735", LexFile: 15, Words: []string{"city", "metropolis"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSynset(tt.line)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v\nwant %+v", got, tt.want)
			}
		})
	}
	for _, bad := range []string{"", "08022259 14 n", "08022259 14 n 05 Hamas 0", "08022259 xx n 01 Hamas 0 000", "02207224 40 v 01 buy 0 000 02 + 02 00"} {
		if _, err := ParseSynset(bad); !errors.Is(err, ErrFormat) {
			t.Errorf("%q: got %v, want ErrFormat", bad, err)
		}
	}
}

func TestFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	idx, err := Index(write("index.verb", "  1 licence header\nbuy v 2 1 @ 2 1 02207224 02284114  \npurchase v 1 1 @ 1 1 02207224  \n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string][]string{"buy": {"02207224", "02284114"}, "purchase": {"02207224"}}; !reflect.DeepEqual(idx, want) {
		t.Errorf("Index = %v, want %v", idx, want)
	}
	counts, err := Counts(write("cntlist.rev", "buy%2:40:00:: 1 102\nbuy%2:40:02:: 2 2\nbuy%1:04:00:: 1 5\n"), 2)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]map[int]int{"buy": {1: 102, 2: 2}}; !reflect.DeepEqual(counts, want) {
		t.Errorf("Counts = %v, want %v", counts, want)
	}
	_, err = Index(write("bad", "buy v x\n"))
	if !errors.Is(err, ErrFormat) || err.Error() != "bad:1: wordnet: malformed line" {
		t.Errorf("bad index: got %v", err)
	}
	if err := Data(filepath.Join(dir, "missing"), func(Synset) error { return nil }); err == nil {
		t.Error("missing file: no error")
	}
	gen := filepath.Join(dir, "gen.go")
	if err := Generated(gen, []byte("package x\n"), true); err != nil {
		t.Fatal(err)
	}
	if err := Generated(gen, []byte("package x\n"), false); err != nil {
		t.Errorf("same source: %v", err)
	}
	if err := Generated(gen, []byte("package y\n"), false); err == nil {
		t.Error("changed source: no error")
	}
}
