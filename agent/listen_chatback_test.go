package agent_test

import (
	"strings"
	"testing"
)

// TestChatBack checks that an answer to the companion's own small-talk
// question is answered in kind, by how the day is going, never sent to
// the guide, and that a real question after it still goes there.
func TestChatBack(t *testing.T) {
	tests := []struct {
		opener, answer string
		want           []string
	}{
		{"hiya how are you", "nothing much, lying on the couch", []string{"downtime", "quiet"}},
		{"how's your evening going", "been mad busy tbh", []string{"full one", "lot of day"}},
		{"hey how are u", "pretty good actually!", []string{"glad", "love that"}},
		{"how are you doing today", "eh not the best", []string{"sorry", "one of those"}},
	}
	for _, tc := range tests {
		t.Run(tc.answer, func(t *testing.T) {
			h := newHarness(t)
			h.send("p", "hi", "")
			if q := allText(h.send("p", tc.opener, "")); !strings.HasSuffix(strings.TrimSpace(q), "?") {
				t.Fatalf("the small talk asked nothing back: %q", q)
			}
			text := strings.ToLower(allText(h.send("p", tc.answer, "")))
			for _, w := range declineWords {
				if strings.Contains(text, w) {
					t.Fatalf("declined or quoted the guide: %q", text)
				}
			}
			if !containsAny(text, tc.want) {
				t.Errorf("reply %q, want one of %v", text, tc.want)
			}
		})
	}
	h := newHarness(t)
	h.send("p", "hi", "")
	h.send("p", "how are you", "")
	if text := allText(h.send("p", "how do i keep in touch with friends who moved abroad?", "")); !strings.Contains(text, "guide") {
		t.Errorf("a question after small talk: %q, want the guide's answer", text)
	}
}

// TestMissingAThing checks that missing a bus or a deadline is not read
// as missing someone.
func TestMissingAThing(t *testing.T) {
	for _, text := range []string{
		"the deadline is tomorrow and if i miss it my manager will lose it lol",
		"ugh i nearly missed the last train home",
	} {
		h := newHarness(t)
		h.send("p", "hi", "")
		if got := strings.ToLower(allText(h.send("p", text, ""))); strings.Contains(got, "miss that closeness") || strings.Contains(got, "missing having people") {
			t.Errorf("%q read as missing someone: %q", text, got)
		}
	}
}
