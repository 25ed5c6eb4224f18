package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// Outside the guide: small talk, questions about the companion itself,
// questions it cannot answer (health, law, money, cooking, code…),
// greetings, goodbyes and thanks the phrase rules missed, emoji on their
// own, messages in another language. Searching the guide for these finds
// a paragraph that happens to share a word, which reads as not listening;
// each gets a short reply of its own instead.
//
// The kind of message comes from the learned classifier, and is acted on
// only when it is sure. Everything else keeps going to the guide.

// offScopeLabels are the classifier labels this file answers when sure.
var offScopeLabels = map[string]bool{
	understand.Smalltalk: true, understand.BotQuestion: true, understand.Offtopic: true,
	understand.Greeting: true, understand.Goodbye: true, understand.Thanks: true,
	understand.Feeling: true, understand.Yes: true, understand.No: true, understand.Done: true,
}

// offScope answers idle free text that is not for the guide. It reports
// false, saying nothing, when the message may well be a guide question.
func (t *turn) offScope() bool {
	if t.disclosedReply() {
		// "finally told my dad i'm trans": a brave step, not news.
		return true
	}
	if t.comingEventReply() {
		// "my exam is on the 4th": their week, not a guide question.
		return true
	}
	if t.ownChangeReply() {
		// "divorce papers signed today", "baby arrived tuesday": a
		// change of their own, not small talk or a question
		// (listen_ownchange.go).
		return true
	}
	if t.hesitantAfterListening() {
		// "idk, maybe" to "want to tell me more?": hesitant, not done.
		return true
	}
	if t.sumReply() || t.riddleReply() {
		// "whats 17 times 23", "why did the chicken cross the road":
		// answered or played along with, never declined
		// (offscope_sum.go, listen_riddle.go).
		return true
	}
	kind := offScopeKind(t.text)
	if kind == "" || kind == understand.Smalltalk && t.tellingMore() {
		return t.listenMore()
	}
	// An offer made earlier ("more on this?") no longer fits: a "yes" now
	// answers this reply, not that one. A feeling after a feeling keeps
	// the offer to listen, which its reply reads.
	if (kind == understand.Yes || kind == understand.No || kind == understand.Done) && moreThanNod(foldText(t.text)) && t.listenMore() {
		// "yeah its been like that for months", after "do you want to
		// talk about it?": more of it, not a nod.
		return true
	}
	if kind != understand.Feeling {
		t.p.Flow.Offer = nil
	}
	switch kind {
	case kindNews:
		if !t.listenAbout("") {
			t.offScopeReply(understand.Feeling)
		}
	case kindEmoji:
		t.emojiReply()
	case kindLanguage:
		t.say(otherLanguageNote(guessLanguage(t.text)), menuChoices()...)
	case kindMyName:
		t.sayMyName()
	case kindContact:
		t.say(contactLine(t.text))
	default:
		t.offScopeReply(kind)
	}
	return true
}

// tellingMore reports a message that tells more after an offer to listen:
// "i guess work has been a lot", said after "want to tell me more?", is
// more of the same feeling, however chatty it reads. A nod ("ok cool")
// is not, and neither is a glad moment, which is answered gladly. An
// offer that still listens to someone's news counts as well: "she was
// there nearly ten years", after a friend's lay-off, is more of that news
// however chatty it reads.
func (t *turn) tellingMore() bool {
	o := t.p.Flow.Offer
	return o != nil && (o.Kind == "talk" || o.Listening) && len(strings.Fields(foldText(t.text))) > nodWords && !goodNews(t.text) && !reachedOut(t.text)
}

// Kinds of off-scope message besides the classifier's labels.
const (
	kindEmoji    = "emoji"
	kindLanguage = "language"
	kindMyName   = "myname"
	kindNews     = "news"
	kindContact  = "contact"
)

// reMyName asks what the companion calls the person: "whats my name",
// "do u remember my name?".
var reMyName = mustPattern(`^(?:(?:so|and|ok|okay|hey|wait|um|hmm)\s+)*(?:what(?:'?s| is) my name|do (?:you|u|ya) (?:know|remember) my name|what (?:do|will) (?:you|u) call me|what did i (?:say|tell (?:you|u)) my name (?:is|was))(?: again)?\s*\??$`)

// sayMyName answers with the name the person gave, or how to give one.
func (t *turn) sayMyName() {
	if n := t.p.Profile.Name; n != "" {
		t.say("You asked me to call you " + n + ". Say “call me …” any time to change it.")
		return
	}
	t.say("You haven't told me yet. Say “call me …” with the name you'd like, and I'll use it.")
}

// offScopeKind tells what kind of off-scope message text is: emoji alone,
// another language, or one of the offScopeLabels; "" when it may be for
// the guide.
func offScopeKind(text string) string {
	if isEmojiOnly(text) {
		return kindEmoji
	}
	if guessLanguage(text) != "" {
		return kindLanguage
	}
	if reMyName.MatchString(foldText(text)) {
		return kindMyName
	}
	if medicineQuestion(foldText(text)) {
		// Sure without the classifier: a guide paragraph here could harm.
		return understand.Offtopic
	}
	if disputedFact(text) {
		// "what's the capital of peru? settling a bet with my sister":
		// the question alone decides (offscope_dispute.go).
		return understand.Offtopic
	}
	switch r := classify(text); {
	case reWithoutSomeone.MatchString(foldText(text)):
		// "the first easter without my grandma" is a loss, never her
		// news.
		return understand.Feeling
	case newsOfOthers(text):
		// "ellie's cat got hit by a car", "my cousin's pregnant": their
		// news, glad or sorry about them, never a guide paragraph.
		return kindNews
	case changeTold(text):
		// "started my first job on monday", "kids have all left home":
		// a change of life, named with both its sides and a step that
		// fits, never a nod or a guide paragraph.
		return kindNews
	case plainCourtesy(text, r):
		// "you're pretty good at this": praise of the companion, which the
		// listeners for chat and feelings may hear as glad news or as
		// heavy.
		return r.Label
	case chatNews(text):
		// "this commute is killing me lol", "got the job!!", "i had the
		// weirdest dream": told as chat, answered in kind.
		return understand.Smalltalk
	case lowStatement(text, r) || badNews(text):
		// Bad news told, not asked about ("my dog had to be put down
		// today"): heard as the feeling it carries, never a guide paragraph.
		return understand.Feeling
	case r.Sure() && r.Label == understand.ContactNews && !asksSomething(text) && !reRequestShape.MatchString(foldText(text)) &&
		wentWellWith(text) && people.Find(text).Found():
		// "i finally told my sister how i felt and she hugged me": time
		// with someone named, told, which no guide paragraph answers. A
		// hurt or bad news in it was heard above; "saw the northern
		// lights" names nobody.
		return kindContact
	case r.Label == understand.Offtopic && inGuideField(text):
		// A question about people or keeping in touch is the guide's to
		// answer, or to decline naming what it has nearby, however the
		// classifier reads its wording.
		return ""
	case (r.Label == understand.Feeling && r.Confidence < feelingBeyondTone || r.Label == understand.Smalltalk && !r.Sure()) && !saysLow(text) && dayTone(text) == toneGlad:
		// "grew my first ever pumpkin and it's huge": the intent
		// classifier can lean to a feeling on a few words, first or
		// second; told gladly, with no low word, it is glad news of the
		// day.
		return understand.Smalltalk
	case lonelyHint(text, r):
		return understand.Feeling
	case r.Sure() && offScopeLabels[r.Label]:
		return r.Label
	case courtesy(r):
		return r.Label
	case aboutCompanion(r):
		return understand.BotQuestion
	case chatSure(text, r):
		return r.Label
	case outsideAsk(text, r):
		return understand.Offtopic
	case !r.Sure() && healthQuestion(r, foldText(text)):
		// A guide paragraph in answer to a health worry is the worst
		// miss of all, so health words lower the bar: off-topic need only
		// be among the likely labels.
		return understand.Offtopic
	case feelingTold(text, r):
		return understand.Feeling
	case chatLean(text, r):
		return understand.Smalltalk
	}
	return ""
}

// feelingBeyondTone is the confidence from which the intent classifier's
// reading of a feeling stands whatever tone the day's words have: "they
// all found their people in week one, i'm the one at the end of the
// table" has glad words in it and is no glad news.
const feelingBeyondTone = 0.95

// feelingTold reports a statement the classifier is unsure of and reads,
// among its likely labels, as a feeling: "my best friend has a new
// girlfriend and never has time for me" sounds like a question about
// friendship, but it asks nothing; what it tells is a hurt, heard before
// any guide paragraph.
func feelingTold(text string, r understand.Result) bool {
	if r.Sure() || asksGuide(text) || reRequestShape.MatchString(foldText(text)) || reIndirectAsk.MatchString(foldText(text)) {
		// Marks on a statement or a doubt that anyone would notice
		// ask nothing (listen_rhetorical.go).
		return false
	}
	return leansTo(r, understand.Feeling)
}

// leansTo reports whether the label is among the classifier's likely
// readings, at feelingLean or more.
func leansTo(r understand.Result, label string) bool {
	for _, s := range r.Ranked {
		if s.Label == label && s.Confidence >= feelingLean {
			return true
		}
	}
	return false
}

// chatLean reports a statement the classifier is unsure of and reads,
// among its likely labels, as small talk: "my cat has decided the laptop
// keyboard is her bed" names a computer but asks nothing of it, and a
// decline or a guide paragraph would not have listened.
func chatLean(text string, r understand.Result) bool {
	folded := foldText(text)
	if r.Sure() || asksSomething(text) || reRequestShape.MatchString(folded) || hasAnyWord(folded, fixWords) {
		return false
	}
	return leansTo(r, understand.Smalltalk)
}

// lonelyHint reports a remark to the companion that the tone classifier
// hears as low: "ur the only one who listens tbh". It reads as thanks or
// chat, but what it tells is loneliness, which is heard warmly before
// anything else. (A question about what the companion is stays one:
// "honestly are u even a real person" asks.)
func lonelyHint(text string, r understand.Result) bool {
	folded := foldText(text)
	if !hintLabels[r.Label] || asksSomething(text) || !hasAnyWord(folded, youWords) || howAreYou(folded) || reHowsYour.MatchString(folded) {
		return false
	}
	tr := toneClassifier().Classify(text)
	return tr.Label == toneSad && tr.Confidence >= lonelyLean
}

// youWords speak to the companion: the hint is said to it, about it being
// the person's company.
var youWords = wordset.Of(`you u ur your youre you're ya`)

// hintLabels are the labels a light hint of loneliness hides behind.
var hintLabels = map[string]bool{understand.Smalltalk: true, understand.Thanks: true}

// lonelyLean is the least confidence in a sad tone that makes a remark a
// hint of loneliness: likelier than not.
const lonelyLean = 0.45

// reIndirectAsk is a question asked inside a statement: "idk who to talk
// to", "not sure what i should say".
var reIndirectAsk = mustPattern(`\b(?:who|what|how|where|when|which|whether) (?:to|i should|should i)\b`)

// feelingLean is the least confidence in a feeling that makes an unsure
// statement one.
const feelingLean = 0.25

// companionLabels are the labels of a question about the companion
// itself: what it is, and what it keeps.
var companionLabels = map[string]bool{understand.BotQuestion: true, understand.Privacy: true}

// aboutCompanion reports a result torn between what the companion is and
// what it keeps, which together are sure: "can you remember stuff i told
// you last week?" is both, and the answer about the companion points to
// what it keeps, where a guide paragraph would answer neither.
func aboutCompanion(r understand.Result) bool {
	if len(r.Ranked) < 2 || !companionLabels[r.Ranked[0].Label] || !companionLabels[r.Ranked[1].Label] {
		return false
	}
	return r.Ranked[0].Confidence+r.Ranked[1].Confidence >= understand.SureThreshold
}

// reRealPerson asks what is there rather than whether anyone is: "is
// there a real person there", "is anyone there reading this".
var reRealPerson = mustPattern(`\b(?:real|human|person|people|bot|robot|ai|reading|read|reads|see|sees|check|checks|watching|look|looks)\b`)

// courtesyLabels are the labels of a courtesy: a hello, a goodbye, thanks.
var courtesyLabels = map[string]bool{understand.Greeting: true, understand.Goodbye: true, understand.Thanks: true}

// courtesySure is the confidence at which a hello, thanks or goodbye is
// answered as one before any listener for feelings hears it.
const courtesySure = 0.95

// plainCourtesy reports a hello, thanks or goodbye the classifier is all
// but certain of, with no cue of a low mood in it: "ur a star, night!" is
// answered in kind, where "thanks for listening, i've felt so alone" is
// heard for the feeling.
func plainCourtesy(text string, r understand.Result) bool {
	if !courtesyLabels[r.Label] || r.Confidence < courtesySure {
		return false
	}
	_, low := findLow(text)
	return !low && !tearsOfHurt(text) && !badNews(text)
}

// courtesy reports a result torn between two courtesies that together are
// sure: "ok good night, thanks for the help today" is a goodbye and a
// thank-you at once, and either reply fits it better than a guide
// paragraph.
func courtesy(r understand.Result) bool {
	if len(r.Ranked) < 2 || !courtesyLabels[r.Ranked[0].Label] || !courtesyLabels[r.Ranked[1].Label] {
		return false
	}
	return r.Ranked[0].Confidence+r.Ranked[1].Confidence >= understand.SureThreshold
}

// reMedAsk is the shape of a question about taking something: "is it ok
// to take", "can i mix", "how much … should i", or which one to take:
// "what vitamins help with", "any supplements for".
var reMedAsk = mustPattern(`\b(?:is it (?:ok|okay|safe|fine|bad|dangerous|alright)|is .{1,20} (?:too much|too many|a lot)|(?:can|could|should|may) (?:i|you|we|he|she|they)|how (?:much|many)|safe to|ok to|okay to|mix(?:ing)?|overdose|double (?:up|dose))\b|\b(?:what|which|any|best|do|does|can|would) (?:\w+ )?(?:vitamins?|supplements?|pills?|tablets?|meds|medications?|medicines?)\b`)

// medicineWords name things taken for health, beyond topicWords.
var medicineWords = wordset.Of(`melatonin pill pills tablet tablets capsule capsules ibuprofen paracetamol aspirin tylenol advil
nurofen benadryl antihistamine antidepressant antidepressants ssri sertraline zoloft prozac xanax valium diazepam codeine
painkiller painkillers supplement supplements vitamin vitamins medication medications medicine meds dose dosage
prescription antibiotic antibiotics inhaler insulin mg`)

// medicineQuestion reports a question about taking a medicine or mixing
// one with something: "is it ok to take 2 melatonin with a glass of wine".
func medicineQuestion(folded string) bool {
	return hasAnyWord(folded, medicineWords) && reMedAsk.MatchString(folded)
}

// healthQuestion reports an unsure result that may be off-topic and whose
// words are about health.
func healthQuestion(r understand.Result, folded string) bool {
	if offTopic(folded) != "medical" {
		return false
	}
	for _, s := range r.Ranked {
		if s.Label == understand.Offtopic && s.Confidence >= likelyConfidence {
			return true
		}
	}
	return false
}

// likelyConfidence is the least confidence that keeps a label among the
// likely ones: the third of three labels may have next to none.
const likelyConfidence = 0.05

// offScopeReply answers a message of one of the offScopeLabels.
func (t *turn) offScopeReply(label string) {
	folded := foldText(t.text)
	if presenceCheck(folded) && !reRealPerson.MatchString(folded) {
		// "are you there?", read as a hello, small talk or a question
		// about the companion, asks whether it listens: it does.
		t.say(t.presenceText())
		return
	}
	switch label {
	case understand.Greeting:
		t.greet()
	case understand.Goodbye:
		t.say(t.goodbyeText(folded))
	case understand.Thanks:
		if hasAnyWord(folded, partingWords) {
			t.say(t.goodbyeText(folded))
			return
		}
		if thanksForOutcome(t.text) {
			// "thanks, the message worked and we're talking again":
			// glad about them, not a bare "any time".
			t.say(pick(t.text, outcomeThanksReplies))
			return
		}
		if !hasAnyWord(folded, thankWords) {
			// "you're pretty good at this" praises, and praise is
			// thanked for.
			t.say(pick(t.text, praiseReplies))
			return
		}
		t.say(pick(t.text, thanksReplies))
	case understand.Smalltalk:
		if flatAlone(folded) {
			// "meh", "ugh, not great tbh": a low moment, not a nod.
			t.feeling()
			return
		}
		if newsAlone(t.text) {
			// "got the job and nobody to tell": glad, and the quiet heard.
			t.say(newsAloneReply(t.text), newsAloneChoices...)
			return
		}
		if t.othersGladOffer() {
			return
		}
		if newPet(t.text) != "" && !t.m.Group {
			// "we adopted a puppy!": a new member of the household,
			// news the people close to them would love to hear.
			t.say(goodNewsReply(t.text), Choice{ID: "menu:draft", Label: "Share the news with someone"})
			return
		}
		t.say(smalltalkText(t.text, folded))
		t.noteGlad()
		t.noteChatQuestion()
		t.noteGripe()
	case understand.BotQuestion:
		if howAreYou(folded) {
			// "how are you" asks after the companion, as small talk.
			t.say(smalltalkText(t.text, folded))
			t.noteChatQuestion()
			return
		}
		if remembersMe(folded) {
			t.sayRemembersMe()
			return
		}
		t.say(botAnswer(folded))
	case understand.Feeling:
		t.feeling()
	case understand.Yes, understand.No, understand.Done:
		t.idleNod()
	case understand.Offtopic:
		if offTopic(folded) != "medical" && t.dayStatement() {
			// "the wifi in this cafe is so slow" tells of the day; it
			// asks no help with computers.
			return
		}
		t.say(t.declineText(folded), declineChoices()...)
	}
}

// pick chooses one of variants by a hash of the message, so that replies
// vary from one message to the next yet a conversation replays the same.
func pick(text string, variants []string) string {
	h := fnv.New32a()
	h.Write([]byte(text))
	return variants[h.Sum32()%uint32(len(variants))]
}

var thanksReplies = []string{
	msgThanks,
	"Glad it helped. I'm here whenever you need me.",
	"Glad to help, any time — that's what I'm here for.",
	"That's kind of you to say. Come back whenever you like.",
}

// praiseReplies answer praise of the companion, said without a word of
// thanks.
var praiseReplies = []string{
	"That's kind of you to say — thank you. I'm here whenever you need me.",
	"That's kind of you, thank you. Glad I could help.",
}

// thankWords are the words that thank: a message without one praises.
var thankWords = wordset.Of(`thanks thank thx thnx thanx ty tysm tyvm thanku thankyou cheers ta grateful obliged appreciate appreciated merci gracias danke obrigado obrigada`)

// goodbyeText says goodbye, or good night when it is one.
func (t *turn) goodbyeText(folded string) string {
	name := ""
	if n := t.displayName(); n != "" {
		name = ", " + n
	}
	if hasAnyWord(folded, nightWords) {
		return pick(t.text, []string{
			"Good night" + name + " — sleep well. I'm here whenever you want to talk.",
			"Night night" + name + ". Rest well, and see you soon.",
			"Sleep well" + name + ". I'll be here tomorrow if you want me.",
		})
	}
	return pick(t.text, []string{
		"Bye for now" + name + " — take care.",
		"Talk soon" + name + "! I'm here whenever you want to pick things up.",
		"Take care" + name + ". You know where to find me.",
	})
}

// partingWords turn a thanks into a goodbye: "thanks, good night".
var partingWords = wordset.Of(`night nite gn gnight goodnight bye byee goodbye cya ciao later sleep bed bedtime`)

var nightWords = wordset.Of(`night nite nighty nighty night gn gnight goodnight sleep bed bedtime tired dreams`)

// hasAnyWord reports whether a word of folded text is in set.
func hasAnyWord(folded string, set map[string]bool) bool {
	for _, w := range strings.Fields(folded) {
		if set[w] {
			return true
		}
	}
	return false
}

var reHowAreYou = mustPattern(`\b(?:how(?:'?s| is| are| r| re| ya| you| u)? (?:are |r |re )?(?:you|u|ya|it going|things|life|your day|ur day|your week|ur week|you doing|u doing)|wyd|what(?:'?s| is|s) up|sup with you|what are (?:you|u) (?:doing|up to)|what r u (?:doing|up to)|you (?:ok|okay|good|alright))\b`)

// reGoodFor asks what the companion is good for, which "you good" inside
// it does not make a "how are you": "what are you good for", "what r u
// useful for".
var reGoodFor = mustPattern(`\byou (?:good|useful|ok|okay|any good) (?:for|at|with)\b`)

// howAreYou reports a folded message that asks after the companion.
func howAreYou(folded string) bool {
	return (reHowAreYou.MatchString(folded) || reWhatsNew.MatchString(folded)) && !reGoodFor.MatchString(folded)
}

// reWhatsNew asks after the companion in other words than "how are you":
// "whats new with you", "how've you been", "yo whats good", "whats
// happening".
var reWhatsNew = mustPattern(`\b(?:what(?:'?s| is|s) (?:new|happening|cracking|poppin|popping)(?: with (?:you|u|ya))?|what(?:'?s| is|s) good(?: with (?:you|u|ya))?\W*$|how(?:'?ve| have|ve) (?:you|u|ya) been|hows (?:life|things) (?:with|treating) (?:you|u|ya))\b`)

// reWhatDo asks what the companion does or is for.
var reWhatDo = mustPattern(`\b(?:what (?:do|can|could|does|else can|else do) (?:you|u|ya|it)(?: \w+)? (?:do|help)|what (?:are|r|is) (?:you|u|it)(?: actually| even| really)? (?:for|good for|useful for|able to)|(?:how|what) (?:can|could) (?:you|u) help|your (?:purpose|point|job|features|abilities)|what(?:'?s| is) the point of (?:you|u|this)|what do (?:you|u) do)\b`)

var jokeWords = wordset.Of(`joke jokes funny laugh riddle pun puns`)

// botAnswer says honestly what the companion is, answering the question
// as asked: "are you a bot?" gets a yes, "are you a real person?" a no, a
// question naming both, or asked the other way round ("you're not a bot,
// right?"), a plain statement; its name, its feelings and who made it
// each get their own answer. Only a question about what it does gets the
// whole list of what it can do; the others point to /help.
func botAnswer(folded string) string {
	const defaultBotLead = "I'm a program, here to help with the people in your life."
	lead := defaultBotLead
	machine, human := hasAnyWord(folded, machineWords), hasAnyWord(folded, humanWords)
	switch {
	case hasAnyWord(folded, madeWords):
		lead = "I'm a computer program, written by software developers — not a person."
	case hasAnyWord(folded, memoryWords):
		return msgKeptUntilErased
	case hasAnyWord(folded, watchWords):
		lead = "I'm a program, so nobody is reading along on the other side."
	case hasAnyWord(folded, nameWords):
		lead = "I don't have a name of my own — I'm a program, here to help with the people in your life."
	case hasAnyWord(folded, feelingWords):
		lead = "Not the way you do — I'm a program, so I don't feel things. I do take what you tell me seriously, and I'm glad to listen."
	case productNamed(folded) != "":
		// "are you chatgpt?" asks which program, not whether it is one.
		lead = "No — I'm not " + productNamed(folded) + " or any chat service like it. I'm a small program that runs on the computer of whoever set me up: without a language model I work from rules and a short guide, and if they added a model, it's one they chose."
	case hasAnyWord(folded, notWords) || machine && human:
		lead = "I'm a program, not a person."
	case machine:
		lead = "Yes — I'm a program, not a person."
	case human:
		lead = "No — I'm a program, not a person."
	}
	if !reWhatDo.MatchString(folded) {
		return lead + " /help shows what I can do; /privacy says what I keep."
	}
	if lead == defaultBotLead {
		lead = "I'm a program for the people in your life:"
	}
	return lead + " I help you think about who matters, write a message when the words won't come, answer questions about connection, and keep in touch with a plan and reminders. /help shows everything."
}

// products are the chat assistants people ask whether it is, as they
// write them folded, and as the reply names them.
var products = map[string]string{"chatgpt": "ChatGPT", "gpt": "ChatGPT", "openai": "ChatGPT", "claude": "Claude",
	"gemini": "Gemini", "bard": "Gemini", "copilot": "Copilot", "siri": "Siri", "alexa": "Alexa",
	"cortana": "Cortana", "replika": "Replika", "llama": "Llama", "grok": "Grok", "deepseek": "DeepSeek",
	"mistral": "Mistral", "pi": "Pi"}

// productNamed returns the chat assistant a "what are you" question names,
// or "".
func productNamed(folded string) string {
	for _, w := range strings.Fields(folded) {
		if p, ok := products[w]; ok && (w != "pi" || strings.Contains(folded, "are you pi") || strings.Contains(folded, "are u pi")) {
			return p
		}
	}
	return ""
}

var (
	madeWords  = wordset.Of(`made make built build created create programmed wrote coded developed designed owns behind`)
	watchWords = wordset.Of(`reading read listening listen watching watch recording record spying spy`)
	// memoryWords ask whether the companion remembers what it was told.
	memoryWords = wordset.Of(`remember remembers remembering memory forget forgets forgot recall`)
	// machineWords and humanWords are what a "what are you" question asks
	// about; notWords turn it round.
	machineWords = wordset.Of(`bot robot ai chatbot chatgpt gpt machine computer program software algorithm automated`)
	humanWords   = wordset.Of(`human person real people alive actual someone somebody guy girl man woman`)
	notWords     = wordset.Of(`not arent aren't isnt isn't`)
	// nameWords ask its name, feelingWords whether it feels.
	nameWords    = wordset.Of(`name names called`)
	feelingWords = wordset.Of(`feel feels feelings feeling emotions emotion conscious sentient lonely happy sad love`)
	doWords      = wordset.Of(`do does can could help for purpose point abilities features capable job work`)
)

// declineText turns down a question outside the companion's scope, naming
// the topic and who would know better when it can tell, and says in a line
// what it is for. It stays short: the question was a passing one, and a
// long refusal reads as a lecture.
func (t *turn) declineText(folded string) string {
	can := " I'm here for the people in your life — who matters to you, or a message to someone."
	switch offTopic(folded) {
	case "medical":
		return "I can't help with health questions — that's one for a doctor or a pharmacist, who can look at it properly. If it's sudden or severe, call " + t.emergencyIn("en") + "." + can
	case "legal":
		return "Legal questions are not something I can answer — a lawyer or a local advice service is the one to ask." + can
	case "money":
		return "Money, tax and investing are not something I can advise on — an accountant, a financial adviser or your bank is the one to ask." + can
	case "cooking":
		return "Recipes are not something I can help with, I'm afraid — a recipe site or a cookbook will do much better than me." + can
	case "coding":
		if hasAnyWord(folded, buyWords) {
			// "can you recommend a good laptop": a thing to buy, not a
			// fault to fix.
			return "Picking gadgets is not something I can help with, sorry — a review site or a friend who knows them will steer you better." + can
		}
		return "Code and computers are not something I can help with, sorry — the tool's own help pages will serve you better." + can
	}
	if reDispute.MatchString(folded) {
		// "settling a bet with my brother": the bet named, not a lecture.
		return "I can't settle that one for you, I'm afraid — I don't look things up, so a quick search will be a fairer judge than me." + can
	}
	return pick(t.text, []string{
		"I can't answer that one, sorry — I don't look things up.",
		"I can't look that up, I'm afraid — I don't search the web or follow the news.",
	}) + can
}

// buyWords ask which thing to get rather than how to fix one.
var buyWords = wordset.Of(`recommend recommendation recommendations recommended buy buying purchase budget cheap cheapest`)

// declineChoices are the steps offered under a decline: the two the
// companion is most for, not the whole menu.
func declineChoices() []Choice {
	return menuChoices()[:2]
}

// offTopic names the topic of an off-scope question: "medical", "legal",
// "money", "cooking", "coding", or "" when no word gives it away. Health
// comes first: it is the one where the decline must point somewhere.
func offTopic(folded string) string {
	if medicineQuestion(folded) {
		return "medical"
	}
	folded = reBodyIdiom.ReplaceAllString(folded, " ")
	for _, tw := range topicWords {
		for _, w := range strings.Fields(folded) {
			if tw.words[w] || tw.words[strings.TrimSuffix(w, "s")] {
				return tw.topic
			}
		}
	}
	return ""
}

// reBodyIdiom is a figure of speech with a body in it, no symptom: "rolled
// his eyes at me", "my heart melted", "broke my heart".
var reBodyIdiom = mustPattern(`\b(?:roll(?:ed|s|ing)? (?:\w+ )?eyes|eye ?rolls?|eye rolling|(?:my )?heart (?:melted|sank|skipped a beat|is full|was full)|broke my heart|heart of gold|(?:saw|see|sees) (?:his|her|their|my) (?:own )?brain)\b`)

var topicWords = []struct {
	topic string
	words map[string]bool
}{
	{"medical", wordset.Of(`headache migraine pain painful ache aching hurt hurts hurting sore fever cough coughing sick ill
illness nausea nauseous vomit vomiting dizzy rash itchy swollen swelling bleeding blood bruise sprain sprained
broke broken fracture injury injured wound burn infection infected flu covid allergy allergic asthma diabetes
pregnant pregnancy period cramp cramps symptom medicine medication meds pill prescription dose dosage antibiotic
ibuprofen paracetamol aspirin tylenol advil doctor gp nurse hospital pharmacist pharmacy dentist tooth toothache
stomach chest throat ear eye lump mole heart insomnia diarrhea diarrhoea constipation knee knees ankle wrist hip
shoulder elbow joint joints foot feet`)},
	{"legal", wordset.Of(`lawyer attorney legal law lawsuit sue court judge divorce custody landlord tenant lease eviction
evict contract visa immigration police inheritance copyright illegal`)},
	{"money", wordset.Of(`tax taxes money invest investing investment crypto bitcoin stock stocks loan mortgage
debt budget bank savings retirement pension salary credit insurance rent afford finance financial
lend lending borrow borrowing`)},
	{"cooking", wordset.Of(`recipe cook cooking bake baking boil fry roast oven dinner lunch breakfast ingredient
ingredients cake bread pasta soup sauce chicken vegan meal`)},
	{"coding", wordset.Of(`code coding python java javascript typescript golang rust html css sql debug compile compiler
script programming function api excel spreadsheet laptop computer wifi`)},
}

// isEmojiOnly reports whether text is made of emoji and symbols alone, with
// no letter or digit.
func isEmojiOnly(text string) bool {
	seen := false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return false
		case isEmojiRune(r):
			seen = true
		}
	}
	return seen
}

// isEmojiRune reports the pictographs, hearts and hands people send on
// their own; joiners and variation selectors are not counted.
func isEmojiRune(r rune) bool {
	return (r >= 0x1F300 && r <= 0x1FAFF) || (r >= 0x2600 && r <= 0x27BF) || r == 0x2764 || r == 0x263A
}

// Feelings an emoji can carry.
const (
	emojiHello = "hello"
	emojiOK    = "ok"
	emojiWarm  = "warm"
	emojiSad   = "sad"
	emojiHappy = "happy"
	emojiMeh   = "meh"
	emojiCross = "cross"
	emojiMind  = "mind"
	emojiTired = "tired"
)

// emojiFeelings is the feeling of the emoji people most often send alone.
var emojiFeelings = map[rune]string{
	'👋': emojiHello, '🙋': emojiHello, '🖐': emojiHello, '✋': emojiHello,
	'👍': emojiOK, '👌': emojiOK, '✅': emojiOK, '🆗': emojiOK, '🤙': emojiOK, '✔': emojiOK,
	'❤': emojiWarm, '🧡': emojiWarm, '💛': emojiWarm, '💚': emojiWarm, '💙': emojiWarm, '💜': emojiWarm,
	'💕': emojiWarm, '💖': emojiWarm, '💗': emojiWarm, '🥰': emojiWarm, '😍': emojiWarm, '🤗': emojiWarm,
	'🙏': emojiWarm, '😘': emojiWarm, '🫶': emojiWarm, '🥹': emojiWarm,
	'😢': emojiSad, '😭': emojiSad, '😞': emojiSad, '😔': emojiSad, '💔': emojiSad, '☹': emojiSad,
	'🙁': emojiSad, '😟': emojiSad, '😥': emojiSad, '😩': emojiSad, '😿': emojiSad, '🥺': emojiSad,
	'🥲': emojiSad, '😫': emojiSad, '😖': emojiSad, '😣': emojiSad, '😓': emojiSad, '😰': emojiSad, '😨': emojiSad,
	'🫠': emojiSad, '😕': emojiSad,
	'🙃': emojiHappy, '😅': emojiHappy, '😜': emojiHappy, '😋': emojiHappy, '😇': emojiHappy, '🤩': emojiHappy,
	'✨': emojiHappy, '🎂': emojiHappy, '🥂': emojiHappy, '🍾': emojiHappy, '🌞': emojiHappy, '😺': emojiHappy,
	'💯': emojiOK, '🙌': emojiOK, '👏': emojiOK, '🆒': emojiOK,
	'😐': emojiMeh, '💨': emojiMeh, '😑': emojiMeh, '😶': emojiMeh, '🤷': emojiMeh, '😒': emojiMeh, '🥱': emojiTired, '😴': emojiTired, '😪': emojiTired,
	'😤': emojiCross, '😠': emojiCross, '😡': emojiCross, '🤬': emojiCross, '🙄': emojiCross,
	'🤔': emojiMind, '🧐': emojiMind, '💭': emojiMind,
	'😀': emojiHappy, '😃': emojiHappy, '😄': emojiHappy, '😁': emojiHappy, '🙂': emojiHappy, '😊': emojiHappy,
	'😂': emojiHappy, '🤣': emojiHappy, '😆': emojiHappy, '🎉': emojiHappy, '🥳': emojiHappy, '😎': emojiHappy,
}

// emojiFeeling is the feeling of an emoji-only message: that of its first
// emoji the table knows, or else the classifier's sure label.
func emojiFeeling(text string) string {
	for _, r := range text {
		if f, ok := emojiFeelings[r]; ok {
			return f
		}
	}
	switch r := classify(text); {
	case !r.Sure():
	case r.Label == understand.Greeting:
		return emojiHello
	case r.Label == understand.Yes || r.Label == understand.Done:
		return emojiOK
	case r.Label == understand.Thanks:
		return emojiWarm
	case r.Label == understand.Feeling:
		return emojiSad
	case r.Label == understand.Smalltalk:
		return emojiHappy
	}
	return ""
}

// emojiReply answers a message of emoji alone in the same spirit.
func (t *turn) emojiReply() {
	switch emojiFeeling(t.text) {
	case emojiHello:
		t.greet()
	case emojiOK:
		t.say(pick(t.text, []string{"👍 Okay! I'm here whenever you need me.", "Got it 👍 Just say when you want to do something."}))
	case emojiWarm:
		t.say(pick(t.text, []string{"Right back at you 💛 I'm here whenever you want to talk about the people in your life.", "That's lovely, thank you 💛"}))
	case emojiSad:
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		// A low face sent alone is a low feeling with no words yet: room
		// to say more, and the same gentle step a feeling in words gets.
		t.say("That looks like a hard moment. Do you want to talk about it? Tell me what's going on, in a few words or many — I'm listening.",
			Choice{ID: "journey:matter", Label: "Think about who matters"}, Choice{ID: "menu:draft", Label: "Write to someone"})
	case emojiHappy:
		t.say(pick(t.text, []string{"😄 Good to see you smiling. What's up?", "Ha, love that. Anything you'd like to do together?"}), menuChoices()...)
	case emojiMeh:
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(pick(t.text, []string{"A bit of a meh one? I'm here if you want to talk it through.", "Flat kind of day? Tell me about it if you like."}))
	case emojiCross:
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(pick(t.text, []string{"Uh oh, something's got to you. Want to tell me what happened?", "That looks like a fed-up face. What's going on?"}))
	case emojiTired:
		t.say(pick(t.text, []string{"A sleepy one? Rest up if you can — I'm here whenever you want.", "Sounds like bedtime. Sleep well when you get there 💤"}))
	case emojiMind:
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say("Something on your mind? I'm listening.")
	default:
		t.say("I'm not sure what that one means, but I'm here. Tell me what's on your mind, or pick something to do.", menuChoices()...)
	}
}

// didYouMean answers a command it does not know that is a typo or two away
// from one it does ("/drfat"), naming that one. It reports false when no
// command is near enough, or two different ones are.
func (t *turn) didYouMean() bool {
	word, _, _ := strings.Cut(strings.TrimSpace(t.text)[1:], " ")
	word, _, _ = strings.Cut(strings.ToLower(word), "@")
	limit := 1
	if len([]rune(word)) >= 5 {
		limit = 2
	}
	best, bestDist, tie := "", limit+1, false
	for _, name := range commandOrder {
		d := editDistance(word, name)
		switch {
		case d < bestDist:
			best, bestDist, tie = name, d, false
		case d == bestDist && commandWords[name] != commandWords[best]:
			tie = true
		}
	}
	if best == "" || tie {
		return false
	}
	text := "Did you mean /" + best + "?"
	switch kind := commandWords[best]; kind {
	case IntentReflect, IntentDraft, IntentAsk, IntentPlan, IntentHelp:
		t.say(text+" Tap it to go on, or type /help for every command.", Choice{ID: "menu:" + kind, Label: "/" + best})
	default:
		t.say(text + " Type it like that to go on, or /help for every command.")
	}
	return true
}

// commandOrder lists the command words, the ones /help shows first, so a
// typo is matched to a command before an alias.
var commandOrder = func() []string {
	out := []string{"start", "help", "reflect", "draft", "ask", "plan", "remind", "contacts", "cancel",
		"export", "forget", "privacy", "settings"}
	var aliases []string
	for w := range commandWords {
		if !slices.Contains(out, w) {
			aliases = append(aliases, w)
		}
	}
	slices.Sort(aliases)
	return append(out, aliases...)
}()

// editDistance counts the single-letter insertions, deletions, changes and
// swaps of neighbours that turn a into b (optimal string alignment).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}
