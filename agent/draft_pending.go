package agent

import (
	"slices"

	"github.com/companion-dev/companion/agent/revise"
)

// Things asked of the message before it is written ("add that i'm coming
// to berlin in may", "don't mention the samosas", "skip the part about his
// job") are kept as pending changes and made on the first draft, exactly
// as the same words would be made on a draft already shown: a line to say
// is written to the recipient, a part to leave out goes with the
// sentences that carry it. They are never read as a detail to paste in or
// as a skip of the step.

// pendingParts returns the changes text asks for when it tells what to
// say or leave out, typed at a step before the first draft; nil when it
// asks no such thing. A message that only tells something ("she said to
// mention the trip") is a detail, not an instruction.
func pendingParts(text string) []revise.Request {
	_, parts := stepRequests(text)
	return parts
}

// stepAsks reports whether text typed at a step asks something of the
// message: a change of how it reads, or a part to say or leave out.
func stepAsks(text string) bool {
	changes, parts := stepRequests(text)
	return len(changes) > 0 || len(parts) > 0
}

// pendingOccasion is the occasion a line to say names ("say happy birthday
// from all of us"), which the draft is then written for; "" when it names
// none or one is set already.
func pendingOccasion(r revise.Request, d DraftDetails) string {
	if r.Kind != revise.Say || d.Occasion != "" {
		return ""
	}
	return draftOccasion(r.Detail)
}

// leaveOut asks for a part to stay out of the message, in so many words.
var leaveOut = mustPattern(`\b(?:drop|remove|delete|cut|take out|take away|leave out|leave off|get rid of|ditch|scrap|don'?t (?:mention|bring up|say anything about|talk about)|do not (?:mention|bring up|talk about)|no mention of|without (?:the|any|mentioning)|skip (?:the|that|any) (?:bit|part|line|stuff|mention|sentence|thing)|forget (?:the|that) (?:bit|part|line|stuff))\b`)

// carriedAsDetail reports whether a line to say, given before the first
// draft, is one the draft writes itself once told it ("say im so proud
// of her", "say it's for a job at the council"): it is then told as a
// detail, which the draft words to fit; a line it would leave out stays a
// change made on the draft.
func carriedAsDetail(detail string, d DraftDetails) bool {
	with := d
	with.Said = append(slices.Clone(d.Said), detail)
	return carries(ComposeDraft(with, 0), detail) && !carries(ComposeDraft(d, 0), detail)
}
