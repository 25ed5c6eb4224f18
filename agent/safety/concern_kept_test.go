package safety

import (
	"reflect"
	"testing"

	"github.com/companion-dev/companion/agent/modelcache"
)

// The concern model read back from the model cache scores every message it
// learned from as the one trained does.
func TestKeptConcernModelIsTheSame(t *testing.T) {
	cache := modelcache.New(t.TempDir(), nil)
	trained := trainConcern(cache)
	loaded := trainConcern(cache)
	for _, e := range concernExamples(concernParts()) {
		if a, b := trained.Classify(e.Text), loaded.Classify(e.Text); !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: trained %+v, read back %+v", e.Text, a, b)
		}
	}
}
