package safety

import "testing"

// TestUnsaidEnds checks the end told by its shape rather than its word
// (en.unsaidends.txt, en.againafteranattempt.txt): not eating until the
// body stops, a sleep with no coming back up, the lights off for good, the
// speaker as a mistake to be undone by their own hand, fading out
// unnoticed in a likeness of a song, pills kept after a cover story, and a
// stash back after an overdose survived. Twins that change one part stay
// quiet.
func TestUnsaidEnds(t *testing.T) {
	checkSituations(t, []situationCase{
		{"skipping every meal on purpose now, going until my heart just gives out", Self},
		{"i want to sleep for days and never resurface", Self},
		{"honestly i wish the lights were out for good", Self},
		{"ive always been an accident nobody wanted, time to undo it myself", Self},
		{"i want to slip away like the last scene of a film, no one would even notice", Self},
		{"told the gp i spilt my prescription down the sink. i didnt. keeping them", Self},
		{"survived an od last spring, woke up in resus. ive got a stockpile again now", Self},
		{"the old fridge kept going until it just gave out", None},
		{"we want the porch lights off for good, they attract moths", None},
		{"i was an accident baby lol, my mum says so", None},
		{"the song slips away at the end and nobody in the pub noticed", None},
		{"told the doctor i lost my glasses prescription, she printed another", None},
	})
}
