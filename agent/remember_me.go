package agent

// reRemembersMe asks whether the companion remembers the person
// themselves, not what happens to what they said: "do you remember me?",
// "you still know who i am?", "remember me??".
var reRemembersMe = mustPattern(`^(?:(?:hey|hi|hello|so|um|erm|wait|ok|okay)\W* )*(?:(?:do|did|does|will|would|can|could)(?:n'?t)? )?(?:you|u|ya) (?:still |even |actually )?(?:remember|recognise|recognize|know|recall) (?:me|who i am|who this is|my name)\b|^remember me\b`)

// remembersMe reports a question whether the companion remembers the
// person, asked as a whole message.
func remembersMe(folded string) bool {
	return reRemembersMe.MatchString(folded)
}

// sayRemembersMe answers whether the companion remembers the person, in
// a line fit for small talk: what it keeps when it keeps something, that
// it has nothing yet otherwise. It never claims more than what is kept.
func (t *turn) sayRemembersMe() {
	if keptSummary(&t.p) != "" {
		t.say("I keep what you've told me here until you ask me to erase it (/forget), so yes — what you shared is still with me. /export shows all of it.")
		return
	}
	t.say("I don't have anything kept from you yet — maybe we haven't talked here before, or it was erased. Hello, either way! What's on your mind?")
}
