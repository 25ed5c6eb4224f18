package compose

import (
	"regexp"
	"strings"
)

// What a message is for is read from what happened, not from a word that
// only looks like an occasion. This file holds the readings that put such
// words right before the occasion rules see them (see ruleOccasion):
//
//   - a thing that "died" — a car, a phone, a plant — is no death;
//   - what the person asks to keep out of the message ("he failed his test,
//     don't bring it up") says nothing of what the message is for;
//   - someone else leaving the recipient without answers ("her supervisor
//     has been ghosting her") is their hard time, not a follow-up of the
//     writer's;
//   - a bare age cheered at the start of a reply ("40!!", "the big 5-0")
//     is a birthday.
//
// And some happenings are occasions in their own words: a pet that had to
// be put down is a loss (petPutDown, in loss.go), a record or a book put out is good news, a reply
// promised by a day that has not come is a follow-up, and something of the
// writer's found and brought back by someone is a kindness to thank.

// thingDied is a thing that stopped working, told with "died" or "dead":
// "the car died on the motorway", "my phone was dead". A chat that died is
// left to the group rules, which read it as gone quiet.
var thingDied = regexp.MustCompile(`(?i)\b((?:` + thingWords + `)s?(?: \w+)?) (?:just |basically |totally |completely |kind of |kinda )?(?:died|dies|dead|was dead|is dead|went dead)\b`)

// thingWords are things that stop working, or that a chat can say "died"
// of.
const thingWords = machineWords + `|campervan|minivan|motorhome|caravan|lorry|jeep|boat|tractor|pc|signal|telly|headphones|plant|plants|vibe|mood|joke|party|band|club|tradition|streak`

// machineWords are things that break down and are spoken of as "it".
const machineWords = `car|van|truck|bike|motorbike|scooter|phone|battery|laptop|computer|engine|wifi|internet|tv|printer|fridge|freezer|boiler|heating|radiator|oven|cooker|washing machine|washer|dryer|dishwasher|kettle|router`

// thingDiedIt is a thing that stopped working, told with "it" after it:
// "came to fix the boiler when it died", "the car broke, then it died".
var thingDiedIt = regexp.MustCompile(`(?i)\b((?:` + machineWords + `)s?\b[^.!?;]{0,40}?\bit) (?:just |finally |completely |totally )?(?:died|dies|went dead)\b`)

// chatSource is the group chat news was heard on, said after the
// hearing: "heard on the building whatsapp that", "saw in the family
// group chat". Where it was heard is no part of the message.
var chatSource = regexp.MustCompile(`(?i)\b((?:` + heardWords + `))\s+` + chatPlace)

// heardWords tell news learnt; chatPlace is a group chat it was learnt on.
const (
	heardWords = `heard|saw|seen|read|found out|learnt|learned`
	chatPlace  = `(?:on|in|from|via|through)\s+(?:the|our|a|my|their)\s+(?:[\w']+\s+){0,3}?(?:whatsapp|group ?chat|chat|group|facebook group|forum|thread)s?\b`
)

// withoutChatSource leaves out of what was told the chat it was heard on.
func withoutChatSource(s string) string {
	return chatSource.ReplaceAllString(s, "$1")
}

// sayThat is a wish to say something, and what, joined by "that":
// "want to say something supportive and that im happy to help", "i'd
// like to say that we're around", "want to say hi and that her roses
// looked lovely". What follows is what to say.
var sayThat = regexp.MustCompile(`(?i)\b(?:i\s+)?(?:really\s+|just\s+)?(?:want|wanna|need|'d like|would like|id like)\s+(?:to\s+)?(?:say|tell (?:her|him|them))\s+(?:(?:something\s+(?:\w+\s+)?|hi\s+|hello\s+)(?:and|,)\s+(?:also\s+)?)?that\s+((?:i'?m|im|i am|i'?ll|ill|i can|i could|we|we'?re|we can|we could|we'?ll|her|his|their)\b)`)

// withSaidThat leaves a wish to say something out of what is said next.
func withSaidThat(s string) string {
	out := sayThat.ReplaceAllStringFunc(s, func(m string) string {
		what := sayThat.FindStringSubmatch(m)[1]
		switch strings.ToLower(what) {
		case "her", "his", "their":
			return "\x00" + what
		}
		return what
	})
	if !strings.Contains(out, "\x00") {
		return out
	}
	// "that her roses looked lovely": what the writer thinks of something
	// of theirs, never news heard.
	out = judgedTheirs.ReplaceAllString(out, "I thought $1")
	return strings.ReplaceAll(out, "\x00", "")
}

// judgedTheirs is something of theirs judged, marked where a wish to say
// it was taken off: "her roses looked lovely", "his talk was brilliant".
var judgedTheirs = regexp.MustCompile(`(?i)\x00((?:her|his|their) (?:[\w'-]+ ){1,3}(?:looked|looks|was|were|is|are|sounded|sounds|tasted|tastes|smelled|smells) )`)

// thingsBroke says things that died as broken down.
func thingsBroke(s string) string {
	return thingDiedIt.ReplaceAllString(thingDied.ReplaceAllString(s, "${1} broke down"), "${1} broke down")
}

// leftOutAsk is the person asking to keep something out of the message,
// said of what was just told: "pls don't bring it up", "do not mention
// that", "leave that bit out".
var leftOutAsk = regexp.MustCompile(`\b(?:(?:pls|please|but|so|just)\s+)?(?:don'?t|dont|do not|never|no need to|not gonna|won'?t) (?:want to |wanna )?(?:bring (?:it|that|this) up|mention (?:it|that|this)|say (?:it|that|anything about (?:it|that))|go into (?:it|that)|talk about (?:it|that))\b|\bleave (?:it|that|this)(?: bit| part)? out\b|\bkeep (?:it|that|this) (?:out|quiet|between us)\b`)

// otherGhosting is someone else leaving the recipient without answers:
// "her supervisor basically ghosting her", "the landlord has ghosted
// them". The writer's own ghosting ("i've been ghosting her") is left to
// the apology rules.
var otherGhosting = regexp.MustCompile(`\bghost(?:ed|ing) (her|him|them)\b`)

// writerBefore are the words that make a ghosting just before it the
// writer's own.
var writerBefore = regexp.MustCompile(`\b(?:i|i'?ve|ive|i have|i'?d|i was|i'?m|im|i am)\s+(?:been\s+)?(?:\w+\s+)?$`)

// cheeredAge is a bare age cheered at the start of what is said, or said as
// "the big" one: "18!! off to uni in sept", "the big 3-0".
var cheeredAge = regexp.MustCompile(`^(?:omg |wow |so )?(?:\d{1,3}|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s*!+|\bthe big (?:\d-?0|\d0|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one-oh-oh)\b`)

// putOut is a work of theirs made public: "dropped their first EP",
// "released a new album", "published her first novel".
var putOut = regexp.MustCompile(`\b(?:released|dropped|put out|launched|published|self-published|premiered) (?:their|his|her|a|an|the|its) (?:first |debut |new |own |long-awaited |first ever )*(?:ep|album|single|record|mixtape|book|novel|memoir|cookbook|collection|podcast|app|game|film|short film|documentary|zine|comic|show|exhibition|clothing line|brand|range)\b`)

// answerAwaited is an answer promised by a day that has come and gone, or
// still not come: "she said i'd hear by monday. nothing yet"; or an answer
// to a question asked still not given: "hasn't told me if she's coming",
// "still haven't let me know whether the room's free".
var answerAwaited = regexp.MustCompile(`\b(?:still )?(?:hasn'?t|hasnt|has not|haven'?t|havent|have not) (?:told me|let me know|said|confirmed|got back to me|answered|replied) (?:yet )?(?:if|whether)\b|\b(?:nothing yet|still nothing|not a word|no word (?:yet|since|back)|haven'?t heard (?:anything|a thing)|havent heard (?:anything|a thing))\b|\b(?:said|told me|promised) (?:i'?d|id|i would|i'?ll|i will|we'?d|we would) hear (?:back )?(?:by|before|on|within|in)\b[^.!?]*[.!?,]+\s*(?:and )?(?:but )?(?:nothing|still nothing|no word|not yet)\b`)

// foundMine is something of the writer's found and brought back by
// someone: "found my wallet on the bus and dropped it round", "picked up
// my keys and handed them in".
var foundMine = regexp.MustCompile(`(?:^|\b(?:she|he|they|who|[a-z]+ (?:next door|downstairs|upstairs)) )(?:found|picked up|spotted|rescued|caught) (?:my|our) [\w' ]{2,30}?\b[^.!?]*\b(?:put|returned|handed|dropped|brought|gave|posted|left|kept|took) (?:it|them)\b`)

// tooProudToAsk is the recipient's pride or shyness about asking, told to
// explain the message: "hes way too proud to ask for help".
var tooProudToAsk = regexp.MustCompile(`(?i)\b(?:she|he|they|[a-z]+)(?:'s|s|'re| is| are)? (?:\w+ )?too (?:proud|shy|stubborn|scared|embarrassed|independent|polite) to (?:ever )?ask\b[^.,;!?]*`)

// evidenceText is low as the occasion rules should read it: things that
// died said as broken down, what is to be kept out of the message left out,
// someone else's ghosting said as ignoring.
func evidenceText(low string) string {
	low = thingsBroke(low)
	low = tooProudToAsk.ReplaceAllString(low, "")
	low = withoutLeftOut(low)
	for _, loc := range otherGhosting.FindAllStringIndex(low, -1) {
		if writerBefore.MatchString(low[:loc[0]]) {
			continue
		}
		// Same length either way, so the places found stay right.
		verb := "ignored"
		if strings.HasPrefix(low[loc[0]:], "ghosting") {
			verb = "ignoring"
		}
		low = low[:loc[0]] + verb + low[loc[0]+len(verb):]
	}
	return low
}

// withoutLeftOut is low without what the person asks to keep out of the
// message: the clause asking, and the clause before it when the ask stands
// alone ("he failed his test. pls don't bring it up").
func withoutLeftOut(low string) string {
	if !leftOutAsk.MatchString(low) {
		return low
	}
	// Each clause with the stop after it, so that what is kept reads as
	// it was typed ("18!!" stays cheered).
	var clauses []string
	start := 0
	for _, loc := range clauseSplit.FindAllStringIndex(low, -1) {
		clauses = append(clauses, low[start:loc[1]])
		start = loc[1]
	}
	if start < len(low) {
		clauses = append(clauses, low[start:])
	}
	var kept []string
	for _, c := range clauses {
		loc := leftOutAsk.FindStringIndex(c)
		if loc == nil {
			kept = append(kept, c)
			continue
		}
		if before := strings.TrimSpace(c[:loc[0]]); len(strings.Fields(before)) <= 1 && len(kept) > 0 {
			// The ask alone: what it points back at is the clause before.
			kept = kept[:len(kept)-1]
		}
	}
	return strings.Join(kept, "")
}
