package modelcache

import (
	"math"
	"slices"
	"testing"
)

// Every part comes back bit for bit, a negative zero, a NaN and the
// smallest float32 included.
func TestCodecRoundTrip(t *testing.T) {
	f32 := []float32{0, float32(math.Copysign(0, -1)), float32(math.NaN()), math.SmallestNonzeroFloat32, -3.5, math.MaxFloat32}
	f64 := []float64{math.Inf(-1), 1e-300, math.Pi}
	var e Encoder
	e.Strings([]string{"", "grief", "ünïcode ❤"})
	e.Uint64s([]uint64{0, 1, math.MaxUint64})
	e.Int(-7)
	e.Float32s(f32)
	e.Float64s(f64)
	e.Float64(0.55)
	d := NewDecoder(e.Bytes())
	if got := d.Strings(); !slices.Equal(got, []string{"", "grief", "ünïcode ❤"}) {
		t.Errorf("strings %q", got)
	}
	if got := d.Uint64s(); !slices.Equal(got, []uint64{0, 1, math.MaxUint64}) {
		t.Errorf("uint64s %v", got)
	}
	if got := d.Int(); got != -7 {
		t.Errorf("int %d", got)
	}
	for i, v := range d.Float32s() {
		if math.Float32bits(v) != math.Float32bits(f32[i]) {
			t.Errorf("float32 %d: %v, want %v", i, v, f32[i])
		}
	}
	for i, v := range d.Float64s() {
		if math.Float64bits(v) != math.Float64bits(f64[i]) {
			t.Errorf("float64 %d: %v, want %v", i, v, f64[i])
		}
	}
	if got := d.Float64(); got != 0.55 {
		t.Errorf("float64 %v", got)
	}
	if err := d.Done(); err != nil {
		t.Errorf("done: %v", err)
	}
}

// Bytes cut anywhere, or with a length made huge, give an error and no
// panic and no large allocation.
func TestDecoderOnBadBytes(t *testing.T) {
	var e Encoder
	e.Strings([]string{"calm", "worried"})
	e.Float32s([]float32{1, 2, 3})
	b := e.Bytes()
	read := func(b []byte) error {
		d := NewDecoder(b)
		d.Strings()
		d.Float32s()
		return d.Done()
	}
	for n := range len(b) {
		if read(b[:n]) == nil {
			t.Errorf("cut at %d of %d: no error", n, len(b))
		}
	}
	if read(append(slices.Clone(b), 9)) == nil {
		t.Error("a byte left over: no error")
	}
	huge := slices.Clone(b)
	huge[7] = 0x7f // the count of strings, in the billions
	if read(huge) == nil {
		t.Error("a huge count: no error")
	}
}
