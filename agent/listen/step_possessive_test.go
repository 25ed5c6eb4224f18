package listen

import "testing"

// TestFindStepKeepsWhose: a step about something of someone's keeps whose
// it is; a step with someone keeps them as the one it is with.
func TestFindStepKeepsWhose(t *testing.T) {
	tests := []struct{ answer, phrase, with string }{
		{"reply to my mate Jonas's long voice note this week", "reply to Jonas's long voice note", "Jonas"},
		{"answer Priya's message properly", "answer Priya's message properly", "Priya"},
		{"call Priya on sunday", "call Priya", "Priya"},
	}
	for _, tt := range tests {
		s, ok := FindStep([]string{tt.answer}, []string{"Jonas", "Priya"})
		if !ok {
			t.Errorf("FindStep(%q) found no step", tt.answer)
			continue
		}
		if s.With.Who != tt.with || len(s.Phrase) < len(tt.phrase) || s.Phrase[:len(tt.phrase)] != tt.phrase {
			t.Errorf("FindStep(%q) = %q with %q, want %q… with %q", tt.answer, s.Phrase, s.With.Who, tt.phrase, tt.with)
		}
	}
}
