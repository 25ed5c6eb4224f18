package agent

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
)

// A birthday or anniversary asked for without its date: "remind me about
// mums birthday". A yearly date is no check-in rhythm, so "how often?" is
// the wrong question: the companion asks when it is, and keeps it every
// year once told. Half a date ("the 9th", "sometime in april") asks only
// for the half that is missing.

// stepRemindDate waits for the date of a yearly occasion; the step is
// "date:<contact id>:<what>", with ":<day>" when the day was told, or
// ":m<month>" when the month was.
const stepRemindDate = "date"

var (
	// reDayNoMonth is a day of the month said without its month: "is the
	// 9th", "on the 22nd", "it's the 3rd".
	reDayNoMonth = mustPattern(`\b(?:is|on|it'?s|its|falls on|was) (?:the )?(\d{1,2})(?:st|nd|rd|th)\b`)
	// reMonthNoDay is a month said without its day: "sometime in april",
	// "it's in early may", "her birthday is june".
	reMonthNoDay = mustPattern(`\b(?:in|during|around|is|its|it'?s|falls in|was in)\s+(?:(?:early|late|mid|the middle of|the end of|the start of|the beginning of|end of|start of|beginning of)\s+)?(` + monthAlt + `)\b(\s+be\b)?`)
	// reDayAnswer is a day of the month given on its own, answering which
	// day: "12", "the 12th", "on the 3rd i think".
	reDayAnswer = mustPattern(`^\W*(?:(?:on|its|it'?s|it is)\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b`)
)

// yearlyPart is what was told of a yearly date short of the whole of it:
// a day without its month, or a month without its day; zero when neither.
type yearlyPart struct {
	Day   int
	Month time.Month
}

// partOfYearly reads half a date from folded text: the day ("is the 9th")
// or the month ("sometime in april"; "may be" is no month).
func partOfYearly(folded string) yearlyPart {
	if m := reDayNoMonth.FindStringSubmatch(folded); m != nil {
		if d, _ := strconv.Atoi(m[1]); d >= 1 && d <= 31 {
			return yearlyPart{Day: d}
		}
	}
	for _, m := range reMonthNoDay.FindAllStringSubmatch(folded, -1) {
		if m[2] == "" {
			return yearlyPart{Month: monthByName[m[1]]}
		}
	}
	return yearlyPart{}
}

func (p yearlyPart) zero() bool { return p.Day == 0 && p.Month == 0 }

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
	t.askYearlyRest(c, what, partOfYearly(foldText(low)), "")
	return true
}

// askYearlyRest asks for what is still missing of c's yearly date: the
// whole of it, the month of a day told, or the day of a month told. An
// opener ("Nice — ") greets an occasion told as news.
func (t *turn) askYearlyRest(c *Contact, what string, part yearlyPart, opener string) {
	c.Touched = t.now
	whose := possessive(c.Name) + " " + what
	step := stepRemindDate + ":" + c.ID + ":" + what
	const every = "Then I'll remind you a few days before and on the day, every year."
	var q string
	switch {
	case part.Day > 0:
		step += ":" + strconv.Itoa(part.Day)
		q = fmt.Sprintf("%s on the %s — which month? %s", upFirst(whose), ordinal(part.Day), every)
	case part.Month > 0:
		step += fmt.Sprintf(":m%d", part.Month)
		q = fmt.Sprintf("%s in %s — do you know which day? %s", upFirst(whose), part.Month, every)
	default:
		q = fmt.Sprintf("When is %s? A day and a month is enough (“14 March”). %s", whose, every)
	}
	if opener != "" {
		q = opener + lowerFirst(q)
	}
	t.p.Flow = Flow{Name: flowRemind, Step: step, Updated: t.now, Paused: t.p.Flow.Paused}
	t.say(q)
}

// yearlyDateAnswer takes the answer to askYearlyRest's question: a date
// keeps the occasion; anything else asks once more, then lets it go.
func (t *turn) yearlyDateAnswer(id, what string) {
	what, told, _ := strings.Cut(what, ":")
	c := findContactByID(t.p.Contacts, id)
	if c == nil {
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.say("I've lost track of whose "+what+" that was — tell me again, like “Jess's "+what+" is on 14 March”.", menuChoices()...)
		return
	}
	if reYearly.MatchString(strings.ToLower(t.text)) {
		if p := reminderPerson(t.text); p.Found() && findContact(t.p.Contacts, p) != c {
			// "my cousin's bday is 17/09" at the question about grandad's:
			// someone else's date, kept for them as asked; the question
			// still waits.
			asked := t.p.Flow
			t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
			t.remindRequest(t.text)
			if t.p.Flow.Name == "" && len(t.replies) > 0 {
				t.p.Flow = asked
				last := &t.replies[len(t.replies)-1]
				last.Text += "\n\nAnd " + possessive(c.Name) + " " + what + " — when is it?"
			}
			return
		}
	}
	mo, d, ok := parseDate(calendarWords(strings.ToLower(t.text)))
	if !ok {
		mo, d, ok = t.restOfYearly(told)
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

// restOfYearly completes half a date told before (the step's told part,
// "9" or "m4") with the half the answer gives: "march", "the 12th".
func (t *turn) restOfYearly(told string) (time.Month, int, bool) {
	if mo, err := strconv.Atoi(strings.TrimPrefix(told, "m")); err == nil && strings.HasPrefix(told, "m") {
		m := reDayAnswer.FindStringSubmatch(strings.ToLower(t.text))
		if m == nil {
			return 0, 0, false
		}
		d, _ := strconv.Atoi(m[1])
		return time.Month(mo), d, d >= 1 && d <= daysIn(2024, time.Month(mo)) // a leap year: 29 February is a birthday too
	}
	if day, err := strconv.Atoi(told); err == nil {
		mo, ok := monthOnly(calendarWords(t.text))
		return mo, day, ok
	}
	return 0, 0, false
}
