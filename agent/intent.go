package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Intent is what a message asks for, as far as rules can tell.
type Intent struct {
	// Kind is one of the Intent* constants.
	Kind string
	// Command is true when the message was a command: "/draft", "!draft" or
	// "/draft@botname".
	Command bool
	// Arg is the text after the command word, trimmed ("/draft Sam" gives
	// "Sam"); for free text it is the whole trimmed text.
	Arg string
}

// Intent kinds. IntentNone means the rules found nothing; the caller decides
// from the context (a running flow takes the text as an answer).
const (
	IntentNone           = ""
	IntentStart          = "start"
	IntentHelp           = "help"
	IntentReflect        = "reflect"
	IntentDraft          = "draft"
	IntentAsk            = "ask"
	IntentPlan           = "plan"
	IntentRemind         = "remind"
	IntentContacts       = "contacts"
	IntentCancel         = "cancel"
	IntentExport         = "export"
	IntentForget         = "forget"
	IntentPrivacy        = "privacy"
	IntentSettings       = "settings"
	IntentGreeting       = "greeting"
	IntentThanks         = "thanks"
	IntentFeeling        = "feeling" // lonely, disconnected, sad about friendships
	IntentYes            = "yes"
	IntentNo             = "no"
	IntentSkip           = "skip"
	IntentBack           = "back"
	IntentPause          = "pause"
	IntentDone           = "done"
	IntentResume         = "resume" // carry on with what was paused, or with the prompt on screen
	IntentUnknownCommand = "unknown-command"
)

// commandWords maps a command word, and a few natural aliases, to its intent.
var commandWords = map[string]string{
	"start":     IntentStart,
	"help":      IntentHelp,
	"reflect":   IntentReflect,
	"draft":     IntentDraft,
	"ask":       IntentAsk,
	"plan":      IntentPlan,
	"remind":    IntentRemind,
	"reminders": IntentRemind,
	"reminder":  IntentRemind,
	"contacts":  IntentContacts,
	"contact":   IntentContacts,
	"quit":      IntentCancel,
	"menu":      IntentHelp,
	"setting":   IntentSettings,
	"cancel":    IntentCancel,
	"stop":      IntentCancel,
	"export":    IntentExport,
	"forget":    IntentForget,
	"privacy":   IntentPrivacy,
	"settings":  IntentSettings,
}

// ParseIntent classifies one message. Commands are recognised with "/" or
// "!", an optional "@botname" suffix and in any case; free text is matched
// against phrase rules. Short control words ("no", "skip", "done") only count
// when they are (nearly) the whole message.
func ParseIntent(text string) Intent {
	text = strings.TrimSpace(text)
	if text == "" {
		return Intent{}
	}
	if in, ok := parseCommand(text); ok {
		return in
	}
	return Intent{Kind: freeTextIntent(text), Arg: text}
}

// parseCommand reads "/word@bot rest". It reports false when the text does
// not start like a command at all ("!!!", "/ 2", ":)").
func parseCommand(text string) (Intent, bool) {
	if text[0] != '/' && text[0] != '!' {
		return Intent{}, false
	}
	body := text[1:]
	end := strings.IndexFunc(body, unicode.IsSpace)
	word, rest := body, ""
	if end >= 0 {
		word, rest = body[:end], strings.TrimSpace(body[end:])
	}
	if at := strings.IndexByte(word, '@'); at >= 0 {
		word = word[:at]
	}
	r, _ := utf8.DecodeRuneInString(word)
	if word == "" || !unicode.IsLetter(r) {
		return Intent{}, false
	}
	kind, ok := commandWords[strings.ToLower(word)]
	if !ok {
		kind = IntentUnknownCommand
	}
	return Intent{Kind: kind, Command: true, Arg: rest}, true
}

// foldText lowercases s, straightens curly quotes and apostrophes, turns
// every character that is not a letter, digit or apostrophe into a space and
// collapses runs of spaces. Apostrophes are kept so "what's" stays one word.
func foldText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '\u0060', '\u00b4':
			r = '\''
		}
		if r == '\'' {
			if !space {
				b.WriteRune(r)
			}
			continue
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// controlPhrases are replies that steer a flow. They match only when they
// make up the whole message, give or take polite filler.
var controlPhrases = map[string]string{
	"yes": IntentYes, "yeah": IntentYes, "yea": IntentYes, "yep": IntentYes, "yup": IntentYes,
	"sure": IntentYes, "ok": IntentYes, "okay": IntentYes, "okey": IntentYes, "k": IntentYes,
	"please": IntentYes, "yes please": IntentYes, "y": IntentYes, "of course": IntentYes,
	"sure thing": IntentYes, "go ahead": IntentYes, "go for it": IntentYes, "let's do it": IntentYes,
	"lets do it": IntentYes, "sounds good": IntentYes, "alright": IntentYes, "all right": IntentYes,
	"absolutely": IntentYes, "definitely": IntentYes, "why not": IntentYes, "ok sure": IntentYes,
	"yes sure": IntentYes, "yeah sure": IntentYes, "i'd like that": IntentYes, "i would like that": IntentYes,
	"ja": IntentYes, "si": IntentYes, "oui": IntentYes,

	"no": IntentNo, "nope": IntentNo, "nah": IntentNo, "n": IntentNo, "not now": IntentNo,
	"no thanks": IntentNo, "no thank you": IntentNo, "not really": IntentNo, "not today": IntentNo,
	"no need": IntentNo, "maybe not": IntentNo, "not right now": IntentNo, "nein": IntentNo,
	"i'm good": IntentNo, "im good": IntentNo, "no it's fine": IntentNo, "no that's fine": IntentNo,

	"skip": IntentSkip, "pass": IntentSkip, "next": IntentSkip, "next question": IntentSkip,
	"skip this": IntentSkip, "skip it": IntentSkip, "skip this one": IntentSkip, "skip that": IntentSkip,
	"i'll pass": IntentSkip, "ill pass": IntentSkip, "i'd rather not say": IntentSkip,
	"rather not say": IntentSkip, "move on": IntentSkip, "let's move on": IntentSkip,

	"back": IntentBack, "go back": IntentBack, "previous": IntentBack, "previous question": IntentBack,
	"undo": IntentBack, "back up": IntentBack, "one step back": IntentBack, "the previous one": IntentBack,

	"pause": IntentPause, "later": IntentPause, "let's stop here": IntentPause, "lets stop here": IntentPause,
	"stop here": IntentPause, "continue later": IntentPause, "let's continue later": IntentPause,
	"another time": IntentPause, "maybe later": IntentPause, "not now later": IntentPause,
	"i'll come back later": IntentPause, "let's pick this up later": IntentPause, "brb": IntentPause,
	"let's pause": IntentPause, "take a break": IntentPause, "remind me later": IntentPause,
	"ask me later": IntentPause, "ask me another time": IntentPause, "remind me another time": IntentPause,

	"done": IntentDone, "i'm done": IntentDone, "im done": IntentDone, "that's it": IntentDone,
	"thats it": IntentDone, "perfect": IntentDone, "looks good": IntentDone, "looks great": IntentDone,
	"that's perfect": IntentDone, "thats perfect": IntentDone, "finished": IntentDone, "all done": IntentDone,
	"that works": IntentDone, "that's great": IntentDone, "good enough": IntentDone, "i like it": IntentDone,
	"i love it": IntentDone, "that's good": IntentDone, "thats good": IntentDone, "this is good": IntentDone,
	"that's the one": IntentDone, "use that": IntentDone, "i'll use that": IntentDone,
	"i'll send that": IntentDone, "i'll send it": IntentDone, "send it": IntentDone,

	"continue": IntentResume, "carry on": IntentResume, "go on": IntentResume, "keep going": IntentResume,
	"let's continue": IntentResume, "lets continue": IntentResume, "let's carry on": IntentResume,
	"resume": IntentResume, "pick it up": IntentResume, "pick it up again": IntentResume,
	"pick up where we left off": IntentResume, "continue where we left off": IntentResume,
	"where were we": IntentResume, "where was i": IntentResume, "back to it": IntentResume,
	"let's get back to it": IntentResume, "lets get back to it": IntentResume,
	"back to the draft": IntentResume, "back to the message": IntentResume, "back to the reflection": IntentResume,
	"back to the questions": IntentResume, "ok where were we": IntentResume, "i'm back": IntentResume,
	"im back": IntentResume,

	"cancel": IntentCancel, "stop": IntentCancel, "quit": IntentCancel, "exit": IntentCancel,
	"never mind": IntentCancel, "nevermind": IntentCancel, "nvm": IntentCancel, "forget it": IntentCancel,
	"abort": IntentCancel, "stop this": IntentCancel, "stop it": IntentCancel, "cancel that": IntentCancel,
	"menu": IntentHelp, "main menu": IntentHelp, "start over": IntentStart,

	"thanks": IntentThanks, "thank you": IntentThanks, "thx": IntentThanks, "ty": IntentThanks,
	"cheers": IntentThanks, "thanks a lot": IntentThanks, "thank you so much": IntentThanks,
	"thanks so much": IntentThanks, "many thanks": IntentThanks, "much appreciated": IntentThanks,
	"thanks that helps": IntentThanks, "that helps": IntentThanks, "that helped": IntentThanks,
	"thank u": IntentThanks, "tysm": IntentThanks, "appreciate it": IntentThanks,

	"hi": IntentGreeting, "hello": IntentGreeting, "hey": IntentGreeting, "hiya": IntentGreeting,
	"heya": IntentGreeting, "howdy": IntentGreeting, "yo": IntentGreeting, "hallo": IntentGreeting,
	"good morning": IntentGreeting, "good afternoon": IntentGreeting, "good evening": IntentGreeting,
	"morning": IntentGreeting, "hi there": IntentGreeting, "hello there": IntentGreeting,
	"hey there": IntentGreeting, "greetings": IntentGreeting, "sup": IntentGreeting,

	"help": IntentHelp, "what can you do": IntentHelp, "how does this work": IntentHelp,
	"what do you do": IntentHelp, "commands": IntentHelp, "options": IntentHelp, "help me": IntentHelp,
	"what are you": IntentHelp, "who are you": IntentHelp, "how do you work": IntentHelp,
	"start": IntentStart, "get started": IntentStart, "let's start": IntentStart, "begin": IntentStart,
}

// fillerHead and fillerTail are polite words around a control phrase that do
// not change its meaning ("oh ok", "yes please", "no thanks mate").
var (
	fillerHead = []string{"oh ", "um ", "umm ", "uh ", "hmm ", "well ", "ah ", "ok ", "okay "}
	fillerTail = []string{
		" please", " pls", " thanks", " thank you", " then", " for now", " mate", " buddy",
		" friend", " companion", " bot", " again", " lol", " haha", " i think", " i guess",
		" everyone", " there", " now",
	}
)

// controlIntent reports the intent of a message that is just a control
// phrase, trying it with filler stripped from either end.
func controlIntent(folded string) (string, bool) {
	s := folded
	for range 3 {
		if k, ok := controlPhrases[s]; ok {
			return k, true
		}
		t := stripFiller(s)
		if t == s {
			break
		}
		s = t
	}
	// "yes, let's do it", "no thanks, not now": a control word followed only
	// by words that agree with it.
	if f := strings.Fields(folded); len(f) > 1 && len(f) <= 6 {
		if k, ok := controlPhrases[f[0]]; ok && (k == IntentYes || k == IntentNo) {
			rest := f[1:]
			if !slices.ContainsFunc(rest, func(w string) bool { return !agreeWords[k][w] }) {
				return k, true
			}
		}
	}
	// "never mind, forget it", "ok sure go ahead": control phrases of one
	// kind said one after the other.
	if f := strings.Fields(folded); len(f) > 1 && len(f) <= 8 {
		for i := 1; i < len(f); i++ {
			k, ok := controlPhrases[strings.Join(f[:i], " ")]
			if !ok {
				continue
			}
			if k2, ok := controlIntent(strings.Join(f[i:], " ")); ok && k2 == k {
				return k, true
			}
		}
	}
	// "yes yes", "no no no", "ok ok": repeated one-word replies.
	if f := strings.Fields(folded); len(f) > 1 && len(f) <= 3 {
		if k, ok := controlPhrases[f[0]]; ok && strings.Count(folded, f[0]) == len(f) {
			return k, true
		}
	}
	return "", false
}

// agreeWords may follow "yes" or "no" without changing the answer.
var agreeWords = map[string]map[string]bool{
	IntentYes: wordset.Of(`yes yeah yep sure ok okay please thanks thank you let's lets do it that sounds good great go ahead
why not of course definitely absolutely sure thing i'd like love to i would like that would be nice lovely perfect`),
	IntentNo: wordset.Of(`no nope nah thanks thank you not now right maybe later it's fine that's i'm good i'm ok okay today
really i don't think so sorry need`),
}

func stripFiller(s string) string {
	for _, h := range fillerHead {
		if t, ok := strings.CutPrefix(s, h); ok && t != "" {
			return t
		}
	}
	for _, tl := range fillerTail {
		if t, ok := strings.CutSuffix(s, tl); ok && t != "" {
			return t
		}
	}
	return s
}

// phraseRule maps a regular expression over folded text to an intent.
type phraseRule struct {
	kind string
	re   pattern
}

func rules(kind string, patterns ...string) []phraseRule {
	out := make([]phraseRule, len(patterns))
	for i, p := range patterns {
		// A rule may end the message on a letter outside ASCII ("call me
		// zoë") or on a mark ("call me jo!"), where \b sees no boundary.
		out[i] = phraseRule{kind: kind, re: mustPattern(`\b(?:` + p + `)(?:\b|$)`)}
	}
	return out
}

// requestRules are explicit requests; they win over everything else in free
// text, in this order.
var requestRules = concatRules(
	rules(IntentDraft,
		`(?:help|helping) (?:me )?(?:to )?(?:write|message|text|draft|email|reach out|contact|reply|respond|word|phrase|compose|get in touch|reconnect)`,
		`(?:write|draft|compose|send|prepare) (?:me )?(?:a |an |some )?(?:short |quick |little |small |gentle |warm |nice |kind |friendly |casual |first )?(?:message|text|note|check ?in|email|card|dm|reply|birthday message|letter)`,
		`(?:write|draft|compose) (?:something )?(?:to|for)`,
		`check ?in (?:message|text|note)`,
		`(?:draft|write) (?:a |an )?check ?in`,
		`what (?:should|could|can|do|would) i (?:say|write|text|send|tell) (?:to )?`,
		`how (?:should|could|can|do) i (?:word|phrase|start|begin|write) (?:a |an |my |the )?(?:message|text|email|reply|note)`,
		`(?:i want|i'd like|i would like|i need|i wanna) to (?:write|text|message|email|reach out) to`,
		`(?:i want|i'd like|i would like|i need|i wanna) to (?:write|text|message|email|reach out|reconnect with|get back in touch with) (?:my |an |a |with )`,
		`(?:a |the )?message for`,
		// Saying sorry, making peace, thanking, congratulating: each is a
		// message to someone ("I need to apologise to Jo").
		`(?:(?:i want|i'd like|i would like|i need|i wanna|i have|i've got|i ought) to|help me|help me to) (?:apologi[sz]e|say sorry|make amends|make up with|make peace with|clear the air|patch (?:things|it) up|fix things|congratulate|wish (?:her|him|them|my|[a-z]+ (?:a|happy|good|luck|well))|say thank you to|say thanks to|thank `+thankee+`)`,
		`^(?:please )?(?:apologi[sz]e|say sorry) to `,
		// "i want to post something in the old team chat", "one nudge
		// and then i let it go": a message to send, named by what it is.
		`(?:i want|i'd like|id like|i would like|i need|i wanna|help me|i'm going|im going|i'm gonna|im gonna) (?:to )?(?:post|put|send|drop|write) (?:something|a (?:quick |short |little |gentle |last )?(?:message|note|line|text|nudge|follow ?up)|one (?:more |last |gentle |little )*(?:nudge|message|text|follow ?up))\b`,
		`\bone (?:more |last |gentle |final |little |small )*(?:nudge|follow ?up)(?: (?:and|then|before)\b|$)`,
		// "…so this is our first birthday apart. help me": someone else's
		// day, and help asked with it.
		`\b(?:her|his|their|our|[a-z]+'s) (?:first |1st |last |big |\d+(?:st|nd|rd|th) )?(?:birthday|bday|anniversary)\b.*\bhelp(?: me)?(?: (?:please|pls|plz|out))?$`,
	),
	rules(IntentRemind,
		`remind me`, `set (?:a |up a )?reminder`, `add (?:a )?reminder`, `my reminders`,
		`(?:show|list|see|stop|cancel|delete|change) (?:my |the |all |all my |these )?reminders?`,
		`nudge me`, `(?:don't|dont) let me forget`, `(?:help me|make sure i|get me to) (?:to )?remember to`,
		`(?:send|give) me (?:a |the )?(?:daily|morning|evening|nightly) (?:nudge|prompt|reminder|message)`,
		`(?:i want|i'd like|i would like|can i have|can i get) (?:a |the )?(?:daily|morning|evening) (?:nudge|prompt|reminder)`, `(?:stay|keep) in touch with .* every`,
		`(?:check in|call|text|ring|message|visit) (?:with )?\S+(?: \S+)? every (?:day|week|month|other|sunday|monday|tuesday|wednesday|thursday|friday|saturday|weekend|morning|evening|\d+|two|few|couple)`,
	),
	rules(IntentPlan,
		`(?:7|seven) ?days? (?:plan|challenge|program|programme)`, `today's (?:task|step|challenge|plan)`,
		`todays (?:task|step|challenge)`, `(?:next|this) day of the plan`, `day [1-7] of the`,
		`(?:start|begin|show|continue|resume|open|do|see|restart) (?:the |my |your |a |this )?(?:weekly |week |week long )?plan`,
		`week(?:long)? plan`, `daily (?:task|step|challenge)`,
		// "ok the plan thing", "lets do the plan": the plan picked in words.
		`^(?:(?:ok|okay|yeah|yes|sure|fine|alright|lets do|let's do|do|try|maybe|um|hmm) )*(?:the )?(?:7 ?day |seven day |7-day )?plan(?: thing| one| then| please| pls| i guess| maybe)?$`,
		`(?:finished|done with|did|completed|skip|skipped) (?:day [1-7]|today's (?:task|step)|todays (?:task|step))`,
	),
	rules(IntentReflect,
		`reflect`, `reflection`, `reflecting`, `journal(?:ing)?`,
		// "i want to think about my friendships", never "what do you
		// think about people who…", which asks an opinion.
		`(?:^|\b(?:i|we|to|me|us|lets|let's|help|can|could|wanna|gonna) )think (?:about|through|over) (?:my |our )?(?:friendships?|relationships?|connections?|people in my life|people|social life)`,
		`(?:figure|work) out (?:what|who) (?:i want|matters|i need|i look for)`,
		`who matters (?:to me|most)`,
	),
	rules(IntentContacts,
		`my contacts`, `(?:list|show) (?:my )?(?:people|contacts)`, `who am i (?:keeping|staying) in touch with`,
		`who (?:do|should) i (?:keep|stay) in touch with`,
	),
	rules(IntentForget,
		`(?:delete|erase|wipe|remove|forget) (?:all (?:of )?)?(?:my )?(?:data|information|info|personal data|conversation history|chat history)`,
		`(?:delete|erase|wipe|forget) everything(?: about me| you know)?`, `^(?:please )?forget (?:about )?me$`,
	),
	rules(IntentExport,
		`(?:export|download) (?:all )?(?:my )?(?:data|information|history)`,
		`(?:what|everything) (?:do )?you (?:know|have|store|kept|keep) (?:about|on) me`,
	),
	rules(IntentPrivacy,
		`privacy`, `is (?:this|it) private`, `(?:who|can anyone) (?:can )?(?:see|read) (?:my|this|what i)`,
		`(?:do|will) you (?:store|save|log|keep|share) (?:my )?(?:messages|data|what i)`,
	),
	rules(IntentSettings,
		`settings`, `change (?:my )?(?:timezone|time zone|name|tone|nudge time)`, `set (?:my )?(?:timezone|time zone)`,
		`^(?:(?:please|pls|you can|u can|just|ok|okay|actually|oh|hey|hi|and|so|also)[ ,]+)*call me [a-z]+(?:[ ,]+(?:please|pls|plz|from now on|thanks|thank you|ty|instead|now|then|ok|okay|x|lol|going forward))*$`,
		selfNaming,
		setTone,
	),
)

// thankee is whom one thanks, as long as it is not "you": thanking the
// companion itself is not a message to draft.
const thankee = `(?:[a-tv-xz][a-z]*|y(?:[a-np-z][a-z]*)?|yo(?:[a-tv-z][a-z]*)?|you[a-z]+)\b`

// feelingRules are first-person statements of loneliness or disconnection.
var feelingRules = rules(IntentFeeling,
	`(?:i|i'm|im|i am|i've been|ive been|i have been|was|been|get|got|feeling|feel|felt|so|very|really|kinda|quite|pretty) (?:so |very |really |kind of |kinda |a bit |a little |pretty |quite |just |totally |completely |always |often )*(?:lonely|alone|isolated|disconnected|left out|invisible|forgotten|unwanted|unloved|friendless|excluded|like an outsider|like a burden|out of place|cut off|lonesome)`,
	`loneliness`,
	`(?:nobody|no one|noone|no body) (?:ever )?(?:talks to|texts|calls|messages|cares about|invites|wants to (?:talk|hang out|see)|replies to|checks on|likes|understands|reaches out to|remembers) (?:me|my)`,
	`(?:nobody|no one|noone) (?:cares|gets me|wants me|replies|notices me)`,
	`(?:i have|i've got|ive got|i got) no (?:real |close )?(?:friends|one to talk to|one)`,
	`i (?:really )?(?:don't|dont|do not) (?:really )?have (?:any |many |real |close |a lot of )*(?:friends|anyone|anybody|people)`,
	`(?:lost|losing) (?:all )?(?:my |touch with my )?friends`,
	`(?:my )?friends (?:have )?(?:all )?(?:drifted|moved on|forgot|forgotten|stopped (?:talking|texting|inviting))`,
	`(?:sad|upset|down|hurt|heartbroken|miserable) about (?:my )?(?:friendships?|friends|relationships?|being alone)`,
	`miss (?:having )?(?:friends|people|my friends|company|connection)`,
	`(?:feel|feeling) (?:like )?(?:i don't|i dont) (?:belong|fit in|matter)`,
	`(?:i don't|i dont|never) (?:belong|fit in) anywhere`,
)

// questionStart are openings of a question asked of the guide.
var questionStart = mustPattern(`^(?:how|what|why|when|where|who|which|should|shall|is it|is there|are there|is that|can i|could i|can you|could you|do i|does|do you|did i|am i|would it|would you|will|any tips|tips|advice|i wonder|wondering|is|are|was)\b`)

// askOpener starts a request for guidance that is not phrased as a question.
var askOpener = mustPattern(`^(?:tell me about|explain|i want to know|i'd like to know|i would like to know|help me understand|advice on|advice about|tips on|tips for|what about|thoughts on|i need advice|need advice|i'm wondering|im wondering)\b`)

// askTopics are words that make a question one about relationships.
var askTopics = mustPattern(`\b(?:friend|friends|friendship|friendships|relationship|relationships|connect|connection|connections|connecting|lonely|loneliness|alone|isolat\w*|ghost\w*|repl(?:y|ies|ied|ying)|respond\w*|text|texts|texting|message|messages|messaging|dm|dms|people|social|socially|introvert\w*|extrovert\w*|shy|conflict|argu\w*|disagree\w*|fight|boundar\w*|group chat|chat|online|family|partner|date|dating|colleague\w*|coworker\w*|neighbou?r\w*|talk|talking|conversation\w*|reach out|reaching out|small talk|mum|mom|dad|parents?|brother|sister|sibling\w*|cousin|ex|classmates?|community|club|meet|meeting|trust|apolog\w*|forgive\w*|drift\w*|reconnect\w*|keep in touch|stay in touch|awkward|vulnerable|rejection|rejected|invite\w*|plans|hang out|hanging out|close|closer|distance|long distance|social media|instagram|whatsapp|someone|somebody|they|them|he|she|him|her)\b`)

// remindLead asks to be reminded of something to do.
var remindLead = mustPattern(`\b(?:remind me|nudge me|(?:don't|dont|do not) let me forget|make sure i remember|help me remember|set (?:a |up a )?reminder) (?:to|about|that i need to|that i should)\b`)

// remindedFirst reports a request to be reminded that comes before the
// request to write that draft matched: what follows it is the thing to
// be reminded of.
func remindedFirst(folded string, draft pattern) bool {
	r := remindLead.FindStringIndex(folded)
	if r == nil {
		return false
	}
	d := draft.FindStringIndex(folded)
	return d != nil && r[0] < d[0]
}

// freeTextIntent classifies free text, trying in order: whole-message
// control phrases, explicit requests, feelings, relationship questions, then
// greetings and thanks that start a short message.
func freeTextIntent(text string) string {
	folded := foldText(text)
	if folded == "" {
		return IntentNone
	}
	if k, ok := controlIntent(folded); ok {
		return k
	}
	for _, r := range requestRules {
		if r.re.MatchString(folded) {
			if r.kind == IntentDraft && remindedFirst(folded, r.re) {
				return IntentRemind // "remind me to send a card next week": the writing is what to be reminded of
			}
			return r.kind
		}
	}
	for _, r := range feelingRules {
		if r.re.MatchString(folded) {
			return r.kind
		}
	}
	if isRelationshipQuestion(text, folded) {
		return IntentAsk
	}
	return leadingCourtesy(folded)
}

func isRelationshipQuestion(text, folded string) bool {
	question := strings.HasSuffix(strings.TrimRight(text, " \t\r\n)!.\"'"), "?") ||
		questionStart.MatchString(folded) ||
		howToAsked(folded) || strings.Contains(folded, "how do i") ||
		strings.Contains(folded, "how can i") || strings.Contains(folded, "what should i") ||
		strings.Contains(folded, "what do i do") || askOpener.MatchString(folded)
	return question && askTopics.MatchString(folded)
}

// howToAsked reports a "how to" that asks ("not sure how to start", "how
// to say no to my boss"), not one that tells what someone taught, showed
// or knew ("she taught me how to cook", "he showed us how to fish").
func howToAsked(folded string) bool {
	rest := folded
	for {
		i := strings.Index(rest, "how to ")
		if i < 0 {
			return false
		}
		if i > 0 && rest[i-1] != ' ' {
			rest = rest[i+len("how to "):]
			continue
		}
		before := strings.Fields(rest[:i])
		taught := false
		for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
			if howToTellers[before[k]] {
				taught = true
				break
			}
		}
		if !taught {
			return true
		}
		rest = rest[i+len("how to "):]
	}
}

// howToTellers before a "how to" tell what someone taught or knew.
var howToTellers = wordset.Of(`taught teaches teaching showed shown shows showing learnt learned knew knows`)

// leadingCourtesy recognises short messages that open with a greeting or a
// thank-you and carry nothing else the rules understand ("hi there friend",
// "thanks, that was helpful").
func leadingCourtesy(folded string) string {
	words := strings.Fields(folded)
	if len(words) == 0 || len(words) > 6 {
		return IntentNone
	}
	switch words[0] {
	case "thanks", "thank", "thx", "ty", "cheers", "tysm":
		return IntentThanks
	case "hi", "hello", "hey", "hiya", "heya", "howdy", "hallo":
		if len(words) <= 4 {
			return IntentGreeting
		}
	}
	if len(words) <= 4 && strings.HasPrefix(folded, "good ") &&
		(words[1] == "morning" || words[1] == "afternoon" || words[1] == "evening") {
		return IntentGreeting
	}
	return IntentNone
}

func concatRules(groups ...[]phraseRule) []phraseRule {
	var out []phraseRule
	for _, g := range groups {
		out = append(out, g...)
	}
	return out
}

// Revision is a change the person asked for after seeing a draft.
type Revision struct {
	// Kind is one of "warmer", "cooler", "shorter", "longer", "casual",
	// "formal", "playful", "another", "add" or "remove".
	Kind string
	// Detail is what to add or remove, in the person's words ("the concert").
	Detail string
}

var revisionRules = []struct {
	kind string
	re   pattern
}{
	{"less", mustPattern(`\b(?:less|not so|not as|not too|too|way too|a bit too|bit too|a little too|slightly too) (formal|stiff|casual|warm|long|short|cold|playful|silly|serious|gushy|mushy|emotional|sappy|wordy|intense|jokey|informal|polite|chatty|brief)\b`)},
	{"playful", mustPattern(`\b(?:add|put in|throw in|include) (?:a|some|a bit of|a little) (?:joke|humou?r|fun)\b`)},
	{"remove", mustPattern(`^(?:please |can you |could you )?(?:remove|delete|drop|cut|take out|leave out|lose|skip|get rid of|don't mention|do not mention|dont mention|don't talk about|no mention of|without|don't bring up|stop mentioning|not mention) (?:the (?:part|bit|line|sentence) (?:about|on|with) |the mention of |mentioning |anything about )?(.+)$`)},
	{"another", mustPattern(`^(?:(?:give me |show me |write |try |make )?(?:another|a different|a new|a fresh|one more|a whole new)(?: one| version| draft| take| option| try)?|try again|again|another one|different one|something else|something different|redo|retry|regenerate|start over|new one|next one|other one|one more|shuffle|not quite(?: try again)?|try another|try something else|can i see another|i don't like it|i dont like it|(?:say|word|put|write) it differently|rephrase(?: it)?|reword(?: it)?|different wording|another way)$`)},
	{"add", mustPattern(`^(?:please |can you |could you |and |also |maybe |oh and )?(?:also )?(?:mention|add|include|say|talk about|bring up|put in|work in|throw in|tell (?:her|him|them)) (?:something |a bit |a line )?(?:about |that |in that |in )?(.+)$`)},
	{"shorter", mustPattern(`\b(?:shorter|too long|more concise|less wordy|trim|cut it down|shorten|briefer|more brief|tighter|fewer words|a bit long|less long|make it short|keep it short|shorter please)\b`)},
	{"longer", mustPattern(`\b(?:longer|too short|more detail|more details|expand|a bit more detail|say more|lengthen|make it long|fuller|less short|more words)\b`)},
	{"casual", mustPattern(`\b(?:casual|more casual|less formal|more relaxed|relaxed|chill|chiller|informal|less stiff|more laid back|laid back|less serious|less polite)\b`)},
	{"formal", mustPattern(`\b(?:formal|more formal|less casual|more polite|professional|more professional|more serious|politer|proper)\b`)},
	{"playful", mustPattern(`\b(?:playful|funnier|more fun|fun|lighter|more light ?hearted|light ?hearted|cheeky|cheekier|sillier|jokier|add (?:a|some) (?:joke|humou?r))\b`)},
	{"cooler", mustPattern(`\b(?:cooler|less warm|less gushy|less emotional|tone it down|less mushy|less sappy|less soppy|too much|too warm|too gushy|too emotional|too mushy|too sappy|more neutral|more reserved|less intense|calmer|cooler please)\b`)},
	{"warmer", mustPattern(`\b(?:warmer|warm|more warmth|kinder|more heartfelt|friendlier|sweeter|more loving|more affectionate|more personal|softer|gentler|nicer|more caring|too cold|too stiff|less cold)\b`)},
}

// lessRevision turns "less X" or "too X" into the opposite change.
var lessRevision = map[string]string{
	"formal": "casual", "stiff": "casual", "polite": "casual", "serious": "casual",
	"casual": "formal", "informal": "formal", "chatty": "formal",
	"warm": "cooler", "gushy": "cooler", "mushy": "cooler", "emotional": "cooler", "sappy": "cooler", "intense": "cooler",
	"cold": "warmer",
	"long": "shorter", "wordy": "shorter",
	"short": "longer", "brief": "longer",
	"playful": "casual", "silly": "casual", "jokey": "casual",
}

// vagueDetails are not details to mention ("say more" asks for a longer draft).
var vagueDetails = wordset.Of(`more less it that this something anything hi hello sorry thanks more please again`)

// ParseRevision reads a request to change a draft: "warmer", "make it
// shorter", "a bit more formal", "another one", "mention the concert", "add
// that I got a new job", "don't mention the trip". It reports false when the
// text asks for no change it knows.
func ParseRevision(text string) (Revision, bool) {
	clean := strings.TrimSpace(strings.TrimRight(draftClean(text), ".!?"))
	folded := foldText(clean)
	for _, p := range []string{"ok ", "okay ", "hmm ", "um ", "can you ", "could you ", "please "} {
		folded = strings.TrimPrefix(folded, p)
	}
	for _, p := range []string{" please", " thanks", " thank you", " for me"} {
		folded = strings.TrimSuffix(folded, p)
	}
	if folded == "" {
		return Revision{}, false
	}
	for _, r := range revisionRules {
		m := r.re.FindStringSubmatch(folded)
		if m == nil {
			continue
		}
		if r.kind == "less" {
			return Revision{Kind: lessRevision[m[1]]}, true
		}
		if r.kind != "add" && r.kind != "remove" {
			return Revision{Kind: r.kind}, true
		}
		detail := revisionDetail(clean, m[1])
		if detail == "" || vagueDetails[foldText(detail)] {
			continue
		}
		return Revision{Kind: r.kind, Detail: detail}, true
	}
	return Revision{}, false
}

// revisionDetail recovers the person's own spelling of a detail the rules
// found in folded text, falling back to the folded words.
func revisionDetail(clean, foldedDetail string) string {
	foldedDetail = strings.TrimSpace(foldedDetail)
	if foldedDetail == "" {
		return ""
	}
	words := strings.Fields(foldedDetail)
	cleanWords := strings.Fields(clean)
	if len(cleanWords) >= len(words) {
		tail := strings.Join(cleanWords[len(cleanWords)-len(words):], " ")
		if foldText(tail) == foldedDetail {
			return strings.Trim(tail, ` "',;:`)
		}
	}
	return foldedDetail
}
