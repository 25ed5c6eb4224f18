package agent

// Asking whether the companion will be there at another time than now
// ("are you around tomorrow?", "you free later? might need to vent", "can
// i message you at 3am", "do you ever go offline") wants a plain yes: it
// keeps no hours, and answers whenever the person writes. A presence
// check ("you there?", presence.go) asks about now; this asks about later,
// and neither a goodbye, a hello nor a guide paragraph answers it.

// laterWords are a time other than now, as folded text writes it.
const laterWords = `(?:later(?: on)?|tomorrow|tmrw|tmr|tonight|(?:in the |this |tomorrow |tmrw )?(?:morning|afternoon|evening)s?|(?:at |during the |in the )?nights?|(?:this |next |on |at )?(?:the )?weekends?|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:over |at )?christmas|(?:bank |the )?holidays?|next (?:week|month)|midnight|\d{1,2} ?(?:am|pm)|all the time|all day|24 7|always|again)`

// reAvailability is a question whether the companion is there, free or
// answering at a time other than now, or whether it keeps hours.
var reAvailability = mustPattern(`(?:` +
	// "are you around tomorrow", "you free later", "will u be about over christmas"
	`\b(?:are|r|will|would|you|u|ya)(?: (?:you|u|ya))?(?: (?:still|gonna|going to|be|going|even|usually|normally|ever))* (?:free|around|about|available|here|there|up|online|awake|busy|open|on)(?: \w+){0,2}? ` + laterWords + `\b` +
	// "can i message you at 3am", "is it ok if i text you late at night", "can we chat again tomorrow"
	`|\b(?:can|could|may|is it ok if|is it okay if|is it alright if|would it be ok if) i (?:\w+ ){0,3}?(?:talk|chat|message|msg|text|txt|speak|vent|write|come back)(?: (?:to|with|and talk to))? (?:you|u)(?: \w+){0,2}? ` + laterWords + `\b` +
	`|\b(?:can|could|may) we (?:\w+ )?(?:talk|chat|speak)(?: again)? ` + laterWords + `\b` +
	// "do you ever go offline", "do you sleep", "what are your opening hours"
	`|\b(?:do|does|will) (?:you|u|ya) (?:ever |even )?(?:sleep|go offline|log off|switch off|close|shut|take (?:a )?(?:break|breaks|days? off))\b` +
	`|\b(?:your|ur) (?:opening|office|working) hours\b|\bdo (?:you|u) have (?:opening|office|working) hours\b` +
	// "if i text you tonight will you answer"
	`|\bif i (?:text|message|msg|write to|talk to) (?:you|u)\b.* will (?:you|u) (?:answer|reply|respond|be there|see it)\b` +
	`)`)

// reNotAvailability is what a time word next to "you" says besides
// availability: a goodbye ("talk to you tomorrow"), plans for the
// person's own people ("are you free to remind me").
var reNotAvailability = mustPattern(`\b(?:remind|reminder|reminders|nudge|plan|draft|write (?:to|a|me)|up for)\b`)

// availabilityAsk reports whether folded text asks whether the companion
// will be there at another time than now.
func availabilityAsk(folded string) bool {
	return reAvailability.MatchString(folded) && !reNotAvailability.MatchString(folded)
}

// availabilityText answers it: any time, and now too.
func (t *turn) availabilityText() string {
	return pick(t.text, []string{
		"I'm here any time, day or night — whenever you write, I'll answer. I'm here now too, if you'd like to start.",
		"Any time at all: I don't keep hours, so whenever you write, I'll be here. And I'm here now, if something's on your mind.",
	})
}

// availabilityAsked answers a question whether the companion will be
// there later, and reports whether it was one.
func (t *turn) availabilityAsked() bool {
	if !availabilityAsk(foldText(t.text)) {
		return false
	}
	t.say(t.availabilityText())
	return true
}
