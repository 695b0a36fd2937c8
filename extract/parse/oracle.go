package parse

// gold is a training tree: projectivized heads, label indices and the
// children of each position in compressed form.
type gold struct {
	head  []int32 // head[i] for positions 1..n; head[0] = -1
	label []int32 // label index of the arc into i
	kids  []int32 // children of i are kids[start[i]:start[i+1]]
	start []int32
}

func newGold(heads, labels []int32) *gold {
	n := len(heads) - 1
	g := &gold{head: heads, label: labels, start: make([]int32, n+2), kids: make([]int32, 0, n)}
	for d := 1; d <= n; d++ {
		g.start[heads[d]+1]++
	}
	for i := 1; i <= n+1; i++ {
		g.start[i] += g.start[i-1]
	}
	g.kids = g.kids[:n]
	fill := append([]int32(nil), g.start[:n+1]...)
	for d := 1; d <= n; d++ {
		h := heads[d]
		g.kids[fill[h]] = int32(d)
		fill[h]++
	}
	return g
}

func (g *gold) children(h int32) []int32 { return g.kids[g.start[h]:g.start[h+1]] }

// costs returns, for each valid action, the number of gold arcs it makes
// unreachable (Goldberg and Nivre 2013, arc-hybrid, projective trees).
// Invalid actions get a large cost.
func (g *gold) costs(st *state) (c [nActions]int) {
	ok := st.valid()
	s0, s1, b0 := st.st(0), st.st(1), st.bf(0)
	const bad = 1 << 20
	for a := range c {
		if !ok[a] {
			c[a] = bad
		}
	}
	if ok[shift] {
		n := 0
		if h := g.head[b0]; h >= 0 && st.in[h] && h != s0 {
			n++
		}
		for _, k := range g.children(b0) {
			if st.in[k] {
				n++
			}
		}
		c[shift] = n
	}
	if ok[left] || ok[right] {
		// s0's children still in the buffer are lost either way.
		lost := 0
		if b0 >= 0 {
			for _, k := range g.children(s0) {
				if k >= b0 {
					lost++
				}
			}
		}
		h := g.head[s0]
		if ok[left] {
			n := lost
			if h != b0 && (h == s1 || h > b0) {
				n++
			}
			c[left] = n
		}
		if ok[right] {
			n := lost
			if b0 >= 0 && h >= b0 {
				n++
			}
			c[right] = n
		}
	}
	return c
}

// projectivize lifts non-projective arcs to their grandparents, shortest
// first, until the tree is projective. heads is 1-based with heads[0] = -1.
func projectivize(heads []int32) []int32 {
	h := append([]int32(nil), heads...)
	n := len(h) - 1
	dominated := func(anc, x int32) bool {
		for steps := 0; x > 0 && steps <= n; steps++ {
			if x == anc {
				return true
			}
			x = h[x]
		}
		return anc == 0
	}
	for iter := 0; iter < 4*n; iter++ {
		best, bestLen := int32(-1), int32(1<<30)
		for d := int32(1); d <= int32(n); d++ {
			hd := h[d]
			lo, hi := min(hd, d), max(hd, d)
			if hi-lo < 2 || hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominated(hd, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			break
		}
		h[best] = h[h[best]]
	}
	return h
}
