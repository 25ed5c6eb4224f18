package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// The answer's own words: when no stage before hears what an answer is
// about, its point, the people it names or what it means to do are said
// back, the answer's first clause in _italics_ in a frame for the
// question's kind, or thanks when it will not fit.

// ownWords acknowledges the answer in its own words, the last stage.
func (h *hearing) ownWords() string {
	q, answer, folded, names, cat, v := h.q, h.answer, h.folded, h.names, h.cat, h.v
	if point := pointAck(answer); point != "" {
		return fitAck(point)
	}
	if own := ownWordsAck(q, answer, names, v); own != "" && cat != qkWho && fewPoints(answer) {
		return own
	}
	// People answer "who" questions; elsewhere they are part of a longer
	// thought, which the echo below keeps.
	if people := h.mentions(); len(people) > 0 && (cat == qkWho || len(strings.Fields(folded)) <= len(people)+2) {
		return fitAck(ackPeople(people, answer, v))
	}
	if cat != qkStep && intends(cat, answer) {
		// "i want to be less flaky" is a plan, whatever was asked: never
		// "worth knowing, so you can plan around it".
		return echoAck(answer, names, qkIntent, v)
	}
	if (cat == qkGood || cat == qkMeaning || cat == qkDefault || cat == qkSelf) && leansLow(answer) {
		// A hard answer to a hopeful question ("we just drifted") gets
		// the frames for hard things, never "a lovely thing to know".
		cat = qkHard
	}
	if cat == qkAlone && reNotAlone.MatchString(folded) {
		// "no, it was a good week": no lonely frame on it.
		cat = qkDefault
	}
	return ownOrEcho(q, answer, names, cat, v)
}

// ownOrEcho names what the answer is about in the companion's own words
// (aboutAck) and says the answer back only when nothing in it is
// recognised.
func ownOrEcho(q Question, answer string, names []string, cat, v int) string {
	if own := aboutAck(q, answer, names, v); own != "" {
		return own
	}
	if line := contactAck(answer, names, cat, v); line != "" {
		// "a random call from my old coach, just checking on me": who
		// got in touch and how, not the words said back.
		return line
	}
	return tinyOrEcho(answer, names, cat, v)
}

// tinyOrEcho is echoAck, except that a whole answer of a word or two
// ("badly.", "idk. something") is not said back in italics: a line for
// the question's kind names the point instead.
func tinyOrEcho(answer string, names []string, cat, v int) string {
	clean := listen.Clean(answer)
	if tiny := ackTiny[cat]; len(tiny) > 0 && len(strings.Fields(clean)) <= 2 && !namesIn(clean, names) {
		return pickAck(tiny, v)
	}
	return echoAck(answer, names, cat, v)
}

// echoAck says the point of an answer back: its first clause, cleaned, in
// a frame that fits the question. An answer whose first clause will not
// fit is thanked without an echo rather than cut.
func echoAck(answer string, names []string, cat, v int) string {
	if gist := gistAck(answer, names, cat, v); gist != "" {
		// "that i'd be lost without her": a message for her, framed as one.
		return gist
	}
	clean := softenEcho(listen.Proper(listen.Clean(answer), names))
	frames := ackLong[cat]
	if n := len(strings.Fields(clean)); n <= 8 && len(clean) <= 60 {
		frames = ackShort[cat]
	}
	frame := pickAck(frames, v)
	clause := echoClause(clean, names, ackMax-len(frame))
	if clause == "" || len(frame)+len(clause) > ackMax {
		return pickAck(ackNoEcho, v)
	}
	return fitAck(strings.ReplaceAll(frame, "{a}", clause))
}

// reAside is a remark in brackets: "lena (my best friend since we were
// 6)" names one person, not two.
var reAside = mustPattern(`\s*\([^()]*\)`)

// echoClause is the part of a cleaned answer said back: its first clause,
// and when that is only a few words ("the family whatsapp", "more than you
// used to"), the sentence after it as well, which says what they mean; or
// when a later sentence names someone the clause does not ("no idea how to
// say it to kofi"), the first clause of that sentence, so that who it is
// about is heard.
func echoClause(clean string, names []string, limit int) string {
	clause := listen.Clause(clean, limit)
	sents := listen.Sentences(clean)
	if len(sents) < 2 || strings.TrimRight(sents[0], ".!?; ") != clause {
		return clause
	}
	var next string
	switch {
	case len(strings.Fields(clause)) <= 5 && !strings.HasPrefix(strings.ToLower(clause), "you "):
		// "you keep your relationship private" is whole already.
		next = listen.Clause(strings.Join(sents[1:], " "), limit-len(clause)-2)
	case !namesIn(clause, names):
		for _, s := range sents[1:] {
			if namesIn(s, names) {
				next = listen.Clause(s, limit-len(clause)-2)
				if !namesIn(next, names) {
					next = ""
				}
				break
			}
		}
	}
	if next == "" || len(clause)+2+len(next) > limit {
		return clause
	}
	return clause + ", " + next
}

// namesIn reports whether s says one of names, as a whole word.
func namesIn(s string, names []string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\'' || r == '?' || r == '!' }) {
		if slices.ContainsFunc(names, func(n string) bool { return strings.EqualFold(n, w) }) {
			return true
		}
	}
	return false
}

var (
	ackShort = [11][]string{
		qkDefault: {"_{a}_ — that makes a lot of sense.", "_{a}_ — thank you, that's useful to know.", "_{a}_ — that's worth knowing about yourself."},
		qkHard:    {"_{a}_ — that's a real obstacle, and a common one.", "_{a}_ — that makes sense, and it can shift.", "_{a}_ — worth knowing, so you can plan around it."},
		qkGood:    {"_{a}_ — good to know what works for you.", "_{a}_ — a good thing to remember.", "_{a}_ — here's to more of that."},
		qkLimit:   {"_{a}_ — a limit like that is worth keeping.", "_{a}_ — knowing that makes it easier to say.", "_{a}_ — that's a fair line to draw."},
		qkWho:     {"_{a}_ — good to have them in mind.", "_{a}_ — that's a place to start.", "_{a}_ — thank you, that helps."},
		qkStep:    {"_{a}_ — small and doable, which is just right.", "_{a}_ — a clear next step.", "_{a}_ — that's very doable."},
		qkMeaning: {"_{a}_ — that would mean a lot to hear.", "_{a}_ — worth telling them, in your own words.", "_{a}_ — a lovely thing for them to know."},
		qkIntent:  {"_{a}_ — a good thing to aim for.", "_{a}_ — that's worth doing.", "_{a}_ — a small change like that counts."},
		qkDrain:   {"_{a}_ — good to notice what leaves you feeling worse.", "_{a}_ — that's draining, and it's fine to step back from it.", "_{a}_ — knowing that makes it easier to do less of it."},
		qkSelf:    {"_{a}_ — a good thing to hope for.", "_{a}_ — that's worth hoping for.", "_{a}_ — that's worth living up to."},
		qkAlone:   {"_{a}_ — feeling alone with people around is a lonely kind of alone.", "_{a}_ — that sounds lonely, and it's worth noticing.", "_{a}_ — feeling alone on the outside like that is hard."},
	}
	ackLong = [11][]string{
		qkDefault: {"You said _{a}_ — there's a lot in that.", "_{a}_ — thank you for being so open.", "_{a}_ — that's useful to have in words."},
		qkHard:    {"_{a}_ — that's real, and you're not the only one.", "You said _{a}_; that makes sense, and it can change.", "_{a}_ — naming it is a first step."},
		qkGood:    {"_{a}_ — that tells you something about what you need.", "You said _{a}_; that's worth remembering.", "_{a}_ — a good sign of what you need."},
		qkLimit:   {"_{a}_ — that's a boundary worth protecting.", "You said _{a}_; knowing that makes it easier to say.", "_{a}_ — a fair limit to have."},
		qkWho:     {"You said _{a}_ — good to have them in mind.", "_{a}_ — thank you, that helps.", "_{a}_ — that's a place to start."},
		qkStep:    {"_{a}_ — a real, doable step.", "You said _{a}_; small steps like that add up.", "_{a}_ — that's a plan."},
		qkMeaning: {"_{a}_ — that would mean a lot to hear.", "You said _{a}_; that's worth telling them.", "_{a}_ — a lovely thing for them to know."},
		qkIntent:  {"_{a}_ — that's a good intention, and a doable one.", "You said _{a}_; that's worth making room for.", "_{a}_ — a good thing to aim for."},
		qkDrain:   {"_{a}_ — that's worth noticing; it's fine to step back from what leaves you feeling worse.", "You said _{a}_; things like that wear most people down.", "_{a}_ — naming it makes it easier to do less of it."},
		qkSelf:    {"_{a}_ — a good thing to hope for.", "You said _{a}_; that's worth hoping for.", "_{a}_ — that's worth living up to."},
		qkAlone:   {"_{a}_ — feeling alone with people around is its own kind of lonely.", "You said _{a}_; that sounds lonely, and it's worth noticing.", "_{a}_ — feeling alone on the outside like that is hard."},
	}
	// ackTiny answers an answer of a word or two, by the question's kind,
	// without saying it back.
	ackTiny = map[int][]string{
		qkDefault: {
			"Thanks for putting it plainly; seeing it is where doing it differently starts.",
			"That's honest, and noticing it is most of the work.",
			"Fair enough — short and clear, and worth knowing about yourself.",
		},
		qkStep: {
			"Something small is plenty; it can take shape as the week goes.",
			"A small step is the right size — it can firm up when the moment comes.",
			"That's enough to start with; a step doesn't have to be planned to the minute.",
		},
	}
	// ackNoEcho thanks an answer too long to say back whole.
	ackNoEcho = []string{
		"Thank you — there's a lot in that, and it helps to have it in words.",
		"Thank you for putting all that into words.",
		"That's a lot to think about, and it's useful to have it written down.",
		"Thank you. That's a lot to hold, and it's good to have it said.",
		"I'm glad you wrote all of that out; it's worth having in words.",
	}
)

func pickAck(pool []string, v int) string { return pool[v%len(pool)] }

// fitAck capitalises an acknowledgement, an echo in italics included, and
// keeps it within ackMax: one that would not fit is thanks without an echo.
func fitAck(s string) string {
	if rest, ok := strings.CutPrefix(s, "_"); ok {
		s = "_" + upFirst(rest)
	} else {
		s = upFirst(s)
	}
	if len(s) > ackMax {
		return ackNoEcho[0]
	}
	return s
}

// reNotAlone answers "was there a moment you felt alone?" with no.
var reNotAlone = mustPattern(`^(?:no|nope|nah|not really|not this week|never|none|i was fine|i was okay|i was ok|actually no)\b|\b(?:didn't|didnt|did not|never) (?:really )?feel (?:alone|lonely)\b`)
