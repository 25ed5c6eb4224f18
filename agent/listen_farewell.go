package agent

import "github.com/companion-dev/companion/agent/people"

// Someone dear going away, told with not knowing how to say goodbye ("my
// best mate moves to canada for good next month and i've no idea how to
// say bye", "my sister's emigrating and i can't face the goodbye"), is a
// sadness before it is a message to write or a day ahead to be glad of:
// the goodbye is named as hard, and words for it are offered, not begun.

// reFarewellHard is a goodbye the person does not know how to say, or
// cannot face.
var reFarewellHard = mustPattern(`\b(?:(?:don'?t|dont|do not|didn'?t|didnt) (?:really |even )?know how (?:to|i'?ll|i will|i'?m going to|im going to|im gonna|i'?m gonna) (?:say )?(?:goodbye|good bye|bye|farewell|let (?:her|him|them) go)|(?:no idea|not sure|unsure|no clue) how (?:to|i'?ll|i will|i'?m going to|im going to|im gonna) (?:say )?(?:goodbye|good bye|bye|farewell)|(?:can'?t|cant|cannot) (?:face|bear|handle|do) (?:the |saying )?(?:goodbye|good bye|goodbyes|farewell)|(?:dreading|hate|hating) (?:the |saying )?(?:goodbye|good bye|goodbyes|farewell))\b`)

// reGoingFar is someone going away: a move abroad or far, for good.
var reGoingFar = mustPattern(`\b(?:moving|moves|move|moved|relocating|relocates|emigrating|emigrates|leaving|leaves|going|goes|flying|flies) (?:back )?(?:to|abroad|overseas|away|across|for good|home to|out to)\b|\b(?:emigrating|emigrates|relocating|relocates)\b`)

// farewellTold is who is going, when text tells someone of the person's
// going away and a goodbye hard to say; "" for any other message.
func farewellTold(text string) string {
	f := foldText(text)
	if !reFarewellHard.MatchString(f) || !reGoingFar.MatchString(f) || asksGuide(text) {
		return ""
	}
	return people.Find(text).Mention()
}

// farewellReply names a hard goodbye to someone going away, with words
// for them one tap away. It reports false, saying nothing, for any other
// message.
func (t *turn) farewellReply() bool {
	who := farewellTold(t.text)
	if who == "" {
		return false
	}
	obj := relationPronoun(people.Find(t.text).Relation)
	line := pick(t.text, []string{
		"Saying goodbye to " + who + " when they're going so far is hard, and there's no right way to do it. Missing them already is a sign of how much they matter.",
		"That's a hard goodbye to face — " + who + " going so far away is a real loss for you, even if it's a good move for them.",
	})
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true}
	t.say(pronounsFor(line, obj)+" If it would help, we could put what you'd want to tell "+objectOf(who)+" into words together.",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}
