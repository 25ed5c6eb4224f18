package agent_test

import (
	"strings"
	"testing"
)

// TestListenLifeNewsReplies holds replies to news of life told outside a
// flow: a big day ahead met gladly, what a friend's move left behind,
// others' milestones beside one's own lack, and someone's milestone
// met with gladness before any draft.
func TestListenLifeNewsReplies(t *testing.T) {
	h := newHarness(t)
	for i, tc := range []struct {
		text          string
		must, mustNot []string // each of must is alternatives joined by "|"
		choice        string   // a choice label the reply must offer
	}{
		{"our first is due in six weeks", []string{"exciting|lovely"}, []string{"pain", "annoying", "guide"}, "Tell someone it's coming"},
		{"we get married in a month and i'm nervous", []string{"wedding", "nervous"}, []string{"pain", "good luck with your wedding"}, ""},
		{"we move into the new place in 3 weeks", []string{"move|home"}, []string{"pain", "fair enough"}, ""},
		{"my housemate moved out on sunday and the house is so quiet without her", []string{"quiet", "lonely"}, []string{"happy for them"}, ""},
		{"my daughter's family relocated to dubai, it's just video calls with the grandkids now", []string{"ache|sad|miss"}, []string{"happy for them"}, ""},
		{"all my friends have kids now and i'm 38 and still on dating apps", []string{"left behind"}, []string{"big change", "congrat"}, "Think about who matters"},
		{"grandpa turns 95 today!", []string{"milestone", "grandpa"}, []string{"what feel do you want"}, "Write to Grandpa"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			person := "lifenews" + string(rune('a'+i))
			h.send(person, "hi", "")
			rs := h.send(person, tc.text, "")
			if len(rs) != 1 {
				t.Fatalf("%q: %d replies, want 1", tc.text, len(rs))
			}
			low := strings.ToLower(rs[0].Text)
			for _, w := range tc.must {
				if !containsAny(low, strings.Split(w, "|")) {
					t.Errorf("%q → %q: want %q", tc.text, rs[0].Text, w)
				}
			}
			for _, w := range tc.mustNot {
				if strings.Contains(low, w) {
					t.Errorf("%q → %q: must not say %q", tc.text, rs[0].Text, w)
				}
			}
			if tc.choice != "" {
				found := false
				for _, c := range rs[0].Choices {
					found = found || c.Label == tc.choice
				}
				if !found {
					t.Errorf("%q: choices %v, want %q", tc.text, rs[0].Choices, tc.choice)
				}
			}
		})
	}
}

// TestListenMilestoneAskedStillDrafts keeps an explicit request to write
// for a milestone a draft.
func TestListenMilestoneAskedStillDrafts(t *testing.T) {
	h := newHarness(t)
	h.send("nanask", "hi", "")
	rs := h.send("nanask", "can you help me write something for my nan's 90th", "")
	if len(rs) == 0 || !strings.Contains(strings.ToLower(rs[0].Text), "write to") {
		t.Fatalf("asked to write for a milestone, got %v, want the draft to start", rs)
	}
}
