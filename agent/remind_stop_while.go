package agent

// A stop said with a while ("stop reminding me about dev for now, hes away
// till feb", "no reminders for sam for the next month") is a pause: the
// reminders come back when the while is over, and the reply says when.

// reForNow is a stop meant for a while, with no end said.
var reForNow = mustPattern(`\b(?:for now|for the (?:time being|moment)|for a (?:bit|while|little while)|for the next (?:few|couple of)? ?(?:days|weeks|months))\b`)

// stopForAWhile reports a stop, folded, that names a while it is for.
func (t *turn) stopForAWhile(folded string) bool {
	return reForNow.MatchString(folded) || !t.pauseEnd(folded).IsZero()
}
