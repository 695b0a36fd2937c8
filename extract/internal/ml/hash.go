// Package ml holds the small machine-learning kit that textgraph's trained
// stages share: feature hashing and a multiclass averaged perceptron whose
// weights live in flat rows (float32 while training, int16 with one scale
// once trained) and serialise to a compact quantised binary form.
//
// Features are 64-bit hashes. A caller builds them without allocating by
// starting from a template constant and mixing in values (Mix, MixString,
// MixBytes), then passes a []uint64 of features to Perceptron.Score or
// Perceptron.Update. The perceptron maps each feature hash to one of 2^bits
// slots; a slot owns a row of one weight per class, allocated only when an
// update first touches it, so memory grows with the features that matter,
// not with all features seen.
//
// The API is deliberately small and stable; other extract packages depend on
// it.
package ml

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

// Hash returns the FNV-1a hash of s.
func Hash(s string) uint64 { return MixString(offset64, s) }

// MixString folds the bytes of s into h (FNV-1a) and returns the result.
func MixString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	return h
}

// MixBytes folds the bytes of b into h (FNV-1a) and returns the result.
func MixBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h ^= uint64(c)
		h *= prime64
	}
	return h
}

// Mix combines h with the value v. It is order-sensitive: Mix(Mix(t, a), b)
// differs from Mix(Mix(t, b), a). Use it to build a feature from a template
// identifier and the values it conjoins.
func Mix(h, v uint64) uint64 {
	h ^= v + 0x9e3779b97f4a7c15 + h<<6 + h>>2
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// slot maps a feature hash to a table slot with the top bits of a
// multiplicative hash.
func slot(h uint64, b uint) uint32 {
	return uint32((h ^ h>>29) * 0x94d049bb133111eb >> (64 - b))
}
