package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// People ask for a message in more ways than the phrase rules list: "what
// do i send my nan for her 90th", "can u word something for priya", "how
// do i say congrats to my cousin dan". The learned classifier reads those
// as drafting requests, so free text it is sure about starts a draft when
// three things agree: the classifier's label, a word about putting a
// message into words, and someone to send it to. A question about whether
// to write at all ("should i text my ex?") stays with the guide.

// wantsDraft reports whether free text read as in is a request for a
// message to someone, by the phrase rules or by the classifier. A question
// asking for advice about someone is not, even when it names a message:
// "i'm always the one texting first with dani, is it worth it".
func wantsDraft(text string, in Intent) bool {
	if rest := withoutHabits(text); rest != text {
		// "i feel like a burden whenever i ask my flatmate for lifts":
		// the ask is what the person keeps doing, not a message to write.
		return wantsDraft(rest, in)
	}
	f := foldText(text)
	if !draftOverrides[in.Kind] || toldContact(f) {
		return false
	}
	if asksForWords(text) || unnamedRequest(text) {
		return true
	}
	wish := (wishToSay.MatchString(f) || messageShape.MatchString(f) || wantThemToKnow.MatchString(f)) && namedSomeone(text) && !asksInTheEnd(text)
	if wish && !adviceQuestion(foldText(lastSentence(text))) {
		// "when i was 14 … i'd really like to thank her properly": the
		// story ends on the wish to say something.
		return true
	}
	if adviceQuestion(f) {
		return false
	}
	if (askOf(text) || followUpTold(text) && !silenceFelt(text) || wishToWriteAfter(f) || answerAwaited.MatchString(f) || mannerOfMessage.MatchString(f) && draftOccasion(text) != "") && namedSomeone(text) {
		// "i need a reference from my old boss, mike": an ask of them;
		// "messaged luca after, no answer in a week. one last try?": one
		// gentle follow-up.
		return true
	}
	if wish {
		// "i want to let her know im here", "i need to thank my friend
		// rania", "she's private so keep it low key": a wish to say
		// something to someone named, or how the message should be.
		return true
	}
	return DraftRequest(text) || classifiedDraft(text) || wordingAsk.MatchString(f) || messageAlone.MatchString(f) || kindAsked.MatchString(f) ||
		messageNoun.MatchString(f) && people.Find(text).Found() ||
		(helpSay.MatchString(f) || getInTouch.MatchString(f)) && namedSomeone(text)
}

// answerAwaited is an answer someone owes the person, which one gentle
// follow-up asks for: "he still hasnt said if he's coming", "need an rsvp
// by friday".
var answerAwaited = mustPattern(`\b(?:(?:still )?(?:hasn'?t|hasnt|haven'?t|havent|has not|have not|didn'?t|didnt|never) (?:said|told (?:me|us)|confirmed|let (?:me|us) know|rsvp'?d|decided|answered) (?:if|whether)|need (?:an? |their |his |her )?(?:rsvp|answer|yes or no|headcount) (?:by|before)|rsvps? (?:are |is )?(?:due|needed))\b`)

// mannerOfMessage is how the person wants a message to come across, which
// only a message has: "dont want to come on too strong", "without
// sounding needy".
var mannerOfMessage = mustPattern(`\b(?:come (?:on|across) (?:as )?(?:too )?(?:strong|needy|desperate|keen|intense|clingy|full on|pushy)|(?:sound|sounding|seem|seeming) (?:too )?(?:needy|desperate|keen|intense|clingy|pushy|rude|weird|cheesy)|keep it (?:light|casual|low ?key|short|chill|simple|upbeat|brief|sweet|warm|positive|friendly|kind|gentle|fun|funny|breezy|small|vague|general|professional|respectful|sincere|real|normal|classy)|(?:don'?t|dont|do not) make it (?:a big (?:thing|deal)|a whole thing|weird|awkward|heavy|sad|soppy|cheesy|long|too much|about (?:me|him|her|them))|(?:don'?t|dont|do not|no need to|without|please don'?t|pls dont) (?:want to |wanna )?(?:mention(?:ing)?|bring(?:ing)? (?:up|it up)|go(?:ing)? on about|go(?:ing)? into|get(?:ting)? into)|leave (?:him|her|them|that|it|the \S+|\S+) out|nothing (?:too )?(?:heavy|soppy|cheesy|long|big|dramatic))\b`)

// asksInTheEnd reports a message that asks something: with a question
// mark anywhere, or without one, in the sentence it ends on. "when i was
// 14 … i'd really like to thank her properly" opens with "when" and asks
// nothing.
func asksInTheEnd(text string) bool {
	return strings.Contains(text, "?") || asksSomething(lastSentence(text))
}

// lastSentence is the sentence text ends on.
func lastSentence(text string) string {
	if i := strings.LastIndexAny(strings.TrimRight(text, ".! "), ".!"); i >= 0 {
		return text[i+1:]
	}
	return text
}

// wantThemToKnow is the wish that someone know something, which a
// message tells them: "i want arjun to know how proud i am", "i'd like my
// gran to know i'm thinking of her".
var wantThemToKnow = mustPattern(`\bi(?:'?d| would| really| just| so)* (?:want|wanna|need|like|love) (?:\S+ ){1,3}?to (?:know|hear|see)\b`)

// wishToSay is the person's wish to say something to someone: "i want
// to let her know", "i'd like to thank", "i need to apologise to".
var wishToSay = mustPattern(`\b(?:i (?:really |just |still )?(?:want|wanna|need|would like|'d like|d like|have|gotta|got|am going|m going|plan|hope|mean|meant|ought)|(?:just|really|only|and) (?:want|wanna|need)|i'?d (?:really |so |just )?(?:like|love)|id (?:really |so |just )?(?:like|love)|im going|i'm going|i'm trying|im trying|i've been meaning|ive been meaning)(?: to)? (?:(?:properly|finally|just|really|somehow|gently|quickly|also) )?(?:let (?:her|him|them|\S+(?: \S+){0,2}?) know|tell (?:her|him|them|my|\S+)|thank|apologi[sz]e|say sorry|say thanks|say thank you|message|text|write to|reach out|congratulate|wish (?:her|him|them|my)|check in|chase (?:up )?(?:her|him|them|my|\S+)|get (?:everyone|everybody|the (?:gang|group|team|lads|girls|crew|old crew)|us all|all of us)(?: \S+)? (?:together|for|to|back|round)|send (?:her|him|them|one more|another|something|(?:a|one) (?:quick |little |short |last |final |gentle )?(?:message|text|note|msg|card|reply|nudge))|say (?:i|i'm|im|that|how|sorry|thanks|thank you|cheers|ta|hi|hello|hey|congrats|congratulations|well done|good luck|happy))\b`)

// wishToWriteAfter reports a wish to write said at the end, after the
// writing it points back to: "i feel weird messaging out of nowhere but i
// really want to", "texting him first feels scary, i do want to though".
func wishToWriteAfter(f string) bool {
	return writingNamed.MatchString(f) && wishAtEnd.MatchString(f)
}

// writingNamed names getting in touch as a thing done: "messaging",
// "texting her", "reaching out".
var writingNamed = mustPattern(`\b(?:messaging|texting|txting|reaching out|writing to|getting in touch|contacting|emailing|dming|dm'?ing|calling|ringing|hitting (?:her|him|them) up)\b`)

// wishAtEnd is a wish that ends the message, its verb said before it.
var wishAtEnd = mustPattern(`\bi (?:really |do |just |still |honestly |kinda |kind of )*(?:want|wanna|need|would like|'d like|d like|mean|have) to(?: (?:though|tho|anyway|anyways|lol|haha|tbh|honestly|so bad|badly))*$`)

// getInTouch is a wish to get in touch with someone in words the phrase
// rules do not list: "i need to check in on my friend dami", "follow up
// with the recruiter", "remind my brother about mum's birthday".
var getInTouch = mustPattern(`\b(?:check in (?:on|with)|checking in (?:on|with)|reach out to|(?:get|getting|got to get) (?:back )?in (?:touch|contact) with|reconnect with|reconnecting with|touch base with|follow up with|following up with|catch up with|drop \S+ a (?:line|message|text|note)|say (?:hi|hello|hey) to|remind (?:my|our) \S+(?: \S+)? (?:about|to|that|of))\b`)

// helpSay asks for help putting something to someone into words: "help me
// say to my old friend ade that…", "help me tell my boss i'm leaving".
var helpSay = mustPattern(`\b(?:help me|help with how to|i need help to|how to) (?:say|tell|explain|admit|break it to|let \S+(?: \S+)? know|word|phrase|ask)\b`)

// asksForWords reports a question that asks for the words of one message
// to someone it names: "what do i say to my colleague brenda, her husband
// died", "what could i send to the family group chat", "how do i
// apologise to my brother marco", "what do i send" after naming someone.
// It is a request for a draft, where the same question about someone not
// named ("what should i say to my coworker whose dad is in hospital") is
// a question for the guide, which then offers to write the message.
func asksForWords(text string) bool {
	f := foldText(text)
	if !whatToSay.MatchString(f) && !howToReach.MatchString(f) || whetherQuestion.MatchString(f) && !howToReach.MatchString(f) {
		return false
	}
	if r := classify(text); r.Sure() && otherBusiness[r.Label] && r.Label != understand.Ask {
		return false
	}
	p := people.Find(text)
	return p.Address() != "" || p.Group
}

// whatToSay asks what to put in a message: "what do i say to", "what
// should i send", "whats a chill way to message her".
var whatToSay = mustPattern(`\b(?:what (?:do|should|could|can|would|shall) (?:i|we|you|u|people|one) (?:even |usually |normally )?(?:say|send|write|text|put|tell|message|post)|what (?:to|can i|should i) (?:say|send|write|text|post)|what'?s (?:a|the) (?:good|nice|chill|casual|kind|gentle|nice|best|simple|easy|polite|right) (?:way|thing) to (?:say|message|text|tell|write|ask|reach out|word))\b`)

// howToReach asks how to word a message to someone: "how do i apologise
// to my brother", "how do i message someone i met once".
var howToReach = mustPattern(`\bhow (?:do|can|should|could|would) i (?:apologi[sz]e to|say sorry to|say thanks to|say thank you to|thank|congratulate|message|text|email|dm|write to|reach out to|invite|ask|check in (?:on|with)|follow up(?: with)?|chase(?: up)?|nudge|wish)\b`)

// thankSomeone reports a request to thank someone else, which reads like
// thanks to the companion to a classifier: "thank my neighbour kwame",
// "pls thank dev for me".
func thankSomeone(text string) bool {
	m := thankWho.FindStringSubmatch(foldText(text))
	return m != nil && !notThanked[m[1]] && namedSomeone(text)
}

// courtesyToSomeone reports a thanks, a sorry or congratulations said to
// someone named, with what for: "quick thanks to dave for the lift",
// "apologies to jen for being late", "well done to my nephew sami on his
// test". Said so, it is the message itself asked for, though it reads
// like thanks or a sorry to the companion.
func courtesyToSomeone(text string) bool {
	m := courtesyToFor.FindStringSubmatch(foldText(text))
	return m != nil && !notThanked[m[1]] && !courtesyVerb[m[1]] && namedSomeone(text)
}

// courtesyVerb follow "sorry to" or "thanks to" as what is done, not whom
// it is said to: "sorry to hear about your dad", "sorry to bother you".
var courtesyVerb = wordset.Of(`hear see say be bother trouble ask interrupt disturb learn find read keep have do go leave miss tell
hassle spam dump rant ramble write text message put burden pester`)

// courtesyToFor is a courtesy to someone, then what it is for.
var courtesyToFor = mustPattern(`^(?:(?:please|pls|plz|ok|so|just|a|an|quick|little|big|huge|massive|special|proper|heartfelt|belated|short|my|sincere|warm) )*(?:thanks|thank you|thank u|thank-you|cheers|ta|sorry|apologies|apology|congrats|congratulations|well done) to (\S+)(?: \S+){0,3}? (?:for|on|about)\b`)

var thankWho = mustPattern(`^(?:(?:please|pls|plz|can you|could you|can u|help me|i want to|i need to|i wanna|i'd like to|want to|need to|gotta|have to|got to|ok|so) )*(?:thank|say thanks to|say thank you to|send thanks to) (\S+)`)

// notThanked are the words after "thank" that thank the companion or no
// one: "thank you", "thank god".
var notThanked = wordset.Of(`you u ya yo youu god goodness heavens gosh fuck`)

// namedSomeone reports text that names who the message is for: a name,
// a relationship or a group, not just "someone".
func namedSomeone(text string) bool {
	p := people.Find(text)
	return p.Name != "" || p.Group || p.Relation != "" || p.Said != ""
}

// unnamedRequest reports a request for a message that names nobody yet:
// "thank you message", "need to send condolences", "help me follow up
// with someone", "can you write a text for me". The flow asks who it is
// for, once.
func unnamedRequest(text string) bool {
	f := foldText(text)
	if f == "" || len(strings.Fields(f)) > 14 || adviceQuestion(f) && !kindOfMessage.MatchString(f) {
		return false
	}
	if r := classify(text); r.Sure() && otherBusiness[r.Label] && r.Label != understand.Ask {
		return false
	}
	return kindOfMessage.MatchString(f) || sendWishes.MatchString(f) || toSomeone.MatchString(f) || writeSomething.MatchString(f)
}

// writeSomething asks for a message and nothing more: "write something
// nice for me", "can you do me a quick message".
var writeSomething = mustPattern(`^(?:(?:hi|hey|ok|okay|so|please|pls|can you|could you|can u|could u|would you|will you|i need you to|i want you to|help me|just) )*(?:write|draft|compose|put together|come up with|make|do|give|(?:i )?need (?:some )?help (?:with )?(?:writing|wording|drafting|to write)) (?:me )?(?:something|anything|a message|a msg|a text|a note|one)(?: (?:nice|short|sweet|kind|quick|warm|lovely|simple|funny|cute|thoughtful|heartfelt|casual|hard|difficult|tricky|awkward|sad|serious|important|delicate|sensitive|big))?(?: (?:for me|please|pls|for someone|to send))*$`)

// kindOfMessage is a message named by its kind, alone or asked for: "thank
// you message", "professional message pls", "can you write a birthday
// card".
var kindOfMessage = mustPattern(`^(?:(?:hi|hey|ok|okay|so|um|please|pls|i|i'd like|id like|i need|need|i want|want|can you|could you|can u|could u|would you|help me|help|me|to|with|write|draft|send|do|make|compose|put together|get|a|an|some|the|quick|short|little|nice|proper|simple) )*(?:(?:thank you|thank u|thank-you|thanks|thx|ty|birthday|bday|condolence|condolences|sympathy|apology|sorry|congrats|congratulations|congratulatory|get well|get well soon|follow up|follow-up|followup|check in|check-in|catch up|catch-up|good luck|farewell|leaving|welcome|wedding|anniversary|retirement|professional|work|formal|casual|networking|linkedin|reconnecting|reconnect|support|supportive|encouraging|just saying hi|hello) )+(?:message|msg|text|note|card|email|e mail|dm|letter|reply|one)s?(?: (?:please|pls|plz|for me|to someone|for someone|thanks|ty))*$`)

// sendWishes asks to send feelings without naming anyone: "need to send
// condolences", "i want to say thank you to someone".
var sendWishes = mustPattern(`^(?:(?:i|i'd like|id like|i need|need|i want|want|gotta|have|got|can you|could you|help me|please|pls|to) )*(?:send|write|say|offer|express|pass on) (?:my )?(?:condolences|sympathies|sympathy|thanks|thank you|congrats|congratulations|an apology|apologies|sorry|birthday wishes|best wishes|get well wishes|good luck)\b`)

// toSomeone asks for a message to someone not named yet: "help me follow
// up with someone", "i need to thank someone", "help me write to a
// friend".
var toSomeone = mustPattern(`^(?:(?:hi|hey|ok|so|please|pls|i|i'd like|id like|i need|need|i want|want|can you|could you|can u|help me|to) )*(?:write|draft|text|message|email|follow up|reach out|check in|apologi[sz]e|say sorry|thank|congratulate|get back in touch|reconnect|chase(?: up)?)(?: (?:to|with|w|on)| (?:a|an|one) (?:\S+ )?(?:message|msg|text|note|email|card|dm|line) (?:to|for))? (?:someone|somebody|a friend|an old friend|a colleague|a coworker|a family member|a relative|a person|people|them|him|her|my (?:\S+ ){0,3}?(?:mentor|friend|mate|colleague|coworker|boss|manager|teacher|tutor|coach|neighbou?r|cousin|uncle|aunt|auntie|lead|leader|supervisor|director|lecturer|professor|landlord|landlady|trainer|instructor|captain|pastor|doctor|nurse|therapist))\b`)

// messageNoun opens a request named by the message it wants: "email to
// professor lindqvist asking…", "a card for my gran".
var messageNoun = mustPattern(`^(?:(?:a|an|the|my|quick|short|little|small|nice|kind|proper|big|heartfelt|sincere|belated|late) )*(?:(?:email|e mail|letter|dm|text|msg|message|note|card|reply|toast|speech|voice note|whatsapp|linkedin message|thank you note|thank you card|birthday card|birthday message)s? (?:to|for)|(?:apology|apologies|sorry|condolences|sympathies|thanks|thank you|congrats|congratulations|birthday wishes|best wishes|well wishes|get well wishes|good luck|invite|invitation|follow ?up|check ?in|catch ?up|hello|shout ?out)(?: (?:message|msg|text|note|card|email|dm))? to)\b`)

// messageAlone is a kind of message asked for by name alone, with how it
// should sound and nobody named yet: "gentle follow up please", "a quick
// thank you note pls", "short apology text". The flow asks who it is for.
var messageAlone = mustPattern(`^(?:(?:hi|hey|ok|okay|so|um|please|pls|can i get|can i have|could i get|i need|need) )*(?:(?:a|an|one|my|another) )?(?:(?:gentle|quick|short|little|nice|kind|polite|friendly|soft|light|casual|proper|sweet|warm|simple|formal|professional|heartfelt|belated|late|last|final|brief) )*(?:(?:follow ?up|check ?in|apology|condolences?|sympathy|nudge|reminder|get well)(?: (?:message|msg|text|note|email|card|dm))?|(?:thank ?you|thanks|sorry|congrats|congratulations|birthday) (?:message|msg|text|note|email|card|dm))(?: (?:please|pls|plz))?$`)

// kindAsked is a kind of message asked for with no word for a message:
// "need a thank you", "can i get a sorry one", "i want to do a congrats".
// The article keeps "thanks" and "sorry" said to the companion out.
var kindAsked = mustPattern(`^(?:(?:hi|hey|ok|okay|so|um|please|pls|i|can i get|can i have|could i get|i need|need|i want|want|i'?d like|id like|to|do|write|draft|send|help me|can you|could you|with) )*(?:a|an|one|another) (?:(?:quick|short|little|nice|proper|sweet|simple|big|belated|late) )*(?:thank ?you|thank-you|thanks|sorry|congrats|congratulations|birthday|bday|welcome back|get well soon|good luck)(?: one)?(?: (?:please|pls|plz|for me|for someone))*$`)

// wordingAsk asks the companion for help with the words of a message,
// with nobody named yet: "can you help me with some wording", "i need a
// hand with what to send". The flow asks who it is for.
var wordingAsk = mustPattern(`^(?:(?:hi|hey|ok|okay|so|um|please|pls) )*(?:can you|could you|can u|could u|would you|will you|please|pls|i need|i'd like|i want|need)(?: \S+){0,3} (?:help|a hand|some help)(?: me)? (?:with )?(?:(?:some|the|my|a bit of) )?(?:wording|phrasing|what to (?:say|send|write|text|put))\b`)

// adviceQuestion reports a message that asks what to do about someone
// rather than for the words of a message.
func adviceQuestion(f string) bool {
	// "what should i say" asks for words; "should i say anything" asks whether.
	asked := strings.NewReplacer("what should i", "what_should_i", "what could i", "what_could_i").Replace(f)
	if whetherQuestion.MatchString(f) || adviceAsk.MatchString(asked) {
		return true
	}
	return howQuestion.MatchString(f) && !howToWord.MatchString(f)
}

// adviceAsk is a question for advice anywhere in a message.
var adviceAsk = mustPattern(`\b(?:is it (?:even )?worth|should i (?:even |just |still )?(?:bother|keep|stop|give up|wait|text|message|reach|call|say|send|reply|tell|ask|try)|is (?:it|that|this) (?:ok|okay|normal|weird|bad|rude|wrong|too much|too late|fine|alright)|am i (?:wrong|being|the problem|overthinking|too)|what did i do|what am i doing wrong|what do i do|any (?:tips|advice)|why (?:do|does|did|is|won't|wont|doesn't|don't|can't)|do i (?:just|need to|have to|even))\b`)

// classifiedDraft reports a drafting request the phrase rules missed: the
// classifier is sure, the message speaks of wording or sending something,
// and it names who it is for.
func classifiedDraft(text string) bool {
	f := foldText(text)
	if f == "" || !composeCue.MatchString(f) {
		return false
	}
	r := classify(text)
	if r.Label != understand.Draft || r.Confidence < namedDraftAt {
		return false
	}
	p := people.Find(text)
	if !r.Sure() {
		// Less sure, but a named person and a word about the message:
		// "can u word something for ines? we worked together…".
		return p.Name != "" && p.Sure()
	}
	return p.Found() || toPronoun.MatchString(f) || draftOccasion(text) == OccasionGroup ||
		someoneWith.MatchString(f) && draftOccasion(text) != ""
}

// namedDraftAt is the confidence from which a drafting label is taken
// when the message also names who it is for.
const namedDraftAt = 0.6

// someoneWith is a person not named but described by what happened:
// "someone whose dad just died", "ask someone for help".
var someoneWith = mustPattern(`\b(?:someone|somebody|a friend|a colleague|a coworker|a neighbou?r)\b`)

// composeCue is wording about a message to be written or sent, wider than
// draftRequestRe: saying, sending, wording, putting something together.
var composeCue = mustPattern(`\b(?:say|send|word|words|wording|phrase|txt|tx|dm|hit (?:\S+ )?up|shoot (?:him|her|them|\S+) (?:a|an)|put (?:it|this|that|together|something)|come up with|write|msg|message|text|note|card|reply|something (?:to|for)|anything (?:to|for)|a (?:few )?lines?|what (?:do|should|could|can|would) i (?:say|send|write|text|tell|put)|remind (?:her|him|them|my \S+(?: \S+)?) (?:that|how)|(?:want|let|need|wanted) (?:him|her|them) (?:to )?know|ask (?:someone|somebody|\S+|my \S+) (?:for|if|whether))\b`)

// whetherQuestion asks whether to get in touch at all, or how to handle
// someone, which is advice from the guide rather than a draft.
var whetherQuestion = mustPattern(`^(?:(?:so|ok|okay|hey|hi|um|honestly|also|and|but) )*(?:should i|shall i|is it|is that|am i|do you think|would it be|would you|do i have to|do i need to|why|when|how (?:often|much|many|long|soon|do i (?:deal|handle|cope|fix|stop|know|get|make|tell if)))\b`)

// howQuestion asks how to go about something, anywhere in the message;
// "how do i say something" about a friend who never listens is advice,
// "how do i say congrats to dan" (howToWord) asks for the words.
var howQuestion = mustPattern(`\bhow (?:do|can|should|could|would|will|does) (?:i|we|you|people|others|anyone|one)\b`)

// howToWord is a how-question about the words of one message: "how do i
// say congrats", "how should i word it".
var howToWord = mustPattern(`\bhow (?:do|can|should|could|would) i (?:(?:say|wish|tell \S+(?: \S+)?) (?:congrats|congratulations|sorry|thanks|thank you|happy|good luck|well done|welcome|merry|get well)|word|phrase|start|begin|write)\b`)

// wordsQuestion returns q when it asks what to say in a message to
// someone ("what do you even say to someone whose dad just died"), so that
// naming them right after the guide's answer starts the draft from it;
// "" otherwise.
func wordsQuestion(q string) string {
	f := foldText(q)
	if whatToSay.MatchString(f) || howToReach.MatchString(f) || howToWord.MatchString(f) || howToRestart.MatchString(f) ||
		textAgain.MatchString(f) && namedSomeone(q) {
		return q
	}
	return ""
}

// forWhom names who a message is for right after a question about it:
// "yes pls, its for my friend tomas", "for my cousin".
var forWhom = mustPattern(`^(?:(?:yes|yeah|yep|yh|ok|okay|sure|please|pls|plz|so|well|um|right) )*(?:(?:it'?s|its|it is|this is|that'?s|thats|it'?d be|would be|mine'?s|mines) )?(?:for|to) `)

// startsDraftInstead reports free text that asks for a draft although the
// rules read it as something else, so the turn starts a draft.
func (t *turn) startsDraftInstead(in Intent) bool {
	if strings.TrimSpace(t.text) == "" {
		return false
	}
	if o := t.p.Flow.Offer; o != nil && forWhom.MatchString(foldText(t.text)) && namedSomeone(t.text) {
		// Who it is for, said right after the guide's answer to what
		// to say: the draft starts from the question and the name.
		request := t.text
		if o.Request != "" {
			request = o.Request + " " + t.text
		}
		t.p.Flow.Offer = nil
		t.startDraft(request, false)
		return true
	}
	if t.sameAfterDone() {
		return true
	}
	if t.offerNamed() || t.takeOfferWithChanges() {
		return true
	}
	if t.offerTaken(t.text) {
		// "can you write it for me" after the guide's answer to "how do i
		// restart the school mums chat", "ok help me send her something"
		// after good news: the draft starts from what was offered.
		t.startDraft(t.text, false)
		return true
	}
	if !wantsDraft(t.text, in) {
		return t.hearNews(in)
	}
	t.startDraft(t.text, false)
	return true
}

// Someone's news told without asking for anything ("my niece Ines just
// graduated", "its my best friend's 30th tmrw") is what a message is for:
// the companion offers to write one at once, since writing is what it
// does. Only good news, a birthday, a hard time or a thought of them
// count, and only when it is their news: the person's own feelings
// and losses ("my mum died last year and i still miss her") get a reply
// of their own, never a draft to someone.

// newsOccasions are the occasions someone's news can start a draft for.
var newsOccasions = map[string]string{
	OccasionWin:      "What lovely news. ",
	OccasionBirthday: "",
	OccasionHardTime: "That sounds hard for them. ",
	OccasionThinking: "",
}

// firstPerson marks a message about the person themselves.
var firstPerson = mustPattern(`\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself|we|we're|us)\b`)

// thinkingOf opens a message that says someone is on the person's mind:
// "just thinking of my aunt rosa", "i've been thinking about dana".
var thinkingOf = mustPattern(`^(?:(?:so|just|been|i'?ve been|ive been|i was|was|i'?m|im|really|always) )*(?:thinking|thinkin) (?:of|about) `)

// otherBusiness are the sure classifier labels that mean the message is
// for something else than a message to someone.
var otherBusiness = map[string]bool{understand.Ask: true, understand.Remind: true, understand.RemindStop: true,
	understand.Plan: true, understand.PlanStop: true, understand.Reflect: true, understand.Settings: true,
	understand.Privacy: true, understand.Offtopic: true, understand.BotQuestion: true, understand.Cancel: true}

// theirNews returns the occasion of someone's news told in text, and ""
// when text is not that.
func theirNews(text string, in Intent) string {
	if in.Kind != IntentNone || strings.Contains(text, "?") || judgedOrBlamed(text) {
		// "she stopped answering, is it me" asks, without a "?".
		return ""
	}
	f := foldText(text)
	if adviceQuestion(f) || reWithoutSomeone.MatchString(f) {
		// "first easter without my grandma" tells of a loss, no news
		// of hers.
		return ""
	}
	// What others need or want is no wish of the person's: "they only
	// invite me when they need a driver".
	f = theirWants.ReplaceAllString(f, " ")
	occ := draftOccasion(text)
	thinking := thinkingOf.MatchString(f)
	if occ == "" && thinking {
		occ = OccasionThinking
	}
	p := people.Find(text)
	if occ == OccasionProfessional && noReply.MatchString(f) || followUpTold(text) {
		// "asked dr nwosu for a letter 3 weeks ago, no answer yet",
		// "sent my cousin a message 2 weeks ago and nothing back"; to
		// a group, the chat is to be woken.
		occ = OccasionFollowUp
		if p.Group {
			occ = OccasionGroup
		}
	}
	if p.Group && occ != OccasionGroup && groupWish.MatchString(f) {
		// "our family whatsapp is only used for birthdays now, i want to
		// suggest a roast": the group is who it is for.
		occ = OccasionGroup
	}
	_, news := newsOccasions[occ]
	_, own := ownSituations[occ]
	// "she messaged me weeks ago and I never replied": the person's own
	// silence, told without asking, is an apology to write.
	own = own || occ == OccasionApology && noReply.MatchString(f)
	if !news && !own || news && (firstPerson.MatchString(f) && !thinking || ownNews.MatchString(f)) {
		return ""
	}
	if toldContact(f) {
		return ""
	}
	if news && nuisance(text) {
		// "my flatmate left her dishes out five days in a row" is put
		// up with, no hard time of hers.
		return ""
	}
	if _, low := findLow(text); own && !news && (low || gripe(text)) && !wishWords.MatchString(reNotWanted.ReplaceAllString(f, " ")) {
		// "i worry my kids dont want to hear from me, they never call":
		// the person's own hurt, and a nuisance complained about, heard
		// before any message is offered.
		return ""
	}
	if occ == OccasionThanks && feltAbout(text) || occ == OccasionApology && !ownFault.MatchString(f) && !noReply.MatchString(f) {
		// "she never thanked me, so annoyed" is a hurt; an apology is
		// the person's own.
		return ""
	}
	if k, low := findLow(text); occ == OccasionGroup && low && (k.name == "missing" || k.name == "longing") && !wishToSay.MatchString(f) {
		// "honestly im going to miss the lads": missing a group is a
		// feeling, heard before any message to them is offered.
		return ""
	}
	if occ == OccasionGroup && (!groupWish.MatchString(f) || firstPerson.MatchString(f) && !wishWords.MatchString(f)) {
		// "nobody replied in the group chat again", "the group goes
		// quiet whenever i post" are feelings.
		return ""
	}
	r := classify(text)
	if r.Sure() && r.Label == understand.Remind && !remindAsked(text) {
		// "my grandpa turns 80 on saturday" reads like a reminder to the
		// classifier, for its day; nothing asks to be reminded.
		r.Label = ""
	}
	if r.Sure() && (otherBusiness[r.Label] || news && r.Label == understand.Feeling && firstPerson.MatchString(f)) {
		// "i keep thinking about my ex and it hurts" is about them.
		return ""
	}
	if !p.Found() || p.Group != (occ == OccasionGroup) {
		return ""
	}
	return occ
}

// reNotWanted is a want denied, which wishes for nothing: "my kids dont
// actually want to hear from me".
var reNotWanted = mustPattern(`\b(?:dont|doesnt|didnt|do not|does not|did not|never|no longer) (?:really |actually |even |ever |just |necessarily )?(?:want|wants|wanna|need|needs)\b`)

// ownNews is the person's own news, which is no one else's occasion: "no
// one remembered my birthday".
var ownNews = mustPattern(`\bmy (?:own |big |first |new )?(?:birthday|bday|job|wedding|graduation|baby|engagement|promotion|exams?|surgery|operation|results)\b`)

// contactMade reports being in touch already: "called grandad on his
// birthday", "met up with the girls".
var contactMade = mustPattern(`^(?:(?:so|just|finally|i|we|today|yesterday|ok|omg) )*(?:sent|messaged|texted|called|rang|phoned|asked|met|caught up|had (?:a |the )?(?:call|chat|coffee|brunch|lunch|dinner|drinks|zoom)|saw|visited|spoke|talked|facetimed|heard from|went)\b|\b(?:replied|answered|called back|texted back|wrote back|sent one back|got back to me)\b`)

// toldContact reports news of being in touch, with nothing asked: "sent
// my grandad a voice note and he sent one back", "my friend Ewa called
// after her surgery". A reply that never came is not that.
func toldContact(f string) bool {
	return (contactMade.MatchString(f) || theyCalled.MatchString(f)) && !noReply.MatchString(f) && !followUpTold(f) && !addressed(f) && !wishWords.MatchString(f)
}

// theyCalled is someone getting in touch with the person.
var theyCalled = mustPattern(`\b(?:rang|phoned|texted|messaged|facetimed|visited|dropped by|came (?:round|over|by)|called (?:me|us|after|to|yesterday|today|last|this))\b`)

// wishWords is a wish or a request in the person's words.
var wishWords = mustPattern(`\b(?:want|wanna|need|would like|i'd like|id like|help|can you|could you|can u|pls|please)\b`)

// theirWants is someone else needing or wanting something.
var theirWants = mustPattern(`\b(?:they|he|she|everyone|everybody|nobody|no one|people|someone|somebody)(?: (?:only|just|always|ever|really|still|actually))? (?:need|needs|needed|want|wants|wanted|would like)\b`)

// groupWish is what makes news of a group a reason to write to it: the
// chat gone quiet, or a wish to wake it up.
var groupWish = mustPattern(`\b(?:dead|quiet|silent|silence|revive|wake|nobody has (?:posted|said)|no one has (?:posted|said)|want|wanna|would like|i'd like|id like|need|hoping|trying to|thinking of|get (?:everyone|us|people)|organi[sz]e|plan)\b`)

// noReply says a message went unanswered.
var noReply = mustPattern(`\b(?:no (?:answer|reply|response|word)|(?:hasn'?t|haven'?t|hasnt|havent|didn'?t|didnt|did not|has not|have not|never) (?:answered|replied|responded|got back|gotten back|heard back|answer|reply)|left (?:me )?on read|read it but)\b`)

// ownSituations are the person's own situations a message settles, told
// without asking: a reply that never came ("asked dr nwosu for a letter
// 3 weeks ago, no answer yet"), a group chat gone quiet.
var ownSituations = map[string]string{
	OccasionFollowUp: "",
	OccasionGroup:    "",
	OccasionThanks:   "That was kind of them. ",
	OccasionApology:  "",
}

// draftForNews starts a draft for someone's news told in passing, with a
// word on the news first.
func (t *turn) draftForNews(in Intent) bool {
	occ := theirNews(t.text, in)
	if occ == "" {
		return false
	}
	mark := len(t.replies)
	t.startDraft(t.text, false)
	if lead := newsOccasions[occ] + ownSituations[occ]; lead != "" && len(t.replies) > mark {
		t.replies[mark].Text = lead + t.replies[mark].Text
	}
	return true
}

// remindAsked reports words that ask to be reminded or name a rhythm or
// a calendar date to keep: "remind me", "every sunday", "her birthday is
// on 14 march".
func remindAsked(text string) bool {
	if _, ok := ParseYearly(text); ok {
		return true
	}
	return reRemWord.MatchString(foldText(text)) || rhythmWords.MatchString(foldText(text))
}

// rhythmWords name a repeating time.
var rhythmWords = mustPattern(`\b(?:every|each|weekly|monthly|daily|fortnightly|yearly|annually)\b`)

// writeIt asks for the message just talked about to be written: "can you
// write it for me", "ok draft one", "help me write it".
var writeIt = mustPattern(`^(?:(?:ok|okay|so|yes|yeah|sure|then|please|pls|can you|could you|can u|could u|would you|will you|help me|just|go on|ok so) )*(?:write|draft|word|do|compose|put together) (?:it|that|this|one|something|me one|me something|the message|a message)(?: (?:for me|then|please|pls|thanks|now))*$`)

// howToRestart asks how to get a quiet chat or friendship going again:
// "how do i restart a group chat", "how can i revive our old chat".
var howToRestart = mustPattern(`\bhow (?:do|can|should|could|would) (?:i|we) (?:restart|revive|wake up|get back in touch with|reconnect with|break the silence|break the ice)\b`)

// textAgain asks whether to get in touch with someone named, whose
// answer may well end in a message: "is it ok to text obi again", "should
// i message her first".
var textAgain = mustPattern(`\b(?:text|txt|message|msg|dm|email|write to|reach out to|follow up|double text|call)\b`)

// habitClause is a clause telling what the person does again and again,
// with at most six words after its subject and never past a punctuation
// mark: "whenever i ask my flatmate for lifts", "every time we text him
// first". A verb of writing or asking inside one belongs to the story.
var habitClause = regexp.MustCompile(`(?i)\b(?:whenever|every ?time|each time|any ?time)\s+(?:i|we)\b(?:\s+[^\s.,;:!?]+){1,6}`)

// withoutHabits is text with its habit clauses left out.
func withoutHabits(text string) string {
	return habitClause.ReplaceAllString(text, " ")
}
