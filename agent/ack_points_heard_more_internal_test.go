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

// TestAckOpenWithSome names whom the person is open with and whom not,
// one person or a group, rather than saying the split back.
func TestAckOpenWithSome(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqHonest, answer: "with my husband totally, with my parents not really", want: []string{"your husband", "your parents"}},
		{q: pqHonest, answer: "with my sister always, with my dad never", want: []string{"your sister", "your dad"}, avoid: []string{"your dad don't"}},
	})
}

// TestAckNotSinceOccasion names a last real talk placed at an occasion,
// none since, with whom: the one the answer names or the one named before.
func TestAckNotSinceOccasion(t *testing.T) {
	checkPoints(t, []pointCase{
		{q: pqDeeper, answer: "honestly not since our graduation, it's just likes now", earlier: []string{"my uni friend Leon"}, want: []string{"leon", "graduation"}},
		{q: pqDeeper, answer: "with Grace? not since the reunion last spring", want: []string{"grace", "reunion"}},
	})
}

// TestAckHeardWithoutLecture names being heard out without a lecture,
// with whom, and both kinds of company when the wider one is missed.
func TestAckHeardWithoutLecture(t *testing.T) {
	const qCircle = "Would you rather have a few people you can tell anything, or a wider circle for lighter company? Or both?"
	checkPoints(t, []pointCase{
		{q: pqUnderstood, answer: "my uncle Femi. when i quit my job he didn't lecture me, he asked what i needed", want: []string{"femi", "lecture"}},
		{q: qCircle, answer: "both really. i've got my two closest but i miss having a gang for the pub", want: []string{"both", "crowd"}},
	})
}
