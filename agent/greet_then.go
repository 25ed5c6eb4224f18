package agent

import "strings"

// A hello said as a sentence of its own before a question ("Good evening.
// Who made you?", "hey! quick one, can you help me text my aunt?") is a
// courtesy on the way to the question: the question is what is answered,
// as if it had been asked alone. A hello and how-are-you stays small talk,
// and a first message still gets the introduction.

// reHelloThen is a hello closed by punctuation, then the rest of the
// message (group 1).
var reHelloThen = mustPattern(`^(?:hi|hey|hiya|heya|hello|hullo|howdy|yo|oi|good (?:morning|afternoon|evening|day)|morning|evening|afternoon)(?: (?:there|again|all|everyone|friend|companion|you))?\s*[.!,;:]+\s*(.+)$`)

// helloThenAsked is the question after a hello said on its own, in the
// person's words; "" when text is no such message.
func helloThenAsked(text string) string {
	trimmed := strings.TrimSpace(text)
	lower := strings.ToLower(trimmed)
	m := reHelloThen.FindStringSubmatchIndex(lower)
	if m == nil || len(lower) != len(trimmed) {
		return ""
	}
	rest := strings.TrimSpace(trimmed[m[2]:])
	folded := foldText(rest)
	if len(strings.Fields(folded)) < 2 || !strings.Contains(rest, "?") || !asksSomething(rest) {
		return ""
	}
	if howAreYou(folded) || reHowsYour.MatchString(folded) || reUpTo.MatchString(folded) || presenceCheck(folded) {
		// "hi! how are you?", "hey, you there?": the hello is the point.
		return ""
	}
	return rest
}

// helloSetAside answers the question after a hello said on its own,
// outside any flow and after the first message, by reading the question
// alone from here on.
func (t *turn) helloSetAside() {
	if t.first || t.p.Flow.Name != "" || t.m.Group || t.choice != "" {
		return
	}
	if rest := helloThenAsked(t.text); rest != "" {
		t.text = rest
	}
}
