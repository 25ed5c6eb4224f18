package compose

import (
	"strings"
	"testing"
)

// TestFollowUpOnWhatWasAsked checks that a follow-up on something the
// writer asked them to do names it by its -ing form, and leaves other
// topics as they are.
func TestFollowUpOnWhatWasAsked(t *testing.T) {
	for _, c := range []struct{ topic, want string }{
		{"fix the heating", "follow up on fixing the heating."},
		{"sign the lease", "follow up on signing the lease."},
		{"send me the photos", "follow up on sending me the photos."},
		{"return my drill", "follow up on returning my drill."},
		{"the bills", "follow up on the bills."},
		{"meeting up", "follow up on meeting up."},
	} {
		got := Write(Spec{Occasion: FollowUp, Name: "Abdul", Tie: TieFriend, Details: []Detail{{Kind: Topic, Text: c.topic}}})
		if !strings.Contains(got, c.want) {
			t.Errorf("%q: %q, want %q", c.topic, got, c.want)
		}
	}
}

// TestTopicAboutIsTheThing checks that a follow-up asked "about" a plan is
// about the plan itself.
func TestTopicAboutIsTheThing(t *testing.T) {
	w := Write(Spec{Occasion: FollowUp, Name: "Ivo", Tie: TieFriend, Details: []Detail{{Kind: Topic, Text: "about drinks"}}})
	if strings.Contains(w, "about drinks") || !strings.Contains(w, "drinks") {
		t.Errorf("follow-up topic kept its 'about': %q", w)
	}
}
