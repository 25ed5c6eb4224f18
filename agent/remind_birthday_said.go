package agent

import (
	"fmt"
	"strings"
	"time"
)

// Birthdays told in everyday words, with no reminder asked for: "my
// sister's birthday is coming up", "tomas has a birthday but i dont
// remember when", "mum's bday is the 9th". Each is a yearly date the
// person may want kept: when is asked for, a nudge to find out is offered,
// half a date asks for the other half. The person's own birthday
// is a fact about them (remind_own_birthday.go), never a reminder.

var (
	// reSoonNoDay says a yearly date is near without saying which day.
	reSoonNoDay = mustPattern(`\b(?:coming up|comin up|soon|around the corner|next (?:week|month)|this month|in a (?:few|couple of) weeks)\b`)
	// reDateUnknown says the person does not know when it is.
	reDateUnknown = mustPattern(`\b(?:(?:don'?t|dont|do not|can'?t|cant|cannot|never) (?:\w+ )?(?:remember|recall|know|member)|(?:not|never) (?:sure|certain)|(?:forgot|forget|forgotten)|no idea|no clue|idk|dunno)(?: exactly| when| what (?:day|date))*\b.{0,20}\b(?:when|which day|what day|the date|what date)\b|\bwhen (?:it is|its|it's) (?:exactly )?(?:i (?:don'?t|dont) (?:know|remember))`)
	// reYearlyIs tells when a yearly date is: "birthday is", "bday's on".
	reYearlyIs = mustPattern(`\b(?:birthday|bday|b-day|anniversary)(?:'s| is|s)\b`)
	// reMonthAlone is a month named on its own.
	reMonthAlone = mustPattern(`\b(` + monthAlt + `)\b`)
	// reBirthdayWish asks for a message, which the drafting routes serve.
	reBirthdayWish = mustPattern(`\b(?:write|draft|send|message|text|help me|card|wish (?:her|him|them)|say happy)\b`)
)

// birthdaySaid handles a yearly date of someone else's told in passing,
// without its day; it reports false when text is not that.
func (t *turn) birthdaySaid() bool {
	folded := calendarWords(foldText(t.text))
	m := reYearly.FindStringSubmatch(folded)
	if m == nil || reEvery.MatchString(folded) || reBirthdayWish.MatchString(folded) || eventDayOnly(folded) || len(strings.Fields(folded)) > 20 {
		return false
	}
	what := yearlyWhat(m[1])
	if _, _, dated := parseDate(folded); dated {
		return false
	}
	if _, ok := t.datedOccasion(t.text); ok && reYearlyIs.MatchString(folded) {
		// "ana's birthday is next friday": news of a date, offered to
		// be kept (and written for), not a message begun unasked.
		return t.offerDated(t.text)
	}
	unknown := reDateUnknown.MatchString(folded)
	part := partOfYearly(folded)
	if !unknown && part.zero() && !reSoonNoDay.MatchString(folded) {
		return false
	}
	if ownNews.MatchString(folded) {
		return false
	}
	c, _, _, _ := t.yearlyOwner(t.text, what)
	if c == nil {
		return false
	}
	if unknown {
		c.Touched = t.now
		t.p.Flow.Offer = &Offer{Kind: "cadence", Recipient: c.Name, Request: "check in with " + c.Name + " in 3 days"}
		t.say(fmt.Sprintf("That's easily found out. Want a nudge in a few days to ask %s when it is? And once you know, tell me (“%s %s is on 14 March”) and I'll remember it every year.",
			c.Name, possessive(c.Name), what),
			Choice{ID: "offer:yes", Label: "Yes, nudge me"}, Choice{ID: "offer:no", Label: "No thanks"})
		return true
	}
	opener := ""
	if part.zero() {
		opener = "Nice — "
	}
	t.askYearlyRest(c, what, part, opener)
	return true
}

// monthOnly is a month named alone in an answer ("march", "it's in may"),
// for a day already told.
func monthOnly(text string) (time.Month, bool) {
	m := reMonthAlone.FindStringSubmatch(strings.ToLower(text))
	if m == nil {
		return 0, false
	}
	return monthByName[m[1]], true
}
