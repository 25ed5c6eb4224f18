package agent

import (
	"testing"

	"github.com/companion-dev/companion/agent/safety"
)

// TestConcernBarInReflection: an answer of worry a reflection invites
// ("i worry id be a nuisance to them") is one the model is sure of outside
// any flow, and below the bar inside a reflection, so the journey goes on
// without the check; drafting keeps the usual bar.
func TestConcernBarInReflection(t *testing.T) {
	// The model's scores move as it learns new corpus parts: "honestly
	// time, and i worry i'd be bothering them" fell to 0.945 once it
	// learned tune34; answers of the same kind still score over the bar
	// outside a flow.
	for _, text := range []string{"honestly time, and i worry i'd be bothering everyone", "honestly time, and the worry that i'd be bothering them"} {
		score := safety.Concern(text)
		t.Logf("%q scores %.3f", text, score)
		if score < concernBar("") {
			t.Fatalf("%q scores %.3f, under the bar outside a flow: the example no longer shows the point", text, score)
		}
		if score >= concernBar(flowReflect) {
			t.Errorf("%q scores %.3f, over the bar in a reflection %.2f", text, score, concernBar(flowReflect))
		}
	}
	if got := concernBar(flowDraft); got != concernBar("") {
		t.Errorf("bar while drafting %.2f, want the usual %.2f", got, concernBar(""))
	}
}
