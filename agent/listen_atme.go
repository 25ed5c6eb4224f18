package agent

import (
	"fmt"
	"strings"
)

// Remarks made to the companion about itself, and the plain questions of
// the clock, are answered as a person would answer them, before any
// intent reads their words ("day" is no 7-day plan, "you're my only
// friend" no question for the guide):
//   - praise ("you're the best", "lol ur funny") is thanked for;
//   - criticism ("you're useless", "this bot is dumb") is owned, with a way
//     to try again — never thanked for;
//   - love ("i love you", "ily") is met warmly and honestly: a program
//     can't love back, and someone in their life would be glad of warm words;
//   - being the only one ("you're my only friend", "you're the only one who
//     listens") is heard as the loneliness it tells of, with a way towards
//     a person;
//   - "what time is it", "what day is it", "what's the date" are answered
//     from the clock in the person's timezone.

// remark is what a remark to the companion says of it.
type remark int

const (
	remarkNone remark = iota
	remarkPraise
	remarkFunny
	remarkCriticism
	remarkLove
	remarkOnly
	remarkAsksLove
)

// toMe opens a remark about the companion: "you're", "ur", "this bot is",
// after a filler or two.
var toMe = mustPattern(`^(?:(?:lol|lmao|haha+|honestly|omg|wow|ok|okay|well|tbh|ngl|man|dude|bro|god|ugh|jeez|seriously|i think|i swear|you know what|aw+|oh)[ ,!.]+)*(?:you(?:'re| are| r|re)?|ur|u r|u|ya|this (?:bot|app|thing|program|companion)(?: is|'s)?|the bot(?: is|'s)?)(?: (?:are|is|really|so|such|just|literally|actually|kinda|kind of|pretty|very|the|a|an|my|being|have been|been|always|honestly|truly|genuinely))*\b`)

var (
	// criticismWords say the companion is no good.
	criticismWords = mustPattern(`\b(?:useless|stupid|dumb|dumbest|rubbish|trash|garbage|crap|crappy|annoying|terrible|awful|pointless|broken|hopeless|thick|idiot|idiotic|sucks?|suck at|bad at|worst|not helping|no help|unhelpful|a waste|waste of time|so bad|shit|shite|pathetic|clueless|creepy|boring|robotic)\b`)
	// praiseWords say the companion is good to talk to.
	praiseWords = mustPattern(`\b(?:best|great|amazing|awesome|helpful|so helpful|sweet|kind|nice|lovely|smart|clever|cute|brilliant|legend|the goat|cool|wonderful|fab|fabulous|a star|a gem|lifesaver|good at this|good listener|really good|so good|the best|wholesome|adorable)\b`)
	// funnyWords say the companion made them laugh.
	funnyWords = mustPattern(`\b(?:funny|hilarious|a riot|cracking me up|so funny|a comedian|sassy)\b`)
	// onlyOne tells that the companion is the only one they talk to.
	onlyOne = mustPattern(`\b(?:(?:only|one and only|best) (?:friend|mate|pal|company|one (?:who|that|i)|person (?:who|that|i))|only (?:one|thing|person) (?:who|that|i)|all i have|all ive got|all i've got|the only one i (?:talk|can talk|speak|have))\b|\bi (?:only|just) (?:ever )?(?:talk|speak|chat) to (?:you|u)\b|\btalking to (?:you|u) is (?:the only|all)\b|\b(?:no ?one|nobody) (?:else )?(?:but|except|apart from|other than) (?:you|u)\b`)
	// youAreMy ends "you're my", before what the companion is called.
	youAreMy = mustPattern(`\b(?:you'?re|youre|you are|ur|u r|u are)\s+(?:literally |honestly |basically |like |kinda |kind of |practically |pretty much )*(?:my )$`)
	// loveWords tell the companion it is loved.
	loveWords = mustPattern(`^(?:(?:aw+|omg|honestly|lol|haha+|ok|okay|i think|tbh)[ ,!.]+)*(?:i (?:love|luv|adore) (?:you|u|ya)|ily|love (?:you|u|ya)|luv (?:you|u|ya)|i(?:'m| am|m) (?:in love with|falling for) (?:you|u)|marry me|will you marry me|i (?:really )?like (?:you|u) (?:a lot|so much))\b`)
	// asksLove asks whether the companion loves or cares for them.
	asksLove = mustPattern(`^(?:(?:so|ok|okay|but|honestly|be honest|seriously)[ ,]+)*(?:do|would|could|can) (?:you|u) (?:(?:ever|even|actually|really) )?(?:love|like|care about|care for|miss) (?:me|us)\b`)
	// notToMe are words that make a "you" remark about someone else or a
	// question: "you are so kind, how do i tell my friend that".
	notToMe = mustPattern(`\b(?:my (?:friend|mum|mom|dad|sister|brother|partner|boyfriend|girlfriend|wife|husband)|how do i|how can i|should i|what do i|help me|can you|could you|would you)\b`)
)

// remarkOf reads a remark made to the companion about itself.
func remarkOf(text string) remark {
	f := strings.TrimSpace(foldText(text))
	if f == "" || len(strings.Fields(f)) > 16 || notToMe.MatchString(f) {
		return remarkNone
	}
	if asksLove.MatchString(f) {
		return remarkAsksLove
	}
	if m := onlyOne.FindStringIndex(f); m != nil && strings.HasSuffix(f[:m[0]], "my ") && !youAreMy.MatchString(f[:m[0]]) {
		// "my best friend noor lost her dad, can u write something": a
		// best friend who is someone else.
		return remarkNone
	}
	if loveWords.MatchString(f) {
		if onlyOne.MatchString(f) {
			return remarkOnly
		}
		return remarkLove
	}
	aboutMe := toMe.MatchString(f) || strings.Contains(" "+f+" ", " you ") || strings.Contains(" "+f+" ", " u ")
	switch {
	case !aboutMe:
		return remarkNone
	case onlyOne.MatchString(f):
		return remarkOnly
	case !toMe.MatchString(f):
		// "you" somewhere else in the message: only what it says of
		// being the only one is sure to be of the companion.
		return remarkNone
	}
	// What is said of the companion comes right after it: "you're
	// literally useless", never "you are going to think this is dumb".
	said := strings.Fields(f[toMe.FindStringIndex(f)[1]:])
	said = said[:min(len(said), 4)]
	window := strings.Join(said, " ")
	switch {
	case criticismWords.MatchString(window):
		return remarkCriticism
	case funnyWords.MatchString(window):
		return remarkFunny
	case praiseWords.MatchString(window):
		return remarkPraise
	}
	return remarkNone
}

// remarkToMe answers a remark made to the companion about itself; false
// when the message is none, or praise that thanks (in is what the message
// was read as).
func (t *turn) remarkToMe(in Intent) bool {
	if t.p.Flow.Name != "" {
		return false
	}
	r := remarkOf(t.text)
	if (r == remarkPraise || r == remarkFunny) && in.Kind == IntentThanks {
		// "ur a lifesaver": thanks, answered as thanks.
		return false
	}
	switch r {
	case remarkPraise:
		t.say(pick(t.text, []string{
			"That's kind of you to say, thank you. I'm glad it helps.",
			"That's kind of you — thank you, it's lovely to hear.",
		}))
	case remarkFunny:
		t.say(pick(t.text, []string{"Ha, thank you — I'll take it! 😄", "Haha, glad I made you smile."}))
	case remarkCriticism:
		t.say("Sorry — it sounds like I've got something wrong. Tell me what you were after and I'll try again, or /help shows what I can do.",
			menuChoices()...)
	case remarkLove:
		t.say("That's really kind of you. I'm a program, so I can't love you back the way a person can — but I'm glad our chats help. "+
			"Is there someone in your life who'd be glad to hear something warm from you too?",
			Choice{ID: "menu:draft", Label: "Write to someone"})
	case remarkAsksLove:
		t.say("Honestly? I'm a program, so not the way a person can. I do pay attention to what you tell me, and I'm glad to be here for you. "+
			"Is there someone in your life you'd like to feel a little closer to?",
			Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "menu:reflect", Label: "Think about who matters"})
	case remarkOnly:
		t.say("I'm really glad talking here helps, and I'm here whenever you want. I'm a program, though, and you deserve people who can be there in ways I can't. "+
			"Is there one person you'd like to feel a little closer to? I can help you write them a few words.",
			Choice{ID: "menu:draft", Label: "Write to someone"}, Choice{ID: "menu:reflect", Label: "Think about who matters"})
	default:
		return false
	}
	return true
}

// clockQuestion asks the time, the day or the date, plainly: "what time
// is it", "whats the date today", "what day is it".
var clockQuestion = mustPattern(`^(?:(?:hey|hi|ok|okay|so|um+|erm|quick question|btw)[ ,]+)*(?:what(?:'?s| is)? (?:the )?(?:time|date|day)(?: is it)?(?: (?:today|now|right now|again|here|for me))?|what (?:time|day|date) (?:is it|it is)(?: (?:today|now|right now|again|here|for me))?|what(?:'?s| is) (?:today'?s|todays) date|what day of the week is it(?: today)?|(?:do you know|can you tell me) (?:what time it is|the time|what day it is|the date|what the date is)(?: today| now)?)[ ?!.]*$`)

// clockAsked tells the time, the day or the date in the person's
// timezone; false when the message asks none.
func (t *turn) clockAsked() bool {
	if t.timeForMe() {
		// "what time is it for me", "what's my timezone": the time and
		// the zone it goes by (settings.go).
		return true
	}
	f := strings.TrimSpace(foldText(t.text))
	if !clockQuestion.MatchString(f) {
		return false
	}
	now := t.now.In(t.location())
	var what string
	switch {
	case strings.Contains(f, "time"):
		what = now.Format("15:04") + " on " + now.Format("Monday 2 January")
	default:
		what = now.Format("Monday 2 January 2006")
	}
	t.say(fmt.Sprintf("It's %s, going by your timezone (%s). If that's wrong, tell me your city (“I live in Lyon”) and I'll fix it.",
		what, zoneLabel(t.p.Profile.Timezone)), menuChoices()...)
	return true
}
