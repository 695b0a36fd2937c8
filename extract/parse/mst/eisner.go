package mst

import "math"

// chart holds Eisner's tables over the words 1..n, indexed s*(n+1)+t for
// the span s..t: complete and incomplete spans headed at their left end
// (r) or right end (l), with the split points that made them.
type chart struct {
	cr, cl, ir, il     []float32
	bcr, bcl, bir, bil []int32
	stack              []int32
}

// eisner writes into heads (positions 1..n) the best projective tree
// under wk.sc whose root has a single dependent.
func (wk *work) eisner(heads []int32) {
	n := wk.n
	m := n + 1
	c := &wk.ch
	c.cr, c.cl, c.ir, c.il = grow(c.cr, m*m), grow(c.cl, m*m), grow(c.ir, m*m), grow(c.il, m*m)
	c.bcr, c.bcl, c.bir, c.bil = grow(c.bcr, m*m), grow(c.bcl, m*m), grow(c.bir, m*m), grow(c.bil, m*m)
	sc := wk.sc
	for s := 1; s <= n; s++ {
		c.cr[s*m+s], c.cl[s*m+s] = 0, 0
	}
	for k := 1; k < n; k++ {
		for s := 1; s+k <= n; s++ {
			t := s + k
			// incomplete: an arc between s and t over two complete halves
			best, arg := float32(math.Inf(-1)), int32(s)
			for r := s; r < t; r++ {
				if v := c.cr[s*m+r] + c.cl[(r+1)*m+t]; v > best {
					best, arg = v, int32(r)
				}
			}
			c.ir[s*m+t], c.bir[s*m+t] = best+sc[s*m+t], arg
			c.il[s*m+t], c.bil[s*m+t] = best+sc[t*m+s], arg
			// complete headed at t: a left incomplete span and a complete one
			best, arg = float32(math.Inf(-1)), int32(s)
			for r := s; r < t; r++ {
				if v := c.cl[s*m+r] + c.il[r*m+t]; v > best {
					best, arg = v, int32(r)
				}
			}
			c.cl[s*m+t], c.bcl[s*m+t] = best, arg
			// complete headed at s
			best, arg = float32(math.Inf(-1)), int32(t)
			for r := s + 1; r <= t; r++ {
				if v := c.ir[s*m+r] + c.cr[r*m+t]; v > best {
					best, arg = v, int32(r)
				}
			}
			c.cr[s*m+t], c.bcr[s*m+t] = best, arg
		}
	}
	// the root's single dependent
	best, root := float32(math.Inf(-1)), 1
	for d := 1; d <= n; d++ {
		if v := c.cl[1*m+d] + c.cr[d*m+n] + sc[d]; v > best {
			best, root = v, d
		}
	}
	heads[root] = 0
	// Backtrack: entries are spans encoded s*m+t with the kind in the
	// low bits of a separate push.
	const (
		kCR = iota
		kCL
		kIR
		kIL
	)
	st := c.stack[:0]
	push := func(s, t, kind int) {
		if s < t {
			st = append(st, int32(s), int32(t), int32(kind))
		}
	}
	push(1, root, kCL)
	push(root, n, kCR)
	for len(st) > 0 {
		k := len(st) - 3
		s, t, kind := int(st[k]), int(st[k+1]), st[k+2]
		st = st[:k]
		switch kind {
		case kCR:
			r := int(c.bcr[s*m+t])
			push(s, r, kIR)
			push(r, t, kCR)
		case kCL:
			r := int(c.bcl[s*m+t])
			push(s, r, kCL)
			push(r, t, kIL)
		case kIR:
			heads[t] = int32(s)
			r := int(c.bir[s*m+t])
			push(s, r, kCR)
			push(r+1, t, kCL)
		case kIL:
			heads[s] = int32(t)
			r := int(c.bil[s*m+t])
			push(s, r, kCR)
			push(r+1, t, kCL)
		}
	}
	c.stack = st
}
