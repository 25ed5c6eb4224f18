package agent_test

import (
	"strings"
	"testing"
)

// TestCareSomeoneNamedIsOffered checks that naming someone close in care
// mode offers to write to them, and that taking the offer, by a yes, by the
// button or by "help me write to her", writes to them by name; and that
// how the person wants it to sound and a "done" at the end are heard.
func TestCareSomeoneNamedIsOffered(t *testing.T) {
	for _, take := range []string{"yeah can you help me write to her", "yes", "1"} {
		t.Run(take, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", careCrisis, "")
			rs := h.send("p", "maybe. i have a cousin, jana, who i used to be close with", "")
			if got := allText(rs); !strings.Contains(got, "Jana") {
				t.Fatalf("the cousin named was not heard:\n%s", got)
			}
			d := draftText(h.send("p", take, ""))
			if !strings.Contains(d, "Jana") {
				t.Fatalf("%q did not write to Jana: %q", take, d)
			}
			shorter := draftText(h.send("p", "just something short, nothing dramatic", ""))
			if shorter == "" || len(shorter) >= len(d) {
				t.Errorf("'short, nothing dramatic' did not make it shorter: %q → %q", d, shorter)
			}
			got := allText(h.send("p", "that's nice actually. done", ""))
			if !strings.Contains(got, "to copy") {
				t.Errorf("'done' at the end was not heard:\n%s", got)
			}
		})
	}
}

// TestCareMentionSaysHerOrHim checks that the offer to write to someone
// named by a family word calls them by that word's pronoun, and by "them"
// when nothing says which.
func TestCareMentionSaysHerOrHim(t *testing.T) {
	for _, tc := range []struct{ said, want string }{
		{"i guess i could talk to my sister", "write her a few words"},
		{"maybe my older brother", "write him a few words"},
		{"i have a friend, sam, i trust", "write them a few words"},
	} {
		h := newHarness(t)
		h.send("p", careCrisis, "")
		if got := allText(h.send("p", tc.said, "")); !strings.Contains(got, tc.want) {
			t.Errorf("%q: want %q in:\n%s", tc.said, tc.want, got)
		}
	}
}
