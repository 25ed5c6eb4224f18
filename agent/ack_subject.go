package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Many answers are about someone getting in touch: a call out of the blue,
// a message, a visit, someone checking in, someone opening up. Said back
// in italics they read as not listening; contactAck names who and how in
// the companion's own words, and what such contact tends to mean, by the
// question it answers.

// contact is someone getting in touch with the person: how, who, and
// what it tends to mean.
type contact struct {
	how, who string
	tails    []string
}

// contactWays read how someone got in touch, each with the phrase the
// companion says it with ({p} is who) and what it tends to mean.
var contactWays = []struct {
	re    *regexp.Regexp
	say   string
	tails []string
}{
	{regexp.MustCompile(`\b(?:checking|checked|check) (?:in )?(?:on|up on|in with) me\b|\bjust to (?:check|see how i)`), "{p} checking in on you",
		[]string{"being thought of like that can lift a whole week.", "no wonder that felt good; it's lovely to be on someone's mind.", "that says you matter to them."}},
	{regexp.MustCompile(`\b(?:opened up|talked to me|talk to me|told me about|confided in me|came to me)\b`), "{p} opening up to you",
		[]string{"being trusted with that is a good feeling.", "moments like that say they feel safe with you.", "that kind of trust is worth a lot."}},
	{regexp.MustCompile(`\b(?:a |random |surprise |unexpected |long )*(?:call|phone call|facetime|video call)(?: from)\b|\b(?:called|rang|phoned|facetimed) me\b`), "a call from {p}",
		[]string{"being thought of like that can lift a whole week.", "it's lovely to be on someone's mind.", "that says you matter to them."}},
	{regexp.MustCompile(`\b(?:a |random |surprise |long |sweet )*(?:message|text|voice note|voice message|letter|card) from\b|\b(?:texted|messaged|wrote to|sent) me\b`), "a message from {p}",
		[]string{"it's good to know someone has you in mind.", "being thought of like that counts.", "that says you matter to them."}},
	{regexp.MustCompile(`\b(?:a |surprise )*visit from\b|\b(?:visited me|came round|came over|dropped by|popped round|popped in)\b`), "a visit from {p}",
		[]string{"time together like that fills people up.", "it's good to have people who turn up.", "that kind of company is worth a lot."}},
}

// contactIn is the one person who got in touch in answer, and how, or
// false. An answer where the person is the one reaching out ("i called
// my mum") has no such contact.
func contactIn(answer string, names []string) (contact, bool) {
	folded := foldText(answer)
	if reOwnReachOut.MatchString(folded) {
		return contact{}, false
	}
	ms := singles(answer, names)
	if len(ms) != 1 {
		return contact{}, false
	}
	for _, w := range contactWays {
		if w.re.MatchString(folded) {
			return contact{how: w.say, who: ms[0].Ref, tails: w.tails}, true
		}
	}
	return contact{}, false
}

// reOwnReachOut is the person doing the reaching: "i called", "i texted".
var reOwnReachOut = regexp.MustCompile(`\bi (?:\w+ )?(?:called|rang|texted|messaged|visited|wrote|sent|checked on|reached out)\b`)

// contactAck names someone getting in touch, in answer to a question
// about a good moment, or "".
func contactAck(answer string, names []string, cat, v int) string {
	if cat != qkGood || listen.Lost(answer, names) != "" || leansLow(answer) {
		return ""
	}
	c, ok := contactIn(answer, names)
	if !ok {
		return ""
	}
	tails := c.tails
	if strings.HasSuffix(c.how, "opening up to you") && reIListened.MatchString(foldText(answer)) {
		// "… and i just listened": what the person gave, named too.
		tails = listenedTails
	}
	return fitAck(upFirst(strings.ReplaceAll(c.how, "{p}", c.who)) + " — " + pickAck(tails, v))
}

// reIListened is the person listening: "i just listened", "i let him
// talk".
var reIListened = regexp.MustCompile(`\bi (?:\w+ )?(?:listened|let (?:her|him|them) talk|heard (?:her|him|them) out)\b|\band listened\b`)

// listenedTails follow someone opening up when the person listened.
var listenedTails = []string{
	"and you listened, which is often exactly what's needed.",
	"and you simply listened; that's a lot of what feeling heard is made of.",
	"and you let them talk. Listening like that is a real gift.",
}
