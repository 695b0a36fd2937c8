package store

import (
	"testing"
	"time"

	"github.com/cayleygraph/quad"
)

func TestRenderValues(t *testing.T) {
	r := renderer{prefixes: nil}
	tests := []struct {
		v    quad.Value
		want any
	}{
		{quad.Time(time.Date(2022, 8, 5, 14, 30, 0, 0, time.UTC)), "2022-08-05T14:30:00Z"},
		{quad.Int(42), int64(42)},
		{quad.Bool(true), true},
		{quad.BNode("b1"), "_:b1"},
		{quad.IRI("urn:x"), "<urn:x>"},
	}
	for _, tc := range tests {
		if got := r.value(tc.v); got != tc.want {
			t.Errorf("value(%#v) = %#v, want %#v", tc.v, got, tc.want)
		}
	}
}
