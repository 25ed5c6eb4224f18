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
	if n == 0 || n > 6 || strings.Contains(t.text, "?") || people.Find(t.text).Found() {
		return false
	}
	if n <= 3 && bareDraftWord.MatchString(folded) {
		t.startDraft("", true)
		return true
	}
	if !idleRevision(t.text, folded) {
		return false
	}
	if t.reopenCopied() {
		return true
	}
	t.say("There's no draft on the go yet, so there's nothing to change. Want to start one? Tell me who it's for, or tap below.",
		Choice{ID: "menu:draft", Label: "Draft a message"})
	return true
}

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
