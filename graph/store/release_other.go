//go:build !linux

package store

// releaseMapped is a no-op where the process's mappings cannot be listed.
func releaseMapped(path string) {}

// A pageReleaser does nothing where the process's mappings cannot be listed.
type pageReleaser struct{}

func (r *pageReleaser) release(path string, headroom int64) {}

// mappedFileBytes cannot tell here.
func mappedFileBytes() int64 { return -1 }
