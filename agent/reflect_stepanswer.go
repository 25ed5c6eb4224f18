package agent

// At the question of a reflection that asks for one small step, the
// person's own doing is the answer, even in words that elsewhere ask the
// companion to write: "write a card to joan to say thank you", "draft a
// text to my brother tonight", "send dad a voice note". The summary then
// offers the draft. Only a request plainly put to the companion ("can you
// help me write to her", "please draft it") leaves the question for the
// drafting flow.

// reAskedOfCompanion opens a request put to the companion rather than a
// step the person will take.
var reAskedOfCompanion = mustPattern(`^(?:(?:ok|okay|actually|wait|oh|hey|so|um|umm|hmm) )*(?:can you|could you|would you|will you|can u|could u|pls|please|help me|i want you to|i'd like you to|id like you to|i need you to|i need help|write me|draft me|do it|you write|you draft)\b|\bfor me\b`)

// ownStepAnswer reports whether the text typed at the running reflection's
// current question is the person's own step: the question asks for one
// small thing to do, and the text is not put to the companion.
func (t *turn) ownStepAnswer() bool {
	f := t.p.Flow
	if f.Name != flowReflect || f.Step == "choose" || f.Step == "next" || f.Reflect == nil || t.choice != "" {
		return false
	}
	j, ok := t.journey()
	if !ok || f.Reflect.Index < 0 || f.Reflect.Index >= len(j.Questions) || questionKind(j.Questions[f.Reflect.Index].Text) != qkStep {
		return false
	}
	folded := foldText(t.text)
	return folded != "" && !reAskedOfCompanion.MatchString(folded) && !questionShaped(t.text, folded) &&
		!reEndsFlow.MatchString(folded) && !leavingNow(t.text) && !awayBriefly(t.text) && questionBack(folded) == "" &&
		!reBackAfterAway.MatchString(folded)
}
