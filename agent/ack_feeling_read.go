package agent

import (
	"slices"

	"github.com/companion-dev/companion/agent/listen"
)

// The feeling read in an answer ("that sounds like it stung a bit"),
// named with the point it is about and whom, or as the worry of being a
// bother when the answer says so.

// feelingRead names the feeling the answer holds; false when the listener
// hears none.
func (h *hearing) feelingRead() (string, bool) {
	q, answer, folded, names, v := h.q, h.answer, h.folded, h.names, h.v
	feel := feelingAck(answer, v)
	if feel == "" {
		return "", false
	}
	if fp := feelingPoint(answer, names, feel, v); fp != "" {
		if own := aboutFeltAck(q, answer, names, v); own != "" && !reWeightier.MatchString(folded) {
			// "discord servers drain me, in person is better": what
			// gives and what takes, in the companion's words, rather
			// than the point said back before the feeling.
			return own, true
		}
		return fp, true
	}
	if own := aboutFeltAck(q, answer, names, v); own != "" && !reWeightier.MatchString(folded) && reWearsOut.MatchString(folded) {
		// "discord drains me, calls with one or two are good, in
		// person is best": what gives and what takes, not only the
		// drain.
		return own, true
	}
	// "i feel like im bothering him", after "my friend yusuf": the
	// worry named with him in it, as the worry it is (of being a
	// bother) when the answer says which.
	whom := whomAbout(answer, h.earlier)
	if bother := botherWith(answer, whom, v); bother != "" && slices.Contains(feelingLines["worry"], feel) {
		return bother, true
	}
	return feelingWith(fitAck(feel), whom, v), true
}

// leansLow reports whether the listener, even unsure, hears a hard
// feeling in answer rather than a good one.
func leansLow(answer string) bool {
	f := listen.Feel(reJudgingAdverb.ReplaceAllString(answer, ""))
	return f.Label != listen.None && f.Confidence >= lowLean && !goodFeelings[f.Label]
}

// lowLean is the confidence from which a hard feeling the listener is not
// sure enough to name still keeps a hopeful frame off the echo.
const lowLean = 0.35

// goodFeelings are the listener's labels for feelings that are good to have.
var goodFeelings = map[string]bool{"pride": true, "gratitude": true, "joy": true, "relief": true}
