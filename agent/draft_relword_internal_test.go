package agent

import (
	"strings"
	"testing"
)

// TestRelationshipWordIsTheNamedRecipient checks that what was told about
// "my flatmate" before her name was given is still said to her once it
// is: the relationship word stands for the recipient in every message
// that does not name them.
func TestRelationshipWordIsTheNamedRecipient(t *testing.T) {
	for _, tt := range []struct {
		d    DraftDetails
		want string
	}{
		{DraftDetails{Recipient: "Marisol", Relationship: "flatmate", Occasion: OccasionHardTime,
			Said: []string{"my flatmate failed her bar exam and wont leave her room", "i could cook her favourite arepas tonight"}}, "bar exam"},
		{DraftDetails{Recipient: "Theo", Relationship: "brother", Occasion: OccasionWin,
			Said: []string{"my brother just got into medical school", "his name is Theo"}}, "medical school"},
	} {
		got := ComposeDraft(tt.d, 0)
		if !strings.Contains(got, tt.want) || strings.Contains(got, "my "+tt.d.Relationship) {
			t.Errorf("draft for %s lost what was told about them or kept %q: %q", tt.d.Recipient, "my "+tt.d.Relationship, got)
		}
	}
	// A message that names them is read as it is.
	d := DraftDetails{Recipient: "Ana", Relationship: "friend", Occasion: OccasionWin, Said: []string{"my friend Ana got the job"}}
	if got := ComposeDraft(d, 0); !strings.Contains(got, "job") {
		t.Errorf("a named friend's news is lost: %q", got)
	}
}
