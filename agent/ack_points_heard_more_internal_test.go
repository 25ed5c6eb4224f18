package agent

import "testing"

// Questions of the reflections not among the pq constants.
const (
	pqLimitKnown = "Is there a limit you'd like someone to know about? How could you say it clearly and kindly?"
	pqNewsTime   = "Think of a recent time someone had good or bad news. How did you respond?"
)

// TestAckDoubtSettledShort settles a doubt asked after a short answer
// ("is that needy?", "does that count") without saying the answer back.
func TestAckDoubtSettledShort(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqKind, answer: "honestly every kind? is that needy", want: []string{"not needy"}},
		{q: pqUnderstood, answer: "my grandad tbh would that count", want: []string{"counts"}},
		{q: pqKind, answer: "bit of everything, is that too much?", want: []string{"not at all"}},
	})
}

// TestAckNeverInThisFamily names a real talk never had because the family
// does not talk that way, with no one named before too.
func TestAckNeverInThisFamily(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "never honestly, we are not a talking family", want: []string{"family"}},
		{q: pqDeeper, answer: "not once. we're not like that", want: []string{"family"}},
	})
}

// TestAckLimitsNamed names a limit in the companion's words: hearing the
// same subject every time, a visit with no word first (a habit told
// without "always"), yes said and then resented.
func TestAckLimitsNamed(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqLimitKnown, answer: "i don't want to talk about my weight every single time we meet. dunno how to put it", want: []string{"your weight"}},
		{q: pqLimitKnown, answer: "my neighbour Gloria pops round without texting and i need some warning", want: []string{"gloria", "popping round"}},
		{q: pqLimitKnown, answer: "my uncle comes over unannounced, no idea how to say it without sounding rude", want: []string{"your uncle", "coming over unannounced"}},
		{q: pqReached, answer: "i tell everyone i'm available and then dread it all week", want: []string{"resent|yes|free"}},
	})
}

// TestAckHonestyHeard names being shy about good news, opening up and
// hearing "me too", and late scrolling that costs sleep.
func TestAckHonestyHeard(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "i share the bad stuff easily but i'm awkward about my wins, it feels like showing off", want: []string{"good news|ups"}},
		{q: pqHonest, answer: "better lately. i told my cousin about my panic attacks and she said same", want: []string{"cousin", "brave|step"}},
		{q: pqWorse, answer: "youtube till 2am most nights and then i'm a zombie", want: []string{"sleep"}},
	})
}

// TestAckNotThoughtAbout answers "never really thought about it" as an
// honest not knowing, and a good news party without "when" as showing up.
func TestAckNotThoughtAbout(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqPrivate, answer: "i havent really thought about it tbh", avoid: []string{"limit like that"}},
		{q: pqNewsTime, answer: "my flatmate passed her driving test and i baked her a cake", want: []string{"cake"}},
		{q: pqUnderstood, answer: "i don't remember the last time honestly. maybe never", want: []string{"understood"}},
	})
}
