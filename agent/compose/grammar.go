package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// The general clause reader. The pattern-by-pattern reader in classifyOne
// knows many shapes of clause by their words; what it does not know it
// used to drop. general reads such a clause by its grammar instead: who
// the subject is (we, I, you, nobody), what the verb's tense and mood are
// (a past or habitual verb, a modal, a wish), and what follows, so that a
// memory told with any verb, a plan with any verb and a liking of theirs
// come through in the right person and tense. A clause it cannot place is
// still left out, never pasted.

// pastIrregular are past-tense verbs that do not end in -ed.
var pastIrregular = wordset.Of(`sang swam drank ate saw flew rode wore threw broke spoke woke fought thought bought caught sold told
went did had made took gave came sent lent spent built dug ran won met found kept left held stood taught paid sat got
knew grew drew began rang hung shot slept crept swept wept fell felt heard led read lost hid bit blew chose froze stole
struck stuck swung tore wrote shook understood became forgot forgave`)

// silenceVerb are verbs that tell how a friendship went quiet ("we
// stopped writing"): background, never a memory to share.
var silenceVerb = wordset.Of(`met stopped quit lost drifted fell broke split parted grew ceased ended gave`)

// habitBase are verbs that after "we'd" say what we wished, not what we
// used to do: "we'd love to", "we'd better".
var habitBase = wordset.Of(`love like be want need better have rather prefer hate`)

// isPast reports a word that reads as a verb in the past tense.
func isPast(w string) bool {
	w = strings.ToLower(w)
	return pastIrregular[w] || strings.HasSuffix(w, "ed") && len(w) > 3 && !notPastEd[w]
}

// notPastEd are words ending in -ed that are no verb in the past.
var notPastEd = wordset.Of(`bed red shed need seed feed speed bleed breed weed sled wed hundred`)

// wePast is a clause about something the writer and the recipient did
// together: "we backpacked through Vietnam", "you and I sang in a choir",
// "we'd stay up till 4am", "we were in the same halls".
var wePast = regexp.MustCompile(`(?i)^(?:we|you and I|me and you|I and you)(?:'d| would| used to| always| once| both| all| even| never)* (\w+)\b(.*)$`)

// npWePast is a time or place named by what was done there: "the summer
// we spent picking strawberries", "the night we missed the last train".
var npWePast = regexp.MustCompile(`(?i)^(?:the|that|our|those) (?:[\w'-]+ ){1,4}?(?:we|you and I) (?:\w+ )?(\w+)\b`)

// wePlan is a plan said as what they should do, with any verb: "we
// should grab coffee soon".
var wePlan = regexp.MustCompile(`(?i)^(?:maybe |and |so )?(?:(?:I was |I'm |I am |was |been |just )?(?:thinking|hoping|wondering if)(?: that)? )?we (?:should|could|ought to|must|need to|have to|gotta|can|might) (?:\w+ly )?((?:\w+) .+)$`)

// wishTo is something the writer would like to do: "fancy going to the
// match", "would love to go camping with you", "want to invite you to my
// 40th".
var wishTo = regexp.MustCompile(`(?i)^(?:I )?(?:(?:would|'d) (?:love|like) to|want to|wanna|hope to|am hoping to|'m hoping to|was hoping to|fancy|fancies) ([a-z]+)\b ?(.*)$`)

// inviteTo is an invitation to them: "invite you to my 40th", "invite you
// round for a bbq".
var inviteTo = regexp.MustCompile(`(?i)^(?:invite|have|get) you (?:round |over |along |back )?(?:to|for) (.+)$`)

// freeFor is asking whether they are free for something: "see if you're
// free for lunch on Thursday".
var freeFor = regexp.MustCompile(`(?i)^(?:see |ask |check |find out )?(?:if|whether) you(?:'re| are|'d be| would be)? (?:free|around|up|about|keen|game) (?:for|to) (.+)$`)

// fanOf is a liking told as who they are: "you're a huge Arsenal fan".
var fanOf = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:a |an )?(?:huge |big |massive |real |proper |total |die-?hard |mad |serious |such a )*(.+?) (?:fan|nut|geek|nerd|buff|lover|fanatic|addict|junkie|enthusiast|obsessive)$`)

// fanOfThing and onAbout are a liking told as what they are a fan of or
// cannot stop talking about: "you're a huge fan of sudoku", "you never
// stop going on about your motorbike".
var (
	fanOfThing = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:a |an )?(?:huge |big |massive |real |proper |total |die-?hard |mad |serious |such a |crazy )*(?:fan|lover|devotee|follower) of (.+)$`)
	onAbout    = regexp.MustCompile(`(?i)^you (?:never stop|can't stop|cannot stop|won't stop|don't stop|keep|are always|'re always|always) (?:talking|going on|banging on|raving|texting me|telling me) about (.+)$`)
)

// liking is a liking of theirs said as a fan of it or a thing they talk
// about, as a noun phrase: "some sudoku", "your motorbike".
func liking(you string) (string, bool) {
	m := fanOfThing.FindStringSubmatch(you)
	if m == nil {
		m = onAbout.FindStringSubmatch(you)
	}
	if m == nil {
		return "", false
	}
	t := trimTail(m[1])
	if f := strings.Fields(strings.ToLower(t)); len(f) == 0 || len(f) > 4 || hasVerb(strings.ToLower(t)) {
		return "", false
	} else if !npStart[f[0]] && !properNoun(strings.Fields(t)[0]) {
		t = "some " + t
	}
	return t, true
}

// youHabit is something they do, told in the present: "you play the
// drums in a pub band", "you still do parkrun".
var youHabit = regexp.MustCompile(`(?i)^you (?:still |always |often |now |also )?(\w+)\b (.+)$`)

// heardFrom is news of theirs told with who told it: "his ex told me he's
// been low". Who told the writer is for the writer only.
var heardFrom = regexp.MustCompile(`(?i)^(?:(?:your|my|our|a|an|the|some|one of (?:your|my|our)) (?:[\w'-]+ ){0,3}?|[A-Z][\w'-]+ )(?:told me|mentioned|said|says|let slip)(?: that)? ((?:you|your)\b.+)$`)

// withOther is the writer and someone else, not the recipient: "me and
// Ola are having a baby" is "Ola and I".
var withOther = regexp.MustCompile(`(?i)^(?:me and|I and) (my \w+|[\w'-]+) (.+)$`)

// writerUneasy is how the writer feels about writing, which is for the
// companion only: "I feel awkward", "I don't know him that well".
var writerUneasy = regexp.MustCompile(`(?i)^I(?: find it|'m| am| feel) (?:\w+ )?(?:hard|difficult|awkward|bad|terrible|rubbish|not good|weird) (?:to ask|at asking|asking|to reach out|reaching out|at this)\b|^I (?:always |often |still |sometimes |just )?(?:feel|felt|'m|am|get) (?:a bit |so |really |kind of |quite )?(?:awkward|weird|strange|odd|shy|embarrassed|nervous|silly)\b|\b(?:been|is|was|'s|are|were) (?:\w+ )?(?:online|active|posting|on (?:instagram|insta|whatsapp|facebook|social media|tiktok))\b|^I (?:don't|do not|barely|hardly|didn't|did not) (?:really )?know (?:you|them|her|him) (?:that |very |too |all that )?well\b|\bseeing each other\b|\b(?:blocked|unfollowed|unfriended|muted|deleted) me\b|^I (?:only|barely|just|mostly) know (?:you|them|her|him) (?:from|through|via)\b|\b(?:we )?dated\b|^I (?:was|felt|used to be|used to feel|got|have been|'ve been) (?:\w+ )?(?:jealous|envious|resentful|bitter|intimidated|annoyed|angry|mad|cross|irritated|frustrated|competitive) (?:of|at|with|by|about|towards) (?:you|him|her|them)\b|^there'?s (?:a|this|our|the) (?:\w+ )?(?:group ?chat|chat|whatsapp|group)\b|^I (?:don't|do not|dont) want to (?:make (?:it|this) (?:all )?about|lecture|preach|sound|come across|go on about|make a (?:big )?thing of|reopen|re-open|open (?:anything|it|that|things) (?:back )?up|rake (?:up|over)|stir (?:anything|things|it) up|drag (?:anything|it|that|things) up|lead (?:him|her|them) on|give (?:him|her|them|anyone) the wrong idea|get back together|start anything)\b|\b(?:found out|discovered|turns out|turned out)\b.*\b(?:lying|lied|cheating|cheated|affair|seeing someone)\b|^(?:she|he|they)(?:'s| is|'re| are) (?:staying|sleeping|crashing) (?:at|with) |\bone (?:last|final|more) (?:try|go|time|shot|attempt)\b|^I (?:knew|know) (?:you|her|him|them) (?:much |a lot |far )?(?:better|best|well)\b|^I (?:only |just |barely |briefly )?met (?:you|your|her|him|them)(?: \w+)? (?:once|twice|a few times|a couple of times|briefly)\b|^I (?:don't|do not|dont) want to (?:scare|worry|upset|stress|freak out|burden|overwhelm|alarm|panic|frighten) (?:you|her|him|them)\b|^(?:actually )?I(?:'d| would) rather (?:send|write|text|message|ask|tell|go)\b|^(?:you|she|he|they) (?:gets?|understands?|knows?) (?:it|me|what it'?s like)$|\bdating (?:app|site)\b|\b(?:tinder|hinge|bumble)\b|\b(?:owe|owes|owed) me\b|^(?:I )?(?:heard|found out|saw) (?:it )?(?:on|through|via|from) (?:instagram|facebook|twitter|linkedin|social media|a friend|the grapevine|whatsapp)\b`)

// general reads a clause the pattern reader did not place, by its
// grammar; ok is false when it cannot place it either.
func general(you, name string, o Occasion) (Detail, bool) {
	low := strings.ToLower(you)
	if writerUneasy.MatchString(you) {
		return Detail{}, true
	}
	if m := wePast.FindStringSubmatch(you); m != nil {
		v := strings.ToLower(m[1])
		habit := strings.Contains(low, "we'd ") || strings.Contains(low, " would ") || strings.Contains(low, "used to")
		if (isPast(v) || v == "were" || habit && !habitBase[v]) && !silenceVerb[v] {
			return Detail{Kind: Memory, Text: "how " + weFirst(trimTail(you))}, true
		}
	}
	if m := npWePast.FindStringSubmatch(you); m != nil && isPast(m[1]) {
		return Detail{Kind: Memory, Text: trimTail(you)}, true
	}
	if m := wePlan.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}, true
	}
	if m := freeFor.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: trimTail(m[1])}, true
	}
	if m := inviteTo.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: inviteThing(m[1])}, true
	}
	if m := mineOn.FindStringSubmatch(you); m != nil && !hardNews.MatchString(you) && !struggleRe.MatchString(you) && !Sombre(o) {
		// "my band is playing its first gig on Saturday": the writer's
		// news, told as it is.
		return Detail{Kind: MyNews, Text: trimTail(you)}, true
	}
	if m := npWhen.FindStringSubmatch(you); m != nil && !hasVerb(strings.ToLower(m[1])) {
		// "our trip to the lakes when it rained every day": the trip.
		return Detail{Kind: Memory, Text: m[1]}, true
	}
	return Detail{}, false
}

// mineOn is the writer's own thing and what it is doing: "my band is
// playing its first gig", "my book comes out in May".
var mineOn = regexp.MustCompile(`(?i)^my (?:[\w'-]+ ){1,2}(?:is|are|'s) (?:\w+ing|out|opening|launching|finally)\b|^my (?:[\w'-]+ ){1,2}(?:comes out|opens|launches|starts)\b`)

// npWhen is a shared thing named, then when it was: "our trip to the
// lakes when it rained".
var npWhen = regexp.MustCompile(`(?i)^((?:our|the|that) (?:[\w'-]+ ){1,5}?[\w'-]+) (?:when|where|that time|the time)\b.+$`)

// askIfYou is something asked of them said as finding out: "see if she
// can lend me her tent", "want to know if she'd be up for being my
// bridesmaid".
var askIfYou = regexp.MustCompile(`(?i)^(?:(?:I )?(?:want|need|'d like|would like|wanna|have) to )?(?:see|ask|check|find out|know)(?: you)? (?:if|whether) you(?:'d| would)? (?:be )?(up for|willing to|able to|happy to|ok to|okay to|free to|around to|about to|around for|free for|can|could|would|might|will|mind) (.+)$`)

// askIfModal is an ask said as finding out whether they would do it,
// with the verb after the modal: "see if you'd help me move", "I was
// wondering if you could look over my CV".
var askIfModal = regexp.MustCompile(`(?i)^(?:(?:I )?(?:want|need|'d like|would like|wanna|have) to )?(?:(?:I(?:'m| am| was) |just )?wonder(?:ing)?|(?:I(?:'m| am| was) )?asking|see|ask|check|find out|know)(?: you)? (?:if|whether) you(?:'d|'ll| would| could| can| will| might) ([a-z]+) (.+)$`)

// ifYouWant is a plan put as whether they want it: "see if you want to
// come round for a takeaway".
var ifYouWant = regexp.MustCompile(`(?i)^(?:see |ask |check |find out )?(?:if|whether) you(?:'d)? (?:want|wants|fancy|fancies|like|would like) to (come|go|pop|head|join|meet) (.+)$`)

// weAsked is a plan put to them as a question: "could we do a walk round
// the lake", "shall we get dinner sometime".
var weAsked = regexp.MustCompile(`(?i)^(?:maybe |and |so )?(?:could|can|shall|should|why don't|why not) we ([a-z]+) (.+)$`)

// wouldBeNice is a wish said as how good something would be: "would be
// great to go fishing with you again".
var wouldBeNice = regexp.MustCompile(`(?i)^(?:it |I think it |think it )?(?:would|'d|will|'ll|'s gonna|is going to) be (?:so |really |super |very )?(great|nice|lovely|good|amazing|fun|awesome|brilliant|wonderful|cool) to ([a-z]+) (.+)$`)

// wishOrAsk reads a wish of the writer's or something asked of them,
// which the pattern reader would take for the request itself.
func wishOrAsk(you, name string) (Detail, bool) {
	if m := askIfModal.FindStringSubmatch(you); m != nil && !metaVerb[strings.ToLower(m[1])] {
		// "see if he'd help me paint the spare room", "wondering if she
		// could look over my CV": the verb after the modal is the ask.
		return Detail{Kind: Ask, Text: strings.TrimRight(trimTail(m[1]+" "+m[2]), "?")}, true
	}
	if m := ifYouWant.FindStringSubmatch(you); m != nil {
		// "see if she wants to come round for a takeaway": the plan, put
		// to her.
		if g := baseIng(strings.ToLower(m[1])); g != "" {
			return Detail{Kind: Plan, Text: g + " " + strings.TrimRight(trimTail(m[2]), "?")}, true
		}
	}
	if m := weAsked.FindStringSubmatch(you); m != nil && !metaVerb[strings.ToLower(m[1])] {
		// "could we do a walk round the lake on Sunday": a plan put as a
		// question.
		return Detail{Kind: Plan, Text: "we " + strings.TrimRight(trimTail(m[1]+" "+m[2]), "?")}, true
	}
	if m := wouldBeNice.FindStringSubmatch(you); m != nil && !metaVerb[strings.ToLower(m[2])] {
		// "would be great to go fishing with him again": said as a wish.
		return Detail{Kind: Feeling, Text: "It would be " + strings.ToLower(m[1]) + " to " + strings.ToLower(m[2]) + " " + strings.TrimRight(trimTail(m[3]), "?")}, true
	}
	if m := askIfYou.FindStringSubmatch(you); m != nil {
		rest := strings.TrimRight(trimTail(m[2]), "?")
		switch how := strings.ToLower(m[1]); how {
		case "can", "could", "will", "would", "might", "able to", "free to":
			return Detail{Kind: Ask, Text: rest}, true
		case "mind":
			return Detail{Kind: Ask, Text: "need:Would you mind " + rest + "?"}, true
		default:
			return Detail{Kind: Ask, Text: "need:Would you be " + how + " " + rest + "?"}, true
		}
	}
	m := wishTo.FindStringSubmatch(you)
	if m == nil || m[2] == "" {
		return Detail{}, false
	}
	verb, rest := strings.ToLower(m[1]), m[2]
	if m := inviteTo.FindStringSubmatch(verb + " " + rest); m != nil {
		return Detail{Kind: Plan, Text: inviteThing(m[1])}, true
	}
	if strings.HasSuffix(verb, "ing") && !metaVerb[strings.TrimSuffix(verb, "ing")] {
		// "fancy going to the match together": put to them as it is.
		return Detail{Kind: Plan, Text: trimTail(verb + " " + rest)}, true
	}
	if youWord.MatchString(rest) && !metaVerb[verb] && verb != "be" {
		// "would love to go camping with you again": a wish that
		// includes them, said as one.
		return Detail{Kind: Feeling, Text: "I'd love to " + verb + " " + trimTail(rest)}, true
	}
	return Detail{}, false
}

// weFirst keeps "we" first: "you and I sang" is "we sang".
func weFirst(s string) string {
	for _, p := range []string{"you and I ", "me and you ", "I and you "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return "we " + rest
		}
	}
	return s
}

// inviteThing is what they are invited to, said as something to be up
// for: "my 40th" is "coming to my 40th", "a bbq" stays.
func inviteThing(s string) string {
	s = trimTail(s)
	if f := strings.Fields(strings.ToLower(s)); len(f) > 0 && (f[0] == "my" || f[0] == "our" || f[0] == "the") {
		return "coming to " + s
	}
	return s
}

// metaVerb are verbs that, after "want to", ask for the message itself:
// "want to tell you", "want to say".
var metaVerb = wordset.Of(`say tell write text send message thank apologise apologize congratulate check reach let ask wish know see hear remind make mention`)

// habitFact turns something they do into a liking to hope they still
// have time for: "you play the drums in a pub band" is "playing the
// drums". ok is false when the verb is not one of doing.
func habitFact(you string) (string, bool) {
	m := youHabit.FindStringSubmatch(you)
	if m == nil {
		return "", false
	}
	v := strings.ToLower(m[1])
	if isPast(v) || notHabit[v] || strings.HasSuffix(v, "n't") || strings.HasPrefix(v, "'") {
		return "", false
	}
	ing := baseIng(v)
	if ing == "" {
		return "", false
	}
	full := ing + " " + trimTail(m[2])
	if cut := cutLong(full); !onlyWhen.MatchString(strings.TrimPrefix(cut, ing+" ")) {
		return cut, true
	}
	// "she spends every weekend at the allotment": cut to "every
	// weekend", the where would be lost.
	return full, true
}

// onlyWhen is a phrase that says only how often: "every weekend".
var onlyWhen = regexp.MustCompile(`(?i)^(?:every|each|all|most|some|the whole) \w+$`)

// notHabit are words after "you" that are no verb of doing: auxiliaries,
// states, and verbs of having or feeling.
var notHabit = wordset.Of(`are were was is am be been being have has had do does did will would can could should may might must
shall need needs want wants know knows think thinks feel feels seem seems look looks live lives work works love loves like
likes hate hates got get gets mean means deserve deserves go goes just still always never only really and or but to in at on
for with from your you yourself the a an that this`)

// baseIng is a base verb's -ing form: "play" is "playing", "ride" is
// "riding"; "" for words it cannot be sure of.
func baseIng(v string) string {
	if !isLetters(v) || len(v) < 3 {
		return ""
	}
	switch {
	case strings.HasSuffix(v, "ie"):
		return strings.TrimSuffix(v, "ie") + "ying"
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e"):
		return strings.TrimSuffix(v, "e") + "ing"
	case doubled(v):
		// "grab" is "grabbing", "chat" is "chatting".
		return v + v[len(v)-1:] + "ing"
	case strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss"):
		// "plays", "collects": said of her, back to the base first.
		if b := verbForYou(v); b != "" && b != v {
			return baseIng(b)
		}
		return ""
	}
	return v + "ing"
}

// isLetters reports a word of lower-case letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// howTail is how the person wants it said, added to what to say: "…
// without making it weird".
var howTail = regexp.MustCompile(`(?i)\s+without (?:making it|it being|it getting|it sounding|sounding|being|coming (?:across|off)|seeming|getting|turning it into) .+$`)

// hereForYou is the writer saying they are there for them.
var hereForYou = regexp.MustCompile(`(?i)^I(?:'m| am|'ll be| will be) (?:always |still |just )?(?:there|here|around)(?: for (?:you|her|him|them))?$`)

// toCompanion is something asked of the companion inside what is said
// for the message: a reminder, a question about the draft.
var toCompanion = regexp.MustCompile(`(?i)^(?:also |and |oh |plus |then )?(?:can you |could you |will you |pls |please )?(?:remind me|set (?:me )?(?:a |up a )?reminder|add a reminder|nudge me|ping me)\b`)

// itsFor is what the message is for, said of it: "it's for her new job".
var itsFor = regexp.MustCompile(`(?i)^(?:ok(?:ay)?,? |so,? |well,? )?(?:it'?s|its|it is|this is|the (?:message|msg|note|card|text) is) (?:for|about) (your (?:new |big |first )?[\w' -]+)$`)

// rememberDoing turns what someone who died used to do into something
// remembered: "she used to make us pancakes" is "her making us pancakes".
func rememberDoing(c string) (string, bool) {
	if m := theOneWhoDid.FindStringSubmatch(c); m != nil {
		// "he was the guy who coached our team": what he did.
		c = m[1] + " " + m[2]
	}
	m := deceasedHabit.FindStringSubmatch(c)
	if m == nil {
		return "", false
	}
	obj := map[string]string{"she": "her", "he": "him"}[strings.ToLower(m[1])]
	v := strings.ToLower(m[2])
	ing := ""
	if _, ok := irregularIng[v]; ok || isPast(v) {
		ing, _ = gerund(v)
	} else if habitWord.MatchString(c) {
		ing = baseIng(v)
	}
	if ing == "" || obj == "" {
		return "", false
	}
	return obj + " " + ing + " " + trimTail(refusedTail.ReplaceAllString(m[3], "")), true
}

// refusedTail is a second statement, of what they would not do, joined
// on: "…and wouldn't take a penny". Said after "remember him fixing…" it
// no longer reads.
var refusedTail = regexp.MustCompile(`(?i)\s+and (?:wouldn'?t|didn'?t|won'?t|never|refused|wouldnt|didnt)\b.*$`)

// theOneWhoDid is someone told by what they did: "he was the guy who
// coached us", "she was the one who always sang".
var theOneWhoDid = regexp.MustCompile(`(?i)^(she|he) was (?:the|our|that) (?:\w+ )?(?:guy|man|woman|lady|one|person|bloke|fella|type) (?:who|that) (.+)$`)

// deceasedHabit is what someone did, told in the past or as a habit.
var deceasedHabit = regexp.MustCompile(`(?i)^(she|he) (?:always |used to |would |would always |always used to )?([a-z]+) (.+)$`)

// habitWord marks a verb told as a habit.
var habitWord = regexp.MustCompile(`(?i)^(?:she|he) (?:used to|would|always used to|would always) `)

// bareFeeling is a feeling with nothing after it that reads cut off as a
// sentence of its own.
var bareFeeling = regexp.MustCompile(`(?i)^I (?:remember|know|understand|care|get it|see)$`)

// observed is how someone has seemed to the writer, which is for the
// writer only: "she's been really withdrawn lately", "he's not been
// himself", with what follows "and" kept apart.
var observed = regexp.MustCompile(`(?i)^(?:she|he|they)(?:'s|'ve| has| have| is| are|'re)? (?:been |seemed |seeming |looked |looking )?(?:really |so |very |a bit |quite |pretty |super |kind of |kinda )?(?:quiet|quieter|withdrawn|distant|not (?:herself|himself|themselves|quite right)|not been (?:herself|himself|themselves))\b[^,]*?(?:\s+and\s+(.+))?$`)

// onTheirOwn is someone being alone, which a light message does not tell
// them: "he's on his own now", "she gets lonely".
var onTheirOwn = regexp.MustCompile(`(?i)^(?:I know |I think )?(?:she|he|they)(?:'s| is| are|'re| gets?| feels?| has been|'s been| lives)? (?:\w+ )?(?:on (?:his|her|their) own|alone|lonely|by (?:himself|herself|themselves))\b(?: now| these days| a lot| since(?: then)?)?$`)

// leadAgo is how long ago something was, said first: "a few weeks ago I
// asked her…". It dates the silence and is no part of what to say.
var leadAgo = regexp.MustCompile(`(?i)^(?:about |like |maybe |roughly )?(?:\d+|a|an|one|two|three|four|a few|a couple of|several) (?:years?|months?|weeks?|days?) ago,? `)

// frontedWhen is a clause that starts with when or why something happened,
// then the statement itself with a subject of its own: "while I was away
// she walked my dog every morning".
var frontedWhen = regexp.MustCompile(`(?i)^(?:while|whilst|when|after|as|once|because|since) .+? ((?:she|he|they) (?:\w+ed|took|came|drove|gave|made|kept|brought|ran|sat|stayed|fed|got|sent|lent|paid|put|did|went|always|never|still|had|was|has)\b.*)$`)

// soWeCould is what a kindness let the writer do: "so me and my husband
// could get away".
var soWeCould = regexp.MustCompile(`(?i)\s+so (?:that )?(me and (?:my )?[\w']+|my [\w']+ and I|we|I) (could|can|were able to|was able to|got to) `)

// itMeant is what a kindness let the writer do, once said as such.
var itMeant = regexp.MustCompile(`^It meant (?:we|I) `)

// thoughtWhen is when the writer thought of them: "I thought of you today
// when I walked past our old office".
var thoughtWhen = regexp.MustCompile(`(?i)^I (?:thought|was thinking) (?:of|about) you(?: today| this morning| earlier| yesterday| the other day| again)? (?:when|while|as) I (\w+) (.+)$`)

// askedIfWanted is an invitation the writer made that went unanswered:
// "I asked you if you wanted to grab coffee".
// Whoever was asked may be named in any words ("I asked my old teacher
// Mr Bello if he'd like…") or not at all ("I asked if he wanted…").
var askedIfWanted = regexp.MustCompile(`(?i)^I (?:asked|texted|messaged|emailed|checked with)(?: (?:you|[\w.'-]+(?: [\w.'-]+){0,6}?))? (?:if|whether) you(?:'d| would)? (?:wanted|want|like|liked|fancied|fancy|were up for|'d be up for|would be up for|were free|wanted to come|would like) (to |for )?(\w+)\b ?(.*)$`)

// whenISuggested is a plan put to them that went unanswered: "nobody
// replied when I suggested a reunion".
var whenISuggested = regexp.MustCompile(`(?i)\bwhen I (?:suggested|mentioned|proposed|floated|brought up|asked about) (.+)$`)

// meantWe rewrites "so me and my husband could" as a sentence of its
// own, "It meant we could".
func meantWe(m string) string {
	f := soWeCould.FindStringSubmatch(m)
	who := "we"
	if strings.EqualFold(f[1], "I") {
		who = "I"
	}
	return ". It meant " + who + " " + f[2] + " "
}

// lastOf is the index of the last detail of kind k in ds, or -1.
func lastOf(ds []Detail, k Kind) int {
	for i := len(ds) - 1; i >= 0; i-- {
		if ds[i].Kind == k {
			return i
		}
	}
	return -1
}

// doubled reports a short verb that doubles its last letter before -ing:
// one vowel between two consonants, the last not w, x or y.
func doubled(v string) bool {
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }
	return !vowel(v[n-1]) && strings.IndexByte("wxy", v[n-1]) < 0 && vowel(v[n-2]) && !vowel(v[n-3])
}

// weBoth is "we" before a verb, where "we both" says the same.
// vaguePlan is a plan that names nothing: "we do it", "we go", "do
// that again". Said back it reads as a question about nothing.
var vaguePlan = regexp.MustCompile(`(?i)^(?:we )?[a-z]+(?: up| out| over)? (?:it|that|this|them|those|these|something|stuff)(?: (?:again|soon|sometime|then|now|too|later|together))*$|^we (?:do|go|try|start|begin|continue|carry on)(?: (?:again|soon|sometime|then|now|too|later|together))*$`)

var weBoth = regexp.MustCompile(`(?i)(^|\s)we ((?:\w+ed|got|went|had|ran|sang|spent|made|took|did|saw|met|found|swam|drove|rode|ate|drank|won|lost|built|used to|would)\b)`)
