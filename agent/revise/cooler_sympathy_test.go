package revise

import (
	"strings"
	"testing"
)

// TestCoolerKeepsSympathy tones down messages of sympathy and apology:
// the exclamation marks and the gushing go, but "so sorry" or "really
// sorry" keeps its weight.
func TestCoolerKeepsSympathy(t *testing.T) {
	for _, tc := range []struct{ text, keep string }{
		{"Hi Ines. I'm so sorry to hear about your grandmother. I'm thinking of you all. You're the best!", "I'm so sorry to hear about your grandmother."},
		{"Hey Theo! I'm really sorry I forgot to call on your big day. I miss you so much! Can we get lunch soon?", "I'm really sorry I forgot to call on your big day."},
		{"Dear Ama, my deepest condolences on the loss of your father. He was truly a wonderful man.", "my deepest condolences on the loss of your father."},
	} {
		got, err := Apply(tc.text, Request{Kind: Cooler}, Context{})
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		if !strings.Contains(got, tc.keep) {
			t.Errorf("toned down %q to %q: the sympathy %q lost its weight", tc.text, got, tc.keep)
		}
		if strings.Contains(got, "!") {
			t.Errorf("toned down %q to %q: exclamation marks left", tc.text, got)
		}
	}
}
