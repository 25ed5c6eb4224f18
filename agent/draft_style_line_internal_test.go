package agent

import "testing"

// TestStyleLine tells a line that only says how a message should sound
// from one that tells something or answers the companion.
func TestStyleLine(t *testing.T) {
	for _, s := range []string{"gentle", "calm but kind", "a bit cheeky, not mean", "proper but not stuffy, she's old fashioned",
		"tone: excited but chill", "like a pat on the back", "formal-ish", "warm, not soppy", "quiet and respectful", "upbeat but short"} {
		if !styleLine(s) {
			t.Errorf("styleLine(%q) = false, want true", s)
		}
	}
	for _, s := range []string{"she got the job", "my brother leo", "happy", "ok", "cool", "thanks", "not really", "kind of",
		"how are you", "im so proud of him", "my cousin is struggling", "sounds good", "/draft"} {
		if styleLine(s) {
			t.Errorf("styleLine(%q) = true, want false", s)
		}
	}
}

// TestRequestWordings reads requests for a message in wordings the phrase
// rules once missed: help with writing, a kind of message with no word for
// a message, a role as who it is for, thanks said as "cheers", and how the
// message should be said after a story.
func TestRequestWordings(t *testing.T) {
	asks := func(s string) bool {
		in := ParseIntent(s)
		return in.Kind == IntentDraft || wantsDraft(s, in)
	}
	for _, s := range []string{
		"i need help writing something awkward",
		"need some help wording a message",
		"can you do a thank you",
		"i need a sorry one",
		"write a note for my old supervisor",
		"draft a message to my team leader",
		"my mate kwesi lent me his drill for a month. really want to say cheers",
		"my aunt jo turns 60 on friday. keep it upbeat, she hates fuss",
		"my friend ola's cat died. she's private so dont make it a big thing",
		"my neighbour rita is going through chemo. leave the illness out",
	} {
		if !asks(s) {
			t.Errorf("%q is not read as a request for a message", s)
		}
	}
	for _, s := range []string{"thanks", "thank you so much", "sorry", "birthday", "keep it up", "i had a sorry day"} {
		if asks(s) {
			t.Errorf("%q is read as a request for a message", s)
		}
	}
}
