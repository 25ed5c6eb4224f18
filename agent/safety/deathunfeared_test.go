package safety

import "testing"

// TestDeathUnfeared checks death no longer feared, or welcomed as a
// relief, in every main language (xx.deathunfeared.txt); a relative's
// death told as a relief after an illness, a character's, dyed hair and a
// game's deaths stay quiet.
func TestDeathUnfeared(t *testing.T) {
	checkSituations(t, []situationCase{
		{"the idea of dying doesnt bother me at all these days", Self},
		{"being dead would feel like a release tbh", Self},
		{"la muerte ya no me da miedo", Self},
		{"tot sein wäre eine erleichterung", Self},
		{"je n'ai plus peur de mourir", Self},
		{"non ho più paura di morire", Self},
		{"ik ben niet meer bang voor de dood", Self},
		{"już się nie boję śmierci", Self},
		{"não acordar seria um descanso", Self},
		{"ölümden artık korkmuyorum", Self},
		{"death in that raid doesnt scare me, we have healers", None},
		{"dying my jeans black, scary but fun", None},
		{"honestly death was a mercy for grandpa after the cancer", None},
		{"la muerte de mi tío fue un descanso para él", None},
	})
}

// TestSelfHarmStreakBroken checks a time clean from self-harm told, then
// broken, in one sentence or the next (en.cleanstreak.txt); a broken
// streak of smoking or sugar, and a streak kept with pride, stay quiet.
func TestSelfHarmStreakBroken(t *testing.T) {
	checkSituations(t, []situationCase{
		{"was clean from cutting since june. did it again tonight", Self},
		{"45 days free of self harm and i slipped up yesterday", Self},
		{"clean from sh for a year, back to day 0 now", Self},
		{"60 days clean from vaping and i slipped at the pub", None},
		{"its been 100 days since i last cut and im proud of me", None},
	})
}
