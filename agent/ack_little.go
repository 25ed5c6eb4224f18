package agent

// An answer with little in it: "idk", "no one", a doubt asked back ("is
// that bad?"), a plain "yes", or not knowing with a verdict on it. Each
// gets a kind line of its own rather than its words said back.

// littleSaid acknowledges an answer with little in it, or one whose
// illness or doubt comes before anything else it says; false for any
// other answer.
func (h *hearing) littleSaid() (string, bool) {
	q, answer, folded, v := h.q, h.answer, h.folded, h.v
	if line := unwellWeekAck(q, answer, v); line != "" {
		// "uhh no one? i was sick in bed all week": ill, not alone in
		// the world, before any doubt the question mark holds.
		return line, true
	}
	if ack, ok := doubtAck(q, answer, h.earlier, v); ok {
		return ack, true
	}
	if head, ok := selfVerdictCut(folded); ok && lowContent(head) {
		// "cant really think of one. maybe thats the problem": not
		// knowing, and the person's verdict on it, answered kindly.
		return pickAck(ackNoneVerdict, v), true
	}
	if lowContent(folded) {
		if noOne.MatchString(folded) {
			return pickAck(ackNoOne, v), true
		}
		return pickAck(ackUnsure, v), true
	}
	if k, ok := controlIntent(folded); ok && k == IntentYes {
		return pickAck(ackYes, v), true
	}
	return "", false
}

// Unsure answers: not knowing, and having no one.
var (
	unsureRe = mustPattern(`^(?:idk|i dunno|dunno|i don't know|i dont know|don't know|dont know|not sure|i'm not sure|im not sure|no idea|no clue|nothing|none|no one|nobody|noone|n a|na|meh|hmm+|um+|pass|nah|no|nope|maybe|i guess|not really|unsure|can't say|cant say|hard to say|who knows|not much|nothing really|no one really|nobody really|i can't think of anything|i cant think of anything|can't think of anyone|cant think of anyone|not that i can think of|none that i can think of|no one that i can think of|nobody that i can think of|(?:i )?(?:can't|cant|cannot) (?:really |honestly |even )?think of (?:one|any|anyone|anything|any one)|nothing comes to mind|no one comes to mind|(?:i )?(?:never|haven't|havent|have not) (?:really |actually |ever )?(?:thought|think) about it|\?+|\.+)$`)
	noOne    = mustPattern(`^(?:no one|nobody|noone|none|no one really|nobody really|(?:i )?(?:can't|cant|cannot) (?:really |honestly |even )?think of (?:anyone|one|any one)|no one comes to mind|none that i can think of)(?: (?:tbh|honestly|lol|really|sorry))*$`)
)

// lowContent reports whether a folded answer says little beyond not
// knowing: empty, two characters or fewer, or a run of unsure words.
func lowContent(folded string) bool {
	return folded == "" || unsureRe.MatchString(folded) || len(folded) <= 2 || unsureRun(folded)
}

var (
	ackUnsure = []string{
		"That's a fair answer — it's not always easy to say.",
		"Not knowing is an answer too; it may get clearer later.",
		"That's okay. Some questions take a while to land.",
		"Fair enough — there's no right answer to find here.",
		"That's fine; not every question has an answer ready.",
	}
	ackNoOne = []string{
		"That's an honest answer, and it's a fine place to start from.",
		"Thank you for being honest. That's worth knowing, and it can change.",
		"That's okay to say. Plenty of people feel the same, and it can change.",
		"Thanks for saying so plainly; that's where a lot of people start.",
		"That's an honest place to be, and it doesn't have to stay that way.",
	}
)

// ackYes answers a plain "yes".
var ackYes = []string{
	"Good. Let's keep it small and doable.",
	"Great, that's settled then.",
	"Good to hear.",
	"Good, that's settled.",
	"Lovely, let's go with that.",
}
