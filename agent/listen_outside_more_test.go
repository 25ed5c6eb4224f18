package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestOutsideFeelingsToldWithMarks checks kinds of message outside any
// flow that went astray, each in wording of its own: a drift told with
// question marks of surprise, a doubt that anyone would notice, a
// courtesy asked before a story, a verb after "to" in a thought said
// aloud, a scene of being on the edge of a group with glad words in it,
// and a promotion told with what it changed.
func TestOutsideFeelingsToldWithMarks(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct {
		text      string
		must, not []string
		choices   bool
	}{
		{"me and jonah were on the phone every night as teens and now its once a year if that?? no clue when that happened",
			[]string{"?"}, []string{"from the guide", "congrat"}, true},
		{"i'm always the one organising the walks. if i stopped would any of them even notice?? doubt it haha",
			[]string{"?"}, []string{"from the guide"}, true},
		{"can i tell you something? lately i feel so cut off from my mates and i don't know who to reach out to first",
			[]string{"?"}, []string{"from the guide", "guide i draw on"}, true},
		{"sat on the train thinking i've got no one i'd phone with good news. odd thing to realise at 35",
			[]string{"?"}, []string{"write to realise", "realise."}, true},
		{"the whole office has found its little groups and im just the one who smiles along at the edge of lunch",
			[]string{"?"}, []string{"lovely", "great moment", "amazing"}, true},
		{"my oldest mate moved away to new zealand yesterday, saying bye at the gate wrecked me. we promised to ring each other every fortnight",
			[]string{"remind"}, []string{"congrat"}, true},
		{"been promoted to head of sales!! weird being in charge of my lunch buddies now",
			[]string{"promotion"}, []string{"sorry"}, true},
	} {
		p := fmt.Sprintf("marks%d", i)
		h.send(p, "hi", "")
		rs := h.send(p, tc.text, "")
		got := strings.ToLower(allText(rs))
		for _, w := range tc.must {
			if !strings.Contains(got, w) {
				t.Errorf("%q: want %q:\n%s", tc.text, w, got)
			}
		}
		for _, w := range tc.not {
			if strings.Contains(got, w) {
				t.Errorf("%q: said %q:\n%s", tc.text, w, got)
			}
		}
		n := 0
		for _, r := range rs {
			n += len(r.Choices)
		}
		if tc.choices && (n == 0 || n > 3) {
			t.Errorf("%q: %d choices, want a step or two:\n%s", tc.text, n, got)
		}
	}
}
