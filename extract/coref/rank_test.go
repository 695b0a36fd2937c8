package coref

import (
	"bytes"
	"errors"
	"strconv"
	"testing"

	"github.com/textgraph/textgraph/extract/internal/ml"
)

func testModel() *Model {
	p := ml.NewPerceptron(1, 10)
	p.Add([]uint64{1, 2, 3}, 0, 1.5)
	p.Add([]uint64{3, 4}, 0, -2)
	p.Tick()
	return &Model{p: p.Averaged()}
}

func TestModelRoundTrip(t *testing.T) {
	m := testModel()
	var b bytes.Buffer
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadModel(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, fs := range [][]uint64{{1}, {2, 3}, {4}, {1, 2, 3, 4}, {99}} {
		var want, have [1]float32
		m.p.Score(fs, want[:])
		got.p.Score(fs, have[:])
		if want != have {
			t.Errorf("score of %v: %v after the round trip, %v before", fs, have, want)
		}
	}
}

// TestReadModelMalformed checks that damaged model data is an error, never
// a panic.
func TestReadModelMalformed(t *testing.T) {
	var b bytes.Buffer
	if _, err := testModel().WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	good := b.Bytes()
	var two bytes.Buffer
	two.WriteString(crMagic + "\x01\x00")
	if _, err := ml.NewPerceptron(2, 8).WriteTo(&two); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"empty":       nil,
		"magic only":  []byte(crMagic),
		"bad magic":   append([]byte("XXXX"), good[4:]...),
		"version 9":   append([]byte(crMagic+"\x09\x00"), good[6:]...),
		"no weights":  good[:6],
		"two classes": two.Bytes(),
	}
	for n := 7; n < len(good); n += 3 {
		cases["truncated at "+strconv.Itoa(n)] = good[:n]
	}
	for name, data := range cases {
		if _, err := ReadModel(bytes.NewReader(data)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if _, err := ReadModel(bytes.NewReader(cases["bad magic"])); !errors.Is(err, ErrFormat) {
		t.Errorf("bad magic: %v, want ErrFormat", err)
	}
}

func TestDefaultModel(t *testing.T) {
	if _, err := Default(); err != nil {
		t.Fatalf("embedded coreference model: %v", err)
	}
}
