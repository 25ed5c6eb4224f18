package agent

import "testing"

func TestTakenBackOccasion(t *testing.T) {
	win := DraftDetails{Recipient: "Lotte", Occasion: OccasionWin, Said: []string{"she's moving to Oslo"}}
	for _, tc := range []struct {
		text string
		d    DraftDetails
		want string
		ok   bool
	}{
		{"no congrats please", win, OccasionThinking, true},
		{"actually don't congratulate her, it's sad news for her", win, OccasionHardTime, true},
		{"hmm not a congratulations, more of a thank you", win, OccasionThanks, true},
		{"it isn't really a thank you, she's been having a rough time", DraftDetails{Recipient: "Lotte", Occasion: OccasionThanks}, OccasionHardTime, true},
		{"no sorry in it please", win, "", false},
		{"make it warmer", win, "", false},
		{"say congrats on the new flat too", win, "", false},
	} {
		got, ok := takenBackOccasion(tc.text, tc.d)
		if got != tc.want || ok != tc.ok {
			t.Errorf("takenBackOccasion(%q) = %q, %v; want %q, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}
