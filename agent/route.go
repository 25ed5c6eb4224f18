package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/understand"
)

// Where free text outside a flow goes when the phrase rules think it asks
// for a message to be written. The rules look for words ("text", "say
// to", a name); a question that happens to use them ("I'm always the one
// texting Dani first, is it worth it?", "my flatmate and I fought over
// text, how do I fix it?", "what should I say to a friend whose dad is
// ill?") is still a question, and the guide answers it. The learned
// classifier tells the two apart: it was taught the line between asking
// what to do or say (ask) and asking for the words of a message (draft)
// from examples on both sides. A request to write ("can you write…",
// "help me text…", "what do I send…") keeps starting a draft, and a
// guide answer to "what should I say…" offers to write the message after.

// draftRoute starts a draft when free text asks for one, by the phrase
// rules (draftRequested) or, when they see no request at all, by the
// classifier or someone's news (startsDraftInstead). It reports false,
// doing nothing, for anything else.
func (t *turn) draftRoute(in Intent) bool {
	if t.listenFirst(in) {
		return true
	}
	if !ruleDraft(t.text, in) {
		return t.startsDraftInstead(in)
	}
	if !draftRequested(t.text, in) {
		return false
	}
	t.startDraft(t.text, false)
	return true
}

// ruleDraft reports free text the phrase rules read as a request to
// write: a draft intent, or a message to a person named in it.
func ruleDraft(text string, in Intent) bool {
	return in.Kind == IntentDraft || draftOverrides[in.Kind] && DraftRequest(text)
}

// draftRequested reports free text that asks for a message to be written:
// the rules see a request to write (a draft intent, or a message to a
// person named in it), and the classifier does not surely read it as a
// question for the guide. A message the rules only guessed at from a
// word like "thanks" is no request either when it reads as thanks or a
// goodbye to the companion ("thanks for today, time to sleep").
func draftRequested(text string, in Intent) bool {
	rule := in.Kind == IntentDraft
	if !ruleDraft(text, in) {
		return false
	}
	r := classify(text)
	if r.Sure() && r.Label == understand.Ask && asksSomewhere(text) && !asksForWords(text) {
		return false
	}
	return rule || thankSomeone(text) || !(r.Sure() && courtesyLabels[r.Label] || courtesy(r))
}

// asksSomewhere reports text with a question in it: a "?" or a clause
// that opens like one ("…and it got nasty, how do I fix it", "…is it
// worth it"). A request to write that only reads like a question to the
// classifier ("I want to tell Matt I'm struggling") asks nothing.
func asksSomewhere(text string) bool {
	if strings.Contains(text, "?") {
		return true
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".,;:!\n", r) }) {
		if questionStart.MatchString(withoutLead(foldText(clause))) {
			return true
		}
	}
	return false
}

// startByClassifier starts the plan or a reflection when free text the
// rules did not recognise surely asks for one, in words they do not list:
// "can we start the 7 day thing", "i'd like to do one of those thinking
// exercises". It reports false for anything else.
func (t *turn) startByClassifier() bool {
	r := classify(t.text)
	if !r.Sure() {
		return false
	}
	switch r.Label {
	case understand.Plan:
		t.plan()
	case understand.Reflect:
		t.startReflect("")
	default:
		return false
	}
	return true
}
