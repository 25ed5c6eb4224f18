package agent

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A person sets their own quiet hours in words: "don't message me after
// 10pm", "quiet hours 11pm to 7am", "nothing before 9am", "not on
// weekends". They replace the operator's hours for that person only; the
// operator's stay the default, and saying "remove my quiet hours" goes
// back to them.

// QuietHours is when a person asked to hear nothing from the companion.
type QuietHours struct {
	// Start and End are minutes after midnight in the person's time;
	// nothing is sent from Start until End. Equal values mean no nightly
	// quiet hours.
	Start int `json:"start"`
	End   int `json:"end"`
	// Weekends is set when nothing should come on Saturdays and Sundays.
	Weekends bool `json:"weekends,omitempty"`
}

// quietPolicy is pol with the person's own quiet hours, when they set them.
func (t *turn) quietPolicy(pol NudgePolicy) NudgePolicy {
	if q := t.p.Profile.Quiet; q != nil {
		pol.QuietStart, pol.QuietEnd = q.Start, q.End
	}
	return pol
}

// quietHours are the hours in force for the person: theirs, else the
// operator's.
func (t *turn) quietHours() QuietHours {
	if q := t.p.Profile.Quiet; q != nil {
		return *q
	}
	return QuietHours{Start: t.a.quiet.QuietStart, End: t.a.quiet.QuietEnd}
}

// quietUntil is when a nudge due at local may go out under q and pol's
// nightly hours: local itself when nothing holds it back. A weekend held
// quiet moves it to Monday, at the end of the nightly hours or at the
// usual nudge hour.
func quietUntil(local time.Time, q QuietHours, pol NudgePolicy, nudgeHour int) (time.Time, bool) {
	loc := local.Location()
	if q.Weekends && (local.Weekday() == time.Saturday || local.Weekday() == time.Sunday) {
		days := 1
		if local.Weekday() == time.Saturday {
			days = 2
		}
		wake := nudgeHour * 60
		if pol.QuietStart != pol.QuietEnd {
			wake = pol.QuietEnd
		}
		return time.Date(local.Year(), local.Month(), local.Day()+days, wake/60, wake%60, 0, 0, loc), true
	}
	if inQuietHours(local, pol) {
		return nextClock(local, pol.QuietEnd, loc), true
	}
	return local, false
}

// quietLabel says quiet hours in words: "22:00–08:00, and all weekend".
func quietLabel(q QuietHours) string {
	s := "none"
	if q.Start != q.End {
		s = clockLabel(q.Start) + "–" + clockLabel(q.End)
	}
	if q.Weekends {
		if q.Start == q.End {
			return "all weekend"
		}
		s += ", and all weekend"
	}
	return s
}

// quietChange is what a message asks of the quiet hours.
type quietChange struct {
	start, end   int  // minutes after midnight; -1 when not said
	weekends     bool // nothing on weekends
	weekendsOpen bool // weekends are fine again
	reset        bool // back to the default hours
	none         bool // no quiet hours at all
	show         bool // only asks what they are
}

var (
	// reQuietTopic names quiet hours or not being disturbed.
	reQuietTopic = mustPattern(`\b(?:quiet (?:hours?|times?|time)|do not disturb|dnd|sleep hours)\b`)
	// reNoContact asks the companion not to write: "don't message me",
	// "can u not send me stuff", "no reminders", "nothing".
	reNoContact = mustPattern(`(?:^|[,.!?;] ?)(?:(?:ok|okay|hey|hi|hello|also|and|but|so|btw|please|pls|plz|oh|just|yeah|actually|hmm|um)[ ,]+)*(?:(?:(?:can|could|would|will) (?:you|u) (?:please |pls )?not|(?:please |pls |plz )?(?:don'?t|do not|dont|never|stop)) (?:\w+ )?(?:message|messaging|text|texting|send|sending|ping|pinging|remind|reminding|bother|bothering|nudge|nudging|disturb|disturbing|contact|contacting|write|writing|notify|notifying|buzz|buzzing)(?: me\b| anything| stuff| things)?|(?:no|nothing)(?: more)?(?: \w+)? (?:messages|msgs|texts|reminders|nudges|pings|notifications|from (?:you|u)|before|after|past|until|till|on)\b)`)
	// reQuietWeekend is the weekend, or Saturdays and Sundays.
	reQuietWeekend = mustPattern(`\b(?:on |at |over |during )?(?:the )?(?:weekends?|saturdays? and sundays?|sat and sun)\b`)
	// reWeekendsOpen says weekends are fine after all.
	reWeekendsOpen = mustPattern(`\b(?:weekends? (?:are|is) (?:fine|ok|okay|good|alright)|(?:you can|u can|feel free to|it'?s fine to|its fine to|ok to|okay to) (?:\w+ )?(?:message|text|send|remind|ping|write)(?: me| stuff)? (?:on|at|over) (?:the )?weekends?)\b`)
	// reQuietReset takes the person's own quiet hours away: the usual
	// ones hold again.
	reQuietReset = mustPattern(`\b(?:remove|clear|delete|reset|undo|cancel|drop|forget|scrap)(?: (?:my|the|those|these|all))? quiet (?:hours?|times?)\b|\bquiet (?:hours?|times?) back to (?:normal|default|the default|usual|the usual)\b`)
	// reQuietNone asks for nothing held back at all: quiet hours turned
	// off, whoever set them.
	reQuietNone = mustPattern(`\b(?:no (?:more )?quiet (?:hours?|times?)(?: at all)?|(?:turn|switch|shut) (?:off )?(?:(?:my|the|those|these|all|all the) )?quiet (?:hours?|times?)(?: off)?|(?:disable|get rid of|dont need|don'?t need|do not need|don'?t want|dont want|do not want)(?: (?:my|the|any|those|all))? quiet (?:hours?|times?)|quiet (?:hours?|times?) off|(?:message|text|remind|ping|write to) me (?:any ?time|whenever|at any hour|day or night)|any ?time is (?:fine|ok|okay))\b`)
	// reQuietShow asks what the quiet hours are.
	reQuietShow = mustPattern(`\b(?:what|when) (?:are|r|is) (?:my |the |your )?quiet (?:hours?|times?)\b|\b(?:show|tell me|check) (?:me )?(?:my |the )?quiet (?:hours?|times?)\b|^quiet (?:hours?|times?)\??$`)
	// reQuietClock is a time of day: "10pm", "22:00", "7.30 am", "9",
	// "midnight", "noon".
	reQuietClock = mustPattern(`\b(?:(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?|(midnight|noon|midday))(?:\b|$)`)
	// reQuietRange is two times: "11pm to 7am", "from 10 till 8",
	// "between 22:00 and 07:00", "10pm-8am".
	reQuietRange = mustPattern(`(?:from |between )?(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|midnight|noon|midday)\s*(?:to|till|til|until|through|-|–|and)\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|midnight|noon|midday)\b`)
	// reQuietFrom and reQuietTill lead the start and the end.
	reQuietFrom = mustPattern(`\b(?:after|past|later than|from|beyond)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|midnight|noon|midday)`)
	reQuietTill = mustPattern(`\b(?:before|earlier than|until|till|til|prior to)\s+(\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?|midnight|noon|midday)`)
)

// quietClock reads one time of day; evening says how a bare hour with
// no am or pm is meant (after 10 is the evening, before 9 the morning).
func quietClock(s string, evening bool) (int, bool) {
	m := reQuietClock.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, false
	}
	switch m[4] {
	case "midnight":
		return 0, true
	case "noon", "midday":
		return 12 * 60, true
	}
	h, err := strconv.Atoi(m[1])
	if err != nil {
		return 0, false
	}
	mi := 0
	if m[2] != "" {
		mi, _ = strconv.Atoi(m[2])
	}
	pmUpTo := 0
	if evening {
		pmUpTo = 11
	}
	if h, mi, ok := dayClock(h, mi, m[3], m[2] != "", pmUpTo); ok {
		return h*60 + mi, true
	}
	return 0, false
}

// quietFold lowers text and evens out its apostrophes and spaces, keeping
// the colons and dashes that times are written with.
func quietFold(text string) string {
	s := strings.NewReplacer("’", "'", "‘", "'", "`", "'").Replace(strings.ToLower(text))
	return strings.Join(strings.Fields(s), " ")
}

// quietAsked reads what a message asks of the quiet hours; false when it
// is not about them.
func quietAsked(folded string) (quietChange, bool) {
	c := quietChange{start: -1, end: -1}
	topic := reQuietTopic.MatchString(folded)
	switch {
	case reQuietReset.MatchString(folded):
		c.reset = true
		return c, true
	case reQuietNone.MatchString(folded):
		c.none = true
		return c, true
	case reWeekendsOpen.MatchString(folded):
		c.weekendsOpen = true
		return c, true
	}
	if !topic && !reNoContact.MatchString(folded) {
		return c, false
	}
	if m := reQuietRange.FindStringSubmatch(folded); m != nil {
		s, ok1 := quietClock(m[1], true)
		e, ok2 := quietClock(m[2], false)
		if ok1 && ok2 {
			c.start, c.end = s, e
		}
	}
	if c.start < 0 {
		if m := reQuietFrom.FindStringSubmatch(folded); m != nil {
			if s, ok := quietClock(m[1], true); ok {
				c.start = s
			}
		}
	}
	if c.end < 0 {
		if m := reQuietTill.FindStringSubmatch(folded); m != nil {
			if e, ok := quietClock(m[1], false); ok {
				c.end = e
			}
		}
	}
	c.weekends = reQuietWeekend.MatchString(folded)
	if c.start < 0 && c.end < 0 && !c.weekends {
		if topic && reQuietShow.MatchString(folded) || topic && len(strings.Fields(folded)) <= 6 {
			c.show = true
			return c, true
		}
		return c, false
	}
	return c, true
}

// quietTold changes or shows the quiet hours a message asks about, outside
// any flow or in the settings; false when the message is not about them.
func (t *turn) quietTold() bool {
	if t.m.Group || t.p.Flow.Name != "" && t.p.Flow.Name != flowSettings && t.p.Flow.Name != flowRemind {
		return false
	}
	c, ok := quietAsked(quietFold(t.text))
	if !ok {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.applyQuiet(c)
	return true
}

// applyQuiet makes the change c and says what the hours are now.
func (t *turn) applyQuiet(c quietChange) {
	q := t.quietHours()
	def := QuietHours{Start: t.a.quiet.QuietStart, End: t.a.quiet.QuietEnd}
	if def.Start == def.End {
		// With no default hours, one end said alone pairs with a night's.
		def = QuietHours{Start: 22 * 60, End: 8 * 60}
	}
	switch {
	case c.show:
		t.say("Your quiet hours: "+quietLabel(q)+" (your time). Reminders that fall inside wait until they end. "+
			"Tell me in words to change them — “nothing after 9pm”, “not on weekends”, or “remove my quiet hours”.", menuChoices()...)
		return
	case c.reset:
		t.p.Profile.Quiet = nil
		t.say("Done — back to the usual quiet hours: "+quietLabel(t.quietHours())+" (your time).", menuChoices()...)
		return
	case c.none:
		t.p.Profile.Quiet = &QuietHours{}
		t.say("Done — no quiet hours: reminders come at the times they're set for, day or night. Say “quiet hours 10pm to 8am” to bring some back.", menuChoices()...)
		return
	case c.weekendsOpen:
		q.Weekends = false
		t.p.Profile.Quiet = &q
		t.say("Done — weekends are open again. Quiet hours now: "+quietLabel(q)+" (your time).", menuChoices()...)
		return
	}
	if c.start >= 0 || c.end >= 0 {
		if q.Start == q.End {
			q.Start, q.End = def.Start, def.End
		}
		if c.start >= 0 {
			q.Start = c.start
		}
		if c.end >= 0 {
			q.End = c.end
		}
	}
	if c.weekends {
		q.Weekends = true
	}
	t.p.Profile.Quiet = &q
	lead := "Done — "
	if q.Start != q.End {
		lead += fmt.Sprintf("nothing from me between %s and %s", clockLabel(q.Start), clockLabel(q.End))
		if q.Weekends {
			lead += ", or at the weekend"
		}
	} else {
		lead += "nothing from me at the weekend"
	}
	t.say(lead+" (your time, "+zoneLabel(t.p.Profile.Timezone)+"). A reminder that falls inside waits until the quiet time ends. "+
		"Change it any time in words, or say “remove my quiet hours”.", menuChoices()...)
}

// quietAnswer takes the answer to "When should I stay quiet?" in the
// settings: times, "not on weekends", or "none".
func (t *turn) quietAnswer(in Intent) {
	folded := quietFold(t.text)
	c, ok := quietAsked(folded)
	if !ok || c.show {
		c, ok = quietAsked("quiet hours " + folded)
	}
	if (!ok || c.show) && (in.Kind == IntentNo || hasAnyWord(folded, map[string]bool{"none": true, "off": true, "nothing": true})) {
		c, ok = quietChange{start: -1, end: -1, none: true}, true
	}
	if !ok || c.show {
		if in.Kind == IntentDone || in.Kind == IntentSkip || in.Kind == IntentBack {
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.say("All set — quiet hours stay "+quietLabel(t.quietHours())+".", menuChoices()...)
			return
		}
		t.say("I didn't catch the times — try “10pm to 8am”, “nothing before 9am”, “not on weekends”, or say “cancel”.")
		return
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.applyQuiet(c)
}
