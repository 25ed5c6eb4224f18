package revise

import (
	"strings"
	"testing"
)

// TestCoolerKeepsWhatWasAsked checks that toning a draft down keeps a line
// the person asked for ("just say i miss him"), and still drops stock warmth.
func TestCoolerKeepsWhatWasAsked(t *testing.T) {
	draft := "Hi Marco! It's been 2 years, and I've been thinking about you. I miss you. You mean so much to me. How have you been?"
	got, err := Apply(draft, Request{Kind: Cooler}, Context{Recipient: "Marco", KeepWords: Keywords("I miss you")})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got, "I miss you") {
		t.Errorf("the line asked for was dropped: %q", got)
	}
	if strings.Contains(got, "mean so much") || strings.Contains(got, "!") {
		t.Errorf("not toned down: %q", got)
	}
}
