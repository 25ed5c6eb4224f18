package agent_test

import (
	"strings"
	"testing"
)

// TestOwnChangeWithFeeling: a change of the person's own told with how
// they feel about it has the feeling heard and the change named, with a
// step; neither is dropped.
func TestOwnChangeWithFeeling(t *testing.T) {
	h := newHarness(t)
	for i, c := range []struct{ msg, change string }{
		{"my last day before retiring is thursday, forty years in the same office. no idea how i'll fill the days", "retir"},
		{"moving onto the night shift in two weeks and im dreading never seeing my mates", "shift"},
		{"first week at the new job done. nobody really talks to me at breaks", "new job"},
	} {
		reply, labels := freshReply(h, "chg"+strings.Repeat("x", i), c.msg)
		if !strings.Contains(reply, c.change) || len(labels) == 0 || len(labels) > 3 || !strings.Contains(reply, "?") {
			t.Errorf("%q: %q %v, want the change (%q) named, a question and a step", c.msg, reply, labels, c.change)
		}
		if strings.Contains(reply, "lonely one") || strings.Contains(reply, "lonely evenings") {
			t.Errorf("%q: %q reads the change as a lonely evening", c.msg, reply)
		}
	}
}

// TestAloneSaidAsJustMe: "it's just me" at the end of what is told is
// being alone, heard as loneliness; followed by more it is not.
func TestAloneSaidAsJustMe(t *testing.T) {
	h := newHarness(t)
	for i, msg := range []string{"sundays are long. the kids are at their dads and its just me", "evenings since the divorce, its only me and the dog"} {
		reply, labels := freshReply(h, "justme"+strings.Repeat("x", i), msg)
		if !strings.Contains(reply, "lonel") || len(labels) == 0 {
			t.Errorf("%q: %q %v, want loneliness heard with a step", msg, reply, labels)
		}
	}
}

// TestRaceFinishedIsAnAchievement: a race finished is congratulated, not
// called a nice outing.
func TestRaceFinishedIsAnAchievement(t *testing.T) {
	h := newHarness(t)
	for i, msg := range []string{"ran my first 10k this morning!! knees hate me", "just finished the marathon, cant feel my feet lol"} {
		reply, _ := freshReply(h, "race"+strings.Repeat("x", i), msg)
		if !strings.Contains(reply, "well done") && !strings.Contains(reply, "congrat") {
			t.Errorf("%q: %q, want it congratulated", msg, reply)
		}
	}
}

// TestNamedFeelingOverScene: a feeling the person names after "feel" is
// what the reply names, before a scene read from what others do.
func TestNamedFeelingOverScene(t *testing.T) {
	h := newHarness(t)
	reply, _ := freshReply(h, "named", "honestly i feel invisible at home. my brothers only ring when they want money")
	if !strings.Contains(reply, "invisible") && !strings.Contains(reply, "unseen") {
		t.Errorf("got %q, want the feeling named (invisible, unseen)", reply)
	}
}
