package mst

import (
	"bytes"
	"math/rand/v2"
	"testing"

	"github.com/textgraph/textgraph/extract/doc"
)

// projective reports whether heads (1..n) form a projective tree with a
// single root dependent.
func projective(heads []int32) bool {
	n := len(heads) - 1
	roots := 0
	for d := 1; d <= n; d++ {
		if heads[d] == 0 {
			roots++
		}
		// acyclic
		seen := 0
		for h := int32(d); h != 0; h = heads[h] {
			if seen++; seen > n {
				return false
			}
		}
	}
	for d := 1; d <= n; d++ {
		lo, hi := min(int(heads[d]), d), max(int(heads[d]), d)
		for k := lo + 1; k < hi; k++ {
			// every word inside the arc descends from its head
			h := int32(k)
			for h != 0 && h != heads[d] {
				h = heads[h]
			}
			if h != heads[d] {
				return false
			}
		}
	}
	return roots == 1
}

// bestTree finds by enumeration the best-scoring projective tree with one
// root dependent.
func bestTree(n int, sc []float32) (float32, []int32) {
	m := n + 1
	heads := make([]int32, m)
	heads[0] = -1
	var best float32 = -1e30
	var arg []int32
	var rec func(d int)
	rec = func(d int) {
		if d > n {
			if !projective(heads) {
				return
			}
			var s float32
			for k := 1; k <= n; k++ {
				s += sc[int(heads[k])*m+k]
			}
			if s > best {
				best, arg = s, append([]int32(nil), heads...)
			}
			return
		}
		for h := 0; h <= n; h++ {
			if h != d {
				heads[d] = int32(h)
				rec(d + 1)
			}
		}
	}
	rec(1)
	return best, arg
}

func TestEisner(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 2, 3, 4, 5, 6} {
		for trial := 0; trial < 20; trial++ {
			m := n + 1
			wk := &work{n: n, sc: make([]float32, m*m)}
			for i := range wk.sc {
				wk.sc[i] = float32(rng.IntN(100))
			}
			want, _ := bestTree(n, wk.sc)
			heads := make([]int32, m)
			heads[0] = -1
			wk.eisner(heads)
			if !projective(heads) {
				t.Fatalf("n=%d: heads %v not a projective single-rooted tree", n, heads)
			}
			var got float32
			for d := 1; d <= n; d++ {
				got += wk.sc[int(heads[d])*m+d]
			}
			if got != want {
				t.Errorf("n=%d: tree %v scores %v, best is %v", n, heads, got, want)
			}
		}
	}
}

func sentence(words ...string) *doc.Sentence {
	s := &doc.Sentence{}
	for i := 0; i+2 < len(words); i += 3 {
		s.Tokens = append(s.Tokens, doc.Token{Form: words[i], Lemma: words[i], UPOS: words[i+1], XPOS: words[i+1], Head: int(words[i+2][0] - '0')})
	}
	return s
}

// TestLearn checks that a few sentences are learnt exactly and that a
// model survives saving and loading.
func TestLearn(t *testing.T) {
	train := []*doc.Sentence{
		sentence("the", "DET", "2", "dog", "NOUN", "3", "barks", "VERB", "0"),
		sentence("a", "DET", "2", "cat", "NOUN", "3", "sleeps", "VERB", "0", "here", "ADV", "3"),
		sentence("dogs", "NOUN", "2", "bark", "VERB", "0", "at", "ADP", "5", "the", "DET", "5", "cat", "NOUN", "2"),
	}
	p, err := Train(t.Context(), train, nil, Options{Bits: 16, Epochs: 10}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if uas := p.UAS(train); uas != 100 {
		t.Errorf("training UAS %.2f, want 100", uas)
	}
	q := roundTrip(t, p)
	if uas := q.UAS(train); uas != 100 {
		t.Errorf("training UAS %.2f after loading, want 100", uas)
	}
	if _, err := Load(bytes.NewReader([]byte("TGMST\n\x00\x00\x09"))); err == nil {
		t.Error("truncated model loaded")
	}
}

// TestScoreArcsQ checks the inlined scoring of quantized models against
// the features of arcFeatures.
func TestScoreArcsQ(t *testing.T) {
	train := []*doc.Sentence{
		sentence("the", "DET", "2", "dog", "NOUN", "3", "barks", "VERB", "0"),
		sentence("dogs", "NOUN", "2", "bark", "VERB", "0", "at", "ADP", "5", "the", "DET", "5", "cat", "NOUN", "2", ".", "PUNCT", "2"),
	}
	p, err := Train(t.Context(), train, nil, Options{Bits: 12, Epochs: 3}, nil)
	if err != nil {
		t.Fatal(err)
	}
	q := roundTrip(t, p)
	wk := &work{}
	for _, s := range train {
		wk.load(s.Tokens)
		q.scoreArcs(wk)
		n, m := wk.n, wk.n+1
		for h := 0; h <= n; h++ {
			for d := 1; d <= n; d++ {
				if h == d {
					continue
				}
				var want float32
				for _, f := range wk.arcFeatures(h, d) {
					want += q.weight(f)
				}
				if got := wk.sc[h*m+d]; got != want {
					t.Errorf("arc %d->%d scores %v, want %v", h, d, got, want)
				}
			}
		}
	}
}

// roundTrip saves p and loads it back.
func roundTrip(t *testing.T, p *Parser) *Parser {
	t.Helper()
	var b bytes.Buffer
	if err := p.Save(&b); err != nil {
		t.Fatal(err)
	}
	q, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	return q
}
