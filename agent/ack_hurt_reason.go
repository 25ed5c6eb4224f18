package agent

import "strings"

// A past hurt is often given as the reason for a choice or a limit, not
// told as news: "location off. after what happened with my ex i turned
// everything off", "a wider circle, deep stuff scares me since the thing
// with my ex". Answered as a breakup ("I'm sorry, a breakup changes a
// lot"), the choice goes unheard. The choice is acknowledged as if the
// reason were not there, and the reason is heard after it: being careful
// after being hurt makes sense.

// reHurtReason is a past hurt given as a reason; it names the ex or the
// one who hurt the person, and what they did when the answer says it
// ("because of an ex who tracked me down there").
var reHurtReason = mustPattern(`\b(?:after|since|because of|cause of|cos of|from) (?:what happened|everything|all that happened|the stuff|the thing|things|stuff|all the drama|the drama) (?:with|w) (?:my |an? |the )?(?:ex|ex partner|ex boyfriend|ex girlfriend|ex husband|ex wife|last relationship|stalker)\b|\b(?:because of|cause of|cos of|thanks to) (?:my |an |the |this )?(?:ex|ex partner|ex boyfriend|ex girlfriend|ex husband|ex wife|stalker|creep)(?: (?:who|that) [^.;!?]*)?`)

// hurtReasonTails hear the reason after the choice.
var hurtReasonTails = []string{
	"After what happened with your ex, going carefully makes sense; feeling safe comes first.",
	"After a hurt like that with your ex, wanting to be careful is fair.",
}

// hurtReasonAck acknowledges an answer whose choice or limit is given a
// past hurt as its reason: the choice, then the reason heard; "" when the
// answer gives no such reason.
func hurtReasonAck(q Question, answer string, earlier []string, v int) string {
	loc := reHurtReason.FindStringIndex(foldText(answer))
	if loc == nil || foldText(answer) != strings.ToLower(foldText(answer)) {
		return ""
	}
	folded := foldText(answer)
	rest := strings.TrimSpace(folded[:loc[0]] + " " + folded[loc[1]:])
	tail := pickAck(hurtReasonTails, v)
	if len(strings.Fields(rest)) < 2 {
		return tail
	}
	ack := acknowledgeAnswer(q, rest, earlier, v)
	if ack == "" || strings.Contains(ack, "_") || len(ack)+1+len(tail) > ackMax {
		return tail
	}
	return ack + " " + tail
}
