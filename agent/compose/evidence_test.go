package compose

import "testing"

// TestOccasionFromWhatHappened checks that the occasion is read from what
// happened rather than from a word that only looks like one: a thing that
// died, what is to be kept out of the message, someone else's ghosting, a
// chat that is only where something was said, and happenings that are
// occasions in words of their own.
func TestOccasionFromWhatHappened(t *testing.T) {
	for _, tt := range []struct {
		text string
		want Occasion
	}{
		// Things that "died" are no loss.
		{"her birthday is on friday, we still laugh about the ferry trip when my phone died and we got lost", Birthday},
		{"my laptop died the night before his party and i missed his birthday completely", Birthday},
		{"someone's uncle died last week", Condolence},
		// What is to be kept out says nothing of the occasion.
		{"40!! and she just started salsa classes. also her marriage ended this spring but please don't mention it", Birthday},
		{"21!! and he's off travelling in june", Birthday},
		{"her big day is the big 4-0 next week", Birthday},
		// Someone else ghosting the recipient is their hard time.
		{"his landlord has been ghosting him about the leak for weeks and he's really stressed", HardTime},
		{"i've been ghosting her for months and feel awful", Apology},
		// A pet put to sleep is a loss, whatever else is told with it.
		{"my neighbour's old spaniel had to be put to sleep on monday, i used to mind him when she was in hospital", Condolence},
		// Work of theirs made public is good news.
		{"my cousin finally released her debut album last night", Congrats},
		{"he self-published his first cookbook!!", Congrats},
		// An answer promised by a day long gone.
		{"had a second interview on tuesday, the recruiter said i'd hear by friday. still nothing", FollowUp},
		// Something of the writer's found and brought back is a kindness.
		{"picked up my keys in the car park and dropped them round to mine", Thanks},
		// A chat is only where a sorry to one person happened.
		{"i was really rude to him in the family group chat about the holiday plans", Apology},
		{"the family group chat has been dead since easter, want to wake it up", Group},
	} {
		if got := DetectOccasion(tt.text); got != tt.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestLeftOutKeepsTheRest checks that only what the person asks to keep
// out is dropped from what the occasion is read from.
func TestLeftOutKeepsTheRest(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"she got the job! her dad is ill, don't mention that. so proud", "she got the job! so proud"},
		{"he passed! pls dont bring up the resit", "he passed! pls dont bring up the resit"},
		{"nothing to leave out here", "nothing to leave out here"},
	} {
		if got := withoutLeftOut(tt.in); got != tt.want {
			t.Errorf("withoutLeftOut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
