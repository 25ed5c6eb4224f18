package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A big day of life told as coming ("the baby is due in 5 weeks", "we get
// married next month", "moving day is in a fortnight", "my new job starts
// in three weeks") is news ahead: met with gladness, and with the nerves
// when the person names them, never as a nuisance of the day or a guide
// question. Someone else's ("my sister's wedding is in june") is glad news
// of theirs, with a message to them one tap away.

// aheadKind is one kind of big day ahead, found by its pattern, with the
// glad line for the person's own and the name of it for someone else's.
type aheadKind struct {
	pat   *pattern
	self  []string
	other string
}

var (
	reAheadBirth   = mustPattern(`\b(?:baby|babies|twins|little one|first child|second child|our first|our second|bump)\b.*\bdue\b|\b(?:i'?m|im|i am|we'?re|were|we are|she'?s|shes|she is|they'?re|theyre|they are) due\b|\bdue date\b|\b(?:baby|babies|twins|little one) (?:is |are )?(?:arriving|coming|on the way)\b`)
	reAheadWedding = mustPattern(`\b(?:wedding|big day)\b|\b(?:get|getting|gets) married\b|\bmarry (?:him|her|them|my|each other)\b`)
	reAheadMove    = mustPattern(`\b(?:move|moves|moving)(?: (?:house|home|flat|out|in|abroad|away|over|across|back|countries|cities|to \w+(?: \w+)?))?\b|\bmoving day\b|\b(?:emigrate|emigrating|relocate|relocating)\b`)
	reAheadStart   = mustPattern(`\b(?:new (?:job|role|position|school|course|career)|first day|first week|(?:start|starts|starting|begin|begins) (?:my |the |a |her |his |their )?(?:new |first )?(?:job|role|course|uni|university|college|degree|apprenticeship|training|school|work))\b`)
)

var aheadKinds = []aheadKind{
	{pat: &reAheadBirth, other: "a baby on the way", self: []string{
		"A baby on the way, and not long now — how exciting! There's so much to get ready, for the house and for you.",
		"Oh, how lovely — not long to wait now! A new little person arriving is a big, happy change.",
	}},
	{pat: &reAheadWedding, other: "a wedding coming up", self: []string{
		"How lovely — your wedding is nearly here! It's such a happy thing to be counting down to.",
		"A wedding on the way — that's wonderful! I hope the run-up is as happy as the day.",
	}},
	{pat: &reAheadStart, other: "a new start coming", self: []string{
		"Something new starting soon — that's exciting! A fresh start is a big thing to look forward to.",
		"How exciting, a new start on the way! It's a big step, and a good one to look forward to.",
	}},
	{pat: &reAheadMove, other: "a move coming up", self: []string{
		"A move on the way — exciting, and a lot to sort before it! A new place is a big, fresh start.",
		"How exciting, a new home coming up! It's a big change, and a lot to look forward to.",
	}},
}

// reSomeoneDue is someone said to be due: a baby, when the one due is
// a person.
var reSomeoneDue = mustPattern(`\bis due (?:in|on|any|next|this|around|at the end of)\b`)

// reAheadWhen is when the day is, said as still to come.
var reAheadWhen = mustPattern(`\b(?:in (?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|a couple|a matter of|just|only|less than|under|about|around|\d+)(?: \w+)? (?:days?|weeks?|wks?|months?|fortnight)|in a fortnight|next (?:week|month|year|spring|summer|autumn|fall|winter|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this (?:weekend|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?:is|are|s) coming up|coming up (?:soon|fast|quickly)|any day now|any day|(?:due|starts?|starting|begins?) (?:in|on|at|next|this|soon|tomorrow|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)|(?:on|in) (?:jan|feb|march|april|may|june|july|aug|sept|oct|nov|dec)[a-z]*|not long now|so soon)\b`)

// reAheadSad is a day ahead told with sorrow or worry about it: "not
// ok about it", "won't come", "don't know anyone there".
var reAheadSad = mustPattern(`\b(?:not ok|not okay|gutted|devastated|heartbroken|dreading|won'?t come|wont come|not coming|not invited|not a bridesmaid|guilty|don'?t know anyone|dont know anyone|know nobody|no one there|nobody there|care home|nursing home|hospice|can'?t afford|cant afford|petty|stings)\b|😢|😭|💔`)

// reAheadPast tells the day as already come or gone, or as called off:
// no longer ahead.
var reAheadPast = mustPattern(`\b(?:was|were|had|went|got married|moved|started|arrived|born|cancelled|canceled|called off|postponed|lost|miscarr\w*|ago|last (?:week|month|year)|yesterday)\b`)

// reAheadOwn says the day is the person's own: "my wedding", "we get
// married", "i'm due", "our move".
var reAheadOwn = mustPattern(`^(?:\W*(?:so|and|well|ok|okay|omg|eek|ahh|ah|just|update|news|guess what|finally))*\W*(?:the )?(?:baby|babies|twins|due date|wedding|big day|move|moving day|new job|first day)\b|\b(?:my|our) (?:baby|babies|twins|due date|wedding|big day|move|moving day|new job|first day|new role|course)\b|\b(?:i|we|i'?m|im|we'?re|were|i'?ll|we'?ll|i am|we are|me and \w+|\w+ and i)(?: (?:finally|officially|actually|both|all|gonna|going to|will))? (?:due|get married|getting married|marry|marrying|move|moving|relocate|relocating|emigrate|emigrating|start|starting|begin|beginning|have|having)\b`)

// aheadOthersKinds are the days ahead that are glad news when they are
// someone else's; a friend's move is a loss to the person, which the
// change replies hear.
var aheadOthersKinds = map[*pattern]bool{&reAheadBirth: true, &reAheadWedding: true}

// aheadTold is the kind of big day text tells as coming; ok is false when
// it tells none, asks something, or the day is past. A request to write
// never reaches here (heard_write.go).
func aheadTold(text string) (aheadKind, bool) {
	folded := foldText(text)
	if !reAheadWhen.MatchString(folded) || reAheadPast.MatchString(folded) || asksGuide(text) || badNews(text) {
		return aheadKind{}, false
	}
	if _, low := findLow(text); low && !reComingFeeling.MatchString(folded) || hasAnyWord(folded, badWords) || reAheadSad.MatchString(folded) {
		// "my best friend is moving to australia and im gutted", "dad
		// says he won't come": the hurt is what is told.
		return aheadKind{}, false
	}
	for _, k := range aheadKinds {
		if k.pat.MatchString(folded) {
			return k, true
		}
	}
	if reSomeoneDue.MatchString(folded) && people.Find(text).Relation != "" {
		// "my cousin is due in april": a baby of hers, where "my essay is
		// due" is only a deadline.
		return aheadKinds[0], true
	}
	return aheadKind{}, false
}

// aheadReply meets a big day coming with gladness, names the nerves when
// they are told, and offers to tell someone; for someone else's day it
// offers to write to them. It reports false, saying nothing, for any
// other message.
func (t *turn) aheadReply() bool {
	k, ok := aheadTold(t.text)
	if !ok {
		return false
	}
	folded := foldText(t.text)
	if p := people.Find(t.text); p.Mention() != "" && !reAheadOwn.MatchString(folded) {
		if !aheadOthersKinds[k.pat] {
			return false
		}
		who, obj := p.Mention(), relationPronoun(p.Relation)
		line := "How exciting for " + who + " — " + k.other + "! " + pronounsFor("They might love to hear you're thinking of them.", obj)
		t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
		t.say(line, Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
		return true
	}
	line := pick(t.text, k.self)
	if m := reComingFeeling.FindStringSubmatch(folded); m != nil && !gladNerve[m[1]] {
		line += " Feeling " + strings.TrimSpace(m[1]) + " too is only natural with something this big."
	} else if m != nil {
		line += " I can hear how much you're looking forward to it."
	}
	line += " How are you feeling as it gets closer?"
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line,
		Choice{ID: "menu:draft", Label: "Tell someone it's coming"},
		Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// gladNerve are the words of reComingFeeling that are gladness, not
// nerves.
var gladNerve = map[string]bool{"excited": true, "pumped": true, "buzzing": true, "hyped": true}
