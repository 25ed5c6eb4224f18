package agent

import (
	"fmt"
	"github.com/companion-dev/companion/agent/internal/exclaim"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strconv"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// News is not a request. "my grandpa turns 80 on saturday" tells of a
// birthday: a date that comes back every year, on one day this time. It
// asks for nothing, so nothing is set; the companion offers what fits —
// to remember the date every year, and to help write for the day — and
// acts on the answer. A birthday told while asking for a reminder ("remind
// me of grandpa's 80th on saturday") is kept at once as a yearly date.

var (
	// reAgeTurns is an age about to be reached: "turns 80", "is turning
	// 30", "will be 90", "dad's 60 on friday".
	reAgeTurns = mustPattern(`\b(?:turns|turning|turn|will be|is going to be|gonna be|hits|hitting) (\d{1,3})\b|\b(?:is|'s) (\d{1,3}) (?:on|this|next|tomorrow|tmrw|today|in)\b`)
	// reAgeOrdinal is a birthday said by its number: "nan's 90th", "his
	// 21st", "my mums 60th"; not a day of the month ("the 21st of may").
	reAgeOrdinal = mustPattern(`(?:'s|s|his|her|their) (\d{1,3})(?:st|nd|rd|th)\b(?: (?:birthday|bday|b day|party|celebration|do))?(?: (?:is|on|this|next|tomorrow|tmrw|today|tonight|in))`)
	// reOneDay names a day in words: today, tomorrow, a weekday, or a few
	// days ahead. "next week" or "in june" name no day.
	reOneDay = mustPattern(`\b(?:today|tonight|tomorrow|tmrw|tmr|tomorow|tommorow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|in (?:\d{1,2}|a|one|two|three|four|five|six|a couple of|a few|couple of|few) (?:days?|weeks?|fortnight|months?))\b`)
	reToday  = mustPattern(`\b(?:today|tonight)\b`)
)

// datedOccasion reads a birthday or an anniversary of someone else, said
// with the day it falls on: a date ("14 March"), or a day from now ("on
// saturday", "tomorrow", "in 3 days"), worked out in the person's
// timezone. "my birthday" or a week with no day ("turns 92 next week")
// give false.
// reMissedDay says the day went by unmarked.
var reMissedDay = mustPattern(`\b(?:missed|forgot|forgotten|blanked on|spaced on)\b`)

func (t *turn) datedOccasion(text string) (YearlyDate, bool) {
	s := foldText(text)
	what := ""
	switch m := reYearly.FindStringSubmatch(s); {
	case m != nil:
		what = m[1]
		switch what {
		case "bday", "b-day":
			what = "birthday"
		case "wedding anniversary":
			what = "anniversary"
		case "nameday":
			what = "name day"
		}
	case reAgeTurns.MatchString(s) || reAgeOrdinal.MatchString(s):
		what = "birthday"
	default:
		return YearlyDate{}, false
	}
	if ownNews.MatchString(s) && what != "anniversary" {
		return YearlyDate{}, false
	}
	if mo, d, ok := parseDate(s); ok {
		return YearlyDate{What: what, Month: mo, Day: d}, true
	}
	if s = spanFromToday(s); !reOneDay.MatchString(s) || repeats(s) || reMissedDay.MatchString(s) || eventDayOnly(s) {
		// "i missed his birthday on sunday": that Sunday has gone, and
		// a weekday alone does not say which date it was.
		return YearlyDate{}, false
	}
	day := t.now.In(t.location())
	if !reToday.MatchString(s) {
		// Only the day words: ParseOnce takes a birthday for a yearly
		// date and reads no one-off in it.
		at, ok := ParseOnce(reOneDay.FindString(s), t.now, t.location(), t.a.nudgeHour)
		if !ok {
			return YearlyDate{}, false
		}
		day = at.In(t.location())
	}
	return YearlyDate{What: what, Month: day.Month(), Day: day.Day()}, true
}

// messageWished reports news, folded, told with how the message for it
// should sound: "want something sweet but not cheesy", "maybe no emojis".
func messageWished(f string) bool {
	return draftTone(f) != "" || mannerOfMessage.MatchString(f) || emojiWish.MatchString(f) || lowKeyWish.MatchString(f) || exclaim.Unwanted(f)
}

// emojiWish says whether a message should have emojis.
var emojiWish = mustPattern(`\b(?:no|without|any|with|some|lots of|a few|few|zero|minimal|less|more|loads of) (?:emojis?|emoticons?|smileys?)\b`)

// ageTurning is the age a birthday message says someone reaches, or 0.
func ageTurning(text string) int {
	s := foldText(text)
	age := ""
	if m := reAgeTurns.FindStringSubmatch(s); m != nil {
		age = m[1] + m[2] // one of the two is empty
	} else if m := reAgeOrdinal.FindStringSubmatch(s); m != nil {
		age = m[1]
	}
	n, _ := strconv.Atoi(age)
	if n < 1 || n > 120 {
		return 0
	}
	return n
}

// offerDated answers someone's birthday or anniversary told as news: it
// offers to remember the date every year and to help write for the day.
// It reports false when text is not that, or names nobody.
func (t *turn) offerDated(text string) bool {
	d, ok := t.datedOccasion(text)
	if !ok {
		return false
	}
	p := reminderPerson(text)
	folded := foldText(text)
	if messageWished(folded) || d.What == "birthday" && reToday.MatchString(folded) {
		// "so maybe no emojis": how the message should sound asks for
		// it; a birthday today calls for the message now.
		if !p.Found() || p.Group {
			return false
		}
		t.startDraft(text, false)
		return true
	}
	name := contactName(p)
	switch {
	case !p.Found() && d.What == "anniversary" && reOurDate.MatchString(folded):
		// "our anniversary is on thursday": the person's own date.
		t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
		t.p.Flow.Offer = &Offer{Kind: "yearly", Request: text, Yearly: &d}
		t.say(datedLead(text, d)+fmt.Sprintf("Shall I remember your anniversary, %s, every year? I'd remind you %d days before and on the day.", dateLabel(d), yearlyAhead),
			Choice{ID: "offer:yes", Label: "Remember it every year"}, Choice{ID: "offer:no", Label: "Not now"})
		return true
	case !p.Found() || p.Group || name == "":
		return false
	}
	if c := findContact(t.p.Contacts, p); c != nil {
		for _, x := range c.Dates {
			if x == d {
				// Kept already: the news only calls for a message.
				t.p.Flow.Offer = &Offer{Kind: "draft", Request: text}
				t.say(datedLead(text, d)+"I have "+possessive(c.Name)+" "+d.What+" on "+dateLabel(d)+" already. Shall I help you write to "+c.Name+" for the day?",
					Choice{ID: "offer:yes", Label: "Help me write it"}, Choice{ID: "offer:no", Label: "Not now"})
				return true
			}
		}
	}
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.p.Flow.Offer = &Offer{Kind: "yearly", Recipient: name, Request: text, Yearly: &d}
	t.say(datedLead(text, d)+fmt.Sprintf("Shall I remember %s %s, %s, every year? I'd remind you %d days before and on the day. I can also help you write to %s for it.",
		possessive(name), d.What, dateLabel(d), yearlyAhead, name),
		Choice{ID: "offer:yes", Label: "Remember it every year"},
		Choice{ID: "offer:write", Label: "Help me write to " + name},
		Choice{ID: "offer:no", Label: "Not now"})
	return true
}

// datedLead is the word on the news before the offer.
func datedLead(text string, d YearlyDate) string {
	if n := ageTurning(text); n > 0 && d.What == "birthday" {
		if n%10 == 0 || n >= 18 && n <= 21 {
			return "Turning " + strconv.Itoa(n) + " — what a milestone. "
		}
		return "Turning " + strconv.Itoa(n) + " — lovely. "
	}
	if d.What == "anniversary" {
		return "What a day to mark. "
	}
	return "A " + d.What + " coming up — lovely. "
}

// takeDatedOffer acts on the answer to offerDated: keep the date every
// year, or help write for the day.
func (t *turn) takeDatedOffer(o *Offer, write bool) {
	if write || o.Yearly == nil {
		t.startDraft(o.Request, false)
		return
	}
	if o.Recipient == "" {
		t.yearlyRequest(o.Request, *o.Yearly)
		return
	}
	p := reminderPerson(o.Request)
	c := findContact(t.p.Contacts, p)
	if c == nil {
		c = findContactByName(t.p.Contacts, o.Recipient)
	}
	if c == nil {
		rel := ""
		if contactName(p) == o.Recipient {
			rel = contactRelation(p)
		}
		c = t.upsertContact(o.Recipient, rel)
	}
	t.keepYearly(c, *o.Yearly, people.Person{})
}

// datedAfterDraft is the offer after a finished draft for someone's
// birthday or anniversary told with its day ("its my mate corin's 25th
// tomorrow"): to remember the date every year. It returns "" when the
// draft was for something else, or the date is kept already.
func (t *turn) datedAfterDraft(name string, said []string) (string, []Choice) {
	for _, text := range said {
		d, ok := t.datedOccasion(text)
		if !ok {
			continue
		}
		if c := findContactByName(t.p.Contacts, name); c != nil {
			for _, x := range c.Dates {
				if x.What == d.What {
					return "", nil
				}
			}
		}
		t.p.Flow.Offer = &Offer{Kind: "yearly", Recipient: name, Request: namedDate(name, d), Yearly: &d}
		return fmt.Sprintf("Shall I remember %s %s, %s, every year? I'd remind you %d days before and on the day.",
				possessive(name), d.What, dateLabel(d), yearlyAhead),
			[]Choice{{ID: "offer:yes", Label: "Yes, every year"}, {ID: "offer:no", Label: "No thanks"}}
	}
	return "", nil
}

// namedDate says whose date it is in words a reminder request reads:
// "Corin's birthday is on 6 December".
func namedDate(name string, d YearlyDate) string {
	return possessive(name) + " " + d.What + " is on " + dateLabel(d)
}

// A rhythm the person already keeps ("i ring my dad every sunday") is
// news too: it asks for no reminder, so one is offered.

// habitFillers may open a message before its subject.
var habitFillers = wordset.Of(`so well btw oh and yeah yea ok okay also fyi`)

// habitAdverbs may stand between the subject and its verb.
var habitAdverbs = wordset.Of(`usually always normally often already still generally mostly just tend try to`)

// wishVerbs make "i …" a wish or a request rather than news: "i want to
// call mum every sunday", "i need reminding", "i keep forgetting".
var wishVerbs = wordset.Of(`want wanna need would should must have gotta ought will shall can could might may keep forget
never cant can't won't wont don't dont do did wish hope plan mean meant'd like love`)

// habitNews reports a message that tells of something the person or
// they and others do, as news: it opens with "i" or "we" and a verb that
// is no wish.
func habitNews(folded string) bool {
	w := strings.Fields(folded)
	for len(w) > 0 && habitFillers[w[0]] {
		w = w[1:]
	}
	if len(w) < 2 || w[0] != "i" && w[0] != "we" {
		return false
	}
	w = w[1:]
	for len(w) > 1 && habitAdverbs[w[0]] {
		w = w[1:]
	}
	return !wishVerbs[w[0]]
}

// habitOffer offers a reminder for a rhythm told as news ("we facetime
// my sister every other friday"); false when text is not that.
func (t *turn) habitOffer(text string) bool {
	if !habitNews(foldText(text)) || !repeats(text) {
		return false
	}
	cad, ok := ParseCadence(text, t.a.nudgeHour)
	name, _ := reminderRecipient(text)
	if !ok || name == "" {
		return false
	}
	t.offerCadence(text, cad, name)
	return true
}

// offerCadence answers a rhythm told as news with the offer of a reminder
// that keeps it.
func (t *turn) offerCadence(text string, cad Cadence, name string) {
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.p.Flow.Offer = &Offer{Kind: "cadence", Recipient: name, Request: text}
	t.say("That's a good rhythm to keep. Shall I remind you "+cadenceWords(cad)+" to check in with "+name+", for the weeks that get busy?",
		Choice{ID: "offer:yes", Label: "Yes, remind me"}, Choice{ID: "offer:no", Label: "No thanks"})
}
