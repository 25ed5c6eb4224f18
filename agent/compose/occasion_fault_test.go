package compose

import "testing"

// A wrong done (an event missed, credit taken, a party that kept the
// neighbours up) asks for an apology; a child of theirs turning an age is
// no birthday of theirs; a party date is no age.
func TestOccasionFaultsAndOthersDays(t *testing.T) {
	cases := []struct {
		text string
		want Occasion
	}{
		{"i missed my brother-in-law's album launch last night", Apology},
		{"i kind of forgot my flatmate's housewarming on friday", Apology},
		{"i took credit for her idea in front of the whole team", Apology},
		{"our gathering got way too loud last night and the man upstairs has a newborn", Apology},
		{"we haven't talked in ages because of the row at the wedding, her son turns 6 soon", Reconnect},
		{"my sister still hasn't told me if she's coming to gran's party on the 11th", FollowUp},
		{"my nephew turns 7 tomorrow", Birthday},
		{"the landlord still hasnt confirmed whether the repairs are happening this week", FollowUp},
		{"my mate hasn't let me know if he can make the stag, need to chase", FollowUp},
	}
	for _, c := range cases {
		if got := DetectOccasion(c.text); got != c.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
