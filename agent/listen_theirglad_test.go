package agent_test

import (
	"strings"
	"testing"
)

// TestOthersGoodNewsIsTheirs checks that someone else's good news, named or
// not, is answered glad for them with an offer to write to them, and never
// congratulates the person as if it were their own.
func TestOthersGoodNewsIsTheirs(t *testing.T) {
	for _, tc := range []struct{ text, who string }{
		{"my cousin dara got engaged to niamh!!", "dara"},
		{"big news, our neighbour ruth passed her citizenship test", "ruth"},
		{"my old coworker just got promoted to director", "coworker"},
	} {
		h := newHarness(t)
		rs := h.send("p", tc.text, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", tc.text, got)
			continue
		}
		if strings.Contains(got, "well done on") || strings.Contains(got, "congratulations on") || strings.Contains(got, "you must be so pleased") {
			t.Errorf("%q congratulated the person:\n%s", tc.text, got)
		}
		offered := false
		for _, r := range rs {
			for _, c := range r.Choices {
				offered = offered || c.ID == "offer:yes" && strings.Contains(strings.ToLower(c.Label), tc.who)
			}
		}
		if !offered {
			t.Errorf("%q: no offer to write to %s:\n%s", tc.text, tc.who, got)
		}
	}
}
