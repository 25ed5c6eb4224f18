package agent

// A person who asks whether the companion is there ("you still around?",
// "anyone about?") or says they are stepping away for a moment outside
// any flow wants to know it is still listening, not the menu.

// rePresence asks whether someone is there: "are you there", "you still
// around?", "anybody about?", "hello? you awake". The question ends the
// message, give or take a word of chat: "are you around tomorrow" asks
// something else (availability.go). Whether it is busy or free to talk
// now asks the same: "you busy rn?". It is the whole message, after a
// word of greeting at most: "i still dont really know anyone here" tells
// of loneliness.
var rePresence = mustPattern(`^(?:(?:hello|hi|hey|heya|oi|yo|um|umm|so|ok|okay|hmm|wait|erm|er)\s+)*(?:are (?:you|u)|(?:you|u) (?:still )?|is (?:any|some)(?:one|body)|(?:any|some)(?:one|body)) ?(?:still )?(?:there|around|about|awake|online|here|busy|available|free to (?:talk|chat))(?: (?:still|rn|now|right now|at all|lol|mate|pal|buddy|hello|then|atm|at the moment))?$`)

// presenceCheck reports whether folded text asks whether the companion
// is there.
func presenceCheck(folded string) bool {
	return rePresence.MatchString(folded)
}

// presenceText answers a presence check.
func (t *turn) presenceText() string {
	if name := t.displayName(); name != "" {
		return pick(t.text, []string{"I'm here, " + name + ". What's on your mind?", "Still here, " + name + ". What's up?"})
	}
	return pick(t.text, []string{"I'm here. What's on your mind?", "Still here. What's up?"})
}

// stepAway answers a word of pausing ("brb", "later", "let's pause") said
// with nothing going on and nothing paused: there is nothing to pause, so
// it is a short see-you, never the menu.
func (t *turn) stepAway() {
	t.say(pick(t.text, []string{"No rush — I'll be here when you're back.", "Sure, take your time. I'll be here."}))
}
