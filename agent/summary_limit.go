package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked about a limit they'd like someone to know, people name the person
// and often what they want to say: "my boss messages me at 10pm. i want to
// say i'll reply in the morning but nicely". The reflection's step is then
// theirs, built from that person and those words, and offered as a draft
// to them, not a step for anyone.

// reWantToSay is what the person would like to say, after "i want to say":
// group 1 is the words.
var reWantToSay = mustPattern(`\b(?:i want to|i could|i might|i'd like to|id like to|i would like to|i wanna|i need to|i should|i'd love to|maybe) (?:say|tell (?:him|her|them)|ask (?:him|her|them))(?: that)? (.+?)(?:,? (?:but|and) (?:nicely|kindly|politely|without)\b.*|[.!?].*)?$`)

// limitStep is the step a named person and a limit make, "" when the
// answer to the question about a limit names no one by name.
func limitStep(j Journey, answers []string) (NextStep, bool) {
	names := answerNames(answers...)
	for i, q := range j.Questions {
		if i >= len(answers) || !strings.Contains(strings.ToLower(q.Text), "limit you'd like") {
			continue
		}
		var named []listen.Mention
		for _, m := range listen.Mentions(answers[i], names) {
			if m.Named {
				named = append(named, m)
			}
		}
		if len(named) != 1 {
			continue
		}
		who := named[0].Who
		text := "One small step: tell " + who + " about the limit you named, kindly and plainly, this week; I can help you word it."
		if m := reWantToSay.FindStringSubmatch(foldText(answers[i])); m != nil {
			if said := strings.TrimRight(listen.Clean(m[1]), ".!?, "); said != "" && len(strings.Fields(said)) <= 14 {
				// "i want to say i'll reply in the morning": those words.
				text = "One small step: tell " + who + ", kindly and plainly, that " + said + "; I can help you word it."
			}
		}
		return NextStep{Text: text, Recipient: who}, true
	}
	return NextStep{}, false
}
