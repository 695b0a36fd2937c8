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
// best effort: any failure leaves the mapping as it was.
func releaseMapped(path string) {
	fi, err := os.Stat(path)
	if err != nil {
		return
	}
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
		syscall.Syscall(syscall.SYS_MADVISE, uintptr(lo), uintptr(hi-lo), syscall.MADV_DONTNEED)
	}
}
