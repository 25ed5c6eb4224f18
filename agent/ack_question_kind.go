package agent

import "strings"

// Question kinds shape the acknowledgement.
const (
	qkDefault = iota
	qkHard
	qkGood
	qkLimit
	qkWho
	qkStep
	qkMeaning
	qkIntent // not a question's kind: an answer that says what the person means to do
	qkAlone  // a moment of feeling alone
	qkDrain  // what drains or leaves one feeling worse
	qkSelf   // what others would say of the person
)

// questionKind is the kind of a question, read from its text.
func questionKind(text string) int {
	t := strings.ToLower(text)
	switch {
	case strings.Contains(t, "one small") || strings.Contains(t, "small way") || strings.Contains(t, "small thing"):
		return qkStep
	case strings.HasPrefix(t, "who ") || strings.Contains(t, "and who ") || strings.Contains(t, "people you") ||
		strings.Contains(t, "which people"):
		return qkWho
	case strings.Contains(t, "felt alone") || strings.Contains(t, "feel alone") || strings.Contains(t, "feeling alone"):
		return qkAlone
	case strings.Contains(t, "drain") && !strings.Contains(t, "energy") || strings.Contains(t, "worse") || strings.Contains(t, "comparing"):
		return qkDrain
	case strings.Contains(t, "in the way") ||
		strings.Contains(t, "alone") && !strings.Contains(t, "left alone") || strings.Contains(t, "comparing") || strings.Contains(t, "drift"):
		return qkHard
	case strings.Contains(t, "private") || strings.Contains(t, "limit") || strings.Contains(t, "left alone") ||
		strings.Contains(t, "comfortable with") || strings.Contains(t, "boundar"):
		return qkLimit
	case strings.Contains(t, "mean to you") || strings.Contains(t, "them to know"):
		return qkMeaning
	case strings.Contains(t, "say about") || strings.Contains(t, "to be close to you"):
		return qkSelf
	case strings.Contains(t, "good or bad"):
		// "someone had good or bad news": neither hopeful nor hard.
		return qkDefault
	case strings.Contains(t, "good") || strings.Contains(t, "understood") || strings.Contains(t, "energy") ||
		strings.Contains(t, "hope") || strings.Contains(t, "fulfilling"):
		return qkGood
	}
	return qkDefault
}
