package agent_test

import (
	"strings"
	"testing"
)

// TestLeftOutToldByScene checks that being left out told by how it was
// seen, with no word for it (nobody thinking to ask, plans found out from
// posts, everyone out while the person is home, being the only one
// still posting in a quiet chat, the edge of a group), is heard as the feeling it is, with room to say more
// and no message started to the group.
func TestLeftOutToldByScene(t *testing.T) {
	for _, in := range []string{
		"the whole team had a leaving do on thursday and no one bothered to invite me",
		"i only ever hear about their weekends through their instagram posts",
		"all my mates are at the festival and im home alone with the cat",
		"the family chat went quiet after christmas and im always the only one who posts",
		"at every party i end up hovering round the edges with a drink",
		"got back from the wedding feeling lonelier than ever",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) || containsAny(got, []string{"what's the occasion", "what feel do you want", "the guide"}) {
			t.Errorf("%q: drafted or quoted the guide:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"left out", "outside", "lonel", "stings", "tiring", "one-sided"}) || !strings.Contains(got, "?") {
			t.Errorf("%q: the feeling was not heard:\n%s", in, got)
		}
	}
}

// TestOwnBabyOnTheWay checks that a baby on the way told by the person,
// in "we're expecting" words, is congratulated as their own change with
// a step offered.
func TestOwnBabyOnTheWay(t *testing.T) {
	for _, in := range []string{"we're expecting a little girl in the spring!", "im expecting my first in october"} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if !strings.Contains(got, "congrat") || len(lastChoices(rs)) == 0 {
			t.Errorf("%q: not congratulated with a step:\n%s", in, got)
		}
	}
}
