package agent

// resumeWords ask to pick up what was paused: "continue", "carry on",
// "where were we", "let's keep going".
var resumeWords = mustPattern(`^(?:(?:ok|okay|so|yes|yeah|yep|right|alright|actually|hey|hi|um|umm|hmm|sorry|oh|and|anyway|anyways|well|fine|cool|great|now|back|im back|i'm back) )*` +
	`(?:(?:let's|lets|let us|can we|could we|shall we|can you|could you|can i|could i|i want to|i'd like to|id like to|i wanna|we can|please|pls|just) )*` +
	`(?:continue|carry on|keep going|go on|resume|get back to it|pick (?:it|this|that) (?:back )?up|pick up where we left off|` +
	`continue where we left off|carry on where we left off|where were we|where was i|back to (?:it|the questions|the reflection|where we were)|` +
	`where (?:did|do) we (?:leave off|leave it|stop|get to|pause)|where (?:did|do) i (?:leave off|leave it|stop|get to|pause)|where we (?:left off|stopped|paused)|` +
	`where were we up to|(?:pick|start) (?:it |this |that )?(?:back )?up (?:again|where (?:we|i) (?:stopped|paused|left (?:it|off)))|` +
	`(?:finish|keep going with|carry on with|continue with|get back to|go back to) (?:the|my|that|this) (?:reflection|questions|reflecting))` +
	`(?: please| then| now| with it| from there)?$`)

// isResumeRequest reports whether text asks to pick up where things were.
func isResumeRequest(text string) bool { return resumeWords.MatchString(foldText(text)) }

// resumeRequest picks up the paused flow when the person asks for it in
// words, after a restart too (the paused flow is saved with the person). It
// reports false when the text is not such a request.
func (t *turn) resumeRequest() bool {
	if !isResumeRequest(t.text) {
		return false
	}
	switch p := t.p.Flow.Paused; {
	case p == nil:
		t.say("There's nothing paused right now. What would you like to do?", menuChoices()...)
	case p.Name == flowReflect:
		t.resumeReflect()
	default:
		t.resume()
	}
	return true
}
