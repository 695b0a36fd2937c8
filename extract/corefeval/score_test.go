package corefeval

import (
	"math"
	"testing"
)

// part builds a partition from entities written as strings of one-letter
// mentions: "abc" is the entity {a, b, c}.
func part(es ...string) Partition {
	var p Partition
	for _, e := range es {
		var ms []Mention
		for _, r := range e {
			ms = append(ms, Mention{int(r), int(r) + 1})
		}
		p = append(p, ms)
	}
	return p
}

type prf struct{ r, p float64 }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-4 }

// The cases follow the reference scorer's own test suite (Pradhan et al.
// 2014, cases A1–A4 over the key {a} {b,c} {d,e,f,g}) and the paper's
// worked example (key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}:
// MUC R 0.40 P 0.40, B³ R 0.42 P 0.50, CEAF-e R 0.65 P 0.43); the expected
// values are exact fractions worked out from the definitions.
func TestMetrics(t *testing.T) {
	key := part("a", "bc", "defg")
	tests := []struct {
		name         string
		key, resp    Partition
		muc, b3, cfe prf
	}{
		{"A1 identical", key, part("a", "bc", "defg"),
			prf{1, 1}, prf{1, 1}, prf{1, 1}},
		{"A2 missing entity", key, part("a", "bc"),
			prf{1.0 / 4, 1}, prf{3.0 / 7, 1}, prf{2.0 / 3, 1}},
		{"A3 extra mentions", key, part("a", "bc", "defghi"),
			prf{1, 4.0 / 6}, prf{1, (3 + 16.0/6) / 9}, prf{(2 + 0.8) / 3, (2 + 0.8) / 3}},
		{"A4 split entity", key, part("a", "bc", "def", "ghi"),
			prf{3.0 / 4, 3.0 / 5}, prf{(3 + 9.0/4 + 1.0/4) / 7, (6 + 1.0/3) / 9}, prf{(2 + 6.0/7) / 3, (2 + 6.0/7) / 4}},
		{"Pradhan et al. 2014 figure 1", part("abc", "defg"), part("ab", "cd", "fghi"),
			prf{0.4, 0.4}, prf{(4.0/3 + 1.0/3 + 1.0/4 + 1) / 7, 0.5}, prf{0.65, 1.3 / 3}},
		{"Vilain et al. 1995: one entity split in two", part("abcd"), part("ab", "cd"),
			prf{2.0 / 3, 1}, prf{0.5, 1}, prf{2.0 / 3 / 1, 2.0 / 3 / 2}},
		{"empty response", key, nil,
			prf{0, 0}, prf{0, 0}, prf{0, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, c := range []struct {
				metric string
				got    Metric
				want   prf
			}{{"MUC", MUC(tt.key, tt.resp), tt.muc}, {"B3", B3(tt.key, tt.resp), tt.b3}, {"CEAF-e", CEAFe(tt.key, tt.resp), tt.cfe}} {
				if !near(c.got.Recall(), c.want.r) || !near(c.got.Precision(), c.want.p) {
					t.Errorf("%s: R %.4f P %.4f, want R %.4f P %.4f", c.metric, c.got.Recall(), c.got.Precision(), c.want.r, c.want.p)
				}
			}
		})
	}
}

func TestMaxAssignment(t *testing.T) {
	tests := []struct {
		w    [][]float64
		want float64
	}{
		{[][]float64{{1, 2, 3}, {2, 4, 6}, {3, 6, 9}}, 1 + 4 + 9}, // the diagonal
		{[][]float64{{0.8, 0.4, 0}, {0, 1.0 / 3, 0.5}}, 1.3},
		{[][]float64{{0.1}, {0.9}, {0.5}}, 0.9},
		{[][]float64{{7, 0, 0}, {8, 1, 0}, {9, 0, 2}}, 7 + 1 + 2},
		{[][]float64{{5, 9}, {10, 3}}, 19},
	}
	for _, tt := range tests {
		a := MaxAssignment(tt.w)
		sum := 0.0
		used := map[int]bool{}
		for i, j := range a {
			if j < 0 {
				continue
			}
			if used[j] {
				t.Fatalf("%v: column %d used twice", tt.w, j)
			}
			used[j] = true
			sum += tt.w[i][j]
		}
		if !near(sum, tt.want) {
			t.Errorf("%v: assignment %v sums %.3f, want %.3f", tt.w, a, sum, tt.want)
		}
	}
}

func TestScoresSingletonsAndSum(t *testing.T) {
	var s Scores
	s.Add(part("a", "bc", "defg"), part("a", "bc", "defg"))
	s.Add(part("abcd"), part("ab", "cd"))
	// MUC sums over documents: R (4+2)/(4+3), P (4+2)/(4+2).
	if !near(s.MUC.Recall(), 6.0/7) || !near(s.MUC.Precision(), 1) {
		t.Errorf("summed MUC R %.4f P %.4f", s.MUC.Recall(), s.MUC.Precision())
	}
	p := part("a", "bc", "d").WithoutSingletons()
	if len(p) != 1 || len(p[0]) != 2 {
		t.Errorf("WithoutSingletons = %v", p)
	}
	if got := (Scores{}).CoNLL(); got != 0 {
		t.Errorf("empty CoNLL = %v", got)
	}
}

// TestMaxAssignmentBruteForce compares the Hungarian algorithm with trying
// every assignment on small random matrices.
func TestMaxAssignmentBruteForce(t *testing.T) {
	seed := uint64(1)
	rnd := func() float64 { // xorshift: reproducible without math/rand state
		seed ^= seed << 13
		seed ^= seed >> 7
		seed ^= seed << 17
		return float64(seed%1000) / 1000
	}
	var best func(w [][]float64, i int, used []bool) float64
	best = func(w [][]float64, i int, used []bool) float64 {
		if i == len(w) {
			return 0
		}
		b := best(w, i+1, used) // row i unassigned
		for j := range w[i] {
			if !used[j] {
				used[j] = true
				b = max(b, w[i][j]+best(w, i+1, used))
				used[j] = false
			}
		}
		return b
	}
	for n := 1; n <= 5; n++ {
		for m := 1; m <= 5; m++ {
			for trial := 0; trial < 20; trial++ {
				w := make([][]float64, n)
				for i := range w {
					w[i] = make([]float64, m)
					for j := range w[i] {
						if rnd() < 0.6 {
							w[i][j] = rnd()
						}
					}
				}
				sum := 0.0
				for i, j := range MaxAssignment(w) {
					if j >= 0 {
						sum += w[i][j]
					}
				}
				if want := best(w, 0, make([]bool, m)); !near(sum, want) {
					t.Fatalf("%v: Hungarian %.4f, brute force %.4f", w, sum, want)
				}
			}
		}
	}
}
