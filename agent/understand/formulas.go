package understand

import "strings"

// People wrap what a message is for in set phrases whose words change from
// one person to the next: "have a lovely weekend", "have a restful night"
// and "have a good one" all wish the companion well on the way out, "you've
// been a massive help" and "what a help you are" both thank it, "been a
// while" and "hello again" both open a conversation after a gap. A word
// feature learns each wording on its own, and a new adjective or time word
// ("gorgeous", "weekend") can pull the message towards small talk. The
// formulas below name such phrases once, with slots, and every wording that
// fits one gets the formula's act as a feature of its own, so what the
// corpus taught one wording holds for the others.
//
// A formula is a sequence of slots, matched on the words of one clause
// (the words between two marks that end a clause; "?" and emoji do not
// count):
//
//	word|word   any of the words
//	@name       any word of the slot set name (slotSets), or of the
//	            lexicon's word class name ("@day": monday… weekend)
//	*           up to two words, or none ("* *" up to four)
//
// The acts are the things a message does with a formula, not labels: a
// wish often closes a goodbye but can end a thank-you too, and the model
// learns how much each act weighs for each label.
var formulaSets = [][2]string{
	// wish: good wishes that close a conversation.
	{"wish", "have a|an * @part|@day"},
	{"wish", "enjoy * the|your * @part|@day|rest|sunshine"},
	{"wish", "rest|left of your|the @part|@day"},
	{"wish", "sleep well|tight|sound"},
	{"wish", "sweet dreams"},
	{"wish", "take care|it"},
	{"wish", "stay safe|warm|well|dry"},
	{"wish", "wishing you"},
	// leave: saying one is going.
	{"leave", "off to bed|sleep|work|school|class"},
	{"leave", "head|heading|headed off|out|home"},
	{"leave", "log|logging|sign|signing off|out"},
	{"leave", "going offline|to bed|to sleep"},
	{"leave", "i|ill|im|id * better|must|gotta|should|need|have * go|run|dash|leave|crash|sleep|bounce|scoot|split"},
	{"leave", "gotta|got|must go|run|dash|bounce|scoot"},
	{"leave", "let|leave you go|get|be|in|rest"},
	{"leave", "hit the hay|sack"},
	{"leave", "time for bed|sleep"},
	{"leave", "talk|speak|chat|catch|txt|text * later|soon|tomorrow|tmrw|tmr|then|another|next"},
	{"leave", "see you|ya|u|yall|ye"},
	{"leave", "until|till|til next time"},
	{"leave", "pick * up * morning|tomorrow|tmrw|later"},
	{"leave", "that|thats * it|all|enough * for * today|tonight|now|day|night"},
	{"leave", "that|thats * it|all|everything from me"},
	// grateful: thanking or praising the companion.
	{"grateful", "means|meant * lot|world"},
	{"grateful", "owe you|ya|u"},
	{"grateful", "without you|ya|u"},
	{"grateful", "thank|thanks * enough"},
	{"grateful", "what a help|star|gem|legend|lifesaver"},
	{"grateful", "kind|helpful|sweet|lovely|good of you"},
	{"grateful", "you|youre|ur|youve|u * a|an|the * @praise"},
	{"grateful", "you|u * been|are|were|re * @praise"},
	{"grateful", "that|this|it|which helped|helps|useful|helpful"},
	{"grateful", "exactly * what i needed"},
	{"grateful", "@praise help"},
	// thanks for what the companion did, said after a story of how it
	// went: "thank you for the nudge", "cheers for that", "thanks so much
	// for the help with it".
	{"grateful", "thank|thanks|thx|ty|cheers you|u|so * for|much|loads|lots * the|that|this|your|helping|nudge|push|help|words|idea|suggestion|advice"},
	{"grateful", "thanks|thx|ty|cheers for * the|that|this|your|helping|nudge|push|help|words|idea|suggestion|advice"},
	// open: opening a conversation, often after a gap, or checking
	// someone is there.
	{"open", "long time"},
	{"open", "been a while|ages|minute|bit|forever"},
	{"open", "back again"},
	{"open", "im|i am back"},
	{"open", "me again"},
	{"open", "hello|hi|hey|hiya|heya|morning|evening again"},
	{"open", "remember me"},
	{"open", "good|nice|lovely|great to be|see back|you"},
	{"open", "popping|popped|dropping|checking in"},
	{"open", "say|saying hello|hi|hey|hiya|morning"},
	{"open", "you|anyone|anybody|somebody|someone * there|around|awake|about|online"},
	// available: asking whether the companion will be there at another
	// time than now ("are you around tomorrow?", "you free later?", "can
	// i message you at 3am"), which open's "you there?" does not ask.
	{"available", "you|u * free|around|about|available|here|there|up|online|awake|busy|open * @later|@when|@day"},
	{"available", "i|we * talk|chat|message|text|msg|speak|vent|write * you|u * @later|@when|@day|again"},
	{"available", "can|could|may i|we * talk|chat|speak|vent * again|@later|@when"},
	{"available", "opening|office|working hours"},
	{"available", "you|u ever * sleep|rest|offline|close|shut|switch|log"},
	// time off the companion might take: "do you ever get a night off",
	// "do you get holidays", "do you shut down over christmas".
	{"available", "you|u * ever|get|take|have * * off|holidays|holiday|break|breaks|weekends|days"},
	{"available", "you|u * shut|close|switch * down|off|over"},
	// taste: asking what the companion likes, as one asks a friend
	// ("are you a fan of jazz", "do you like cats", "whats your
	// favourite film"), which is chat, not a question about what it is.
	{"taste", "do|would|did|dont you|u * like|love|prefer|enjoy|hate|rather"},
	{"taste", "you|u into"},
	{"taste", "you|u * a|an * fan|lover"},
	{"taste", "your|ur * favourite|favorite|fav|fave|best"},
	// words: asking for the words of a message rather than what to do.
	{"words", "what|how * i * text|write|send|word|phrase|type|reply|put|message"},
	{"words", "can|could|would|will|pls|please you|u * write|draft|word|compose|type"},
	{"words", "can|could|would|will you|u * put|come|make|give * * message|text|note|something|smth|words|card|lines|reply|email|letter"},
	{"words", "help me * write|text|word|say|put|reply|message|follow|reach|check"},
	{"words", "write|draft|type me|up|something|smth|sth|a|an"},
	{"words", "a|some few|couple * lines|words"},
	// the words of a greeting, a thanks or an apology asked for: "how do
	// i say happy birthday to my grandad", "how would i say sorry".
	{"words", "how * i * say|wish @said"},
	// what a message should say: "what should my text to tom say".
	{"words", "what * my|the|a|this|that * text|message|msg|note|card|email|reply * * say"},
	// what goes into a message: "what do i say in a first message",
	// "what to put in her card".
	{"words", "say|put|write in|on|inside * message|text|msg|card|note|email|dm|reply|letter"},
	// scene: loneliness told through where it is felt, with no word for
	// the feeling: a phone that stays silent ("my phone just sits
	// there"), the quiet part of the week ("sundays drag", "evenings are
	// so empty"), a meal or a break spent alone, nobody to tell, days
	// without a conversation.
	{"scene", "phone * never|hardly|rarely|barely|doesnt|dont|hasnt|just|always|stays|stayed|is|has * rings|ring|buzzes|buzz|sits|goes|lights|pings|made|quiet|silent|dark"},
	{"scene", "waiting for * phone|text|call|message"},
	{"scene", "no one|body * ever|even|really * calls|rings|texts|messages|visits|writes|replies|answers|comes"},
	{"scene", "nobody|noone * ever|even|really|once * calls|rings|texts|messages|visits|writes|replies|answers|comes|asked|asks|invites|invited"},
	{"scene", "no one|body to * tell|share|show|celebrate|call|ring|text|talk|turn"},
	{"scene", "nobody|noone to * tell|share|show|celebrate|call|ring|text|talk|turn"},
	{"scene", "not one|single person|friend|soul i * could|can|would * call|ring|text|tell|talk|turn"},
	{"scene", "@idle are|is|feel|feels|get|gets|have|has * quiet|empty|dead|long|silent|endless|worst|hardest|loneliest|longest"},
	{"scene", "@idle drag|drags|crawl|crawls|last"},
	{"scene", "eat|eats|ate|eating|sit|sits|sat|sitting|spend|spent|spending|have|had * * by myself"},
	{"scene", "dinner|dinners|meals|meal|lunch|tea|cooking|table|shopping for one"},
	{"scene", "only person|people|one|human|humans|conversation|conversations|voice|voices|company|contact * i * talk|speak|spoke|talked|see|saw|chat|had|have|hear|heard|get|got"},
	{"scene", "havent|hasnt|not|without|barely|hardly * talked|spoken|seen|talking|speaking|had * anyone|anybody|soul|person|conversation"},
	{"scene", "used to * visit|call|ring|come|text|see * every|all|each|most"},
	// document: a piece of writing that is no message to anyone ("help me
	// write my cover letter", "check my cv", "my essay on…"), which the
	// companion does not write.
	{"document", "my|a|the|an * cv|resume|essay|assignment|homework|coursework|dissertation|thesis|report|application"},
	{"document", "cover|covering letter"},
	{"document", "personal|supporting statement"},
	// counsel: asking what to do, whether something is all right.
	{"counsel", "should i"},
	// what to say, its words not named: "what do i say to my mate who
	// failed", "never know what to say", "whats the kindest thing to say".
	{"counsel", "what * i|you|we|people|one * say"},
	{"counsel", "what|thing to say"},
	{"counsel", "is|isnt it|that * ok|okay|weird|rude|normal|bad|wrong|fine|odd|cringe|worth|too|strange|mean|selfish|needy|clingy|possible|common"},
	{"counsel", "how * i|you|people * tell|know|handle|deal|stop|make|cope|stay|keep|approach|fix|support|set|find|get|be|apologise|apologize|reconnect|meet"},
	{"counsel", "what * i|you * do"},
	{"counsel", "do|would|will people|others|they|friends * mind|care|like|find|think"},
}

// slotSets are the word sets a formula names with "@".
var slotSets = map[string]string{
	// part: a part of the day or of the year one wishes well.
	"part": "day night evening weekend one week morning afternoon time holiday holidays christmas trip " +
		"sleep rest break birthday summer lunch dinner",
	// said: the first word of what one says on an occasion ("happy
	// birthday", "thank you", "well done").
	"said": "thanks thank sorry congrats congratulations happy good well welcome hello hi bye goodbye merry " +
		"get cheers hey",
	// idle: the stretches of the week and the year with time to fill,
	// where a quiet life is felt ("sundays drag", "the evenings are so
	// long").
	"idle": "weekend weekends sunday sundays saturday saturdays evening evenings night nights holiday holidays " +
		"days christmas afternoons",
	// later: a time of day or of the year other than now.
	"later": "later tomorrow tmrw tmr tonight morning mornings evenings night nights weekend weekends christmas " +
		"holidays 3am 2am 4am midnight always",
	// praise: words that praise what the companion did.
	"praise": "star gem legend lifesaver angel hero diamond treasure champ saint best brilliant amazing " +
		"wonderful fantastic great helpful help awesome incredible superstar godsend marvel",
}

// formula is one compiled formula: its act and its slots.
type formula struct {
	act   string
	slots []formulaSlot
}

// formulaSlot is one slot: a gap, or the words it accepts.
type formulaSlot struct {
	gap   bool
	words map[string]bool
}

// formulaGap is the most words a "*" slot skips.
const formulaGap = 2

// formulas are the compiled formulaSets, and formulaStarts the formulas
// each word may start.
var formulas, formulaStarts = compileFormulas(formulaSets)

// compileFormulas compiles sets and indexes them by the words their first
// slot accepts.
func compileFormulas(sets [][2]string) ([]formula, map[string][]int) {
	var out []formula
	starts := map[string][]int{}
	for _, s := range sets {
		f := formula{act: s[0]}
		for _, field := range strings.Fields(s[1]) {
			if field == "*" {
				f.slots = append(f.slots, formulaSlot{gap: true})
				continue
			}
			words := map[string]bool{}
			for _, w := range strings.Split(field, "|") {
				if name, ok := strings.CutPrefix(w, "@"); ok {
					for _, x := range slotWords(name) {
						words[x] = true
					}
					continue
				}
				words[w] = true
			}
			f.slots = append(f.slots, formulaSlot{words: words})
		}
		for w := range f.slots[0].words {
			starts[w] = append(starts[w], len(out))
		}
		out = append(out, f)
	}
	return out, starts
}

// slotWords lists the words of the slot set or lexicon class name.
func slotWords(name string) []string {
	if s, ok := slotSets[name]; ok {
		return strings.Fields(s)
	}
	var out []string
	for _, g := range classGroups {
		if g[0] == name {
			out = append(out, strings.Fields(g[1])...)
		}
	}
	if out == nil {
		panic("understand: formula slot @" + name + " names no set")
	}
	return out
}

// formulaActs calls found with the act of every formula that fits a
// clause of toks, once per act and clause.
func formulaActs(toks []string, found func(act string)) {
	var clause [maxTokens]string
	n := 0
	flush := func() {
		words := clause[:n]
		var seen [8]string
		k := 0
		for i, w := range words {
		formulas:
			for _, fi := range formulaStarts[w] {
				f := &formulas[fi]
				for _, a := range seen[:k] {
					if a == f.act {
						continue formulas
					}
				}
				if matchSlots(f.slots[1:], words[i+1:]) {
					if k < len(seen) {
						seen[k] = f.act
						k++
					}
					found(f.act)
				}
			}
		}
		n = 0
	}
	for _, t := range toks {
		switch {
		case t == clauseToken:
			flush()
		case isWordToken(t) && n < len(clause):
			clause[n] = t
			n++
		}
	}
	flush()
}

// matchSlots reports whether slots match words from their start (the
// words after the slots may be anything).
func matchSlots(slots []formulaSlot, words []string) bool {
	if len(slots) == 0 {
		return true
	}
	s := slots[0]
	if s.gap {
		for skip := 0; skip <= formulaGap && skip <= len(words); skip++ {
			if matchSlots(slots[1:], words[skip:]) {
				return true
			}
		}
		return false
	}
	return len(words) > 0 && s.words[words[0]] && matchSlots(slots[1:], words[1:])
}
