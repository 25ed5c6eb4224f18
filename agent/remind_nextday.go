package agent

import (
	"strings"
	"time"
)

// "Next Friday" said on a Tuesday means this Friday to some people and the
// Friday of next week to others. A one-off reminder set by it keeps the
// nearer day, names it, and puts the other one tap away.

// otherNextDay is the same weekday a week later when text said "next" and
// a weekday and at, the day worked out, falls in the current week (Monday
// to Sunday) of now; false when the words leave no doubt.
func otherNextDay(text string, at, now time.Time) (time.Time, bool) {
	m := reNextDay.FindStringSubmatch(calendarWords(strings.ToLower(text)))
	if m == nil || m[1] != "next" {
		return time.Time{}, false
	}
	if _, day := weekdayByName[m[2]]; !day {
		return time.Time{}, false
	}
	ay, aw := at.ISOWeek()
	ny, nw := now.In(at.Location()).ISOWeek()
	if ay != ny || aw != nw {
		return time.Time{}, false
	}
	return at.AddDate(0, 0, 7), true
}

// onceWeekLater moves c's one-off reminder a week on (the "next Friday"
// that was meant) and says when it comes now.
func (t *turn) onceWeekLater(c *Contact) {
	if c == nil || c.Once.IsZero() || !c.Once.After(t.now) {
		t.say(msgStale, menuChoices()...)
		return
	}
	c.Once = c.Once.In(t.location()).AddDate(0, 0, 7)
	delete(t.p.Profile.Schedule, c.ID+"/"+planOnce)
	t.confirmOnce(c)
}
