package agent

import "strings"

// Good news with nobody to share it is two things at once: something went
// well, and there was no one there to hear it. "passed my viva and there
// was no one around to tell", "finally got my visa, nobody to celebrate
// with". A friend is glad first, then hears the quiet after the news, and
// the reply offers to help tell someone who would be glad too.

// reNobodyToShare is having no one to share news with: the lonely scene's
// "nobody to tell", and "no one around to tell", "no one else to share
// it with".
var reNobodyToShare = mustPattern(`\b(?:` + sceneNobodyToTell +
	`|(?:nobody|no one|noone|not anyone) (?:around|here|else|at home|irl|in my life) (?:to|i can|i could) (?:tell|share|show|celebrate|call|ring|text)` +
	`|(?:nobody|no one|noone) (?:to|i could|i can) (?:\w+ )?(?:celebrate|share (?:it|this|the news)) with)\b`)

// newsAlone reports the person's own good news told with nobody to share
// it: both parts are in text, and nothing is asked.
func newsAlone(text string) bool {
	f := strings.ReplaceAll(foldText(text), "'", "")
	if asksSomething(text) || !reNobodyToShare.MatchString(f) {
		return false
	}
	rest := strings.TrimSpace(reNobodyToShare.ReplaceAllString(f, " "))
	if rest == "" || badNews(rest) || newsOfOthers(text) || othersGladNews(rest) {
		return false
	}
	if goodNews(rest) {
		return true
	}
	// "got my visa today": news the readers know as a win of the
	// person's own.
	n := readTold(rest)
	return n.self && (n.kind == newsWin || n.kind == newsBaby || n.kind == newsRecovery)
}

// newsAloneReply is glad about the news, said back when it can be, then
// hears having nobody to tell, and offers to help tell someone.
func newsAloneReply(text string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	rest := reNobodyToShare.ReplaceAllString(f, " ")
	glad := "Congratulations — that's brilliant news!"
	if p := ownNewsPhrase(rest); p != "" {
		glad = "Congratulations on " + p + " — that's brilliant news!"
	}
	return glad + " " + pick(text, []string{
		"It can feel strangely lonely, though, to have something good happen and no one right there to tell.",
		"And it's hard when good news lands and there's nobody around to hear it; that quiet can sting.",
	}) + " " + pick(text, []string{
		"Is there anyone, even someone you haven't spoken to in a while, who'd be glad to hear it? I can help you tell them.",
		"Who would be glad to hear it, even if you're not in touch much? I can help you write to them.",
	})
}

// newsAloneChoices are the steps offered with newsAloneReply.
var newsAloneChoices = []Choice{{ID: "menu:draft", Label: "Tell someone"}, {ID: "journey:matter", Label: "Think about who matters"}}

// othersNewsAlone reads someone else's good news told with nobody to
// share it ("my sister got the job and i have no one to tell"): ok is
// false when text is not that. The news is theirs, so the reply is glad
// for them, and the quiet of having no one to tell is the person's.
func othersNewsAlone(text string) (newsReading, string, bool) {
	f := strings.ReplaceAll(foldText(text), "'", "")
	if asksSomething(text) || !reNobodyToShare.MatchString(f) {
		return newsReading{}, "", false
	}
	rest := strings.TrimSpace(reNobodyToShare.ReplaceAllString(f, " "))
	rest = strings.TrimSpace(reTrailingHave.ReplaceAllString(rest, ""))
	if rest == "" || badNews(rest) {
		return newsReading{}, "", false
	}
	n := readTold(rest)
	if n.self || n.about == "" || n.writeTo == "" || n.kind != newsWin && n.kind != newsBaby && n.kind != newsRecovery {
		return newsReading{}, "", false
	}
	return n, rest, true
}

// reTrailingHave is what is left of "and i have" once the nobody to tell
// is taken out: "my sister got the job and i have".
var reTrailingHave = mustPattern(`(?:\s*[,.;]?\s*(?:and|but|so)?\s*(?:i|ive|i have|theres|there is|there was|and theres)?\s*(?:have|had|got|literally|honestly|really|just)?\s*)$`)

// othersNewsAloneReply is glad for them, hears the quiet of no one to
// tell, and offers to write to them or to tell someone; nothing starts
// until one is picked.
func (t *turn) othersNewsAloneReply() bool {
	n, rest, ok := othersNewsAlone(t.text)
	if !ok {
		return false
	}
	line := theirNewsLine(rest, n) + " " + pick(t.text, []string{
		"And it can feel lonely to have good news like that and no one to share it with.",
		"It's a strange kind of quiet, though, when something lovely happens and there's nobody to tell.",
	}) + " If you like, I can help you write to " + n.writeTo + ", or tell someone who'd be glad to hear it."
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: n.writeTo, Listening: true}
	t.say(line, Choice{ID: "offer:yes", Label: clip("Write to "+n.writeTo, 40)}, Choice{ID: "menu:draft", Label: "Tell someone"})
	return true
}
