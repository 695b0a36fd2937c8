package lemma

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"sort"

	"github.com/textgraph/textgraph/extract/internal/ml"
)

// Model file format, version 1 (the embedded file is this, gzip'd).
// Integers are uvarints (encoding/binary); a string is a uvarint length and
// its bytes.
//
//	magic "TGLEM\n", version uint16 little-endian
//	scripts: count; each: case byte (0 keep, 1 lower, 2 title), strip uvarint, add string
//	exact:   count; each: key string (form NUL XPOS), lemma string
//	lower:   count; each: key string (lower-cased form NUL XPOS, or form NUL
//	         for the form's most frequent script whatever its tag), script uvarint
//	the script classifier, an ml.Perceptron in ml's format whose classes
//	are the first scripts
const (
	magic   = "TGLEM\n"
	version = 1
)

// ErrFormat reports data that is not a lemmatizer model of a known version.
var ErrFormat = errors.New("lemma: not a lemmatizer model")

// Save writes the model to w in the binary format above (not compressed).
func (l *Lemmatizer) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var b []byte
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint16(b, version)
	b = binary.AppendUvarint(b, uint64(len(l.scripts)))
	for _, s := range l.scripts {
		b = append(b, s.cas)
		b = binary.AppendUvarint(b, uint64(s.strip))
		b = appendString(b, s.add)
	}
	b = binary.AppendUvarint(b, uint64(len(l.exact)))
	for _, k := range sortedKeys(l.exact) {
		b = appendString(b, k)
		b = appendString(b, l.exact[k])
	}
	b = binary.AppendUvarint(b, uint64(len(l.lower)))
	for _, k := range sortedKeys(l.lower) {
		b = appendString(b, k)
		b = binary.AppendUvarint(b, uint64(l.lower[k]))
	}
	if _, err := bw.Write(b); err != nil {
		return fmt.Errorf("lemma: save: %w", err)
	}
	if _, err := l.model.WriteTo(bw); err != nil {
		return fmt.Errorf("lemma: save: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("lemma: save: %w", err)
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// reader decodes the primitives of the format from the model held as one
// string, so that keys and lemmas are substrings of it and loading makes no
// allocation per entry. Its error is sticky.
type reader struct {
	s   string
	off int
	err error
}

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("%w: bad %s at byte %d", ErrFormat, what, r.off)
	}
}

func (r *reader) uvarint(limit uint64) uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if r.off >= len(r.s) || shift > 63 {
			r.fail("number")
			return 0
		}
		c := r.s[r.off]
		r.off++
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			break
		}
	}
	if v > limit {
		r.fail("number")
		return 0
	}
	return v
}

func (r *reader) byte() byte {
	if r.err != nil || r.off >= len(r.s) {
		r.fail("byte")
		return 0
	}
	r.off++
	return r.s[r.off-1]
}

func (r *reader) string() string {
	n := int(r.uvarint(1 << 16))
	if r.err != nil || r.off+n > len(r.s) {
		r.fail("string")
		return ""
	}
	r.off += n
	return r.s[r.off-n : r.off]
}

// Load reads a model written by Save.
func Load(rd io.Reader) (*Lemmatizer, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("lemma: load: %w", err)
	}
	if len(data) < len(magic)+2 || string(data[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	if v := binary.LittleEndian.Uint16(data[len(magic):]); v != version {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	r := &reader{s: string(data), off: len(magic) + 2}
	l := &Lemmatizer{}
	l.scripts = make([]script, r.uvarint(1<<16))
	for i := range l.scripts {
		cas := r.byte()
		if cas > title {
			r.fail("script")
		}
		l.scripts[i] = script{cas: cas, strip: int(r.uvarint(1 << 16)), add: r.string()}
	}
	n := r.uvarint(1 << 26)
	l.exact = make(map[string]string, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.string()
		l.exact[k] = r.string()
	}
	n = r.uvarint(1 << 26)
	l.lower = make(map[string]int32, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.string()
		l.lower[k] = int32(r.uvarint(uint64(max(len(l.scripts)-1, 0))))
	}
	if r.err != nil {
		return nil, fmt.Errorf("lemma: load: %w", r.err)
	}
	m, err := ml.ReadPerceptron(bytes.NewReader(data[r.off:]))
	if err != nil {
		return nil, fmt.Errorf("lemma: load: %w", err)
	}
	l.model = m
	if len(l.scripts) == 0 || m.Classes() > len(l.scripts) {
		return nil, fmt.Errorf("lemma: load: %w: inconsistent model", ErrFormat)
	}
	return l, nil
}
