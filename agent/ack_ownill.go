package agent

import "regexp"

// An answer that tells of the person's own diagnosis ("i was diagnosed
// with ms last year and only my partner knows") is a disclosure: it is
// thanked and answered as the weight it is, and when few people know, that
// is heard too. Never read as someone else's news, nor as a plan because
// it goes on to say whom they mean to tell.

// reOwnDiagnosis is the person's own diagnosis or illness told.
var reOwnDiagnosis = regexp.MustCompile(`(?i)\b(?:i|i've|ive|i have) (?:was |got |have been |been |just |recently |finally )*diagnosed\b|\bmy (?:own )?(?:diagnosis|illness|condition|chronic)\b|\b(?:the|a) diagnosis i (?:got|had|was given|received)\b|\bi (?:got|had|received) (?:a |my |the )?(?:(?:adhd|autism|asd|ocd|ptsd|bipolar|depression|anxiety|cancer|ms|dyslexia|dyspraxia|mental health) )?diagnosis\b|\bmy (?:adhd|autism|asd|ocd|ptsd|bipolar|depression|anxiety|cancer|ms|dyslexia|dyspraxia|mental health) diagnosis\b|\bi (?:have|got|was told i have) (?:cancer|ms|ms\b|ptsd|adhd|autism|endometriosis|diabetes|epilepsy|lupus|crohn's|crohns|long covid|a chronic)\b`)

// reFewKnow is something kept to a few: "only my partner knows", "nobody
// knows", "i haven't told anyone".
var reFewKnow = regexp.MustCompile(`(?i)\b(?:only|just) (?:my |a )?(?:\w+ ){0,2}(?:knows|know)\b|\b(?:nobody|no one|noone|none of them) (?:\w+ )?knows?\b|\b(?:haven't|havent|have not|never) told (?:anyone|anybody|them|my|people)\b|\bkeep meaning to tell\b`)

// reMetKindly is something told that people met kindly: "told my group
// chat … and they were so nice about it".
var reMetKindly = regexp.MustCompile(`(?i)\b(?:told|shared|opened up|said)\b.*\b(?:they|everyone|people|he|she|all of them)(?: were| was|'re|'s| are| is)? (?:so |really |super |very |all |just |actually )*(?:nice|kind|lovely|supportive|sweet|great|understanding|good|amazing|gentle)\b`)

// ownIllnessAck answers the person's own diagnosis, "" when the answer
// tells none.
func ownIllnessAck(answer string, v int) string {
	if !reOwnDiagnosis.MatchString(answer) {
		return ""
	}
	if reFewKnow.MatchString(answer) {
		return pickAck([]string{
			"Thank you for trusting me with that. Carrying a diagnosis while few people know is a lot, and it's yours to share when you're ready.",
			"That's a lot to carry with so few people knowing. Thank you for telling me; who hears it, and when, is up to you.",
		}, v)
	}
	if reMetKindly.MatchString(answer) {
		// "told my group chat about my diagnosis and they were lovely":
		// the opening up and the kindness it met, not a worry.
		return pickAck([]string{
			"Telling people about your diagnosis and being met with kindness says a lot about you and about them; that honesty paid off.",
			"It sounds like being open about your diagnosis went well, and they were kind back. That's worth remembering next time.",
		}, v)
	}
	return pickAck([]string{
		"Thank you for telling me. A diagnosis is a lot to carry, and it's okay to lean on people with it.",
		"That's a lot to carry. Thank you for trusting me with it.",
	}, v)
}
