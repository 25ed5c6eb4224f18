package agent

import "testing"

// A request to be reminded, put first, is a reminder even when what to be
// reminded of is writing; a request to write that comes first stays one.
func TestRemindedFirstIsAReminder(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"remind me to send a card next week", IntentRemind},
		{"can you remind me to write a thank you note to my aunt on sunday", IntentRemind},
		{"dont let me forget to send a birthday message to jo on the 3rd", IntentRemind},
		{"nudge me to text my nan on friday", IntentRemind},
		{"help me write a message to my sister and remind me to follow up", IntentDraft},
		{"write a card for my grandad", IntentDraft},
	} {
		if got := freeTextIntent(c.text); got != c.want {
			t.Errorf("freeTextIntent(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
