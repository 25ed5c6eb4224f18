package agent

import (
	"regexp"
	"strings"
)

// ask answers a question from the guide, naming the section used.
func (t *turn) ask(q string) {
	q = strings.TrimSpace(q)
	if q == "" {
		t.say("What would you like to know? Ask in your own words — for example “how do I deal with being left on read?”")
		return
	}
	if o := t.p.Flow.Offer; o != nil && o.Kind == "section" && o.Asked != "" {
		if topic, ok := followUpTopic(q); ok {
			// "what about family?" after "how often should i message a
			// friend": the same question, about family.
			q = o.Asked + " " + topic
		}
	}
	ans := ComposeAnswer(t.a.guide, q)
	if !ans.Covered() {
		if t.ownChangeAsked(q) {
			return
		}
		t.notCovered(ans)
		return
	}
	text := t.a.hooks.answer(t.ctx, q, ans.Used, ans.Text, t.m.Partial)
	if t.m.Group {
		text += "\n\nFor anything personal, message me directly."
		t.say(text)
		return
	}
	best := ans.Used[0]
	t.p.Flow.Offer = &Offer{Kind: "section", Section: best.ID, Request: wordsQuestion(q), Asked: q}
	choices := []Choice{{ID: "section:" + clip(best.ID, 56), Label: "More on this"}}
	if len(ans.Used) > 1 {
		choices = append(choices, Choice{ID: "section:" + clip(ans.Used[1].ID, 56), Label: "Also: " + clip(ans.Used[1].Title, 40)})
	}
	if ans.Draft {
		// The answer ends by offering to write the message: "yes" takes
		// it up, starting from the question.
		t.p.Flow.Offer = &Offer{Kind: "draft", Request: q}
		choices = append([]Choice{{ID: "offer:yes", Label: "Help me write it"}}, choices...)
	} else if related := relatedAction(best); related.ID != "" {
		choices = append([]Choice{related}, choices...)
	}
	t.say(text, choices...)
}

// ownChangeAsked answers a question the guide has nothing on that tells
// a change of the person's own ("just become a stepdad, any tips?"): the
// change named with both its sides, as it would be told alone, rather
// than a plain "not covered". It reports false, saying nothing, when the
// question tells no such change.
func (t *turn) ownChangeAsked(q string) bool {
	if t.m.Group {
		return false
	}
	c, ok := findChange(lowPadded(q))
	if !ok || len(c.self) == 0 {
		return false
	}
	if n := readTold(q); !n.self && !c.own && n.writeTo != "" {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(c.said(pick(q, c.self), q),
		Choice{ID: "journey:matter", Label: "Think about who matters"},
		Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}

// notCovered says plainly that the guide has nothing on it, naming what it
// has nearby when there is something.
func (t *turn) notCovered(ans Answer) {
	if len(ans.Near) == 0 || t.m.Group {
		t.say(ans.Text, menuChoices()...)
		return
	}
	// "yes" or "that one" next opens the nearest section named first.
	t.p.Flow.Offer = &Offer{Kind: "section", Section: ans.Near[0].ID}
	var choices []Choice
	for _, s := range ans.Near {
		choices = append(choices, Choice{ID: "section:" + clip(s.ID, 56), Label: "Read: " + clip(s.Title, 40)})
	}
	t.say(ans.Text, append(choices, Choice{ID: "menu:draft", Label: "Draft a message"})...)
}

// pointerRE is a reply pointing at what was just offered: "that one",
// "the first", "show me", "tell me more".
var pointerRE = regexp.MustCompile(`(?i)^\s*(?:(?:ok(?:ay)?|yes|yeah|sure)[,!. ]*)?(?:(?:that|this|the first|first|the 1st|1st|top) ?(?:one|option|section|bit|part)?|show me(?: that| it| more)?|tell me more|more please|more on (?:that|this|it)|go on|open it|read it|that sounds (?:right|good|useful))[.!?]*\s*$`)

// takesSectionOffer opens the section just offered when the message points
// at it, and reports whether it did.
func (t *turn) takesSectionOffer() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "section" || !pointerRE.MatchString(t.text) {
		return false
	}
	t.p.Flow.Offer = nil
	t.moreOn(o.Section)
	return true
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

// reFollowUp is a short question that leans on the one before it: "what
// about family?", "and with coworkers", "how about for someone shy".
var reFollowUp = mustPattern(`^(?:(?:and|but|ok|okay|so|hmm|also|what|same)\s+)*(?:(?:what|how) about|and|same|what if (?:it'?s|its))\s+(?:for |with |if it'?s |if its |when it'?s )?(.+?)$`)

// followUpTopic is what a short follow-up asks about instead: "family"
// from "what about family?"; ok is false for any other message.
func followUpTopic(q string) (string, bool) {
	f := foldText(q)
	if len(strings.Fields(f)) > 8 {
		return "", false
	}
	m := reFollowUp.FindStringSubmatch(f)
	if m == nil || strings.TrimSpace(m[1]) == "" {
		return "", false
	}
	return m[1], true
}
