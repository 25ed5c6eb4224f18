package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/compose"
)

// A loss told of someone else's ("my mate's dad died last night", "my
// flatmate lost her mum on sunday"), with nothing asked, is heard before
// anything is written: sorry for the loss, a question about how the one
// grieving is doing, and an offer to help write to them. A draft starts
// only when the person takes the offer, or when what they told already
// holds what a message would say (a memory of the one who died).

// theirLoss reads a death told of someone close to another person: who
// died as the reply names them ("your mate's dad", "Helga's dog") and who
// grieves, someone the person could write to. ok is false when the text
// tells no such loss, asks something, or already holds what a message
// would say.
func theirLoss(text string) (lost, grieving string, ok bool) {
	if asksSomething(withoutNotKnowing(text)) || wishWords.MatchString(foldText(withoutNotKnowing(text))) || draftTone(foldText(text)) != "" {
		// A question, a wish to write, or how the message should sound
		// ("keep it respectful and short"): the drafting flow's.
		return "", "", false
	}
	n := readTold(text)
	if n.kind != newsDeath || n.self || n.writeTo == "" {
		return "", "", false
	}
	lost = n.about
	for _, d := range compose.Parse(text, "", compose.Condolence) {
		switch d.Kind {
		case compose.Memory, compose.Feeling, compose.Noticed, compose.Plan, compose.Ask:
			// "…I remember him teaching us to fish": the words of a
			// message are already there, which the drafting flow uses.
			return "", "", false
		case compose.Loss:
			if rel, mine := strings.CutPrefix(d.Text, "your "); mine && n.about == n.writeTo {
				// "my best mate lost his dad": the loss is his dad,
				// said as the best mate's.
				lost = n.writeTo + "'s " + rel
			}
		}
	}
	if m := pronounKin.FindStringSubmatch(foldText(text)); m != nil && strings.EqualFold(n.writeTo, m[1]) {
		// "her mum passed away" with no one named before: "her" is the
		// one grieving, unnamed; "Mum" is the one who died, never the
		// one to write to ("Mum's mum").
		return "", "", false
	}
	if pronounWords[n.writeTo] {
		// "kev's cat died, he's gutted" with the name unread: nobody to
		// ask after by name, which the drafting flow asks for.
		return "", "", false
	}
	if lost == n.writeTo {
		// "my grandad passed away": the person's own loss, heard as a
		// feeling elsewhere.
		return "", "", false
	}
	return lost, n.writeTo, true
}

// pronounKin is a relation said of a pronoun: "her mum", "his dad".
var pronounKin = mustPattern(`\b(?:her|his|their) ([a-z]+)\b`)

// theirLossReply answers a loss theirLoss reads, offering to write to the
// one grieving; it reports false, saying nothing, for any other message.
func (t *turn) theirLossReply() bool {
	lost, grieving, ok := theirLoss(t.text)
	if !ok {
		return false
	}
	line := pick(t.text, []string{
		"I'm so sorry to hear about " + lost + ". How is " + grieving + " holding up?",
		"Oh, I'm so sorry about " + lost + ", that's so hard. How is " + grieving + " doing?",
	})
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: grieving, Listening: true}
	choices := []Choice{{ID: "offer:yes", Label: clip("Write to "+grieving, 40)}}
	if c, ok := t.guideNear(); ok {
		// "…and i don't know how to support her": the guide's section
		// on it one tap away.
		choices = append(choices, c)
	}
	t.say(line+" If you'd like to send them a few words, I can help with that.", choices...)
	return true
}

// pronounWords are who a reading falls back on when no one is named.
var pronounWords = map[string]bool{"him": true, "her": true, "them": true, "he": true, "she": true, "they": true}
