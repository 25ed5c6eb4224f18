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

// reSkimThenReact is a message skimmed and answered with a reaction: "i
// skim it and reply with a heart", "skim it and send a heart".
var reSkimThenReact = mustPattern(`^(?:(?:honestly|tbh|usually|mostly|ngl|lol)\s+)*(?:i )?(?:usually |mostly |just |often )?(?:skim|glance at|read|open|look at|scroll past) (?:it|them|the message|the text)(?: quickly| fast| once)?(?: (?:tbh|honestly|lol|ngl|usually|mostly))?,? (?:and |then |and then )*(?:(?:honestly|tbh|usually|mostly|normally|probably|lol|ngl|i|just|only|always|often|prob|i'd|id|i would|i'll|ill|i usually|i mostly|i always|i just)\s+)*(?:sent|send|sending|sends|reply with|replied with|replying with|respond with|responded with|answer with|answered with|drop|dropped|leave|left|give|gave|hit it with|heart|hearted|like|liked|react(?:ed)? (?:to it )?with)(?: it| them| her| him)? (?:with )?(?:a |an |the |one )?(?:quick |little |single |couple of |few |lil )?(?:emoji|emojis|heart(?: react(?:ion)?)?|thumbs ?up|like|gif|sticker|react(?:ion)?|emoji react(?:ion)?)s?\b`)

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
	skimmed := reSkimThenReact.MatchString(folded)
	if !reReactionOnly.MatchString(folded) && !(skimmed && reFeelsBad.MatchString(folded)) {
		// Skimmed and reacted to, then forgotten, is the forgetting's
		// to answer; then felt bad about, the guilt is the point.
		return ""
	}
	if reFeelsBad.MatchString(folded) {
		// "reply with a heart and then feel guilty later": the guilt
		// is the point, and a sign of caring.
		return pickAck([]string{
			"A quick reaction and then feeling guilty later — that guilt shows you care; a line or a question of your own settles it.",
			"Reacting fast and feeling guilty afterwards is very common; the guilt says you want to answer properly, and a few words later still count.",
			"A reaction now and guilt later: it's clear you care how they feel, and a short real reply the next day still lands well.",
		}, v)
	}
	return pickAck([]string{
		"A quick reaction and no more is easy to send; one question back about their news is what shows you really read it.",
		"An emoji is a start, and a very common one; a line or a question about what they said makes it feel heard.",
		"Reacting quickly is what most people do; adding a few words of your own is what makes it land.",
	}, v)
}
