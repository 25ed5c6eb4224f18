package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A name given while listening: "her name is tasha", "he's called dre".
// The person talked about has a name now; the offer to write goes to them
// by it, carrying what was told before, instead of a reply about how
// heavy it all sounds.

// reNameGiven is a name said for someone already spoken of.
var reNameGiven = mustPattern(`^(?:(?:oh|ok|okay|so|and|btw|also|well|um|uh|haha|lol|sorry|yeah|yes)\s+)*(?:(her|his|their|my \w+(?: \w+)?'?s?) name(?:'s| is| was|s)|(she|he|they)(?:'s| is| are|'re|s) called|(?:she|he|they)(?:'s| is|s) named|(?:it's|its|it is) (?:for )?) ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)$`)

// reTrailFiller is chat filler after a name: "dre btw", "hana lol".
var reTrailFiller = mustPattern(`(?: (?:btw|lol|haha|by the way|x|xx|fyi|if that helps))+$`)

// nameGiven reads a name from a message that only gives one, with the
// pronoun to speak of them by; ok is false for anything else.
func nameGiven(text string) (name, them string, ok bool) {
	m := reNameGiven.FindStringSubmatch(reTrailFiller.ReplaceAllString(foldText(text), ""))
	if m == nil {
		return "", "", false
	}
	p := people.Find("write to " + m[3])
	if p.Name == "" || p.Relation != "" || p.Group {
		return "", "", false
	}
	switch strings.TrimSpace(m[1] + m[2]) {
	case "her", "she":
		them = "her"
	case "his", "he":
		them = "him"
	default:
		them = "them"
	}
	return p.Name, them, true
}

// nameInStory takes a name given after a listening reply: the offer to
// write now names them, and keeps the story told before. It reports false
// when the message gives no name or no listening offer is open.
func (t *turn) nameInStory() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening {
		return false
	}
	name, them, ok := nameGiven(t.text)
	if !ok {
		return false
	}
	request := "write to " + name
	if o.Request != "" {
		// The story, with the name said after it: "… my sister's
		// birthday. her name is hana".
		request = strings.TrimRight(o.Request, " .!") + ". " + t.text
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: request, Recipient: name, Listening: true, Felt: o.Felt}
	t.say("Thank you — "+name+". Whenever you're ready, I can help you write to "+them+", or we can keep talking.",
		Choice{ID: "offer:yes", Label: clip("Write to "+name, 40)}, Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// reWhoToWrite asks whom to reach out to: "maybe i should message someone
// but who", "who would i even text", "idk who to talk to".
var reWhoToWrite = mustPattern(`\bwho (?:should|could|would|do|can|shall|am) i (?:even |actually |really )?(?:message|text|call|ring|reach out to|write to|talk to|ask|contact|go to|turn to|hit up|dm)\b|\bwho (?:to|i could|i should|i would|id|i'd) (?:even )?(?:message|text|call|ring|reach out to|write to|talk to|ask|contact|turn to|hit up|dm)\b|\b(?:message|text|call|ring|reach out to|write to|talk to|contact|hit up|dm) (?:someone|somebody|anyone|anybody)\b.* \bbut who\b|\bbut who\b$`)

// whoToWrite answers, while listening, a question of whom to reach out
// to: not a guide paragraph, but a way to think of someone, and the
// reflection on who matters one tap away. It reports false for anything
// else.
func (t *turn) whoToWrite() bool {
	if !reWhoToWrite.MatchString(foldText(t.text)) {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: feltWho}
	t.say("It doesn't have to be anyone big. Think of someone you used to enjoy time with, or who'd be glad to hear from you even after a while: an old friend, a cousin, someone from a class or a team. Does anyone come to mind?",
		Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// feltWho marks the offer left by whoToWrite: the next person named is
// the answer to it.
const feltWho = "who"

// someoneCameToMind answers the person named after whoToWrite asked who
// comes to mind: a good place to start, and the offer to write to them.
func (t *turn) someoneCameToMind(who string) bool {
	o := t.p.Flow.Offer
	if o == nil || o.Felt != feltWho || who == "" {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
	t.say(upFirst(who)+" sounds like a good place to start. Something short and easy to answer is plenty — want help writing it?",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)}, Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// cameToMind is someoneCameToMind for a message that names a person in
// any words after whoToWrite asked ("jess i guess", "hmm maybe my cousin
// tom"); false when it names nobody or nothing was asked.
func (t *turn) cameToMind() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Felt != feltWho || len(strings.Fields(t.text)) > 20 {
		return false
	}
	p := people.Find(t.text)
	if !p.Found() || p.Group {
		p = people.Find("write to " + t.text)
	}
	if !p.Found() || p.Group {
		return false
	}
	return t.someoneCameToMind(p.Mention())
}
