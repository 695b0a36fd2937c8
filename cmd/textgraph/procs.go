package main

import (
	"os"
	"runtime"
)

// spareProcs is how many processors (Go's Ps) build adds to its extraction
// workers: one for the loader, which commits to the store while the workers
// run, and one for the store's page releaser (graph/store), which must wake
// within a fraction of a millisecond while bbolt commits. Go's scheduler
// makes a goroutine that wakes wait for a busy P until the goroutine on it
// is preempted, up to 10 ms; with a P to spare the wake-up goes to the
// operating system, which lets a thread that slept run at once. The extra
// threads only sleep or write, so extraction keeps the cores.
const spareProcs = 2

// reserveProcs fixes the number of workers (the default, 0, becomes one per
// P) and raises GOMAXPROCS to that plus spareProcs; it returns the function
// that restores GOMAXPROCS. A GOMAXPROCS set in the environment stands, as a
// limit the user chose.
func (o *extractOptions) reserveProcs() (restore func()) {
	prev := runtime.GOMAXPROCS(0)
	if o.Workers <= 0 {
		o.Workers = prev
	}
	if os.Getenv("GOMAXPROCS") != "" || o.Workers+spareProcs <= prev {
		return func() {}
	}
	runtime.GOMAXPROCS(o.Workers + spareProcs)
	return func() { runtime.GOMAXPROCS(prev) }
}
