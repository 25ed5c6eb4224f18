package agent

import "strings"

// Asked which places give energy, some people answer that none do just
// now: "none of them lately, everything feels like effort since the
// baby", "nothing really, im wiped since i started nights". That is no
// place to name and no answer to say back; it is a tired stretch, named
// with what brought it on when the answer says.

// reNoneGives opens an answer on no place giving energy.
var reNoneGives = mustPattern(`^(?:(?:honestly|tbh|um+|well|hmm+|ugh|idk|i guess)\s+)*(?:none(?: of (?:them|those|it))?|nothing|nowhere|not (?:really )?(?:any|much|one)(?: of (?:them|those))?|no ?where)\b`)

// reAllEffort is everything feeling like work: tiredness said of all of
// it.
var reAllEffort = mustPattern(`\b(?:everything|it all|all of it|anything)(?: just)? (?:feels?|is|seems?) (?:like )?(?:(?:such |an |a |so much )?(?:effort|work|a chore|a slog|too much|exhausting|hard))\b|\b(?:everything|it all|all of it) (?:\w+ )?(?:drains|exhausts|tires|wears) (?:me|me out)\b|\b(?:even )?(?:stuff|things) i used to (?:like|love|enjoy)\b|\b(?:too (?:tired|exhausted|drained|wiped|knackered)|no energy|(?:running|run) on empty|wiped out|burnt out|burned out)\b`)

// reWornSince is what brought a tired stretch on: "since the baby",
// "since i started nights".
var reWornSince = mustPattern(`\b(?:since|after|with) ((?:the|my|our|a) (?:new )?(?:baby|newborn|twins|move|job|new job|promotion|night shifts?|shifts?|exams?|degree|course|renovation)|i started (?:\w+ ){0,2}\w+)\b`)

// noEnergyAck names a tired stretch in which nothing gives energy, at the
// question of what does; "" for any other answer or question.
func noEnergyAck(q Question, folded string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "energy") || !reNoneGives.MatchString(folded) || !reAllEffort.MatchString(folded) {
		return ""
	}
	if m := reWornSince.FindStringSubmatch(folded); m != nil {
		since := strings.Replace(strings.Replace(m[1], "my ", "your ", 1), "i started", "you started", 1)
		return fitAck(strings.ReplaceAll(pickAck([]string{
			"Nothing giving you energy lately, with everything an effort since {s} — that's a tiring stretch, not a failing, and it won't always be like this.",
			"When everything feels like effort since {s}, it's no wonder nowhere fills you up just now; be gentle with yourself.",
		}, v), "{s}", since))
	}
	return pickAck([]string{
		"Nothing giving you energy lately, and everything an effort — that sounds like a tiring stretch, and it's fine to go gently.",
		"When everything takes effort lately, it's no wonder nowhere fills you up just now; small and easy is plenty.",
	}, v)
}
