package agent_test

import (
	"strings"
	"testing"
)

// TestChangeAtTimezoneQuestionLetsItGo checks that changing the reminder
// instead of answering the timezone question sets it in UTC, says so, and
// leaves no question waiting to "continue"; the place can still be given
// later in words.
func TestChangeAtTimezoneQuestionLetsItGo(t *testing.T) {
	h := newHarness(t)
	first := allText(h.send("p", "remind me to ring my dad every other sunday", ""))
	if !strings.Contains(strings.ToLower(first), "timezone") {
		t.Fatalf("no timezone question asked first:\n%s", first)
	}
	got := allText(h.send("p", "can you make it 6pm instead", ""))
	if !strings.Contains(got, "18:00") || !strings.Contains(got, "UTC") {
		t.Fatalf("the change was not made in UTC:\n%s", got)
	}
	if strings.Contains(got, "continue") {
		t.Errorf("the timezone question is still said to be waiting:\n%s", got)
	}
	later := allText(h.send("p", "i live in lyon", ""))
	if !strings.Contains(later, "Paris") && !strings.Contains(later, "Lyon") {
		t.Errorf("the place given later was not taken:\n%s", later)
	}
}
