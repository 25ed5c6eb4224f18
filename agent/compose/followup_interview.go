package compose

import (
	"regexp"
	"strings"
)

// A follow-up on a job is about the interview the writer had, never the
// words of the promise that was broken: "interviewed last thursday for the
// junior planner job, she said i'd hear by monday" is a follow-up on "my
// interview for the junior planner job". What was promised and the silence
// after it ("still nothing") are the reason for the message, which its
// own lines say gently.

var (
	// interviewHad is an interview the writer had, and what it was for.
	interviewHad = regexp.MustCompile(`(?i)^(?:i )?(?:had (?:a |an |my |the )?(?:second |final |first |third |last |phone |video |panel )?interview|interviewed)\b(?:[^.,;]*?\bfor (?:the |a |an )?((?:[\w-]+ ){0,3}(?:role|job|position|post|place|internship|apprenticeship|vacancy|opening)))?`)

	// promisedWord is what the writer was told they would hear: "she said
	// i'd hear by monday", "he promised i would hear back this week".
	promisedWord = regexp.MustCompile(`(?i)^(?:and |but )?(?:she|he|they|\p{Lu}\p{Ll}+)(?: \w+)? (?:said|promised|told me|mentioned)(?: that)? (?:i'?d|id|i would|i'?ll|i will|we'?d|we would) (?:hear|get an answer|get a reply|know)\b`)
)

// interviewTopic is the interview clause c tells of, as what a follow-up is
// about; false when c tells of none.
func interviewTopic(c string) (Detail, bool) {
	m := interviewHad.FindStringSubmatch(strings.TrimSpace(c))
	if m == nil {
		return Detail{}, false
	}
	if m[1] == "" {
		return Detail{Kind: Topic, Text: "my interview"}, true
	}
	return Detail{Kind: Topic, Text: "my interview for the " + strings.ToLower(trimTail(m[1]))}, true
}

// onlySilence reports a clause that only says no answer has come ("still
// nothing", "and nothing yet"); one that also says what was asked ("i
// asked about climbing and nothing yet") is read for what was asked.
func onlySilence(c string) bool {
	low := strings.ToLower(c)
	loc := answerAwaited.FindStringIndex(low)
	if loc == nil {
		return false
	}
	return len(strings.Fields(low[:loc[0]]+" "+low[loc[1]:])) <= 2
}
