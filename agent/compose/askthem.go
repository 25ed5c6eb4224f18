package compose

import (
	"regexp"
	"strings"
)

// An ask of them is often told to the companion in the third person: "can
// he come over and play fifa", "could she take the kids on saturday". It
// is said to them as a question, whole, even when it asks to leave
// something unsaid ("…and not talk about it"): that is part of the ask,
// not a part of the message to keep out.

// askedOfThem is a question put about them: "can he …", "would she …".
var askedOfThem = regexp.MustCompile(`(?i)^(?:(?:and|so|but|maybe|just)\s+)*(?:can|could|would|will) (?:he|she|they) (?:maybe |possibly |please )?((?:come|pop|drop|swing|call|ring|phone|meet|take|look|help|cover|pick|give|lend|watch|sit|stay|play|have|walk|send|check|grab|get|hang|listen|talk|chat|be)\b.+)$`)

// askTail is chat that ends a question: "lol", "haha", "pls".
var askTail = regexp.MustCompile(`(?i)\s+(?:lol|lmao|haha+|pls|please|tho|though|\?)+$`)

// askOfThem reads clause c of text as a question put about them; ok is
// false when it is none, or when said whole it would copy text.
func askOfThem(c, name, text string) (Detail, bool) {
	m := askedOfThem.FindStringSubmatch(c)
	if m == nil {
		return Detail{}, false
	}
	what := trimTail(askTail.ReplaceAllString(secondPerson(m[1], name, false), ""))
	for sharesRun(what, text, 8) {
		// Said whole it would be the person's words pasted: the last
		// thing asked goes ("…and not talk about it"), and when nothing
		// is left, the usual reading shortens it.
		i := strings.LastIndex(what, " and ")
		if i < 0 {
			return Detail{}, false
		}
		what = what[:i]
	}
	return Detail{Kind: Ask, Text: what}, true
}
