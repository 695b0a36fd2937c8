package ner

import (
	"strings"
	"testing"
)

// spansOf renders the labeled names of a document as "TYPE words".
func spansOf(ds []Labeled) []string {
	var out []string
	for _, d := range ds {
		for _, s := range d.Sentences {
			for i := 0; i < len(s.Words); i++ {
				if !strings.HasPrefix(s.Labels[i], "B-") {
					continue
				}
				j := i + 1
				for j < len(s.Words) && s.Labels[j] == "I-"+s.Labels[i][2:] {
					j++
				}
				out = append(out, s.Labels[i][2:]+" "+strings.Join(s.Words[i:j], " "))
				i = j - 1
			}
		}
	}
	return out
}

// gumRow builds a CoNLL-U row: id, form, upos, head, deprel, misc.
func gumRow(id, form, upos, head, rel, misc string) string {
	return strings.Join([]string{id, form, "_", upos, "_", "_", head, rel, "_", misc}, "\t")
}

func TestReadGUM(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want []string
	}{
		{"nested names cut at a list", []string{
			gumRow("1", "Claire", "PROPN", "0", "root", "Entity=(1-person-new-x-x-1,2-coref"),
			gumRow("2", "Warwick", "PROPN", "1", "flat", "Entity=1)"),
			gumRow("3", "University", "PROPN", "1", "list", "Entity=(2-organization-new-x-x-1-sgl"),
			gumRow("4", "of", "ADP", "5", "case", "_"),
			gumRow("5", "Portsmouth", "PROPN", "3", "nmod", "Entity=(3-place-new-x-x-1-sgl)|SpaceAfter=No"),
			gumRow("6", ",", "PUNCT", "8", "punct", "_"),
			gumRow("7", "United", "PROPN", "8", "amod", "Entity=(4-place-new-x-x-1-coref"),
			gumRow("8", "Kingdom", "PROPN", "3", "list", "Entity=4)2)"),
		}, []string{"PER Claire Warwick", "ORG University of Portsmouth", "LOC United Kingdom"}},
		{"determiner, title and possessive dropped", []string{
			gumRow("1", "the", "DET", "3", "det", "Entity=(1-place-giv-x-x-1-coref"),
			gumRow("2", "United", "PROPN", "3", "amod", "_"),
			gumRow("3", "States", "PROPN", "0", "root", "Entity=1)"),
			gumRow("4", "President", "PROPN", "5", "compound", "Entity=(2-person-giv-x-x-1-coref"),
			gumRow("5", "Obama", "PROPN", "3", "dep", "_"),
			gumRow("6", "’s", "PART", "5", "case", "Entity=2)"),
		}, []string{"LOC United States", "PER Obama"}},
		{"descriptions are not names", []string{
			gumRow("1", "the", "DET", "2", "det", "Entity=(1-person-giv-x-x-1-coref"),
			gumRow("2", "mayor", "NOUN", "0", "root", "_"),
			gumRow("3", "of", "ADP", "4", "case", "_"),
			gumRow("4", "London", "PROPN", "2", "nmod", "Entity=(2-place-new-x-x-1-sgl)1)"),
			gumRow("5", "Monday", "PROPN", "2", "obl", "Entity=(3-time-new-x-x-1-sgl)"),
		}, []string{"LOC London"}},
		{"a country acting as an organization is a place", []string{
			gumRow("1", "Russia", "PROPN", "2", "nsubj", "Entity=(1-organization-giv-x-x-1-coref)"),
			gumRow("2", "invaded", "VERB", "0", "root", "_"),
		}, []string{"LOC Russia"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := "# newdoc id = d1\n# text = x\n" + strings.Join(tt.rows, "\n") + "\n\n"
			ds, err := ReadGUM(strings.NewReader(in), "t.conllu")
			if err != nil {
				t.Fatal(err)
			}
			if len(ds) != 1 || ds[0].Name != "d1" {
				t.Fatalf("read %d documents (%+v), want d1", len(ds), ds)
			}
			if got := spansOf(ds); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := ReadGUM(strings.NewReader("1\tx\t_\n"), "bad"); err == nil {
		t.Error("a row of 3 columns was accepted")
	}
}

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		labels map[string]string
		docs   int
		want   []string
	}{
		{"wikigold IOB1, MISC dropped", `-DOCSTART- O

The I-ORG
Mad I-ORG
Capsule I-ORG
Markets I-ORG
from O
Japanese I-MISC
toured O
the O
UK I-LOC
with O
Kojima I-PER
Minoru I-PER
. O

-DOCSTART- O

Pittsburgh I-LOC
`, WikigoldLabels, 2, []string{"ORG Mad Capsule Markets", "LOC UK", "PER Kojima Minoru", "LOC Pittsburgh"}},
		{"re3d labels mapped and cut to names", "The\tB-Organisation\nMembers\tI-Organisation\nof\tI-Organisation\nthe\tI-Organisation\nCouncil\tI-Organisation\nmet\tO\nIraqi\tB-Person\nPresident\tI-Person\nFuad\tI-Person\nMasum\tI-Person\n.\tO\n\n" +
			"U.S.\tB-Organisation\nservice\tI-Organisation\nmembers\tI-Organisation\nin\tO\nSyria\tB-Location\nand\tO\nIraqi\tB-Nationality\nforces\tO\nsaw\tO\nWe\tB-Organisation\n",
			Re3dLabels, 1, []string{"ORG Members of the Council", "PER Fuad Masum", "LOC Syria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, err := ReadCoNLL(strings.NewReader(tt.in), "t.conll", tt.labels)
			if err != nil {
				t.Fatal(err)
			}
			if len(ds) != tt.docs {
				t.Errorf("read %d documents, want %d", len(ds), tt.docs)
			}
			if got := spansOf(ds); strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
