package agent

import (
	"github.com/companion-dev/companion/agent/people"
)

// Something good come back: "we're talking again", "she and i are friends
// again", "the heating works again". The "again" in it is no sigh of
// complaint, and a thanks that tells it is glad news.
var reBackAgain = mustPattern(`\b(?:talking|speaking|friends|close|together|laughing|smiling|happy|myself|herself|himself|in touch|on good terms|on speaking terms|works|working|back to normal|back on track|getting along|hanging out|texting)(?: \w+)? again\b`)

// reItWorked tells that what was tried worked: "the message worked", "it
// did the trick", "the text went down well".
var reItWorked = mustPattern(`\b(?:it|that|this|the (?:message|text|note|letter|email|words|draft|advice|idea|tip)) (?:really |totally |actually |honestly )?(?:worked|landed|did the trick|went down well|went well|helped)\b`)

// withoutBackAgain is folded text with every good thing come back taken
// out, so that its "again" is not read as a complaint.
func withoutBackAgain(folded string) string {
	return reBackAgain.ReplaceAllString(folded, " ")
}

// thanksForOutcome reports a thanks that tells how things went with
// someone, and well: "thank you, the text to my brother worked and we're
// speaking again". It is answered gladly, about them, not with a bare
// "any time".
func thanksForOutcome(text string) bool {
	folded := foldText(text)
	if !reBackAgain.MatchString(folded) && !reItWorked.MatchString(folded) {
		return false
	}
	return people.Find(text).Found() && wentWellWith(text)
}

// outcomeThanksReplies answer thanksForOutcome.
var outcomeThanksReplies = []string{
	"That's so good to hear — I'm really glad it worked out. Thanks for coming back to tell me.",
	"Oh, that's lovely news. I'm glad the two of you found your way back — thanks for letting me know.",
}
