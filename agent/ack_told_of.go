package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// What an answer tells of, said as what it is: something shared and
// regretted, a limit, a step, time kept, being glad of contact, a shape of
// answer (a split, a choice), grief beside a talk or a joy, how the person
// showed up or slipped, being remembered, something kept offline.

// toldOf names what the answer tells of; false when it tells of none of
// these.
func (h *hearing) toldOf() (string, bool) {
	q, answer, folded, names, cat, v := h.q, h.answer, h.folded, h.names, h.cat, h.v
	if line := sharedTopicAck(q, answer, v); line != "" {
		// "i overshare about my mental health and regret it": what was
		// shared, named, apart from what stays offline.
		return line, true
	}
	if (cat == qkLimit || cat == qkAlone) && h.nothingGraver() {
		// "that i can't host every christmas anymore, i'll tell my
		// sister" is a limit before it is a plan; "at my cousin's
		// wedding, on my own" is lonely where it happened.
		if gist := gistAck(answer, names, cat, v); gist != "" {
			return gist, true
		}
	}
	if listen.IsStep(answer, names) && h.lost == "" {
		// "he died last year and i still want to ring him" is grief, not
		// a plan. "call her this sunday", whatever was asked, is one.
		if own := ownWordsAck(q, answer, names, v); own != "" && onePoint(answer, names) {
			// "voice notes are way easier than calling": the point named.
			return own, true
		}
		return tinyOrEcho(answer, names, qkStep, v), true
	}
	if line := keptTimeAck(q, answer, v); line != "" {
		// "weekends are mine. weekdays text whenever": the time kept is
		// the limit; the time left open is no "no limit".
		return line, true
	}
	if line := reachableAck(q, answer, v); line != "" {
		// "whenever! a call is the best bit of my day": glad of contact,
		// not a limit missing.
		return line, true
	}
	if shape := shapeOf(q, answer); shape != shapeNone {
		if shape == shapeNoOne && reNewStart.MatchString(folded) && connectionKindAck(q, answer, v) != "" && h.lost == "" {
			// "someone to learn from. just started as a junior and i
			// have nobody to ask": no one to ask is why that kind of
			// connection is picked, named with it (pointMade).
			return "", false
		}
		return shapeAck(q, answer, shape, v), true
	}
	if line := sharedRegretAck(answer, v); line != "" {
		// "i overshare then regret it": the loop named, not said back.
		return line, true
	}
	if line := griefTalkAck(answer, names, v); line != "" {
		// "at my gran's funeral me and my cousin finally talked
		// properly": the loss, and the talk with whom.
		return line, true
	}
	if line := griefJoyAck(answer, names, v); line != "" {
		// "we laughed and cried, first time since the funeral i've
		// enjoyed anything": glad, with the grief beside it.
		return line, true
	}
	if line := showingUpAck(q, answer, names, cat, v); line != "" {
		// "threw her a surprise dinner when she got the job": how the
		// person showed up, not news to be glad about.
		return line, true
	}
	if line := misstepAck(answer, names, cat, v); line != "" {
		// "my sister got into law school and i made it about me": the
		// misstep owned, not said back as a verdict.
		return line, true
	}
	if line := rememberedAck(answer, names, cat, v); line != "" {
		// "she remembered my cat's name and that he'd been ill": being
		// remembered, not the illness; a moment the answer names first
		// ("drinks with tomasz, he remembered my birthday") with it.
		first, _, _ := strings.Cut(strings.NewReplacer(".", ",", ";", ",", "!", ",", "?", ",").Replace(strings.ToLower(answer)), ",")
		if own := aboutAck(q, answer, names, v); !strings.Contains(first, "remember") && strings.Contains(own, "remember") {
			return own, true
		}
		return line, true
	}
	if cat == qkLimit && reKeptPrivate.MatchString(folded) {
		// "my mental health stuff stays offline" draws a line: said back
		// as one, not answered as news of an illness.
		return ownOrEcho(q, answer, names, qkLimit, v), true
	}
	return "", false
}

// reKeptPrivate tells of something kept out of sight: "stays offline",
// "i never post about", "off social media".
var reKeptPrivate = mustPattern(`\b(?:stays?|staying|kept|keep|keeps|keeping) (?:\w+ )?(?:offline|off social media|off line|off the internet|off insta\w*|off facebook|private|to myself|to ourselves|between us|out of it)\b|\b(?:never|don't|dont|do not|won't|wont) (?:ever )?(?:post|share|put) (?:\w+ )?(?:about|online|on social|on insta\w*|on facebook|on my story)\b|\b(?:don't|dont|do not|never) want (?:it|that|them|this|any of (?:it|that)) (?:on|online|posted|shared|on social)\b`)
