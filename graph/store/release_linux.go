package store

import (
	"bufio"
	"bytes"
	"os"
	"strconv"
	"syscall"
)

// releaseMapped tells the kernel that the process no longer needs the pages
// of the file at path that it has mapped into memory (bbolt maps its whole
// file, read-only and shared). The data stays in the page cache and the file,
// and the next read faults the page back in from the cache; what goes is
// their count in the process's resident set, which otherwise grows with the
// store, as every write transaction touches pages all over the B+tree. It is
// best effort: any failure leaves the mapping as it was. The caller must
// know that the mapping cannot be replaced meanwhile (no transaction can
// remap it), or a range freed and reused by the heap would be wiped.
func releaseMapped(path string) {
	var r pageReleaser
	r.release(path, -1)
}

// A pageReleaser releases the pages of one file's mappings that are at
// least headroom bytes longer than the file (all of them when headroom < 0):
// bbolt replaces its mapping only when the file outgrows it, so a mapping
// with room to spare can be released while a write transaction runs on
// another goroutine. It remembers where the mapping is between calls, so
// that a release costs a stat and one madvise rather than a read of
// /proc/self/maps; the remembered range is used only while it still has the
// headroom, and since files never shrink, such a mapping is still the one in
// place. Any failure leaves the mapping as it was.
type pageReleaser struct {
	lo, hi uintptr // the remembered mapping; hi == 0: none
}

func (r *pageReleaser) release(path string, headroom int64) {
	fi, err := os.Stat(path)
	if err != nil {
		return
	}
	size := fi.Size()
	if headroom >= 0 && r.hi != 0 && int64(r.hi-r.lo) >= size+headroom {
		// Pages past the end of the file cannot be resident.
		madviseDontNeed(r.lo, min(r.hi, r.lo+pageCeil(size)))
		return
	}
	r.lo, r.hi = 0, 0
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	ino := []byte(strconv.FormatUint(st.Ino, 10))
	sc := bufio.NewScanner(bytes.NewReader(maps))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		// start-end perms offset dev inode path
		f := bytes.Fields(sc.Bytes())
		if len(f) < 6 || !bytes.Equal(f[4], ino) || len(f[1]) < 4 || f[1][1] == 'w' || f[1][3] != 's' {
			continue
		}
		start, end, ok := bytes.Cut(f[0], []byte("-"))
		if !ok {
			continue
		}
		lo, err1 := strconv.ParseUint(string(start), 16, 64)
		hi, err2 := strconv.ParseUint(string(end), 16, 64)
		if err1 != nil || err2 != nil || hi <= lo {
			continue
		}
		if headroom >= 0 && int64(hi-lo) < size+headroom {
			continue
		}
		madviseDontNeed(uintptr(lo), uintptr(hi))
		if headroom >= 0 {
			r.lo, r.hi = uintptr(lo), uintptr(hi)
		}
	}
}

// mappedFileBytes returns how many bytes of files the process has resident
// (the shared pages of /proc/self/statm: the binary's and the store's), or
// -1 if it cannot tell.
func mappedFileBytes() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return -1
	}
	f := bytes.Fields(b)
	if len(f) < 3 {
		return -1
	}
	n, err := strconv.ParseInt(string(f[2]), 10, 64)
	if err != nil {
		return -1
	}
	return n * int64(os.Getpagesize())
}

func madviseDontNeed(lo, hi uintptr) {
	if hi > lo {
		syscall.Syscall(syscall.SYS_MADVISE, lo, hi-lo, syscall.MADV_DONTNEED)
	}
}

// pageCeil rounds n up to a whole number of pages.
func pageCeil(n int64) uintptr {
	p := int64(os.Getpagesize())
	return uintptr((n + p - 1) / p * p)
}
