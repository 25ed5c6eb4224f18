package agent

import (
	"strings"
	"testing"
)

func TestInGuideField(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"whats the best way to check in on someone without being annoying", true},
		{"haven't spoken to my cousin since her wedding, how do i reach out", true},
		{"my flatmate keeps eating alone in her room, should i say something", true},
		{"feel like i'm always the one keeping in touch", true},
		{"how do i stop my parents arguing", true},
		{"this new phone is killing my battery", false},
		{"how do i get my toddler to eat vegetables", false},
		{"should i text my crush first", false},
		{"whats a good birthday present for my brother", false},
		{"how much ibuprofen can i give my friend", false},
		{"how do i fix a leaking tap", false},
		{"i refresh instagram all evening to see if she posted", true},
		{"cant stop checking his last seen on whatsapp", true},
	}
	for _, tt := range tests {
		if got := inGuideField(tt.q); got != tt.want {
			t.Errorf("inGuideField(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCrisisNeverNearby checks that the crisis section is neither named
// as nearby nor given as a weak answer, even when the search ranks it first.
func TestCrisisNeverNearby(t *testing.T) {
	hits := []Section{
		{ID: "professional-help/if-you-are-in-crisis", Title: "If you are in crisis", Score: 30, Coverage: 0.4, Match: 0.3, Passage: "Call."},
		{ID: "sharing/what-to-keep-to-yourself", Title: "What to keep to yourself", Score: 20, Coverage: 0.3, Match: 0.25, Passage: "Hold back."},
	}
	a := declined(hits)
	if len(a.Near) != 1 || a.Near[0].ID != hits[1].ID {
		t.Errorf("near %v, want only %s", a.Near, hits[1].ID)
	}
	if i := nearestFit(hits, weakRule); i != 1 {
		t.Errorf("nearestFit = %d, want 1, the section after the crisis one", i)
	}
}

// TestNearOnlyWhenNear checks that a declined question names a section as
// nearby only when the search found it with a fair score and the guide's
// model finds it at all likely; sharing a word is not enough.
func TestNearOnlyWhenNear(t *testing.T) {
	near := Section{ID: "conflict/lead-with-empathy", Title: "Lead with empathy", Score: 30, Coverage: 0.3, Likely: 0.4, Passage: "Ask."}
	faint := Section{ID: "habits-tools", Title: "Habits", Score: 30, Coverage: 0.5, Likely: 0.02, Passage: "Try."}
	low := Section{ID: "myths", Title: "Myths", Score: 6, Coverage: 0.6, Likely: 0.3, Passage: "No."}
	a := declined([]Section{faint, near, low})
	if len(a.Near) != 1 || a.Near[0].ID != near.ID {
		t.Errorf("near %v, want only %s", a.Near, near.ID)
	}
	a = declined([]Section{faint, low})
	if len(a.Near) != 0 || !strings.Contains(a.Text, "answer questions about friendship") {
		t.Errorf("with nothing near: %q, near %v", a.Text, a.Near)
	}
}
