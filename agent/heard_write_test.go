package agent_test

import (
	"strings"
	"testing"
)

// TestWriteAskedBeforeOutsideReaders checks that one decision, taken
// before the readers of milestones and days ahead, tells a request to
// write from the same news told: told, the news is met gladly with a
// message one tap away; asked for words, the draft starts.
func TestWriteAskedBeforeOutsideReaders(t *testing.T) {
	for _, tc := range []struct {
		told, asked string
	}{
		{"my granddad turns 80 today!", "can you help me write to my granddad, he turns 80 today"},
		{"my aunt and uncle are celebrating their ruby anniversary", "help me write something for my aunt and uncle, they're celebrating their ruby anniversary"},
		{"my cousin is getting married next month", "i need a message for my cousin, she's getting married next month"},
		{"our baby is due in six weeks", "could you draft a note to my mum, our baby is due in six weeks"},
	} {
		h := newHarness(t)
		rs := h.send("told", tc.told, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft nobody asked for:\n%s", tc.told, got)
		}
		if !containsAny(got, []string{"wonderful", "exciting", "lovely", "milestone"}) {
			t.Errorf("%q was not met gladly:\n%s", tc.told, got)
		}
		rs = h.send("asked", tc.asked, "")
		if !draftStarted(rs) {
			t.Errorf("%q did not start a draft:\n%s", tc.asked, allText(rs))
		}
	}
}
