package compose

import (
	"reflect"
	"testing"

	"github.com/companion-dev/companion/agent/modelcache"
)

// The occasion classifier read back from the model cache reads every
// wording of its corpus as the one trained does: the same label,
// confidence and ranking.
func TestKeptOccasionClassifierIsTheSame(t *testing.T) {
	cache := modelcache.New(t.TempDir(), nil)
	trained := trainOccasions(cache)
	loaded := trainOccasions(cache)
	plain := trainOccasions(nil)
	for _, e := range occasionExamples() {
		a, b, c := trained.Classify(e.Text), loaded.Classify(e.Text), plain.Classify(e.Text)
		if !reflect.DeepEqual(a, b) || !reflect.DeepEqual(a, c) {
			t.Fatalf("%q: trained %+v, read back %+v, without a cache %+v", e.Text, a, b, c)
		}
	}
}
