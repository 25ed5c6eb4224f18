package agent

import "testing"

// A verb of writing or asking inside a clause about what the person keeps
// doing is part of a story, not a request to write; a request beside such
// a clause is still one.
func TestHabitClauseIsNoRequestToWrite(t *testing.T) {
	story := []string{
		"honestly i feel so needy every time i text my cousin Rahim first",
		"whenever we ask our neighbour Gloria for a favour she sighs loudly",
		"each time i message my sister about the wedding she goes quiet for days",
		"anytime i tell my dad about work he changes the subject",
	}
	for _, s := range story {
		if wantsDraft(s, Intent{Kind: IntentFeeling}) || DraftRequest(s) {
			t.Errorf("%q: read as a request to write", s)
		}
	}
	requests := []string{
		"every time i try it comes out wrong. can you help me write to my brother Osei",
		"help me text my aunt Marisol, whenever i call she is busy",
	}
	for _, s := range requests {
		if !wantsDraft(s, Intent{Kind: IntentFeeling}) || !DraftRequest(s) {
			t.Errorf("%q: not read as a request to write", s)
		}
	}
}
