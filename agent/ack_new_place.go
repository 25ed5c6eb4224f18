package agent

import "strings"

// Loneliness after a move ("i've felt so alone since i came to this
// city", "here i know nobody yet") is a particular kind: no one has
// drifted and nothing went wrong, there is simply nobody yet. Said back
// it loses the move, and a line for loneliness in general misses it; the
// acknowledgement names the feeling and the new place together.

// reNewPlace tells of a place the person is new to.
var reNewPlace = mustPattern(`\b(?:since (?:i|we) (?:came|moved|arrived|got) (?:here|to)|since (?:moving|coming|arriving)|new (?:city|country|town|place|area)|in this (?:city|country|town|place)|(?:moved|came|arrived) (?:here|to this)|(?:know|knew) (?:nobody|no one|noone) (?:here|yet)|(?:don't|dont|do not|didn't|didnt) know (?:anyone|anybody|a soul) (?:here|yet)|(?:no|any) friends? (?:here|yet)|here (?:i|we) (?:know|have) (?:nobody|no one|noone|no friends?)|here (?:i|we) (?:don't|dont|do not) (?:know|have) (?:anyone|anybody|any friends?))\b`)

// reAloneHere is the loneliness told with it.
var reAloneHere = mustPattern(`\b(?:alone|lonely|lonesome|isolated|on my own|no friends?|any friends?|nobody|no one|noone|anyone|anybody|a soul|homesick|miss (?:home|my family|my friends))\b`)

// newPlaceAck names loneliness in a new place, at any question but one
// asking for a step; "" for any other answer.
func newPlaceAck(q Question, answer string, v int) string {
	folded := foldText(answer)
	if questionKind(q.Text) == qkStep || !reNewPlace.MatchString(folded) || !reAloneHere.MatchString(folded) ||
		reWeightier.MatchString(strings.ReplaceAll(folded, "lonely", "")) {
		// A death, an illness or a breakup told with it comes first;
		// loneliness is this answer's own point.
		return ""
	}
	return pickAck([]string{
		"Feeling alone in a new place, before anyone there really knows you, is one of the hardest kinds of lonely, and it does ease as faces become familiar.",
		"Being new somewhere with no one close yet is lonely, and very common; the first few people who become familiar make a real difference.",
		"Starting over in a new place and feeling alone there is hard. It's not you: closeness just takes time to build from nothing.",
	}, v)
}
