package understand

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/companion-dev/companion/agent/modelcache"
)

// sameModel fails t unless a and b are the same model: labels, rows,
// every weight and bias bit for bit, and the temperature.
func sameModel(t *testing.T, a, b *model) {
	t.Helper()
	if !slices.Equal(a.labels, b.labels) {
		t.Fatalf("labels %v and %v", a.labels, b.labels)
	}
	if a.rows.n != b.rows.n || a.rows.mask != b.rows.mask || !slices.Equal(a.rows.slots, b.rows.slots) {
		t.Fatalf("rows differ: %d and %d", a.rows.n, b.rows.n)
	}
	bits := func(v []float32) []uint32 {
		out := make([]uint32, len(v))
		for i, f := range v {
			out[i] = math.Float32bits(f)
		}
		return out
	}
	if !slices.Equal(bits(a.w), bits(b.w)) || !slices.Equal(bits(a.bias), bits(b.bias)) {
		t.Fatal("weights differ")
	}
	if math.Float64bits(a.temperature) != math.Float64bits(b.temperature) {
		t.Fatalf("temperature %v and %v", a.temperature, b.temperature)
	}
}

// The intent classifier read back from the model cache is the one trained:
// the same model, and the same label, confidences and ranking for every
// message of the corpus; and the same as Default trains without a cache.
func TestKeptClassifierIsTheSame(t *testing.T) {
	if raceOn {
		t.Skip("trains on the whole corpus; too slow under the race detector")
	}
	examples, err := builtinCorpus()
	if err != nil {
		t.Fatal(err)
	}
	cache := modelcache.New(t.TempDir(), nil)
	built := 0
	get := func() []example { built++; return examples }
	trained := trainKept(cache, intentKey(examples), defaults, get)
	loaded := trainKept(cache, intentKey(examples), defaults, get)
	if built != 1 {
		t.Fatalf("examples asked for %d times; want once, then the kept model read", built)
	}
	sameModel(t, trained.m, loaded.m)
	sameModel(t, Default().m, loaded.m)
	if trained.fw != loaded.fw {
		t.Fatal("feature weights differ")
	}
	for _, e := range examples {
		if a, b := trained.Classify(e.text), loaded.Classify(e.text); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: trained %+v, read back %+v", e.text, a, b)
		}
	}
}

// Other parameters, or another corpus, are another key: never read as this
// model.
func TestKeptClassifierFollowsParamsAndCorpus(t *testing.T) {
	small := []example{{"greeting", "hi there"}, {"thanks", "thank you so much"}, {"greeting", "hello"}, {"thanks", "cheers mate"}}
	cache := modelcache.New(t.TempDir(), nil)
	built := 0
	get := func(ex []example) func() []example { return func() []example { built++; return ex } }
	trainKept(cache, intentKey(small), defaults, get(small))
	other := defaults
	other.epochs++
	trainKept(cache, intentKey(small), other, get(small))
	more := append(slices.Clone(small), example{"thanks", "ta"})
	trainKept(cache, intentKey(more), defaults, get(more))
	if built != 3 {
		t.Fatalf("trained %d times; want 3 (each change is a new key)", built)
	}
	trainKept(cache, intentKey(more), defaults, get(more))
	if built != 3 {
		t.Fatal("the model of the last corpus was not read back")
	}
}

// Bytes that pass the file's checksum but do not make a model that fits
// together (a row past the weights, labels without biases) are refused.
func TestKeptModelMustFitTogether(t *testing.T) {
	m := train([]example{{"greeting", "hi there"}, {"thanks", "thank you"}}, defaults)
	if _, err := decodeModel(encodeModel(m)); err != nil {
		t.Fatalf("a sound model is refused: %v", err)
	}
	broken := map[string]func(m *model){
		"fewer weights": func(m *model) { m.w = m.w[:len(m.w)-1] },
		"a bias short":  func(m *model) { m.bias = m.bias[:1] },
		"no labels":     func(m *model) { m.labels = nil; m.bias = nil; m.w = nil },
		"a row too far": func(m *model) {
			for i, s := range m.rows.slots {
				if s != 0 {
					m.rows.slots[i] = s | 0xffff
					return
				}
			}
		},
		"rows miscounted": func(m *model) { m.rows.n-- },
		"no temperature":  func(m *model) { m.temperature = 0 },
		"table not a power of two": func(m *model) {
			m.rows.slots = append(m.rows.slots, 0)
		},
	}
	for name, breakIt := range broken {
		b := train([]example{{"greeting", "hi there"}, {"thanks", "thank you"}}, defaults)
		b.rows.slots = slices.Clone(b.rows.slots)
		breakIt(b)
		if _, err := decodeModel(encodeModel(b)); err == nil {
			t.Errorf("%s: read as a model", name)
		}
	}
}
