package revise

import (
	"strings"
	"testing"
)

// TestNamedEmojiMore holds that an emoji asked for by a name of its own
// is the one added, not a fitting one picked instead.
func TestNamedEmojiMore(t *testing.T) {
	for _, tc := range []struct{ ask, want string }{
		{"add a ring emoji", "💍"},
		{"put a little music note at the end", "🎶"},
		{"stick a trophy on it", "🏆"},
		{"can you add a graduation cap emoji", "🎓"},
	} {
		r, ok := Parse(tc.ask)
		if !ok {
			t.Errorf("Parse(%q) found no request", tc.ask)
			continue
		}
		got, err := Apply("Hi Mo! Congratulations on the news. How are you feeling?", r, Context{Recipient: "Mo"})
		if err != nil || !strings.Contains(got, tc.want) {
			t.Errorf("%q gave %q (%v), want %s", tc.ask, got, err, tc.want)
		}
	}
}

// TestLessNeedyKeepsTheAsk holds that "less needy" puts an ask said as a
// need plainly instead of dropping it.
func TestLessNeedyKeepsTheAsk(t *testing.T) {
	r, ok := Parse("make it less needy")
	if !ok {
		t.Fatal("no request")
	}
	got, err := Apply("Hi Sol, I'm wiped out with the move. I really need you to pick up the kids on Friday. It would mean a lot.", r, Context{Recipient: "Sol"})
	if err != nil || !strings.Contains(got, "Could you pick up the kids on Friday?") {
		t.Errorf("less needy gave %q (%v), want the ask kept as a question", got, err)
	}
}
