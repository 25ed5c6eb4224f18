package agent

// A feeling about someone is not a request to write to them. "my aunt
// sent me flowers, so lovely of her" and "been thinking about my cousin a
// lot" name a person and an occasion a message could have, but nothing
// in them asks for one: a friend would say how kind that was, or that
// the person is clearly on their mind, and offer to help write, one tap
// away. The draft starts only when the offer is taken or a message is
// asked for in words ("i want to thank her for the flowers").

// feltNotAsked reports a message whose occasion is kindness received or
// someone on the person's mind, with no message asked for in it.
func feltNotAsked(text, occ string) bool {
	if occ != OccasionThanks && occ != OccasionThinking {
		return false
	}
	f := foldText(text)
	return !asksToWrite(text) && !(meanTo.MatchString(f) && writeVerb.MatchString(f))
}

// feltOffer is the line that hears a feeling about who and offers to
// write to them.
func feltOffer(occ, who string) string {
	if occ == OccasionThanks {
		return "That sounds like it meant a lot to you. Want to send " + who + " a thank-you?"
	}
	return "It sounds like " + who + " is on your mind. Want to send " + objectOf(who) + " a few words?"
}
