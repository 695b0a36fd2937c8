package main

import (
	"runtime"
	"strconv"
	"testing"
)

func TestReserveProcs(t *testing.T) {
	procs := runtime.GOMAXPROCS(0)
	for _, tt := range []struct {
		name        string
		env         string // GOMAXPROCS in the environment
		workers     int
		wantWorkers int
		wantProcs   int // while the command runs
	}{
		{"default workers", "", 0, procs, procs + spareProcs},
		{"one worker", "", 1, 1, max(procs, 1+spareProcs)},
		{"more workers than processors", "", procs + 3, procs + 3, procs + 3 + spareProcs},
		{"environment stands", strconv.Itoa(procs), 0, procs, procs},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMAXPROCS", tt.env)
			o := extractOptions{Workers: tt.workers}
			restore := o.reserveProcs()
			if got := runtime.GOMAXPROCS(0); got != tt.wantProcs {
				t.Errorf("GOMAXPROCS while running: %d, want %d", got, tt.wantProcs)
			}
			if o.Workers != tt.wantWorkers {
				t.Errorf("workers: %d, want %d", o.Workers, tt.wantWorkers)
			}
			restore()
			if got := runtime.GOMAXPROCS(0); got != procs {
				t.Errorf("GOMAXPROCS after: %d, want %d restored", got, procs)
			}
		})
	}
}
