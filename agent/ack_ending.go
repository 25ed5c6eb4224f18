package agent

// A relationship that ended (a divorce, a breakup, a separation) often
// takes friends with it: an answer about the circle a person wants now
// that tells of one is heard with the ending first. endingIn names the
// ending as the companion says it.

// reEndingNamed is an ending said with its noun: "after the divorce", "my
// breakup", "our split".
var reEndingNamed = mustPattern(`\b(?:the|my|our|that) (divorce|breakup|break up|break-up|split|separation)\b`)

// reEndingTold is an ending told with a verb: "we split up", "since i got
// divorced".
var reEndingTold = mustPattern(`\b(?:got divorced|divorced|broke up|split up|separated|we split)\b`)

// endingIn is the ending an answer tells of ("the divorce", "the
// breakup"), or "".
func endingIn(answer string) string {
	folded := foldText(answer)
	if m := reEndingNamed.FindStringSubmatch(folded); m != nil {
		switch m[1] {
		case "break up", "break-up":
			return "the breakup"
		}
		return "the " + m[1]
	}
	if m := reEndingTold.FindString(folded); m != "" {
		if m == "got divorced" || m == "divorced" {
			return "the divorce"
		}
		if m == "separated" {
			return "the separation"
		}
		return "the breakup"
	}
	return ""
}
