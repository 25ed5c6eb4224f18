package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestOutsideHeardForWhatItIs plays messages told outside any flow and
// checks that each reply answers what was told: the person's own good
// news said back, a change named in their word, their own move, a hurt, a
// nuisance, a question about the companion.
func TestOutsideHeardForWhatItIs(t *testing.T) {
	tests := []struct{ text, want, never string }{
		{"passed my driving test on the third try lol", "driving test", "sorry"},
		{"i got into oxford!!", "getting into Oxford", "sorry"},
		{"finally got the keys to our first flat today", "home of your own", "sorry"},
		{"my son got into trouble at school", "sorry", "wonderful"},
		{"been getting into birdwatching lately", "How are you finding it", "guide"},
		{"we're getting divorced. amicable but still", "divorce", "Congratulations"},
		{"im going to be a mum in june and i'm scared", "becoming a mum", "guide"},
		{"my girlfriend of three years moved out last week, the place feels empty", "sorry|painful", "happy for them"},
		{"relocating to glasgow next month and i dont know a soul there", "new|move", "someone who's moving"},
		{"my sister was so nasty to me at lunch and nobody stood up for me", "hurt|stings", "nice to hear"},
		{"the guy upstairs has been hammering since 6am", "annoying|fed up", "guide"},
		{"my flatmate left her dishes in the sink five days in a row", "annoying|fed up", "kind of them"},
		{"what are you actually good for", "I help you", "Not bad"},
		{"my best friend moved to australia last week and i keep crying", "moving away", "Moving somewhere new"},
		{"just had the worst argument with my mum", "Falling out|fight", "guide"},
		{"i finally told my sister how i felt and she hugged me", "glad|nice|lovely", "guide"},
		{"called my dad and he hung up on me", "hurt|stings", "nice"},
	}
	h := newHarness(t)
	for i, tt := range tests {
		person := fmt.Sprintf("heard-%d", i)
		h.send(person, "hi", "")
		rs := h.send(person, tt.text, "")
		var got strings.Builder
		for _, r := range rs {
			got.WriteString(r.Text + "\n")
		}
		ok := false
		for _, w := range strings.Split(tt.want, "|") {
			ok = ok || strings.Contains(got.String(), w)
		}
		if !ok || strings.Contains(got.String(), tt.never) {
			t.Errorf("%q: reply %q, want one of %q and never %q", tt.text, got.String(), tt.want, tt.never)
		}
	}
}
