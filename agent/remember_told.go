package agent

import "fmt"

// reRecallTold asks whether the companion can recall what the person said
// before: "can you remember stuff i told you last week?", "do u recall
// what we talked about yesterday". Chats are not kept word for word, so
// the honest answer is what is kept instead, not the whole privacy text.
var reRecallTold = mustPattern(`\b(?:can|could|do|does|will|would|did)(?:n'?t)? (?:you|u|ya) (?:still |even |actually |really )?(?:remember|recall|keep track of|look back at|go back to|know) (?:\w+ ){0,3}?(?:i (?:told|said|say|tell|mentioned|wrote|shared|typed)|we (?:talked|spoke|chatted|discussed|said)|our (?:chats?|conversations?|talks?)|(?:last|other) (?:time|week|night|day|month)|yesterday|earlier|before)\b`)

// asksRecallTold reports a question whether past messages are recalled,
// not what happens to them when the person leaves.
func asksRecallTold(folded string) bool {
	return reRecallTold.MatchString(folded) && !reIfILeave.MatchString(folded)
}

// sayRecallTold answers honestly what is kept of earlier talk: not the
// chat itself, but what was made or named in it, with the details of
// privacy one tap away.
func (t *turn) sayRecallTold() {
	kept := keptSummary(&t.p)
	line := "Not word for word: I don't keep our chats, only the last thing or two you said, for a little while."
	if kept == "" {
		line += " Nothing else of yours is kept yet, so tell me again and we'll pick it up from there."
	} else {
		line += " What I do keep is " + kept + ", until you ask me to erase it."
	}
	line += " /privacy says where and how."
	t.say(line, Choice{ID: "menu:privacy", Label: "What's kept, and where"}, Choice{ID: "menu:export", Label: "Show me everything"})
}

// keptSummary names in a few words what is kept for p: "your name, 2
// people and 1 reflection"; "" when nothing is.
func keptSummary(p *Person) string {
	var parts []string
	if p.Profile.Name != "" {
		parts = append(parts, "your name")
	}
	count := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	count(len(p.Contacts), "person you named", "people you named")
	count(len(p.Reflections), "reflection", "reflections")
	count(len(p.Drafts), "draft", "drafts")
	if !p.Plan.Started.IsZero() {
		parts = append(parts, "where you are in the plan")
	}
	if len(parts) == 0 {
		return ""
	}
	return andList(parts)
}
