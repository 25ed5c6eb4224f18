package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// A name given while listening: "her name is tasha", "he's called dre".
// The person talked about has a name now; the offer to write goes to them
// by it, carrying what was told before, instead of a reply about how
// heavy it all sounds.

// reNameGiven is a name said for someone already spoken of.
var reNameGiven = mustPattern(`^(?:(?:oh|ok|okay|so|and|btw|also|well|um|uh|haha|lol|sorry|yeah|yes)\s+)*(?:(her|his|their|my \w+(?: \w+)?'?s?) name(?:'s| is| was|s)|(she|he|they)(?:'s| is| are|'re|s) called|(?:she|he|they)(?:'s| is|s) named|(?:it's|its|it is) (?:for )?) ([a-z][a-z'-]+(?: [a-z][a-z'-]+)?)$`)

// reTrailFiller is chat filler after a name: "dre btw", "hana lol".
var reTrailFiller = mustPattern(`(?: (?:btw|lol|haha|by the way|x|xx|fyi|if that helps))+$`)

// nameGiven reads a name from a message that only gives one, with the
// pronoun to speak of them by; ok is false for anything else.
func nameGiven(text string) (name, them string, ok bool) {
	m := reNameGiven.FindStringSubmatch(reTrailFiller.ReplaceAllString(foldText(text), ""))
	if m == nil {
		return "", "", false
	}
	p := people.Find("write to " + m[3])
	if p.Name == "" || p.Relation != "" || p.Group {
		return "", "", false
	}
	switch strings.TrimSpace(m[1] + m[2]) {
	case "her", "she":
		them = "her"
	case "his", "he":
		them = "him"
	default:
		them = "them"
	}
	return p.Name, them, true
}

// nameInStory takes a name given after a listening reply: the offer to
// write now names them, and keeps the story told before. It reports false
// when the message gives no name or no listening offer is open.
func (t *turn) nameInStory() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening {
		return false
	}
	name, them, ok := nameGiven(t.text)
	if !ok {
		return false
	}
	request := "write to " + name
	if o.Request != "" {
		// The story, with the name said after it: "… my sister's
		// birthday. her name is hana".
		request = storyThen(o.Request, t.text)
	}
	t.offerWriting(name, request, o.Felt, "Thank you — "+name+". Whenever you're ready, I can help you write to "+them+", or we can keep talking.")
	return true
}

// reWhoToWrite asks whom to reach out to: "maybe i should message someone
// but who", "who would i even text", "idk who to talk to".
var reWhoToWrite = mustPattern(`\bwho (?:should|could|would|do|can|shall|am) i (?:even |actually |really )?(?:message|text|call|ring|reach out to|write to|talk to|ask|contact|go to|turn to|hit up|dm)\b|\bwho (?:to|i could|i should|i would|id|i'd) (?:even )?(?:message|text|call|ring|reach out to|write to|talk to|ask|contact|turn to|hit up|dm)\b|\b(?:message|text|call|ring|reach out to|write to|talk to|contact|hit up|dm) (?:someone|somebody|anyone|anybody)\b.* \bbut who\b|\bbut who\b$`)

// whoToWrite answers, while listening, a question of whom to reach out
// to: not a guide paragraph, but a way to think of someone, and the
// reflection on who matters one tap away. It reports false for anything
// else.
func (t *turn) whoToWrite() bool {
	if !reWhoToWrite.MatchString(foldText(t.text)) {
		return false
	}
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: feltWho}
	t.say("It doesn't have to be anyone big. Think of someone you used to enjoy time with, or who'd be glad to hear from you even after a while: an old friend, a cousin, someone from a class or a team. Does anyone come to mind?",
		Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// feltWho marks the offer left by whoToWrite: the next person named is
// the answer to it.
const feltWho = "who"

// someoneCameToMind answers the person named after whoToWrite asked who
// comes to mind: a good place to start, and the offer to write to them.
func (t *turn) someoneCameToMind(who string) bool {
	o := t.p.Flow.Offer
	if o == nil || o.Felt != feltWho || who == "" {
		return false
	}
	t.offerWriting(who, t.text, "", upFirst(who)+" sounds like a good place to start. Something short and easy to answer is plenty — want help writing it?")
	return true
}

// cameToMind is someoneCameToMind for a message that names a person in
// any words after whoToWrite asked ("jess i guess", "hmm maybe my cousin
// tom"); false when it names nobody or nothing was asked.
func (t *turn) cameToMind() bool {
	o := t.p.Flow.Offer
	if o == nil || len(strings.Fields(t.text)) > 20 {
		return false
	}
	asked := o.Felt == feltWho
	if !asked && (o.Kind != "talk" || o.Felt == "" || len(strings.Fields(t.text)) > 8) {
		return false
	}
	p := people.Find(t.text)
	if !p.Found() || p.Group {
		p = people.Find("write to " + t.text)
	}
	if !p.Found() || p.Group || !asked && !justSomeone(t.text, p) {
		return false
	}
	if !asked {
		o.Felt = feltWho
	}
	return t.someoneCameToMind(p.Mention())
}

// tentativeWords are the words around a person named as a tentative answer
// ("maybe my old roommate kayla", "idk, my cousin i guess").
var tentativeWords = wordset.Of(`maybe perhaps probably possibly i guess think suppose idk dunno um umm hmm hm like or well actually honestly ok okay so lol tbh my our old the a an ex former`)

// justSomeone reports whether text names p and nothing else but hedges:
// while a low mood is being listened to, such a message is someone who
// came to mind, even before the companion asked who.
func justSomeone(text string, p people.Person) bool {
	own := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(p.Name + " " + p.Said + " " + p.Relation)) {
		own[w] = true
	}
	for _, w := range strings.Fields(foldText(text)) {
		w = strings.Trim(w, ".,!?…'\"")
		if w != "" && !own[w] && !tentativeWords[w] {
			return false
		}
	}
	return true
}

// reMeanToReach is an intention to get in touch said in passing: "i keep
// thinking i should call my uncle", "maybe i'll text my sister".
var reMeanToReach = mustPattern(`\b(?:should|could|might|may|want to|wanna|would like to|need to|ought to|keep meaning to|been meaning to|thinking (?:of|about)|maybe i'?ll|maybe i will|going to|gonna|probably)\s+(?:just\s+|finally\s+|actually\s+|really\s+)?(?:call|calling|ring|ringing|phone|text|texting|message|messaging|write to|writing to|reach out to|reaching out to|talk to|talking to|get in touch with|contact|visit|see)\b`)

// meansToReach answers, while listening, an intention to get in touch
// with someone named: a good thought, and the offer to write to them,
// carrying the story told before. It reports false for anything else.
func (t *turn) meansToReach() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "talk" && !o.Listening || !reMeanToReach.MatchString(foldText(t.text)) {
		return false
	}
	p := people.Find(t.text)
	if !p.Found() || p.Group {
		return false
	}
	who := p.Mention()
	t.offerWriting(who, storyThen(o.Request, t.text), o.Felt, "That sounds like a good thought, and it might mean a lot to them too. Want help with a few words to "+who+" first?")
	return true
}

// storyThen is what was told before, then text, as one request to write
// from; text alone when nothing was told.
func storyThen(story, text string) string {
	if story == "" {
		return text
	}
	return strings.TrimRight(story, " .!") + ". " + text
}

// offerWriting says line, with the offer to write to who from request
// (what "Write to …" starts from) and the reflection on who matters beside
// it; felt is the feeling heard, kept for what follows.
func (t *turn) offerWriting(who, request, felt, line string) {
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: request, Recipient: who, Listening: true, Felt: felt}
	t.say(line, Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)}, Choice{ID: "journey:matter", Label: "Think about who matters"})
}
