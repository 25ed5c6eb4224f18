package agent

import "testing"

// TestTimingKind checks the kind of timing a question asks, and that a
// section answers it only when it lists a question of the same kind.
func TestTimingKind(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"how often should i call my gran anyway?", timingOften},
		{"how many times a week is normal to text", timingOften},
		{"how long do i leave it before messaging again", timingLong},
		{"how soon is too soon to follow up", timingLong},
		{"when should i reach out after the funeral", timingWhen},
		{"at what point do i stop trying", timingWhen},
		{"why does she never text first", timingNone},
		{"what do i say to my brother", timingNone},
	} {
		if got := timingKind(tt.q); got != tt.want {
			t.Errorf("timingKind(%q) = %q, want %q", tt.q, got, tt.want)
		}
	}
	often := Section{Title: "Keeping a rhythm", Asks: []string{"how often should i message friends", "is once a month enough | Yes."}}
	if !answersTiming(often, "how often should i call my gran anyway?") {
		t.Error("a section listing a question of how often does not answer one")
	}
	if answersTiming(often, "how long do i leave it before messaging again") {
		t.Error("a section listing only how often answers how long")
	}
	if answersTiming(often, "what do i say to my brother") {
		t.Error("a question of no timing is taken as one")
	}
}
