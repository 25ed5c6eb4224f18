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
	case containsAny(t, "one small", "small way", "small thing"):
		return qkStep
	case strings.HasPrefix(t, "who ") || containsAny(t, "and who ", "people you", "which people"):
		return qkWho
	case containsAny(t, "felt alone", "feel alone", "feeling alone"):
		return qkAlone
	case strings.Contains(t, "drain") && !strings.Contains(t, "energy") || containsAny(t, "worse", "comparing"):
		return qkDrain
	case strings.Contains(t, "alone") && !strings.Contains(t, "left alone") || containsAny(t, "in the way", "drift"):
		return qkHard
	case containsAny(t, "private", "limit", "left alone", "comfortable with", "boundar"):
		return qkLimit
	case containsAny(t, "mean to you", "them to know"):
		return qkMeaning
	case containsAny(t, "say about", "to be close to you"):
		return qkSelf
	case strings.Contains(t, "good or bad"):
		// "someone had good or bad news": neither hopeful nor hard.
		return qkDefault
	case containsAny(t, "good", "understood", "energy", "hope", "fulfilling"):
		return qkGood
	}
	return qkDefault
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}
