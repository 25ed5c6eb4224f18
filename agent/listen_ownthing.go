package agent

import "strings"

// Something new of the person's own — a car picked up, a course started,
// a place moved into, a first payslip — is their news, told as plainly as
// "picked up my new car this morning". Read word by word it can look like
// chat, a guide question or even a low mood ("feel like an adult lol");
// the reply is glad for them and names the thing.

// reOwnNewThing is a new thing got or begun, by the person: the groups are
// the verb, the words before the thing and the thing.
var reOwnNewThing = mustPattern(`^(?:(?:so|and|omg|ok|okay|well|yay|woo|woohoo|guess what|today|yesterday|this morning|tonight|finally|just|officially|at last|i|we|i ve|i'?ve|ive|we'?ve|weve|i have|we have|have|me and my \w+|my \w+ and i)\s+)*(got|get|bought|picked up|collected|moved into|moving into|move into|started|starting|start|enrolled (?:on|in|onto|for|at)|signed up (?:for|to)|began|joined|got the keys to|got the keys for|got keys to)\s+((?:(?:my|our|a|an|the|first|new|own|ever|brand|little|real|proper|evening|night|online|part time|weekly|\w+)\s+){0,3}?)(flat|house|home|place|apartment|condo|studio|bungalow|car|van|motorbike|motorcycle|scooter|campervan|course|class|classes|bootcamp|degree|apprenticeship|lessons|masters|diploma|programme|program|night school|payslip|pay slip|paycheck|pay cheque|paycheque|salary|wage|wages)\b`)

// reFirstSession is the first session of something new, told without a
// verb: "first spanish class tonight!", "my first pottery lesson today".
var reFirstSession = mustPattern(`^(?:(?:so|and|omg|ok|okay|yay|woo|my)\s+)*first (?:ever )?((?:\w+ ){0,2}?)(class|lesson|session|course|workshop|practice|rehearsal)\b`)

// ownThingKinds name what kind of thing each word is.
var ownThingKinds = map[string]string{
	"flat": "home", "house": "home", "home": "home", "place": "home", "apartment": "home", "condo": "home", "studio": "home", "bungalow": "home",
	"car": "car", "van": "car", "motorbike": "car", "motorcycle": "car", "scooter": "car", "campervan": "car",
	"payslip": "pay", "pay slip": "pay", "paycheck": "pay", "pay cheque": "pay", "paycheque": "pay", "salary": "pay", "wage": "pay", "wages": "pay",
}

// ownNewThing reads a new thing of the person's: its kind ("home", "car",
// "course", "pay"), how the reply names it ("your evening art course"),
// and whether it is still to come ("starts monday", "tonight").
func ownNewThing(text string) (kind, name string, ahead bool, ok bool) {
	folded := foldText(text)
	first := reFirstSession.FindStringSubmatch(folded)
	m := reOwnNewThing.FindStringSubmatch(folded)
	if first == nil && m == nil || asksSomething(text) || asksToWrite(text) {
		return "", "", false, false
	}
	if first != nil {
		return "course", "your first " + strings.Join(strings.Fields(first[1]+" "+first[2]), " "), true, true
	}
	if m[2] == "" {
		// "just got home", "started class": arriving or a routine, not
		// something new.
		return "", "", false, false
	}
	kind = ownThingKinds[m[3]]
	if kind == "" {
		kind = "course"
	}
	var words []string
	for _, w := range strings.Fields(m[2]) {
		if notThingWords[w] || strings.HasSuffix(w, "ed") {
			// "got rejected from the masters": no new thing.
			return "", "", false, false
		}
		if !thingDeterminers[w] {
			words = append(words, w)
		}
	}
	words = append(words, m[3])
	name = "your " + strings.Join(words, " ")
	ahead = reStillAhead.MatchString(folded)
	if kind == "course" && strings.HasPrefix(m[1], "start") && m[1] != "started" {
		ahead = true
	}
	return kind, name, ahead, true
}

// notThingWords between the verb and the thing make it no new thing of
// the person's: "got back from the course", "started at the house".
var notThingWords = map[string]bool{"from": true, "to": true, "for": true, "into": true, "of": true, "at": true, "in": true,
	"on": true, "with": true, "by": true, "about": true, "off": true, "out": true, "up": true, "back": true, "his": true,
	"her": true, "their": true, "your": true, "mum's": true, "dad's": true, "no": true, "not": true}

// thingDeterminers are left out when a thing is named back.
var thingDeterminers = map[string]bool{"my": true, "our": true, "a": true, "an": true, "the": true, "ever": true}

// reStillAhead says the thing is still to come.
var reStillAhead = mustPattern(`\b(?:starts|starting|begins|beginning|tomorrow|tonight|next week|next month|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|this (?:evening|afternoon|weekend))\b`)

// ownNewThingReply is glad for a new thing of the person's own, reporting
// false, saying nothing, for any other message.
func (t *turn) ownNewThingReply() bool {
	kind, name, ahead, ok := ownNewThing(t.text)
	if !ok {
		return false
	}
	share := Choice{ID: "menu:draft", Label: "Share the news with someone"}
	var line string
	switch kind {
	case "home":
		line = "Congratulations on " + name + " — a home of your own is a big step! Exciting, and a bit strange too, the first evenings there. Who would you like to have round first?"
	case "car":
		line = "Ooh, congratulations on " + name + "! That's a big, exciting one. Anywhere you're itching to drive first?"
	case "pay":
		line = "Congratulations on " + name + "! That's a real milestone — well earned. Doing anything nice to mark it?"
	default:
		if ahead {
			line = "Ooh, good luck with " + name + "! Starting something new takes a bit of nerve, and it's a lovely way to meet people too. What made you pick it?"
			share = Choice{ID: "menu:draft", Label: "Tell someone about it"}
		} else {
			line = "Good for you for starting " + name + "! Starting something new takes a bit of nerve. How was it?"
		}
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line, share)
	return true
}
