package agent

import (
	"slices"

	"github.com/companion-dev/companion/agent/listen"
)

// An answer that makes a point of a known class — each person given their
// own line, an ex seen online, a choice with a hurt as its reason, a new
// place, a silence, what gets in the way, a deep talk, a limit crossed,
// who drifts, a tired stretch with no place giving energy, the points a
// friend would name, waiting to hear first, a
// reaction for a reply, how time online splits — is named in the
// companion's words before anything else its words hold.

// classPoint names the point of a known class an answer makes; false when
// it makes none.
func (h *hearing) classPoint() (string, bool) {
	q, answer, earlier, v := h.q, h.answer, h.earlier, h.v
	names := answerNames(append(slices.Clone(earlier), answer)...)
	if line := eachOwnAck(q, answer, names, v); line != "" {
		// "yuki - that she got me through. hana - that she's the
		// funniest": each person named, not the first said back.
		return line, true
	}
	if line := understoodValueAck(q, answer, names, v); line != "" {
		// "my wife. every time. she remembers the small stuff": what
		// she did, and who she is, not the opening said back.
		return line, true
	}
	if line := exOnlineAck(q, answer, v); line != "" {
		// "my ex posted engagement photos and i spiraled": what was seen
		// and how it landed, not a breakup to be sorry about.
		return line, true
	}
	if line := hurtReasonAck(q, answer, earlier, v); line != "" {
		// "after what happened with my ex i turned everything off": a
		// choice with its reason, not news of a breakup.
		return line, true
	}
	if line := newPlaceAck(q, answer, v); line != "" {
		// "i feel so alone since i came to this city": lonely, and new
		// there, named together.
		return line, true
	}
	if line := unansweredAck(q, answer, earlier, v); line != "" {
		// "my friend isn't answering me": the silence, and whose.
		return line, true
	}
	if h.cat == qkAlone && reGoodWeek.MatchString(unpunctuated(h.folded)) {
		// "not really, it was a good week actually": glad, and nothing
		// to say back, before any frame for a lonely moment.
		return pickAck(ackGoodWeek, v), true
	}
	if line := nothingMuchAck(q, h.folded, h.cat, v); line != "" && listen.Lost(answer, nil) == "" && !reGrave.MatchString(h.folded) {
		// "none really, im pretty good about this stuff", "nothing
		// much, i just lurk": the reason for little to say, named.
		return line, true
	}
	if line := noEnergyAck(q, h.folded, v); line != "" && listen.Lost(answer, nil) == "" && !reGrave.MatchString(h.folded) {
		// "none of them lately, everything feels like effort since the
		// baby": a tired stretch, not a place or a value.
		return line, true
	}
	if line := inTheWayAck(q, answer, earlier, v); line != "" {
		// "laziness tbh. and the time zone, she's in osaka": each thing
		// in the way named, with whom, not the list said back.
		return line, true
	}
	if line := deepTalkAck(q, answer, earlier, names, v); line != "" {
		// "we had it out and it was the most honest we've been": the
		// talk, and with whom, before any value its words hold.
		return line, true
	}
	if line := limitCrossedAck(q, answer, v); line != "" {
		// "my health. i dont want it online but my mum keeps posting":
		// the line, and who crosses it.
		return line, true
	}
	if line := followDriftAck(q, answer, earlier, v); line != "" {
		// "i follow up with my cousins but Rosa drifts": who hears from
		// the person and who drifts, each from its own clause.
		return line, true
	}
	if line := namedPointAck(q, answer, earlier, names, v); line != "" {
		// "i keep waiting for someone to revive the group chat": the
		// point a friend would name, not the words said back.
		return line, true
	}
	if line := openWithSplitAck(q, answer, v); line != "" {
		// "with my wife yes, with my mates never": open with some,
		// closed with others, each named.
		return line, true
	}
	if line := waitFirstAck(q, answer, v); line != "" {
		// "i wait for everyone lol": the waiting, not the words.
		return line, true
	}
	if line := reactionAck(answer, v); line != "" {
		// "sent a 🎉 and that was it": the reply was a reaction, named.
		return line, true
	}
	if line := onlineShareAck(q, answer, v); line != "" {
		// "like 90% scrolling, i just watch": how the time splits, asked
		// for, before any feeling about it.
		return line, true
	}
	return "", false
}
