package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Calls or messages the person received and has not answered yet ("two
// missed calls from my dad", "my cousin has messaged me three times and i
// still havent replied", "a voicemail from my aunt i havent listened to")
// are someone else reaching out, the other way round from the person's own
// messages left unanswered (silence_repeated.go). The reply says who has
// been trying to reach them and offers help with a short reply; a call
// missed more than once may be something, so calling back is named too.
// Said with guilt ("and i feel awful"), the slide is heard as common and
// easy to mend.

// reMissedCallsFrom is calls missed from someone: "3 missed calls from
// mum", "missed two calls from my brother".
var reMissedCallsFrom = mustPattern(`\b(?:(?:[0-9]+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|multiple|so many|loads of) missed (?:calls?|facetimes?|video calls?)|missed (?:a |an |the |[0-9]+ |two |three |four |five |several |a few |a couple of )?(?:calls?|facetimes?|video calls?)) from\b`)

// reReceivedUnanswered is a message received and not answered yet: "my
// sister texted me twice and i havent replied", "a voicemail from my aunt
// i still havent listened to", "left my cousin on read".
var reReceivedUnanswered = mustPattern(`\b(?:(?:has|have|had|keeps|kept|been)\s+)?(?:texted|messaged|called|rung|rang|phoned|emailed|dmd|dm'd|whatsapped|tried to call|tried calling|been trying to (?:call|reach|get hold of)|left (?:me )?(?:a )?(?:voicemail|voice ?note|message))(?: me)?(?: [a-z0-9']+){0,5}? (?:and|but|n) (?:i|ive|i've|i have) (?:still |just |honestly |kinda |kind of )?(?:havent|haven't|have not|not|didnt|didn't|never|cant|can't|not yet) (?:replied|reply|answered|answer|called (?:her |him |them )?back|call (?:her |him |them )?back|rung (?:her |him |them )?back|got back|gotten back|responded|respond|texted back|text back|picked up|listened|read it|opened it)|\b(?:voicemail|voice ?note|message|text|email|dm|letter|card)s? from (?:my |our )?[a-z']+(?: [a-z']+)?(?: that)? (?:i|ive|i've) (?:still |just )?(?:havent|haven't|have not|didnt|didn't|not) (?:replied to|answered|listened to|read|opened|got back to|responded to)|\bi(?:ve| have| am|m)?(?: been| keep| still| kinda| kind of)? (?:left|leaving|leave|ignoring|ignored|ignore|dodging|dodged|dodge|avoiding|avoided|avoid|screening|screened) (?:my )?[a-z']+(?: [a-z']+)? (?:on read|calls|texts|messages|voicemails)\b`)

// reOwedGuilt is guilt said about the reply owed.
var reOwedGuilt = mustPattern(`\b(?:feel (?:so |really |kinda |kind of |a bit |pretty )?(?:awful|bad|terrible|guilty|horrible|rubbish|crap)|guilty|guilt|ashamed|bad (?:daughter|son|friend|sister|brother|granddaughter|grandson))\b`)

// replyOwedTo is whom the person owes a reply to ("Mum", "your
// brother"), or "them" when nobody is named; "" when the message tells
// of no call or message received and unanswered.
func replyOwedTo(text string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	if asksSomething(text) || !reMissedCallsFrom.MatchString(f) && !reReceivedUnanswered.MatchString(f) {
		return ""
	}
	if p := people.Find(text); p.Found() {
		return p.Mention()
	}
	return "them"
}

// replyOwedReply hears who has been trying to reach the person and offers
// help with the reply.
func replyOwedReply(text, who string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	obj := objectFor(who)
	glad := who + " will most likely"
	if who == "them" {
		who, glad = "someone", "they'll most likely"
	}
	called := reMissedCallsFrom.MatchString(f) || strings.Contains(f, "call") || strings.Contains(f, "rang") || strings.Contains(f, "rung")
	if reOwedGuilt.MatchString(f) {
		return pick(text, []string{
			"It's so easy to let a reply slide, and the longer it sits the heavier it feels. A short one is enough; " + glad + " just be glad to hear from you. Want help with it?",
			"That happens to so many people: the reply gets harder to send the longer it waits. A few easy words would clear it, and " + glad + " just be glad. Shall we write them?",
		})
	}
	if called {
		return pick(text, []string{
			"Sounds like " + who + " has been trying to get hold of you. Worth a quick call back when you can, in case it's something, or want help with a short text to " + obj + "?",
			upFirst(who) + " has been keen to reach you, by the sound of it. A quick call back might be easiest; or shall I help you send a short reply?",
		})
	}
	return pick(text, []string{
		"Sounds like " + who + " has been trying to reach you. Want a hand with a quick reply, so it's off your mind?",
		upFirst(who) + " has been in touch and it's still waiting for an answer. Shall we write a short reply together?",
	})
}

// replyOwed answers calls or messages received and not answered yet,
// reporting false, saying nothing, for any other message.
func (t *turn) replyOwed() bool {
	who := replyOwedTo(t.text)
	if who == "" {
		return false
	}
	label := "Reply to them"
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Listening: true}
	if who != "them" {
		label = clip("Reply to "+who, 40)
		t.p.Flow.Offer.Recipient = who
	}
	t.say(replyOwedReply(t.text, who), Choice{ID: "offer:yes", Label: label}, Choice{ID: "offer:no", Label: "Not now"})
	return true
}
