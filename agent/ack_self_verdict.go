package agent

import "strings"

// "cant really think of one tbh. maybe thats the problem", "no one,
// which is kind of sad": an answer of not knowing or of no one, with the
// person's own verdict on it after. The verdict is what to answer: kindly,
// and without agreeing that something is wrong with them.

// reSelfVerdict is a closing remark judging the answer before it: "maybe
// that's the problem", "which is sad", "is that bad?".
var reSelfVerdict = mustPattern(`[.,;!?]*\s*(?:(?:and|but|so|maybe|probably|which|i guess|lol|haha)\s+)*(?:that'?s|thats|that is|is that|it'?s|its|which is)\s+(?:(?:kind of|kinda|a bit|pretty|really|so|probably|maybe|part of)\s+)*(?:the problem|a problem|the issue|an issue|sad|bad|weird|pathetic|telling|embarrassing|not great|not good|worrying)(?:\s+(?:lol|haha|lmao|tbh|honestly|really|tho|though))*\s*[.?!]*$`)

// selfVerdictCut is folded without a closing verdict, and whether it had
// one.
func selfVerdictCut(folded string) (string, bool) {
	loc := reSelfVerdict.FindStringIndex(folded)
	if loc == nil || loc[0] == 0 {
		return folded, false
	}
	head := strings.TrimRight(strings.TrimSpace(folded[:loc[0]]), ".,;!? ")
	for _, f := range []string{" tbh", " honestly", " lol", " haha", " really"} {
		head = strings.TrimSuffix(head, f)
	}
	return head, head != ""
}

// ackNoneVerdict answers not knowing, or no one, judged by the person.
var ackNoneVerdict = []string{
	"That's okay. Nothing coming to mind isn't a failing — it may just show what you'd like more of.",
	"That's okay to say, and it's no verdict on you; it points at what's missing, which is where this can help.",
	"It's okay that nothing comes to mind. Noticing it is hard, and it's a place to start, not something wrong with you.",
	"That's okay. Plenty of people draw a blank here, and seeing it is the first step to changing it.",
	"It's okay not to have one. It says what you'd like more of, not that something's wrong with you.",
}
