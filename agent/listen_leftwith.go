package agent

// Someone close moving out or away, told with what it left the person
// with ("my flatmate moved out yesterday, the flat is so quiet now", "my
// son's family are moving abroad, i'll only see the grandkids on video
// calls"), is about that: the quiet, the empty rooms, the distance. The
// reply meets it first, before any gladness for the one who left or any
// offer.

// leftWith is one thing a change can leave behind, found by its pattern,
// with how the reply names it.
type leftWith struct {
	pat  *pattern
	said string
}

var (
	reLeftQuiet   = mustPattern(`\b(?:so |really |very |too |weirdly |strangely |super )?(?:quiet|silent|empty)\b|\bsilence\b`)
	reLeftAlone   = mustPattern(`\b(?:lonely|lonelier|alone|on my own|by myself|no one (?:here|around|to talk to)|nobody (?:here|around|to talk to)|just me)\b`)
	reLeftStrange = mustPattern(`\b(?:weird|strange|odd) (?:without|now|here|at home|in the)|\b(?:so|really|very|feels|feel|is|it'?s|its) (?:weird|strange|odd)\b`)
	reLeftFar     = mustPattern(`\b(?:only (?:see|get to see|talk to|speak to)|never (?:see|get to see)|won'?t (?:see|get to see)|wont (?:see|get to see)|barely (?:see|get to see)|on (?:video|video calls|facetime|zoom|a screen)|through a screen|(?:just|only) (?:facetime|video calls?|phone calls|calls|texts)|miss (?:them|him|her|it|having)|missing (?:them|him|her))\b`)
)

var leftWiths = []leftWith{
	{pat: &reLeftFar, said: "the distance can leave a real ache, however good their reasons"},
	{pat: &reLeftAlone, said: "being on your own where they used to be can feel lonely in a way that's hard to explain"},
	{pat: &reLeftQuiet, said: "the quiet left behind can feel lonely; it's often the hardest part"},
	{pat: &reLeftStrange, said: "it can feel strange and a bit lonely for a while, as everyday life rearranges itself"},
}

// changeLeftWith is how the reply names what text says a change left the
// person with; ok is false when it says nothing of that.
func changeLeftWith(text string) (string, bool) {
	folded := foldText(text)
	for _, l := range leftWiths {
		if l.pat.MatchString(folded) {
			return l.said, true
		}
	}
	return "", false
}

// leftWithLine is the reply's opening for someone's change that left the
// person with something ("{Who}" is filled in later); ok is false when
// the message tells nothing it left.
func leftWithLine(text string) (string, bool) {
	said, ok := changeLeftWith(text)
	if !ok {
		return "", false
	}
	return "It's hard when someone close moves on, and " + said + ". How are you finding it?", true
}
