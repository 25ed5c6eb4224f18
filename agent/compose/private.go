package compose

import "regexp"

// A message to someone going through a hard time does not recite their
// troubles back to them: the first piece of their news is enough, and what
// else was told of how things are for them (the kids at home, the small
// flat, how stressed they are) stays with the writer, unless it is
// something coming up. When the person says the recipient is private or
// they do not want to pry, not even the trouble is named: the message says
// only that the writer is thinking of them.

// privateAsked is the person saying the recipient keeps things to
// themselves, or that the message must not pry.
var privateAsked = regexp.MustCompile(`(?i)\b(?:(?:don'?t|do not|dont|never) (?:want|wanna) (?:to )?(?:pry|intrude|be nosy|push (?:her|him|them) to talk|make (?:it|a) (?:big |whole )?(?:thing|deal))|(?:kind of|kinda|quite|very|pretty|a really|a very|a bit) private|(?:a|really a) private person|(?:not|doesn'?t|does not|isn'?t|aren'?t|don'?t) (?:really )?(?:wanting|want|keen|ready|up for) (?:to )?(?:talk|talking) about it|keeps? (?:it|things|stuff) to (?:her|him|them)sel(?:f|ves))\b`)

// stillAhead is news of something still ahead: "you start chemo on monday".
var stillAhead = regexp.MustCompile(`(?i)\b(?:next (?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|this (?:week|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|coming up|starts?|starting|due)\b`)

// hardAside reports whether the i-th piece of their news in a hard-time
// message stays out: any after the first (or after a first that only says
// things are hard, the second) that is not still ahead or a reassurance,
// and, when the recipient is private, all of it but those.
func (w *writer) hardAside(t string, i int) bool {
	if w.private {
		// Nothing of how things are for them, only what is ahead.
		return !stillAhead.MatchString(t) && !reassured.MatchString(t)
	}
	if i == 1 && stateRe.MatchString(w.by[TheirNews][0].Text) {
		// "you're having a rough time", then what it is: the second
		// says what the first did not.
		return false
	}
	return i > 0 && !stillAhead.MatchString(t) && !reassured.MatchString(t)
}

// reassured is something the writer wants them not to worry about, read
// as news of theirs: "you shouldn't worry about work at all".
var reassured = regexp.MustCompile(`(?i)^you (?:really )?(?:shouldn'?t|should not|don'?t need to|do not need to|don'?t have to|do not have to|needn'?t) (.+)$`)
