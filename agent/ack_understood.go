package agent

import "strings"

// Asked when they last felt understood, people often tell the hard news
// the talk was about on the way ("after my son's diagnosis … he just got
// it without me having to explain"). What the other person did is the
// answer; the news is the weight it was carried under, named first and
// briefly.

// understoodBesideNews names what made the person feel understood beside
// the hard news it came with; "" at any other question, for good news, or
// when the answer names nothing the other person did.
func understoodBesideNews(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "understood") {
		return ""
	}
	value := aboutOf(answer).value
	n := readNews(answer)
	if value == "" || !newsAckKinds[n.kind] || n.kind == newsRecovery || n.kind == newsWin || n.kind == newsBaby {
		return ""
	}
	first := newsAckFirst(n, newsPhrase(answer, n.about), v)
	line := first + " " + upFirst(value) + pickAck([]string{
		" means all the more at a time like that.",
		" is worth so much when things are that heavy.",
	}, v)
	if len(line) > ackMax {
		return ""
	}
	return line
}
