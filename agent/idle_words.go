package agent

import (
	"fmt"
	"strings"

	"github.com/companion-dev/companion/agent/understand"
)

// Things said in passing with no flow running, which would otherwise reach
// the guide: a local time ("its 11pm here"), a question about which
// reminders are set, and a new time for the reminder just talked about
// ("actually make it 6pm"). Each is matched exactly; fuzzier messages keep
// going to the classifier and the guide.

var (
	// reClockHere is a message that only states the local time, with a
	// word that says it is the person's own: "its 11pm here", "it's 7:30
	// am for me". "it's 2am here and I can't sleep" is about something
	// else and keeps its way.
	reClockHere = mustPattern(`^(?:(?:oh|ok|okay|btw|fyi|also|so|well|hey|hi|fwiw)\b[ ,]*)*(?:it'?s|it is|its)(?: now| currently)? (?:about |around |almost |nearly |just after |just gone )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)? (?:here|for me|where i am|where i live|my time|over here|on my end|on my side|in my (?:city|town|timezone|time zone))(?: (?:now|already|lol|haha|btw|fyi|actually|too|then|ok|okay|right now|just so you know|fwiw))*$`)

	// reListRem asks which reminders are set: "what reminders do i have",
	// "who am i reminding about", "show me my reminders".
	reListRem = mustPattern(`^(?:(?:so|ok|okay|hey|and|remind me|quick question|can you|could you|can u|pls|please|just)\b[ ,]*)*(?:` +
		`(?:what|which)(?: are)?(?: all)?(?: my| the)? (?:current |active )?(?:reminders|nudges)\b` +
		`|(?:show|list|see|check)(?: me)?(?: all)?(?: my| the)? (?:current |active )?(?:reminders|nudges)\b` +
		`|who (?:am i|are you|do you|will you|did i|have i|do i)(?: getting| being)? (?:remind\w*|nudg\w*)` +
		`|do i have any (?:reminders|nudges)\b` +
		`|(?:the |my |show |show me |see |view )?(?:the |my )?(?:list|contacts|contact list|reminders list|reminder list|reminders|people list)(?: please| pls)?\s*[?!.]*$` +
		`|(?:what|whats|what's|wats|who|whos|who's)(?: is| are| else is)? (?:on|in) (?:my|the|your) (?:list|reminders|contacts)\b` +
		`|(?:what|whats|what's|wats|who|whos|who's)(?: is| are| have i got| do i have| have i)? (?:coming up|due|next|up next)(?: for me)?(?: this week| today| tomorrow| soon| next week| this month)?\s*\??$` +
		`|(?:any|my) (?:reminders|nudges)(?: set| on| running)?\s*\??$)`)

	// reListPeople asks who is on the list, in other words than reminders:
	// "which people am i keeping up with", "who've you got me checking in
	// with", "who's on my list". A question word, then the person's own
	// list: keeping up, staying in touch, checking in, being reminded, or
	// the list itself. "who should i keep in touch with" asks for advice.
	reListPeople = mustPattern(`^(?:(?:so|ok|okay|hey|and|um|quick question|remind me|can you tell me|tell me)\b[ ,]*)*` +
		`(?:who|whom|who's|whos|which|what)\b(?: (?:people|persons|friends|mates|folks|contacts|names|ones|person|of my friends))?` +
		`(?: (?:are|is|am|have|do|did|will|were|was|'ve|re)\b)?(?: (?:i|you|we))?(?: (?:got|been|currently|still|actually|already|set|supposed to be|meant to be|keeping|staying))*` +
		`(?: me| us)?[^?]{0,30}\b(?:keep(?:ing)? (?:up|in touch|tabs)|stay(?:ing)? (?:in touch|connected)|catch(?:ing)? up|check(?:ing)? in|remind\w*|nudg\w*|track\w*|follow(?:ing)? up|on (?:my|the|your|our) list|add(?:ed)?|saved|signed me up)\b`)

	// reChangeIt changes "it", the reminder just talked about: "actually
	// make it 6pm", "change that to mondays", "can we do 7 instead".
	reChangeIt = mustPattern(`\b(?:make|change|move|switch|set|put|shift|push|bump) (?:it|that|that one|this|this one|the reminder|the time)(?: to| at| for| on| until)? (?:\d|every|each|mon|tue|wed|thu|fri|sat|sun|daily|weekly|monthly|noon|midnight|morning|evening|night|afternoon)|\b(?:instead|rather)\s*$`)

	// reClockDayPart is a bare hour with the part of the day that says am or
	// pm: "7 in the evening", "11 at night".
	reClockDayPart = mustPattern(`\b(\d{1,2}(?:[:.]\d{2})?) (?:(in the (?:afternoon|evening)|at night|tonight)|in the morning)\b`)
)

// clockStatement sets the timezone from a local time the person states in
// a short message, and says what it took; false when the text is not that.
func (t *turn) clockStatement(text string) bool {
	clock := clockWords(text)
	if len(strings.Fields(clock)) > 10 || !reClockHere.MatchString(clock) {
		return false
	}
	zone, ok := zoneFromLocalClock(clock, t.now)
	if !ok {
		return false
	}
	t.p.Profile.Timezone = zone
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(fmt.Sprintf("Thanks — that puts you at %s, so I'll use that for your reminders. If you'd rather they followed daylight saving, tell me a city near you (“I'm in Toronto”).",
		zoneLabel(zone)), menuChoices()...)
	return true
}

// clockWords is text in lower case with the punctuation around words
// gone but the colon or dot inside a time kept, and a part of the day
// turned into am or pm: "Ok, it's 7 in the evening here!" reads "ok it's
// 7pm here".
func clockWords(text string) string {
	s := strings.ToLower(strings.NewReplacer("’", "'", ",", " ", "!", " ", "?", " ", ";", " ").Replace(text))
	s = strings.TrimRight(strings.TrimSpace(s), ".")
	s = reClockDayPart.ReplaceAllStringFunc(s, func(m string) string {
		sub := reClockDayPart.FindStringSubmatch(m)
		if sub[2] != "" {
			return sub[1] + "pm"
		}
		return sub[1] + "am"
	})
	return strings.Join(strings.Fields(s), " ")
}

// asksList reports whether a short message asks to see the reminders or
// the people kept in touch with.
func asksList(text string) bool {
	folded := foldText(text)
	return len(strings.Fields(folded)) <= 12 && (reListRem.MatchString(folded) || listsPeople(folded))
}

// listRequest lists reminders and plan nudges when asked which are set;
// false when the text is not that question.
func (t *turn) listRequest(text string) bool {
	if !asksList(text) {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.listContacts()
	note := ""
	switch pp := t.p.Plan; {
	case pp.Started.IsZero(), t.p.Profile.RemindersOff:
		// With everything off, the list already says so.
	case pp.NudgesOff:
		note += "\n\nThe 7-day plan sends no daily messages at the moment; /plan picks it up."
	case !t.planPausedUntil().IsZero():
		note += "\n\nThe 7-day plan is paused until " + pp.ResumeAt.In(t.location()).Format("Monday 2 January") + "."
	case pp.NudgeHour != 0:
		note += fmt.Sprintf("\n\nThe 7-day plan sends you its daily step at %02d:00.", pp.NudgeHour)
	}
	if name := exampleContact(t.p.Contacts); name != "" {
		// The example is what the person would type: "my sister", where
		// the list says "your sister".
		if rest, ok := strings.CutPrefix(name, "your "); ok {
			name = "my " + rest
		}
		note += fmt.Sprintf("\n\nTo change one, say so in words: “move %[1]s to Mondays at 6pm”, “pause %[1]s for two weeks”, “stop reminding me about %[1]s”.", name)
	}
	t.addToLast(note)
	return true
}

// exampleContact is the name the list's how-to uses: one of the person's
// own contacts, so the example reads as theirs, one with a repeating
// reminder when there is one; "" when none has a name.
func exampleContact(cs []Contact) string {
	name := ""
	for _, c := range cs {
		switch {
		case c.Name == "":
		case strings.HasPrefix(c.Cadence, "every") && !c.Paused:
			return c.Name
		case name == "":
			name = c.Name
		}
	}
	return name
}

// listsPeople reports a question about who is on the person's list;
// advice on whom to keep up with ("who should i stay in touch with") is
// not that.
func listsPeople(folded string) bool {
	return reListPeople.MatchString(folded) && !reAdviceModal.MatchString(folded)
}

// reAdviceModal asks what one ought to do.
var reAdviceModal = mustPattern(`\b(?:should|shall|could|ought|would|must|need to)\b`)

// listByClassifier lists the reminders when a short question the exact
// patterns miss is surely about reminders ("what have i got set up",
// "show me everything you'll nudge me about") yet names nobody and no
// time: with nothing in it to set, it asks what is set.
func (t *turn) listByClassifier(text string) bool {
	folded := foldText(text)
	if len(strings.Fields(folded)) > 12 || !questionShaped(text, folded) && !reShowVerb.MatchString(folded) {
		return false
	}
	if r := classify(text); !r.Sure() || r.Label != understand.Remind || reminderPerson(text).Found() {
		return false
	}
	_, hasCad := ParseCadence(text, t.a.nudgeHour)
	_, _, hasClock := ParseClock(text)
	_, hasOnce := ParseOnce(text, t.now, t.location(), t.a.nudgeHour)
	_, hasDate := ParseYearly(text)
	if hasCad || hasClock || hasOnce || hasDate {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.listContacts()
	return true
}

// reShowVerb opens a request to see something: "show me…", "list…".
var reShowVerb = mustPattern(`^(?:(?:can you|could you|pls|please|just)\s+)?(?:show|list|tell me|remind me (?:who|what)|read (?:me )?(?:back|out))\b`)

// changeIt gives the reminder just talked about a new time or rhythm:
// "actually make it 6pm" after a reminder about Sam was set. It reports
// false when no reminder was talked about lately or no time is given.
func (t *turn) changeIt(text string) bool {
	folded := foldText(text)
	if len(strings.Fields(folded)) > 10 || !reChangeIt.MatchString(folded) || reHowWhy.MatchString(folded) {
		return false
	}
	if reminderPerson(text).Found() {
		return false
	}
	c := t.recentContact()
	if c == nil || (c.Cadence == "" && c.Once.IsZero()) {
		return false
	}
	_, hasCad := ParseCadence(text, t.a.nudgeHour)
	_, _, hasClock := ParseClock(text)
	if !hasCad && !hasClock {
		return false
	}
	t.changeReminder(c, text)
	return true
}
