package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked when they last felt understood, people often tell the hard news
// the talk was about on the way ("after my son's diagnosis … he just got
// it without me having to explain"). What the other person did is the
// answer; the news is the weight it was carried under, named first and
// briefly.

// understoodBesideNews names what made the person feel understood beside
// the hard news it came with; "" at any other question, for good news, or
// when the answer names nothing the other person did.
func understoodBesideNews(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "understood") {
		return ""
	}
	value := aboutOf(answer).value
	n := readNews(answer)
	if value == "" || !newsAckKinds[n.kind] || n.kind == newsRecovery || n.kind == newsWin || n.kind == newsBaby {
		return ""
	}
	first := newsAckFirst(n, newsPhrase(answer, n.about), v)
	line := first + " " + upFirst(value) + pickAck([]string{
		" means all the more at a time like that.",
		" is worth so much when things are that heavy.",
	}, v)
	if len(line) > ackMax {
		return ""
	}
	return line
}

// understoodGapAck answers not remembering when, or never having, felt
// really understood ("cant remember the last time tbh. maybe never?"):
// the gap is the answer, not an unsure opening to cut. "" at any other
// question or for an answer that goes on to name a time.
func understoodGapAck(q Question, answer string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "understood") {
		return ""
	}
	folded := foldText(answer)
	loc := reUnderstoodGap.FindStringIndex(folded)
	if loc == nil {
		return ""
	}
	rest := reUnderstoodGapRest.ReplaceAllString(listen.Clean(folded[loc[1]:]), " ")
	if len(strings.Fields(rest)) > 0 {
		return ""
	}
	return pickAck([]string{
		"Feeling really understood hasn't come often, by the sound of it — that's hard, honest to say, and it can change.",
		"If it's that rare or that long ago, you've gone a while without being truly understood; that's hard, and it can change.",
	}, v)
}

// reUnderstoodGap opens an answer on never, or on not remembering.
var reUnderstoodGap = mustPattern(gapOpeners + `(?:(?:i\s+)?(?:honestly |genuinely |really )?(?:can'?t|cant|cannot|don'?t|dont|do not) (?:even |really |honestly )?(?:remember|recall)|` + gapNever + `)\b`)

// reUnderstoodGapRest are the words that may follow not remembering
// without naming a time: "the last time", "maybe never", "honestly".
var reUnderstoodGapRest = mustPattern(reGapComment + `|\b(?:the|last|time|times|one|maybe|probably|never|ever|honestly|really|tbh|lol|if|i|am|im|i'm|being|feeling|felt|understood|that|way|like|actually|even|sure|not)\b|[?.!,]`)

// reGapComment is a word on the gap itself said after it: "that's kind of
// sad isn't it", "bit depressing tbh".
const reGapComment = `\b(?:that'?s|thats|that is|it'?s|its|it is|kind of|kinda|a bit|bit|pretty|so|quite|sad|depressing|grim|bleak|pathetic|weird|isn'?t it|isnt it|right|huh|haha|ha)\b`

// understoodValueAck names what the one who listened did, at the question
// of feeling understood, with whom: "my wife. every time. she remembers
// the small stuff" is being remembered, by her. "" at any other question,
// when the answer names no one or nothing they did, tells of a loss, or
// tells hard news that understoodBesideNews names.
func understoodValueAck(q Question, answer string, names []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "understood") {
		return ""
	}
	a := aboutOf(answer)
	who := subjectPerson(answer, names)
	if who == "" {
		// "my wife. every time.": the one the answer opens on.
		who = whomAbout(answer, nil)
	}
	if a.value == "" || who == "" || listen.Lost(answer, names) != "" || understoodBesideNews(q, answer, v) != "" {
		return ""
	}
	return fitAck(strings.NewReplacer("{v}", a.value, "{p}", who).Replace(pickAck(aboutValueGiven, v)))
}
