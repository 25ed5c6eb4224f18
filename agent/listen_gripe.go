package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// A gripe is a complaint about a day, a thing or someone, often said as a
// figure of speech: "this commute is killing me lol", "my boss is driving
// me up the wall", "mondays should be illegal". It asks for no help and
// carries no low feeling about people; a friend answers it lightly and
// kindly, in kind, and never with "sounds good".

// gripeCues are phrases of whole words, folded and without apostrophes,
// that make a message a complaint: figures of speech, irritation, a day
// gone wrong, being worn out.
var gripeCues = phrases(`killing me | kill me | death of me | doing my head in | does my head in | up the wall |
round the bend | losing my mind | lose my mind | driving me mad | driving me crazy | driving me insane | drives me mad |
drives me crazy | nightmare | brutal | the worst | unbearable | so done | im done with | done with this | sick of |
fed up | over it | cant even | cant deal | ugh | ughh | ughhh | smh | should be illegal | lasted a year | lasted forever |
late again | again smh | melting | im dying | dying here | starving | annoying | so annoyed | irritating | frustrating |
such a pain | a pain | hassle | grim | knackered | exhausted | shattered | wiped | wiped out | dead tired | so tired |
long day | long week | long shift | double shift | rough day | rough week | hard day | bad day | awful day | horrible day | what a day | a day |
draining | stressful | stressed | hectic | chaos | chaotic | manic | unreal | ridiculous | a joke | beyond a joke | typical |
cracked | jammed | broke again | broken again | still hasnt | still havent | still not | for the third time |
for the hundredth time | i swear | again`)

// A nuisance is complained about without a word of complaint: a noise
// ("the neighbours are drilling at 7am"), or what someone else keeps
// doing ("microwaved fish in the office for the third day running").
var (
	reNoise   = mustPattern(`\b(?:drilling|hammering|banging|blasting|hoovering at|mowing at|snoring|barking|loud music|so loud|too loud|noise|noisy|racket|revving|leaf blower)\b`)
	reOnAgain = mustPattern(`\b(?:\w+ (?:days?|nights?|mornings?|weeks?|times?) (?:running|in a row)|day after day|night after night|every single (?:day|night|morning|time))\b`)
)

// nuisance reports a nuisance told: a noise, or what someone other than
// the person keeps doing ("i ran 5 days in a row" is no complaint).
func nuisance(text string) bool {
	f := foldText(text)
	if reNoise.MatchString(f) || reThingDied.MatchString(" "+f+" ") {
		// A machine giving up is a nuisance: "my fan just died".
		return true
	}
	return reOnAgain.MatchString(f) && !firstPerson.MatchString(f)
}

// hyperbole are figures of speech that sound dire and are not.
var hyperbole = phrases(`killing me | kill me | kill me now | death of me | im dying | dying here | losing my mind |
lose my mind | doing my head in | does my head in | up the wall | round the bend | should be illegal | lasted a year |
lasted forever | want to scream | wanna scream`)

// tiredCues make a gripe one about being worn out.
var tiredCues = phrases(`knackered | exhausted | shattered | wiped | wiped out | dead tired | so tired | long day | long week | long shift |
draining | my feet | feet are | im dying`)

// gripe reports whether text is a complaint to be answered in kind: a
// gripe cue, no question, and no low feeling about people that the
// feeling replies know better (a gripe about being left out is a hurt).
func gripe(text string) bool {
	if asksSomething(text) || !hasPhrase(lowPadded(withoutBackAgain(foldText(text))), gripeCues) && !nuisance(text) {
		// "we're talking again" sighs at nothing.
		return false
	}
	if hasPhrase(lowPadded(text), fertilityLossCues) {
		// "ivf didn't work again" is a grief, however it sighs.
		return false
	}
	if reOwnFault.MatchString(foldText(text)) {
		// "i snapped at my sister, i was stressed but it wasnt fair on
		// her": the person's own doing, to put right, not a slog.
		return false
	}
	padded := lowPadded(text)
	if k, ok := findLow(text); ok && (k.name != "low" || hasPhrase(padded, sadWords)) {
		return false
	}
	if hasPhrase(padded, tearCues) {
		// "so stressful i cried in the toilets": tears are no gripe.
		return false
	}
	if sadNewsOfOthers(text) && !hasPhrase(padded, hyperbole) && !nuisance(text) {
		// "my friend has covid again" is sad news about her, said with
		// a sigh: it is answered as her news, never as a slog.
		return false
	}
	if hasPhrase(padded, hyperbole) || hasPhrase(padded, tiredCues) {
		// "the death of me" is no death: a figure of speech is light
		// whatever the listener makes of its words; so is being worn
		// out ("just finished a long shift"), never an achievement.
		return true
	}
	// "work was brutal and i feel like nobody cares" is a hard feeling:
	// only being worn out or cross stays light.
	f := listen.Feel(text)
	if f.Label == "grief" && !deathOfSomeone(text) {
		// "the printer has died again": a thing, not a loss.
		return true
	}
	return !f.Sure() || lightFeelings[f.Label]
}

// sadNewsOfOthers reports an illness, an accident or a death told of
// someone else (or their pet), whatever the words of complaint around it.
func sadNewsOfOthers(text string) bool {
	n := readNews(text)
	return !n.self && (n.kind == newsIll || n.kind == newsDeath) && n.about != ""
}

// petWords are animals whose death is a loss.
var petWords = wordset.Of(`dog cat pet puppy kitten hamster rabbit bunny horse pony parrot budgie guinea tortoise`)

// deathOfSomeone reports whether a death text tells of is someone's: a
// person it names or a pet, not "my laptop died".
func deathOfSomeone(text string) bool {
	if reThingDied.MatchString(lowPadded(text)) {
		// "my phone died halfway through the call with mum".
		return false
	}
	names := answerNames(text)
	if listen.Lost(text, names) != "" || len(listen.Mentions(text, names)) > 0 {
		return true
	}
	return hasAnyWord(foldText(text), petWords)
}

// sadWords name a low feeling outright.
var sadWords = phrases(`sad | upset | unhappy | feel | feeling | felt | cry | crying | cried | just heavy | feels heavy | feel heavy | felt heavy | heavy heart | heavy day | heavy week | weighs on | weighing on | weighed on`)

// lightFeelings are the feelings a gripe may carry and still be answered
// lightly.
var lightFeelings = map[string]bool{"tiredness": true, "anger": true, "embarrassment": true, "joy": true, listen.None: true}

// gripeReply answers a complaint lightly and kindly, naming what it was
// about when the message opens with it ("the bus", "my boss", "mondays").
func gripeReply(text string) string {
	padded := lowPadded(text)
	if hasPhrase(padded, tiredCues) {
		return pick(text, []string{
			"Oof, that sounds like a long one. I hope you get to put your feet up soon.",
			"That sounds tiring. Go easy on yourself tonight; you've earned a rest.",
		})
	}
	if subj := gripeSubject(text); subj != "" && nuisance(text) {
		// A noise or a habit put up with is annoying, not a slog.
		return strings.ReplaceAll(pick(text, []string{
			"Ugh, {s} — that sounds properly annoying. Here's hoping for a break from it soon.",
			"Ugh, sorry about {s}. That's a lot to put up with, and it's fair to be fed up.",
		}), "{s}", subj)
	}
	if subj := gripeSubject(text); subj != "" {
		return strings.ReplaceAll(pick(text, []string{
			"Oof, {s}! That sounds like a real slog. I hope the rest of your day is kinder to you.",
			"Ugh, {s} — that sounds properly annoying. Here's hoping for a break from it soon.",
			"Ugh, sorry about {s}. That sounds like a lot to put up with.",
		}), "{s}", subj)
	}
	return orThing(text, true, pick(text, []string{
		"Oof, that sounds like a rough one. I hope things ease up soon.",
		"Ugh, that sounds properly annoying. I hope the rest of the day goes easier.",
	}))
}

// subjectEnds are the words after which the thing complained about ends:
// "the train this morning WAS a nightmare".
var subjectEnds = wordset.Of(`is was are were has have had been keeps kept should will wont won't cant can't just
isnt isn't wasnt wasn't arent aren't hasnt hasn't havent haven't doesnt doesn't dont don't didnt didn't still never`)

// subjectStarts may open what a complaint is about.
var subjectStarts = wordset.Of(`the this that these those my our work mondays monday traffic wifi`)

// gripeSubject is what a complaint opens with, in the second person ("my
// boss" → "your boss"), or "" when it opens otherwise ("i'm so done…",
// "ugh").
func gripeSubject(text string) string {
	f := strings.Fields(foldText(listen.Unfilled(text)))
	for len(f) > 0 && (f[0] == "ugh" || f[0] == "ughh" || f[0] == "omg" || f[0] == "man" || f[0] == "so") {
		f = f[1:]
	}
	if len(f) < 2 {
		return ""
	}
	first := strings.TrimSuffix(f[0], "'s")
	if !subjectStarts[first] && !strings.HasSuffix(first, "s") {
		return ""
	}
	end := -1
	for i, w := range f[:min(len(f), 6)] {
		if subjectEnds[w] {
			end = i
			break
		}
		// "wifi's been down": "'s" is "is" or "has" here, not "flatmate's music".
		if c, ok := strings.CutSuffix(w, "'s"); ok && c != "" && i+1 < len(f) && contractionNext[f[i+1]] {
			f[i] = c
			end = i + 1
			break
		}
	}
	if end <= 0 {
		return ""
	}
	words := f[:end]
	if len(words) > 4 {
		return ""
	}
	for i, w := range words {
		switch w {
		case "my", "our":
			words[i] = "your"
		case "this":
			// Said back from the other side: "this commute" is "that commute".
			words[i] = "that"
		case "these":
			words[i] = "those"
		case "i", "im", "i'm", "it", "its", "everything", "everyone", "nothing", "life":
			return ""
		}
		if d, ok := weekdayNames[strings.TrimSuffix(w, "s")]; ok {
			words[i] = d + strings.TrimPrefix(w, strings.TrimSuffix(w, "s"))
		}
	}
	return strings.Join(words, " ")
}

// contractionNext are words after which "'s" is "is" or "has".
var contractionNext = wordset.Of(`been gone got so always not never a the really totally down out off broken dead`)

// weekdayNames are written with a capital when said back.
var weekdayNames = map[string]string{"monday": "Monday", "tuesday": "Tuesday", "wednesday": "Wednesday",
	"thursday": "Thursday", "friday": "Friday", "saturday": "Saturday", "sunday": "Sunday"}

// goodNewsCues tell of something that went well for the person.
var goodNewsCues = phrases(`got the job | got a job | new job | got promoted | promotion | passed | graduated | finished my |
handed in | got engaged | engaged | got a puppy | got a kitten | new puppy | new kitten | adopted a | rescued a | got in | got accepted | made it | finally did | did it | so proud | proud of myself |
killed it | nailed it | nailed my | smashed it | smashed my | crushed it | aced | went well | went really well | went great | won the | we won | i won |
had such a good | had a great | had a lovely | had the best | best day | great day | lovely day | good day`)

// reGotIntoPlace is a place won on a course, at a school or in a team:
// "i got into the masters course!!", "got onto the apprenticeship
// scheme". Something got into as a pastime ("got into knitting") is not
// one.
var reGotIntoPlace = mustPattern(`\bgot (?:into|onto|a place on|a place at|a spot on|a spot in) (?:the |a |an |my |our )?(?:\w+ ){0,3}(?:course|uni|university|college|school|program|programme|masters|phd|degree|academy|team|squad|band|choir|orchestra|apprenticeship|scheme|conservatory|residency|fellowship|internship)\b`)

// reNotGood is a good word said with "not" before it: "not great", "isn't
// doing so well", "not feeling good at all".
var reNotGood = mustPattern(`\b(?:not|isnt|isn't|isn t|aint|ain't|never|hardly|far from)\s+(?:(?:doing|feeling|looking|coping|holding up|so|too|that|very|really|all that|super|exactly)\s+){0,2}(?:great|good|well|amazing|brilliant|fine|happy|ok|okay|alright|too good|the best)\b`)

// goodNews reports whether text shares good news of the person's own or a
// good moment, asking nothing: "got the job!!!", "had such a good catch up".
func goodNews(text string) bool {
	if asksSomething(text) {
		return false
	}
	if badNews(text) || reNotGood.MatchString(foldText(text)) {
		// "passed away", "passed out", "didn't get the job", "not great
		// tbh, he's in bits": never glad.
		return false
	}
	if k, low := findLow(text); low && !moodKinds[k.name] {
		// "my brother was cruel to me and everyone laughed along": a
		// hurt, whatever glad word is in it.
		return false
	}
	if hasPhrase(lowPadded(text), goodNewsCues) || reBestEver.MatchString(foldText(text)) || reGotIntoPlace.MatchString(foldText(text)) {
		return true
	}
	f := listen.Feel(text)
	return f.Sure() && (f.Label == "pride" || f.Label == "joy" || f.Label == "relief")
}

// goodNewsReply is glad with the person: congratulations for something
// done, warmth for a good moment.
func goodNewsReply(text string) string {
	if newsAlone(text) {
		return newsAloneReply(text)
	}
	padded := lowPadded(text)
	f := listen.Feel(text)
	if pet := newPet(text); pet != "" {
		line := "Aw, a new " + pet + "! That's so exciting."
		if m := rePetName.FindStringSubmatch(foldText(text)); m != nil {
			line += " " + upFirstWord(m[1]) + " is a lovely name."
		}
		switch textPronoun(text) {
		case "her":
			return line + " How is she settling in?"
		case "him":
			return line + " How is he settling in?"
		}
		return line + " How are they settling in?"
	}
	switch {
	case f.Label == "relief" && f.Sure():
		return pick(text, []string{"What a relief! I'm glad that's off your shoulders.", "Phew — that must feel so much lighter."})
	case f.Label == "joy" && f.Sure() || reBestEver.MatchString(foldText(text)) || hasPhrase(padded, goodTimeCues):
		return orThing(text, false, pick(text, gladLines))
	}
	if line := ownNewsCongrats(text); line != "" {
		return line
	}
	if othersGladNews(text) {
		// Someone else's news: glad for them, no "well done" to the
		// person.
		return othersGladLine(text)
	}
	return pick(text, []string{
		"Congratulations — that's brilliant news! You must be so pleased.",
		"Well done, that's brilliant! I hope you get to celebrate a little.",
	})
}

// gladLines answer a good time or a moment loved.
var gladLines = []string{
	"That sounds lovely — I'm really glad you had that.",
	"Oh, that's nice to hear. Here's to more moments like that.",
}

// goodTimeCues tell of a good time had, answered gladly rather than with
// congratulations.
var goodTimeCues = phrases(`had such a good | had a great | had a lovely | had the best |
best day | great day | lovely day | good day | catch up | catchup`)

// rePetName names a new pet: "his name is waffles", "we called her
// biscuit".
var rePetName = mustPattern(`\b(?:(?:his|her|its|their) name is|(?:called|named) (?:him|her|it)?) ?([a-z]+)\b`)

// newPet is the animal a message says the person has just got ("we got a
// puppy!!", "adopted a kitten"), or "".
func newPet(text string) string {
	f := strings.Fields(foldText(text))
	for i, w := range f {
		if !petGotWords[w] {
			continue
		}
		for j := i + 1; j < min(len(f), i+5); j++ {
			if petWords[f[j]] && (j+1 == len(f) || !petThings[f[j+1]]) {
				return f[j]
			}
		}
	}
	return ""
}

// petGotWords come before an animal that has just joined a home: "we
// picked up a rescue puppy", "brought home a kitten".
var petGotWords = wordset.Of(`got adopted adopting rescued new getting bought picked brought fostering fostered collected welcomed`)

// petThings follow an animal's word when a thing for it is meant: "picked
// up dog food".
var petThings = wordset.Of(`food toys toy bed beds lead leash treats biscuits hair sitter walker groomer vet insurance cage bowl`)

// reBestEver is a good moment said as a best: "the best pancakes of my
// life", "best night out in ages".
var reBestEver = mustPattern(`\bbest (?:\w+ ){1,3}(?:of my life|ever|in ages|in years|in forever|in a long time)\b`)

// A complaint often comes in two messages: "work is so annoying today",
// then what it is about ("my manager keeps dumping stuff on me last
// minute"), which on its own has no word of complaint left. After a light
// reply to a complaint, the next statement that asks nothing, tells no
// news or feeling of its own and is no request is heard as more of it.

// noteGripe remembers, after the reply to a complaint, that the person is
// letting off steam, unless another offer is open.
func (t *turn) noteGripe() {
	if t.p.Flow.Offer != nil || !gripe(t.text) {
		return
	}
	t.p.Flow.Offer = &Offer{Kind: "gripe", Request: t.text}
}

// gripeMoreLabels are what the classifier may call more of a complaint:
// a statement, whatever it reads like, but never a request, a courtesy or
// an answer.
var gripeMoreLabels = map[string]bool{understand.Smalltalk: true, understand.Feeling: true, understand.ContactNews: true,
	understand.Offtopic: true, understand.Ask: true}

// gripeMore answers more of a complaint just heard, and offers to help
// say something to the person it is about when it names one. It reports
// false, saying nothing, when no complaint was just heard or the message
// is something else: a question, a request, a nod, news, a low feeling.
func (t *turn) gripeMore() bool {
	o := t.p.Flow.Offer
	if o == nil || o.Kind != "gripe" && !o.Gripe {
		return false
	}
	if !t.moreOfGripe() {
		if o.Kind == "gripe" {
			t.p.Flow.Offer = nil
		}
		return false
	}
	t.p.Flow.Offer = nil
	t.say(pick(t.text, []string{
		"Ugh, that would wear anyone down. No wonder you're fed up.",
		"That makes it even more of a slog. It's fair to be fed up with it.",
		"Oof, that's a lot to keep putting up with. I'd be fed up too.",
	}))
	if p := people.Find(t.text); p.Confidence >= listenNameAt && p.Mention() != "" {
		t.offerDraftAbout(p, t.text)
	} else if p := people.Find(o.Request); o.Kind == "draft" && p.Confidence >= listenNameAt && p.Mention() != "" {
		// "he takes the credit too": still about the one named before,
		// whom the offer to write to stays for.
		t.p.Flow.Offer = o
		r := &t.replies[len(t.replies)-1]
		r.Choices = append(r.Choices, Choice{ID: "menu:draft", Label: "Write to " + p.Mention()})
	}
	if t.p.Flow.Offer == nil {
		t.p.Flow.Offer = &Offer{Kind: "gripe", Request: o.Request}
	}
	t.p.Flow.Offer.Gripe = true
	return true
}

// moreOfGripe reports whether the message tells more of a complaint in
// words of no complaint: a statement that is no nod, no question, no
// request, and carries no news or feeling heavier than being cross or
// worn out.
func (t *turn) moreOfGripe() bool {
	if len(strings.Fields(foldText(t.text))) <= nodWords || asksSomething(t.text) || asksToWrite(t.text) || gripe(t.text) {
		// A complaint of its own ("and my landlord is doing my head
		// in") is answered as one, naming what it is about.
		return false
	}
	if r := classify(t.text); r.Sure() && !gripeMoreLabels[r.Label] {
		return false
	}
	if _, low := findLow(t.text); low || goodNews(t.text) || reachedOut(t.text) || newsOfOthers(t.text) || badNews(t.text) {
		return false
	}
	f := listen.Feel(t.text)
	return !f.Sure() || lightFeelings[f.Label]
}

// reOwnFault is the person owning something they did to someone.
var reOwnFault = mustPattern(`\b(?:(?:was|wasn'?t|wasnt|was not|not) (?:fair|kind|nice|ok|okay) (?:on|to) (?:her|him|them|my \w+)|shouldn'?t have|shouldnt have|should not have|should have (?:called|texted|said|been)|i snapped|snapped at|i yelled|yelled at (?:her|him|them|my)|i was (?:rude|harsh|short|mean|out of order|a jerk|an idiot|horrible|awful) (?:to|with)|my fault|my bad|i messed up|i overreacted|took it out on|i owe (?:her|him|them) an apology)\b`)
