package main

import (
	"runtime/debug"
	"testing"

	"github.com/spf13/pflag"
)

func TestMemoryLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	for _, tt := range []struct {
		name, env string
		args      []string
		want      int64 // limit while the command runs; before = none set
	}{
		{"default", "", nil, defaultMemoryMiB << 20},
		{"flag", "", []string{"--memory", "1000"}, 1000 << 20},
		{"off", "", []string{"--memory", "0"}, before},
		{"environment stands", "200MiB", nil, before},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.env)
			var o memoryOptions
			fs := pflag.NewFlagSet("x", pflag.ContinueOnError)
			o.AddFlags(fs)
			if err := fs.Parse(tt.args); err != nil {
				t.Fatal(err)
			}
			restore := o.apply()
			if got := debug.SetMemoryLimit(-1); got != tt.want {
				t.Errorf("limit while running: %d, want %d", got, tt.want)
			}
			restore()
			if got := debug.SetMemoryLimit(-1); got != before {
				t.Errorf("limit after: %d, want %d restored", got, before)
			}
		})
	}
}
