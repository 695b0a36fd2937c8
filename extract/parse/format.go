package parse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/textgraph/textgraph/extract/internal/ml"
	"io"
	"math"
	"slices"

	"github.com/textgraph/textgraph/extract/parse/mst"
)

// Model file format (little endian), stored gzip-compressed as parse.gz:
//
//	magic      "TGPARSE\n"
//	version    uint32 (4; 3 is read as 4 without a guide, 2 as 3 with beam 1)
//	nlabels    uint32, then per label: uint8 length, bytes, uint8 direction mask (1: head right, 2: head left)
//	actBits    uint32, labBits uint32
//	beam       uint32, the beam width the action model was trained for (from version 3)
//	nlex       uint32, then nlex pairs of uint64: hash of a lower-cased form, hash of its tag set
//	two tables (actions: 2^actBits x 3; labels: 2^labBits x nlabels), each:
//	  uint8 k, k float32 magnitudes (a codebook), then one byte per weight:
//	  0 = zero, 1..k = +codebook[b-1], 129..128+k = -codebook[b-128-1]
//	guide      uint8 (from version 4): 1 if the graph-based guide parser
//	           follows in the format of extract/parse/mst, 0 if none
//
// Weights are quantized to 8 bits through the codebook (log-uniform
// magnitudes, about 10% apart); the loss in attachment score is a few
// hundredths of a point.
const (
	magic   = "TGPARSE\n"
	version = 4
)

// Save writes p to w in the model format (uncompressed).
func (p *Parser) Save(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(magic)
	put := func(v uint32) { binary.Write(bw, binary.LittleEndian, v) }
	put(version)
	put(uint32(len(p.labels)))
	for i, l := range p.labels {
		if len(l) > 255 {
			return fmt.Errorf("parse: label %q too long", l)
		}
		bw.WriteByte(byte(len(l)))
		bw.WriteString(l)
		var m byte
		if p.dirOK[0][i] {
			m |= 1
		}
		if p.dirOK[1][i] {
			m |= 2
		}
		bw.WriteByte(m)
	}
	put(uint32(p.actBit))
	put(uint32(p.labBit))
	put(uint32(max(p.beam, 1)))
	keys := make([]uint64, 0, len(p.lex))
	for k := range p.lex {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	put(uint32(len(keys)))
	var b8 [8]byte
	for _, k := range keys {
		binary.LittleEndian.PutUint64(b8[:], k)
		bw.Write(b8[:])
		binary.LittleEndian.PutUint64(b8[:], p.lex[k])
		bw.Write(b8[:])
	}
	for _, t := range []struct {
		w  []float32
		cb []float32
		q  []byte
	}{{p.act, p.actCB, p.actQ}, {p.lab, p.labCB, p.labQ}} {
		cb, q := t.cb, t.q
		if t.w != nil {
			cb, q = quantize(t.w)
		}
		bw.WriteByte(byte(len(cb)))
		var b4 [4]byte
		for _, c := range cb {
			binary.LittleEndian.PutUint32(b4[:], math.Float32bits(c))
			bw.Write(b4[:])
		}
		bw.Write(q)
	}
	if p.mst == nil {
		bw.WriteByte(0)
	} else {
		bw.WriteByte(1)
		if err := p.mst.Save(bw); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	return nil
}

// levels is the number of magnitudes a quantized weight can take.
const levels = 127

// codebook and quantize are ml's, under the names the model format uses.
var (
	codebook = ml.Codebook
	quantize = ml.Quantize
)

// Load reads a parser written by Save (uncompressed).
func Load(r io.Reader) (*Parser, error) {
	br := bufio.NewReaderSize(r, 1<<16)
	fail := func(err error) (*Parser, error) {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("parse: loading model: %w", err)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil {
		return fail(err)
	}
	if string(head) != magic {
		return fail(errors.New("not a parser model"))
	}
	var u32 [4]byte
	get := func() (uint32, error) {
		_, err := io.ReadFull(br, u32[:])
		return binary.LittleEndian.Uint32(u32[:]), err
	}
	v, err := get()
	if err != nil {
		return fail(err)
	}
	if v < 2 || v > version {
		return fail(fmt.Errorf("unsupported version %d", v))
	}
	nl, err := get()
	if err != nil {
		return fail(err)
	}
	if nl == 0 || nl > 1000 {
		return fail(fmt.Errorf("bad label count %d", nl))
	}
	p := &Parser{}
	labels := make([]string, nl)
	p.dirOK[0], p.dirOK[1] = make([]bool, nl), make([]bool, nl)
	for i := range labels {
		n, err := br.ReadByte()
		if err != nil {
			return fail(err)
		}
		b := make([]byte, int(n)+1)
		if _, err := io.ReadFull(br, b); err != nil {
			return fail(err)
		}
		labels[i] = string(b[:n])
		p.dirOK[0][i] = b[n]&1 != 0
		p.dirOK[1][i] = b[n]&2 != 0
	}
	p.setLabels(labels)
	if p.root < 0 {
		return fail(errors.New("no root label"))
	}
	ab, err := get()
	if err != nil {
		return fail(err)
	}
	lb, err := get()
	if err != nil {
		return fail(err)
	}
	if ab > 26 || lb > 24 {
		return fail(fmt.Errorf("bad table sizes %d, %d", ab, lb))
	}
	p.actBit, p.labBit = uint(ab), uint(lb)
	p.beam = 1
	if v >= 3 {
		k, err := get()
		if err != nil {
			return fail(err)
		}
		if k == 0 || k > maxBeam {
			return fail(fmt.Errorf("bad beam width %d", k))
		}
		p.beam = int(k)
		if MaxSearchBeam > 0 {
			p.beam = min(p.beam, MaxSearchBeam)
		}
	}
	nlex, err := get()
	if err != nil {
		return fail(err)
	}
	if nlex > 1<<22 {
		return fail(fmt.Errorf("bad lexicon size %d", nlex))
	}
	p.lex = make(map[uint64]uint64, nlex)
	var b16 [16]byte
	for range nlex {
		if _, err := io.ReadFull(br, b16[:]); err != nil {
			return fail(err)
		}
		p.lex[binary.LittleEndian.Uint64(b16[:8])] = binary.LittleEndian.Uint64(b16[8:])
	}
	if p.actCB, p.actQ, p.actDec, err = readTable(br, (1<<ab)*nActions); err != nil {
		return fail(err)
	}
	if p.labCB, p.labQ, p.labDec, err = readTable(br, (1<<lb)*int(nl)); err != nil {
		return fail(err)
	}
	if v >= 4 {
		g, err := br.ReadByte()
		if err != nil {
			return fail(err)
		}
		switch g {
		case 0:
		case 1:
			if p.mst, err = mst.Load(br); err != nil {
				return nil, fmt.Errorf("parse: loading model: %w", err)
			}
			if GuideSearchBeam > 0 {
				p.beam = min(p.beam, GuideSearchBeam)
			}
		default:
			return fail(fmt.Errorf("bad guide flag %d", g))
		}
	}
	return p, nil
}

// readTable reads a codebook and n quantized weights.
func readTable(br *bufio.Reader, n int) (cb []float32, q []byte, dec *[256]float32, err error) {
	nc, err := br.ReadByte()
	if err != nil {
		return nil, nil, nil, err
	}
	if nc > levels {
		return nil, nil, nil, fmt.Errorf("bad codebook size %d", nc)
	}
	dec = new([256]float32)
	cb = make([]float32, nc)
	var b4 [4]byte
	for k := range cb {
		if _, err := io.ReadFull(br, b4[:]); err != nil {
			return nil, nil, nil, err
		}
		c := math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
		if math.IsNaN(float64(c)) || math.IsInf(float64(c), 0) {
			return nil, nil, nil, fmt.Errorf("bad codebook value %v", c)
		}
		cb[k], dec[k+1], dec[129+k] = c, c, -c
	}
	q = make([]byte, n)
	if _, err := io.ReadFull(br, q); err != nil {
		return nil, nil, nil, err
	}
	return cb, q, dec, nil
}
