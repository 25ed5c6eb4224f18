package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/people"
)

// A statement about someone is not a request to write. "my flatmate's
// music is doing my head in" or "my best mate hasn't replied in a week and
// it's eating me up" tell how the person feels; a friend hears that first.
// The listening reply answers it, and the companion then offers, in the
// same reply, to help put something to that person into words. Saying yes,
// tapping the offer or "write to him" starts the draft from the statement,
// so nothing has to be said twice.

// listenFirst answers a statement of how the person feels about someone
// with the listening reply and an offer to write to them. It reports
// false, saying nothing, when the message asks for something, names no
// one, or tells no feeling of the person's own.
func (t *turn) listenFirst(in Intent) bool {
	if in.Kind != IntentNone && in.Kind != IntentFeeling && in.Kind != IntentAsk || t.choice != "" {
		return false
	}
	text := t.text
	if asksToWrite(othersOnly(text)) || asksSomething(text) || !feltAbout(text) && !silenceFelt(text) && !groupLow(text) {
		return false
	}
	if followUpTold(text) && !silenceFelt(text) {
		// "whatsapped my sister a photo and she left me on read": a
		// silence one gentle follow-up answers.
		return false
	}
	if draftOccasion(text) == OccasionApology && ownFault.MatchString(foldText(text)) {
		// "i snapped at my sister, it wasnt fair on her": the person's
		// own regret, which an apology answers.
		return false
	}
	p := people.Find(text)
	if p.Confidence < listenNameAt || p.Mention() == "" {
		return false
	}
	mark := len(t.replies)
	if !t.offScope() {
		t.feeling()
	}
	if len(t.replies) == mark {
		return false
	}
	t.offerDraftAbout(p, text)
	if gripe(text) && t.p.Flow.Offer != nil {
		t.p.Flow.Offer.Gripe = true
	}
	return true
}

// listenNameAt is the people finder's confidence from which the one a
// feeling is about is offered a message: "waiting on ana to text back"
// names Ana in lowercase, a little less surely.
const listenNameAt = 0.6

// offerDraftAbout adds to the last reply an offer to write to p, which
// starts a draft from request when taken. A reply that already offers to
// write to someone offers it to them; one that does not says so.
func (t *turn) offerDraftAbout(p people.Person, request string) {
	who := p.Mention()
	r := &t.replies[len(t.replies)-1]
	for _, c := range r.Choices {
		if c.ID == "offer:yes" {
			// The listening reply already offers to write to them
			// (someone's news): a second offer would say it twice.
			return
		}
	}
	label := "Write to " + who
	found := false
	for i, c := range r.Choices {
		if c.ID == "menu:draft" {
			r.Choices[i].Label, found = label, true
		}
	}
	if !found {
		r.Text += "\n\nIf you'd like to say something to " + who + ", I can help you put it into words."
		r.Choices = append(r.Choices, Choice{ID: "menu:draft", Label: label})
	}
	if o := t.p.Flow.Offer; o != nil && o.Kind == "talk" {
		// Still listening: more of the story is heard as such, and the
		// offer to write stays one tap away.
		o.Request = request
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "draft", Request: request}
}

// offeredRequest is the statement an offer to write came from, taken up
// by a tap on it; "" when no such offer is open.
func (t *turn) offeredRequest() string {
	if o := t.p.Flow.Offer; o != nil && (o.Kind == "talk" || o.Kind == "draft") {
		return o.Request
	}
	if o := t.p.Flow.Offer; o != nil && o.Kind == "section" && o.Asked != "" && namedSomeone(o.Asked) && t.answerOnScreen() {
		// "Draft a gentle follow-up" under the answer to "my friend
		// ollie never replied, should i send another": to him, for that.
		return toldOfQuestion(o.Asked)
	}
	return ""
}

// feltAbout reports a message that tells of the person's own feeling
// about someone — a complaint, a hurt, something eating at them — rather
// than that someone's news. Concern for them ("worried about my sister")
// is not it: that is what a caring message is for.
func feltAbout(text string) bool {
	f := foldText(text)
	if ownFeeling.MatchString(f) || gripe(text) {
		return true
	}
	for _, c := range clauses(strings.ToLower(text)) {
		if bareFeeling.MatchString(foldText(c)) {
			// "…at 6pm, honestly fuming": a feeling with no one else
			// as its subject is the person's own.
			return true
		}
	}
	fe := listen.Feel(text)
	return fe.Sure() && hurtFeelings[fe.Label] && firstPerson.MatchString(f)
}

// bareFeeling is a clause that is a feeling alone, with no subject:
// "so annoyed", "honestly fuming", "proper gutted tbh".
var bareFeeling = mustPattern(`^(?:(?:and|but|so|honestly|tbh|literally|just|really|proper|properly|absolutely|totally|bloody|kinda|kind of|a bit|pretty|quite|very|super|still|lowkey|ngl) )*(?:fuming|livid|seething|raging|gutted|annoyed|furious|hurt|upset|pissed|pissed off|fed up|heartbroken|crushed|offended|irritated|miffed|peeved|jealous|resentful)(?: (?:tbh|honestly|ngl|lol|tho|though|rn|now|to be honest))*$`)

// hurtFeelings are the listener's labels for being hurt or cross with
// someone.
var hurtFeelings = map[string]bool{"hurt": true, "anger": true, "jealousy": true, "resentment": true}

// ownFeeling is the person saying how someone makes them feel.
var ownFeeling = mustPattern(`\b(?:(?:it|that|this|which) (?:really |honestly |kinda |still |just |so )?(?:hurts|stings|sucks|kills me)|eating me (?:up|alive)|eats me up|getting to me|gets to me|bugging me|bugs me|bothering me|bothers me|upsets? me|upsetting me|hurts? me|hurting me|annoys? me|annoying me|irritates? me|winds? me up|winding me up|pisses me off|pissing me off|pissed off|gets on my nerves|getting on my nerves|on my nerves|driving me|drives me|doing my head in|does my head in|(?:i'?m|im|i am|i feel|i felt|i was|feeling|feel|makes me|made me|making me|left me|leaves me)(?: so| really| kinda| kind of| a bit| a little| pretty| quite| very| super| honestly| just)* (?:hurt|upset|angry|annoyed|gutted|crushed|devastated|furious|fuming|livid|jealous|invisible|ignored|rejected|forgotten|used|unwanted|unappreciated|taken for granted|frustrated|betrayed|heartbroken|pissed|mad|resentful|sick of (?:it|them|her|him)|fed up))\b`)

// asksToWrite reports words that ask for a message: a wish ("i want to",
// "can you", "help"), or a line that opens with what to do ("text her",
// "write to my mum").
func asksToWrite(text string) bool {
	f := foldText(text)
	return wishWords.MatchString(f) || writeFirst.MatchString(f) || strings.Contains(f, "draft") || messageSpec.MatchString(f) ||
		askOf(text) || getInTouch.MatchString(f) || messageNoun.MatchString(f) || feelOnly(text) && draftTone(f) != ""
}

// messageSpec says what the message should be like, which only a request
// for one does: "one follow up, nothing needy", "keep it light", "one
// last text".
var messageSpec = mustPattern(`\b(?:one|another|one more|one last|a last|a final|a quick|a short|a little|a gentle|a light)(?: (?:light|quick|short|little|gentle|small|last|final|casual|friendly|brief|soft|kind|simple|polite|low key|lowkey|chill|warm|tiny|nice)){0,2} (?:follow ?up|nudge|message|msg|text|note|line|reply|email)\b|` + messageShape.String())

// messageShape says how a message should read: "keep it low key",
// "nothing needy", "not too pushy".
var messageShape = mustPattern(`\b(?:keep it (?:short|light|casual|simple|brief|low key|lowkey|kind|warm|gentle|friendly)|nothing (?:needy|heavy|long|too much|dramatic|pushy|clingy)|not (?:too )?(?:needy|pushy|clingy)|low key|lowkey)\b`)

// writeFirst opens a message with what to write.
var writeFirst = mustPattern(`^(?:(?:pls|please|plz|ok|okay|so|and|just|now|then|quickly) )*(?:write|text|txt|message|msg|send|tell|email|dm|say|wish|thank|congratulate|apologi[sz]e|compose|reach out|check in|ask|remind|draft|word)\b`)

// ownFault is the person owning a wrong of their own: "i snapped at
// her", "i said something unkind", "it wasn't fair on him".
var ownFault = mustPattern(`\b(?:i|i've|ive|i'd|id) (?:\w+ ){0,2}?(?:snapped|shouted|yelled|said|forgot|missed|ignored|ghosted|blew|bailed|cancelled|canceled|lied|messed up|screwed up|hurt|let (?:her|him|them) down|overreacted|made a joke|joked|was (?:rude|harsh|horrible|mean|wrong|out of order|a jerk|an idiot|short|snappy|awful|unfair|a bad friend))\b|\bmy fault\b|\bi shouldn'?t have\b|\b(?:not|wasn'?t|wasnt|isn'?t|isnt) fair (?:on|to) (?:her|him|them)\b|\bi (?:owe|need to apologi[sz]e|should apologi[sz]e)\b`)

// reOthersReach is others getting in touch with the person, which asks
// for no message: "they only text me when", "never messages me".
var reOthersReach = mustPattern(`(?i)\b(?:only |ever |never |always |just |rarely |barely |even )*(?:text|texts|message|messages|msg|msgs|call|calls|ring|rings|dm|dms|whatsapp|whatsapps) me\b`)

// groupLow reports a low feeling about a group or a circle of friends
// ("my mates only text me when they need something", "the lads never
// invite me out"): heard first, never a message to the group.
func groupLow(text string) bool {
	if _, low := findLow(text); !low {
		return false
	}
	return people.Find(text).Group
}

// othersOnly is text without what others do or want ("they only text me",
// "when they need something"), which asks for no message from the person.
func othersOnly(text string) string {
	return theirWants.ReplaceAllString(reOthersReach.ReplaceAllString(foldText(text), ""), " ")
}
