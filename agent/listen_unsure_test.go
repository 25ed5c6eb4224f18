package agent_test

import (
	"strings"
	"testing"
)

// TestUnsureStatementsAreHeard plays statements outside any flow that the
// intent classifier is unsure of, or that look like something else on
// the surface, and checks the reply listens: what it must hold (any of
// the alternatives) and what it must not.
func TestUnsureStatementsAreHeard(t *testing.T) {
	cases := []struct {
		text          string
		must, mustNot []string
	}{
		// A hint of loneliness said lightly is answered warmly, never
		// laughed along with, and leaves room to say more.
		{"at this point ur basically my only mate lol", []string{"?"}, []string{"haha", "ha!", "oh dear", "chaos", "😅", "😄"}},
		// A complaint about someone else's schedule asks for no reminder.
		{"my manager keeps putting calls in at 6pm on thursdays", nil, []string{"timezone", "reminder"}},
		// Whether a person reads the messages: the short honest answer.
		{"is a real person reading what i type in here", []string{"program"}, []string{"what i keep, and where"}},
		// A home hit by a storm is bad news for the people in it.
		{"my cousin's flat flooded after the storm last night", []string{"sorry"}, []string{"weather"}},
		// A worry about family told as a statement is no guide question.
		{"my sister is so busy with her new boyfriend that she forgets i exist", nil, []string{"from the guide", "doesn't cover"}},
	}
	h := newHarness(t)
	for i, c := range cases {
		person := "unsure" + string(rune('a'+i))
		h.send(person, "hi", "")
		rs := h.send(person, c.text, "")
		var all strings.Builder
		for _, r := range rs {
			all.WriteString(strings.ToLower(r.Text) + "\n")
		}
		got := all.String()
		if len(c.must) > 0 && !containsAny(got, c.must) {
			t.Errorf("%q: the reply holds none of %q: %q", c.text, c.must, got)
		}
		for _, w := range c.mustNot {
			if strings.Contains(got, strings.ToLower(w)) {
				t.Errorf("%q: the reply holds %q: %q", c.text, w, got)
			}
		}
	}
}
