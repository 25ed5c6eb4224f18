package agent

import (
	"slices"
	"strings"
	"time"
)

// "The same for my sister", typed once a draft is written, asks for that
// message again to someone else: the same occasion, feel and details,
// greeting the new person. While the draft is still on screen its
// details carry over whole; after it was copied, what the saved text says
// (a birthday, a thank-you) is the occasion.

// sameFor asks for the draft just written again, to someone else: "same
// for my sister", "and one for my brother too", "can you do the same for
// mum".
var sameFor = mustPattern(`^(?:(?:and|now|ok|okay|great|thanks|thank you|ty|perfect|nice|cool|lovely|love it|brilliant|can you|could you|can u|could u|pls|please|plz|do|write|make|also|then|same) )*(?:(?:the )?same(?: thing| one| message| text| again)?|one more|one|a similar one|something similar|a similar message) (?:for|to) (.+?)(?: (?:too|as well|also|please|pls|plz|thanks))*$`)

// sameAgainWho returns who a "same for …" message names, "" when text is
// not one.
func sameAgainWho(text string) string {
	m := sameFor.FindStringSubmatch(foldText(text))
	if m == nil || !namedSomeone(m[1]) {
		return ""
	}
	return m[1]
}

// sameAgain writes the draft on screen again for whoever text names.
// It reports false, doing nothing, when text is not such a request.
func (t *turn) sameAgain() bool {
	ds := t.p.Flow.Draft
	if t.p.Flow.Name != flowDraft || ds == nil || len(ds.History) == 0 || t.choice != "" {
		return false
	}
	who := sameAgainWho(t.text)
	if who == "" {
		return false
	}
	d := ds.Details
	next := ExtractDraftDetails(who)
	d.Recipient, d.Relationship = next.Recipient, next.Relationship
	t.writeAgain(d)
	return true
}

// sameAfterDone starts the draft just copied again for someone else,
// within the hour, with the occasion its text shows. It reports false,
// doing nothing, when text is not such a request or no draft was copied
// lately.
func (t *turn) sameAfterDone() bool {
	who := sameAgainWho(t.text)
	n := len(t.p.Drafts)
	if who == "" || n == 0 || t.now.Sub(t.p.Drafts[n-1].At) > time.Hour {
		return false
	}
	d := ExtractDraftDetails(who)
	d.Occasion = draftOccasion(t.p.Drafts[n-1].Text)
	t.writeAgain(d)
	return true
}

// writeAgain shows a draft for d at once: the steps were answered for the
// draft it repeats.
func (t *turn) writeAgain(d DraftDetails) {
	d.Mentions = slices.Clone(d.Mentions)
	d.Said = slices.Clone(d.Said)
	d.Skipped = appendMissing(d.Skipped, slotOccasion, slotTone, slotMention)
	if d.Recipient == "" && d.Relationship == "" {
		d.Relationship = someone
	}
	t.p.Flow = Flow{Name: flowDraft, Updated: t.now, Draft: &DraftState{Details: d}, Paused: t.p.Flow.Paused}
	lead := "Here's one for " + themOrName(d) + ":"
	if who := draftMention(d); who != "" {
		lead = "Here's one for " + who + " too:"
	}
	t.showDraft(strings.TrimSpace(lead), "")
}
