package parse

import (
	"bytes"
	"slices"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
	"github.com/textgraph/textgraph/extract/tag"
)

// Floors of the embedded guide's dev UAS (predicted tags).
const guideFloorEWT, guideFloorGUM = 83.2, 81.8

func TestSetGuide(t *testing.T) {
	tests := []struct {
		heads []int32
		kids  [][]int32 // children of 0..n
	}{
		{[]int32{-1, 0}, [][]int32{{1}, nil}},
		{[]int32{-1, 2, 0, 2}, [][]int32{{2}, nil, {1, 3}, nil}},
		{[]int32{-1, 3, 3, 0, 5, 3, 5}, [][]int32{{3}, nil, nil, {1, 2, 5}, nil, {4, 6}, nil}},
	}
	var s state
	for _, tc := range tests {
		s.setGuide(tc.heads)
		if !slices.Equal(s.gh, tc.heads) {
			t.Errorf("heads %v, want %v", s.gh, tc.heads)
		}
		for h, want := range tc.kids {
			if got := s.guideChildren(int32(h)); !slices.Equal(got, want) && len(got)+len(want) > 0 {
				t.Errorf("heads %v: children of %d %v, want %v", tc.heads, h, got, want)
			}
		}
	}
}

// TestGuideRoundTrip trains a small stacked parser and checks that it
// parses the same after saving and loading.
func TestGuideRoundTrip(t *testing.T) {
	ss := readUD(t, "UD_English-EWT", "en_ewt-ud-dev.conllu")
	train, dev := ss[:400], ss[400:500]
	p, err := Train(t.Context(), train, dev, TrainOptions{Epochs: 1, ActionBits: 16, LabelBits: 12, Beam: 2, GuideFolds: 2}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.mst == nil {
		t.Fatal("no guide parser")
	}
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	q, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	if q.mst == nil {
		t.Fatal("guide parser not loaded")
	}
	uas1, las1 := p.score(dev)
	uas2, las2 := q.score(dev)
	t.Logf("UAS %.2f LAS %.2f; loaded: UAS %.2f LAS %.2f", uas1, las1, uas2, las2)
	if uas2 < uas1-2 || uas2 < 40 {
		t.Errorf("loaded model UAS %.2f, trained %.2f", uas2, uas1)
	}
}

// TestGuideDevFloor checks the embedded guide parser alone on EWT and GUM
// dev, tagged by the embedded tagger.
func TestGuideDevFloor(t *testing.T) {
	p := testParser(t)
	if p.mst == nil {
		t.Skip("the embedded parser has no guide")
	}
	tg, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		treebank, file string
		uas            float64
	}{
		{"UD_English-EWT", "en_ewt-ud-dev.conllu", guideFloorEWT},
		{"UD_English-GUM", "en_gum-ud-dev.conllu", guideFloorGUM},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			var ss []*doc.Sentence
			for _, g := range readUD(t, tc.treebank, tc.file) {
				s := &doc.Sentence{Tokens: append([]doc.Token(nil), g.Tokens...)}
				tg.TagSentence(s)
				ss = append(ss, s)
			}
			uas := p.mst.UAS(ss)
			t.Logf("%s guide UAS %.2f", tc.file, uas)
			if uas < tc.uas {
				t.Errorf("guide UAS %.2f, want at least %.1f", uas, tc.uas)
			}
		})
	}
}
