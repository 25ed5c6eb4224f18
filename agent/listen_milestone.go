package agent

import "github.com/companion-dev/companion/agent/people"

// A milestone of someone dear reached today ("my grandma turns 100
// today!!", "mum and dad are celebrating 40 years married", "my little
// brother just turned eighteen") is a moment to be glad with the person
// first: the reply shares the gladness and keeps writing to them
// one tap away, rather than starting a draft nobody asked for. Asked to
// write ("help me write to my grandma for her 100th"), or told of a
// milestone still to come ("grandad turns 90 on sunday"), the draft
// starts as before.

// reMilestone is a round or big age, or a long anniversary.
var reMilestone = mustPattern(`\b(?:turns|turning|turned|is turning|will be|hits|hitting|reaches|reaching|celebrates|celebrating) (?:\d{2,3}|eighteen|eighty|ninety|thirty|forty|fifty|sixty|seventy|twenty one|twenty five|a hundred|one hundred|the big \w+)\b|\b\d{2,3}(?:st|nd|rd|th) (?:birthday|bday|anniversary|wedding anniversary)\b|\b(?:eighteenth|twenty first|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth|silver|golden|ruby|pearl|diamond) (?:birthday|bday|anniversary|wedding)\b|\b(?:big birthday|milestone birthday)\b`)

// reMilestoneAge is an age said in figures, said back in the reply.
var reMilestoneAge = mustPattern(`\b(?:turns|turning|turned|is turning|will be|hits|hitting|reaches|reaching) (\d{2,3})\b`)

// reMilestoneSoon is a day still to come said the short way: "tomorrow",
// "on saturday", "on the 9th".
var reMilestoneSoon = mustPattern(`\b(?:tomorrow|tmrw|tmr|on (?:mon|tues|wed|wednes|thurs|fri|sat|satur|sun)(?:day)?|on the \d{1,2}(?:st|nd|rd|th)?|this (?:week|month|year)|later this \w+)\b`)

// milestoneTold reports a milestone of someone else's told as news; a
// request to write about it never reaches here (heard_write.go).
func milestoneTold(text string) (who string, ok bool) {
	folded := foldText(text)
	if !reMilestone.MatchString(folded) || asksSomething(text) || badNews(text) || thingToGet(text) {
		return "", false
	}
	if reAheadWhen.MatchString(folded) || reMilestoneSoon.MatchString(folded) {
		// "my nan turns 90 on sunday": a birthday coming up is a reason
		// to write ahead of it, and the draft starts as it always has.
		// Only a milestone reached today or just now is met gladly first.
		return "", false
	}
	who = people.Find(text).Mention()
	return who, who != ""
}

// milestoneReply is glad with the person about someone's milestone, with
// a message to them one tap away. It reports false, saying nothing, for
// any other message.
func (t *turn) milestoneReply() bool {
	who, ok := milestoneTold(t.text)
	if !ok {
		return false
	}
	line := pick(t.text, []string{
		"Oh, how wonderful — what a milestone for " + who + "! That's really something to celebrate.",
		"What a wonderful milestone for " + who + "! Moments like that are worth making a fuss of.",
	})
	if m := reMilestoneAge.FindStringSubmatch(foldText(t.text)); m != nil {
		// The number said back: "100 — what a milestone".
		line = m[1] + "! " + line
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
	t.say(line+" Would you like to send "+objectOf(who)+" a few words for it?",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}
