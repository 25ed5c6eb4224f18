package agent

import "strings"

// A question is often told as a story first and asked at the end: "my
// cousin just got into law school!! what do i write to her", "we split the
// bill for the cabin and now the chat is a war zone. how do i calm it
// down". A word of another field in the story (a school, a bill, a
// concert, a cat) sets the scene; what is asked is the part the person
// ends on. Such a question is weighed by what it asks: when the asked
// part names no other field and asks for no thing, the field in the story
// only asks that the guide's model find a section likely (storyLikely)
// before it answers, as for a question that names another field in passing.

// reAskLead is how the asked part of a message starts, once folded: a
// question word or an auxiliary put first, or "idk whether", "not sure how".
var reAskLead = mustPattern(`^(?:(?:so|but|and|ok|okay|anyway|basically|honestly|like|hmm|just|sorry|also|then|now|srsly|seriously|pls|please|help)\s+)*(?:how|hows|what|whats|wat|why|should|shall|shud|is|isnt|are|am|was|do|does|did|dont|can|cant|could|would|will|wont|any|anyone|where|when|who|which|idk (?:whether|if|how|what|why)|i dont know (?:whether|if|how|what|why)|not sure (?:whether|if|how|what|why)|wondering (?:whether|if|how|what|why))\b`)

// askedPart returns the folded part of q that asks: the last of its
// sentences that ends with a question mark or starts like a question.
// It is "" when q is a single sentence, or when no sentence asks.
func askedPart(q string) string {
	var parts []string
	var asks []bool
	start := 0
	for i, r := range q {
		switch r {
		case '.', '!', '?', '\n', ';':
			parts = append(parts, q[start:i])
			asks = append(asks, r == '?')
			start = i + 1
		}
	}
	parts = append(parts, q[start:])
	asks = append(asks, false)
	var folded []string
	for _, p := range parts {
		folded = append(folded, foldText(p))
	}
	n := 0
	for _, f := range folded {
		if f != "" {
			n++
		}
	}
	if n < 2 {
		return ""
	}
	for i := len(folded) - 1; i >= 0; i-- {
		if folded[i] != "" && (asks[i] || reAskLead.MatchString(folded[i])) {
			return folded[i]
		}
	}
	return ""
}

// storyOnlyField reports a question that names another field only in the
// story told before what it asks: its asked part names no field the guide
// leaves to others, asks for no thing, and is no question of romance.
func storyOnlyField(q string) bool {
	asked := askedPart(q)
	if asked == "" {
		return false
	}
	if offFieldTopic(asked) != "" || reThingAsk.MatchString(asked) || hasAnyWord(withoutFormerFriends(asked), offFieldWords) {
		return false
	}
	return offFieldTopic(foldText(q)) != "dating" && !strings.Contains(asked, "crush")
}

// storyLikely is how likely the guide's model must find the first section
// for a question naming another field only in its story to be answered.
var storyLikely = 0.5

// likelyAfterStory reports whether a question naming another field only
// in its story has a first hit likely enough to answer from.
func likelyAfterStory(q string, hits []Section) bool {
	return storyLikely > 0 && len(hits) > 0 && hits[0].Likely >= storyLikely && storyOnlyField(q)
}
