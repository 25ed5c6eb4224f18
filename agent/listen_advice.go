package agent

import (
	"slices"
	"strconv"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/understand"
)

// "What should I do?" asked while the companion is listening (after a low
// feeling, someone's hard news, or a crisis reply) is a real question about
// what was just said, not a new topic: answering "I'm here" again, or
// declining it as off-topic, leaves the person alone with it. It gets a
// small, kind, concrete answer fitted to what they told — one or two
// gentle next steps — and the offer to reach out to someone.

// reWhatToDo asks what to do and names nothing of its own: "what should i
// do", "any advice?", "how do i fix this", "i just don't know what to do".
// A question with a topic ("what should i do about my sister's wedding")
// is for the guide.
var reWhatToDo = mustPattern(`^(?:(?:so|ok|okay|but|and|well|um|umm|hmm|honestly|then|like|right|yeah|ugh|sigh|seriously|just|i dunno|dunno|idk|i don'?t know|i dont know|no idea)\s+)*(?:` +
	`what (?:should|do|can|could|would|shall|am|do) (?:i|we)(?: even| actually| really| possibly)?(?: supposed to| meant to| going to| gonna)? (?:do|try)` +
	`|what (?:do|would|should|can) (?:you|u) (?:suggest|recommend|advise|think i should do)` +
	`|what would (?:you|u) do(?: if you were me| in my shoes)?` +
	`|(?:any|got any|do (?:you|u) have any|have (?:you|u) got any) (?:advice|tips|ideas|suggestions)` +
	`|how (?:do|can|should|could) i (?:fix|handle|deal with|get through|get past|get over|get out of|cope with|change|sort|improve|make) (?:it|this|that|things|them|any of (?:it|this))` +
	`|how (?:do|can|should|could) i (?:stop|quit) feeling (?:like )?(?:this|that|so \w+)` +
	`|how (?:do|can) i feel better` +
	`|what now|now what|what next|where (?:do|should) i (?:even )?(?:start|begin)|how do i (?:even )?(?:start|begin)` +
	`|what (?:are|r) my options|what can be done` +
	`|what(?:'?s| is| would be) (?:a|one|some) (?:(?:small|little|tiny|easy|simple|good|first|quick) )*(?:thing|step|idea|way)s? (?:i )?(?:could|can|should|might|to) (?:try|do|start with)(?: tomorrow| today| this week| first)?` +
	`|(?:give me|got|any) (?:a|one) (?:(?:small|little|tiny|easy|simple|good|quick) )*(?:thing|step|idea) (?:to try|i could try|to do)` +
	`|(?:is there |(?:have (?:you|u) )?got )?(?:any|one|a|some) (?:(?:small|little|tiny|easy|simple|good|quick|practical) )*(?:thing|step|idea|things|steps|ideas) (?:(?:i|we) (?:could|can|might|should) |to )(?:try|do|start with)` +
	`|(?:is there )?(?:anything|something) (?:(?:small|little|tiny|easy|simple|quick|practical) )*(?:(?:i|we) (?:could|can|might|should) |to )(?:try|do|start with)` +
	`|(?:any|got any|have (?:you|u) got any|do (?:you|u) have any) (?:(?:quick|small|little|tiny|easy|simple|practical|good|other|more) )*(?:ideas|tips|suggestions|advice)` +
	`|(?:(?:can|could) (?:you|u) )?(?:give|tell|suggest) me (?:a|one|some) (?:(?:quick|small|little|tiny|easy|simple|practical|good) )*(?:thing|step|idea|things|steps|ideas)(?: (?:i can|i could|to) (?:do|try))?` +
	`|(?:(?:can|could) (?:you|u) )?(?:give|tell|suggest) me something (?:(?:quick|small|little|tiny|easy|simple|practical|good) )*(?:(?:i can|i could|to) (?:do|try))?` +
	`|what (?:kind|sort|type)s? of (?:groups?|clubs?|things|places|activities|stuff|classes) (?:would|should|could|do|can) (?:you|u|i) (?:suggest|recommend|try|join|look for|go to|do)` +
	`|(?:can you |could you |pls |please )?help me (?:figure|work) out what to do` +
	`|i (?:just |really |honestly )?(?:dont|don't|do not) know what to do|idk what to do|(?:i have |i've |ive |i got )?(?:no|zero) idea what to do|i'm lost|im lost|i'm at a loss|im at a loss` +
	`)(?:\s+(?:about (?:it|this|that|them|him|her|any of (?:it|this))|now|then|next|here|tho|though|please|pls|honestly|anymore|with myself|from here|better|tbh|lol|then|though|right now|at all|either|today|tonight|this week|for me|for that|for this|to try))*\s*$`)

// asksWhatToDo reports a question that asks what to do about what was
// just told, with no topic of its own.
func asksWhatToDo(text string) bool {
	f := foldText(text)
	return f != "" && len(strings.Fields(f)) <= 14 && reWhatToDo.MatchString(f)
}

// adviceWhileListening answers "what should i do" after a listening reply
// with a step or two fitted to what was told, and the offer to write to
// someone. It reports false, saying nothing, when no listening offer is
// open or the message asks something else.
func (t *turn) adviceWhileListening() bool {
	o := t.p.Flow.Offer
	if !asksWhatToDo(t.text) {
		return false
	}
	if o == nil && t.p.Flow.Name == "" {
		// "i dunno, what do you suggest" with nothing told just before:
		// small steps towards people, and a way to take one.
		t.p.Flow.Offer = &Offer{Kind: "talk"}
		t.say(adviceSocial, Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "menu:plan", Label: "7-day plan"},
			Choice{ID: "journey:matter", Label: "Think about who matters"})
		return true
	}
	if o != nil && o.Kind == "section" && groupsAsked(t.text) {
		// "what kind of groups would you suggest", after the guide's
		// answer on making friends: which groups, plainly.
		t.p.Flow.Offer = &Offer{Kind: "talk", Felt: "lonely", Advised: []string{"groups"}}
		t.say(adviceGroups, Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "menu:plan", Label: "7-day plan"})
		return true
	}
	if o == nil || o.Kind != "talk" && !o.Listening {
		return false
	}
	key, line := adviceNow(o, t.text)
	write := Choice{ID: "menu:draft", Label: "Write to someone"}
	if o.Recipient != "" {
		write = Choice{ID: "offer:yes", Label: clip("Write to "+o.Recipient, 40)}
	}
	// Still listening: what they say next is heard as more of it.
	t.p.Flow.Offer = o.heardAgain()
	t.p.Flow.Offer.Advised = append(t.p.Flow.Offer.Advised, key)
	t.say(line, write, Choice{ID: "journey:matter", Label: "Think about who matters"})
	return true
}

// adviceNow is the answer to a practical ask while listening, and its key:
// which groups when groups are asked about, one tiny step when a tiny or
// quick one is asked for, the answer for what was heard otherwise. What
// was already said in this conversation is never said again: a second ask
// gets a different, smaller step.
func adviceNow(o *Offer, text string) (string, string) {
	if groupsAsked(text) && !slices.Contains(o.Advised, "groups") {
		return "groups", adviceGroups
	}
	key, line := "felt:"+o.Felt, adviceFor(o)
	if o.Felt == "busy" {
		key, line = "busy", adviceBusy
	}
	if !slices.Contains(o.Advised, key) && (line != adviceLow || !tinyAsked.MatchString(foldText(text))) {
		// The answer for what was heard comes first; only the general
		// one gives way to a tiny step when a tiny one is asked for.
		if line == adviceSocial && oneStepAsked.MatchString(foldText(text)) {
			// "is there one little thing i could try": one thing, not two.
			line = adviceSocialOne
		}
		return key, line
	}
	for i, step := range tinySteps {
		if k := "tiny:" + strconv.Itoa(i); !slices.Contains(o.Advised, k) {
			return k, step
		}
	}
	return "tiny:all", "Those are the small ones I have. The best of them is whichever feels easiest right now — " +
		"if it's a message, tell me who it's for and I'll write it with you."
}

// groupsAsked asks which groups or activities to try.
func groupsAsked(text string) bool {
	return reGroupsAsked.MatchString(foldText(text))
}

var reGroupsAsked = mustPattern(`\b(?:what|which) (?:kind|sort|type)?s? ?(?:of )?(?:groups?|clubs?|activities|classes|hobbies|meetups?)\b|\b(?:groups?|clubs?|classes|activities) (?:would|should|could|do) (?:you|u) (?:suggest|recommend)`)

// tinyAsked asks for something small enough to do today.
var tinyAsked = mustPattern(`\b(?:tiny|quick|quickly|small|little|easy|today|tonight|right now|ten minutes|10 mins?|10 minutes|five minutes|5 mins?)\b`)

// adviceGroups names the kinds of groups where friendships tend to grow.
const adviceGroups = "Look for something that meets every week with the same faces, built around doing a thing together: a " +
	"climbing or running club, a class (pottery, a language, dance), a choir, a board-game or quiz night, or a regular " +
	"volunteering shift. Pick the one closest to something you already enjoy, and give it three visits before you judge it — " +
	"the second and third time are when people start to say hello."

// adviceBusy is the answer for someone with almost no time to spare.
const adviceBusy = "With only a few minutes a day, keep it tiny and regular: one voice note or photo to a friend while the " +
	"kettle boils, no catch-up owed. And if there's one friend you miss most, suggest something that fits the days you " +
	"already have — a call on the way somewhere, or bringing them along to something you'd be doing anyway."

// tinySteps are small things to do today, each different, given in turn
// when more than one is asked for.
var tinySteps = []string{
	"Here's a tiny one for today: send one friend a two-line message — “saw this and thought of you, how are you doing?” " +
		"It takes a minute, and there's no reply owed.",
	"Another small one: record a thirty-second voice note for someone you miss, just saying what you're up to today. " +
		"Voice carries more warmth than text and takes less time than typing.",
	"One more: put a five-minute call with one person in your diary for this week, same time each week if it works. " +
		"A short call that happens beats a long one that keeps getting postponed.",
}

// adviceFor is the small answer to "what should i do" for what the open
// offer heard: someone's news, or the person's own low feeling by its kind.
func adviceFor(o *Offer) string {
	if o.Request != "" && o.Recipient != "" {
		n := readTold(o.Request)
		to := o.Recipient
		switch n.kind {
		case newsWin, newsBaby, newsRecovery:
			return "Tell " + to + " how glad you are — a message, a call, or something small to celebrate together. " +
				"Being happy for someone out loud means a lot. I can help you write it, if you'd like."
		case newsNone:
		default:
			return "The kindest thing is usually simple: let " + to + " know you're thinking of them, with no need to reply, " +
				"and offer one practical thing, like dropping round some food or going for a walk. Then check in again in a few days; " +
				"support often comes early and fades. I can help you write the first message."
		}
	}
	if a, ok := adviceByFeeling[o.Felt]; ok {
		return a
	}
	return adviceLow
}

// adviceLow is the answer for a low feeling with no kind of its own.
const adviceLow = "Be gentle with yourself today: one small thing that usually helps a little — a walk outside, something to eat, " +
	"an early night. And tell one person you trust that you're having a rough patch; you don't have to explain it all. " +
	"If it keeps weighing on you for weeks, your doctor is a good person to talk to as well."

// adviceSocial is the answer for loneliness and its kin.
const adviceSocial = "Two small things that help: send a short hello to one person you'd like to hear from — no reason needed, " +
	"a photo or a “thought of you” is plenty. And put one regular thing in your week where the same people turn up, like a " +
	"class, a club or a weekly coffee; closeness grows from seeing people again and again."

// adviceSocialOne is adviceSocial's first step alone, for someone who asked
// for one thing to try.
const adviceSocialOne = "One small thing: send a short hello to one person you'd like to hear from — no reason needed, " +
	"a photo or a “thought of you” is plenty. It takes a minute, and no reply is owed."

// oneStepAsked asks for a single thing to try: "one small step", "any
// little thing i could do", "something easy to start with", never
// "some ideas" or "a few things".
var oneStepAsked = mustPattern(`\b(?:(?:one|a|an|any|single)\s+(?:(?:small|little|tiny|easy|simple|quick|good|first|practical)\s+)*(?:thing|step|idea|tip)|anything|something)\b(?:\s+(?:small|little|tiny|easy|simple|quick))?(?:\s|$)`)

// adviceByFeeling are the answers for the low feelings findLow names.
var adviceByFeeling = map[string]string{
	"lonely": adviceSocial, "no close friends": adviceSocial, "quiet social life": adviceSocial, "moved": adviceSocial,
	"disconnected": adviceSocial, "invisible": adviceSocial, "not understood": adviceSocial, "left out": adviceSocial,
	"missing": adviceSocial, "homesick": adviceSocial,
	"one-sided": "One small thing: ease off doing all the reaching out for a little while and notice who comes toward you; " +
		"put that warmth into someone who answers it. If this friendship matters, tell them plainly, without blame, that you " +
		"miss hearing from them.",
	"drift": "One small step: send the friend you've drifted from something light that needs no long reply — a memory, a " +
		"photo, a “saw this and thought of you”. If they answer warmly, suggest one easy plan.",
	"conflict": "Give it a day if feelings are still high. Then say it simply to them: what happened, how it felt, and what " +
		"you'd like now, without blame. A short message or a call is enough to start.",
	"hurt": "Give it a day if feelings are still high. Then say it simply to them: what happened, how it felt, and what " +
		"you'd like now, without blame. A short message or a call is enough to start.",
	"unsure where you stand": "The quickest way out of guessing is to ask, lightly: “Hey, are we okay? I've been " +
		"wondering.” Most of the time the answer is kinder than the worry.",
	"guilt": "One small step: say it simply — “I'm sorry I've been quiet, I've been thinking of you” — and leave it there. " +
		"Most people are glad to hear from someone, and it's rarely too late.",
	"embarrassed": "Most people remember moments like that far less than we do. If it still bothers you, a light word to " +
		"whoever was there usually clears it; then let yourself off the hook.",
	"jealous": "Jealousy often points at something you want for yourself. Name what it is and take one small step toward it " +
		"this week — and stay glad for them where you can; both can be true.",
	"anxious": "Try writing down what's worrying you, then one thing you can do about it and one you can't. Pick the " +
		"smallest step you can take and do just that. Saying it out loud to someone you trust shrinks it too.",
	"overthinking": "Try writing down what's worrying you, then one thing you can do about it and one you can't. Pick the " +
		"smallest step you can take and do just that. Saying it out loud to someone you trust shrinks it too.",
	"hard to say": "Start smaller than the whole thing: one honest line, like “can I talk to you about something?”. Once " +
		"it's said, the rest usually comes easier.",
	"burden": "People who care about you usually want to know when you're struggling; telling them gives them the chance to " +
		"be there. Start small: one person, one honest line like “I've been having a hard time lately”.",
	"grief": "There's nothing you have to do right now. Let yourself feel it, eat and rest when you can, and tell someone " +
		"close how you're doing; grief is lighter when it's shared.",
}

// careAdviceText answers "what should i do" in care mode, after a crisis
// reply: the next little while made small and safe, and one person or a
// helpline to tell. emergency is the emergency number where the person
// lives, and abuseLine the line there that helps people get safe from
// abuse at home ("" when none is known).
func careAdviceText(situation, emergency, abuseLine string) string {
	first := "One small step at a time: for the next little while, stay somewhere you feel safe, have some water or " +
		"food, and rest if you can. "
	if situation == "abuse" {
		first = "If you're in danger right now, call " + emergency + ". Otherwise, one small step at a " +
			"time: somewhere you feel safe for now. "
		if abuseLine != "" {
			return first + "When you can, call " + abuseLine + ": they can help you think through what to do next " +
				"and how to stay safe, and what you do with it is up to you. It can also help to tell one person you " +
				"trust; I can help you write that message."
		}
	}
	return first + "Then tell one person how you feel — " + careWhoPeople(situation) +
		" — or call a helpline. I can help you write that message."
}

// feltKind is the kind of low feeling a listening reply heard in text: the
// kind its cue words named, or the listener's sure reading of it.
func feltKind(text string, k lowKind) string {
	if timePoor.MatchString(foldText(text)) {
		return "busy"
	}
	if k.name != "" {
		return k.name
	}
	if k.step == stepTrusted {
		// A loss, answered by griefAck.
		return "grief"
	}
	if f := listen.Feel(text); f.Sure() {
		return feelKinds[f.Label]
	}
	return ""
}

// feelKinds map the listener's feelings to the kinds adviceByFeeling
// answers.
var feelKinds = map[string]string{"loneliness": "lonely", "guilt": "guilt", "embarrassment": "embarrassed",
	"worry": "anxious", "hurt": "hurt", "anger": "conflict", "grief": "grief", "missing": "missing",
	"holding_back": "hard to say"}

// moreOfNews hears more of someone's news told after the reply to it, in
// its key: a happy detail gladly ("her name is amara, everyone is
// healthy"), a hard one as care for them.
func moreOfNews(text string, o *Offer) string {
	n := readTold(o.Request)
	_, _, obj := newsWho(o.Request)
	if obj == "them" {
		obj = textPronoun(text)
	}
	switch n.kind {
	case newsWin, newsBaby, newsRecovery:
		return pick(text, []string{
			"That's lovely to hear — what a happy time for everyone.",
			"Aw, that's wonderful. It sounds like a really happy moment.",
		})
	case newsNone:
		return "Thank you for telling me more."
	}
	return pick(text, []string{
		"Thank you for telling me more. It's clear you care about how " + subjectOf(obj) + " doing.",
		"That makes it harder still. It's kind of you to be thinking of " + obj + ".",
	})
}

// toldThenAsked answers a message that tells something and asks, in a
// clause of its own, what to do about it ("what should i do, my friend
// hasn't answered in two weeks and i'm worried", "my friend's dad died and
// i don't know what to do"): what was told is listened to, as if said
// alone, and the reply ends with a first step for it. It reports false,
// saying nothing, when the message is not of that shape.
func (t *turn) toldThenAsked() bool {
	rest, ok := withoutWhatToDo(t.text)
	if !ok {
		return false
	}
	if ans := ComposeAnswer(t.a.guide, t.text); ans.Covered() && !ans.Weak && !badNews(rest) {
		// "my best friend hasn't replied in two weeks, what should i
		// do": the guide answers what to do, with its reasons.
		return false
	}
	whole := t.text
	t.text = rest
	defer func() { t.text = whole }()
	mark := len(t.replies)
	switch {
	case tellsOf(rest):
		if !t.listenAbout("") {
			return false
		}
	case lowStatement(rest, classify(rest)) || concernFor(rest) || heardLow(rest):
		t.feeling()
	default:
		return false
	}
	if len(t.replies) != mark+1 {
		return true
	}
	r := &t.replies[mark]
	step := firstStep(t.p.Flow.Offer, rest)
	if head, _, ok := strings.Cut(r.Text, "\n\n"); ok {
		// The reply's own gentle step gives way to the first step asked
		// for: one step, not two.
		r.Text = head + "\n\n" + step
		return true
	}
	if len(r.Text)+len(step) < 400 {
		r.Text = strings.TrimSpace(r.Text) + " " + step
	}
	return true
}

// withoutWhatToDo splits off a clause asking what to do from the rest of
// text; ok is false when there is no such clause or nothing else.
func withoutWhatToDo(text string) (string, bool) {
	parts := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",.;:!?—–", r) })
	var keep []string
	asked := false
	for _, p := range parts {
		for _, c := range splitAnd(p) {
			if asksWhatToDo(c) {
				asked = true
				continue
			}
			if c = strings.TrimSpace(c); c != "" {
				keep = append(keep, c)
			}
		}
	}
	if !asked || len(keep) == 0 {
		return "", false
	}
	return strings.Join(keep, ", "), true
}

// splitAnd splits a clause before "and" and "but", keeping the rest of
// its words as typed.
func splitAnd(s string) []string {
	f := strings.Fields(s)
	var out []string
	start := 0
	for i, w := range f {
		if (strings.EqualFold(w, "and") || strings.EqualFold(w, "but")) && i > start {
			out = append(out, strings.Join(f[start:i], " "))
			start = i + 1
		}
	}
	return append(out, strings.Join(f[start:], " "))
}

// firstStep is one sentence of what to do first about what was told: for
// someone's hard news, a word to them; for worry about someone, a gentle
// private message; for the person's own low feeling, one person told.
func firstStep(o *Offer, told string) string {
	if o != nil && o.Recipient != "" {
		switch readTold(o.Request).kind {
		case newsWin, newsBaby, newsRecovery:
			return "A first step: tell " + o.Recipient + " how glad you are."
		}
		return "A good first step is a short message to " + o.Recipient + " saying you're thinking of them, with no need to reply."
	}
	if concernFor(told) || reTheirLow.MatchString(foldText(told)) {
		return "A good first step is a gentle, private word — “you've not seemed yourself lately, I'm here if you want to talk” — with no pressure to answer."
	}
	if o != nil {
		if s, ok := firstSteps[o.Felt]; ok {
			return s
		}
	}
	return "One small first step: tell one person you trust how you're feeling."
}

// firstSteps are the first step for the low feelings whose answer is not
// to tell someone how one feels.
var firstSteps = map[string]string{
	"hard to say": "One small first step: start smaller than the whole thing, with one honest line like “can I talk to you about something?”.",
	"conflict":    "One small first step: once things have cooled a little, say simply how it felt and what you'd like now, without blame.",
	"hurt":        "One small first step: once things have cooled a little, say simply how it felt and what you'd like now, without blame.",
	"guilt":       "One small first step: a short “I'm sorry I've been quiet, I've been thinking of you” — it's rarely too late.",
	"one-sided":   "One small first step: ease off the reaching out for a while, and notice who comes toward you.",
	"drift":       "One small first step: send them something light that needs no long reply — a memory, a photo, a “thought of you”.",
	"lonely":      "One small first step: send a short hello to one person you'd like to hear from; no reason needed.",
}

// heardLow reports a low feeling told in words the cue lists know, or one
// the listener or the classifier is sure of, asking nothing: what the
// person told before asking what to do.
func heardLow(text string) bool {
	if asksSomething(text) {
		return false
	}
	if _, ok := findLow(text); ok {
		return true
	}
	if f := listen.Feel(text); f.Sure() && heavyFeelings[f.Label] {
		return true
	}
	r := classify(text)
	return r.Sure() && r.Label == understand.Feeling
}

// heardAgain is the listening offer o kept open after a reply to more of
// what it heard: the same story and feeling, its choices made afresh.
func (o *Offer) heardAgain() *Offer {
	return &Offer{Kind: o.Kind, Request: o.Request, Recipient: o.Recipient, Listening: o.Listening, Felt: o.Felt,
		Advised: slices.Clone(o.Advised), Heard: o.Heard, Line: o.Line}
}

// timePoor tells of having no time for people: "so busy with the kids",
// "i barely have 10 mins a day", "work eats all my time".
var timePoor = mustPattern(`\b(?:so|too|really|crazy|super|insanely) busy\b|\bbusy with\b|\bno time\b|\bnever have (?:the )?time\b|\bbarely (?:have|get) (?:any )?(?:time|\d+ mins?|\d+ minutes|a minute)\b|\b(?:don'?t|dont) have (?:the )?time\b`)
