package agent

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// stepHabitTime waits for the time of the daily habit prompt; the prompt's
// kind ("morning" or "evening") follows after a colon.
const stepHabitTime = "habittime"

var (
	// reBareHour is a clock with nothing but an hour: "at 7", "by 9".
	reBareHour = mustPattern(`^(?:at|around|by|@) ?(\d{1,2})\W?$`)
	// reClockWord is the word before a clock, left out when quoting it back.
	reClockWord = mustPattern(`^(?:at|around|by|@) ?`)
)

// habitRequest turns on the daily prompt which from a typed request,
// keeping a time it names ("a daily nudge at 23:00"). The words that name
// the prompt ("morning nudge") say which prompt, not when.
func (t *turn) habitRequest(which, text string) {
	rest := reHabitEve.ReplaceAllString(reHabitMorn.ReplaceAllString(strings.ToLower(text), " "), " ")
	match := reClock.FindString(rest)
	if match == "" {
		t.setHabit(which, "")
		return
	}
	h, m, ok := habitClockIn(match, which)
	if !ok {
		t.askHabitTime(which, badClock(match))
		return
	}
	t.setHabit(which, clockLabel(h*60+m))
}

// habitClockIn reads a clock for the daily prompt which. A bare hour leans
// to the prompt's part of the day: "a morning nudge at 7" is 07:00, "an
// evening check at 9" is 21:00.
func habitClockIn(text, which string) (hour, minute int, ok bool) {
	if b := reBareHour.FindStringSubmatch(text); b != nil {
		n, _ := strconv.Atoi(b[1])
		switch {
		case n < 1 || n > 11:
		case which == "morning":
			return n, 0, true
		case which == "evening":
			return n + 12, 0, true
		}
	}
	return ParseClock(text)
}

// setHabit turns on the daily prompt which at the local time at ("HH:MM"),
// or at the prompt's usual time when at is empty.
func (t *turn) setHabit(which, at string) {
	if which != "morning" && which != "evening" {
		t.say(msgStale, menuChoices()...)
		return
	}
	pr := &t.p.Profile
	pr.Habit, pr.HabitTime, pr.RemindersOff = which, at, false
	delete(pr.Schedule, reminderHabit)
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	if at != "" && pr.Timezone == "" {
		// A time the person names is their time: find out where that is.
		t.askTimezoneFirst(reminderHabit)
		return
	}
	t.confirmHabit()
}

// confirmHabit says when the daily prompt comes, and where the quiet hours
// really put it.
func (t *turn) confirmHabit() {
	what := "a nudge to send one supportive message to someone"
	if t.p.Profile.Habit == "evening" {
		what = "a question about one good interaction you had that day"
	}
	h, m := t.habitClock()
	t.say(fmt.Sprintf("Every day at %s (your time: %s) I'll send %s. Tap “Stop these” under one whenever you've had enough.",
		clockLabel(h*60+m), zoneLabel(t.p.Profile.Timezone), what)+t.quietNoteNext(reminderHabit, "each prompt"),
		Choice{ID: "remind:habittime", Label: "Change time"},
		Choice{ID: "remind:ok", Label: "OK"})
}

// habitClock is the local time of the daily prompt: the one the person
// chose, or the usual one for the prompt.
func (t *turn) habitClock() (hour, minute int) {
	if at, err := time.Parse("15:04", t.p.Profile.HabitTime); err == nil {
		return at.Hour(), at.Minute()
	}
	if t.p.Profile.Habit == "evening" {
		return eveningHour, 0
	}
	return t.a.nudgeHour, 0
}

// askHabitTime asks what time the daily prompt which should come; bad is
// a time the person gave that is not on the clock, or empty.
func (t *turn) askHabitTime(which, bad string) {
	t.p.Flow = Flow{Name: flowRemind, Step: stepHabitTime + ":" + which, Updated: t.now, Paused: t.p.Flow.Paused}
	text := "What time would you like the daily prompt? For example “8:00”, “7:30 am” or “9pm”."
	if bad == "" {
		t.say(text)
		return
	}
	usual := eveningHour
	if which == "morning" {
		usual = t.a.nudgeHour
	}
	t.say(notAClock(bad)+" "+text, Choice{ID: "remind:habit:" + which, Label: fmt.Sprintf("Use %02d:00", usual)})
}

// habitTimeAnswer sets the daily prompt which to the time the person typed.
func (t *turn) habitTimeAnswer(which string) {
	if h, m, ok := t.typedClock(which); ok {
		t.setHabit(which, clockLabel(h*60+m))
	}
}

// typedClock reads the time the person typed as an answer, leaning a bare
// hour to the daily prompt which (empty for none); when there is no time
// of day it asks again and returns false.
func (t *turn) typedClock(which string) (hour, minute int, ok bool) {
	s := "at " + strings.TrimPrefix(strings.ToLower(t.text), "at ")
	if bad := badClock(s); bad != "" {
		t.say(notAClock(bad) + " Something like “8:00”, “7:30 am” or “9pm”, please.")
		return 0, 0, false
	}
	if hour, minute, ok = habitClockIn(s, which); !ok {
		t.say("I didn't catch a time. Something like “9:00”, “7pm” or “in the evening”, please.")
	}
	return hour, minute, ok
}

// badClock returns the first clock in s when it is not a time of day
// ("25:00", "7:75"), for quoting back; empty otherwise.
func badClock(s string) string {
	m := reClock.FindString(strings.ToLower(s))
	if m == "" {
		return ""
	}
	if _, _, ok := ParseClock(m); ok {
		return ""
	}
	return strings.TrimRight(reClockWord.ReplaceAllString(m, ""), " .,;:!?")
}

// notAClock says kindly why bad is not a time.
func notAClock(bad string) string {
	return "“" + bad + "” isn't a time I can use — hours go from 0 to 23 and minutes from 00 to 59."
}
