package compose

import (
	"strings"
	"testing"
)

// TestOccasionOwnWords holds the occasion read from what the writer says
// of themselves: their own win is nobody's to congratulate (a name that
// ends like "i" included), a wrong owned without the word sorry is an
// apology, a half recovery is a hard time, and a message said to be only
// because they were thinking of someone is no congratulations.
func TestOccasionOwnWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"my friend ravi got the job at the council, over the moon for him", Congrats},
		{"naomi won the regional chess final on sunday", Congrats},
		{"kai got the job he went for at the zoo", Congrats},
		{"i made a comment about her cooking at dinner and the table went silent", Apology},
		{"i told a joke about his haircut in the team meeting and it landed badly", Apology},
		{"i shouldn't have said that about her ex in front of everyone", Apology},
		{"at the launch i took credit for the designs and he did all of them", Apology},
		{"at review i forgot to say that they did most of the research", Apology},
		{"my aunt is back home from the hospital but still very frail", HardTime},
		{"grandpa got discharged yesterday, long road ahead though", HardTime},
		{"my old coach moved to spain in the summer, just thinking of her", Thinking},
		{"my old tutor retired in june and i was thinking of him today", Thinking},
		{"she talked me through my first month on the ward", Thanks},
		{"mr patel stayed late to tutor my son for his maths exam", Thanks},
		{"she looked after our little one every wednesday this year", Thanks},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// The writer's own news next to someone else's still counts as theirs.
	if got := DetectOccasion("i got my level 3 promotion and want to tell my old manager"); got == Congrats {
		t.Errorf("the writer's own promotion read as a win to congratulate")
	}
}

// TestApologyAsides holds what an apology does with a clause that plays
// down what was done (left out) and one that owns it (said as known).
func TestApologyAsides(t *testing.T) {
	ds := Parse("i snapped at her in the kitchen on sunday. i was only joking but that wasn't fair. i want to take responsibility", "Mira", Apology)
	draft := Write(Spec{Occasion: Apology, Name: "Mira", Details: ds})
	low := strings.ToLower(draft)
	for _, bad := range []string{"only joking", "take responsibility", "sorry that wasn't"} {
		if strings.Contains(low, bad) {
			t.Errorf("draft carries %q: %s", bad, draft)
		}
	}
	for _, want := range []string{"sorry", "snapped", "i know it was not fair"} {
		if !strings.Contains(low, want) {
			t.Errorf("draft lacks %q: %s", want, draft)
		}
	}
}
