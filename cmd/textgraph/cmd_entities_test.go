package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestSeedEntities builds the seed articles and checks `textgraph entities`:
// one node for each entity the articles are about, whatever spelling each
// article uses, none merged with another, and no pronoun, title or bare
// description as a label.
func TestSeedEntities(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kg.db")
	if code, _, errs := runCmd(t, "", "build", "--db", db, "../../seeds"); code != 0 {
		t.Fatalf("build: exit %d: %s", code, errs)
	}
	code, out, errs := runCmd(t, "", "entities", "--db", db, "--json")
	if code != 0 {
		t.Fatalf("entities: exit %d: %s", code, errs)
	}
	var rows []entityRow
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var r entityRow
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("entities --json line %q: %v", line, err)
		}
		rows = append(rows, r)
	}
	want := []struct {
		typ    string
		labels []string // the canonical label is one of these
		forms  []string // spellings the articles use, each an alias or the label
	}{
		{"PER", []string{"Oksana Pokalchuk", "Oksana Pokaltchouk"}, []string{"Oksana Pokalchuk", "Oksana Pokaltchouk"}},
		{"PER", []string{"Agnès Callamard"}, []string{"Agnes Callamard"}},
		{"PER", []string{"Dmytro Kuleba", "Dmytro Kouleba"}, []string{"Dmytro Kuleba", "Dmytro Kouleba"}},
		{"PER", []string{"Volodymyr Zelensky", "Volodymyr Zelenskyy"}, nil},
		{"ORG", []string{"Amnesty International"}, nil},
		{"ORG", []string{"Amnesty International Ukraine"}, nil},
		{"ORG", []string{"Ministry of Defence", "Ministry of Defense"}, []string{"Defense Ministry"}},
		{"LOC", []string{"Kyiv"}, nil},
		{"LOC", []string{"Russia"}, nil},
		{"LOC", []string{"Ukraine"}, nil},
	}
	owner := map[string]string{} // surface form -> label of the entity having it
	for _, r := range rows {
		for _, f := range append([]string{r.Label}, r.Aliases...) {
			owner[f] = r.Label
		}
		switch strings.ToLower(r.Label) {
		case "she", "he", "her", "his", "they", "it", "the organization", "the ngo", "the ministry", "ms.", "secretary general":
			t.Errorf("entity labelled %q", r.Label)
		}
	}
	seen := map[string]bool{}
	for _, w := range want {
		var found []entityRow
		for _, r := range rows {
			for _, l := range w.labels {
				if r.Label == l && r.Type == w.typ {
					found = append(found, r)
				}
			}
		}
		if len(found) != 1 {
			t.Errorf("%s %v: %d entities, want exactly one", w.typ, w.labels, len(found))
			continue
		}
		e := found[0]
		if e.Articles < 1 {
			t.Errorf("%q: no article mentions it", e.Label)
		}
		if seen[e.Label] {
			t.Errorf("%q stands for two of the expected entities", e.Label)
		}
		seen[e.Label] = true
		for _, f := range w.forms {
			if owner[f] != e.Label {
				t.Errorf("%q belongs to %q, want %q", f, owner[f], e.Label)
			}
		}
	}
}
