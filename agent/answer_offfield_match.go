package agent

// A "match" is someone a dating app paired one with: "a match", "my
// match", "this match", "unmatch". A question about how to play it with
// one (how long to wait before replying, how keen to seem) is romance,
// which the guide leaves to others. A match in its other senses is not:
// "a shouting match", "the match last night", "a mentoring match site".
// Meeting a match safely, or how much to tell one, is read as meeting
// anyone from online (metOnAppAsksMeeting), and a silence from one, or
// one's own, as a silence (matchConcepts). Any other idea between people
// found in such a question ("come across as", "too keen") is the romance's
// own, and does not make it the guide's.

// reDatingMatch is a match in the dating sense, and reMatchElse the words
// after "match" that give it another sense ("a match on saturday", "a
// match report", "a match for my skills").
var (
	reDatingMatch = mustPattern(`\b(?:a|my|this|that|new|one|latest|last|another) match(?:es)?\b(.{0,24})|\bunmatch(?:ed|ing|es)?\b()`)
	reMatchElse   = mustPattern(`^ (?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|on the weekend|at the weekend|this weekend|tonight|today|tomorrow|report|reports|day|point|points|ball|fit|fitness|for (?:my|the|his|her|their|a|an) (?:skills?|job|role|profile|cv|needs?)|of (?:football|tennis|cricket|rugby|chess|darts|pool|golf|padel|squash|badminton|volleyball|basketball|hockey|snooker))\b`)
)

// datingMatch reports a folded question that speaks of a match from a
// dating app.
func datingMatch(folded string) bool {
	for _, m := range reDatingMatch.FindAllStringSubmatch(folded, -1) {
		if !reMatchElse.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// matchConcepts are the guide's concepts that make a question about a
// match the guide's: a silence, a second message after one, letting go, a
// call or a meeting, what to keep private.
var matchConcepts = map[string]bool{"silence": true, "double text": true, "let go": true, "calls": true,
	"in person": true, "privacy": true, "overshare": true}

// matchRomance reports a question q, folded as folded, about a match from
// a dating app that speaks of none of matchConcepts: romance, whatever else
// it names.
func matchRomance(g Guide, q, folded string) bool {
	if !datingMatch(withoutFormerFriends(folded)) {
		return false
	}
	if cf, ok := g.(ConceptFinder); ok {
		for _, c := range cf.Concepts(q) {
			if matchConcepts[c] {
				return false
			}
		}
	}
	return true
}
