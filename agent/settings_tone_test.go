package agent_test

import (
	"strings"
	"testing"
)

// TestDefaultToneInWords checks that a wish for how drafts sound in
// general sets the tone, and a wish for how the companion talks says what
// it can change instead of answering from the guide.
func TestDefaultToneInWords(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.send("hi")
	if got := c.send("could my drafts sound more formal, they're mostly for my boss").Text; !strings.Contains(got, "formal") || strings.Contains(got, "guide") {
		t.Errorf("drafts formal: %q", got)
	}
	if s := c.sendAll("/settings")[0].Text; !strings.Contains(s, "drafts:** formal") {
		t.Errorf("settings %q, want the tone formal", s)
	}
	c.send("choice:settings:close")
	got := c.send("can you please be a little kinder to me")
	if strings.Contains(got.Text, "guide") || !strings.Contains(got.Text, "tone your drafts") {
		t.Errorf("be kinder: %q, want what can be changed", got.Text)
	}
	if after := c.send("how do i tell a friend i miss her").Text; strings.Contains(after, "Pick one of the tones") {
		t.Errorf("a question after the offer was held by it: %q", after)
	}
}
