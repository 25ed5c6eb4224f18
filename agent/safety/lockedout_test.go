package safety

import "testing"

// TestLockedOutOfHome checks that being locked out of home by someone at
// home, with a night slept outside, is abuse, and that a garden shed is
// never read as self-harm; a key forgotten and a shed painted stay quiet.
func TestLockedOutOfHome(t *testing.T) {
	checkSituations(t, []situationCase{
		{"my mum locks me out of the flat when she drinks. had to sleep on the stairs", Abuse},
		{"my stepdad locked us out overnight again, we slept in the garage", Abuse},
		{"locked myself out again, sat on the doorstep till my flatmate got home", None},
		{"spent the afternoon tidying the bike shed today", None},
	})
}

// TestThoughtBackAfterAnAttempt checks an attempt told with its means or
// its aftermath and the thought or the urge back after it, in English and
// Spanish; a diet tried and a craving back stay quiet.
func TestThoughtBackAfterAnAttempt(t *testing.T) {
	checkSituations(t, []situationCase{
		{"tried with my nans tablets in 2020. the thoughts have come back", Self},
		{"lo intenté con el coche y sobreviví. ahora lo estoy pensando otra vez", Self},
		{"tried intermittent fasting in 2020, the cravings are back", None},
	})
}
