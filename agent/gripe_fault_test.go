package agent

import "testing"

// TestOwnFaultIsNoGripe checks that owning something done to someone is
// never answered as a complaint, and a complaint still is one.
func TestOwnFaultIsNoGripe(t *testing.T) {
	for _, s := range []string{
		"i snapped at my sister hana on the phone last night, i was stressed but it wasnt fair on her",
		"ugh i was so rude to my mum today, stressed out of my mind, i shouldnt have said that",
	} {
		if gripe(s) {
			t.Errorf("%q read as a gripe", s)
		}
	}
	if !gripe("ugh this commute is killing me") {
		t.Error("a plain gripe is no longer one")
	}
}

// TestNotWantedNeedsAWantDenied checks that a denied want is read only
// when the want itself is denied ("dont really want"), not across a verb
// ("didnt answer. want to check").
func TestNotWantedNeedsAWantDenied(t *testing.T) {
	if reNotWanted.MatchString(foldText("he read it but didnt answer. want to check if hes coming")) {
		t.Error("a want after a denied verb read as a want denied")
	}
	if !reNotWanted.MatchString(foldText("my kids dont really want to hear from me")) {
		t.Error("a want denied not read")
	}
}
