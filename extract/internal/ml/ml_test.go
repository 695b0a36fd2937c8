package ml

import (
	"bytes"
	"testing"
)

// toy is a small separable problem: the class is determined by a word, with
// a shared bias feature that must not decide alone.
var toy = []struct {
	word  string
	class int
}{
	{"the", 0}, {"a", 0}, {"dog", 1}, {"cat", 1}, {"runs", 2}, {"sleeps", 2},
}

func feats(word string) []uint64 {
	return []uint64{Mix(1, 0), Mix(2, Hash(word)), Mix(3, Hash(word[len(word)-1:]))}
}

func train(t *testing.T) *Perceptron {
	t.Helper()
	p := NewPerceptron(3, 12)
	scores := make([]float32, 3)
	for epoch := 0; epoch < 5; epoch++ {
		for _, ex := range toy {
			f := feats(ex.word)
			p.Update(f, ex.class, p.Predict(f, scores))
			p.Tick()
		}
	}
	return p
}

func TestPerceptronLearns(t *testing.T) {
	p := train(t)
	p.Average()
	scores := make([]float32, 3)
	for _, ex := range toy {
		if got := p.Predict(feats(ex.word), scores); got != ex.class {
			t.Errorf("Predict(%q) = %d, want %d", ex.word, got, ex.class)
		}
	}
}

func TestRoundTrip(t *testing.T) {
	p := train(t)
	p.Prune(1e-3)
	var buf bytes.Buffer
	if _, err := p.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	q, err := ReadPerceptron(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if q.Rows() != p.Rows() || q.Classes() != p.Classes() {
		t.Fatalf("read %d rows x %d classes, wrote %d x %d", q.Rows(), q.Classes(), p.Rows(), p.Classes())
	}
	var again bytes.Buffer
	if _, err := q.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Error("model bytes change after a load and a save")
	}
	a, b := make([]float32, 3), make([]float32, 3)
	for _, ex := range toy {
		f := feats(ex.word)
		p.Score(f, a)
		q.Score(f, b)
		for k := range a {
			if a[k] != b[k] {
				t.Errorf("%q class %d: score %v after round trip, %v before", ex.word, k, b[k], a[k])
			}
		}
	}
}

func TestReadBad(t *testing.T) {
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     []byte("XXXX\x02\x00\x03\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x80\x3f"),
		"version":   []byte("TGPC\x09\x00\x03\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x80\x3f"),
		"scale":     []byte("TGPC\x02\x00\x03\x00\x00\x00\x0c\x00\x00\x00\x00\x00\x00\x00\x00"),
		"truncated": []byte("TGPC\x02\x00\x03\x00\x00\x00\x0c\x01\x00\x00\x00\x00\x00\x80\x3f\x05"),
	} {
		if _, err := ReadPerceptron(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestMerge(t *testing.T) {
	a, b := train(t), train(t)
	// b learns one more example, so the two differ.
	f := feats("barks")
	b.Update(f, 2, b.Predict(f, make([]float32, 3)))
	m, err := Merge(a, b)
	if err != nil {
		t.Fatal(err)
	}
	sa, sb, sm := make([]float32, 3), make([]float32, 3), make([]float32, 3)
	for _, w := range []string{"the", "dog", "runs", "barks"} {
		f := feats(w)
		a.Score(f, sa)
		b.Score(f, sb)
		m.Score(f, sm)
		for k := range sm {
			if d := sm[k] - (sa[k]+sb[k])/2; d > 1e-3 || d < -1e-3 {
				t.Errorf("%q class %d: merged score %v, want the mean of %v and %v", w, k, sm[k], sa[k], sb[k])
			}
		}
	}
	if _, err := Merge(a, NewPerceptron(4, 12)); err == nil {
		t.Error("merging models with different classes: no error")
	}
}

func TestQuantize(t *testing.T) {
	w := []float32{0, 1, -1, 0.5, -0.25, 1e-3, 3.5, -3.5}
	cb, q := Quantize(w)
	if len(cb) != QuantLevels || len(q) != len(w) {
		t.Fatalf("codebook %d levels, %d bytes", len(cb), len(q))
	}
	for i, v := range w {
		var got float32
		switch b := q[i]; {
		case b == 0:
		case b < 128:
			got = cb[b-1]
		default:
			got = -cb[b-129]
		}
		if v == 0 && got != 0 || v != 0 && (got/v < 0.95 || got/v > 1.05) {
			t.Errorf("weight %g decodes to %g", v, got)
		}
	}
	if cb, _ := Quantize([]float32{0, 0}); cb != nil {
		t.Errorf("all-zero weights: codebook %v", cb)
	}
}

func TestHashFold(t *testing.T) {
	if HashFold("Kyiv", true) != HashFold("kyiv", false) || HashFold("Kyiv", false) == HashFold("kyiv", false) || HashFold("kyiv", false) != Hash("kyiv") {
		t.Error("HashFold does not fold ASCII case as documented")
	}
}
