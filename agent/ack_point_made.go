package agent

import "github.com/companion-dev/companion/agent/listen"

// The point an answer makes, in the companion's words: going alone, the
// kind of connection picked, a moment with a stranger, a comparison, what
// gives beside what takes, a particular point (one-sided effort, a reply
// put off), the person's own point, the option chosen, or the people
// named at a question asking who.

// mentions are the people the answer speaks of, a remark in brackets left
// out.
func (h *hearing) mentions() []listen.Mention {
	return listen.Mentions(reAside.ReplaceAllString(h.answer, ""), h.names)
}

// pointMade names the point the answer makes; false when none is heard.
func (h *hearing) pointMade() (string, bool) {
	q, answer, folded, earlier, names, cat, v := h.q, h.answer, h.folded, h.earlier, h.names, h.cat, h.v
	if line := wentAloneAck(answer, v); line != "" {
		return line, true
	}
	kind := connectionKindAck(q, answer, v)
	if kind != "" && (reOutOfStep.MatchString(folded) || reComparing.MatchString(folded) || reNewStart.MatchString(folded) && listen.Lost(answer, names) == "") {
		// "a close friend. everyone i know is married now": the kind
		// picked, with feeling out of step as why, not a comparison
		// online.
		return kind, true
	}
	if line := strangerMomentAck(q, answer, names, v); line != "" {
		// "a stranger on the bus helped me with my pram": who it was and
		// where, not "that sounds lovely".
		return line, true
	}
	if line := comparingAck(answer, names, v); line != "" {
		// "linkedin. everyone i graduated with is a 'head of' something":
		// a comparison, whatever pride or relief the words hold.
		return line, true
	}
	if line := givesAndTakesAck(q, answer, names, v); line != "" && h.nothingGraver() {
		// "group chats are a nightmare … but the small chat with my
		// cousins is the best thing on my phone": which gives and which
		// takes, side by side, before any one clause.
		return line, true
	}
	if kind != "" && h.nothingGraver() && heavyNamed(answer) == "" {
		// "a close friend. someone i can text late without overthinking
		// it": the kind picked, before a point the rest makes on the way.
		return kind, true
	}
	if line := circleMissAck(q, answer, names, v); line != "" {
		// "both, i love my besties but i miss having a crowd": both
		// kinds named, the missed one with them.
		return line, true
	}
	if line := circleHardAck(q, answer, names, v); line != "" {
		// "few people. big groups make me feel like a spare part": the
		// circle picked, big groups named as hard, before being left
		// out is said back.
		return line, true
	}
	if point, kind := particularPoint(answer); point != "" {
		tails := pointTails[kind]
		if kind == "delayed" && reFeelsBad.MatchString(folded) {
			// "… then its too awkward. i feel awful about it."
			tails = delayedBadTails
		}
		if gp := gistThen(answer, names, kind, tails, v); gp != "" {
			return gp, true
		}
		if pp := pointThen(answer, names, tails, func(c string) bool { return lowKindOf(c) == kind }, v); pp != "" {
			return pp, true
		}
		// "no one reached out, i did all the reaching" is one-sided effort
		// more than loneliness: the particular point comes first, with
		// whom it is about ("left grace on read").
		return feelingWith(fitAck(point), whomAbout(answer, earlier), v), true
	}
	if own := ownWordsAck(q, answer, names, v); own != "" && cat != qkWho && onePoint(answer, names) {
		// "i always think theyre too busy for me": the worry named, not
		// the words said back, with whom it is about.
		return feelingWith(own, whomAbout(answer, earlier), v), true
	}
	if opt := optionAck(q, answer, names, v); opt != "" {
		// "wider circle, lighter stuff. i have my partner for the heavy
		// things": the choice first.
		return fitAck(opt), true
	}
	if people := h.mentions(); cat == qkWho && len(people) >= 2 && h.lost == "" {
		// "i messaged soren about his surgery, and chidi reached out":
		// who, asked for, comes before what happened to them.
		return fitAck(ackPeople(people, answer, v)), true
	}
	return "", false
}
