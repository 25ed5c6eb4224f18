package agent

import "strings"

// Asked how honest they are with the people close to them, people often
// split it by whom: "with my wife yes, with my mates never". The
// acknowledgement names both sides in the companion's words rather than
// saying the split back.

// reOpenWithSplit is openness told by whom: group 1 is whom the person is
// open with, group 2 whom not.
var reOpenWithSplit = mustPattern(`\bwith (?:my |our )?([a-z]+(?: [a-z]+)?),? (?:yes|completely|totally|always|fully|very|100%|everything|mostly)\b[^.;]*?\bwith (?:my |our )?([a-z]+(?: [a-z]+)?),? (?:never|not (?:really|at all|much|so much)|no|nope|nothing|hardly)\b`)

// openWithSplitAck names whom the person is open with and whom not, at the
// question of honesty; "" for any other answer or question.
func openWithSplitAck(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "honest") {
		return ""
	}
	m := reOpenWithSplit.FindStringSubmatch(foldText(answer))
	if m == nil {
		return ""
	}
	open, closed := whomWord(m[1]), whomWord(m[2])
	lines := []string{
		"Fully open with {a}, closed off with {b} — very common, and one of {b} hearing a little more could change how that feels.",
		"So {a} gets the real picture and {b} don't; letting even one of them in a bit is a small, brave step.",
	}
	if !strings.HasSuffix(closed, "s") {
		// "with my dad never": one person, not a group to pick from.
		lines = []string{
			"Fully open with {a}, closed off with {b} — very common, and {b} hearing a little more could change how that feels.",
			"So {a} gets the real picture and {b} doesn't; letting {b} in a bit is a small, brave step.",
		}
	}
	return fitAck(strings.NewReplacer("{a}", open, "{b}", closed).Replace(pickAck(lines, v)))
}

// whomWord is a word for people said by the person ("wife", "mates"), as
// the companion says it: "your wife".
func whomWord(w string) string {
	if strings.HasPrefix(w, "the ") {
		return w
	}
	return "your " + w
}
