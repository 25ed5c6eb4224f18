package revise

import "regexp"

// A draft ends on its closing: a question to them, or a last line that
// wishes, thanks or leaves them free ("I'd love to hear all about it.",
// "I owe you one.", "It would mean a lot."). A sentence the person asks to
// add goes before that closing, never after it.

// signOffLine is a folded last sentence that closes a message though
// closingLine does not name it: the last lines the drafts end on, and
// ones like them.
var signOffLine = regexp.MustCompile(`^(?:i'?d (?:love|like) to (?:hear|return|catch up|see you)|(?:i'?m|im) (?:so |really )?(?:happy|proud|glad) for you|(?:i'?m|im) (?:truly|so|really|very) grateful|here'?s to|i won'?t forget|it (?:really )?meant (?:a lot|more|so much)|(?:thank you|thanks) (?:again|for (?:being there|everything|reading))|i owe you|you'?re the best|i'?d really like us|totally fine if|(?:it|that) would (?:really )?(?:mean|help)|i'?d be (?:very |so |really )?grateful|i hope (?:our paths|to see|we can|it was|there'?s)|just floating|have the best|any plans|can'?t wait|(?:lots of )?love(?:,| from)?|xx*|much love|with love|best|regards|yours|please accept|wishing you|(?:i'?m|im) thinking of you|you don'?t need to reply|no need to)\b`)

// closesMessage reports whether s, the last sentence, is a closing.
func closesMessage(s string) bool {
	f := fold(s)
	return isQuestion(s) || closingLine.MatchString(f) || signOffLine.MatchString(f)
}
