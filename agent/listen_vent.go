package agent

// "I'm fine, just needed to say it somewhere", after telling something
// hard, is the person saying what they wanted from the companion: to be
// heard, not helped. A friend takes that as it is — no reading of a new
// feeling into it, no step pressed on them — and what was heard before
// stays, so a later "what could i try?" is answered for it.

// reJustVenting says the person only wanted to say it.
var reJustVenting = mustPattern(`\b(?:(?:just |only |really )?(?:needed|wanted|had|have|need|want) to (?:say it|get (?:it|that|this|something|some stuff) (?:out|off my chest)|vent|rant|tell (?:someone|somebody|anyone)|say (?:it|that|this) (?:somewhere|out loud|to someone|to somebody))|(?:just|only) (?:venting|ranting|a vent|a rant|letting off steam|getting it off my chest)|sorry for (?:the )?(?:rant|vent|ranting|venting|moaning|dumping (?:all )?that)|needed to get (?:it|that) out)\b`)

// ventedWhileListening answers "just needed to say it" while the companion
// is listening. It reports false, saying nothing, otherwise.
func (t *turn) ventedWhileListening() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening || !reJustVenting.MatchString(foldText(t.text)) || asksSomething(t.text) {
		return false
	}
	line := pick(t.text, []string{
		"Fair enough — sometimes saying it out loud is exactly what helps. I'm glad you said it here.",
		"That makes sense. You don't have to do anything with it; it's enough to have said it.",
	})
	// What was heard stays open: a later question is about it.
	t.p.Flow.Offer = o.heardAgain()
	t.say(line)
	return true
}
