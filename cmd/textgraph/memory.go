package main

import (
	"os"
	"runtime/debug"

	"github.com/spf13/pflag"
)

// defaultMemoryMiB is the default soft limit on the Go heap of the commands
// that analyse or load a corpus. The models take about 80 MiB and a build's
// live data 130–240 MiB; without a limit the collector lets the heap grow to
// twice the live data, so a transient peak of the store's transaction (which
// grows with the store) would set the process's peak memory.
const defaultMemoryMiB = 360

// memoryOptions are the flags of the commands that analyse or load a corpus.
type memoryOptions struct {
	MemoryMiB int
}

func (o *memoryOptions) AddFlags(fs *pflag.FlagSet) {
	def := defaultMemoryMiB
	if os.Getenv("GOMEMLIMIT") != "" {
		def = 0 // the environment's limit stands
	}
	fs.IntVar(&o.MemoryMiB, "memory", def,
		"soft limit on the heap in MiB: the collector works harder to stay under it, and goes over only if the live data needs more (0: no limit, or GOMEMLIMIT)")
}

// apply sets the limit and returns the function that restores the previous
// one.
func (o *memoryOptions) apply() (restore func()) {
	if o.MemoryMiB <= 0 {
		return func() {}
	}
	prev := debug.SetMemoryLimit(int64(o.MemoryMiB) << 20)
	return func() { debug.SetMemoryLimit(prev) }
}
