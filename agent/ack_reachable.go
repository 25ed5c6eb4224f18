package agent

// Asked when they are happy to be reached, some people say "any time" and
// mean it gladly: "whenever! i'm retired, a call is the best bit of my
// week", "always, i'm on my own a lot and i like hearing from people".
// Others say "any time" and then tell the exception they never voice:
// "anytime, except when i need quiet, and i don't say so and end up
// snapping". Neither is a missing limit. The first is being glad of
// contact (and, said with loneliness, wanting more of it); the second is
// a need for space kept unspoken, which is where a limit starts.

// reGladReach is being glad to be reached, or a reason that makes it so.
var reGladReach = mustPattern(`\b(?:best (?:part|bit|thing)|highlight|(?:love|like|enjoy|welcome) (?:it|that|hearing|getting|when|a call|calls|the calls|messages|the company|the chat)|happy to (?:hear|chat|talk|get)|glad (?:of|to hear|when)|(?:don'?t|do not|never) mind|(?:makes|made) my (?:day|week|month)|retired|more the merrier|no such thing as too many)\b`)

// reLonelyReach is loneliness given as why contact is always welcome.
var reLonelyReach = mustPattern(`\b(?:lonely|live (?:alone|on my own|by myself)|on my own (?:a lot|most)|by myself (?:a lot|most)|alone (?:a lot|most)|(?:nobody|no one) (?:calls|rings|texts|messages|reaches out))\b`)

// reUnsaidSpace is an exception to being reachable that goes unspoken: a
// need for space, time or quiet the person does not say, and what it
// turns into.
var reUnsaidSpace = mustPattern(`\b(?:except|unless|apart from|other than|but)\b.*\b(?:need|want|could use)\b.*\b(?:space|quiet|time (?:alone|to myself|off)|alone|a break|to recharge)\b.*\b(?:(?:don'?t|do not|never|can'?t) (?:say|tell|mention|admit)|keep (?:it|that) to myself|resent|resentful|snap|snappy|grumpy|annoyed|irritable|bitter)`)

// reInstantAll is answering everything the moment it comes.
var reInstantAll = mustPattern(`\b(?:answer|reply to|respond to|pick up|get back to) (?:everything|everyone|every (?:message|text|call)|all (?:of it|my messages))(?: \w+)? (?:straight away|right away|instantly|immediately|asap|the second|the minute|within minutes)\b|\balways (?:answer|reply|respond|pick up) (?:straight away|right away|instantly|immediately)\b`)

// reWornOut is what answering everything costs.
var reWornOut = mustPattern(`\b(?:burn\w* out|burnt out|burned out|exhausted|drained|fried|knackered|wiped|worn out|overwhelmed|frazzled)\b`)

// reachableAck answers "any time" to a question about being reached when
// it is said gladly, out of loneliness, or with an exception left
// unspoken; "" for any other answer, which reads as a limit missing.
func reachableAck(q Question, answer string, v int) string {
	if !limitQuestion(q.Text) {
		return ""
	}
	if folded := foldText(answer); reInstantAll.MatchString(folded) && reWornOut.MatchString(folded) {
		// "i answer everything straight away and then feel burnt out":
		// reachable by habit, and paying for it.
		return pickAck([]string{
			"Answering everything straight away and then burning out is a sign a limit on when you reply would help. Most messages can wait an hour.",
			"Replying to everything at once wears you down. Choosing a time to answer, not every moment, is a fair limit.",
		}, v)
	}
	padded := lowPadded(answer)
	if !hasPhrase(padded, anyTimePhrases) && !hasPhrase(padded, reachablePhrases) && !hasPhrase(padded, phrases(`always`)) {
		return ""
	}
	folded := foldText(answer)
	switch {
	case reUnsaidSpace.MatchString(folded):
		return pickAck([]string{
			"Open most of the time, but when you need space you don't say so, and it turns into resentment. Saying it early is a kind limit, not a rude one.",
			"Reachable nearly always, except the times you need space and keep it to yourself until it sours. Saying so is a limit worth trying.",
		}, v)
	case reLonelyReach.MatchString(folded):
		return pickAck([]string{
			"Wanting to be reached any time makes sense when you've been lonely. Letting people know their messages are welcome can bring more of them.",
			"When it's lonely, every message counts, so being reachable always makes sense. It's worth telling people you'd love to hear from them.",
		}, v)
	case reGladReach.MatchString(folded):
		return pickAck([]string{
			"Happy to be reached any time, and hearing from people sounds like a real bright spot for you. No limit needed there.",
			"Any time suits you, and a call or message is something you welcome. That's worth letting people know.",
		}, v)
	}
	return ""
}
