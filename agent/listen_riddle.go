package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// The opening of a joke told to the companion ("why did the chicken cross
// the road", "what do you call a fish with no eyes", "knock knock") asks
// for nothing it could look up: it is play, and the reply plays along and
// waits for the punchline instead of declining a question.

// reRiddleOpening is a folded message shaped like the first half of a
// joke.
var reRiddleOpening = mustPattern(`^(?:(?:ok|okay|so|hey|right|here s one|heres one|got one for you|joke time|riddle me this|riddle)\s+)*(?:why (?:did|does|do|was|is|didn t|didnt|don t|dont|can t|cant|couldn t|couldnt|won t|wont) (?:the|a|an) \w+|what do you call (?:a|an|the|someone|somebody|two|three)\b|what did (?:the|one) \w+ say to|what s the difference between|whats the difference between|how many \w+(?: \w+)? does it take to|how do you (?:catch|make|get|stop|tell) (?:a|an) \w+|what s (?:brown|black|green|red|orange|yellow) and|whats (?:brown|black|green|red|orange|yellow) and|knock knock)\b`)

// riddleOpening reports a message that opens a joke. A question with the
// person or their people in it ("why did the group chat go quiet when i
// posted") is theirs to be heard, never a joke.
func riddleOpening(text string) bool {
	folded := foldText(text)
	if !reRiddleOpening.MatchString(folded) || hasAnyWord(folded, riddleSelfWords) {
		return false
	}
	if _, low := findLow(text); low {
		return false
	}
	return !strings.Contains(" "+folded+" ", " people ")
}

// riddleSelfWords put the person, or someone in their life, in a question.
// "What do you call a fish with no eyes" speaks to the companion, which
// keeps "you" out of them.
var riddleSelfWords = func() map[string]bool {
	set := wordset.Of(`i i'm im me my mine we us our your ur he she they him her them his their friends mate mates boss family`)
	for w := range relWords {
		set[w] = true
	}
	return set
}()

// riddleReply plays along with the opening of a joke, reporting false for
// any other message.
func (t *turn) riddleReply() bool {
	if !riddleOpening(t.text) {
		return false
	}
	t.p.Flow.Offer = nil
	if strings.HasPrefix(foldText(t.text), "knock knock") {
		t.say("Who's there? 😄")
		return true
	}
	t.say(pick(t.text, []string{
		"Haha, go on then, I give up. What's the punchline? 😄",
		"Ooh, you've got me there. Tell me! 😄",
	}))
	return true
}
