package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/revise"
)

// Changes asked for before the draft exists. A person who types "make it
// shorter", "no exclamation marks", "less formal" or "add that I miss her"
// where the companion asked for the feel or for details means a change to
// the draft to come: it is kept, and made on the first draft as if it had
// been asked at the review step. The drafting flow calls stepRevision at a
// step and withHeldChanges on the first draft it shows.

// stepRevisions reads text typed at a drafting step as changes to the draft
// to come; nil when it asks for none. A bare feel ("casual", "warm",
// "short and simple") is the step's own answer, not a change, and so is a
// message that says more than a change.
func stepRevisions(text string) []revise.Request {
	f := foldText(text)
	if f == "" || bareFeel[f] {
		return nil
	}
	reqs := revise.ParseAll(text)
	for _, r := range reqs {
		if r.Kind == revise.Another || r.Kind == revise.Drop && strings.HasPrefix(r.Detail, "@") {
			// Nothing to take another of, nor a part to drop, yet.
			return nil
		}
	}
	return reqs
}

// bareFeel are the answers to "what feel do you want?" that also read as
// changes; at a step they are the feel.
var bareFeel = map[string]bool{"casual": true, "warm": true, "warmer": true, "formal": true, "playful": true,
	"short": true, "shorter": true, "short and simple": true, "simple": true, "funny": true, "fun": true}

// stepRevision keeps a change typed at a drafting step for the first draft
// and reports whether there was one; the flow then moves on as if the step
// had been skipped.
func (t *turn) stepRevision() bool {
	ds := t.p.Flow.Draft
	if ds == nil || len(ds.History) > 0 {
		return false
	}
	reqs := stepRevisions(t.text)
	if len(reqs) == 0 {
		return false
	}
	rs := ds.revisionState()
	rs.Changes = appendChanges(rs.Changes, reqs...)
	return true
}

// withHeldChanges makes the changes kept from the steps on text, the first
// draft; text comes back as it is when none were asked.
func (ds *DraftState) withHeldChanges(text string) string {
	if ds.Revised == nil || len(ds.Revised.Changes) == 0 {
		return text
	}
	rs := ds.Revised
	return replayChanges(text, rs.Changes, rs.context(ds.Details))
}
