package compose

import (
	"regexp"
	"strings"
)

// On a birthday that is still today, "i forgot to call him" is a call
// still owed, not a late wish: the message wishes happy birthday now and
// says the call is coming. Only a birthday itself forgotten, or a call
// missed on a day gone by, makes the wish belated.

// owedContact is a call or text the writer has not made yet, or forgot to
// make: "forgot to call you", "haven't rung you yet".
var owedContact = regexp.MustCompile(`(?i)\b(?:forgot|forgotten|haven'?t|havent|have not|didn'?t|didnt|did not|never|not)(?: (?:yet|even|managed|got round|gotten round|had a chance))?(?: to)? (call|ring|rung|phone|phoned|called|facetime|video ?call|text|texted|message|messaged)\b`)

// dayGone is a time before today: a call missed then was missed on the day.
var dayGone = regexp.MustCompile(`(?i)\b(?:yesterday|last (?:week|night|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|over) the weekend|the other day|ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b`)

// owedOnTheDay reports a sorry for a call or text not made yet, on a
// birthday that is not past, and says what the message owns up to instead.
func owedOnTheDay(sorry string) (string, bool) {
	low := strings.ToLower(sorry)
	m := owedContact.FindStringSubmatch(low)
	if m == nil || strings.Contains(low, "birthday") || strings.Contains(low, "bday") || dayGone.MatchString(low) {
		return "", false
	}
	switch m[1] {
	case "text", "texted", "message", "messaged":
		// This message is the text: only that it comes later in the day.
		return "Sorry this is a bit later in the day than I meant.", true
	}
	return "Sorry I haven't called yet, I'll ring you later today.", true
}
