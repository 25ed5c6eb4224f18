package listen

import (
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/companion-dev/companion/agent/modelcache"
)

// The feelings model read back from the model cache is the one trained:
// the same labels, rows and weights bit for bit, and the same feeling and
// confidence for every answer of its corpus.
func TestKeptFeelingsModelIsTheSame(t *testing.T) {
	cache := modelcache.New(t.TempDir(), nil)
	trained := trainKept(cache, tuneTSV)
	loaded := trainKept(cache, tuneTSV)
	ex, err := parseCorpus(tuneTSV)
	if err != nil {
		t.Fatal(err)
	}
	plain := train(ex)
	for _, m := range []*model{trained, loaded} {
		if !slices.Equal(m.labels, plain.labels) || !reflect.DeepEqual(m.rows, plain.rows) {
			t.Fatal("labels or rows differ from a plain training")
		}
		for i := range plain.w {
			if math.Float64bits(m.w[i]) != math.Float64bits(plain.w[i]) {
				t.Fatalf("weight %d: %v, want %v", i, m.w[i], plain.w[i])
			}
		}
		for k := range plain.bias {
			if math.Float64bits(m.bias[k]) != math.Float64bits(plain.bias[k]) {
				t.Fatalf("bias %d differs", k)
			}
		}
	}
	for _, e := range ex {
		if a, b := plain.feel(e.text), loaded.feel(e.text); a != b {
			t.Fatalf("%q: trained %+v, read back %+v", e.text, a, b)
		}
	}
}

// A kept file is read, not trained again: a corpus that differs by one
// line trains anew.
func TestKeptFeelingsModelFollowsTheCorpus(t *testing.T) {
	dir := t.TempDir()
	src := "grief\tmy grandad died last spring\nworry\ti keep wondering if they're upset with me\n"
	a := trainKept(modelcache.New(dir, nil), src)
	b := trainKept(modelcache.New(dir, nil), src)
	c := trainKept(modelcache.New(dir, nil), src+"none\ta walk on sundays\n")
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the kept model differs from the one trained")
	}
	if len(c.labels) != 3 {
		t.Fatalf("labels %v: the changed corpus was not trained", c.labels)
	}
}

// Bytes that do not make a model that fits together are refused.
func TestKeptFeelingsModelMustFitTogether(t *testing.T) {
	good := trainKept(nil, "grief\tmy grandad died\nworry\ti keep wondering\n")
	if _, err := decodeModel(encodeModel(good)); err != nil {
		t.Fatalf("a sound model is refused: %v", err)
	}
	for name, breakIt := range map[string]func(*model){
		"fewer weights": func(m *model) { m.w = m.w[1:] },
		"a bias short":  func(m *model) { m.bias = m.bias[1:] },
		"a row too far": func(m *model) {
			for h := range m.rows {
				m.rows[h] = len(m.rows) + 3
				return
			}
		},
	} {
		m := trainKept(nil, "grief\tmy grandad died\nworry\ti keep wondering\n")
		breakIt(m)
		if _, err := decodeModel(encodeModel(m)); err == nil {
			t.Errorf("%s: read as a model", name)
		}
	}
}
