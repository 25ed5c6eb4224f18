package agent_test

import (
	"strings"
	"testing"
)

// TestGoodNewsWithNobodyToTell checks that the person's own good news told
// with nobody to share it is answered both ways: glad about the news, and
// hearing the loneliness of having no one to tell, with help to tell
// someone one tap away and no draft started.
func TestGoodNewsWithNobodyToTell(t *testing.T) {
	for _, in := range []string{
		"handed in my dissertation today and there was nobody to tell",
		"we won the pub quiz!! no one around to celebrate with though",
		"nailed my first marathon, had no one i could call after",
		"graduated this morning but no one here to share it with",
	} {
		h := newHarness(t)
		rs := h.send("p", in, "")
		got := strings.ToLower(allText(rs))
		if draftStarted(rs) {
			t.Errorf("%q started a draft:\n%s", in, got)
			continue
		}
		if !containsAny(got, []string{"congrat", "brilliant", "well done", "wonderful"}) {
			t.Errorf("%q: no gladness for the news:\n%s", in, got)
		}
		if !containsAny(got, []string{"lonely", "nobody around", "no one right there", "quiet"}) {
			t.Errorf("%q: having nobody to tell was not heard:\n%s", in, got)
		}
		offered := hasChoice(rs, "menu:draft")
		if !offered {
			t.Errorf("%q: no help to tell someone offered:\n%s", in, got)
		}
	}
	// News alone, or loneliness alone, is answered as it was.
	h := newHarness(t)
	if got := strings.ToLower(allText(h.send("q", "passed my theory test!!", ""))); containsAny(got, []string{"lonely", "nobody around"}) {
		t.Errorf("plain good news heard as lonely:\n%s", got)
	}
	if got := strings.ToLower(allText(h.send("r", "no one to talk to most evenings", ""))); containsAny(got, []string{"congrat", "brilliant news"}) {
		t.Errorf("loneliness alone congratulated:\n%s", got)
	}
}
