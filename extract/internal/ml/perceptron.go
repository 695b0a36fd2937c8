package ml

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
)

// Perceptron is a multiclass linear model over hashed features, trained with
// the averaged perceptron update.
//
// During training, call Score (or Predict), then Update with the gold and
// the predicted class, and Tick once per training example. Average replaces
// the weights with their average over all ticks and ends training; Averaged
// returns an averaged copy and lets training continue (to evaluate between
// epochs).
//
// A model that has ended training holds its weights as int16 with one scale
// for the whole model (what WriteTo stores), which halves the memory the
// scoring loop reads; it scores exactly as it will after a save and a load.
// It is safe for concurrent use by Score and Predict.
type Perceptron struct {
	classes int
	bits    uint
	index   []int32 // slot -> row+1; 0 = no row
	// training state
	w []float32 // rows * classes
	u []float32 // sum over updates of tick*delta
	c float32   // current tick (starts at 1)
	// after training
	q     []int16 // rows * classes quantised weights
	scale float32 // weight = q * scale
}

// NewPerceptron returns an empty model for the given number of classes
// whose feature table has 2^bits slots (bits between 8 and 30).
func NewPerceptron(classes int, bits uint) *Perceptron {
	if bits < 8 {
		bits = 8
	}
	if bits > 30 {
		bits = 30
	}
	return &Perceptron{classes: classes, bits: bits, index: make([]int32, 1<<bits), c: 1}
}

// Classes returns the number of classes.
func (p *Perceptron) Classes() int { return p.classes }

// Rows returns the number of weight rows (slots that carry weights).
func (p *Perceptron) Rows() int {
	if p.q != nil {
		return len(p.q) / max(p.classes, 1)
	}
	return len(p.w) / max(p.classes, 1)
}

// trained reports whether training has ended.
func (p *Perceptron) trained() bool { return p.q != nil }

// Score sets scores[k] to the sum of the weights of feats for class k.
// len(scores) must be at least Classes().
func (p *Perceptron) Score(feats []uint64, scores []float32) {
	nc := p.classes
	scores = scores[:nc]
	if p.q == nil {
		clear(scores)
		for _, f := range feats {
			r := p.index[slot(f, p.bits)]
			if r == 0 {
				continue
			}
			o := int(r-1) * nc
			row := p.w[o : o+nc : o+nc]
			for k, v := range row {
				scores[k] += v
			}
		}
		return
	}
	var buf [256]int32
	var acc []int32
	if nc <= len(buf) {
		acc = buf[:nc]
	} else {
		acc = make([]int32, nc)
	}
	for _, f := range feats {
		r := p.index[slot(f, p.bits)]
		if r == 0 {
			continue
		}
		o := int(r-1) * nc
		row := p.q[o : o+nc : o+nc]
		acc := acc[:len(row)]
		for k, v := range row {
			acc[k] += int32(v)
		}
	}
	for k, v := range acc {
		scores[k] = float32(v) * p.scale
	}
}

// Predict scores feats into scores and returns the best class (the lowest
// index among ties).
func (p *Perceptron) Predict(feats []uint64, scores []float32) int {
	p.Score(feats, scores)
	return Argmax(scores[:p.classes])
}

// Argmax returns the index of the largest value in v (the first among ties),
// or -1 if v is empty.
func Argmax(v []float32) int {
	best, bi := float32(math.Inf(-1)), -1
	for i, x := range v {
		if x > best {
			best, bi = x, i
		}
	}
	return bi
}

// Add adds delta to the weight of each feature for class k. It must not be
// called once training has ended.
func (p *Perceptron) Add(feats []uint64, k int, delta float32) {
	if p.trained() {
		panic("ml: Add on a trained perceptron") // programming error, not data
	}
	for _, f := range feats {
		s := slot(f, p.bits)
		r := p.index[s]
		if r == 0 {
			p.w = append(p.w, make([]float32, p.classes)...)
			p.u = append(p.u, make([]float32, p.classes)...)
			r = int32(len(p.w) / p.classes)
			p.index[s] = r
		}
		i := int(r-1)*p.classes + k
		p.w[i] += delta
		p.u[i] += p.c * delta
	}
}

// Update is the perceptron step: when guess differs from truth, it moves
// the weights of feats towards truth and away from guess.
func (p *Perceptron) Update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	p.Add(feats, truth, 1)
	p.Add(feats, guess, -1)
}

// Tick advances the averaging clock by one training example.
func (p *Perceptron) Tick() { p.c++ }

// Averaged returns a trained copy of p holding the averaged weights; p
// itself can go on training.
func (p *Perceptron) Averaged() *Perceptron {
	if p.trained() {
		return p
	}
	avg := make([]float32, len(p.w))
	for i, w := range p.w {
		avg[i] = w - p.u[i]/p.c
	}
	q := &Perceptron{classes: p.classes, bits: p.bits, index: append([]int32(nil), p.index...)}
	q.freeze(avg)
	return q
}

// Average replaces the weights with their averages and ends training.
func (p *Perceptron) Average() {
	if p.trained() {
		return
	}
	for i, w := range p.w {
		p.w[i] = w - p.u[i]/p.c
	}
	p.freeze(p.w)
}

// freeze quantises the float weights w to int16 with one scale and drops
// the training state.
func (p *Perceptron) freeze(w []float32) {
	var mx float32
	for _, v := range w {
		mx = max(mx, abs32(v))
	}
	p.scale = mx / 32767
	if p.scale == 0 {
		p.scale = 1
	}
	p.q = make([]int16, len(w))
	for i, v := range w {
		p.q[i] = int16(math.Round(float64(v / p.scale)))
	}
	p.w, p.u = nil, nil
}

// Prune zeroes weights whose magnitude is below threshold and drops rows
// left all zero. It ends training.
func (p *Perceptron) Prune(threshold float32) {
	p.Average()
	nc := p.classes
	lim := int32(threshold / p.scale)
	remap := make([]int32, len(p.q)/nc+1)
	out := 0
	for r := 0; r < len(p.q)/nc; r++ {
		row := p.q[r*nc : (r+1)*nc]
		keep := false
		for k, v := range row {
			if int32(v) > -lim && int32(v) < lim {
				row[k] = 0
			} else if v != 0 {
				keep = true
			}
		}
		if keep {
			copy(p.q[out*nc:], row)
			out++
			remap[r+1] = int32(out)
		}
	}
	p.q = p.q[: out*nc : out*nc]
	for s, r := range p.index {
		p.index[s] = remap[r]
	}
}

// Serialised form (integers little-endian, uvarints as in encoding/binary):
//
//	magic "TGPC", version uint16 (2)
//	classes uint32, bits uint8, rows uint32, scale float32
//	rows times: slot uint32, nonzero uvarint,
//	            nonzero times: class gap uvarint, weight int16
//
// The class gap is the class index minus the previous nonzero class index
// minus one (for the first, the class index itself). A weight is its int16
// value times the scale. WriteTo ends training first.
const (
	pcMagic   = "TGPC"
	pcVersion = 2
)

// WriteTo writes the model in its binary form. It ends training.
func (p *Perceptron) WriteTo(w io.Writer) (int64, error) {
	p.Average()
	nc := p.classes
	bw := bufio.NewWriter(w)
	var n int64
	buf := make([]byte, 0, 32+5*nc)
	buf = append(buf, pcMagic...)
	buf = binary.LittleEndian.AppendUint16(buf, pcVersion)
	buf = binary.LittleEndian.AppendUint32(buf, uint32(nc))
	buf = append(buf, byte(p.bits))
	rows := 0
	for _, r := range p.index {
		if r != 0 {
			rows++
		}
	}
	buf = binary.LittleEndian.AppendUint32(buf, uint32(rows))
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(p.scale))
	for s, r := range p.index {
		if r == 0 {
			continue
		}
		row := p.q[int(r-1)*nc : int(r)*nc]
		nz := 0
		for _, v := range row {
			if v != 0 {
				nz++
			}
		}
		buf = binary.LittleEndian.AppendUint32(buf, uint32(s))
		buf = binary.AppendUvarint(buf, uint64(nz))
		prev := -1
		for k, v := range row {
			if v == 0 {
				continue
			}
			buf = binary.AppendUvarint(buf, uint64(k-prev-1))
			buf = binary.LittleEndian.AppendUint16(buf, uint16(v))
			prev = k
		}
		m, err := bw.Write(buf)
		n += int64(m)
		if err != nil {
			return n, fmt.Errorf("ml: write perceptron: %w", err)
		}
		buf = buf[:0]
	}
	if len(buf) > 0 { // header of an empty model
		m, err := bw.Write(buf)
		n += int64(m)
		if err != nil {
			return n, fmt.Errorf("ml: write perceptron: %w", err)
		}
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("ml: write perceptron: %w", err)
	}
	return n, nil
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// ErrFormat reports model data that is not a perceptron of a known version.
var ErrFormat = errors.New("ml: not a perceptron model")

// ReadPerceptron reads a model written by WriteTo. When r is a
// *bufio.Reader whose buffer holds a whole row (4 KiB is enough for 300
// classes) it reads exactly the model's bytes, so other data may follow;
// otherwise it may read ahead.
func ReadPerceptron(r io.Reader) (*Perceptron, error) {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	hdr := make([]byte, 19)
	if _, err := io.ReadFull(br, hdr); err != nil {
		return nil, fmt.Errorf("ml: read perceptron header: %w", err)
	}
	if string(hdr[:4]) != pcMagic {
		return nil, ErrFormat
	}
	if v := binary.LittleEndian.Uint16(hdr[4:]); v != pcVersion {
		return nil, fmt.Errorf("%w: version %d", ErrFormat, v)
	}
	nc := int(binary.LittleEndian.Uint32(hdr[6:]))
	b := uint(hdr[10])
	rows := int(binary.LittleEndian.Uint32(hdr[11:]))
	scale := math.Float32frombits(binary.LittleEndian.Uint32(hdr[15:]))
	if nc <= 0 || nc > 1<<12 || b < 8 || b > 30 || rows > 1<<b || !(scale > 0) || math.IsInf(float64(scale), 0) {
		return nil, fmt.Errorf("%w: bad header (classes %d, bits %d, rows %d, scale %g)", ErrFormat, nc, b, rows, scale)
	}
	p := &Perceptron{classes: nc, bits: b, index: make([]int32, 1<<b), q: make([]int16, rows*nc), scale: scale}
	maxRow := 4 + binary.MaxVarintLen64 + nc*(binary.MaxVarintLen64+2)
	if br.Size() < maxRow {
		br = bufio.NewReaderSize(br, maxRow)
	}
	for i := 0; i < rows; i++ {
		buf, _ := br.Peek(maxRow) // short only at the end of the data
		n, err := p.readRow(i, buf)
		if err != nil {
			return nil, err
		}
		br.Discard(n)
	}
	return p, nil
}

// readRow decodes row i from the front of buf and returns its length.
func (p *Perceptron) readRow(i int, buf []byte) (int, error) {
	nc := p.classes
	if len(buf) < 5 {
		return 0, fmt.Errorf("ml: read perceptron row %d: %w", i, io.ErrUnexpectedEOF)
	}
	s := binary.LittleEndian.Uint32(buf)
	if s >= uint32(len(p.index)) || p.index[s] != 0 {
		return 0, fmt.Errorf("%w: bad slot %d", ErrFormat, s)
	}
	p.index[s] = int32(i + 1)
	off := 4
	nz, n := binary.Uvarint(buf[off:])
	if n <= 0 || nz > uint64(nc) {
		return 0, fmt.Errorf("%w: row %d: bad count", ErrFormat, i)
	}
	off += n
	row := p.q[i*nc : (i+1)*nc]
	k := -1
	for j := uint64(0); j < nz; j++ {
		gap, n := binary.Uvarint(buf[off:])
		if n <= 0 || gap >= uint64(nc) {
			return 0, fmt.Errorf("%w: row %d: bad class", ErrFormat, i)
		}
		off += n
		k += int(gap) + 1
		if k >= nc {
			return 0, fmt.Errorf("%w: row %d: bad class", ErrFormat, i)
		}
		if off+2 > len(buf) {
			return 0, fmt.Errorf("ml: read perceptron row %d: %w", i, io.ErrUnexpectedEOF)
		}
		row[k] = int16(binary.LittleEndian.Uint16(buf[off:]))
		off += 2
	}
	return off, nil
}

// Merge returns the model whose weights are the mean of the weights of ps,
// which must have the same classes and table size: the scores of the
// result are the mean scores of ps. Averaging perceptrons trained on
// different shuffles of the data smooths out the accidents of each
// order. Merge ends the training of each of ps.
func Merge(ps ...*Perceptron) (*Perceptron, error) {
	if len(ps) == 0 {
		return nil, fmt.Errorf("ml: merge: no models")
	}
	nc, b := ps[0].classes, ps[0].bits
	rows := map[uint32][]float32{}
	var slots []uint32
	for _, p := range ps {
		if p.classes != nc || p.bits != b {
			return nil, fmt.Errorf("ml: merge: models differ (%d classes, %d bits; %d, %d)", nc, b, p.classes, p.bits)
		}
		p.Average()
		for s, r := range p.index {
			if r == 0 {
				continue
			}
			acc := rows[uint32(s)]
			if acc == nil {
				acc = make([]float32, nc)
				rows[uint32(s)] = acc
				slots = append(slots, uint32(s))
			}
			for k, v := range p.q[int(r-1)*nc : int(r)*nc] {
				acc[k] += float32(v) * p.scale / float32(len(ps))
			}
		}
	}
	slices.Sort(slots)
	m := &Perceptron{classes: nc, bits: b, index: make([]int32, 1<<b)}
	w := make([]float32, 0, len(slots)*nc)
	for i, s := range slots {
		w = append(w, rows[s]...)
		m.index[s] = int32(i + 1)
	}
	m.freeze(w)
	return m, nil
}
