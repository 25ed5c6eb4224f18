package compose

import (
	"regexp"
	"strings"
)

// Amends are what the writer means to do to put a wrong right, and an
// apology says them: "want to own it and pay for the repair", "i'd like to
// offer to book it again", "tell him ill email the client to clarify". A
// treat offered ("dinner's on me next time she's in town") is said to them
// in any message. Both are read by their shape: a wish or a promise of the
// writer's, the leads that only frame it ("own it and", "offer to", "tell
// him"), then a verb of making good.

var (
	// amendsLead frames what the writer will do.
	amendsLead = regexp.MustCompile(`(?i)^(?:(?:and|so|but|also|maybe|then)\s+)*(?:i\s*)?(?:(?:really|also|just|honestly)\s+)*(?:(?:want|wanna|would like|'d like|d like|'d love|would love|plan|mean|am going|'m going|m going|gonna|need|have)(?:\s+to)?\s+)?` +
		`(?:(?:(?:fix|own|admit) (?:it|up|up to it|that)|make (?:it|things|this) right|apologi[sz]e|say sorry)\s+(?:and|by)\s+|offer(?:ing)? to\s+|(?:say|tell (?:her|him|them)|let (?:her|him|them) know|promise)(?:\s+that)?\s+)*` +
		`(i'?ll\s+|ill\s+|i will\s+|i can\s+|i'?d\s+|'ll\s+|will\s+|can\s+)?` +
		`((?:pay (?:for|back)|pay|cover|replace|repair|rebook|re-book|book (?:it|the \w+|a new \w+)(?: again)?|buy (?:you |her |him |them )?(?:a )?new|email|e-mail|message|clarify|correct|set the record straight|give (?:her|him|them) (?:the )?credit)\b.+)$`)

	// amendsDone is a change the writer has already made so that the
	// wrong is not done again: "we've hired a dog walker now so it won't
	// happen again", "i've set two alarms, it won't happen again".
	amendsDone = regexp.MustCompile(`(?i)^(?:(?:and|so|but|also|anyway)\s+)*(i|we)\s*(?:'ve|ve| have)\s+(?:(?:now|already|since|just|finally)\s+)*((?:hired|booked|bought|got|fixed|set up|installed|put in|arranged|found|started|changed|sorted|signed up)\b.+?)(?:,?\s+(?:now|already))?,?\s+(?:so|and)\s+(?:it|this|that)\s+(?:won['’]?t|wont|will not|shouldn['’]?t|should not|can['’]?t|cannot)\s+happen again[.!]*$`)

	// onMe is a treat the writer offers: "dinner's on me next time".
	onMe = regexp.MustCompile(`(?i)^(?:(?:and|so|but|also|maybe|just)\s+)*(?:(?:say|tell (?:her|him|them)|let (?:her|him|them) know)(?:\s+that)?\s+)?((?:the |next |first )?[\w-]+(?: [\w-]+)?(?:'s|s| is| are|'re) on me\b.*)$`)
)

// amendsOf reads clause c as amends the writer offers; ok is false when
// it is none. In an apology the amends are said as a promise or a wish;
// a treat on the writer is said in any message.
func amendsOf(c, name string, o Occasion) (Detail, bool) {
	if m := onMe.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Feeling, Text: upFirst(trimTail(secondPerson(m[1], name, false)))}, true
	}
	if o != Apology && o != Mend {
		return Detail{}, false
	}
	if m := amendsDone.FindStringSubmatch(c); m != nil {
		who := "I've "
		if strings.EqualFold(m[1], "we") {
			who = "We've "
		}
		return Detail{Kind: Feeling, Text: who + trimTail(secondPerson(m[2], name, false)) + ", and it won't happen again"}, true
	}
	m := amendsLead.FindStringSubmatch(c)
	if m == nil || len(strings.Fields(m[2])) < 2 {
		return Detail{}, false
	}
	// "to clarify it was his": what is theirs ends on "yours".
	what := yourEnd.ReplaceAllString(trimTail(secondPerson(m[2], name, false)), "${1}yours")
	if first, second, ok := strings.Cut(what, " and "); ok && amendsVerb.MatchString(second) {
		// "book it again and pay for the airbnb": two things done, the
		// second promised on its own.
		what = first + ", and I'll " + second
	}
	if m[1] != "" && !wouldLead.MatchString(m[1]) {
		return Detail{Kind: Feeling, Text: "I'll " + what}, true
	}
	return Detail{Kind: Feeling, Text: "I'd like to " + what}, true
}

// amendsVerb opens a second thing the writer will do to make it right.
var amendsVerb = regexp.MustCompile(`(?i)^(?:pay|cover|replace|repair|rebook|re-book|book|buy|email|e-mail|message|clarify|correct|set the record straight|give)\b`)

// wouldLead is a promise said as a wish: "i'd".
var wouldLead = regexp.MustCompile(`(?i)^i'?d\b`)

// yourEnd is "your" ending a clause, where it stands for "yours".
var yourEnd = regexp.MustCompile(`(?i)(\b(?:was|is|were|are|be) )your$`)
