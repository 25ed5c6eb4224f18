package agent

import "strings"

// After a crisis reply, the person may say it was misread: "no not like
// that, i'm moving abroad", "i meant ending things with my ex". Said with
// what they did mean, that is heard: a short sorry for the misreading,
// glad they're okay, the helplines still one tap away, and care mode ends
// so that what they ask next (a goodbye to colleagues, a message to the
// ex) is served as usual. A bare "jk", "nvm" or "lol" says no such thing,
// and care goes on.

// reMisreadSaid says the crisis reply read the person wrong.
var reMisreadSaid = mustPattern(`\b(?:not like that|not in that way|not that way|not what i meant|not what i mean|that'?s not what i (?:meant|mean|said)|(?:i )?did ?n'?t mean (?:it )?(?:like that|that way|that)|(?:you|u) (?:misread|misunderstood|got (?:it|me) wrong|took (?:it|that) wrong)|wrong idea|not that kind of|i meant|i mean)\b`)

// reMisreadJoke is a take-back with nothing meant instead: a joke, "never
// mind". It is not a clarification.
var reMisreadJoke = mustPattern(`\b(?:jk|j k|just kidding|kidding|joking|joke|nvm|never ?mind|forget (?:it|that|i said)|ignore (?:that|it|me))\b`)

// misreadAfter is what the person meant instead, in a message saying the
// crisis reply misread them; "" when it is not that.
func misreadAfter(folded string) string {
	if reMisreadJoke.MatchString(folded) {
		return ""
	}
	loc := reMisreadSaid.FindStringIndex(folded)
	if loc == nil {
		return ""
	}
	rest := strings.TrimSpace(folded[loc[1]:])
	if rest == "" {
		// "i'm moving abroad, not like that".
		rest = strings.TrimSpace(folded[:loc[0]])
	}
	if len(strings.Fields(rest)) < 2 {
		return ""
	}
	return rest
}

// careMisread answers a clarification after a crisis reply; false for any
// other message, and for one whose meaning instead still sounds at risk.
func (t *turn) careMisread() bool {
	folded := foldText(t.text)
	meant := misreadAfter(folded)
	if meant == "" || careRiskKind(meant) != riskNone {
		return false
	}
	choices := []Choice{t.careHelplines()}
	t.endCare()
	if p := t.p.Flow.Paused; p != nil {
		// What the crisis put on hold may be picked up again.
		p.Held = false
		if back, ok := crisisBack(p, "en"); ok {
			choices = append([]Choice{back}, choices...)
		}
	}
	t.say("Ah — sorry, I misread that. Thanks for putting me straight, and I'm really glad you're okay. "+
		"The helplines stay one tap away if you ever want them. What can I help with?", choices...)
	return true
}
