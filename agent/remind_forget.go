package agent

import (
	"slices"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// Taking someone off the list in words ("delete grandma", "remove josh
// from my list", "take priya off the list"), a pause until a month or a
// season ("pause priya until january", "until after christmas"), and
// "turn them back on" after every reminder was turned off.

// reDropPerson asks to take someone off the list; who is captured, and
// counts only when it is someone on the list.
var reDropPerson = mustPattern(`^(?:(?:actually|ok|okay|oh|and|also|just|please|pls|can you|could you|can u|now|so)[ ,]+)*(?:delete|remove|erase|forget about|forget|get rid of|drop|take)\s+(?:my\s+)?(.{1,40}?)(?:\s+(?:off|from|out of)\s+(?:my |the )?(?:list|contacts|reminders|people))?(?:[ ,]+(?:please|pls|thanks|too|as well|entirely|completely|altogether|for good|actually|then|instead|after all|i guess|lol))*[ .!]*$`)

// reForgetWhat is what "forget" is said of: "forget kofi", "forget about".
var reForgetWhat = mustPattern(`\bforget\s+(\w+)`)

// bareForget reports "forget" said without "about": "forget kofi".
func bareForget(folded string) bool {
	m := reForgetWhat.FindStringSubmatch(folded)
	return m != nil && m[1] != "about"
}

// droppedContact is the contact text asks to take off the list; nil when
// it asks no such thing or names no one on the list. who is the person it
// names when that is all it names ("remove my grandma"), on the list or
// not.
func droppedContact(cs []Contact, text string) (c *Contact, who people.Person) {
	m := reDropPerson.FindStringSubmatch(foldText(text))
	if m == nil || reRemWord.MatchString(m[1]) {
		// "delete the reminder for josh" stops a reminder and keeps
		// Josh on the list (remindOp).
		return nil, people.Person{}
	}
	if len(strings.Fields(m[1])) <= 2 {
		who = people.Find(m[1])
	}
	return findContactByName(cs, m[1]), who
}

// dropContact takes someone off the list when text asks to; false when it
// does not.
func (t *turn) dropContact(text string) bool {
	c, who := droppedContact(t.p.Contacts, text)
	if c == nil && bareForget(foldText(text)) {
		// "forget my ex" may be said of anyone: only someone on the
		// list is taken off it.
		return false
	}
	if c == nil && who.Found() && !who.Group {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("I don't have "+contactName(who)+" on your list, so there's nothing to remove. /contacts shows who's on it.", menuChoices()...)
		return true
	}
	if c == nil {
		return false
	}
	name := c.Name
	t.p.Contacts = slices.DeleteFunc(t.p.Contacts, func(x Contact) bool { return x.ID == c.ID })
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.syncReminders(true)
	t.say("Done — "+name+" is off your list, reminders and dates included. You can add them again any time.", menuChoices()...)
	return true
}

// dropAtRemind takes someone off the list while a reminder is being set:
// "forget jade actually", or "remove her then" of the person the question
// on screen is about; the question goes with them. False when text asks
// no such thing.
func (t *turn) dropAtRemind() bool {
	if c, _ := droppedContact(t.p.Contacts, t.text); c != nil {
		return t.dropContact(t.text)
	}
	m := reDropPerson.FindStringSubmatch(foldText(t.text))
	_, id, _ := strings.Cut(t.p.Flow.Step, ":")
	c := findContactByID(t.p.Contacts, id)
	if m == nil || c == nil || !droppedPronoun[m[1]] {
		return false
	}
	return t.dropContact("forget " + strings.ToLower(c.Name))
}

// droppedPronoun are the words for the person a question is about.
var droppedPronoun = map[string]bool{"him": true, "her": true, "them": true, "that one": true, "this one": true,
	"it": true, "that": true, "this": true, "them off": true}

// reUntilSeason is a pause's end said as a month or a season: "until
// january", "till the new year", "until after christmas", "until next
// month".
var reUntilSeason = mustPattern(`\b(?:until|till|til|untill)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+)?(?:(?:after\s+)?(?:the\s+)?(new ?years?|christmas|xmas|the holidays|holidays|next month|next week|` + monthAlt + `))\b`)

// seasonEnd is when a pause said with reUntilSeason ends: the first of the
// month named (the next one to come), the day after Boxing Day, the new
// year, next month's first or next Monday; zero when folded says none.
func seasonEnd(folded string, now time.Time) time.Time {
	m := reUntilSeason.FindStringSubmatch(folded)
	if m == nil {
		return time.Time{}
	}
	day := func(y int, mo time.Month, d int) time.Time { return time.Date(y, mo, d, 0, 0, 0, 0, now.Location()) }
	next := func(mo time.Month, d int) time.Time {
		at := day(now.Year(), mo, d)
		if !at.After(now) {
			at = day(now.Year()+1, mo, d)
		}
		return at
	}
	switch w := strings.ReplaceAll(m[1], " ", ""); w {
	case "newyear", "newyears":
		return next(time.January, 1)
	case "christmas", "xmas":
		return next(time.December, 27)
	case "theholidays", "holidays":
		return next(time.January, 2)
	case "nextmonth":
		return day(now.Year(), now.Month()+1, 1)
	case "nextweek":
		n := (8 - int(now.Weekday())) % 7
		if n == 0 {
			n = 7
		}
		return day(now.Year(), now.Month(), now.Day()+n)
	default:
		mo := monthByName[m[1]]
		if mo == now.Month() {
			// "until december", said in December: the next one.
			return day(now.Year()+1, mo, 1)
		}
		return next(mo, 1)
	}
}

// reThemIt is "them", "it" or "everything" said of what was turned off.
var reThemIt = mustPattern(`\b(?:them|it|everything|em)\b`)
