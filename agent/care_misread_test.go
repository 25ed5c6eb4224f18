package agent_test

import (
	"strings"
	"testing"
)

// TestCareHearsAMisreading checks that, after a crisis reply, saying it
// was misread and what was meant gets a sorry and the helplines, and the
// next request is served with the person named.
func TestCareHearsAMisreading(t *testing.T) {
	c := newQuietChat(t, 0, 0)
	c.send("hi")
	crisis := c.send("i want to end it all")
	if !strings.Contains(choiceLabels(crisis), "helplines") {
		t.Fatalf("crisis reply %q (%s), want the helplines", crisis.Text, choiceLabels(crisis))
	}
	got := c.send("oh god no, not like that — i meant ending it with my girlfriend priya")
	if !strings.Contains(got.Text, "misread") || !strings.Contains(choiceLabels(got), "helplines") {
		t.Errorf("clarification: %q (%s), want a sorry and the helplines", got.Text, choiceLabels(got))
	}
	next := c.send("can you help me write to priya that i need some time apart")
	if !strings.Contains(next.Text, "Priya") || strings.Contains(next.Text, "ending your life") {
		t.Errorf("next request: %q, want a message to Priya started", next.Text)
	}
}

// TestCareGoesOnAfterAJoke checks that a bare joke or take-back after a
// crisis reply is still met with care, never taken as a misreading or a
// name.
func TestCareGoesOnAfterAJoke(t *testing.T) {
	for _, back := range []string{"jk", "lol nvm", "just kidding lol"} {
		c := newQuietChat(t, 0, 0)
		c.send("hi")
		c.send("i want to end it all")
		got := c.send(back)
		if strings.Contains(got.Text, "misread") || strings.Contains(strings.ToLower(got.Text), "write to "+back) || !strings.Contains(choiceLabels(got), "helplines") {
			t.Errorf("%q: %q (%s), want care to go on with the helplines", back, got.Text, choiceLabels(got))
		}
	}
}
