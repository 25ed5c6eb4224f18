package agent

import "strings"

// A reminder asked for right after another, in the short way people add
// one more: "and next friday to call nana", "also text jo on sunday",
// "plus every month for my godson". The "remind me" is carried over from
// the message before; what is left must still say who and when.

// reCarriedOn opens a message that adds to the one before.
var reCarriedOn = mustPattern(`^(?:(?:oh|ok|okay|and|also|plus|&|n|oh and|and also|then)[ ,]+)+`)

// reOwnDoing is the person telling what they will do or did, in the
// first person: no request.
var reOwnDoing = mustPattern(`\b(?:i|i'm|im|i'll|ill|i've|ive|i'd|we|we're|we'll|gonna|going to|planning to|might|should)\b`)

// remindContinued reports a message that adds one more reminder in the
// short way: it opens with "and" or "also", names someone to be in touch
// with, and says when.
func (t *turn) remindContinued(text string) bool {
	folded := foldText(text)
	lead := reCarriedOn.FindString(folded)
	if lead == "" || len(strings.Fields(folded)) > 14 || strings.Contains(folded, "?") {
		return false
	}
	rest := folded[len(lead):]
	if reOwnDoing.MatchString(rest) {
		// "and tomorrow i'm going to call my mum" tells a plan; it
		// asks for nothing.
		return false
	}
	if !reRemindAbout.MatchString(rest) || !reminderPerson(text).Found() {
		return false
	}
	_, once := ParseOnce(rest, t.now, t.location(), t.a.nudgeHour)
	_, cad := ParseCadence(rest, t.a.nudgeHour)
	return once || cad
}
