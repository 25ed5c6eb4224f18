package agent

import "strings"

// Asked what kind of connection would make the biggest difference, people
// name one and go on about it: "a close friend honestly. someone i can
// text at 11pm without overthinking it", "someone to learn from, i
// overthink every career move". The kind they pick is the answer; a worry
// on the way ("overthinking") is not what to answer first.

// connectionKinds are the kinds of connection the question offers, each
// with the words that pick it and lines that name it.
var connectionKinds = []struct {
	pick  pattern
	lines []string
}{
	{mustPattern(`\b(?:close|best|real|proper|good) (?:friend|mate)s?\b|\bsomeone (?:close|to talk to|i can (?:text|call|tell))\b`), []string{
		"A close friend, then: someone you can reach without thinking twice. That's a good thing to look for.",
		"So a close friend is what would make the difference — someone easy to turn to.",
	}},
	{mustPattern(`\b(?:learn from|mentor|someone older|someone wiser|guidance)\b`), []string{
		"Someone to learn from, then: a mentor kind of closeness, and well worth looking for.",
		"So someone to learn from would make the difference; that kind of guidance is worth seeking out.",
	}},
	{mustPattern(`\b(?:keep me going|keep (?:me )?on track|accountab\w*|goal|gym|(?:gym|running|study|workout) (?:buddy|partner)|drag me)\b`), []string{
		"Someone to keep you going on a goal: company with a purpose, and it makes the work lighter.",
		"So a goal buddy would make the difference — someone who keeps you going.",
	}},
	{mustPattern(`\b(?:hobby|hobbies|share (?:a|my) (?:hobby|interest)|into the same)\b`), []string{
		"People who share a hobby: easy company built around something you love.",
		"So people who share your hobby would make the difference — closeness that grows around something you both enjoy.",
	}},
}

// reGoalThing is what a goal is about: "the gym", "running", "revision".
var reGoalThing = mustPattern(`\b(?:gym|running|training|studying|revision|writing|climbing|swimming|cycling|saving|language learning)\b`)

// reLateHours is a late hour: "at 11pm", "at 2am", "late at night".
var reLateHours = mustPattern(`\b(?:at )?(?:1[0-2]|[1-4]) ?(?:pm|am)\b|\blate at night\b|\bmidnight\b|\bin the middle of the night\b`)

// connectionKindAck names the kind of connection an answer picks at the
// question that offers them, "" at any other question or when the first
// sentence picks none.
func connectionKindAck(q Question, answer string, v int) string {
	ql := strings.ToLower(q.Text)
	if !strings.Contains(ql, "close friend") || !strings.Contains(ql, "learn from") {
		return ""
	}
	folded := foldText(answer)
	first := strings.ToLower(answer)
	if i := strings.IndexAny(first, ".!?;"); i > 0 {
		first = first[:i]
	}
	first = foldText(first)
	for _, k := range connectionKinds {
		if !k.pick.MatchString(first) {
			continue
		}
		line := pickAck(k.lines, v)
		if m := reGoalThing.FindString(first); m != "" && k.lines[0] == connectionKinds[2].lines[0] {
			// "someone to drag me to the gym": the goal named.
			where := "with your " + m
			if m == "gym" {
				where = "at the gym"
			}
			line = pickAck([]string{
				"Someone to keep you going " + where + ": company with a purpose makes it easier to show up.",
				"So someone to keep you going " + where + " would make the difference — company that keeps you turning up.",
			}, v)
		}
		if k.lines[0] == connectionKinds[0].lines[0] && reLateHours.MatchString(folded) {
			line = pickAck([]string{
				"A close friend, then: someone you could text late at night without a second thought. That's a good thing to look for.",
				"So a close friend is what would make the difference — someone you can reach even late, no second-guessing needed.",
			}, v)
		}
		if k.lines[0] == connectionKinds[1].lines[0] && reNewStart.MatchString(folded) {
			// "someone to learn from. just started as a junior and i
			// have nobody to ask": starting out is why, not loneliness.
			return pickAck([]string{
				"Someone to learn from, just as you're starting out — a mentor makes the early questions so much easier to ask, and every one is worth asking.",
				"So a mentor would make the difference while you're new; everyone starting out needs someone to ask, and that's worth seeking.",
			}, v)
		}
		if reOutOfStep.MatchString(folded) || reComparing.MatchString(folded) {
			// "a close friend. everyone i know is married with kids now
			// and im the odd one out": the kind picked, and why it
			// matters now.
			if withWhy := line + " " + pickAck(outOfStepTails, v); len(withWhy) <= ackMax {
				return withWhy
			}
		}
		return line
	}
	return ""
}

// reNewStart is starting out in a job or a field: "just started as a
// junior", "my first year teaching".
var reNewStart = mustPattern(`\b(?:just (?:started|began|joined)|new (?:job|role|position)|first (?:job|year|role|months?)|junior|graduate|trainee|apprentice|intern|starting out|new to (?:the|this))\b`)

// reOutOfStep is feeling out of step with the people around: "the odd one
// out", "everyone i know is married now", "left behind".
var reOutOfStep = mustPattern(`\b(?:odd one out|the only one (?:who|not|left|without|still)|left behind|out of step|everyone (?:i know|else|around me) (?:is|has|was|seems))\b`)

// outOfStepTails follow the kind of connection picked when the answer
// tells of feeling out of step with everyone around.
var outOfStepTails = []string{
	"Feeling like the odd one out makes that all the more understandable.",
	"When everyone around seems to be in another stage of life, that need makes a lot of sense.",
}
