package agent

import (
	"fmt"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/understand"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// flowRemind is the flow that sets up a reminder: who, how often, which timezone, what time.
const flowRemind = "remind"

// Steps of the reminder flow; a contact step carries the contact id after a colon.
const (
	stepRemindWho   = "who"
	stepRemindOften = "often"
	stepRemindTZ    = "tz"
	stepRemindTZ2   = "tz2"  // the timezone question, asked a second time
	stepRemindName  = "name" // checking a name the companion was unsure of
	stepRemindTime  = "time"
	stepPlanTime    = "plantime"
)

var (
	reRemindOff   = mustPattern(`^(?:off|stop|none|pause)\b|\b(?:stop|turn off|switch off|pause|cancel|disable) (?:all )?(?:my |the |these )?(?:reminders|nudges)\b|\bno more (?:reminders|nudges)\b`)
	reRemindOn    = mustPattern(`^(?:on|resume|start)\b|\b(?:turn on|switch on|resume|restart|enable) (?:my |the )?(?:reminders|nudges)\b`)
	reHabitMorn   = mustPattern(`\bsupportive message\b|\b(?:morning|daily) (?:nudge|reminder|habit)\b`)
	reHabitEve    = mustPattern(`\bgood interaction\b|\bevening (?:nudge|reminder|check|habit)\b`)
	reTalkedTo    = mustPattern(`(?i)\bi (?:just |finally |have |'ve )?(?:talked|spoke|spoken|chatted|caught up|met up|met|called|rang|phoned|texted|messaged|saw|seen|wrote|emailed|visited|checked in|heard from)(?: back)?(?: with| to| from| up with)? (?:my )?([\p{L}'-]+)`)
	reWhenPast    = mustPattern(`\b(yesterday|last night|today|this morning|earlier|just now|(\d+|a|two|three|few|couple of) days? ago|last week)\b`)
	reRemindTask  = mustPattern(`\bremind me to (\w+)`)
	reRemindAbout = mustPattern(`\b(?:check in|check-in|catch up|keep in touch|stay in touch|touch base|reconnect|get in touch) (?:with )?|\b(?:call|ring|phone|text|message|email|write to|visit|see|contact|reach out to) |\bfor |\babout `)
)

// remind handles /remind, /contacts and "remind me to ..." outside a flow.
func (t *turn) remind(in Intent) {
	arg := strings.ToLower(strings.TrimSpace(in.Arg))
	switch {
	case in.Kind != IntentContacts && t.listRequest(t.text):
	case in.Kind != IntentContacts && t.setAhead(t.text):
	case in.Kind != IntentContacts && t.manageReminders(in.Arg):
	case !in.Command && in.Kind != IntentContacts && t.listByClassifier(t.text):
	case in.Kind == IntentContacts:
		t.listContacts()
	case reRemindOff.MatchString(arg):
		t.remindersOff()
	case reRemindOn.MatchString(arg) && t.p.Profile.RemindersOff:
		t.p.Profile.RemindersOff = false
		t.syncReminders(true)
		t.say("Reminders are back on. Here's what's set:")
		t.listContacts()
	case reHabitMorn.MatchString(arg):
		t.habitRequest("morning", arg)
	case reHabitEve.MatchString(arg):
		t.habitRequest("evening", arg)
	case arg == "" || arg == "remind" || arg == "reminders":
		t.remindMenu()
	case arg == "list" || arg == "show" || arg == "my reminders" || strings.HasPrefix(arg, "show my reminders"):
		t.listContacts()
	case !in.Command && t.habitOffer(in.Arg):
	case !in.Command && reachAnyoneDaily(arg):
		// "remind me every weekday at 8am to text one person": nobody
		// in particular, every day — the daily prompt, at that time.
		t.habitRequest("morning", arg)
	default:
		t.remindRequest(in.Arg)
	}
}

// remindMenu offers what reminders can do.
func (t *turn) remindMenu() {
	text := "I can nudge you to stay in touch with the people who matter — for example “remind me to check in with Mum every Sunday” or “every 2 weeks for Sam”. I can also send a small daily prompt."
	if t.p.Profile.RemindersOff {
		text += "\n\nYour reminders are off at the moment."
	}
	choices := []Choice{
		{ID: "remind:new", Label: "Stay in touch with someone"},
		{ID: "remind:habit:morning", Label: "Morning: one supportive message"},
		{ID: "remind:habit:evening", Label: "Evening: one good interaction?"},
		{ID: "remind:list", Label: "Show my reminders"},
	}
	if t.p.Profile.RemindersOff {
		choices = append(choices, Choice{ID: "remind:on", Label: "Turn reminders on"})
	} else {
		choices = append(choices, Choice{ID: "remind:off", Label: "Turn all reminders off"})
	}
	// A name typed under the menu ("my brother Leo") is whom to remind about.
	t.p.Flow = Flow{Name: flowRemind, Step: stepRemindWho, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(text, choices...)
}

// remindRequest sets up a reminder from what the person said: a yearly
// date ("her birthday is on 14 March"), a one-off ("in 3 days", "next
// Friday"), or a regular check-in ("every Sunday"); a new day or time for
// someone already on the list keeps what was not said.
func (t *turn) remindRequest(text string) {
	if reachAnyoneDaily(text) {
		// "remind me every morning to message one person", wherever it
		// is asked: the daily prompt, not a reminder about someone.
		t.habitRequest("morning", strings.ToLower(text))
		return
	}
	if d, ok := ParseYearly(text); ok {
		t.yearlyRequest(text, d)
		return
	}
	if d, ok := t.datedOccasion(text); ok {
		// "remind me of grandpa's 80th on saturday": a birthday comes
		// back every year, whatever day it falls on this time.
		t.yearlyRequest(text, d)
		return
	}
	if t.askYearlyDate(text) {
		// "remind me about mums birthday": when is it?
		return
	}
	t.remindFor(text, nil)
}

// changeReminder gives c's reminder what text says: a new day, time or
// rhythm, or a one-off ("make it saturdays", "actually 6pm").
func (t *turn) changeReminder(c *Contact, text string) {
	t.remindFor(text, c)
}

// remindFor sets up the reminder text asks for, about known when it is
// given, else about whoever text names.
func (t *turn) remindFor(text string, known *Contact) {
	var p people.Person
	name, rel, existing := "", "", known
	if known != nil {
		name = known.Name
	} else {
		p = reminderPerson(text)
		name, rel = contactName(p), contactRelation(p)
		existing = findContact(t.p.Contacts, p)
	}
	cad, hasCad := ParseCadence(text, t.a.nudgeHour)
	if hasCad && cad.Kind == CadenceWeekly && !repeats(text) && (existing == nil || existing.Cadence == "") {
		// "on saturday" is one day; only for a reminder that already
		// comes back is it a new day for it ("move Sam to friday").
		hasCad = false
	}
	if days := calendarWords(strings.ToLower(text)); !hasCad && existing != nil && existing.Cadence != "" && !reNextDay.MatchString(days) {
		// "move Sam to friday": a new day for the reminder Sam has.
		if m := reDayAlone.FindStringSubmatch(days); m != nil {
			cad, hasCad = ParseCadence("on "+m[1]+" "+text, t.a.nudgeHour)
		}
	}
	once, hasOnce := time.Time{}, false
	if !hasCad {
		once, hasOnce = ParseOnce(text, t.now, t.location(), t.a.nudgeHour)
	}
	if o := t.p.Flow.Offer; name == "" && o != nil && o.Kind == "remind" && o.Recipient != "" {
		// "yes, remind me in two weeks" to "want me to remind you to
		// check in with Sam?": about Sam.
		name, existing = o.Recipient, findContactByName(t.p.Contacts, o.Recipient)
		t.p.Flow.Offer = nil
	}
	if name == "" {
		t.p.Flow = Flow{Name: flowRemind, Step: stepRemindWho, Updated: t.now, Paused: t.p.Flow.Paused}
		if hasCad {
			t.p.Flow.Step += ":" + cad.String()
		} else if hasOnce {
			// "remind me in 2 weeks", the who to come: the when is
			// kept for the answer.
			t.p.Flow.Step += ":" + onceWords(text)
		}
		if m := reRemindTask.FindStringSubmatch(foldText(text)); m != nil && !contactVerbs[m[1]] {
			// "remind me to drink water": not about a person.
			t.p.Flow.Step = stepRemindWho
			t.say("I only keep reminders about people — staying in touch with someone; for other things a phone alarm will serve you better. Is there someone you'd like to keep in touch with?")
			return
		}
		t.say("Who would you like to stay in touch with? A name is enough — “Mum”, or “Sam, my old college friend”.")
		return
	}
	c := existing
	if c == nil {
		c = t.upsertContact(name, rel)
	}
	if c == nil {
		t.say(fmt.Sprintf("You already have %d people on your list — that's as many as I keep. /contacts shows them; you can stop one to make room.", maxContacts))
		return
	}
	c.Touched = t.now
	if existing != nil && !hasCad && !hasOnce && c.Cadence != "" {
		// "change Leo to 7pm": a new time for the same rhythm.
		if h, m, ok := ParseClock(text); ok {
			if old, ok := ParseCadence(c.Cadence, t.a.nudgeHour); ok {
				old.Hour, old.Minute, old.TimeSet = h, m, true
				cad, hasCad = old, true
			}
		}
	}
	switch {
	case hasOnce:
		c.Once, c.OnceFor = once, onceFor(text, c.Name)
		c.Paused, c.ResumeAt = false, time.Time{}
		if t.p.Profile.Timezone == "" {
			t.askTimezoneFirst(c.ID + "/" + planOnce)
		} else {
			t.confirmOnce(c)
		}
	case !hasCad:
		t.askOften(c)
	default:
		if old, ok := ParseCadence(c.Cadence, t.a.nudgeHour); ok && existing != nil {
			cad = keepRest(cad, old, text)
		}
		c.Paused, c.ResumeAt = false, time.Time{}
		t.setCadence(c, cad)
	}
	if note := unsureNote(p); note != "" {
		t.addToLast(note)
		if t.p.Flow.Name == "" {
			// The next message may correct the name.
			t.p.Flow = Flow{Name: flowRemind, Step: stepRemindName + ":" + c.ID, Updated: t.now, Paused: t.p.Flow.Paused}
		}
	}
}

// keepRest is the cadence a change to an existing one asks for: what the
// change names, and the rest of old. "move Sam to Fridays" keeps Sam's
// time of day, and a day named alone ("make it saturdays") keeps how
// many weeks apart the reminders come ("every other sunday" becomes every
// other Saturday).
func keepRest(cad, old Cadence, text string) Cadence {
	if !cad.TimeSet {
		cad.Hour, cad.Minute = old.Hour, old.Minute
	}
	if old.Kind == CadenceWeekly && !reWeekdayNamed.MatchString(strings.ToLower(text)) {
		// "make that every two weeks" keeps the day: every other Friday.
		switch {
		case cad.Kind == CadenceDays && cad.Every >= 7 && cad.Every%7 == 0:
			return Cadence{Kind: CadenceWeekly, Every: cad.Every / 7, Weekday: old.Weekday, Hour: cad.Hour, Minute: cad.Minute, TimeSet: cad.TimeSet || old.TimeSet}
		case cad.Kind == CadenceWeekly:
			cad.Weekday = old.Weekday
		}
	}
	if cad.Kind == CadenceWeekly && !reInterval.MatchString(strings.ToLower(text)) {
		cad.Every = weeksApart(old)
	}
	return cad
}

// reWeekdayNamed is a day of the week, one or many: "friday", "fridays".
var reWeekdayNamed = mustPattern(`\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:days?)?\b`)

// confirmOnce says when a one-off reminder comes.
func (t *turn) confirmOnce(c *Contact) {
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.p.Profile.RemindersOff = false
	at := c.Once.In(t.location())
	choices := []Choice{{ID: "remind:ok", Label: "OK"}}
	other := ""
	if later, ok := otherNextDay(t.text, at, t.now); ok {
		// "next friday" on a Tuesday: this Friday, or the one after.
		other = " If you meant the " + later.Format("Monday") + " after, " + later.Format("2 January") + ", tap below."
		choices = append(choices, Choice{ID: "remind:weeklater:" + c.ID, Label: later.Format("Monday 2 January") + " instead"})
	}
	t.say("I'll remind you "+onceLabel(at, t.now.In(t.location()))+" (your time: "+zoneLabel(t.p.Profile.Timezone)+") to "+oncePurpose(c)+"."+other+" Just once — say “every week” if you'd like it to repeat."+t.quietNote(at, "it"),
		choices...)
}

// onceLabel writes a one-off time for people: "tomorrow at 18:00", "on
// Friday 27 November at 10:00".
func onceLabel(at, now time.Time) string {
	y, m, d := now.Date()
	ay, am, ad := at.Date()
	switch {
	case ay == y && am == m && ad == d:
		return "today at " + at.Format("15:04")
	case at.Sub(time.Date(y, m, d, 0, 0, 0, 0, now.Location())) < 48*time.Hour:
		return "tomorrow at " + at.Format("15:04")
	case ay == y:
		return "on " + at.Format("Monday 2 January at 15:04")
	}
	return "on " + at.Format("Monday 2 January 2006 at 15:04")
}

// askOften asks how often to check in with c.
func (t *turn) askOften(c *Contact) {
	t.p.Flow = Flow{Name: flowRemind, Step: stepRemindOften + ":" + c.ID, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("How often would you like to check in with "+c.Name+"? You can also name a day (“every Sunday”) or a time (“every Friday at 6pm”).",
		Choice{ID: "remind:often:7:" + c.ID, Label: "Every week"},
		Choice{ID: "remind:often:14:" + c.ID, Label: "Every 2 weeks"},
		Choice{ID: "remind:often:30:" + c.ID, Label: "Every month"})
}

// setCadence saves a contact's cadence and confirms it, asking for the
// timezone first when it is not known.
func (t *turn) setCadence(c *Contact, cad Cadence) {
	t.newCadence(c, cad)
	if t.p.Profile.Timezone == "" {
		t.askTimezoneFirst(c.ID)
		return
	}
	t.confirmCadence(c)
}

// newCadence gives c a new rhythm; the next reminder of the old one goes
// with it.
func (t *turn) newCadence(c *Contact, cad Cadence) {
	c.Cadence = cad.String()
	delete(t.p.Profile.Schedule, c.ID)
}

// askTimezoneFirst asks for the person's timezone before a new reminder.
// Asked before and left unanswered, it is not asked again: what waited for
// it goes ahead in UTC, with a word on how to change that.
func (t *turn) askTimezoneFirst(id string) {
	if t.p.Profile.TZAsked {
		t.afterTimezone(id)
		if t.now.Sub(t.p.Profile.UTCNoted) >= 24*time.Hour {
			t.p.Profile.UTCNoted = t.now
			t.addToLast(utcNote)
		}
		return
	}
	t.askTimezone(id)
}

// askTimezone asks for the person's timezone.
func (t *turn) askTimezone(id string) {
	t.p.Profile.TZAsked = true
	t.p.Flow = Flow{Name: flowRemind, Step: stepRemindTZ + ":" + id, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("One thing first, so reminders come at the right time: which timezone are you in? A city works (“Berlin”, “Chicago”), or just tell me your time now (“it's 9pm here”).",
		Choice{ID: "remind:tz:" + id, Label: "Use UTC"})
}

// utcNote follows a reminder set in UTC because the timezone question,
// asked before, went unanswered.
const utcNote = "\n\nTimes are UTC until you tell me where you are — “I live in Lyon” or “it's 9pm here” is enough."

// tzWays says how the timezone can be given, after the question.
const tzWays = " A city works (“Berlin”, “Chicago”), or tell me your time now (“it's 9pm here”)."

// askTimezoneAgain asks the timezone question a second time, in question;
// an answer that cannot be placed then falls back to UTC.
func (t *turn) askTimezoneAgain(id, question string) {
	t.p.Flow = Flow{Name: flowRemind, Step: stepRemindTZ2 + ":" + id, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(question, Choice{ID: "remind:tz:" + id, Label: "Use UTC"})
}

// confirmCadence says in plain words when the reminder comes.
func (t *turn) confirmCadence(c *Contact) {
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.p.Profile.RemindersOff = false
	text := "I'll remind you " + c.Cadence + " (your time: " + zoneLabel(t.p.Profile.Timezone) + ") to check in with " + c.Name + "."
	if cad, ok := ParseCadence(c.Cadence, t.a.nudgeHour); ok {
		next := cad.Next(t.now, t.location())
		text += " The first one is on " + next.Format("Monday 2 January") + "." + t.quietNote(next, "each reminder")
	}
	t.say(text,
		Choice{ID: "remind:time:" + c.ID, Label: "Change time"},
		Choice{ID: "remind:ok", Label: "OK"})
}

// remindChoice handles a "remind:..." button.
func (t *turn) remindChoice(arg string) {
	action, id, _ := strings.Cut(arg, ":")
	switch action {
	case "new":
		t.p.Flow = Flow{Name: flowRemind, Step: stepRemindWho, Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Who would you like to stay in touch with, and how often? For example “Mum, every Sunday” or “Sam every 2 weeks”.")
	case "list":
		t.listContacts()
	case "off":
		t.remindersOff()
	case "on":
		t.p.Profile.RemindersOff = false
		t.say("Reminders are back on.", menuChoices()...)
	case "weeklater":
		t.onceWeekLater(findContactByID(t.p.Contacts, id))
	case "ok":
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Great — that's set. I'm here whenever you want to talk it through.", menuChoices()...)
	case "habit":
		t.setHabit(id, "")
	case "habittime":
		if h := t.p.Profile.Habit; h == "morning" || h == "evening" {
			t.askHabitTime(h, "")
			return
		}
		t.say(msgStale, menuChoices()...)
	case "often":
		days, cid, _ := strings.Cut(id, ":")
		n, _ := strconv.Atoi(days)
		if c := findContactByID(t.p.Contacts, cid); c != nil && n > 0 {
			t.setCadence(c, Cadence{Kind: CadenceDays, Every: n, Hour: t.a.nudgeHour})
			return
		}
		t.say(msgStale, menuChoices()...)
	case "tz":
		t.p.Profile.Timezone = "UTC"
		t.afterTimezone(id)
	case "time":
		if c := findContactByID(t.p.Contacts, id); c != nil && c.Cadence != "" {
			t.p.Flow = Flow{Name: flowRemind, Step: stepRemindTime + ":" + id, Updated: t.now, Paused: t.p.Flow.Paused}
			t.say("What time suits you? For example “9:00”, “7pm” or “in the evening”.")
			return
		}
		t.say(msgStale, menuChoices()...)
	case "planat":
		t.setPlanHour(id)
	case "planeve":
		t.p.Plan.Evening = true
		delete(t.p.Profile.Schedule, reminderPlanEvening)
		t.say(fmt.Sprintf("I'll also ask about your day at %02d:00.", eveningHour)+t.quietNoteNext(reminderPlanEvening, "each one"),
			Choice{ID: "menu:plan", Label: "Show the plan"})
	default:
		t.nudgeAnswer(action, id)
	}
}

// nudgeAnswer handles the buttons under a nudge.
func (t *turn) nudgeAnswer(action, id string) {
	c := findContactByID(t.p.Contacts, id)
	switch {
	case action == "stop":
		t.stopReminder(id, c)
	case action == "good" || action == "notyet":
		if action == "good" {
			t.say("That's lovely — small moments like that are what connection is made of.", menuChoices()...)
		} else {
			t.say("That's okay — some days are like that. Tomorrow is another chance, and even a short message counts.", menuChoices()...)
		}
	case c == nil:
		t.say(msgStale, menuChoices()...)
	case action == "draft":
		d := DraftDetails{Recipient: c.Name, Relationship: c.Relationship, Occasion: OccasionThinking, Tone: t.p.Profile.Tone}
		if !c.LastContact.IsZero() && t.now.Sub(c.LastContact) > 60*24*time.Hour {
			d.Occasion = OccasionSilence
		}
		if strings.HasSuffix(id, "/birthday") {
			d.Occasion = OccasionBirthday
		}
		t.p.Flow = Flow{Name: flowDraft, Updated: t.now, Draft: &DraftState{Details: d}, Paused: t.p.Flow.Paused}
		t.draftNext("Let's write to " + c.Name + ". ")
	case action == "done":
		c.LastContact = t.now
		t.say("Lovely — I've noted that you checked in with "+c.Name+" today."+t.nextNote(c), menuChoices()...)
	case action == "later":
		c.Once = t.now.Add(24 * time.Hour)
		t.say("Okay — I'll remind you about "+c.Name+" again tomorrow around this time."+t.quietNote(c.Once, "it"), menuChoices()...)
	case action == "snooze":
		if t.p.Profile.Schedule == nil {
			t.p.Profile.Schedule = map[string]time.Time{}
		}
		t.p.Profile.Schedule[c.ID] = t.now.Add(24 * time.Hour)
		t.say("Okay — I'll remind you about "+c.Name+" again tomorrow around this time."+t.quietNote(t.p.Profile.Schedule[c.ID], "it"), menuChoices()...)
	default:
		t.say(msgStale, menuChoices()...)
	}
}

// nextNote says when the contact's next reminder comes, after a check-in.
func (t *turn) nextNote(c *Contact) string {
	cad, ok := ParseCadence(c.Cadence, t.a.nudgeHour)
	if !ok || t.p.Profile.RemindersOff {
		return ""
	}
	next := cad.Next(t.now, t.location())
	if cad.Kind == CadenceDays && cad.Every > 1 {
		// An interval starts again from the check-in.
		t.p.Profile.Schedule[c.ID] = next
	}
	if at, ok := t.p.Profile.Schedule[c.ID]; ok && at.After(t.now) {
		next = at
	}
	return " Next reminder: " + next.In(t.location()).Format("Monday 2 January at 15:04") + "."
}

// stopReminder ends one reminder, from its "Stop these" button.
func (t *turn) stopReminder(id string, c *Contact) {
	switch {
	case id == reminderPlan:
		t.p.Plan.NudgesOff = true
		t.p.Plan.Evening = false
		t.say("Okay — no more daily plan messages. The plan is still here whenever you say /plan.", menuChoices()...)
	case id == reminderPlanEvening:
		t.p.Plan.Evening = false
		t.say("Okay — no more evening prompts.", menuChoices()...)
	case id == reminderHabit:
		t.p.Profile.Habit, t.p.Profile.HabitTime = "", ""
		t.say("Okay — no more daily prompts. You can turn them on again with /remind.", menuChoices()...)
	case c != nil && strings.Contains(id, "/"):
		_, sub, _ := strings.Cut(id, "/")
		if d := findDate(c, sub); d != nil {
			what := d.What
			c.Dates = slices.DeleteFunc(c.Dates, func(x YearlyDate) bool { return dateKey(x.What) == sub })
			t.say("Okay — no more reminders about "+possessive(c.Name)+" "+what+".", menuChoices()...)
			return
		}
		c.Once, c.OnceFor = time.Time{}, ""
		t.say("Okay — that reminder is off.", menuChoices()...)
	case c != nil:
		c.Cadence = ""
		t.say("Okay — no more reminders about "+c.Name+". You can set one again any time with /remind.", menuChoices()...)
	default:
		t.say(msgStale, menuChoices()...)
	}
}

// droppedBeforeZone takes back, at the timezone question, the reminder
// that asked it: "cancel the grandpa one", "actually don't bother" said
// there stop what is being set up rather than name a place. A stop that
// names someone else is left to the words about reminders.
func (t *turn) droppedBeforeZone(id string) bool {
	if reAllRem.MatchString(foldText(t.text)) {
		// "cancel all reminders": every one, not only this one.
		return false
	}
	r := classify(t.text)
	if !r.Sure() || r.Label != understand.RemindStop && r.Label != understand.Cancel {
		return false
	}
	c := findContactByID(t.p.Contacts, id)
	if c == nil {
		return false
	}
	if other := contactSaid(t.p.Contacts, t.text); other != nil && other != c {
		return false
	}
	if t.stopForAWhile(foldText(t.text)) {
		// "stop them for now, he's away till may": a pause, in UTC.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.oneReminder("pause", c, foldText(t.text))
		return true
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	delete(t.p.Profile.Schedule, c.ID)
	t.stopReminder(id, c)
	return true
}

// remindersOff stops every nudge.
func (t *turn) remindersOff() {
	t.p.Profile.RemindersOff = true
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("All reminders are off — I won't send you anything unprompted. Your list of people stays as it is; say “/remind on” to turn them back on.",
		menuChoices()...)
}

// remindAnswer continues the reminder flow with typed text.
func (t *turn) remindAnswer(in Intent) {
	step, id, _ := strings.Cut(t.p.Flow.Step, ":")
	switch step {
	case stepRemindWho:
		if t.manageReminders(t.text) {
			return
		}
		if in.Kind == IntentRemind {
			// A new request typed at the question replaces the old one.
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.remindRequest(t.text)
			return
		}
		text := t.text
		if _, ok := ParseCadence(text, t.a.nudgeHour); id != "" && !ok {
			text += " " + id
		}
		name, _ := reminderRecipient(text)
		if name == "" {
			name = nameFromAnswer(t.text)
		}
		if name == "" && (in.Kind != IntentNone || strings.Contains(t.text, "?") || len(strings.Fields(t.text)) > 6) {
			// Not an answer: a question or another request is served.
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.freeText(t.ctx, in)
			return
		}
		if name == "" {
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.say("I didn't catch a name there. Try “remind me to check in with Sam every 2 weeks” whenever you like.", menuChoices()...)
			return
		}
		if cad, ok := ParseCadence(text, t.a.nudgeHour); ok && cad.Kind == CadenceWeekly && !repeats(text) &&
			!reNextDay.MatchString(strings.ToLower(text)) {
			// "Mum, sunday" answers "how often?": every Sunday.
			text += " every " + strings.ToLower(cad.Weekday.String())
		}
		t.remindRequest("check in with " + text)
	case stepRemindDate:
		cid, what, _ := strings.Cut(id, ":")
		t.yearlyDateAnswer(cid, what)
	case stepRemindOften:
		if t.manageReminders(t.text) {
			return
		}
		if in.Kind == IntentRemind {
			if other := reminderPerson(t.text); other.Found() {
				// A new request for someone else replaces the question.
				t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
				t.remindRequest(t.text)
				return
			}
		}
		c := findContactByID(t.p.Contacts, id)
		cad, ok := ParseCadence(t.text, t.a.nudgeHour)
		if !ok {
			cad, ok = ParseCadence("every "+t.text, t.a.nudgeHour)
		}
		if c == nil || !ok {
			t.say("I didn't catch how often. Say something like “every Sunday”, “every 2 weeks” or “every month”.")
			return
		}
		t.setCadence(c, cad)
	case stepRemindTZ, stepRemindTZ2:
		if in.Kind == IntentContacts || asksList(t.text) {
			// "show me my reminders" is served, and the question asked
			// again rather than taken for a place; asked twice already,
			// what waited goes ahead in UTC.
			t.listContacts()
			if step == stepRemindTZ2 {
				t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
				t.addToLast(" Tell me where you are whenever you like — “I live in Lyon” is enough.")
				return
			}
			t.askTimezoneAgain(id, "And which timezone are you in, so they come at the right time?"+tzWays)
			return
		}
		if stopsThemAll(t.text) {
			// "stop all of them" with the question on screen.
			t.allReminders("stop", foldText(t.text))
			return
		}
		if asksReminderTime(t.text) && findContactByID(t.p.Contacts, id) != nil {
			// "what time will that be?": answered, and asked once more.
			t.askTimezoneAgain(id, t.reminderTimeAnswer()+" Which timezone are you in?"+tzWays)
			return
		}
		if t.droppedBeforeZone(id) {
			return
		}
		if more := t.remindContinued(t.text); more || in.Kind == IntentRemind || t.manageReminders(t.text) {
			if more || in.Kind == IntentRemind {
				// Another request typed at the question: the one waiting
				// goes ahead in UTC, then the new one.
				t.afterTimezone(id)
				t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
				t.remindRequest(t.text)
			}
			return
		}
		if name, ok := findLocation(t.text); ok {
			t.p.Profile.Timezone = name
		} else if name, ok := zoneFromLocalClock(t.text, t.now); ok {
			t.p.Profile.Timezone = name
		} else if t.tzMeantElse(id, step == stepRemindTZ2) {
			return
		} else if notAZoneAnswer(t.text, in) {
			// "actually make that 3 weeks", "skip today": acted on.
			t.tzLeftOpen(id, in)
			return
		} else {
			// Asked once: fall back to UTC rather than asking again.
			t.p.Profile.Timezone = "UTC"
			t.say("I couldn't place that, so I'll use UTC for now — you can change it any time in /settings.")
		}
		t.afterTimezone(id)
	case stepRemindName, stepRemindName + "2":
		t.nameCheckAnswer(in, id)
	case stepPlanTime:
		t.planTimeAnswer(in)
	case stepHabitTime:
		t.habitTimeAnswer(id)
	case stepRemindTime:
		h, m, ok := t.typedClock("")
		if !ok {
			return
		}
		c := findContactByID(t.p.Contacts, id)
		cad, ok := Cadence{}, false
		if c != nil {
			cad, ok = ParseCadence(c.Cadence, t.a.nudgeHour)
		}
		if !ok {
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.say(msgStale, menuChoices()...)
			return
		}
		cad.Hour, cad.Minute = h, m
		t.setCadence(c, cad)
	default:
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.remindMenu()
	}
}

// afterTimezone finishes what was waiting for the timezone.
func (t *turn) afterTimezone(id string) {
	switch id {
	case reminderPlan:
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.confirmPlanNudges("")
		return
	case reminderHabit:
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.confirmHabit()
		return
	}
	if c := findContactByID(t.p.Contacts, id); c != nil && strings.HasSuffix(id, "/"+planOnce) && !c.Once.IsZero() {
		// The one-off was worked out before the timezone was known: keep its
		// wall-clock time in the new zone.
		o := c.Once.In(time.UTC)
		c.Once = time.Date(o.Year(), o.Month(), o.Day(), o.Hour(), o.Minute(), 0, 0, t.location())
		t.confirmOnce(c)
		return
	}
	if c := findContactByID(t.p.Contacts, id); c != nil && c.Cadence != "" {
		t.confirmCadence(c)
		return
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("Got it — "+zoneLabel(t.p.Profile.Timezone)+".", menuChoices()...)
}

// remindAfterDraft answers yes to "remind me to check in again in a few weeks?".
func (t *turn) remindAfterDraft(name string) {
	if name == "" {
		t.remindMenu()
		return
	}
	c := t.upsertContact(name, "")
	if c == nil {
		t.say(fmt.Sprintf("You already have %d people on your list — that's as many as I keep.", maxContacts), menuChoices()...)
		return
	}
	c.LastContact = t.now
	t.setCadence(c, Cadence{Kind: CadenceDays, Every: 21, Hour: t.a.nudgeHour})
}

// offerRemindAfterDraft is the question after a finished draft, unless the
// recipient already has a reminder.
//
// A draft for someone's birthday or anniversary told with its day offers
// to keep the date every year instead (said holds what the person typed).
func (t *turn) offerRemindAfterDraft(name string, said []string) (string, []Choice) {
	if name == "" {
		return "", nil
	}
	if q, choices := t.datedAfterDraft(name, said); q != "" {
		return q, choices
	}
	if c := findContactByName(t.p.Contacts, name); c != nil && c.Cadence != "" {
		c.LastContact = t.now
		return "", nil
	}
	t.p.Flow.Offer = &Offer{Kind: "remind", Recipient: name}
	return "Want me to remind you to check in with " + name + " again in a few weeks?",
		[]Choice{{ID: "offer:yes", Label: "Yes"}, {ID: "offer:no", Label: "No thanks"}}
}

// noteContact hears "I talked to Sam yesterday" about someone on the list
// and records it; false when the text is not that.
func (t *turn) noteContact() bool {
	m := reTalkedTo.FindStringSubmatch(t.text)
	if m == nil {
		return false
	}
	c := findContactByName(t.p.Contacts, m[1])
	if c == nil {
		return false
	}
	when := t.now
	switch w := reWhenPast.FindStringSubmatch(strings.ToLower(t.text)); {
	case w == nil:
	case w[1] == "yesterday" || w[1] == "last night":
		when = t.now.Add(-24 * time.Hour)
	case w[1] == "last week":
		when = t.now.Add(-7 * 24 * time.Hour)
	case w[2] != "":
		when = t.now.Add(-time.Duration(countWord(strings.TrimSpace(w[2]))) * 24 * time.Hour)
	}
	if when.After(c.LastContact) {
		c.LastContact = when
	}
	note := ""
	if cad, ok := ParseCadence(c.Cadence, t.a.nudgeHour); ok && !t.p.Profile.RemindersOff {
		if cad.Kind == CadenceDays && cad.Every > 1 {
			next := cad.Next(c.LastContact, t.location())
			if !next.After(t.now) {
				next = cad.Next(t.now, t.location())
			}
			if t.p.Profile.Schedule == nil {
				t.p.Profile.Schedule = map[string]time.Time{}
			}
			t.p.Profile.Schedule[c.ID] = next
		}
		if at, ok := t.p.Profile.Schedule[c.ID]; ok {
			note = " Your next reminder about " + c.Name + " is " + at.In(t.location()).Format("Monday 2 January at 15:04") + "."
		} else {
			note = " Your next reminder about " + c.Name + " comes " + c.Cadence + "."
		}
	}
	t.say("That's good to hear — I've noted that you were in touch with "+c.Name+"."+note, menuChoices()...)
	return true
}

// cadenceRequest takes a short message that names a cadence and a person
// ("every 2 weeks for Sam") as a reminder request; false otherwise. A
// birthday told as news with its day ("my grandpa turns 80 on saturday")
// gets offers instead (offerDated).
//
// It also takes the other things said in words about reminders, the plan
// and where the person lives: "stop reminding me about Ana", "pause all
// reminders", "change Leo to mondays", "stop the plan", "skip to day 3",
// "her birthday is on 14 March", "I live in Lyon".
func (t *turn) cadenceRequest() bool {
	if t.listRequest(t.text) || t.setAhead(t.text) || t.manageReminders(t.text) || t.changeIt(t.text) || t.planWords(t.text) ||
		t.placeStatement(t.text) || t.clockStatement(t.text) || t.stopByClassifier(t.text) || t.listByClassifier(t.text) {
		return true
	}
	if len(strings.Fields(t.text)) > 12 {
		return len(strings.Fields(t.text)) <= 40 && t.offerDated(t.text)
	}
	if _, ok := ParseYearly(t.text); ok {
		t.remindRequest(t.text)
		return true
	}
	if t.offerDated(t.text) {
		return true
	}
	// A day alone ("my grandpa turns 80 on saturday") is no rhythm.
	if cad, ok := ParseCadence(t.text, t.a.nudgeHour); !ok || cad.Kind == CadenceWeekly && !repeats(t.text) {
		return false
	}
	if !hasAnyWord(foldText(t.text), askedNudgeWords) && dayTone(t.text) == toneGripe {
		// "my boss keeps booking meetings at 5pm on fridays" tells of
		// someone else's rhythm, as a complaint: no reminder is asked.
		return false
	}
	name, _ := reminderRecipient(t.text)
	if name == "" {
		return false
	}
	if !t.habitOffer(t.text) {
		t.remindRequest(t.text)
	}
	return true
}

// askedNudgeWords ask for a reminder in so many words.
var askedNudgeWords = wordset.Of(`remind reminder reminders nudge nudges ping prompt`)

// listContacts shows the people the person keeps in touch with and what is due.
func (t *turn) listContacts() {
	if len(t.p.Contacts) == 0 {
		text := "You haven't added anyone yet. Tell me who matters and how often — “remind me to check in with Mum every Sunday”."
		if h := t.p.Profile.Habit; h != "" {
			hour, minute := t.habitClock()
			text += fmt.Sprintf("\n\nYour daily %s prompt comes at %s (your time: %s).", h, clockLabel(hour*60+minute), zoneLabel(t.p.Profile.Timezone))
			if t.p.Profile.RemindersOff {
				text += " Reminders are off at the moment, so it waits until you turn them on."
			}
		}
		t.say(text, Choice{ID: "remind:new", Label: "Stay in touch with someone"})
		return
	}
	loc := t.location()
	var b strings.Builder
	b.WriteString("People you're keeping in touch with:\n")
	for _, c := range t.p.Contacts {
		if c.Name == "" {
			for _, d := range c.Dates {
				b.WriteString("- **" + upFirst(possessive("")+" "+d.What) + "** — " + dateLabel(d) + ", every year\n")
			}
			continue
		}
		line := "- **" + c.Name + "**"
		if c.Relationship != "" && !strings.EqualFold(c.Relationship, c.Name) {
			line += " (" + c.Relationship + ")"
		}
		notes := c.planNotes(t.location())
		switch at, ok := t.p.Profile.Schedule[c.ID]; {
		case c.Paused:
			line += " — paused"
			if !c.ResumeAt.IsZero() {
				line += " until " + c.ResumeAt.In(loc).Format("Mon 2 Jan")
			}
		case c.Cadence == "" && notes != "":
			line += " — " + strings.TrimPrefix(notes, "; ")
			notes = ""
		case c.Cadence == "":
			line += " — no reminder"
		case ok && !at.After(t.now):
			line += " — " + c.Cadence + "; due now"
		case ok:
			line += " — " + c.Cadence + "; next " + at.In(loc).Format("Mon 2 Jan, 15:04")
		default:
			line += " — " + c.Cadence
		}
		line += notes
		if !c.LastContact.IsZero() {
			line += "; last check-in " + ago(t.now.Sub(c.LastContact))
		}
		b.WriteString(line + "\n")
	}
	if t.p.Profile.Habit != "" {
		h, m := t.habitClock()
		b.WriteString("- a daily " + t.p.Profile.Habit + " prompt at " + clockLabel(h*60+m) + "\n")
	}
	if t.p.Profile.RemindersOff {
		b.WriteString("\nReminders are off at the moment.")
	} else {
		b.WriteString("\nTimes are your time (" + zoneLabel(t.p.Profile.Timezone) + ").")
	}
	t.say(b.String(), Choice{ID: "remind:new", Label: "Add someone"}, Choice{ID: "remind:ok", Label: "OK"})
}

// upsertContact finds the contact called name, or adds them; nil when the list is full.
func (t *turn) upsertContact(name, rel string) *Contact {
	if c := findContactByName(t.p.Contacts, name); c != nil {
		if rel != "" && c.Relationship == "" {
			c.Relationship = rel
		}
		return c
	}
	if len(t.p.Contacts) >= maxContacts {
		return nil
	}
	n := 0
	for _, c := range t.p.Contacts {
		if k, err := strconv.Atoi(strings.TrimPrefix(c.ID, "c")); err == nil && k > n {
			n = k
		}
	}
	t.p.Contacts = append(t.p.Contacts, Contact{ID: "c" + strconv.Itoa(n+1), Name: name, Relationship: rel})
	return &t.p.Contacts[len(t.p.Contacts)-1]
}

// findContactByID finds a contact by its id, or by the id of one of its
// reminders ("c1/once", "c1/birthday").
func findContactByID(cs []Contact, id string) *Contact {
	id, _, _ = strings.Cut(id, "/")
	for i := range cs {
		if cs[i].ID == id && id != "" {
			return &cs[i]
		}
	}
	return nil
}

// contactVerbs are what "remind me to …" says when it is about a person.
var contactVerbs = wordset.Of(`call text message ring phone email write check catch visit see reach get keep stay contact
ping dm wish send thank message msg txt facetime video skype zoom meet ask tell congratulate invite reply answer say`)

// reachAnyoneDaily reports a reminder to reach out to no one in particular
// ("text one person", "message a friend", "reach out to someone"), daily or
// with no rhythm of another kind.
func reachAnyoneDaily(folded string) bool {
	folded = foldText(folded)
	if !reReachAnyone.MatchString(folded) {
		return false
	}
	return reDailyWords.MatchString(folded) || !reWeekdayNamed.MatchString(folded) && !strings.Contains(folded, "week")
}

var (
	// reReachAnyone is reaching out to someone unnamed.
	reReachAnyone = mustPattern(`\b(?:text|message|msg|dm|call|ring|phone|contact|reach out to|write to|say hi to|check (?:in )?(?:on|with)|get in touch with|catch up with|send (?:a )?(?:message|text|note) to)\s+(?:(?:one|a|some|any|1)\s+)?(?:person|people|one|someone|somebody|anyone|anybody|friend|friends|mate|new person|different person|person i care about)\b`)
	// reDailyWords say every day.
	reDailyWords = mustPattern(`\b(?:every ?day|daily|each day|every (?:morning|evening|night|weekday)|weekdays|each (?:morning|evening)|every work ?day)\b`)
)
