package tag

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/textgraph/textgraph/extract/internal/ml"
)

// Model file format, version 2 (the embedded file is this, gzip'd).
// Integers are little-endian or uvarints (encoding/binary); a string is a
// uvarint length and its bytes.
//
//	magic "TGTAG\n", version uint16
//	labels:  uvarint count; each: upos string, xpos string, default feats string
//	lexicon: uvarint count; each: normalised form string, ambiguity uint64,
//	         uvarint count of FEATS overrides; each: label uvarint, feats string
//	dictionary: uvarint count; each: word string, classes uvarint
//	passes:  byte 1 or 2, then that many ml.Perceptron models (ml's format)
const (
	magic   = "TGTAG\n"
	version = 2
)

// ErrFormat reports data that is not a tagger model of a known version.
var ErrFormat = errors.New("tag: not a tagger model")

// Save writes the model to w in the binary format above (not compressed).
func (t *Tagger) Save(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var b []byte
	b = append(b, magic...)
	b = binary.LittleEndian.AppendUint16(b, version)
	b = binary.AppendUvarint(b, uint64(len(t.labels)))
	for _, l := range t.labels {
		b = appendString(b, l.upos)
		b = appendString(b, l.xpos)
		b = appendString(b, l.feats)
	}
	b = binary.AppendUvarint(b, uint64(len(t.lexicon)))
	for _, k := range sortedKeys(t.lexicon) {
		e := t.lexicon[k]
		b = appendString(b, k)
		b = binary.LittleEndian.AppendUint64(b, e.amb)
		b = binary.AppendUvarint(b, uint64(len(e.feats)))
		for _, p := range e.feats {
			b = binary.AppendUvarint(b, uint64(p.label))
			b = appendString(b, p.feats)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(t.dict)))
	for _, k := range sortedKeys(t.dict) {
		b = appendString(b, k)
		b = binary.AppendUvarint(b, uint64(t.dict[k]))
	}
	passes := byte(1)
	if t.second != nil {
		passes = 2
	}
	b = append(b, passes)
	if _, err := bw.Write(b); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	for _, m := range []*ml.Perceptron{t.first, t.second}[:passes] {
		if _, err := m.WriteTo(bw); err != nil {
			return fmt.Errorf("tag: save: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("tag: save: %w", err)
	}
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// reader decodes the primitives of the format with a sticky error.
type reader struct {
	r   *bufio.Reader
	err error
	buf []byte
	in  map[string]string // interned strings
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

func (r *reader) string() string {
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
	if s, ok := r.in[string(b)]; ok {
		return s
	}
	s := string(b)
	r.in[s] = s
	return s
}

func (r *reader) uint64() uint64 {
	if r.err != nil {
		return 0
	}
	var b [8]byte
	if _, err := io.ReadFull(r.r, b[:]); err != nil {
		r.err = err
		return 0
	}
	return binary.LittleEndian.Uint64(b[:])
}

// Load reads a model written by Save.
func Load(rd io.Reader) (*Tagger, error) {
	r := &reader{r: bufio.NewReaderSize(rd, 256<<10), in: map[string]string{}}
	hdr := make([]byte, len(magic)+2)
	if _, err := io.ReadFull(r.r, hdr); err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	if string(hdr[:len(magic)]) != magic {
		return nil, ErrFormat
	}
	if v := binary.LittleEndian.Uint16(hdr[len(magic):]); v != version {
		return nil, fmt.Errorf("%w: version %d (retrain with textgraph train --models tag)", ErrFormat, v)
	}
	t := &Tagger{}
	t.labels = make([]label, r.uvarint(1<<12))
	for i := range t.labels {
		t.labels[i] = label{upos: r.string(), xpos: r.string(), feats: r.string()}
	}
	n := r.uvarint(1 << 26)
	t.lexicon = make(map[string]*entry, n)
	entries := make([]entry, n)
	for i := range entries {
		e := &entries[i]
		k := r.string()
		e.amb = r.uint64()
		if nf := r.uvarint(uint64(len(t.labels))); nf > 0 {
			e.feats = make([]featPair, nf)
			for j := range e.feats {
				e.feats[j] = featPair{label: int(r.uvarint(uint64(len(t.labels) - 1))), feats: r.string()}
			}
		}
		if r.err != nil {
			break
		}
		t.lexicon[k] = e
	}
	n = r.uvarint(1 << 24)
	t.dict = make(dictionary, n)
	for range n {
		k := r.string()
		c := r.uvarint(1<<16 - 1)
		if r.err != nil {
			break
		}
		t.dict[k] = uint16(c)
	}
	var passes byte
	if r.err == nil {
		passes, r.err = r.r.ReadByte()
	}
	if r.err != nil {
		return nil, fmt.Errorf("tag: load: %w", r.err)
	}
	if passes != 1 && passes != 2 {
		return nil, fmt.Errorf("%w: %d passes", ErrFormat, passes)
	}
	var err error
	if t.first, err = ml.ReadPerceptron(r.r); err != nil {
		return nil, fmt.Errorf("tag: load: %w", err)
	}
	if passes == 2 {
		if t.second, err = ml.ReadPerceptron(r.r); err != nil {
			return nil, fmt.Errorf("tag: load: %w", err)
		}
	}
	if err := t.check(); err != nil {
		return nil, err
	}
	return t, nil
}
