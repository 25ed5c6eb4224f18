package agent

// Someone's glad news told with a question whether to send them
// something ("my sister passed her bar exam!! should i send her
// something?") asks less for words than for a yes. A friend is glad
// about the news first, and says a few words would be welcome, with the
// offer to write them one tap away.

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
