package agent

import "strings"

// A request to write, typed right after a guide answer and naming no one
// new ("ok can you write a follow up", "can you draft that", "write him
// one"), is for the person and the situation the question was about: the
// draft starts from the question, never from the answer again.

// draftAfterAnswer starts a draft from the question the guide just
// answered when the message only asks for it to be written. It reports
// false, doing nothing, for anything else.
func (t *turn) draftAfterAnswer() bool {
	o := t.p.Flow.Offer
	if t.choice != "" || o == nil || o.Kind != "section" && o.Kind != "draft" {
		return false
	}
	asked := o.Asked
	if asked == "" {
		asked = o.Request
	}
	if asked == "" || !t.answerOnScreen() || !bareWriteAsk.MatchString(foldText(t.text)) || namesOther(t.text, asked) {
		return false
	}
	t.p.Flow.Offer = nil
	t.startDraft(joinTold(toldOfQuestion(asked), t.text), false)
	return true
}

// toldOfQuestion is what a question told of the situation, without the
// asking: "my friend dara hasnt answered my message from last week" of
// "…from last week. is it ok to try again". A question that tells nothing
// is returned whole.
func toldOfQuestion(q string) string {
	var kept []string
	for _, s := range strings.FieldsFunc(q, func(r rune) bool { return strings.ContainsRune(".?!;\n", r) }) {
		for _, c := range strings.Split(s, ",") {
			f := foldText(c)
			if f == "" || questionStart.MatchString(withoutLead(f)) {
				continue
			}
			kept = append(kept, strings.TrimSpace(c))
		}
	}
	if len(kept) == 0 {
		return q
	}
	return strings.Join(kept, ", ")
}

// answerOnScreen reports whether the last reply shown was a guide answer:
// its choices open a section or take an offer it made.
func (t *turn) answerOnScreen() bool {
	for _, c := range t.offered {
		if strings.HasPrefix(c.ID, "section:") || strings.HasPrefix(c.ID, "offer:") {
			return true
		}
	}
	return false
}

// bareWriteAsk asks for a message to be written and says nothing else:
// "ok can you write a follow up", "could you draft that for me", "yes
// please help me write one", "write him something short".
var bareWriteAsk = mustPattern(`^(?:(?:ok|okay|k|so|yes|yeah|yep|sure|alright|right|then|please|pls|plz|can you|could you|can u|could u|would you|will you|just|go on|maybe|cool|great|thanks|thank you|in that case|and|now|i'?d like you to|i want you to|lets|let'?s)\s+)*(?:help me (?:to )?)?(?:write|draft|word|compose|put together|send|do|make|help me with|give me)(?: (?:me|him|her|them|it|that|this|one|something|some words|a few words|a (?:\S+ ){0,2}(?:follow ?up|message|msg|text|note|reply|email|nudge|one|version|draft)|the (?:\S+ ){0,2}(?:follow ?up|message|msg|text|note|reply|email|nudge|draft)))+(?: (?:for me|then|please|pls|plz|thanks|now|for him|for her|for them|to him|to her|to them|short|quick|light))*$`)
