package agent

import (
	"slices"
	"strings"
	"unicode"
)

// Messages that take something back or were never meant for the
// companion are let go lightly, never read for their words ("forget about
// it" is no guilt, "that was meant for someone else" no regret): taking
// it back ("never mind", "doesn't matter", "ignore that"), a message sent
// to the wrong chat, a test, a keyboard mash, a lone "?" or "...".

// letGo is what such a message is.
type letGo int

const (
	letGoNone letGo = iota
	letGoBack
	letGoWrongChat
	letGoTest
	letGoMash
	letGoQuestionMark
	letGoDots
)

var (
	// reTakeBack takes back what was said, the whole message.
	reTakeBack = mustPattern(`^(?:(?:oh|ah|ok|okay|actually|um+|erm|eh|meh|lol|haha|sorry|nah|no|whatever|ugh+|fine|yeah|honestly|just)[ ,.!]+)*(?:never ?mind|nvm|nevermind|forget (?:about )?(?:it|that|what i said|i said anything|i asked)|(?:it )?(?:doesn'?t|does not|dont|don't) matter|(?:just )?ignore (?:that|me|it|this|what i said|my last message)|disregard (?:that|this|my last message)|scratch that|it'?s nothing|its fine never ?mind|not important|no matter)(?:[ ,.!]+(?:lol|haha|sorry|then|anyway|really|tbh|honestly|its fine|it's fine|all good))*[ .!]*$`)
	// reWrongChat says a message was meant for someone else.
	reWrongChat = mustPattern(`\b(?:wrong (?:chat|person|window|conversation|convo|thread|app|tab|number)|(?:meant|supposed) (?:to go )?(?:for|to) (?:someone|somebody|my|a) |(?:that|this|it) (?:was|wasn'?t|was not) (?:meant |supposed )?(?:for|to) (?:you|someone else|my)|not (?:meant )?for you|sent (?:that|this|it) to (?:the wrong|you by)|sorry (?:that|this) (?:was|wasn'?t) for|misclick|mis-click|butt ?dial|pocket text)\b`)
	// reTestMsg checks whether the companion answers.
	reTestMsg = mustPattern(`^(?:test|testing|test test|testing testing|test 123|testing 123|1 2 3|123|are you working|is this working|does this work|is this thing on|hello\?+|you there\?*|anyone there\?*)[ .!?]*$`)
)

// keyRuns are four keys in a row along a keyboard's letter rows, each way
// ("asdf", "fdsa"): a word holding one was typed along a row.
var keyRuns = func() []string {
	var runs []string
	for _, row := range []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"} {
		for i := 0; i+4 <= len(row); i++ {
			run := []byte(row[i : i+4])
			runs = append(runs, string(run))
			slices.Reverse(run)
			runs = append(runs, string(run))
		}
	}
	return runs
}()

// mashed reports a word typed along a keyboard row ("asdfgh", "lkjhg").
func mashed(word string) bool {
	return slices.ContainsFunc(keyRuns, func(run string) bool { return strings.Contains(word, run) })
}

// letGoOf reads a message that takes something back or was not meant for
// the companion.
func letGoOf(text string) letGo {
	trimmed := strings.TrimSpace(text)
	switch {
	case trimmed == "":
		return letGoNone
	case strings.Trim(trimmed, "?？ ") == "":
		return letGoQuestionMark
	case strings.Trim(trimmed, ".…  ") == "":
		return letGoDots
	}
	f := strings.TrimSpace(foldText(trimmed))
	switch {
	case reTakeBack.MatchString(f):
		return letGoBack
	case len(strings.Fields(f)) <= 8 && reWrongChat.MatchString(f):
		return letGoWrongChat
	case reTestMsg.MatchString(f):
		return letGoTest
	}
	words := strings.FieldsFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 || len(words) > 3 {
		return letGoNone
	}
	for _, w := range words {
		if mashed(w) {
			return letGoMash
		}
	}
	return letGoNone
}

// letGoReply answers such a message lightly; false when it is none.
func (t *turn) letGoReply() bool {
	switch letGoOf(t.text) {
	case letGoBack:
		if reFedUp.MatchString(foldText(t.text)) {
			t.say(fedUpReply)
			return true
		}
		t.say(pick(t.text, []string{"No problem. I'm here whenever you want.", "No worries at all. I'm around if anything comes up."}))
	case letGoWrongChat:
		t.say(pick(t.text, []string{"No worries — it happens to everyone! I'm here if you need me.", "Ha, no harm done. I'm here whenever you want."}))
	case letGoTest:
		t.say("I'm here and working. What would you like to do?", menuChoices()...)
	case letGoMash:
		t.say("I think that one got away from the keyboard. 🙂 What would you like to do?", menuChoices()...)
	case letGoQuestionMark:
		t.say("Ask away — a question about friendship or staying in touch, or tell me what's on your mind. /help shows what I can do.", menuChoices()...)
	case letGoDots:
		t.say("Take your time. I'm here when you're ready.")
	default:
		return false
	}
	return true
}
