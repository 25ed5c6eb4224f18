package agent

import "github.com/companion-dev/companion/agent/people"

// A change of the person's own life told with no one to write to ("baby
// arrived tuesday, no sleep but so in love", "divorce papers signed
// today", "we're moving to a village where we know nobody", "i came out
// to my parents yesterday") is news of theirs, answered as the change it
// is, with both its sides and a step that fits. It is never small talk,
// a legal question or a guide question, whatever words it holds.

// reOwnLead opens a message with the person as who the change happened
// to: "i came out to my parents", "we're moving", or with the verb alone,
// the "i" left out: "finally came out to my brother".
var reOwnLead = mustPattern(`^(?:(?:so|and|well|ok|okay|omg|finally|just|today|yesterday|update|officially|big news|news)\s+)*(?:i|we|i'?m|im|we'?re|were|i'?ve|ive|we'?ve|weve|i'?ll|we'?ll|me and (?:my )?\w+|my (?:partner|wife|husband|girlfriend|boyfriend|fiance|fiancee) and i|came out|moved|got|started|signed|had|adopted|quit|left|retired|became)\b`)

// ownChangeTold is the change of the person's own that text tells, with
// nothing asked; ok is false for any other message.
func ownChangeTold(text string) (lifeChange, bool) {
	if asksGuide(text) || asksToWrite(text) || newPet(text) != "" {
		return lifeChange{}, false
	}
	c, ok := findChange(lowPadded(text))
	if !ok {
		return lifeChange{}, false
	}
	if people.Find(text).Found() && !c.own && !c.shared && !reOwnLead.MatchString(foldText(text)) {
		// "my son is moving abroad": theirs, which the news replies
		// answer with a message to them.
		return lifeChange{}, false
	}
	return c, true
}

// ownChangeReply answers a change of the person's own told outside any
// flow. It reports false, saying nothing, for any other message.
func (t *turn) ownChangeReply() bool {
	if _, ok := ownChangeTold(t.text); !ok {
		return false
	}
	t.changeReply(newsReading{self: true})
	return true
}

// reRelief is relief told beside a change: "weirdly relieved", "such a
// weight off".
var reRelief = mustPattern(`\b(?:relieved|relief|weight off|weight lifted|can breathe again|lighter)\b`)

// reliefLine answers relief told beside a change of the person's own that
// ends something ({A change} names it).
var reliefLines = []string{
	"{A change} is a big chapter to close, and feeling relieved makes complete sense; relief can sit right beside sadness, or arrive on its own. How are you feeling about it today?",
	"That's a big day. Relief is a very common feeling at the end of something hard, even mixed in with other things. How are you doing with it?",
}
