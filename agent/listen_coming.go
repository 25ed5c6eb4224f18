package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// The person's own coming event — an exam, an interview, a first day —
// told with when it is and nothing more: "my exam is on the 4th", "got my
// driving test on friday". It is news of their week, not a question for
// the guide; the reply wishes them well and asks how they feel about it.
// Told with a feeling ("and i'm terrified"), the feeling replies answer.

// reOwnEvent is an event of the person's told with its time, as the whole
// message. The group is the event as they named it, after "my".
var reOwnEvent = mustPattern(`^ *(?:(?:so|and|ok|okay|well|just|btw|also|oh|omg|ugh|welp)\s+)*(?:(?:my|i have (?:a|an|my)|i've got (?:a|an|my)|ive got (?:a|an|my)|i got (?:a|an|my)|got (?:a|an|my)|have (?:a|an|my)|i have got (?:a|an|my)) )?((?:[a-z]+ ){0,2}?(?:exam|exams|final|finals|test|interview|audition|presentation|recital|exam results|viva|defence|defense|speech|pitch|assessment|appraisal|performance review|trial shift|first day|induction|tryout|tryouts|try out|match|race|marathon|tournament|competition|gig|show|performance|graduation|deadline|moot|oral|orals|mock|mocks|driving test|theory test))(?: is| s|'s| are| will be)? (?:on|this|next|in|at|tomorrow|today|tonight|soon|coming up|later|first thing|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b([\w :'/.,-]{0,30})[.!?]*$`)

// eventTailWords say more than when the event is: a feeling or a second
// thing told after it ("and i'm terrified", "but i haven't revised").
var eventTailWords = wordset.Of(`and but so im i'm i feel feeling because cause cos though although haven't havent`)

// othersEvent reports an event named as someone else's or as no one's
// in particular: "his exam", "my sister's audition", "the match".
func othersEvent(named string) bool {
	for _, w := range strings.Fields(named) {
		if notOwnEvent[w] || strings.HasSuffix(w, "'s") || relWords[w] {
			return true
		}
	}
	return false
}

// notOwnEvent name an event as another's.
var notOwnEvent = wordset.Of(`his her their your its the our this that`)

// ownEvent is the event the person told of, as the reply names it ("your
// maths exam"); ok is false when the message tells none.
func ownEvent(folded string) (event string, ok bool) {
	m := reOwnEvent.FindStringSubmatch(folded)
	if m == nil || hasAnyWord(m[2], eventTailWords) || othersEvent(m[1]) {
		return "", false
	}
	return "your " + strings.TrimSpace(m[1]), true
}

// comingEventReply wishes the person well with an event of theirs, and
// offers to tell someone how it goes. It reports false when the message
// tells no such event.
func (t *turn) comingEventReply() bool {
	event, ok := ownEvent(foldText(t.text))
	if !ok {
		return false
	}
	line := pick(t.text, []string{
		"Good luck with " + event + "! How are you feeling about it?",
		"Oh, best of luck with " + event + ". How are you feeling as it gets closer?",
	})
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line, Choice{ID: "menu:draft", Label: "Tell someone how it goes"})
	return true
}
