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
