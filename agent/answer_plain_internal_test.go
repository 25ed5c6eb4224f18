package agent

import (
	"strings"
	"testing"
)

// TestPlainStance gives a plain stance to whether a kind message out of
// the blue is odd, and to whether to tell someone their partner cheats,
// and none where the answer is never a plain yes.
func TestPlainStance(t *testing.T) {
	tests := []struct {
		q, lead string // lead "" means no stance
	}{
		{"is it weird to text my old teacher to say thanks", "Not at all."},
		{"would it be strange to send my old boss a thank you card", "Not at all."},
		{"hey quick q, is it awkward to message my childhood friend happy birthday after 10 years", "Not at all."},
		{"is it ok to text my cousin congrats on the baby even though we never talk", "Yes, absolutely."},
		{"should i call my uncle to wish him good luck with the surgery", "Yes, go for it."},
		{"should i tell my friend her bf is cheating", "That's a hard spot"},
		{"is it my place to tell my sister her husband has been lying to her", "That's a hard spot"},
		{"do i tell my mate that his girlfriend is on tinder", "That's a hard spot"},
		{"is it weird to text my ex happy birthday", ""},
		{"is it weird to text my friend every day", ""},
		{"is it weird to call my crush to say thanks", ""},
		{"is it weird that my friend never says thanks", ""},
		{"should i tell my friend i'm moving away", ""},
		{"how do i thank my old teacher", ""},
	}
	for _, tt := range tests {
		got := plainStance(tt.q)
		if tt.lead == "" && got != "" || !strings.HasPrefix(got, tt.lead) {
			t.Errorf("plainStance(%q) = %q, want it to open with %q", tt.q, got, tt.lead)
		}
	}
}
