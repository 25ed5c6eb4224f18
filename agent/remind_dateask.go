package agent

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A birthday or anniversary asked for without its date: "remind me about
// mums birthday". A yearly date is no check-in rhythm, so "how often?" is
// the wrong question: the companion asks when it is, and keeps it every
// year once told.

// stepRemindDate waits for the date of a yearly occasion; the step is
// "date:<contact id>:<what>".
const stepRemindDate = "date"

// askYearlyDate asks for the date of the yearly occasion text names, for
// whoever it names; false when text names no birthday or anniversary, or
// names a date or a rhythm already.
func (t *turn) askYearlyDate(text string) bool {
	low := calendarWords(strings.ToLower(text))
	m := reYearly.FindStringSubmatch(low)
	if m == nil || reEvery.MatchString(low) {
		return false
	}
	if _, _, dated := parseDate(low); dated {
		return false
	}
	what := yearlyWhat(m[1])
	c, _, _, _ := t.yearlyOwner(text, what)
	if c == nil {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("Whose " + what + " is it, and when? Tell me like this: “Jess's " + what + " is on 14 March”.")
		return true
	}
	c.Touched = t.now
	t.p.Flow = Flow{Name: flowRemind, Step: stepRemindDate + ":" + c.ID + ":" + what, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(fmt.Sprintf("When is %s %s? A day and a month is enough (“14 March”), and I'll remind you a few days before and on the day, every year.",
		possessive(c.Name), what))
	return true
}

// yearlyDateAnswer takes the answer to askYearlyDate's question: a date
// keeps the occasion; anything else asks once more, then lets it go.
func (t *turn) yearlyDateAnswer(id, what string) {
	what, dayTold, _ := strings.Cut(what, ":")
	c := findContactByID(t.p.Contacts, id)
	if c == nil {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("I've lost track of whose "+what+" that was — tell me again, like “Jess's "+what+" is on 14 March”.", menuChoices()...)
		return
	}
	mo, d, ok := parseDate(calendarWords(strings.ToLower(t.text)))
	if day, err := strconv.Atoi(dayTold); !ok && err == nil {
		// "the 9th" told before, the month now: "march".
		mo, ok = monthOnly(calendarWords(t.text))
		d = day
	}
	if ok {
		t.keepYearly(c, YearlyDate{What: what, Month: mo, Day: d}, people.Person{})
		return
	}
	if t.p.Flow.Asked > 0 || hesitantAlone(t.text) {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("No problem — tell me whenever you know it, like “"+c.Name+"'s "+what+" is on 14 March”.", menuChoices()...)
		return
	}
	t.p.Flow.Asked++
	t.say("I need the day and the month — “3 June” or “june 3rd”, say. When is " + possessive(c.Name) + " " + what + "?")
}
