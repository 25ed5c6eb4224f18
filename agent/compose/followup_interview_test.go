package compose

import (
	"strings"
	"testing"
)

// TestFollowUpOnAnInterview checks that a follow-up after a job interview
// is about the interview, and that the promise and the silence after it
// stay out of the words.
func TestFollowUpOnAnInterview(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"Adeyinka", "had a final interview with Ms Adeyinka for the site engineer position last tuesday. she told me i'd hear back by the weekend. still nothing", "interview"},
		{"Lars", "interviewed on the 2nd for the junior copywriter role, he said we would know by friday, nothing yet", "copywriter"},
	} {
		o := DetectOccasion(tt.text)
		if o != FollowUp {
			t.Errorf("DetectOccasion(%q) = %s, want %s", tt.text, o, FollowUp)
		}
		d := Write(Spec{Occasion: FollowUp, Name: tt.name, Tie: TieWork, Details: Parse(tt.text, tt.name, FollowUp)})
		low := strings.ToLower(d)
		if !strings.Contains(low, tt.want) {
			t.Errorf("follow-up for %q lacks %q: %q", tt.text, tt.want, d)
		}
		for _, bad := range []string{"nothing yet", "still nothing", "hear back", "would know"} {
			if strings.Contains(low, bad) {
				t.Errorf("follow-up for %q says %q: %q", tt.text, bad, d)
			}
		}
	}
}

// TestThingsThatDiedInADraft checks that a machine that "died" is told as
// broken down and no loss is met in the draft.
func TestThingsThatDiedInADraft(t *testing.T) {
	text := "birthday message for Rhiannon, we still laugh about the road trip when the campervan died in the rain"
	d := Write(Spec{Occasion: Birthday, Name: "Rhiannon", Tie: TieFriend, Details: Parse(text, "Rhiannon", Birthday)})
	if strings.Contains(strings.ToLower(d), "sorry") || strings.Contains(d, "died") {
		t.Errorf("birthday draft meets a loss: %q", d)
	}
	if !strings.Contains(d, "campervan") && !strings.Contains(d, "road trip") {
		t.Errorf("birthday draft loses the memory: %q", d)
	}
}
