package agent

import (
	"regexp"
	"strings"
	"unicode"
)

// A reply given as a reaction only ("sent a 🎉 and that was it", "reply
// with a heart react") is the point of the answer: the emoji itself says
// nothing an acknowledgement could repeat, and saying the words back
// around it leaves a hole ("sent a, and that was it").

// reReactionOnly is the person answering with a reaction and no words.
var reReactionOnly = mustPattern(`^(?:(?:honestly|tbh|usually|mostly|normally|probably|lol|ngl|i|just|only|always|often|prob|i'd|id|i would|i'll|ill|i usually|i mostly|i always|i just)\s+)*(?:sent|send|sending|sends|reply with|replied with|replying with|respond with|responded with|answer with|answered with|drop|dropped|leave|left|give|gave|hit it with|heart|hearted|like|liked|react(?:ed)? (?:to it )?with)(?: it| them| her| him)? (?:with )?(?:a |an |the |one )?(?:quick |little |single |couple of |few |lil )?(?:emoji|emojis|heart(?: react(?:ion)?)?|thumbs ?up|like|gif|sticker|react(?:ion)?|emoji react(?:ion)?)s?\b`)

// emojiWord stands for a symbol in an answer, so that "sent a 🎉" reads as
// "sent a emoji".
func emojiWord(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.Is(unicode.So, r) || unicode.Is(unicode.Sk, r) && r > 0x2000 {
			b.WriteString(" emoji ")
			continue
		}
		if r == '\ufe0f' || r == '\u200d' {
			continue
		}
		b.WriteRune(r)
	}
	return reEmojiRun.ReplaceAllString(b.String(), " emoji ")
}

// reEmojiRun is a run of symbols said as one: "🎉🎉🎉" is one emoji.
var reEmojiRun = regexp.MustCompile(`(?: emoji )+`)

// reactionAck names a reply given only as a reaction, "" when the answer
// tells of none.
func reactionAck(answer string, v int) string {
	folded := strings.Join(strings.Fields(foldText(emojiWord(answer))), " ")
	if !reReactionOnly.MatchString(folded) {
		return ""
	}
	return pickAck([]string{
		"A quick reaction and no more is easy to send; one question back about their news is what shows you really read it.",
		"An emoji is a start, and a very common one; a line or a question about what they said makes it feel heard.",
		"Reacting quickly is what most people do; adding a few words of your own is what makes it land.",
	}, v)
}
