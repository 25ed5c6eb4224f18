package agent

import (
	"strings"
	"time"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/revise"
	"github.com/companion-dev/companion/agent/understand"
)

// Short drafting words typed with nothing in progress. "draft" or "a
// message pls" on its own starts a draft as /draft does. A change for a
// draft ("less formal", "shorter") reopens the draft copied a moment ago
// and makes the change; with no such draft it says so and offers to start
// one, rather than read the words as news or a question for the guide.

// idleDraftWord handles such a message and reports whether it did.
func (t *turn) idleDraftWord() bool {
	if t.choice != "" || t.p.Flow.Name != "" || t.m.Group {
		return false
	}
	folded := foldText(t.text)
	n := len(strings.Fields(folded))
	if n == 0 || n > 20 || strings.Contains(t.text, "?") {
		return false
	}
	if n <= 3 && bareDraftWord.MatchString(folded) {
		t.startDraft("", true)
		return true
	}
	if t.p.Flow.Offer == nil && draftInstruction.MatchString(folded) {
		// "mention that it's almost ten years since graduation": what to
		// put in a draft, with none on the go and none offered (under an
		// offer to write, it says what that message should tell them).
		if t.reopenCopied() {
			return true
		}
		t.say("There's no draft on the go yet to put that in. Want to start one? Tell me who it's for, or tap below.",
			Choice{ID: "menu:draft", Label: "Draft a message"})
		return true
	}
	if n > 6 || people.Find(t.text).Found() || !idleRevision(t.text, folded) {
		return false
	}
	if t.reopenCopied() {
		return true
	}
	t.say("There's no draft on the go yet, so there's nothing to change. Want to start one? Tell me who it's for, or tap below.",
		Choice{ID: "menu:draft", Label: "Draft a message"})
	return true
}

// draftInstruction says what to put in a message: "mention that…", "add
// that…", "say that we…", "tell them i…", "include…".
var draftInstruction = mustPattern(`^(?:(?:maybe|also|and|oh|then|pls|please|plz|can you|could you|ok|okay|so|actually|just|oh and)\s+)*(?:mention|include|add that|put in that|say that|say we|say i|say it'?s|tell (?:him|her|them|everyone|the group|the chat) (?:that|i|we|about)|suggest (?:that|we))\b`)

// bareDraftWord asks for a draft and nothing more: "draft", "a draft pls",
// "message", "new message", "write one".
var bareDraftWord = mustPattern(`^(?:(?:a|an|new|another|one|pls|please|plz|ok|okay|just)\s+)*(?:draft|drafting|message|msg|text|write|write one|write something|draft one|draft something|compose)(?:\s+(?:pls|please|plz|now|then|thanks))*$`)

// idleRevision reports words that only ask a draft to change: "less
// formal", "shorter", "make it warmer", "no exclamation marks".
func idleRevision(text, folded string) bool {
	r := classify(text)
	if !r.Sure() || r.Label != understand.Revise {
		return false
	}
	if _, ok := ParseRevision(text); ok {
		return true
	}
	q, ok := revise.Parse(text)
	return ok && q.Kind != revise.Drop && q.Kind != revise.Say && q.Kind != revise.Replace
}

// reopenCopied takes the draft copied within the last hour back for a
// change, and reports whether there was one.
func (t *turn) reopenCopied() bool {
	n := len(t.p.Drafts)
	if n == 0 || t.now.Sub(t.p.Drafts[n-1].At) > time.Hour {
		return false
	}
	last := t.p.Drafts[n-1]
	d := ExtractDraftDetails(last.Text)
	d.Recipient = last.Recipient
	d.Occasion = draftOccasion(last.Text)
	d.Skipped = appendMissing(d.Skipped, slotOccasion, slotTone, slotMention)
	if d.Recipient == "" && d.Relationship == "" {
		d.Relationship = someone
	}
	t.p.Flow = Flow{Name: flowDraft, Step: stepReview, Updated: t.now, Paused: t.p.Flow.Paused,
		Draft: &DraftState{Details: d, History: []string{last.Text}}}
	t.draftAnswer(ParseIntent(t.text))
	return true
}
