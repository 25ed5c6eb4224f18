package agent_test

import (
	"strings"
	"testing"
)

// What the message should say, typed where the occasion was asked
// ("mostly that…", "nothing really, just that…"), is kept in the draft,
// turned to speak to them; a feeling of the writer's is never told as
// news.
func TestDetailAtTheOccasionStepIsKept(t *testing.T) {
	for _, c := range []struct{ opener, answer, want string }{
		{"help me text my old flatmate, he moved to glasgow in june", "mostly that i miss our friday quiz nights", "miss our Friday quiz nights"},
		{"help me message my aunt, she moved to spain", "nothing really, just that i miss baking with her", "I miss baking with you"},
		{"i want to text my school friend, she moved to dublin and i feel a bit lost", "just that i miss our morning runs", "miss our morning runs"},
	} {
		h := newHarness(t)
		h.send("p", c.opener, "")
		h.send("p", c.answer, "")
		draft := allText(h.send("p", "warm", ""))
		if !strings.Contains(draft, c.want) {
			t.Errorf("%q then %q: %q, want %q in it", c.opener, c.answer, draft, c.want)
		}
		if strings.Contains(draft, "news from me") || strings.Contains(draft, "thinking about that") {
			t.Errorf("%q then %q: %q, want the words kept as said", c.opener, c.answer, draft)
		}
	}
}
