package agent

import (
	"regexp"
	"strings"
)

// A request that came as a question to the companion ("what should i say
// to a friend whose mum just died") carries its frame: the words asking
// what to say are for the companion, never a line of the message. What
// follows the frame is what the message is about.

// askFrame is the question's frame at the start of the message, after a
// few fillers ("wait actually what should i say to …"); a question at the
// end of a story ("i lost my job today, what do i text marta") leaves the
// story for the message.
var askFrame = regexp.MustCompile(`(?i)^(?:(?:wait|ok|okay|so|um|hmm|actually|and|but|right|also|then|lol|pls|please)[ ,.]+){0,3}(?:what|wat|how) (?:do|should|could|can|would|shall) (?:i|we|u|you) (?:even |possibly )?(?:say|write|text|send|tell|message|put)(?: (?:to|for|in))?\s+`)

// whoDescribed is who the message is for, described by a clause: "a
// friend whose mum just died", "my neighbour who lost her husband". It says
// who they are, in the third person; the draft says it to them from the
// occasion and the details, never by pasting the description.
var whoDescribed = regexp.MustCompile(`(?i)^(?:a|an|my|our|some|someone|somebody|any|this)\b(?: [\p{L}'’-]+){0,3}? (?:who|whose|that|with)\b`)

// withoutAskFrame returns text without a leading question of what to say,
// or text as it is when there is none or nothing follows it; "" when what
// follows only describes who the message is for.
func withoutAskFrame(text string) string {
	loc := askFrame.FindStringIndex(text)
	if loc == nil {
		return text
	}
	rest := strings.TrimSpace(text[loc[1]:])
	if len(strings.Fields(rest)) < 2 {
		return text
	}
	if whoDescribed.MatchString(rest) {
		return ""
	}
	return rest
}
