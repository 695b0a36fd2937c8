package ml

import (
	"math"
	"slices"
)

// QuantLevels is the number of magnitudes of an 8-bit codebook: a weight is
// stored as one byte, 0 for zero, k in 1..127 for +cb[k-1] and 128+k for
// -cb[k-1].
const QuantLevels = 127

// Codebook returns the ascending magnitudes weights are rounded to:
// log-uniform steps from the largest magnitude down to 10^-5 of it, so every
// weight keeps its size within about 5%. It is nil when all weights are 0.
func Codebook(t []float32) []float32 {
	var hi float64
	for _, v := range t {
		hi = max(hi, math.Abs(float64(v)))
	}
	if hi == 0 {
		return nil
	}
	lo := hi * 1e-5
	r := math.Pow(hi/lo, 1/float64(QuantLevels-1))
	cb := make([]float32, QuantLevels)
	for k := range cb {
		cb[k] = float32(lo * math.Pow(r, float64(k)))
	}
	cb[QuantLevels-1] = float32(hi)
	return cb
}

// Quantize returns t's codebook (Codebook) and one byte per weight, the
// nearest codebook magnitude in log space with the weight's sign.
func Quantize(t []float32) ([]float32, []byte) {
	cb := Codebook(t)
	q := make([]byte, len(t))
	for i, v := range t {
		if v == 0 || len(cb) == 0 {
			continue
		}
		m := float32(math.Abs(float64(v)))
		k, _ := slices.BinarySearch(cb, m)
		// nearest in log space: compare m against the geometric midpoint
		if k == len(cb) || (k > 0 && float64(m)*float64(m) < float64(cb[k-1])*float64(cb[k])) {
			k--
		}
		q[i] = byte(k + 1)
		if v < 0 {
			q[i] += 128
		}
	}
	return cb, q
}

// HashFold is the FNV-1a hash of s; with lower it folds ASCII letters to
// lower case first.
func HashFold(s string, lower bool) uint64 {
	h := uint64(offset64)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= prime64
	}
	return h
}
