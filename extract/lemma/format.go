package lemma

import (
	"bufio"
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
//	scripts: count; each: lower byte (0/1), strip uvarint, add string
//	exact:   count; each: key string (form NUL XPOS), lemma string
//	lower:   count; each: key string (lower-cased form NUL XPOS), script uvarint
//	the script classifier, an ml.Perceptron in ml's format
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
		lo := byte(0)
		if s.lower {
			lo = 1
		}
		b = append(b, lo)
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

// reader decodes the primitives of the format with a sticky error.
type reader struct {
	r   *bufio.Reader
	err error
	buf []byte
	in  map[string]string
}

func (r *reader) uvarint(limit uint64) uint64 {
	if r.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(r.r)
	if err != nil {
		r.err = err
		return 0
	}
	if v > limit {
		r.err = fmt.Errorf("%w: value %d out of range", ErrFormat, v)
		return 0
	}
	return v
}

func (r *reader) string(intern bool) string {
	n := r.uvarint(1 << 16)
	if r.err != nil {
		return ""
	}
	if cap(r.buf) < int(n) {
		r.buf = make([]byte, n)
	}
	b := r.buf[:n]
	if _, err := io.ReadFull(r.r, b); err != nil {
		r.err = err
		return ""
	}
	if !intern {
		return string(b)
	}
	if s, ok := r.in[string(b)]; ok {
		return s
	}
	s := string(b)
	r.in[s] = s
	return s
}

// Load reads a model written by Save.
func Load(rd io.Reader) (*Lemmatizer, error) {
	r := &reader{r: bufio.NewReaderSize(rd, 256<<10), in: map[string]string{}}
	hdr := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(r.r, hdr); err != nil {
		return nil, fmt.Errorf("lemma: load: %w", err)
	}
	if string(hdr[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	if v := binary.LittleEndian.Uint16(hdr[len(magic):]); v != version {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	l := &Lemmatizer{}
	l.scripts = make([]script, r.uvarint(1<<16))
	for i := range l.scripts {
		var lo byte
		if r.err == nil {
			lo, r.err = r.r.ReadByte()
		}
		l.scripts[i] = script{lower: lo == 1, strip: int(r.uvarint(1 << 16)), add: r.string(true)}
	}
	n := r.uvarint(1 << 26)
	l.exact = make(map[string]string, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.string(false)
		l.exact[k] = r.string(true)
	}
	n = r.uvarint(1 << 26)
	l.lower = make(map[string]int32, n)
	for i := uint64(0); i < n && r.err == nil; i++ {
		k := r.string(false)
		l.lower[k] = int32(r.uvarint(uint64(max(len(l.scripts)-1, 0))))
	}
	if r.err != nil {
		return nil, fmt.Errorf("lemma: load: %w", r.err)
	}
	m, err := ml.ReadPerceptron(r.r)
	if err != nil {
		return nil, fmt.Errorf("lemma: load: %w", err)
	}
	l.model = m
	if len(l.scripts) == 0 || m.Classes() != len(l.scripts) {
		return nil, fmt.Errorf("lemma: load: %w: inconsistent model", ErrFormat)
	}
	return l, nil
}
