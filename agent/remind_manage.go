package agent

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/places"
	"github.com/companion-dev/companion/agent/understand"
)

// Managing reminders in words: stop, pause or resume one person or all,
// change someone's day or time, and yearly dates. The verbs are matched
// exactly; who is meant comes from agent/people.
var (
	reStopRem = mustPattern(`\b(?:stop|cancel|delete|remove|end|kill|turn off|switch off|disable|quit|drop|clear|get rid of|scrap|unsubscribe from|done with|enough)\b.{0,40}\b(?:remind\w*|nudg\w*|notification\w*|ping\w*|nag\w*|check ?ins?)\b` +
		`|\b(?:no more|don't want|dont want|do not want|don't need|dont need|do not need|no longer need|no longer want)(?: any| the| a| my| these| those)? (?:more )?(?:remind\w*|nudg\w*|pings?)\b` +
		`|\b(?:don't|dont|do not|never|not) (?:remind|nudge|ping) me\b|\b(?:stop|quit) (?:nagging|pinging|nudging|reminding)\b` +
		`|\b(?:remind\w*|nudges?|notifications?) off\b|\b(?:reminder|one) (?:about|for) .{1,30} can go\b` +
		`|\b(?:delete|cancel|scrap|drop|remove|clear) the (?:weekly |monthly |daily |one-off |one off )?(?:one|ones)\b` +
		`|\b(?:take|remove|delete|drop) .{1,30} (?:off|from) (?:my |the )?(?:list|reminders|contacts)\b`)
	rePauseRem  = mustPattern(`\b(?:pause|hold off|on hold|hold (?:all|my|the|every)|snooze|skip|mute|suspend|freeze|a break from)\b`)
	reResumeRem = mustPattern(`\b(?:resume|unpause|un pause|restart|turn (?:\w+ )?(?:back )?on|switch (?:\w+ )?back on|start (?:\w+ ){0,2}again|back on|unmute|reactivate)\b`)
	reRemWord   = mustPattern(`\b(?:remind\w*|nudg\w*|notification\w*|ping\w*|nag\w*|check ?ins?|the (?:weekly |monthly |one-off |one off )?ones?)\b`)
	reAllRem    = mustPattern(`\b(?:all|every|everything|everyone|any)\b`)
	// reOpAll is a pause or a resume of everything, the verb before the
	// "all": "pause everything", "can you mute it all". "everyone saw me
	// freeze" pauses nothing.
	reOpAll     = mustPattern(`\b(?:pause|hold|snooze|mute|suspend|freeze|break from|resume|unpause|unmute|restart|turn|switch)\s+(?:\w+\s+){0,2}?(?:all|every|everything|everyone|any)\b`)
	reChangeRem = mustPattern(`\b(?:change|move|switch|make|set|put|update|shift|reschedule|instead)\b`)
	rePauseFor  = mustPattern(`\bfor (?:a |an |one |the next )?(\d{1,2}|two|three|four|couple of|few)? ?(day|week|month)s?\b`)
	reOurDate   = mustPattern(`\b(?:our|my)\b`)
	reHowWhy    = mustPattern(`^(?:how|why|what|when|is|are|should|do|does|did)\b`)
	rePronoun   = mustPattern(`\b(?:her|his|their|them|him|she|he|they)\b`)
)

// remindOp is what a message asks of reminders already set: "stop",
// "pause", "resume", or "" for none of these.
func remindOp(folded string) string {
	switch {
	case reResumeRem.MatchString(folded) && (reRemWord.MatchString(folded) || !rePauseRem.MatchString(folded)):
		return "resume"
	case rePauseRem.MatchString(folded):
		return "pause"
	case reStopRem.MatchString(folded):
		return "stop"
	}
	return ""
}

// manageReminders acts on a message that stops, pauses, resumes or
// changes reminders already set; false when the message is not that.
func (t *turn) manageReminders(text string) bool {
	folded := foldText(text)
	if t.dropContact(text) {
		return true
	}
	op := remindOp(folded)
	if op == "stop" && t.stopForAWhile(folded) {
		// "stop reminding me about dev for now, hes away till feb".
		op = "pause"
	}
	if op == "resume" && t.p.Profile.RemindersOff && reThemIt.MatchString(folded) && !reminderPerson(text).Found() {
		// "turn them back on" after every reminder was turned off.
		t.allReminders(op, folded)
		return true
	}
	if op == "" && stopsThemAll(text) && len(strings.Fields(folded)) <= 6 && t.hasAnyReminder() {
		// "stop all of them" after reminders were set or shown.
		t.allReminders("stop", folded)
		return true
	}
	p := reminderPerson(text)
	c := findContact(t.p.Contacts, p)
	if c == nil && op != "" {
		// "snooze the nan one": a name on the list, however it is put.
		c = contactSaid(t.p.Contacts, text)
	}
	pronoun := !p.Found() && rePronoun.MatchString(folded) && !reAllRem.MatchString(folded)
	if pronoun {
		// "change her to fridays", "stop reminding me about him": the
		// person talked about last.
		c = t.recentFor(folded)
	}
	if op == "" {
		if c == nil || !reChangeRem.MatchString(folded) {
			return false
		}
		_, hasCad := ParseCadence(text, t.a.nudgeHour)
		_, _, hasClock := ParseClock(text)
		_, hasOnce := ParseOnce(text, t.now, t.location(), t.a.nudgeHour)
		if !hasCad && !hasClock && !hasOnce {
			return false
		}
		if pronoun {
			t.changeReminder(c, text)
			return true
		}
		t.remindRequest(text)
		return true
	}
	if !reRemWord.MatchString(folded) && c == nil && !(op != "stop" && reOpAll.MatchString(folded)) {
		// "pause" or "resume" alone belong to whatever is running.
		return false
	}
	if pronoun && c == nil {
		// Never all of them for "her": ask who.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Who do you mean? Tell me their name — “"+op+" the reminders about Sam” — or see everyone in /contacts.", menuChoices()...)
		return true
	}
	all := c == nil && (reAllRem.MatchString(folded) || !p.Found())
	if all && (len(strings.Fields(folded)) > 10 || reHowWhy.MatchString(folded)) {
		// "how do I stop my friend reminding me of my ex" is a question.
		return false
	}
	switch {
	case all:
		t.allReminders(op, folded)
	case c == nil:
		t.say("I don't have any reminders about "+contactName(p)+". /contacts shows who I remind you about.", menuChoices()...)
	default:
		t.oneReminder(op, c, folded)
	}
	return true
}

// oneReminder stops, pauses or resumes the reminders about c.
func (t *turn) oneReminder(op string, c *Contact, folded string) {
	c.Touched = t.now
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	switch op {
	case "stop":
		c.Cadence, c.Once, c.Dates, c.Paused, c.ResumeAt = "", time.Time{}, nil, false, time.Time{}
		t.say("Okay — no more reminders about "+c.Name+". They stay on your list in /contacts, and you can set one again any time.", menuChoices()...)
	case "pause":
		if t.skipDay(c, folded) {
			return
		}
		if reSnooze.MatchString(folded) && (reThisSpan.MatchString(folded) || reNextOne.MatchString(folded)) && rePauseFor.FindString(folded) == "" && !strings.Contains(folded, "until ") {
			// "snooze the nan one this week": the next reminder is
			// skipped, whenever it falls; the one after comes as usual.
			if next, ok := t.nextFor(c); ok {
				c.Paused, c.ResumeAt = true, next.Add(time.Minute)
				t.say("Snoozed — I'll skip the reminder about "+c.Name+" on "+next.In(t.location()).Format("Monday 2 January")+
					"; the one after comes as usual.", menuChoices()...)
				return
			}
		}
		c.Paused, c.ResumeAt = true, t.pauseEnd(folded)
		until := "until you say “resume " + c.Name + "”"
		if !c.ResumeAt.IsZero() {
			until = "until " + c.ResumeAt.In(t.location()).Format("Monday 2 January")
		}
		t.say("Paused — no reminders about "+c.Name+" "+until+". Nothing else changes.", menuChoices()...)
	default:
		c.Paused, c.ResumeAt = false, time.Time{}
		t.p.Profile.RemindersOff = false
		t.say("Reminders about "+c.Name+" are back on."+t.nextNoteFor(c), menuChoices()...)
	}
}

// allReminders stops, pauses or resumes every reminder.
func (t *turn) allReminders(op, folded string) {
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	switch op {
	case "stop":
		t.remindersOff()
	case "pause":
		if end := t.pauseEnd(folded); !end.IsZero() {
			for i := range t.p.Contacts {
				t.p.Contacts[i].Paused, t.p.Contacts[i].ResumeAt = true, end
			}
			t.say("All reminders about people are paused until "+end.In(t.location()).Format("Monday 2 January")+". Say “resume reminders” to have them back sooner.", menuChoices()...)
			return
		}
		t.p.Profile.RemindersOff = true
		t.say("All reminders are paused — I won't send you anything unprompted. Say “resume reminders” when you want them back.", menuChoices()...)
	default:
		// Turned back on after all were off, a pause of one person's
		// asked for until a day still holds ("pause priya until
		// january"); every other pause ends.
		keepTimed := t.p.Profile.RemindersOff
		t.p.Profile.RemindersOff = false
		for i := range t.p.Contacts {
			if c := &t.p.Contacts[i]; !keepTimed || c.ResumeAt.IsZero() {
				c.Paused, c.ResumeAt = false, time.Time{}
			}
		}
		t.syncReminders(true)
		t.say("Reminders are back on. Here's what's set:")
		t.listContacts()
	}
}

// pauseEnd reads "for 2 weeks", "for a month", "until next friday", "till
// monday"; zero
// means until the person resumes.
func (t *turn) pauseEnd(folded string) time.Time {
	// "till monday", "til friday" end a pause as "until" does.
	folded = reUntilWord.ReplaceAllString(folded, " until ")
	if m := rePauseFor.FindStringSubmatch(folded); m != nil {
		n := 1
		if m[1] != "" {
			n = countWord(m[1])
		}
		l := t.now.In(t.location())
		switch m[2] {
		case "day":
			return l.AddDate(0, 0, n)
		case "week":
			return l.AddDate(0, 0, 7*n)
		default:
			return l.AddDate(0, n, 0)
		}
	}
	if i := strings.Index(folded, "until "); i >= 0 {
		if at, ok := ParseOnce(folded[i+6:], t.now, t.location(), t.a.nudgeHour); ok {
			return at
		}
	}
	if at := seasonEnd(folded, t.now.In(t.location())); !at.IsZero() {
		// "until january", "till after christmas".
		return at
	}
	if m := reThisSpan.FindStringSubmatch(folded); m != nil {
		// "snooze the nan one this week": until the next one starts.
		l := t.now.In(t.location())
		today := time.Date(l.Year(), l.Month(), l.Day(), 0, 0, 0, 0, l.Location())
		switch m[1] {
		case "today", "tonight":
			return today.AddDate(0, 0, 1)
		case "month":
			return time.Date(l.Year(), l.Month()+1, 1, 0, 0, 0, 0, l.Location())
		}
		// A week (or a weekend) ends when the next Monday starts.
		n := (8 - int(l.Weekday())) % 7
		if n == 0 {
			n = 7
		}
		return today.AddDate(0, 0, n)
	}
	return time.Time{}
}

// reThisSpan is the rest of a span of time: "this week", "this weekend",
// "today", "for this month".
var reThisSpan = mustPattern(`\b(?:this|for this|for the rest of the|rest of the) (week|weekend|month)\b|\b(today|tonight)\b`)

// reSnooze with a span ("this week") or "the next one" skips the next
// reminder rather than pausing for a while.
var (
	reSnooze  = mustPattern(`\b(?:snooze|skip)\b`)
	reNextOne = mustPattern(`\b(?:next|upcoming|coming) (?:one|reminder|nudge)\b`)
)

// reSkipDay is a day named with a skip: "skip this friday for dad",
// "snooze mum on sunday", "skip gran next tuesday".
var reSkipDay = mustPattern(`\b(?:this|next|on|coming) ((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`)

// skipDay skips c's reminders on the day a snooze or a skip names, and
// reports whether it did: the reminder that day is left out, and the
// ones after come as usual.
func (t *turn) skipDay(c *Contact, folded string) bool {
	m := reSkipDay.FindStringSubmatch(folded)
	if m == nil || !reSnooze.MatchString(folded) || rePauseFor.FindString(folded) != "" || strings.Contains(folded, "until ") {
		return false
	}
	at, ok := ParseOnce(m[0], t.now, t.location(), t.a.nudgeHour)
	if !ok {
		return false
	}
	loc := t.location()
	l := at.In(loc)
	dayAfter := time.Date(l.Year(), l.Month(), l.Day()+1, 0, 0, 0, 0, loc)
	c.Paused, c.ResumeAt = true, dayAfter
	day := l.Format("Monday 2 January")
	t.say("Okay — no reminder about "+c.Name+" on "+day+"; the ones after come as usual.", menuChoices()...)
	return true
}

// nextFor is when c's next reminder comes; false when none is due.
func (t *turn) nextFor(c *Contact) (time.Time, bool) {
	var soonest time.Time
	for _, id := range contactReminderIDs(c) {
		if at, ok := t.nextTime(id); ok && (soonest.IsZero() || at.Before(soonest)) {
			soonest = at
		}
	}
	return soonest, !soonest.IsZero()
}

// nextNoteFor says when c's next reminder comes, when there is one.
func (t *turn) nextNoteFor(c *Contact) string {
	soonest, ok := t.nextFor(c)
	if !ok || t.p.Profile.RemindersOff {
		return ""
	}
	return " The next one is on " + soonest.In(t.location()).Format("Monday 2 January at 15:04") + "."
}

// yearlyRequest keeps a birthday or anniversary: whose comes from the
// message ("Jess's birthday"), from "her"/"his" meaning the person just
// talked about, or, for "our anniversary", from a partner on the list.
func (t *turn) yearlyRequest(text string, d YearlyDate) {
	c, p, named, lost := t.yearlyOwner(text, d.What)
	if lost {
		t.say("Whose " + d.What + " is it? Tell me like this: “Jess's " + d.What + " is on " + dateLabel(d) + "”.")
		return
	}
	if !named && d.What == "birthday" {
		// "my bday is march 3": theirs, kept as a fact about them.
		t.keepOwnBirthday(d)
		return
	}
	if !named {
		c = t.ownDates()
	}
	t.keepYearly(c, d, p)
}

// yearlyOwner is whose birthday or anniversary (what) text speaks of, kept
// on the list: someone it names, "her" or "his" for the person just talked
// about, a partner for "our anniversary". named is false when it points at
// no one; lost is true when a pronoun points at no one on the list. c is
// nil then, or when the list is full.
func (t *turn) yearlyOwner(text, what string) (c *Contact, p people.Person, named, lost bool) {
	p = reminderPerson(text)
	switch folded := foldText(text); {
	case p.Found() && p.Name != "" || p.Found() && p.Relation != "" && (!p.Group || what == "anniversary"):
		// (A couple has one anniversary: "my parents' anniversary".)
		c = findContact(t.p.Contacts, p)
		if c == nil {
			c = t.upsertContact(contactName(p), contactRelation(p))
		}
	case rePronoun.MatchString(folded):
		c = t.recentFor(folded)
		lost = c == nil
	case reOurDate.MatchString(folded) && what == "anniversary":
		c = t.partnerContact()
	default:
		return nil, p, false, false
	}
	return c, p, true, lost
}

// keepYearly keeps d among c's yearly dates and says when the first
// reminder comes; p is who the message named, to check an unsure name.
func (t *turn) keepYearly(c *Contact, d YearlyDate, p people.Person) {
	if c == nil {
		t.say(fmt.Sprintf("You already have %d people on your list — that's as many as I keep.", maxContacts), menuChoices()...)
		return
	}
	c.Touched = t.now
	for _, x := range c.Dates {
		if x.What == d.What && d.Ahead == 0 {
			d.Ahead = x.Ahead // a date said again keeps the lead asked for
		}
	}
	c.Dates = slices.DeleteFunc(c.Dates, func(x YearlyDate) bool { return x.What == d.What })
	c.Dates = append(c.Dates, d)
	// A date said again may be a new one: its nudge is worked out afresh.
	delete(t.p.Profile.Schedule, c.ID+"/"+dateKey(d.What))
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.p.Profile.RemindersOff = false
	whose := possessive(c.Name) + " " + d.What
	next := nextYearly(d, t.now, t.location(), t.a.nudgeHour).In(t.location())
	t.say(fmt.Sprintf("Noted: %s is on %s. I'll remind you %d days before and on the day — the first reminder comes on %s.",
		whose, dateLabel(d), d.aheadDays(), next.Format("Monday 2 January")),
		Choice{ID: "remind:ok", Label: "OK"})
	t.addToLast(unsureNote(p))
}

// recentFor is the contact a pronoun in folded means: the one spoken of
// last, within a day, that the pronoun may stand for. "her birthday" right
// after a reminder about Dad means whoever came before him, if she is
// there.
func (t *turn) recentFor(folded string) *Contact {
	want := ""
	switch {
	case reShe.MatchString(folded) && !reHe.MatchString(folded):
		want = "f"
	case reHe.MatchString(folded) && !reShe.MatchString(folded):
		want = "m"
	}
	// The one spoken of last, unless the pronoun cannot mean them; nil
	// when that was someone not on the list.
	last := t.recentContact()
	if last == nil || mayMean(last, want) {
		return last
	}
	var best *Contact
	for i := range t.p.Contacts {
		c := &t.p.Contacts[i]
		if c.Name == "" || t.now.Sub(c.Touched) > 24*time.Hour {
			continue
		}
		if !mayMean(c, want) {
			continue
		}
		if best == nil || !c.Touched.Before(best.Touched) {
			best = c
		}
	}
	return best
}

// mayMean reports whether a pronoun of gender want ("f", "m", or "" for
// either) may stand for c: a relationship that says a gender must agree.
func mayMean(c *Contact, want string) bool {
	for _, g := range []string{relationGender[people.Relation(lastWord(c.Relationship))], relationGender[people.Relation(c.Name)]} {
		if want != "" && g != "" && g != want {
			return false
		}
	}
	return true
}

var (
	reShe = mustPattern(`\b(?:she|her|hers|she's|shes)\b`)
	reHe  = mustPattern(`\b(?:he|him|his|he's|hes)\b`)
)

// relationGender is the gender a relationship word says, for the
// relationships that say one.
var relationGender = map[string]string{
	"mother": "f", "sister": "f", "grandmother": "f", "aunt": "f", "wife": "f", "girlfriend": "f",
	"daughter": "f", "niece": "f", "stepmother": "f",
	"father": "m", "brother": "m", "grandfather": "m", "uncle": "m", "husband": "m", "boyfriend": "m",
	"son": "m", "nephew": "m", "stepfather": "m",
}

// partnerContact is the partner on the list, or the person's own dates.
func (t *turn) partnerContact() *Contact {
	for i := range t.p.Contacts {
		switch people.Relation(lastWord(t.p.Contacts[i].Relationship)) {
		case "wife", "husband", "partner", "girlfriend", "boyfriend", "fiance":
			return &t.p.Contacts[i]
		}
	}
	return t.ownDates()
}

// ownDates is the entry that holds dates that are nobody else's ("our
// anniversary"): a contact without a name.
func (t *turn) ownDates() *Contact {
	for i := range t.p.Contacts {
		if t.p.Contacts[i].Name == "" {
			return &t.p.Contacts[i]
		}
	}
	c := t.upsertContact("", "")
	if c != nil {
		c.Name = ""
	}
	return c
}

// tzMeantElse handles an answer to the timezone question that is not a
// place: a country with several zones asks for a city, and a rhythm
// ("every sunday") changes the reminder; then the question comes once
// more, or, when it was asked twice already (last), the reminder goes
// ahead in UTC. False when the answer is neither.
func (t *turn) tzMeantElse(id string, last bool) bool {
	const again = ". And which timezone are you in?" + tzWays
	note := ""
	if p, ok := places.Find(t.text); ok && p.Several() {
		if last {
			return false
		}
		note = severalZones(p)
	} else if cad, ok := ParseCadence(t.text, t.a.nudgeHour); ok {
		c := findContactByID(t.p.Contacts, id)
		if c == nil || strings.Contains(id, "/") {
			return false
		}
		if old, ok := ParseCadence(c.Cadence, t.a.nudgeHour); ok {
			cad = keepRest(cad, old, t.text)
		}
		t.newCadence(c, cad)
		note = "Got it — " + cadenceWords(cad) + again
	} else if cad, ok := t.newTimeOfDay(id); ok {
		// "actually make it 7pm": the reminder's time, not the clock here.
		note = "Got it — " + cad.String() + again
	} else {
		return false
	}
	if last {
		t.afterTimezone(id)
		t.addToLast(utcNote)
		return true
	}
	t.askTimezoneAgain(id, note)
	return true
}

// reTimeChange asks for another time of day rather than telling the time
// now: "make it 7pm", "at 8 instead", "can it be in the morning".
var reTimeChange = mustPattern(`\b(?:make it|change it to|move it to|switch it to|set it (?:for|to)|can it be|could it be|instead|rather|at)\b`)

// newTimeOfDay sets the time of day of the reminder id is asking about when
// the message asks for one, keeping its days; ok is false when the message
// asks for no time, or there is no such reminder.
func (t *turn) newTimeOfDay(id string) (Cadence, bool) {
	if !reTimeChange.MatchString(strings.ToLower(t.text)) || strings.Contains(id, "/") {
		return Cadence{}, false
	}
	h, m, ok := ParseClock(t.text)
	c := findContactByID(t.p.Contacts, id)
	if !ok || c == nil {
		return Cadence{}, false
	}
	cad, ok := ParseCadence(c.Cadence, t.a.nudgeHour)
	if !ok {
		return Cadence{}, false
	}
	cad.Hour, cad.Minute, cad.TimeSet = h, m, true
	t.newCadence(c, cad)
	return cad, true
}

// cadenceWords is a cadence without its time: "every Sunday".
func cadenceWords(c Cadence) string {
	s := c.String()
	if i := strings.LastIndex(s, " at "); i > 0 {
		return s[:i]
	}
	return s
}

// stopByClassifier catches the ways of asking to stop reminders or the
// plan that the exact patterns miss: when the intent classifier is sure,
// it asks once, with buttons, rather than acting on a guess.
func (t *turn) stopByClassifier(text string) bool {
	r := classify(text)
	if !r.Sure() {
		return false
	}
	switch r.Label {
	case understand.RemindStop:
		c := findContact(t.p.Contacts, reminderPerson(text))
		if c == nil {
			c = contactSaid(t.p.Contacts, text)
		}
		if c != nil && len(contactReminderIDs(c)) > 0 {
			t.say("Shall I stop the reminders about "+c.Name+"?",
				Choice{ID: "remind:stop:" + c.ID, Label: "Yes, stop them"}, Choice{ID: "remind:ok", Label: "No, keep them"})
			return true
		}
		if t.p.Profile.RemindersOff || len(t.p.Profile.Schedule) == 0 {
			return false
		}
		t.say("Shall I turn off all your reminders?",
			Choice{ID: "remind:off", Label: "Yes, all of them"}, Choice{ID: "remind:list", Label: "Show them first"})
		return true
	case understand.PlanStop:
		if t.p.Plan.Started.IsZero() || t.p.Plan.NudgesOff {
			return false
		}
		t.say("Shall I stop the plan's daily messages? Your progress stays.",
			Choice{ID: "remind:stop:plan", Label: "Yes, stop them"}, Choice{ID: "menu:plan", Label: "No, show the plan"})
		return true
	}
	return false
}
