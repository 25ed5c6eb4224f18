package agent

// The timezone question after a first reminder waits for a place, but the
// next message may be something else: a change to the reminder ("actually
// make that 3 weeks"), a step of the plan ("skip today"), an answer to
// something asked before ("yes every year"). Those are acted on; what
// waited for the timezone goes ahead in UTC, with a word on telling the
// place whenever it suits (heard whenever it is said).

// reActsNotZone opens or holds words that ask for something, never a place.
var reActsNotZone = mustPattern(`^(?:actually|wait|oh|also|ok|okay|yes|yeah|yep|yup|no|nah|nope|sure|please|pls|can you|could you|and)\b|\b(?:make (?:that|it)|change|skip|every|instead|stop|pause|cancel|remind|move|switch|weeks?|days?|months?|fortnight|tomorrow|today|tonight|draft|write|message|help|birthday|bday|anniversary)\b`)

// notAZoneAnswer reports a message that answers the timezone question
// with something else to do.
func notAZoneAnswer(text string, in Intent) bool {
	return in.Kind != IntentNone || reActsNotZone.MatchString(foldText(text))
}

// tzLeftOpen lets what waited for the timezone go ahead in UTC and serves
// the message as it would be outside the question: a change to the
// reminder just set is made to it (its first confirmation left unsaid);
// later reminders say they are in UTC until a place is told.
func (t *turn) tzLeftOpen(id string, in Intent) {
	if c := findContactByID(t.p.Contacts, id); c != nil && !reminderPerson(t.text).Found() {
		// "actually make that 3 weeks": a new rhythm for the reminder
		// just set.
		_, cad := ParseCadence(t.text, t.a.nudgeHour)
		if span := spanAlone(t.text); cad || span != "" {
			text := t.text
			if !cad {
				text = "every " + span
			}
			n := len(t.replies)
			t.afterTimezone(id)
			t.replies = t.replies[:n]
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.changeReminder(c, text)
			return
		}
	}
	t.afterTimezone(id)
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.freeText(t.ctx, in)
}

// reSpanAlone is a count of days, weeks or months said alone: "3 weeks".
var reSpanAlone = mustPattern(`\b(\d{1,2}|two|three|four|five|six|a couple of) (days?|weeks?|months?)\b`)

// spanAlone is the span text names, or "".
func spanAlone(text string) string {
	if m := reSpanAlone.FindStringSubmatch(foldText(text)); m != nil && !reInSpan.MatchString(foldText(text)) {
		return m[0]
	}
	return ""
}
