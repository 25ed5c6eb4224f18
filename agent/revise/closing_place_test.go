package revise

import (
	"strings"
	"testing"
)

// TestSayGoesBeforeTheClosing checks that a sentence asked for goes before
// the lines that close a message (good wishes, "no worries if you can't",
// "it's well deserved"), never after them.
func TestSayGoesBeforeTheClosing(t *testing.T) {
	for _, tc := range []struct{ draft, closing string }{
		{"Hi Ravi! Congratulations on retiring. It is very well deserved, and I wish you every success.", "It is very well deserved"},
		{"Hi Gill, would you like to come for tea on Sunday? No worries if you can't.", "No worries if you can't"},
		{"Happy birthday, Ama! Have a lovely day.", "Have a lovely day"},
		{"Hi Tom! Congrats on the new flat. Enjoy every minute of it.", "Enjoy every minute"},
	} {
		got, err := Apply(tc.draft, Request{Kind: Say, Detail: "I'll bake some scones"}, Context{})
		if err != nil {
			t.Fatalf("%q: %v", tc.draft, err)
		}
		add, close := strings.Index(got, "scones"), strings.Index(got, tc.closing)
		if add < 0 || close < 0 || add > close {
			t.Errorf("%q: got %q, want the new sentence before %q", tc.draft, got, tc.closing)
		}
	}
}
