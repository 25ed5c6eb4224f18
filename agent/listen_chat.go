package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/understand"
)

// Small talk outside any flow gets a short reply in kind, the way a person
// would answer it: "how are you" gets an answer and the question back, a
// remark about the weather a remark, "ok cool" a nod. No menu, no guide.

// chatKinds are the labels of messages that are chat with the companion.
var chatKinds = map[string]bool{understand.Smalltalk: true, understand.BotQuestion: true, understand.Greeting: true}

// nodKinds are the labels of a short reply that only nods along: "nice
// one", "cool cool", "ok then".
var nodKinds = map[string]bool{understand.Smalltalk: true, understand.BotQuestion: true, understand.Greeting: true, understand.Thanks: true,
	understand.Goodbye: true, understand.Yes: true, understand.No: true, understand.Done: true}

// nodWords is the longest message read as a nod.
const nodWords = 4

// chatSure reports whether a result the classifier is unsure of is still
// surely chat: its likely labels are all kinds of chat ("how are you" sits
// between small talk and a question about the companion), or, for a few
// words, kinds of nod, and together they reach the classifier's bar. A
// guide paragraph in answer to "nice one" reads as not listening.
func chatSure(text string, r understand.Result) bool {
	kinds := chatKinds
	if len(strings.Fields(text)) <= nodWords && !looksLikeQuestion(text) {
		kinds = nodKinds
	}
	if !kinds[r.Label] {
		return false
	}
	var sum float64
	for _, s := range r.Ranked {
		if kinds[s.Label] {
			sum += s.Confidence
		}
	}
	return sum >= understand.SureThreshold
}

// smalltalkText answers chat with nothing to do: how are you, a joke, the
// weather, a remark. It answers in kind, briefly, and leaves the door open.
func smalltalkText(text, folded string) string {
	padded := " " + strings.ReplaceAll(folded, "'", "") + " "
	switch {
	case reUpTo.MatchString(folded):
		return pick(text, []string{
			"Not much — just here, ready to listen. How about you?",
			"Just keeping an ear out for you. How about you, what's your day looking like?",
		})
	case howAreYou(folded) || reHowsYour.MatchString(folded):
		lead := ""
		if hasPhrase(padded, []string{"good morning", "morning"}) {
			lead = "Morning! "
		}
		return lead + pick(text, []string{
			"I'm doing well, thanks for asking — a quiet day on my side. How's your day going?",
			"All good here, thank you. How are things with you?",
			"Not bad at all, thanks. And you, how are you doing?",
		})
	case hasAnyWord(folded, jokeWords):
		return pick(text, []string{
			"Jokes aren't my strong suit — I'd only get the punchline wrong. If someone always makes you laugh, though, now's a nice moment to tell them.",
			"I'm better with people than with punchlines, I'm afraid. A friend who makes you laugh might like to hear from you today.",
		})
	case hasAnyWord(folded, weatherWords) && (hasAnyWord(folded, fineWeatherWords) || strings.ContainsRune(text, '☀')) &&
		!hasAnyWord(folded, unhappyWords):
		// "finally sunny here": glad with them, not a sigh.
		return pick(text, []string{
			"Ooh, lovely — enjoy the sunshine! A bit of sun changes a whole day.",
			"Nice! Soak it up while it lasts. ☀️",
		})
	case reTimeFlies.MatchString(folded):
		// "where did the year go": agreed with, lightly.
		return pick(text, []string{
			"I know, right? It goes so fast. Anything you're looking forward to before the next one?",
			"Right? Time really flies. Anything nice coming up?",
		})
	case reRestDay.MatchString(folded) && !hasAnyWord(folded, unhappyWords):
		// "day off and still in my pyjamas": a rest well earned.
		return pick(text, []string{
			"Sounds like a proper lazy day, and a well-deserved one. Enjoy it!",
			"Honestly, that sounds lovely. Enjoy the slow day!",
		})
	case hasAnyWord(folded, weatherWords) && hasAnyWord(folded, cosyWords) && !hasAnyWord(folded, unhappyWords):
		// "rainy sunday, old films under a blanket": the weather kept
		// out, and a cosy time had, glad with them.
		return pick(text, []string{
			"That sounds lovely and cosy — the perfect way to spend weather like that. Enjoy it!",
			"Honestly, that sounds perfect. Let the weather do its thing outside.",
		})
	case weatherTold(text, folded):
		if line := weatherLine(text, folded); line != "" {
			// "its 35 degrees and my ac just broke": the heat named.
			return line
		}
		return pick(text, []string{
			"Ugh, weather like that can flatten a whole day. A good excuse for a cosy call with someone, maybe.",
			"The weather really does set the mood, doesn't it? Hope you've got somewhere comfy to be.",
		})
	case hasAnyWord(folded, boredWords):
		return pick(text, []string{
			"Bored can be a good moment to catch up with someone. Anyone you've been meaning to message?",
			"A slow moment, then. Is there someone you've been meaning to get back to?",
		})
	case allWords(folded, laughWords):
		return pick(text, []string{"Ha! 😄", "Haha, glad something's making you smile."})
	}
	if taste := tasteReply(text, folded); taste != "" {
		// "do you like pizza", "coffee or tea?": the thing asked about
		// named back (listen_taste.go).
		return taste
	}
	switch {
	case reAboutYou.MatchString(folded):
		// "whats ur favourite colour", "do u watch football": asked of
		// a program, honestly, and handed back.
		return pick(text, []string{
			"Being a program, I miss out on that one, sadly. What about you?",
			"Ha, being a program I don't get a say in that. What's yours?",
		})
	case dayRemark(folded) != "":
		return dayRemark(folded)
	case reOwnBirthday.MatchString(folded):
		return pick(text, []string{
			"Happy birthday! 🎂 I hope today's a good one. Doing anything nice?",
			"Oh, happy birthday! I hope someone's spoiling you a little today. Any plans?",
		})
	case gripe(text):
		return gripeReply(text)
	case goodNews(text):
		return goodNewsReply(text)
	case reachedOut(text):
		return contactLine(text)
	case reStory.MatchString(folded):
		// "i had the weirdest dream": a story about to be told.
		return pick(text, []string{"Ooh, go on — what happened?", "Ha, now I'm curious. What happened?"})
	case reBackFrom.MatchString(folded):
		return pick(text, []string{"Nice! How was it?", "Ooh, welcome back. How was it?"})
	case reNewThing.MatchString(folded):
		// "ive started learning the guitar": something new of theirs.
		return pick(text, []string{"Ooh, nice! How are you finding it so far?", "That's great — what got you into it?"})
	case rePlans.MatchString(folded) || reVisit.MatchString(folded):
		// "watching the football tonight": something to look forward to.
		return pick(text, []string{"Ooh, enjoy! Is it something you've been looking forward to?", "Nice, have fun! Who are you with?"})
	case reJustDid.MatchString(folded):
		// "just got back from the gym": asked about, as a friend would,
		// unless the message already says how it was.
		if r := reactionReply(text); r != "" {
			return r
		}
		return orThing(text, false, pick(text, []string{"Nice! How was it?", "Ooh, how did it go?"}))
	case reactionReply(text) != "":
		// "watched the new dune film last night, so good".
		return reactionReply(text)
	case len(strings.Fields(folded)) > nodWords && toneReply(text, dayTone(text)) != "":
		// "my plants are finally growing tomatoes": answered in the tone
		// it is told in.
		return toneReply(text, dayTone(text))
	case shortGlad(text):
		// "friyay 🎉 finally": a few glad words are glad news too.
		return toneReply(text, toneGlad)
	case len(strings.Fields(folded)) > nodWords:
		// News of the day, neither good nor bad: "sounds good" to "my cat
		// knocked my coffee over" would not have listened.
		return orThing(text, false, pick(text, []string{
			"Thanks for telling me how it's going. How's the rest of your day looking?",
			"Ha, days are like that. Anything else on your mind today?",
		}))
	}
	return pick(text, []string{
		"Sounds good. I'm around if anything's on your mind.",
		"Nice. I'm here whenever you want to chat or write to someone.",
		"Fair enough! I'm here if you need me.",
	})
}

var (
	// reHowsYour asks after the companion's day: "hows ur evening going".
	reHowsYour = mustPattern(`\bhow(?:'?s| is| was) (?:your|ur|you're) (?:day|evening|morning|night|week|weekend|afternoon)\b`)
	// reUpTo asks what the companion is doing.
	reUpTo = mustPattern(`\b(?:wyd|what (?:are|r) (?:you|u|ya) (?:doing|up to)|what(?:'?s| is) (?:your|ur) (?:plan|plans)|you up to)\b`)
	// reStory opens a story: "i had the weirdest dream last night",
	// "guess what happened at work".
	reStory = mustPattern(`\b(?:i had (?:the|such a|a really|a) (?:weirdest|strangest|funniest|craziest|oddest|wildest|scariest|weird|strange|funny|crazy|wild)|guess what|you wont believe|you won't believe)\b`)
	// reBackFrom tells of coming back from something: "back from a walk".
	reBackFrom = mustPattern(`^(?:(?:just|finally|ok|so) )*(?:back|home) from\b`)
	// rePlans tells of something about to happen: "watching the football
	// tonight", "off to a gig later".
	rePlans = mustPattern(`^(?:(?:just|about to|so|finally) )*(?:watching|off to|heading (?:out|off|to)|going to (?:a|the|see)|gonna (?:watch|see|go)|getting ready for|about to (?:watch|go|head))\b`)
	// reJustDid tells of something just done: "just got back from the gym".
	reJustDid = mustPattern(`\bjust (?:got back|got home|got in|came back|finished|had|been|went|did)\b`)
	// reAboutYou asks the companion about its tastes or its day.
	reAboutYou   = mustPattern(`\b(?:do|did|have|would|can|what(?:'?s| is| are)?|whats|which) (?:u|you|ya|ur|your)\b`)
	weatherWords = wordset.Of(`rain raining rainy weather hot heat cold freezing snow snowing sunny sun windy storm humid grey gray`)
	boredWords   = wordset.Of(`bored boring boredom`)
	// cosyWords are the comforts of a day indoors.
	cosyWords = wordset.Of(`blanket blankets duvet sofa couch cosy cozy snuggled snuggling curled fire fireplace candles
candle cocoa chocolate tea movie movies film films book books pyjamas pjs jammies soup baking`)
	// fineWeatherWords make a remark on the weather a glad one.
	fineWeatherWords = wordset.Of(`sunny sunshine warm gorgeous glorious beautiful lovely blue`)
	// reTimeFlies remarks on time going fast: "where did the year go",
	// "cant believe its already december".
	reTimeFlies = mustPattern(`\b(?:where did (?:the|this|that) (?:year|month|week|summer|weekend|day|time) go|time flies|time is flying|(?:year|month|week|summer|weekend) (?:has )?flew by|(?:year|month|week|summer|weekend) (?:has )?flown|(?:cant|can't) believe (?:its|it's|it is) already)\b`)
	// reRestDay is a day of rest told: "day off and still in pyjamas",
	// "having a lazy day".
	reRestDay  = mustPattern(`\b(?:day off|days off|lazy day|lazy morning|lazy sunday|lazy saturday|lie in|duvet day|sofa day|(?:in|still in) (?:my )?(?:pyjamas|pajamas|pjs|dressing gown))\b`)
	laughWords = wordset.Of(`lol lmao haha hahaha hahahaha hehe rofl xd`)
)

// shortGlad reports a message of a few words that the intent classifier
// reads as small talk rather than a nod, and that sounds surely glad.
func shortGlad(text string) bool {
	if classify(text).Label != understand.Smalltalk || hasAnyWord(foldText(text), unhappyWords) {
		return false
	}
	r := toneClassifier().Classify(text)
	return r.Label == toneGlad && r.Confidence >= gladSure
}

// chatNews reports a message told as chat, not for the guide: a gripe,
// good news, a story about to be told, a plan, a return from somewhere.
func chatNews(text string) bool {
	if asksSomething(text) {
		return false
	}
	folded := foldText(text)
	if goodNews(text) && !readTold(text).self && ownFeelingSaid(text) {
		// "everyone's getting engaged and i'm just here, alone": the
		// glad words are about others, the low ones about the person,
		// and what the person feels is what is told.
		return false
	}
	if gripe(text) || goodNews(text) || reachedOut(text) || reStory.MatchString(folded) || reBackFrom.MatchString(folded) ||
		rePlans.MatchString(folded) || dayRemark(folded) != "" || hasAnyWord(folded, showWords) && reactionReply(text) != "" ||
		weatherRemark(text) {
		return true
	}
	if _, low := findLow(text); low {
		// "nobody remembered my birthday today" is no birthday greeting.
		return false
	}
	return reVisit.MatchString(folded) || reNewThing.MatchString(folded) || reOwnBirthday.MatchString(folded)
}

// allWords reports whether every word of folded text is in set.
func allWords(folded string, set map[string]bool) bool {
	f := strings.Fields(folded)
	for _, w := range f {
		if !set[w] {
			return false
		}
	}
	return len(f) > 0
}

// idleNod answers "ok cool", "nah" and the like with nothing going on: a
// paused flow is offered back as usual, else a short nod, no menu.
func (t *turn) idleNod() {
	if p := t.p.Flow.Paused; p != nil && !p.Held {
		t.idleControl()
		return
	}
	if flatAlone(foldText(t.text)) {
		// "not great tbh", "meh": a flat mood, not a nod (listen_flat.go).
		t.feeling()
		return
	}
	if gripe(t.text) {
		// "ugh long day" is no "ok": a nod would not have listened.
		t.say(gripeReply(t.text))
		t.noteGripe()
		return
	}
	t.say(pick(t.text, []string{
		"Cool. I'm here whenever you need me.",
		"Okay! Just say if there's anything on your mind.",
		"Sounds good. I'm around.",
	}))
}

// Reactions that already say how something went: "we just watched a film
// where the hero dies, i cried so much" needs no "how was it?".
var (
	tearCues = phrases(`cried | crying | sobbed | sobbing | in tears | teared up | tearing up | bawled | bawling | wept |
i cry | i cry in | made me cry | makes me cry | want to cry | wanna cry | could cry | cry myself | cry every | cry at night`)
	loveCues = phrases(`loved it | loved every | so good | was amazing | was brilliant | was great | was lovely | so much fun |
laughed so | was fun | had a blast | best ever`)
	flopCues = phrases(`hated it | was awful | was terrible | was rubbish | was boring | so boring | waste of time |
was a disaster | went badly | went wrong`)
)

// sorrowLabels are the feelings a cry is no film's.
var sorrowLabels = map[string]bool{"grief": true, "illness": true, "breakup": true, "hurt": true, "loneliness": true}

// reactionReply answers the reaction a message tells of, or returns ""
// when it tells of none.
func reactionReply(text string) string {
	padded := lowPadded(text)
	switch {
	case hasPhrase(padded, tearCues):
		if f := listen.Feel(text); f.Sure() && sorrowLabels[f.Label] {
			// "just got back from my gran's funeral, i cried so much"
			return "I'm so sorry. That sounds like a really hard day. Do you want to talk about it?"
		}
		return pick(text, []string{
			"Oh, that sounds like it really got to you. Want to tell me about it?",
			"That sounds like it stayed with you. Want to tell me about it?",
		})
	case hasPhrase(padded, flopCues):
		return pick(text, []string{
			"Oh no — not what you hoped, then. What happened?",
			"Ah, that's a shame. What went wrong?",
		})
	case hasPhrase(padded, loveCues):
		return orThing(text, false, pick(text, gladLines))
	}
	return ""
}

// contactLine is glad about time spent or words shared with someone.
func contactLine(text string) string {
	return pick(text, []string{
		"Oh, that's lovely — I'm really glad you got in touch. It sounds like it meant something.",
		"That sounds really nice. Moments like that are what keeps people close; I'm glad you had it.",
	})
}

// leadNods open a reply that agrees or declines before saying more.
var leadNods = wordset.Of(`yes yeah yea yep yup ya ye sure ok okay no nope nah not really i mean well honestly tbh so and but`)

// moreThanNod reports whether folded says three words or more beyond a
// leading yes or no: "yeah its been like that for months".
func moreThanNod(folded string) bool {
	f := strings.Fields(folded)
	i := 0
	for i < len(f) && leadNods[f[i]] {
		i++
	}
	return len(f)-i >= 3
}
