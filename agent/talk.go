package agent

import "strings"

// Asking for company: "can you just talk to me for a bit", "i just want
// someone to chat to", "keep me company". A person, not a guide paragraph,
// answers that: yes, and an open question.

var reTalkToMe = mustPattern(`\b(?:(?:can|could|will|would) (?:you|u|we) (?:just |please |maybe )?(?:talk|chat|speak)(?: (?:to|with) me)?|(?:just |please )?(?:talk|chat) (?:to|with) me|keep me company|(?:i )?(?:just )?(?:want|need|wanna) (?:someone|somebody|some1|sb) to (?:talk|chat) (?:to|with)|(?:can|could) we (?:just )?(?:talk|chat)(?: for a bit| for a while)?|i just want to (?:talk|chat))\b`)

// talkRequest answers a request for company; false when text is not one.
func (t *turn) talkRequest() bool {
	folded := foldText(t.text)
	if !reTalkToMe.MatchString(folded) || len(strings.Fields(folded)) > 16 {
		return false
	}
	if _, low := findLow(t.text); low {
		// "i just want someone to talk to, everyone's busy": the feeling
		// is heard first (see listen_low.go), with the same offer.
		return false
	}
	// Still listening: what they say next is heard as more of it, with the
	// gentle steps a listening reply keeps in reach.
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say("Of course — I'm here, and there's no rush. What's been on your mind today? Big or small, it all counts.",
		Choice{ID: "journey:matter", Label: "Think about who matters"}, Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}

// reTryIt is a small plan said tentatively: "maybe i'll try the board game
// night", "i might go to the running club", "think i'll sign up".
var reTryIt = mustPattern(`^(?:(?:ok|okay|so|yeah|hmm|well|actually|honestly|maybe|perhaps|i think|think|i guess|might|i might|i could|i may|i'll|ill|i will|im going to|i'm going to|gonna|im gonna|i'm gonna|going to|just|finally|probably|i should|should) )+(?:try|give (?:it|that|them|this) a (?:go|try|shot)|go to|go along to|check out|sign up (?:for|to)|join|show up to|turn up to|give .{1,30} a (?:go|try|shot))\b`)

// reActivity is something done with other people: the step it names.
var reActivity = mustPattern(`\b(?:night|club|class|classes|group|meetup|meet up|meet-up|session|event|party|games?|gym|choir|course|workshop|quiz|league|team|society|circle|open mic|volunteer\w*|lessons?|jam|match|tournament|parkrun|run club|dance|yoga|pottery|crafts?|social|mixer|hangout|hang out|gathering|potluck|drinks)\b`)

// triesSomething encourages a small step with other people the person
// says they might take.
func (t *turn) triesSomething() bool {
	folded := foldText(t.text)
	if !reTryIt.MatchString(folded) || !reActivity.MatchString(folded) || len(strings.Fields(folded)) > 20 {
		return false
	}
	t.say("I like that idea. Going once doesn't commit you to anything, and doing something together takes some of the pressure off talking. I hope it's a good one — tell me how it goes?")
	return true
}

// reHowItSounds says how a message should sound, in a few words: "funny
// but sorry", "less jokey", "short and sweet", "something heartfelt".
var reHowItSounds = mustPattern(`^(?:(?:something|make it|keep it|maybe|ok|okay|um|hmm|but|and|a bit|bit|kinda|quite|really|very|not too|less|more|sort of) )*(?:funny|jokey|light|lighthearted|light hearted|heartfelt|sincere|sweet|short|simple|warm|casual|formal|sorry|apologetic|cheeky|silly|serious|gentle|chill|playful|honest|soppy|sappy)(?: (?:but|and|yet|with|though|,)? ?(?:a bit |bit |really |very |not too |still )?(?:funny|jokey|light|heartfelt|sincere|sweet|short|simple|warm|casual|formal|sorry|apologetic|cheeky|silly|serious|gentle|playful|honest|too|pls|please))*$`)

// styleTakesOffer reads how a message should sound, said while an offer to
// write to someone is open, as a yes to it: "funny but sorry" after "want
// help writing to Tamsin?" starts that message, with everything told so
// far and the way it should sound.
func (t *turn) styleTakesOffer() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "draft" || o.Request == "" || !reHowItSounds.MatchString(foldText(t.text)) {
		return false
	}
	t.p.Flow.Offer = nil
	t.startDraft(joinTold(o.Request, t.text), false)
	return true
}
