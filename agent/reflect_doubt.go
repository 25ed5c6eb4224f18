package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// An answer may come as a doubt about itself: "is it weird that i can't
// think of anyone?", "does my cat count?". It is an answer, asked with a
// question mark; a friend settles the doubt and hears the answer.

var (
	// reDoubt asks whether what follows is all right to say.
	reDoubt = mustPattern(`^(?:is it|is that|isn't it|isnt it|would it be|would that be|am i) (?:really |kind of |kinda |a bit |too |so )?(weird|bad|strange|odd|normal|okay|ok|wrong|sad|pathetic|silly|stupid|fine|lame|selfish|rude|crazy|dumb|greedy|needy|clingy|unfair|mean|cold|too much|a lot)(?: (?:that|if|to|how))? ?(.*?)[?!. ]*$`)
	// reCounts asks whether someone or something counts as an answer.
	reCounts = mustPattern(`^(?:does|do|would|can|could) (.+?) count(?: as (?:\w+ ?){1,3})?[?!. ]*$`)
	// reCountsAfter is an answer followed by the doubt whether it
	// counts: "my therapist lol does that count".
	reCountsAfter = mustPattern(`^(.+?)[,.;]? (?:does|do|would|can|could) (?:that|this|it|she|he|they|therapy) (?:even |still |really )?count(?: as (?:\w+ ?){1,3})?[?!. ]*$`)
)

// answerDoubt splits an answer asked as a doubt into the line that
// settles it and the answer itself ("i can't think of anyone"); ok is false
// for any other answer.
func answerDoubt(answer string) (lead, rest string, ok bool) {
	folded := strings.TrimSpace(listen.Unfilled(foldText(answer)))
	if m := reCounts.FindStringSubmatch(folded); m != nil {
		who := listen.Clean(m[1])
		if who == "" || len(strings.Fields(who)) > 5 {
			return "", "", false
		}
		return countsLead(who), "", true
	}
	if m := reCountsAfter.FindStringSubmatch(folded); m != nil && len(strings.Fields(m[1])) <= 12 {
		// "my therapist lol does that count": the answer, and that it
		// counts.
		if who := listen.Clean(m[1]); who != "" && len(strings.Fields(who)) <= 4 {
			return countsLead(who), "", true
		}
		return "Of course that counts.", m[1], true
	}
	m := reDoubt.FindStringSubmatch(folded)
	if m == nil {
		// "calls leave me wiped out. texting is fine. is that weird?":
		// the answer first, the doubt about it after.
		return trailingDoubt(answer)
	}
	lead = doubtLead(m[1])
	rest = strings.TrimSpace(m[2])
	if strings.HasPrefix(folded, "am i ") {
		// "am i weird for not having a best friend": settled, and said
		// back without the echo a gerund would garble.
		return lead + " Plenty of people would say the same.", "", true
	}
	return lead, rest, true
}

// countsLead settles the doubt whether who counts as an answer.
func countsLead(who string) string {
	return "Of course " + who + " counts. Whoever matters to you belongs here."
}

// trailingDoubt splits an answer that ends on a doubt about all of it
// ("… is that weird?") into the line that settles it and the answer
// before it.
func trailingDoubt(answer string) (lead, rest string, ok bool) {
	sents := listen.Sentences(strings.TrimSpace(answer))
	if len(sents) < 2 {
		// "a bit of everything, is that too much?": the doubt after a
		// comma.
		i := strings.LastIndex(answer, ", ")
		if i <= 0 {
			return "", "", false
		}
		sents = []string{answer[:i], answer[i+2:]}
	}
	last := strings.TrimSpace(listen.Unfilled(foldText(sents[len(sents)-1])))
	m := reDoubt.FindStringSubmatch(last)
	if m == nil || strings.TrimSpace(m[2]) != "" {
		return "", "", false
	}
	return doubtLead(m[1]), strings.Join(sents[:len(sents)-1], " "), true
}

// doubtLead settles a doubt about word ("is that bad?"): by its own
// word where saying it back reads well ("Not bad at all."), so that the
// worry asked about is the one answered.
func doubtLead(word string) string {
	switch word {
	case "normal", "okay", "ok", "fine":
		return "It's completely okay."
	case "weird", "strange", "odd", "bad", "wrong", "rude", "selfish", "greedy", "needy", "clingy", "unfair", "mean", "cold":
		return "Not " + word + " at all."
	}
	return "Not at all."
}

// doubtAck answers a doubt: the line that settles it, then what the answer
// says, acknowledged as any answer is.
func doubtAck(q Question, answer string, earlier []string, v int) (string, bool) {
	lead, rest, ok := answerDoubt(answer)
	if !ok {
		return "", false
	}
	if rest == "" || len(strings.Fields(rest)) < 2 {
		return lead, true
	}
	if strings.HasPrefix(rest, "not ") || strings.HasPrefix(rest, "only ") || strings.HasPrefix(rest, "have ") {
		rest = "i " + rest
	}
	ack := acknowledgeIn(q, rest, earlier, v)
	switch {
	case strings.Contains(ack, "_") && len(strings.Fields(listen.Clean(rest))) <= 4:
		// "all of them? is that greedy": a short answer said back under
		// the settled doubt repeats it; the doubt settled is the point.
		return lead + " " + pickAck([]string{"That's an honest answer, and a very human one.", "Plenty of people would answer the same."}, v), true
	case ack == "":
		return lead + " Whatever comes to mind is a fine answer.", true
	case len(lead)+1+len(ack) > ackMax:
		if first := listen.Sentences(rest); len(first) > 1 {
			// Said back shorter, so that the doubt is settled too.
			if short := acknowledgeIn(q, first[0], earlier, v); short != "" && len(lead)+1+len(short) <= ackMax {
				return lead + " " + short, true
			}
		}
		// The answer's own acknowledgement settles the doubt too.
		return ack, true
	}
	return lead + " " + ack, true
}
