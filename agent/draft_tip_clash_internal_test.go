package agent

import "testing"

// TestTipClashes checks that a tip is kept off a draft it would
// contradict, and left on one it fits.
func TestTipClashes(t *testing.T) {
	group := DraftDetails{Relationship: "group", Said: []string{"we used to play five-a-side"}}
	one := DraftDetails{Recipient: "Noor", Said: []string{"she moved to Leeds"}}
	for _, c := range []struct {
		id, draft string
		d         DraftDetails
		clash     bool
	}{
		{"no-pressure", "Hey Noor! Would you be up for a picnic on Sunday? Let me know.", one, true},
		{"no-pressure", "Hi Noor, I could really use a chat this week. Can we talk?", one, true},
		{"no-pressure", "Hi Noor, thinking of you this week. No need to write back.", one, false},
		{"open-question", "Hey Noor! Would you like to get lunch sometime?", one, true},
		{"open-question", "Hey Noor! It's been ages. Anyway, what have you been up to?", one, false},
		{"one-step", "Hey everyone! It's far too quiet in here. Who's around on Friday?", group, true},
		{"one-step", "Hi Noor, I miss our walks. We should get coffee soon.", one, true},
		{"one-step", "Hi Noor, I'm sorry about how I left things.", one, false},
		{"specific", "Hi Noor, thinking of you.", DraftDetails{Recipient: "Noor"}, true},
		{"specific", "Hi Noor, how is Leeds treating you?", one, false},
	} {
		if got := tipClashes(c.id, c.draft, c.d); got != c.clash {
			t.Errorf("tip %q under %q: clash %v, want %v", c.id, c.draft, got, c.clash)
		}
	}
}
