package agent_test

import (
	"strings"
	"testing"
)

// TestTimezoneFollowsAMove checks that a move said in passing is heard as
// a change and sets the timezone, said in the same reply.
func TestTimezoneFollowsAMove(t *testing.T) {
	tests := []struct{ first, move, zone string }{
		{"i'm in canada", "oh and we finally moved to vancouver", "America/Vancouver"},
		{"i live in madrid", "btw i've just relocated to osaka", "Asia/Tokyo"},
		{"hello", "i recently moved to edinburgh", "Europe/London"},
	}
	for _, tc := range tests {
		t.Run(tc.move, func(t *testing.T) {
			c := newQuietChat(t, 0, 0)
			c.send(tc.first)
			got := c.send(tc.move).Text
			if !strings.Contains(got, tc.zone) || !strings.Contains(strings.ToLower(got), "move") {
				t.Errorf("reply %q, want the move heard and %s confirmed", got, tc.zone)
			}
			if s := c.sendAll("/settings")[0].Text; !strings.Contains(s, tc.zone) {
				t.Errorf("settings %q, want timezone %s", s, tc.zone)
			}
		})
	}
}

// TestNameGivenInPassing checks that a name offered at the end of a longer
// message is kept.
func TestNameGivenInPassing(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.send("hi")
	if got := c.send("my real name is a mouthful, so just call me Ro").Text; !strings.Contains(got, "Ro") {
		t.Fatalf("reply %q, want the name Ro taken", got)
	}
	if s := c.sendAll("/settings")[0].Text; !strings.Contains(s, "Name:** Ro") {
		t.Errorf("settings %q, want the name Ro", s)
	}
}
