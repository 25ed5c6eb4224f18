package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/understand"
)

// Small talk that ends with a question ("How's your day going?") expects
// an answer, and the answer is chat too: "not much, just chilling after
// work" is how the day is going, not a question for the guide. The
// question is remembered as an offer of kind "chat", and the next message
// that asks nothing and tells nothing heavier is answered in kind.

// noteChatQuestion remembers that the small talk just said asked the
// person something back, unless another offer is open.
func (t *turn) noteChatQuestion() {
	if t.p.Flow.Offer != nil || len(t.replies) == 0 {
		return
	}
	if last := strings.TrimSpace(t.replies[len(t.replies)-1].Text); strings.HasSuffix(last, "?") {
		t.p.Flow.Offer = &Offer{Kind: "chat"}
	}
}

// chatBack answers the person's answer to the companion's small-talk
// question. It reports false, saying nothing, when no such question is
// open, or the message is more than a chat answer (a question, news, a
// feeling, a request) or says nothing of how the day is going; the
// question is let go either way.
func (t *turn) chatBack() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "chat" {
		return false
	}
	folded := foldText(t.text)
	f := strings.Fields(folded)
	padded := " " + strings.ReplaceAll(folded, "'", "") + " "
	brief := len(f) <= 4 && hasPhrase(padded, chatDown)
	if len(f) == 0 || len(f) > 14 || asksSomething(t.text) || !brief && (tellsOf(t.text) || heardLow(t.text) || gripe(t.text)) {
		return false
	}
	if r := classify(t.text); r.Sure() && !chatAnswerLabels[r.Label] && !(r.Label == understand.Thanks && hasPhrase(padded, chatUp)) {
		// "good thanks!" answers; "thanks!" alone thanks.
		return false
	}
	t.p.Flow.Offer = nil
	switch {
	case hasPhrase(padded, chatDown):
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(pick(t.text, []string{
			"Sorry it's not a great one. Want to tell me about it?",
			"Ah, one of those days. What's been going on?",
		}))
	case hasPhrase(padded, chatRest):
		t.say(pick(t.text, []string{
			"Sounds like a nice bit of downtime — enjoy it.",
			"Nothing wrong with a slow one. Enjoy the quiet!",
		}))
	case hasPhrase(padded, chatBusy):
		t.say(pick(t.text, []string{
			"Sounds like a full one. I hope you get a proper breather tonight.",
			"That's a lot of day. I hope there's some time just for you later.",
		}))
	case hasPhrase(padded, chatUp):
		t.say(pick(t.text, []string{"Glad to hear it! 😊", "Love that. Long may it last!"}))
	default:
		// A nod ("ok cool") or anything else: answered as it would be
		// with no question open.
		return false
	}
	return true
}

// chatAnswerLabels are what the classifier may call an answer to "how's
// your day?" without it being something else.
var chatAnswerLabels = map[string]bool{understand.Smalltalk: true, understand.Yes: true, understand.No: true,
	understand.Feeling: true, understand.Done: true, understand.Offtopic: true}

// Words of an answer to "how's your day?", by how it is going.
var (
	chatDown = phrases(`meh | rubbish | bad | rough | awful | not great | not good | could be better | been better | crap |
shit | terrible | not so good | not the best | not brilliant`)
	chatBusy = phrases(`busy | hectic | manic | mad | long day | work | working | knackered | exhausted | tired | shattered |
swamped | nonstop | non stop`)
	chatRest = phrases(`chill | chilling | chillin | relaxing | resting | lazy | netflix | telly | tv | sofa | couch | nothing much |
not much | same old | quiet | nothing really | not a lot | slow`)
	chatUp = phrases(`good | great | fine | well | not bad | alright | all good | amazing | lovely | brilliant | fab | decent |
pretty good | really good | cant complain`)
)
