package agent

import "github.com/companion-dev/companion/agent/listen"

// Worry for someone else ("my friend lucia hasnt been herself lately, she
// cancels everything and seems sad") is not the person's own low mood. A
// friend hears the care in it, says so, and offers to help reach out to
// them; asked next whether to say something, they answer that question.

// reTheirLow is someone else seeming low, withdrawn or not themselves: a
// third-person subject, then how they seem.
var reTheirLow = mustPattern(`(?:\b(?:she|he|they|she'?s|he'?s|they'?re|shes|hes|theyre|her|him|them)\b|\b(?:my|our) (?:\w+ )?` + concernWho + `(?:'?s)?)(?: \w+){0,2}? (?:seems?|seemed|looks?|looked|sounds?|sounded|is|was|been|has been|'?s been|have been|keeps? being|feels?|felt)(?: \w+){0,2}? (?:so |really |a bit |quite |kinda |pretty |very )?(?:sad|down|low|off|quiet|depressed|withdrawn|distant|flat|lonely|anxious|unhappy|upset|stressed|struggling|not ok|not okay|not right|not herself|not himself|not themselves)\b` +
	`|\b(?:hasn'?t|hasnt|has not|isn'?t|isnt|is not|wasn'?t|wasnt|not) (?:been )?(?:herself|himself|themselves|themself)\b` +
	`|\b(?:she|he|they)(?: \w+){0,2}? (?:cancels|cancelled|canceled|stopped (?:coming|going|replying|answering)|keeps cancelling|keeps canceling|withdrew|pulled away|is pulling away|has pulled away|shut (?:herself|himself|themselves) away)\b`)

// concernWho are who a worry can be about, after "my": "my mate", "my
// little sister".
const concernWho = `(?:friend|mate|bestie|bff|pal|boss|colleague|coworker|neighbour|neighbor|flatmate|housemate|roommate|` +
	`partner|cousin|aunt|auntie|uncle|sister|brother|sis|bro|mum|mom|mam|dad|mother|father|nan|gran|grandma|grandad|` +
	`grandpa|husband|wife|boyfriend|girlfriend|son|daughter|niece|nephew|kid|teenager|friends|parents)`

// reOwnWrong is the person owning a wrong done in a temper: "i took it
// out on my sister", "i lashed out at him".
var reOwnWrong = mustPattern(`\bi (?:\w+ ){0,2}?(?:took it out on|lashed out|was short with|went off at|had a go at|blew up at|bit (?:her|his|their) head off)\b`)

// concernFor reports worry for someone else told, with nothing asked and
// no low feeling of the person's own ("… and it's getting to me"), which
// the feeling replies hear first.
func concernFor(text string) bool {
	folded := foldText(text)
	if asksSomething(text) || !reTheirLow.MatchString(folded) || ownFault.MatchString(folded) || reOwnWrong.MatchString(folded) {
		// "i snapped at her when she was stressed" is the person's own
		// wrong, which an apology answers.
		return false
	}
	// "my mate seems down" is his low; what is left says whether the
	// person told one of their own too.
	return !ownFeelingSaid(reTheirLow.ReplaceAllString(folded, " , "))
}

// concernReply answers worry for someone: the care named, and an offer to
// help write to them when we know who they are.
func (t *turn) concernReply(n newsReading) {
	who := n.writeTo
	lead := ""
	if n.kind == newsDeath {
		if lost := listen.Lost(t.text, answerNames(t.text)); lost != "" && lost != who {
			lead = "I'm so sorry about " + lost + ". "
		}
	}
	lines := []string{
		"It's kind of you to notice. When someone pulls back like that, they're often having a harder time than they let on.",
		"That sounds worrying, and it says a lot that you've noticed. People who go quiet are often hoping someone will.",
	}
	if lead != "" {
		lines = []string{"Grief can sit heavy on the people closest, and it's kind of you to notice how they're doing."}
	}
	line := lead + pick(t.text, lines)
	if who == "" || who == "them" {
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(line+" Do you want to tell me more about what's been going on?",
			Choice{ID: "menu:draft", Label: "Write to someone"})
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.carriedRequest(t.text), Recipient: who, Listening: true}
	t.say(line+" A gentle message that asks nothing back can mean a lot — want help writing to "+who+"?",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
}

// reShouldSay asks whether to reach out to someone talked about: "idk if i
// should say something", "should i text her", "is it weird to check on him".
var reShouldSay = mustPattern(`\b(?:should i|shall i|do i|if i should|whether to|whether i should|is it weird to|would it be weird to|worth) (?:\w+ ){0,2}?(?:say|text|message|msg|call|ring|check on|check in|reach out|ask|talk|speak|send|write)\b`)

// reAsksWords asks what to say rather than whether to: "what should i
// send him", "how should i word it".
var reAsksWords = mustPattern(`\b(?:what|how|which)\b`)

// shouldSayReply answers, after talk of someone, whether to reach out to
// them: usually yes, lightly, with the offer to write one tap away. It
// reports false when the message does not ask that or no one was named.
func (t *turn) shouldSayReply() bool {
	o := t.p.Flow.Offer
	folded := foldText(t.text)
	if o == nil || !o.Listening || o.Recipient == "" || !reShouldSay.MatchString(folded) || reAsksWords.MatchString(folded) {
		// "what should i send him" asks for the words: a draft.
		return false
	}
	who := o.Recipient
	t.say("If you're wondering, it's usually worth it. A short, kind message that doesn't ask for an explanation — \"Thinking of you, no need to reply\" — lets "+
		who+" know someone noticed, without any pressure. Want help with the words?",
		Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)})
	return true
}
