package agent

import (
	"strings"
)

// minScore is the search score below which a section is not a real answer.
const minScore = 1.0

// ask answers a question from the guide, naming the section used.
func (t *turn) ask(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		t.say("What would you like to know? Ask in your own words — for example “how do I deal with being left on read?”")
		return
	}
	secs := t.a.guide.Search(q, 3)
	if len(secs) == 0 || secs[0].Score < minScore {
		t.notCovered()
		return
	}
	best := secs[0]
	used := secs[:1]
	if len(secs) > 1 && secs[1].Score >= minScore {
		used = secs[:2]
	}
	template := empathy(q) + "From the guide (“" + best.Title + "”): " + leadSentences(best.Body)
	text := t.a.hooks.answer(t.ctx, q, used, template, t.m.Partial)
	if t.m.Group {
		text += "\n\nFor anything personal, message me directly."
		t.say(text)
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "section", Section: best.ID}
	choices := []Choice{{ID: "section:" + clip(best.ID, 56), Label: "More on this"}}
	if len(secs) > 1 && secs[1].Score >= minScore {
		choices = append(choices, Choice{ID: "section:" + clip(secs[1].ID, 56), Label: "Also: " + clip(secs[1].Title, 40)})
	}
	if related := relatedAction(best); related.ID != "" {
		choices = append([]Choice{related}, choices...)
	}
	t.say(text, choices...)
}

// leadSentences condenses a section: its first paragraph, up to three
// sentences, reaching into the next paragraph only when the first is a
// single sentence.
func leadSentences(body string) string {
	var paras []string
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		if p = strings.TrimSpace(plainMarkdown(p)); p != "" {
			paras = append(paras, p)
		}
	}
	if len(paras) == 0 {
		return ""
	}
	text := paras[0]
	if len(paras) > 1 && strings.Count(firstSentences(text, 3, 420), ". ") == 0 {
		text += " " + paras[1]
	}
	return firstSentences(text, 3, 420)
}

// notCovered says plainly that the guide has nothing on it.
func (t *turn) notCovered() {
	t.say("I'm not sure I can help with that one — the guide I draw on doesn't cover it. I can help you reflect on your relationships, write a message to someone, or answer questions about connecting with people online.",
		menuChoices()...)
}

// moreOn shows a whole section.
func (t *turn) moreOn(id string) {
	sec, ok := t.a.guide.Section(id)
	if !ok {
		t.say("I couldn't find that part of the guide any more. Ask me again in your own words?", menuChoices()...)
		return
	}
	body := strings.TrimSpace(sec.Body)
	if len(body) > 1500 {
		body = truncateWords(body, 1500)
	}
	t.say("**" + sec.Title + "**\n\n" + body)
}

// empathy opens an answer about something painful with a kind word.
func empathy(q string) string {
	q = strings.ToLower(q)
	for _, w := range []string{"ghost", "stopped replying", "ignor", "left on read", "hurt", "lonely", "alone", "rejected", "no one", "nobody", "fight", "argu"} {
		if strings.Contains(q, w) {
			return "That hurts, and it's more common than it feels. "
		}
	}
	return ""
}

// relatedAction offers the action that fits the section's theme.
func relatedAction(s Section) Choice {
	tags := strings.ToLower(strings.Join(s.Tags, " ") + " " + s.ID)
	switch {
	case strings.Contains(tags, "ghost") || strings.Contains(tags, "silence"):
		return Choice{ID: "menu:draft", Label: "Draft a gentle follow-up"}
	case strings.Contains(tags, "plan"):
		return Choice{ID: "menu:plan", Label: "Start the 7-day plan"}
	case strings.Contains(tags, "reflect") || strings.Contains(tags, "values"):
		return Choice{ID: "menu:reflect", Label: "Reflect on it"}
	case strings.Contains(tags, "check") || strings.Contains(tags, "reach"):
		return Choice{ID: "menu:draft", Label: "Draft a check-in"}
	}
	return Choice{}
}
