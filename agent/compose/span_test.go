package compose

import (
	"strings"
	"testing"
)

// TestSpanIsNoGap checks that how long something shared lasted is never
// written as how long it has been.
func TestSpanIsNoGap(t *testing.T) {
	for _, o := range []Occasion{Professional, Reconnect} {
		d := Write(Spec{Occasion: o, Name: "Femi", Tie: TieFriend, Since: "for 4 years"})
		if strings.Contains(d, "4 years") {
			t.Errorf("%s: %q says the span as a gap", o, d)
		}
	}
	if d := Write(Spec{Occasion: Reconnect, Name: "Femi", Tie: TieFriend, Since: "4 years"}); !strings.Contains(d, "4 years") {
		t.Errorf("a gap said outright is lost: %q", d)
	}
}
