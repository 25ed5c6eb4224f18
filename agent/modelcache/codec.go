package modelcache

import (
	"encoding/binary"
	"errors"
	"math"
)

// Encoder writes a model's parts as bytes, little-endian, each slice and
// string with its length first. The zero value is ready to use.
type Encoder struct{ b []byte }

// Uint64 writes v.
func (e *Encoder) Uint64(v uint64) { e.b = binary.LittleEndian.AppendUint64(e.b, v) }

// Int writes v.
func (e *Encoder) Int(v int) { e.Uint64(uint64(int64(v))) }

// Float64 writes v, bit for bit.
func (e *Encoder) Float64(v float64) { e.Uint64(math.Float64bits(v)) }

// String writes s.
func (e *Encoder) String(s string) {
	e.Int(len(s))
	e.b = append(e.b, s...)
}

// Strings writes ss.
func (e *Encoder) Strings(ss []string) {
	e.Int(len(ss))
	for _, s := range ss {
		e.String(s)
	}
}

// Uint64s writes vs.
func (e *Encoder) Uint64s(vs []uint64) {
	e.Int(len(vs))
	for _, v := range vs {
		e.Uint64(v)
	}
}

// Float32s writes vs, bit for bit.
func (e *Encoder) Float32s(vs []float32) {
	e.Int(len(vs))
	for _, v := range vs {
		e.b = binary.LittleEndian.AppendUint32(e.b, math.Float32bits(v))
	}
}

// Float64s writes vs, bit for bit.
func (e *Encoder) Float64s(vs []float64) {
	e.Int(len(vs))
	for _, v := range vs {
		e.Float64(v)
	}
}

// Bytes returns what was written.
func (e *Encoder) Bytes() []byte { return e.b }

// errShort is what a Decoder reports when the bytes end too soon or a
// length is more than what is left.
var errShort = errors.New("model data ends too soon")

// errTrailing is what Done reports when bytes are left over.
var errTrailing = errors.New("model data has bytes left over")

// Decoder reads what an Encoder wrote, in the same order. After the first
// problem every read returns zero values and Err says what it was.
type Decoder struct {
	b   []byte
	err error
}

// NewDecoder reads b.
func NewDecoder(b []byte) *Decoder { return &Decoder{b: b} }

// take returns the next n bytes, or nil after a problem.
func (d *Decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b) {
		d.err = errShort
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

// Uint64 reads a uint64.
func (d *Decoder) Uint64() uint64 {
	b := d.take(8)
	if b == nil {
		return 0
	}
	return binary.LittleEndian.Uint64(b)
}

// Int reads an int.
func (d *Decoder) Int() int { return int(int64(d.Uint64())) }

// Float64 reads a float64.
func (d *Decoder) Float64() float64 { return math.Float64frombits(d.Uint64()) }

// count reads a length of items of size bytes each, checked against what
// is left so that a damaged length never allocates much.
func (d *Decoder) count(size int) int {
	n := d.Int()
	if d.err == nil && (n < 0 || n > len(d.b)/size) {
		d.err = errShort
	}
	if d.err != nil {
		return 0
	}
	return n
}

// String reads a string.
func (d *Decoder) String() string {
	return string(d.take(d.count(1)))
}

// Strings reads a slice of strings.
func (d *Decoder) Strings() []string {
	n := d.count(8)
	out := make([]string, n)
	for i := range out {
		out[i] = d.String()
	}
	return out
}

// Uint64s reads a slice of uint64.
func (d *Decoder) Uint64s() []uint64 {
	n := d.count(8)
	out := make([]uint64, n)
	for i := range out {
		out[i] = d.Uint64()
	}
	return out
}

// Float32s reads a slice of float32.
func (d *Decoder) Float32s() []float32 {
	n := d.count(4)
	b := d.take(4 * n)
	out := make([]float32, n)
	for i := range out {
		out[i] = math.Float32frombits(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return out
}

// Float64s reads a slice of float64.
func (d *Decoder) Float64s() []float64 {
	n := d.count(8)
	out := make([]float64, n)
	for i := range out {
		out[i] = d.Float64()
	}
	return out
}

// Err returns the first problem met, if any.
func (d *Decoder) Err() error { return d.err }

// Done returns the first problem met, or errTrailing when bytes are left.
func (d *Decoder) Done() error {
	if d.err == nil && len(d.b) > 0 {
		return errTrailing
	}
	return d.err
}
