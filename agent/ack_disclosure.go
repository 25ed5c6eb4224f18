package agent

// A disclosure heard: the person's own illness, someone ill and who was
// there, news good or bad about someone (hard news beside what made the
// person feel understood), a message meant for someone, the
// one person who sees the real picture. Each is answered as a person would
// before any feeling the words hold.

// disclosure answers what the answer discloses; false when it discloses
// none of these.
func (h *hearing) disclosure() (string, bool) {
	answer, names, v := h.answer, h.names, h.v
	if line := ownIllnessAck(answer, v); line != "" {
		// "i was diagnosed last year and only my partner knows": a
		// disclosure, not news of the partner.
		return line, true
	}
	if line := illCarerAck(answer, names, v); line != "" {
		// "my dad was in hospital and a coworker sat with me": hopeful
		// about him, and who was there named.
		return line, true
	}
	if news := newsAck(answer, v); news != "" {
		if line := understoodBesideNews(h.q, answer, v); line != "" {
			// "after my son's diagnosis … he just got it without me
			// having to explain": what the other person did, with the
			// news beside.
			return line, true
		}
		// "she beat cancer and i cried": glad about her first.
		return fitAck(news), true
	}
	if h.cat == qkMeaning && h.lost == "" {
		// "that i'm so proud of how she got through chemo" is something
		// to tell her before it is a feeling.
		if gist := gistAck(answer, names, h.cat, v); gist != "" {
			return gist, true
		}
	}
	if line := confidantAck(answer, names, v); line != "" {
		// "my therapist is the only one who knows": who sees the real
		// picture, named.
		return line, true
	}
	return "", false
}
