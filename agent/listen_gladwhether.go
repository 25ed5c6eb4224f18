package agent

// Someone's glad news told with a question whether to send them
// something ("my sister passed her bar exam!! should i send her
// something?") asks less for words than for a yes. A friend is glad
// about the news first, and says a few words would be welcome, with the
// offer to write them one tap away. Told with a plain request to write
// ("my brother got engaged, help me write him something"), the draft
// starts at once, after a glad word on the news.

// reWhetherToSend asks whether to send, write or get someone something:
// "should i send her something", "should i get him a card", "do i text
// her congrats".
var reWhetherToSend = mustPattern(`\b(?:should|shall|do|would|could) (?:i|we) (?:\w+ )?(?:send|text|message|msg|write|drop|get|buy|post|card|congratulate|reach out|say something|do something)\b`)

// gladNewsWhetherToWrite answers someone else's glad news whose last
// sentence asks whether to send them something, with the news reply and
// its offer to write. It reports false, saying nothing, for anything
// else.
func (t *turn) gladNewsWhetherToWrite() bool {
	if !reWhetherToSend.MatchString(foldText(lastSentence(t.text))) {
		return false
	}
	n := readTold(t.text)
	if n.self || n.writeTo == "" || n.kind != newsWin && n.kind != newsBaby && n.kind != newsRecovery {
		return false
	}
	t.newsReply(n, "")
	return true
}

// gladFirst puts a glad word on someone else's good news, told in the
// message, before the first reply from mark on: the drafting flow's
// first question.
func (t *turn) gladFirst(mark int) {
	if len(t.replies) <= mark || t.p.Flow.Name != flowDraft {
		return
	}
	n := readTold(t.text)
	if n.self || n.about == "" || n.kind != newsWin && n.kind != newsBaby && n.kind != newsRecovery {
		return
	}
	t.replies[mark].Text = pick(t.text, []string{"What lovely news! ", "How exciting! "}) + t.replies[mark].Text
}
