package mst

import (
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"io"
	"math"
)

// Model format (little endian), embedded in extract/parse's model file:
//
//	magic    "TGMST\n\x00\x00"
//	version  uint32 (1)
//	bits     uint32, log2 of the number of weights
//	uint8 k, k float32 magnitudes (a codebook), then one byte per weight:
//	0 = zero, 1..k = +codebook[b-1], 129..128+k = -codebook[b-128-1]
//
// Weights are quantized to 8 bits through a codebook of log-uniform
// magnitudes, as extract/parse's are.
const (
	magic   = "TGMST\n\x00\x00"
	version = 1
	levels  = 127
)

// Save writes p to w in the model format.
func (p *Parser) Save(w io.Writer) error {
	cb, q := p.cb, p.q
	if p.w != nil {
		cb, q = quantize(p.w)
	}
	buf := make([]byte, 0, len(magic)+9+4*len(cb))
	buf = append(buf, magic...)
	buf = binary.LittleEndian.AppendUint32(buf, version)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(p.bits))
	buf = append(buf, byte(len(cb)))
	for _, c := range cb {
		buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(c))
	}
	if _, err := w.Write(buf); err != nil {
		return fmt.Errorf("mst: saving model: %w", err)
	}
	if _, err := w.Write(q); err != nil {
		return fmt.Errorf("mst: saving model: %w", err)
	}
	return nil
}

// Load reads a parser written by Save. It reads no byte past the model,
// so the model can be embedded in another file.
func Load(r io.Reader) (*Parser, error) {
	fail := func(err error) (*Parser, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("mst: loading model: %w", err)
	}
	head := make([]byte, len(magic)+9)
	if _, err := io.ReadFull(r, head); err != nil {
		return fail(err)
	}
	if string(head[:len(magic)]) != magic {
		return fail(errors.New("not a graph-based parser model"))
	}
	if v := binary.LittleEndian.Uint32(head[len(magic):]); v != version {
		return fail(fmt.Errorf("unsupported version %d", v))
	}
	bits := binary.LittleEndian.Uint32(head[len(magic)+4:])
	if bits < 1 || bits > 26 {
		return fail(fmt.Errorf("bad table size %d", bits))
	}
	nc := int(head[len(magic)+8])
	if nc > levels {
		return fail(fmt.Errorf("bad codebook size %d", nc))
	}
	b := make([]byte, 4*nc)
	if _, err := io.ReadFull(r, b); err != nil {
		return fail(err)
	}
	p := &Parser{bits: uint(bits), dec: new([256]float32), cb: make([]float32, nc)}
	for k := range p.cb {
		c := math.Float32frombits(binary.LittleEndian.Uint32(b[4*k:]))
		if math.IsNaN(float64(c)) || math.IsInf(float64(c), 0) {
			return fail(fmt.Errorf("bad codebook value %v", c))
		}
		p.cb[k], p.dec[k+1], p.dec[129+k] = c, c, -c
	}
	p.q = make([]byte, 1<<bits)
	if _, err := io.ReadFull(r, p.q); err != nil {
		return fail(err)
	}
	return p, nil
}

// codebook and quantize are ml's, under the names the model format uses.
var (
	codebook = ml.Codebook
	quantize = ml.Quantize
)
