package compose

import (
	"strings"
	"testing"
)

// TestCompanionNotes checks the shapes of a note for the companion: how
// the recipient deals with messages, their age in passing, how far away
// the writer is, what the writer thinks of their own writing and how the
// two of them stand. What only looks like one is kept.
func TestCompanionNotes(t *testing.T) {
	for _, tt := range []struct {
		c    string
		o    Occasion
		want bool
	}{
		{"she's hopeless at texting back", Thinking, true},
		{"he is notoriously bad with emails", Professional, true},
		{"she gets about 300 emails a day", FollowUp, true},
		{"he reads everything on an old tablet", Thinking, true},
		{"he's like 75 now i think", Reconnect, true},
		{"he's 75 now", Birthday, false},
		{"i'm about 4 hours away", HardTime, true},
		{"we live miles away", Thinking, true},
		{"i feel like a bit of a chancer asking", Professional, true},
		{"im useless at formal writing", Thanks, true},
		{"i feel terrible about what i said", Apology, false},
		{"we parted on good terms", Professional, true},
		{"we're not great at keeping in touch", FollowUp, true},
		{"he read my message on monday", FollowUp, false},
		{"she's great at baking", Birthday, false},
		{"she'd think that was a bit much", Congrats, true},
		{"he would find it really cringey", Thanks, true},
		{"they hate long messages", Reconnect, true},
		{"he doesn't do soppy", HardTime, true},
		{"she'd think anything fancy is too much", Birthday, true},
		{"my aunt would like that more", Thanks, false},
		{"she'd love that", Thinking, true},
		{"she loves long walks on the beach", Thinking, false},
		{"he hates hospitals", HardTime, false},
	} {
		if got := companionNote(tt.c, tt.o); got != tt.want {
			t.Errorf("companionNote(%q, %s) = %v, want %v", tt.c, tt.o, got, tt.want)
		}
	}
}

// TestCompanionNotesStayOut checks that such notes, told with the request,
// never reach the draft.
func TestCompanionNotesStayOut(t *testing.T) {
	for _, tt := range []struct{ name, text, bad string }{
		{"Odile", "want to message my friend Odile, she just started a pottery course in lyon. she's hopeless at texting back", "hopeless"},
		{"Bram", "help me text my grandpa Bram, he loved the jigsaw i sent. hes like 88 now", "88"},
		{"Tess", "my friend Tess is having a rough time with her new job. im about 4 hours away", "hours away"},
		{"Okafor", "i need to thank Dr Okafor for the reference that got me the lab job. im useless at formal writing", "useless"},
	} {
		d, o := draftOf(tt.text, tt.name, TieFriend)
		if strings.Contains(strings.ToLower(d), tt.bad) {
			t.Errorf("draft for %q (%s) says %q: %q", tt.text, o, tt.bad, d)
		}
	}
}
