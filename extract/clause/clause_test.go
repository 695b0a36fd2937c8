package clause

import (
	"io"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/textgraph/textgraph/extract/conllu"
)

// show renders an extraction as "subject | relation | object [| extra]"
// with its normalized lemma and flags.
func show(e Extraction) string {
	args := e.Args()
	parts := append([]string{args[0], e.Relation}, args[1:]...)
	s := strings.Join(parts, " | ") + " (" + e.Lemma + ")"
	if e.Negated {
		s += " NEG"
	}
	if e.Modal {
		s += " MODAL"
	}
	if e.Second {
		s += " SECOND"
	}
	return s
}

func TestExtractGoldParses(t *testing.T) {
	f, err := os.Open("testdata/seeds.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := map[string][]string{
		"resign": {
			"The head of Amnesty International in Ukraine | has decided to step down from | the organization (step down from)",
			"Oksana Pokalchuk | is | The head of Amnesty International in Ukraine (be)",
			"Oksana Pokalchuk | was | The head of Amnesty International in Ukraine (be) SECOND",
			"The head of Amnesty International in Ukraine | is | Oksana Pokalchuk (be) SECOND",
			// Weak readings of the nominal modifiers, scored low.
			"The head | is of | Amnesty International (be of) SECOND",
			"Amnesty International | has | head (have) SECOND",
			"Amnesty International | had | head (have) SECOND",
			"The head of Amnesty International | is in | Ukraine (be in) SECOND",
			"The head of Amnesty International in Ukraine, Oksana Pokalchuk | has decided to step down from | the organization (step down from) SECOND",
			"Oksana Pokalchuk | is The head of Amnesty International in | Ukraine (be) SECOND",
			"Oksana Pokalchuk | was The head of Amnesty International in | Ukraine (be) SECOND",
		},
		"said": {
			"Amnesty International Secretary General Agnes Callamard | said | the organization had documented a pattern of abuses (say)",
			"the organization | had documented | a pattern of abuses (document)",
			"Agnes Callamard | is | Amnesty International Secretary General (be)",
			"Agnes Callamard | was | Amnesty International Secretary General (be) SECOND",
			"a pattern | is of | abuses (be of) SECOND",
			"Amnesty International Secretary General Agnes Callamard | said the organization had documented a pattern of | abuses (say) SECOND",
			"Amnesty International Secretary General Agnes Callamard | said the organization had documented | a pattern of abuses (say) SECOND",
			"the organization | had documented a pattern of | abuses (document) SECOND",
		},
		"negated": {
			"Amnesty | did not respond to | the ministry (respond to) NEG",
		},
		"relcl": {
			// UD attaches a modifier of a coordination to its first
			// conjunct, so the relative clause may describe both.
			"Zelensky | lead | Ukraine (lead)",
			"Kuleba | lead | Ukraine (lead)",
			"Zelensky | accused | Amnesty (accuse)",
			"Kuleba | accused | Amnesty (accuse)",
			"Zelensky and Kuleba | lead | Ukraine (lead) SECOND",
			"Zelensky and Kuleba, who lead Ukraine | accused | Amnesty (accuse) SECOND",
		},
	}
	r := conllu.NewReader(f)
	seen := 0
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		seen++
		var got []string
		for _, e := range Extract(s, r.Text()) {
			got = append(got, show(e))
			if e.Confidence <= 0 || e.Confidence > 1 {
				t.Errorf("%s: confidence %v outside (0,1]", show(e), e.Confidence)
			}
		}
		w := want[s.ID]
		sort.Strings(got)
		sort.Strings(w)
		if strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s:\n got:\n  %s\nwant:\n  %s", s.ID, strings.Join(got, "\n  "), strings.Join(w, "\n  "))
		}
	}
	if seen != len(want) {
		t.Errorf("read %d sentences, want %d", seen, len(want))
	}
}

// TestSpansSliceText checks on a whole treebank (gold parses) that every
// part of every extraction is a span of the sentence, and that second
// readings score below first ones.
func TestSpansSliceText(t *testing.T) {
	f, err := os.Open("../../../shared/ud/UD_English-EWT/en_ewt-ud-dev.conllu")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	n := 0
	for {
		s, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		text := r.Text()
		firstMin, secondMax := 2.0, -1.0
		for _, e := range Extract(s, text) {
			n++
			if e.Second {
				secondMax = max(secondMax, e.Confidence)
			} else {
				firstMin = min(firstMin, e.Confidence)
			}
			for i, p := range append([]Part{e.Subject, e.Object}, e.Extra...) {
				if i == 1 && p.From == p.To && p.Text == "" && e.Second {
					continue // a clause without argument, a second reading
				}
				if p.From < 0 || p.To > len(s.Tokens) || p.From >= p.To {
					t.Fatalf("%s: bad part %+v in %s", s.ID, p, show(e))
				}
				if want := text[s.Tokens[p.From].Start:s.Tokens[p.To-1].End]; p.Text != want {
					t.Fatalf("%s: part text %q, span says %q", s.ID, p.Text, want)
				}
			}
		}
		if secondMax >= firstMin {
			t.Errorf("%s: a second reading scores %.3f, a first one %.3f", s.ID, secondMax, firstMin)
		}
	}
	if n < 2000 {
		t.Errorf("only %d extractions from the EWT dev set's gold parses", n)
	}
}

// TestTrees checks that the generated trees are well formed: every split
// names a feature and nodes of the same tree.
func TestTrees(t *testing.T) {
	for k, tr := range trees {
		for n, s := range tr {
			if s.Feature >= len(featureNames) {
				t.Errorf("tree %d node %d: feature %d of %d", k, n, s.Feature, len(featureNames))
			}
			if s.Feature >= 0 && (s.No <= n || s.No >= len(tr) || s.Yes <= n || s.Yes >= len(tr)) {
				t.Errorf("tree %d node %d: children %d, %d of %d nodes", k, n, s.No, s.Yes, len(tr))
			}
		}
	}
	x := make([]float64, len(featureNames))
	if v := boosted(x); v <= 0 || v >= 1 {
		t.Errorf("boosted(no features) = %v, want in (0,1)", v)
	}
}
