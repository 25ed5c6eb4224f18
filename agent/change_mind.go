package agent

import (
	"context"
	"strings"
)

// A change of mind typed at a prompt and followed by something new
// ("actually never mind, how do i get over someone") ends the flow and
// serves the rest, as a friend would drop the draft and answer the new
// question. "never mind" on its own is a plain cancel, read elsewhere.

// reChangeMind is a change of mind at the start of a message; group 1 is
// what follows it.
var reChangeMind = mustPattern(`^(?:(?:actually|oh|hmm+|um+|wait|ok|okay|no|nah|sorry)[ ,.]+)*(?:never ?mind|nvm|forget (?:it|that|about it|about that)|scratch that|on second thought|cancel (?:that|it|this)|(?:i'?ve |i )?changed my mind|let'?s not|leave it)(?: about (?:that|it|the (?:message|draft|text|reminder|plan)))?[ ,.;:!-]+(.+)$`)

// afterChangeOfMind splits a message into its change of mind and the new thing
// after it; ok is false when it does not open with one, or nothing of two
// words or more follows.
func afterChangeOfMind(text string) (rest string, ok bool) {
	m := reChangeMind.FindStringSubmatch(strings.ToLower(strings.TrimSpace(text)))
	if m == nil || len(strings.Fields(m[1])) < 2 {
		return "", false
	}
	// The rest keeps the person's own capitals: it is the tail of text.
	trimmed := strings.TrimSpace(text)
	return strings.TrimSpace(trimmed[len(trimmed)-len(m[1]):]), true
}

// droppedForNew ends the running flow after a change of mind and answers
// what came after it. It reports false, doing nothing, when text is no
// such message.
func (t *turn) droppedForNew(ctx context.Context) bool {
	rest, ok := afterChangeOfMind(t.text)
	if !ok || t.choice != "" {
		return false
	}
	t.p.Flow = Flow{Updated: t.now, Care: t.p.Flow.Care}
	t.say("Okay, I've let that go.")
	t.text = rest
	t.freeText(ctx, ParseIntent(rest))
	return true
}
