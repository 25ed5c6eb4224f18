package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// How a message typed at one of the drafting flow's own steps is read,
// before the general reading at a prompt (prompt.go). The general reading
// pauses the flow for a question and sets small talk aside; at a drafting
// step many of those are in fact answers, or questions about the message
// itself, which the flow answers and then goes on:
//   - "he loves fishing, is that weird to mention?" is the detail, with a
//     doubt the flow can settle;
//   - "what do people usually send?" asks what the step means;
//   - "she just got into med school!!" typed where the feel was asked is
//     what the message is for;
//   - "idk" where the name was asked means nobody in particular.

// draftStepReading returns how text reads at the drafting step on screen,
// and false when the general reading should decide.
func draftStepReading(text, step string) (reading, bool) {
	folded := foldText(text)
	if folded == "" {
		return 0, false
	}
	switch step {
	case slotRecipient:
		if noOneYet(folded) {
			return readAnswer, true
		}
	case slotOccasion, slotTone, slotMention:
		if slotQuestion(text) || doubtAfterDetail(text) != "" || laterName(text) != "" {
			return readAnswer, true
		}
		if !strings.Contains(text, "?") && draftOccasion(text) != "" {
			return readAnswer, true
		}
	}
	return 0, false
}

// noOneYet reports an answer to "who is it for?" that names nobody: "idk
// yet", "not sure", "no one in particular".
func noOneYet(folded string) bool {
	return noOneRe.MatchString(folded)
}

var noOneRe = mustPattern(`^(?:(?:um|hmm|honestly|tbh|ok|okay) )*(?:idk|dunno|i don'?t know|i dont know|not sure|no idea|i'?m not sure|haven'?t decided|not decided|no one|nobody|noone|no one in particular|anyone|anybody|someone|somebody|doesn'?t matter|does not matter|whoever|skip)(?: (?:yet|really|tbh|lol|for now|atm|right now|in particular|i guess|sorry))*$`)

// doubtAfterDetail splits "he loves fishing, is that weird to mention?"
// into the detail and a doubt about mentioning it; it returns the detail,
// or "" when text is not shaped like that.
func doubtAfterDetail(text string) string {
	loc := doubtRe.FindStringIndex(strings.ToLower(text))
	if loc == nil || loc[0] == 0 {
		return ""
	}
	detail := strings.TrimRight(strings.TrimSpace(text[:loc[0]]), ",;:-—–.")
	if len(strings.Fields(detail)) < 2 {
		return ""
	}
	return detail
}

var doubtRe = mustPattern(`[,;.—–-]?\s*(?:or )?(?:is (?:that|it|this)|would (?:that|it|this) be|will (?:that|it) be|could i|can i|should i)(?: (?:too|a bit|kinda|kind of|really))? ?(?:weird|odd|strange|ok|okay|fine|alright|too much|cringe|awkward|random|mention|say|bring (?:that|it) up|put (?:that|it) in)(?: to (?:mention|say|bring up|put in|add))?(?: it| that)?\s*\?*\s*$`)

// doubtAnswer settles the doubt that came with a detail, before the flow
// goes on.
const doubtAnswer = "Not weird at all — a small, specific detail is what makes a message feel like it's from you. I've put it in. "

// laterName reads a name given at a later step for someone named so far
// only by who they are: "its roisin", "her name's Ana", "he's called Tom".
func laterName(text string) string {
	m := laterNameRe.FindStringSubmatch(foldText(text))
	if m == nil || !people.IsName(m[1]) || junkWords[m[1]] || kinshipWords[m[1]] {
		return ""
	}
	return upFirst(m[1])
}

var laterNameRe = mustPattern(`^(?:(?:oh|and|btw|ok|okay|sorry|also) )*(?:it'?s|its|her name'?s|her name is|his name'?s|his name is|their name'?s|their name is|she'?s called|he'?s called|they'?re called|name'?s|name is|called) ([a-z][a-z'-]+)(?: (?:btw|by the way|lol|sorry))?$`)
