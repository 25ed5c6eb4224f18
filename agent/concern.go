package agent

import (
	"time"

	"github.com/companion-dev/companion/agent/safety"
)

// The concern check. The crisis rules decide what gets a crisis reply;
// beside them a learned model (safety.Concern) listens for messages that
// sound like a crisis in words the rules do not know. When it hears one
// the rules let pass, the companion answers the message as usual and then
// asks, plainly and warmly, whether the person is thinking of ending
// their life, with the helplines a tap away. The model never decides: the
// person's answer does. A yes gets the crisis reply and care mode, exactly
// as if the rules had caught the message; a no gets a short word of
// relief and the conversation goes on; anything else is heard as usual.
//
// The check is not asked in care mode (the person already has the crisis
// reply), in group chats, or again within concernWait of the last one. In
// the middle of a flow it is still asked, after the flow's own reply, and
// a no brings the flow's question back.

// concernWait is how long after a check the companion does not ask again.
const concernWait = 12 * time.Hour

// concernOpen is how long a check waits for its answer: a message after
// that is not read as one.
const concernOpen = 6 * time.Hour

// ConcernCheck is the last concern check asked.
type ConcernCheck struct {
	// Asked is when it was asked.
	Asked time.Time `json:"asked,omitzero"`
	// Lang is the language it was asked in.
	Lang string `json:"lang,omitempty"`
	// Open is set until the next message, which may answer it.
	Open bool `json:"open,omitempty"`
}

// concernAnswered reads the message after a check as its answer: a yes
// gets the crisis reply, a no a word of relief. It reports whether the
// turn is done; a message that is neither goes on as usual.
func (t *turn) concernAnswered() bool {
	c := t.p.Profile.Concern
	if c == nil || !c.Open {
		return false
	}
	c.Open = false
	if t.m.Choice != "" || t.m.Group || t.now.Sub(c.Asked) >= concernOpen {
		return false
	}
	yes, no := safety.ReadCheckAnswer(t.text)
	switch {
	case yes:
		t.crisis(safety.Result{Situation: safety.Self, Lang: c.Lang, Young: t.p.Profile.Young})
		return true
	case no:
		relief := safety.CheckWordsFor(c.Lang).Relief
		if t.p.Flow.Name != "" {
			t.askAgain(relief + " ")
			return true
		}
		if f := t.p.Flow.Paused; f != nil && !f.Held {
			relief += " " + concernBackTo
		}
		t.say(relief)
		return true
	}
	return false
}

// concernBackTo says, after a no, that a flow put aside is still there.
const concernBackTo = "When you're ready, say “continue” and we'll go back to where we were."

// concernInReflection is the bar inside a reflection journey. Its questions
// ask what gets in the way, what one worries about and how the week felt,
// so answers there are full of the words of worry, burden and tiredness
// the model leans on ("i worry i'd be bothering them"); asking about
// ending one's life after such an answer breaks the reflection for
// nothing. The crisis rules still run on every answer, and the bar stays
// within reach of what the model is sure of.
const concernInReflection = 0.99

// concernBar is the score a message needs for the check, by the flow on.
func concernBar(flow string) float64 {
	if flow == flowReflect {
		return concernInReflection
	}
	return safety.ConcernThreshold
}

// concernAsk adds the check after the usual reply when the message sounds
// like a crisis to the model and nothing else has asked.
func (t *turn) concernAsk() {
	if t.a.safety.NoConcernCheck || t.m.Group || t.forget || t.heardDisclosure || t.text == "" || t.p.Flow.Care != nil {
		return
	}
	if c := t.p.Profile.Concern; c != nil && t.now.Sub(c.Asked) < concernWait {
		return
	}
	if safety.Concern(t.text) < concernBar(t.p.Flow.Name) {
		return
	}
	lang := safety.Language(t.text)
	if _, ok := safety.WordsFor(lang); !ok {
		lang = "en"
	}
	if t.p.Flow.Name == "" {
		// The check is the question that waits for an answer: the offers
		// made before it give way, so that the helplines keep their button.
		for i := range t.replies {
			t.replies[i].Choices = nil
		}
	}
	t.say(safety.CheckWordsFor(lang).Ask, helplinesChoice(lang))
	t.p.Profile.Concern = &ConcernCheck{Asked: t.now, Lang: lang, Open: true}
}
