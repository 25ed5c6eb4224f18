package compose

import "testing"

// TestOccasionMoreWordings holds each rule of this round in wordings of
// its own, none of them in a corpus.
func TestOccasionMoreWordings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Occasion
	}{
		{"my neighbour gave me a lift to a&e when i cut my hand", Thanks},
		{"my sister had the kids all weekend while i was sick", Thanks},
		{"a mate put me up for a month when i was between flats", Thanks},
		{"my uncle's fifty on sunday", Birthday},
		{"my flatmate is hitting 30 next week", Birthday},
		{"my cousin is a year older today", Birthday},
		{"asked my landlord about the boiler on monday, still waiting", FollowUp},
		{"she said she'd check the dates and then nothing", FollowUp},
		{"my friend's dad is in intensive care after a stroke", HardTime},
		{"my brother broke his wrist at football", HardTime},
		{"my mate got dumped by text", HardTime},
		{"we both said things we didn't mean at new year", Mend},
		{"i want to patch things up with my cousin", Mend},
		{"my oldest friend and i had words at the wedding", Mend},
		{"i owe my neighbour an apology for the noise", Apology},
		{"i cracked the tablet he lent me", Apology},
		{"message the hiring manager from the careers fair", Professional},
		{"my godson made the county squad", Congrats},
		{"her visa came through at last", Congrats},
		{"our old choir whatsapp needs waking up", Group},
		{"help me post in our allotment group", Group},
		{"things are grim and i need my sister right now", Support},
		{"thought about my old maths teacher today", Thinking},
		{"a man on the bus sounded exactly like my grandad", Thinking},
		{"tell my mentor about my promotion", Professional},
	} {
		if got := DetectOccasion(tc.text); got != tc.want {
			t.Errorf("DetectOccasion(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
