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
