package agent

import (
	"slices"
	"strings"
)

// Talking about reminders just set: a question about their time ("what
// time will that be?", "is that my time or hers?") and "stop all of them"
// said with reminders on the screen.

var (
	// reAskTime asks about the time a reminder comes, or whose time it is.
	reAskTime = mustPattern(`\b(?:what|which|whose|wat|wot) time\b|\bwhat(?:'?s| is) the time (?:for|of|on) (?:that|it|this|them|the reminders?)\b|\b(?:my|your|her|his|their|our|local|whose) (?:time|timezone|time zone|clock)\b|\btime ?zones?\b|\bwhen (?:will|would|do|does) (?:it|that|they|the reminders?|i get)\b`)
	// reQuestionShape is a message shaped as a question.
	reQuestionShape = mustPattern(`\?|^(?:what|whats|what's|which|whose|when|is|are|will|would|does|do|so|wait|and|but|hang on)\b`)
	// reStopThem stops everything on the screen without naming reminders:
	// "stop all of them", "cancel them all", "delete those".
	reStopThem = mustPattern(`^(?:(?:ok|okay|actually|no|wait|just|please|pls|can you|could you|hmm|um|so|and)\s+)*(?:stop|cancel|delete|remove|clear|scrap|drop|turn off|switch off|get rid of)\s+(?:all(?: of)? (?:them|those|these|it)|them all|those|these|them|everything|all)\b`)
)

// asksReminderTime reports a question about when a reminder comes.
func asksReminderTime(text string) bool {
	folded := foldText(text)
	return len(strings.Fields(folded)) <= 14 && reAskTime.MatchString(folded) && reQuestionShape.MatchString(strings.TrimSpace(strings.ToLower(text)))
}

// reminderTimeAnswer answers a question about when a reminder comes: at
// the person's own time of day, where they are. It names the reminder
// the person touched last.
func (t *turn) reminderTimeAnswer() string {
	c := t.lastReminder()
	when := "Reminders come"
	if c != nil {
		when = "The reminder about " + c.Name + " comes"
		if c.Cadence != "" {
			when += " " + c.Cadence
		} else if !c.Once.IsZero() {
			when += " " + onceLabel(c.Once.In(t.location()), t.now.In(t.location()))
		}
	}
	text := when + ", in your own time"
	if t.p.Profile.Timezone == "" {
		return text + " — and I don't know your timezone yet, so for now that's UTC."
	}
	text += " (" + zoneLabel(t.p.Profile.Timezone) + ")."
	if c != nil && c.Cadence != "" {
		text += " I don't know what time it is where " + c.Name + " is; if you'd like it to suit them, tell me the time in yours — “make it 9am”."
	}
	return text
}

// lastReminder is the contact with a reminder the person touched last, or
// nil.
func (t *turn) lastReminder() *Contact {
	var best *Contact
	for i := range t.p.Contacts {
		c := &t.p.Contacts[i]
		if c.Cadence == "" && c.Once.IsZero() {
			continue
		}
		if best == nil || c.Touched.After(best.Touched) {
			best = c
		}
	}
	return best
}

// reminderTimeQuestion answers a question about a reminder's time asked
// outside any flow, when there is a reminder to speak of; false otherwise.
func (t *turn) reminderTimeQuestion() bool {
	if !asksReminderTime(t.text) || t.lastReminder() == nil || reTimeForMe.MatchString(foldText(t.text)) {
		return false
	}
	t.say(t.reminderTimeAnswer(), menuChoices()...)
	return true
}

// stopsThemAll reports "stop all of them" said while reminders are being
// set or shown.
func stopsThemAll(text string) bool {
	return reStopThem.MatchString(foldText(text))
}

// hasAnyReminder reports whether any reminder is set.
func (t *turn) hasAnyReminder() bool {
	return slices.ContainsFunc(t.p.Contacts, func(c Contact) bool {
		return c.Cadence != "" || !c.Once.IsZero() || len(c.Dates) > 0
	})
}
