// Package corefeval scores coreference partitions with the CoNLL-2012
// metrics — MUC (Vilain et al. 1995), B³ (Bagga and Baldwin 1998) and
// entity-based CEAF (CEAF-e, Luo 2005) — and their mean, the CoNLL F1,
// following the conventions of the reference scorer (v8.01, Pradhan et al.
// 2014): mentions match by exact span; key and response mentions that have
// no counterpart on the other side count as singletons of their own for MUC
// and simply reduce B³ and CEAF-e; counts are summed over documents before
// the ratios are taken (micro-average).
//
// It also reads the gold coreference of CorefUD-style CoNLL-U files such as
// GUM (the Entity= brackets of the MISC column, ReadGUM), and runs
// textgraph's own analysis and resolver over their gold tokens (System).
//
// Input contract: one Partition per document; a mention is a half-open range
// of token positions counted from the start of its document.
package corefeval

import (
	"fmt"
	"io"
	"math"
)

// Mention is a half-open range [Start, End) of token positions within one
// document.
type Mention struct{ Start, End int }

// Partition is the clustering of one document's mentions into entities.
// A mention should appear in at most one entity; a repeated mention is
// counted once, in the first entity that holds it.
type Partition [][]Mention

// WithoutSingletons returns the entities of p with more than one mention,
// as the CoNLL-2012 data (which annotates no singletons) is scored.
func (p Partition) WithoutSingletons() Partition {
	var out Partition
	for _, e := range p {
		if len(e) > 1 {
			out = append(out, e)
		}
	}
	return out
}

// Metric holds the numerators and denominators of one metric, summed over
// documents.
type Metric struct {
	RNum, RDen, PNum, PDen float64
}

// Recall returns the metric's recall in [0, 1].
func (m Metric) Recall() float64 { return ratio(m.RNum, m.RDen) }

// Precision returns the metric's precision in [0, 1].
func (m Metric) Precision() float64 { return ratio(m.PNum, m.PDen) }

// F1 returns the harmonic mean of precision and recall.
func (m Metric) F1() float64 {
	p, r := m.Precision(), m.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return a / b
}

func (m *Metric) add(o Metric) {
	m.RNum += o.RNum
	m.RDen += o.RDen
	m.PNum += o.PNum
	m.PDen += o.PDen
}

// Scores accumulates the three metrics over documents.
type Scores struct {
	MUC, B3, CEAFe Metric
	Docs           int
}

// CoNLL returns the CoNLL-2012 score: the mean of the MUC, B³ and CEAF-e F1.
func (s Scores) CoNLL() float64 { return (s.MUC.F1() + s.B3.F1() + s.CEAFe.F1()) / 3 }

// Add scores one document's response partition against its key.
func (s *Scores) Add(key, response Partition) {
	key, response = dedup(key), dedup(response)
	s.MUC.add(MUC(key, response))
	s.B3.add(B3(key, response))
	s.CEAFe.add(CEAFe(key, response))
	s.Docs++
}

// Report writes one line per metric and the CoNLL mean, in percent.
func (s Scores) Report(w io.Writer) {
	for _, m := range []struct {
		name string
		m    Metric
	}{{"MUC", s.MUC}, {"B3", s.B3}, {"CEAF-e", s.CEAFe}} {
		fmt.Fprintf(w, "  %-7s R %5.1f  P %5.1f  F1 %5.1f\n", m.name, 100*m.m.Recall(), 100*m.m.Precision(), 100*m.m.F1())
	}
	fmt.Fprintf(w, "  %-7s F1 %6.2f\n", "CoNLL", 100*s.CoNLL())
}

// dedup drops repeated mentions (keeping the first occurrence) and entities
// left empty.
func dedup(p Partition) Partition {
	seen := map[Mention]bool{}
	var out Partition
	for _, e := range p {
		var ne []Mention
		for _, m := range e {
			if !seen[m] {
				seen[m] = true
				ne = append(ne, m)
			}
		}
		if len(ne) > 0 {
			out = append(out, ne)
		}
	}
	return out
}

func index(p Partition) map[Mention]int {
	ix := map[Mention]int{}
	for i, e := range p {
		for _, m := range e {
			ix[m] = i
		}
	}
	return ix
}

// mucSide returns Σ(|S| − |p(S)|) and Σ(|S| − 1) over the entities S of a,
// where p(S) is the partition of S by the entities of b; mentions of S
// absent from b form one part each.
func mucSide(a, b Partition) (num, den float64) {
	ix := index(b)
	for _, e := range a {
		parts := map[int]bool{}
		missing := 0
		for _, m := range e {
			if j, ok := ix[m]; ok {
				parts[j] = true
			} else {
				missing++
			}
		}
		num += float64(len(e) - len(parts) - missing)
		den += float64(len(e) - 1)
	}
	return num, den
}

// MUC scores one document with the link-based MUC metric.
func MUC(key, response Partition) Metric {
	var m Metric
	m.RNum, m.RDen = mucSide(key, response)
	m.PNum, m.PDen = mucSide(response, key)
	return m
}

// overlaps returns |K_i ∩ R_j| for every pair that shares a mention.
func overlaps(key, response Partition) map[[2]int]int {
	ix := index(response)
	out := map[[2]int]int{}
	for i, e := range key {
		for _, m := range e {
			if j, ok := ix[m]; ok {
				out[[2]int{i, j}]++
			}
		}
	}
	return out
}

// B3 scores one document with the mention-based B³ metric, as the reference
// scorer extends it to predicted mentions: recall Σ_i Σ_j |K_i∩R_j|²/|K_i|
// over all key mentions, precision symmetrically over all response mentions.
func B3(key, response Partition) Metric {
	var m Metric
	for pair, n := range overlaps(key, response) {
		sq := float64(n * n)
		m.RNum += sq / float64(len(key[pair[0]]))
		m.PNum += sq / float64(len(response[pair[1]]))
	}
	for _, e := range key {
		m.RDen += float64(len(e))
	}
	for _, e := range response {
		m.PDen += float64(len(e))
	}
	return m
}

// CEAFe scores one document with entity-based CEAF: the similarity
// φ4(K, R) = 2|K∩R| / (|K|+|R|) summed over the best one-to-one alignment
// of key and response entities (Kuhn-Munkres), divided by the number of
// key entities (recall) and of response entities (precision).
func CEAFe(key, response Partition) Metric {
	sim := make([][]float64, len(key))
	for i := range sim {
		sim[i] = make([]float64, len(response))
	}
	for pair, n := range overlaps(key, response) {
		i, j := pair[0], pair[1]
		sim[i][j] = 2 * float64(n) / float64(len(key[i])+len(response[j]))
	}
	best := 0.0
	for i, j := range MaxAssignment(sim) {
		if j >= 0 {
			best += sim[i][j]
		}
	}
	return Metric{RNum: best, RDen: float64(len(key)), PNum: best, PDen: float64(len(response))}
}

// MaxAssignment solves the assignment problem on a rectangular weight
// matrix with the Hungarian (Kuhn-Munkres) algorithm: it returns, for each
// row, the column assigned to it (-1 if none) so that no column is used
// twice and the sum of the chosen weights is maximal. Time O(n²m).
func MaxAssignment(w [][]float64) []int {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 || cols == 0 {
		return out
	}
	// Square it: the shortest-augmenting-path form below needs n ≤ m; pad
	// with zero weights, which never lower the optimum.
	n := max(rows, cols)
	cost := func(i, j int) float64 { // minimise the negated weight
		if i < rows && j < cols {
			return -w[i][j]
		}
		return 0
	}
	// 1-based potentials u (rows), v (columns); p[j] = row matched to
	// column j; way[j] = previous column on the augmenting path.
	u := make([]float64, n+1)
	v := make([]float64, n+1)
	p := make([]int, n+1)
	way := make([]int, n+1)
	minv := make([]float64, n+1)
	used := make([]bool, n+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j] = math.Inf(1)
			used[j] = false
		}
		for {
			used[j0] = true
			i0 := p[j0]
			delta := math.Inf(1)
			j1 := 0
			for j := 1; j <= n; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j] = cur
					way[j] = j0
				}
				if minv[j] < delta {
					delta = minv[j]
					j1 = j
				}
			}
			for j := 0; j <= n; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	for j := 1; j <= n; j++ {
		if i := p[j] - 1; i < rows && j-1 < cols && p[j] > 0 {
			out[i] = j - 1
		}
	}
	return out
}
