package agent

// Reaching out again and again and hearing nothing is a hurt before it is
// a task: "sent four texts this week and not a word", "rang my dad twice
// and he never called back", "kept messaging the old group and got
// nothing". The count is the feeling showing: a person who has tried more
// than once is not asking for one more message, they are telling how it
// feels to be unanswered. Such a silence is heard first, like a silence
// told with a hurt, and a gentle follow-up stays one tap away.

// repeatedReach reports a silence after reaching out more than once: a
// count of messages, calls or tries, or a "twice" or "again and again",
// with nothing back.
func repeatedReach(f string) bool {
	if !reachedOutTo.MatchString(f) && !reSentSome.MatchString(f) && !reKeptTrying.MatchString(f) && !reCountedSent.MatchString(f) {
		return false
	}
	if !reManyTries.MatchString(f) && !reKeptTrying.MatchString(f) {
		return false
	}
	return noReply.MatchString(f) || silenceAfter.MatchString(f) || reUnanswered.MatchString(f) || reNotOneBack.MatchString(f) || reStillSilent.MatchString(f)
}

// reCountedSent is messages counted with no verb of sending: "4 texts
// this week and nothing", "two voicemails and three messages, still
// silence". A count of calls or messages told beside a silence is the
// person's own tries, whoever the silence is from.
var reCountedSent = mustPattern(`(?:^|[.,;:!?-]\s*|\b(?:like|about|over|maybe|literally|honestly|ok|so|and|already|now|that's|thats|thats like)\s)(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|multiple|a few|a couple of|so many|loads of)(?: (?:more|long|little|short|separate|whole|voice|missed|unanswered))? (?:messages|texts|txts|msgs|dms|emails|voicemails|voice ?notes|calls|missed calls|whatsapps|snaps)\b`)

// reStillSilent is a silence said on its own: "still silence from him",
// "total silence", "silence ever since".
var reStillSilent = mustPattern(`\b(?:still|total|complete|utter|just|only|dead) (?:silence|nothing|no word)\b|\bsilence (?:from (?:him|her|them|everyone|my \w+)|ever since|since then|all week)\b`)

// reSentSome is the person sending or posting in words reachedOutTo
// leaves to a single message: "posted in the family chat", "dropped him
// 4 texts", "fired off a few emails", "left several voicemails".
var reSentSome = mustPattern(`\b(?:posted|put|asked|dropped|shot|left|gave|fired off|tried)\b`)

// reNotOneBack is a silence counted against the tries: "not one answer",
// "not a single reply", "none answered".
var reNotOneBack = mustPattern(`\b(?:not (?:one|a single|even one)|none|zero) (?:answer|reply|response|text back|call back|of them (?:answered|replied|got back))\b|\bnone (?:answered|replied)\b`)

// reManyTries is more than one try: "three messages", "5 texts", "a few
// calls", "several dms", "twice", "four times", "over and over".
var reManyTries = mustPattern(`\b(?:[2-9]|[1-9][0-9]|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|a few|a couple(?: of)?|couple of|several|multiple|many|so many|loads of|lots of|a bunch of|a load of|like \w+)(?: (?:more|different|long|little|short|separate|whole|voice|missed))? (?:messages|texts|txts|msgs|dms|emails|voicemails|voice ?notes|notes|calls|whatsapps|snaps|times|posts|tries|attempts|memes|photos|pics)\b|\b(?:twice|thrice|over and over|again and again|time after time|more than once)\b`)

// reKeptTrying is trying again and again in one word: "kept texting",
// "keep calling her", "still messaging".
var reKeptTrying = mustPattern(`\b(?:keep|kept|keeps|been) (?:on )?(?:texting|messaging|calling|ringing|trying|writing|emailing|dming|pinging|reaching out|sending)\b`)
