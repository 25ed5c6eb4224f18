package agent

import "strings"

// Someone who does not answer ("my friend isn't answering me", "she
// never replies to my messages", "he left me on read for days") leaves
// the person waiting. The point is the silence and whose it is: named
// both, rather than the person alone ("It's good to put a name to it:
// your friend") or the words said back.

// reNoAnswer is someone else not answering: a subject, a "not" or
// "never", and a verb of answering; or being left on read, ignored,
// ghosted.
var reNoAnswer = mustPattern(`\b(she|he|they|\w+) (?:still |just |really |even )?(?:isn't|isnt|is not|doesn't|doesnt|does not|didn't|didnt|did not|hasn't|hasnt|has not|haven't|havent|have not|won't|wont|never|not|stopped) (?:even |really |ever |yet )?(?:answer\w*|repl\w+|respond\w*|writ\w+|text\w*|messag\w+|call\w*|get\w*) ?(?:back|me|to me|(?:to )?my (?:messages?|texts?|calls?))\b|\b(?:left me on read|ghosted me|(?:is|are|keeps?|been) ignoring me|ignores me)\b`)

// unansweredAck names a silence and whose it is; "" when the answer tells
// of none, the one not answering is the person ("i never reply"), or
// nobody can be named.
func unansweredAck(q Question, answer string, earlier []string, v int) string {
	folded := foldText(answer)
	loc := reNoAnswer.FindStringSubmatchIndex(folded)
	if loc == nil || questionKind(q.Text) == qkStep || reWeightier.MatchString(folded) ||
		strings.HasPrefix(strings.TrimSpace(folded[loc[1]:]), "first") {
		// "she never texts me first" is who writes first, not silence.
		return ""
	}
	m := []string{folded[loc[0]:loc[1]], ""}
	if loc[2] >= 0 {
		m[1] = folded[loc[2]:loc[3]]
	}
	switch m[1] {
	case "i", "we", "to", "and", "but", "so", "just", "really", "still":
		// "i never reply to her", and the words before a verb the
		// pattern reads as a subject.
		return ""
	}
	who := whomAbout(answer, earlier)
	if who == "" {
		return ""
	}
	return fitAck(strings.ReplaceAll(pickAck([]string{
		"Waiting on a reply from {w} that doesn't come is hard; silence like that usually says more about their week than about you.",
		"{w} not answering leaves you waiting, and that's a lonely place to be. Silence usually has more to do with their life than with you.",
		"Not hearing back from {w} hurts, and it's natural to wonder why; more often than not it's their busy life, not you.",
	}, v), "{w}", who))
}
