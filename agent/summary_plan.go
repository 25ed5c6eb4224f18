package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A small step the person named that is with no one a message could go
// to ("buy tickets for the gig she wanted", "book the pottery class") is
// still theirs: the summary ends with it in their words rather than a step
// of the journey's own. ownPlanStep finds it in the answer to the
// question that asks for one.

// rePlanOpen opens an answer on something the person will do: a verb of
// doing, after an optional "i'll", "maybe", "i want to".
var rePlanOpen = regexp.MustCompile(`(?i)^(?:(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|i want to|i wanna|i'd like to|id like to|i could|i can|i should|maybe|probably|try to|just|finally|actually)\s+)*(buy|book|plan|invite|cook|bake|make|visit|take|join|ask|organise|organize|set up|start|put|bring|get|pick|help|check in|check on|reply|answer|share|thank|apologise|apologize|say|listen|schedule|arrange|host|print|frame|finish|go|see|meet|walk|sign up|show up|turn up|remember|stop|leave|mute|delete|block|tell|write|send|call|text|message|ring|phone|facetime|visit|hug|return|pay back|drop off|post)\b`)

// ownPlanStep is the step in the answer to j's question that asks for one
// small thing, said back as the person's own, or "".
func ownPlanStep(j Journey, answers []string) string {
	for i, q := range j.Questions {
		if i >= len(answers) || questionKind(q.Text) != qkStep {
			continue
		}
		a := strings.TrimSpace(afterUnsure(answers[i]))
		if a == "" || lowContent(foldText(a)) || !rePlanOpen.MatchString(listen.Clean(a)) {
			return ""
		}
		names := answerNames(answers...)
		clause := listen.Clause(softenEcho(listen.Proper(listen.Clean(a), names)), summaryLine)
		// "…, she's had a rough month": the step, not why.
		clause, _, _ = strings.Cut(clause, ",")
		clause = strings.TrimRight(clause, ".!?;, ")
		if clause == "" || reSubjectOpen.MatchString(clause) && !rePlanOpen.MatchString(clause) {
			return ""
		}
		return ownStep + lowerFirst(clause) + "."
	}
	return ""
}

// lowerFirst lowers the first letter of s unless its first word is
// spelled with a capital wherever it stands ("Marisol", "I").
func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	if first == "" || first == "I" || properWord(strings.Trim(first, ",.'s"), nil) {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// planAck answers the answer to the question asking for a small step when
// it names no step with someone that stepAck could say back: a thing to
// do in the person's words ("Buy tickets for the gig Marisol wanted to go
// to: a clear, doable step."), or a way of being in touch, with whom and
// when the answers named ("A voice note to Siobhan on Saturday morning:
// small and doable."). "" when the answer names neither.
func planAck(j Journey, answers []string, v int) string {
	i := len(answers) - 1
	if i < 0 || i >= len(j.Questions) || questionKind(j.Questions[i].Text) != qkStep {
		return ""
	}
	answers = plainAnswers(answers)
	tails := []string{": small and doable, which is just right.", ": a clear, doable step.", ": that's very doable."}
	if text := ownPlanStep(j, answers); text != "" {
		return fitAck(upFirst(invitation(strings.TrimSuffix(strings.TrimPrefix(text, ownStep), "."))) + pickAck(tails, v))
	}
	mode := contactMode(answers[i:])
	if mode == "" {
		return ""
	}
	next := summaryStep(j, answers, answers)
	if who := next.Recipient; who != "" && strings.Contains(next.Text, mode+" "+who) {
		return fitAck(upFirst(mode) + " " + who + " " + stepDay(j, answers) + pickAck(tails, v))
	}
	// "maybe just a text. dont know what yet": the way is chosen, the
	// words can wait.
	thing := strings.Fields(mode)
	return fitAck(upFirst(strings.Join(thing[:len(thing)-1], " ")) + " it is — " + pickAck([]string{
		"the words can come later.", "what to say can wait; the step is the thing.",
	}, v))
}
