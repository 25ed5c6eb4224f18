package agent

import (
	"fmt"
	"strings"
	"time"
)

// planOnce names a contact's one-off reminder after the slash of its id
// ("c1/once"); a yearly date's id ends in what it is ("c1/birthday").
const planOnce = "once"

// contactReminderIDs lists the reminders a contact wants now: the regular
// check-in, the one-off and the yearly dates, none while paused without
// an end.
func contactReminderIDs(c *Contact) []string {
	if c.ID == "" || c.Paused && c.ResumeAt.IsZero() {
		return nil
	}
	var ids []string
	if c.Cadence != "" {
		ids = append(ids, c.ID)
	}
	if !c.Once.IsZero() {
		ids = append(ids, c.ID+"/"+planOnce)
	}
	for _, d := range c.Dates {
		ids = append(ids, c.ID+"/"+dateKey(d.What))
	}
	return ids
}

// dateKey is a yearly date's part of a reminder id: its word, without spaces.
func dateKey(what string) string {
	b := []byte(what)
	for i, c := range b {
		if c == ' ' || c == '/' {
			b[i] = '-'
		}
	}
	return string(b)
}

// findDate finds a contact's yearly date by the key in a reminder id.
func findDate(c *Contact, key string) *YearlyDate {
	for i := range c.Dates {
		if dateKey(c.Dates[i].What) == key {
			return &c.Dates[i]
		}
	}
	return nil
}

// nextPlanned is when a contact's one-off or yearly reminder comes next
// after from.
func (t *turn) nextPlanned(c *Contact, sub string, from time.Time, loc *time.Location) (time.Time, bool) {
	if sub == planOnce {
		if c.Once.After(from) {
			return c.Once, true
		}
		return time.Time{}, false
	}
	d := findDate(c, sub)
	if d == nil {
		return time.Time{}, false
	}
	return nextYearly(*d, from, loc, t.a.nudgeHour), true
}

// sayPlanNudge queues the nudge of a one-off reminder or a yearly date;
// false when it is gone.
func (t *turn) sayPlanNudge(id, sub string, local time.Time) bool {
	c := findContactByID(t.p.Contacts, id)
	if c == nil {
		return false
	}
	if sub == planOnce {
		if c.Once.IsZero() {
			return false
		}
		c.Once = time.Time{}
		what := "a good moment to get in touch with " + c.Name
		if c.OnceFor != "" {
			what = c.OnceFor
		}
		t.say("Here's the reminder you asked for: "+what+".",
			Choice{ID: "remind:draft:" + c.ID, Label: "Draft it for me"},
			Choice{ID: "remind:done:" + c.ID, Label: "Done"},
			Choice{ID: "remind:later:" + c.ID, Label: "Remind me tomorrow"})
		return true
	}
	d := findDate(c, sub)
	if d == nil {
		return false
	}
	y, m, day := local.Date()
	whose := possessive(c.Name) + " " + d.What
	var text string
	if m == d.Month && day == d.Day {
		text = "Today is " + whose + "."
		if c.Name != "" && d.What == "birthday" {
			text += " A short message from you could make " + c.Name + "'s day."
		}
	} else {
		on := time.Date(y, d.Month, d.Day, 0, 0, 0, 0, local.Location())
		if on.Before(local) {
			on = on.AddDate(1, 0, 0)
		}
		days := int(on.Sub(time.Date(y, m, day, 0, 0, 0, 0, local.Location())).Hours()/24 + 0.5)
		text = upFirst(whose) + fmt.Sprintf(" is on %s (%s) — in %d days.", on.Weekday(), dateLabel(*d), days)
		if c.Name != "" {
			text += " Time to plan a message or a call?"
		}
	}
	choices := []Choice{{ID: "remind:stop:" + id, Label: "Stop these"}}
	if c.Name != "" {
		choices = append([]Choice{{ID: "remind:draft:" + id, Label: "Draft it for me"}}, choices...)
	}
	t.say(text, choices...)
	return true
}

// possessive writes "Jess's", or "your" for a date with no one's name.
func possessive(name string) string {
	if name == "" {
		return "your"
	}
	if strings.HasPrefix(name, "your ") && strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss") {
		// "your parents'": a plural said with its relation word. A name
		// ending in s keeps its 's ("James's").
		return name + "'"
	}
	return name + "'s"
}

// planNotes lists a contact's one-off reminder and yearly dates for the
// contact list: "; once, Fri 27 Nov 10:00; birthday 14 March".
func (c Contact) planNotes(loc *time.Location) string {
	var parts []string
	if !c.Once.IsZero() {
		parts = append(parts, "once, "+c.Once.In(loc).Format("Mon 2 Jan 15:04"))
	}
	for _, d := range c.Dates {
		parts = append(parts, d.What+" "+dateLabel(d))
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, "; ")
}
