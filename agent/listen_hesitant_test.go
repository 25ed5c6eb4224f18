package agent_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestListenHesitantAfterAsked checks that a hesitant answer to "want to
// tell me more?" is met without pressure and with a small way on, never
// with a nod that closes the talk, and that a plain no is still a no.
func TestListenHesitantAfterAsked(t *testing.T) {
	h := newHarness(t)
	lonely := []string{
		"since the move i've got literally nobody here to hang out with",
		"i feel really lonely most evenings lately",
		"nobody ever texts me first anymore and it gets to me",
	}
	unsure := []string{"idk, maybe", "i guess", "not sure tbh", "hmm maybe", "dunno lol", "i suppose"}
	for i, opener := range lonely {
		for j, answer := range unsure {
			person := fmt.Sprintf("hesitant-%d-%d", i, j)
			h.send(person, "hello", "")
			h.send(person, opener, "")
			var got strings.Builder
			for _, r := range h.send(person, answer, "") {
				got.WriteString(r.Text + "\n")
			}
			s := got.String()
			if !strings.Contains(s, "No pressure") && !strings.Contains(s, "That's okay") && !strings.Contains(s, "no rush") {
				t.Errorf("%q then %q: reply %q, want it met without pressure", opener, answer, s)
			}
			for _, never := range []string{"Cool.", "Sounds good", "guide", "Okay!"} {
				if strings.Contains(s, never) {
					t.Errorf("%q then %q: reply %q says %q", opener, answer, s, never)
				}
			}
		}
	}
	for _, text := range []string{"idk, maybe", "not sure tbh", "i guess"} {
		// With nothing asked, no listening reply is made up.
		person := "unasked-" + text
		h.send(person, "hello", "")
		for _, r := range h.send(person, text, "") {
			if strings.Contains(r.Text, "No pressure") || strings.Contains(r.Text, "ordinary evening") {
				t.Errorf("%q with nothing asked: %q", text, r.Text)
			}
		}
	}
}
