package parse

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// Model file format (little endian), stored gzip-compressed as parse.gz:
//
//	magic      "TGPARSE\n"
//	version    uint32 (1)
//	nlabels    uint32, then per label: uint8 length, bytes, uint8 direction mask (1: head right, 2: head left)
//	actBits    uint32, labBits uint32
//	two tables (actions: 2^actBits x 3; labels: 2^labBits x nlabels), each:
//	  scale float32 (weight = int16 value * scale), then the int16 values
//
// Weights are quantized to 16 bits; the loss is far below a hundredth of a
// point of attachment score.
const (
	magic   = "TGPARSE\n"
	version = 1
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
	for _, t := range [][]float32{p.act, p.lab} {
		writeTable(bw, t)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: saving model: %w", err)
	}
	return nil
}

func writeTable(bw *bufio.Writer, t []float32) {
	var m float32
	for _, v := range t {
		m = max(m, float32(math.Abs(float64(v))))
	}
	scale := m / 32767
	if scale == 0 {
		scale = 1
	}
	binary.Write(bw, binary.LittleEndian, math.Float32bits(scale))
	var buf [2]byte
	for _, v := range t {
		q := int16(math.Round(float64(v / scale)))
		binary.LittleEndian.PutUint16(buf[:], uint16(q))
		bw.Write(buf[:])
	}
}

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
	if v != version {
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
	if p.act, err = readTable(br, (1<<ab)*nActions); err != nil {
		return fail(err)
	}
	if p.lab, err = readTable(br, (1<<lb)*int(nl)); err != nil {
		return fail(err)
	}
	return p, nil
}

func readTable(br *bufio.Reader, n int) ([]float32, error) {
	var b4 [4]byte
	if _, err := io.ReadFull(br, b4[:]); err != nil {
		return nil, err
	}
	scale := math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	if !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("bad scale %v", scale)
	}
	t := make([]float32, n)
	buf := make([]byte, 1<<16)
	for i := 0; i < n; {
		m := min(len(buf), 2*(n-i))
		if _, err := io.ReadFull(br, buf[:m]); err != nil {
			return nil, err
		}
		for j := 0; j < m; j += 2 {
			t[i] = float32(int16(binary.LittleEndian.Uint16(buf[j:]))) * scale
			i++
		}
	}
	return t, nil
}
