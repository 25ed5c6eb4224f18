package agent

import "strings"

// A big change of the person's own told with mixed feelings ("I move back
// to my home country next month. Mixed feelings", "starting over in a new
// city soon, happy and sad at the same time") is heard as a change with
// both its sides named, never answered with a guide page about moving or
// with one side only.

// reMixedFelt is a feeling of two sides: "mixed feelings", "bittersweet",
// "happy and sad", "excited but scared".
var reMixedFelt = mustPattern(`\b(?:mixed (?:feelings?|emotions?|bag)|bitter ?sweet|conflicted|torn|two minds|(?:happy|glad|excited|relieved) (?:and|but|yet|&) (?:also )?(?:sad|scared|nervous|anxious|terrified|worried|sad too|a bit sad)|(?:sad|scared|nervous|anxious|terrified|worried) (?:and|but|yet|&) (?:also )?(?:happy|glad|excited|relieved)|(?:dont|don't|do not) know (?:how|what) (?:i|to) feel|not sure how (?:i|to) feel)\b`)

// reOwnMoveSaid is the person moving, said plainly or in a second language's
// present tense: "I move back to my home country", "we relocate to Spain",
// "i go back home in june".
var reOwnMoveSaid = mustPattern(`\b(?:i|we|im|i am|we are|were|i will|we will|ill|i'?ll|we'?ll|i'?m|we'?re) (?:\w+ )?(?:move|moving|relocate|relocating|emigrate|emigrating|go back|going back|return|returning|leave|leaving) (?:back |home |abroad |overseas )?(?:to|home|abroad|overseas|for|from)\b`)

// reMoveHome is a move back to where the person comes from.
var reMoveHome = mustPattern(`\b(?:back home|move back|moving back|go back|going back|return|returning|home country|my country|hometown|home town)\b`)

// mixedOwnChange is the change a message tells with mixed feelings, as
// the reply names it, and whether it tells one.
func mixedOwnChange(text string) (name string, home, ok bool) {
	folded := foldText(text)
	if asksSomething(text) || asksToWrite(text) || !reMixedFelt.MatchString(folded) {
		return "", false, false
	}
	if reOwnMoveSaid.MatchString(folded) || reOwnMove.MatchString(folded) {
		if reMoveHome.MatchString(folded) {
			return "Going back home", true, true
		}
		return "Moving", false, true
	}
	c, found := findChange(lowPadded(text))
	if !found || !firstPerson.MatchString(folded) {
		return "", false, false
	}
	if n := c.name(folded); n != "" {
		return upFirstWord(n), false, true
	}
	return "A change like that", false, true
}

// mixedChangeReply answers a change of the person's own told with mixed
// feelings, reporting false, saying nothing, for any other message.
func (t *turn) mixedChangeReply() bool {
	name, home, ok := mixedOwnChange(t.text)
	if !ok {
		return false
	}
	sides := "glad about what's ahead, and sad about what you're leaving behind"
	switch {
	case home:
		sides = "glad to be going back to what's familiar, and sad to leave the life and the people you've found where you are"
	case name == "Moving":
		sides = "excited for what's ahead, and sad or nervous about the people you're leaving and the ones you've yet to meet"
	}
	line := name + " is a big change, so mixed feelings make a lot of sense: " + sides + ". Both can be true at once."
	if strings.HasPrefix(name, "A ") {
		line = "That's a big change, so mixed feelings make a lot of sense: " + sides + ". Both can be true at once."
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line+" Which side feels bigger today?",
		Choice{ID: "journey:matter", Label: "Think about who matters"},
		Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}
