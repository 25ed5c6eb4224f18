package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
)

// careKind is what a message in care mode is, as far as the rules can tell.
type careKind string

// The kinds of message care mode understands. careShare is the default:
// the person is telling how they feel, or something the rules do not know,
// and the companion listens.
const (
	careThanks careKind = "thanks" // thanks, appreciation
	careTalk   careKind = "talk"   // wanting to talk, to be listened to
	careOkay   careKind = "okay"   // feeling better, it was a bad moment
	careWho    careKind = "who"    // whom to tell, whom to talk to
	careWrite  careKind = "write"  // help writing to someone they trust
	careRefuse careKind = "refuse" // not wanting to call or tell anyone
	careResume careKind = "resume" // asking for the paused flow back
	careOther  careKind = "other"  // clearly something else: served normally
	careShare  careKind = "share"  // feelings, or anything else: listen
	careHello  careKind = "hello"  // a greeting
	careYes    careKind = "yes"    // a bare yes: takes up the last offer
	careAdvice careKind = "advice" // what to do now, asking nothing else
	careWhy    careKind = "why"    // what the crisis reply meant, why it was given
	careBefore careKind = "before" // what was going on before the crisis reply
)

// classifyCare reads a message sent in care mode. The rules work on the
// message's words after normalisation (contractions spelled out, common
// chat shorthand and near-miss spellings mapped to plain words), looking for
// how things are said (a request framing, a negation before a verb of
// reaching out, a first-person state) rather than for whole sentences. They
// are tried from the most specific to the least. in is ParseIntent(text),
// which the turn has already worked out.
func classifyCare(text string, in Intent) careKind {
	n := careNormalize(text)
	if n == "" {
		return careShare
	}
	padded := " " + n + " "
	switch {
	case in.Command:
		return careOther
	case careResumeRule.MatchString(padded):
		return careResume
	case careWhatBefore.MatchString(padded):
		return careBefore
	case careAsksWhy(n):
		return careWhy
	case reproached(n):
		// "sorry for overreacting", "ignore me i'm being silly": no
		// name, no request; the person puts themselves down for what
		// they told (care_sorry.go).
		return careOkay
	case leavesCare(in.Kind) && !carePlea(n):
		return careOther
	case careHowCue.MatchString(padded) && careWriteRequest(n):
		// "how should I tell my mum" asks for words, not for whom.
		return careWrite
	case careAsksWho(padded):
		return careWho
	case asksWhatToDo(text):
		// "what should i do": a small, concrete answer, not "I'm here".
		return careAdvice
	case matchAny(careRefuseRules, padded):
		return careRefuse
	case careCheckOn.MatchString(padded) && careNamesOther(text):
		// "i want to check on my sister, she's having a rough time":
		// a message for their sake is an ordinary draft.
		return careOther
	case careWriteRequest(n) || matchAny(careWriteRules, padded):
		if careOtherDraft(text, padded) {
			return careOther
		}
		return careWrite
	case in.Kind == IntentDraft:
		return careOther
	case matchAny(careOkayRules, padded) && !careNotOkay.MatchString(padded):
		return careOkay
	case matchAny(careTalkRules, padded):
		if careAsksElse(text) != "" {
			// "can we talk about something else, how do i make friends
			// at work": the question is the something else.
			return careOther
		}
		return careTalk
	}
	switch controlPhrases[n] {
	case IntentNo:
		return careRefuse
	case IntentYes:
		return careYes
	case IntentDone, IntentPause:
		return careOkay
	}
	switch in.Kind {
	case IntentNo:
		return careRefuse
	case IntentYes:
		return careYes
	case IntentDone, IntentPause:
		return careOkay
	case IntentGreeting:
		return careHello
	}
	if careThanksRule.MatchString(padded) {
		return careThanks
	}
	if in.Kind == IntentAsk && careFeeling(n) == "" && !careSelfTalk.MatchString(padded) {
		return careOther
	}
	return careShare
}

// leavesCare reports the intents that clearly start something else.
func leavesCare(kind string) bool {
	switch kind {
	case IntentReflect, IntentPlan, IntentRemind, IntentContacts, IntentSettings, IntentExport,
		IntentForget, IntentPrivacy, IntentStart, IntentHelp, IntentCancel, IntentUnknownCommand:
		return true
	}
	return false
}

// carePlea is a bare "help" or "help me": after a crisis reply it is a
// plea, not a request for the menu.
func carePlea(n string) bool {
	return n == "help" || n == "please help" || strings.HasPrefix(n, "help me")
}

// careOtherDraft reports a request to write that is about something other
// than asking for support: a birthday, congratulations, an apology, thanks,
// a check-in on someone else.
func careOtherDraft(text, padded string) bool {
	switch draftOccasion(foldText(text)) {
	case OccasionBirthday, OccasionWin, OccasionApology, OccasionMend, OccasionThanks, OccasionFollowUp, OccasionCondolence, OccasionProfessional, OccasionGroup:
		return true
	}
	if compose.DetectOccasion(text) == compose.HardTime {
		// "maybe i should text my mom, she's taking it harder than me":
		// their hard time, not the person's own.
		return true
	}
	return careCheckOn.MatchString(padded)
}

// careNamesOther reports a message that names someone: by name, by who
// they are, or as "him", "her", "them".
func careNamesOther(text string) bool {
	name, rel := careRecipient(text)
	return name != "" || rel != "" || careNamesSomeone(careNormalize(text))
}

func matchAny(rs []pattern, s string) bool {
	for _, r := range rs {
		if r.MatchString(s) {
			return true
		}
	}
	return false
}

// careWords maps chat shorthand and contractions (apostrophes already
// removed) to plain words, so that the rules need only one spelling.
var careWords = map[string]string{
	"u": "you", "ya": "you", "yu": "you", "ur": "your", "r": "are", "n": "and", "cuz": "because",
	"wanna": "want to", "gonna": "going to", "gotta": "have to", "lemme": "let me", "gimme": "give me",
	"pls": "please", "plz": "please", "plss": "please", "pleaseee": "please", "thx": "thanks",
	"thnx": "thanks", "thanx": "thanks", "thnks": "thanks", "tnx": "thanks", "ty": "thanks",
	"tysm": "thanks so much", "tyvm": "thanks very much", "thankyou": "thank you", "thanku": "thank you",
	"im": "i am", "ive": "i have", "id": "i would", "ill": "i will", "dont": "do not", "doesnt": "does not",
	"didnt": "did not", "cant": "can not", "cannot": "can not", "wont": "will not", "wouldnt": "would not",
	"shouldnt": "should not", "couldnt": "could not", "isnt": "is not", "arent": "are not",
	"wasnt": "was not", "aint": "am not", "its": "it is", "thats": "that is", "whos": "who is",
	"whats": "what is", "lets": "let us", "theres": "there is", "youre": "you are", "havent": "have not",
	"idk": "i do not know", "dunno": "do not know", "rn": "right now", "tbh": "", "ngl": "", "lol": "",
	"okay": "ok", "okey": "ok", "k": "ok", "kk": "ok", "oki": "ok", "okk": "ok", "aight": "alright",
	"allright": "alright", "alr": "alright", "bc": "because", "abt": "about", "smth": "something",
	"sth": "something", "some1": "someone", "any1": "anyone", "every1": "everyone", "ppl": "people",
	"msg": "message", "txt": "text", "bro": "brother", "sis": "sister", "mom": "mum", "mam": "mum",
	"stayin": "staying", "talkin": "talking", "feelin": "feeling", "nothin": "nothing",
	"callin": "calling", "textin": "texting",
}

// careVocab are the words the rules turn on; a near miss of one of them (a
// swapped, missing or extra letter) is read as the word itself.
var careVocab = wordset.Of(`thanks thank appreciate appreciated grateful cheers talk talking listen vent chat speak
tell telling text texting message write reach contact call calling phone anyone anybody someone somebody
people helpline helplines better alright fine safe calmer passed moment please sister brother friend
mother father family partner husband girlfriend boyfriend draft reflection resume continue worry really
honestly right want need help doing being myself`)

// careNormalize folds text for the care rules: lowercase, no punctuation or
// apostrophes, shorthand spelled out, runs of a repeated letter cut down and
// near misses of the rules' words corrected.
func careNormalize(text string) string {
	folded := strings.ReplaceAll(foldText(text), "'", "")
	words := strings.Fields(folded)
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = squeezeRepeats(w)
		if r, ok := careWords[w]; ok {
			if r != "" {
				out = append(out, r)
			}
			continue
		}
		out = append(out, nearCareWord(w))
	}
	return strings.Join(out, " ")
}

// squeezeRepeats cuts a run of three or more of one letter to one ("sooo"
// → "so"), and a doubled last letter of a word the rules know ("youu").
func squeezeRepeats(w string) string {
	var b strings.Builder
	rs := []rune(w)
	for i := 0; i < len(rs); i++ {
		j := i
		for j+1 < len(rs) && rs[j+1] == rs[i] {
			j++
		}
		if j-i >= 2 {
			b.WriteRune(rs[i])
		} else {
			b.WriteString(string(rs[i : j+1]))
		}
		i = j
	}
	s := b.String()
	if n := len(s); n > 2 && s[n-1] == s[n-2] {
		if t := s[:n-1]; careVocab[t] || t == "you" || t == "so" {
			return t
		}
	}
	return s
}

// nearCareWord corrects w to a word of careVocab that differs from it by
// one swapped, dropped or added letter (not the first), for words long
// enough that such a slip is not another word.
func nearCareWord(w string) string {
	if len(w) < 5 || careVocab[w] || careRealWords[w] {
		return w
	}
	for v := range careVocab {
		if len(v) >= 5 && v[0] == w[0] && oneSlip(w, v) {
			return v
		}
	}
	return w
}

// careRealWords are real words one slip away from a word of careVocab.
var careRealWords = wordset.Of(`bother bothers other others taking thinks tells texts calls wants needs helps
writes talks friends sisters brothers people's fined finer safer passes`)

// oneSlip reports whether a and b differ by one swap of neighbouring
// letters, one letter left out, or one letter added.
func oneSlip(a, b string) bool {
	switch len(a) - len(b) {
	case 0:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case 1:
		return dropsOne(a, b)
	case -1:
		return dropsOne(b, a)
	}
	return false
}

// dropsOne reports whether short is long with one letter left out.
func dropsOne(long, short string) bool {
	i := 0
	for i < len(short) && long[i] == short[i] {
		i++
	}
	return long[i+1:] == short[i:]
}

// Word groups the care rules share.
const (
	cwReach  = `(?:call|calling|ring|ringing|phone|phoning|talk|talking|speak|speaking|tell|telling|text|texting|message|messaging|contact|contacting|reach out|reaching out|reach|open up|opening up|confide|bother|bothering|involve|involving|burden|burdening|see|get help|ask|asking)`
	cwAnyone = `(?:anyone|anybody|someone|somebody|people|them|him|her|a helpline|helplines|a hotline|the lines|a line|a crisis line|a stranger|strangers|a therapist|a doctor|my \w+|a \w+|family|friends)`
	cwNegate = `(?:do not|does not|will not|would not|can not|could not|am not|never|rather not|not)`
)

// careResumeRule asks for the paused flow back by name, or for "where we
// left off".
var careResumeRule = mustPattern(`\b(?:` +
	`(?:back to|continue|carry on with|keep going with|resume|finish|return to|get on with|pick up|go on with) (?:\w+ ){0,2}(?:message|draft|text|reflection|reflecting|plan|letter|note|questions)` +
	`|pick (?:\w+ ){1,3}back up` +
	`|(?:back to|continue|carry on|pick up|resume|go on) (?:from )?(?:where|what) (?:we|i) (?:left off|were|was|stopped|had)` +
	`)\b|^ (?:can we |could we |let us |please )?resume(?: please)? $`)

// careWhoRules ask whom to tell or talk to.
var careWhoRules = []pattern{
	mustPattern(`\bwho (?:should|could|can|would|do|does|might|shall|will|is|are|to|i|else)\b`),
	mustPattern(`\b(?:should i|do you think i should|would it help to|is it ok to|is it a good idea to|could i|can i) (?:\w+ )?(?:tell|talk to|speak to|reach out to|call|confide in|open up to) ` + cwAnyone + `\b`),
	mustPattern(`\b(?:is there|are there|where can i find|where do i find|how do i find|how can i find|know) (?:anyone|anybody|someone|somebody|people) (?:i could|i can|to|who)\b`),
}

// careRelative is "who" after a noun ("someone who listens"): not a
// question about whom to tell.
var careRelative = mustPattern(`(?:\b(?:someone|somebody|anyone|anybody|people|one|person|friend|friends|those|the only one)) who\b`)

// careAsksWho reports a question about whom to tell or talk to.
func careAsksWho(padded string) bool {
	if careWhoRules[0].MatchString(careRelative.ReplaceAllString(padded, " that ")) {
		return true
	}
	return matchAny(careWhoRules[1:], padded)
}

// careRefuseRules turn down reaching anyone: a negation shortly before a
// verb of reaching out (with only words like "want to" or "make me" between),
// or turning help down.
var careRefuseRules = []pattern{
	mustPattern(`\b` + cwNegate + ` (?:(?:want|need|like|going|ready|able|really|even|feel|feeling|to|ever|just|be|make|me|let|have|try|trying|planning|plan|up|for|any|anyone|anybody|one)\s)*` + cwReach + `\b`),
	mustPattern(`\b` + cwNegate + ` (?:want|need|like) (?:any |your )?(?:help|a helpline|to do that|that)\b`),
	mustPattern(`\b(?:i would rather not|rather not|not doing that|not going to do that|no one needs to know|nobody needs to know|no calls|no calling)\b`),
}

// careWriteRules ask what to say to someone, whoever it is.
var careWriteRules = []pattern{
	mustPattern(`\bwhat (?:do|should|can|could|would|to) (?:i )?(?:say|text|write|send|tell) (?:to )?(?:my|our|him|her|them|someone|somebody|[a-z]+ (?:about|that|how|if))\b`),
	mustPattern(`\b(?:write|draft|compose) (?:something|a message|a text|a note|a few words|some words) (?:to|for)\b`),
}

// careWriteVerbs reach someone in writing; careSpokenVerbs count only after
// "how do I" ("how do I talk to my mum about this").
var (
	careWriteVerbs  = wordset.Of(`text message write tell reach contact dm email ask let send word`)
	careSpokenVerbs = wordset.Of(`talk speak call ring`)
)

// careWriteCue, in the few words before a verb, makes it a request for help.
var careWriteCue = mustPattern(`\b(?:help|can you|could you|would you|will you|please|want to|like to|need to|have to|i should|going to|way to|how (?:do|should|can|would) i|how to)\b`)

// careHowCue, before a spoken verb, asks how to go about it.
var careHowCue = mustPattern(`\bhow (?:do|should|can|would|could) i\b|\bhow to\b`)

// careTargets name someone to write to, anywhere shortly after the verb.
var careTargets = wordset.Of(`my our someone somebody him her them mum dad mother father sister brother friend
family partner husband wife girlfriend boyfriend bestie cousin aunt uncle grandma grandpa gran nan`)

// careNotTargets cannot be whom a message is for, right after the verb.
var careNotTargets = wordset.Of(`me you us it this that these those about the a an what how why if when where
everything anything something things back out up more so all there here just really to with in on for and or
but now later again ok yes no please anyone anybody everyone people myself yourself`)

// careWriteRequest reports a request for help reaching someone in words:
// a request framing, then a verb of writing, then whom it is for.
func careWriteRequest(n string) bool {
	words := strings.Fields(n)
	for i, w := range words {
		spoken := careSpokenVerbs[w]
		if !careWriteVerbs[w] && !spoken {
			continue
		}
		before := " " + strings.Join(words[max(0, i-5):i], " ") + " "
		if spoken && !careHowCue.MatchString(before) || !spoken && !careWriteCue.MatchString(before) {
			continue
		}
		if careHasTarget(words[i+1:]) {
			return true
		}
	}
	return false
}

// careHasTarget looks for whom a message is for in the words after its verb.
func careHasTarget(after []string) bool {
	for j, w := range after {
		if j >= 5 {
			break
		}
		if careTargets[w] {
			return true
		}
		if j == 0 && (w == "me" || w == "us" || w == "you") {
			return false
		}
		if (w == "to" || w == "with" || w == "out" || w == "in" || w == "touch") && j < 3 {
			continue
		}
		// A name right after the verb ("text sam"), or after "to".
		if j <= 3 && !careNotTargets[w] && !careVocab[w] && len(w) > 1 && (j == 0 || after[j-1] == "to" || after[j-1] == "with") {
			return true
		}
	}
	return false
}

// careCheckOn asks to check on someone else: not a message asking for support.
var careCheckOn = mustPattern(`\b(?:check in|check on|checking in|checking on|see how (?:he|she|they) (?:is|are))\b`)

// careOkayRules say the person feels better, or that it has passed.
var careOkayRules = []pattern{
	mustPattern(`\bi am (?:(?:feeling|doing|a|bit|little|lot|much|so|really|honestly|actually|now|totally|kind of|kinda|all|pretty|mostly|ok|alright) )*(?:ok|alright|fine|good|better|safe|calm|calmer|fine now|ok now)\b`),
	mustPattern(`\b(?:feel|feeling|felt|doing) (?:a bit |a little |a lot |much |so much |way |kind of |somewhat )?(?:better|calmer|ok|alright|fine|safer|lighter)\b`),
	mustPattern(`\b(?:it|that|this) (?:was|is|has been) (?:just |only |really |honestly )*(?:a |one )?(?:bad|rough|hard|dark|tough|weird|low|awful|shit|crap|terrible|horrible|panicky|wobbly) (?:moment|day|night|minute|hour|patch|spell|evening|time|wave)\b`),
	mustPattern(`^ (?:it was )?(?:just|only) (?:a )?(?:bad|rough|dark|low) (?:moment|day|night|minute)\b`),
	mustPattern(`\b(?:it|that|the feeling|the moment|the worst|the panic|the urge)(?: is| has)? (?:passed|eased|settled|calmed down|gone away|worn off)\b`),
	mustPattern(`\b(?:i overreacted|i over reacted|i was overreacting|false alarm|do not worry about me|no need to worry)\b`),
	mustPattern(`^ (?:much |a bit |a little |way |feeling |i am )?(?:better|calmer) (?:now|already|thanks)\b`),
}

// careNotOkay is a negated state: "not ok", "not fine", "not feeling better".
var careNotOkay = mustPattern(`\b(?:not|never|hardly|far from) (?:\w+ ){0,2}(?:ok|alright|fine|good|better|safe|calm|calmer)\b|\b(?:want|wish|need|try|trying|hope|how|help me) to (?:feel|be|get)\b`)

// careTalkRules ask to talk, or to be listened to.
var careTalkRules = []pattern{
	mustPattern(`\b(?:can|could|will|would|shall) (?:we|i|you) (?:just |please |maybe |keep |stay and |still |talk |actually )*(?:talk|chat|vent|speak|keep talking|talking|listen|stay)\b`),
	mustPattern(`\bi (?:just |really |kind of |only )*(?:want|need|would like|wish) (?:to )?(?:just |really )?(?:talk|chat|vent|speak|someone (?:to|who|that) (?:can |will |would |could )?(?:talk|listen|be with)|to be heard|be heard|(?:get|let) (?:this|it|something|some things) (?:off my chest|out))\b`),
	mustPattern(`^ (?:please )?(?:just )?(?:talk|chat|stay) (?:to|with) me\b`),
	mustPattern(`\b(?:stay with me|keep me company|just listen|be here with me|let me vent|can i vent)\b`),
}

// careThanksRule thanks the companion.
var careThanksRule = mustPattern(`\b(?:thanks|thank you|thank|appreciate|appreciated|cheers|grateful)\b`)

// careSelfTalk is a question about the person's own feelings, which stays
// in care mode rather than going to the guide.
var careSelfTalk = mustPattern(`\b(?:i am|i feel|i felt|i have been|my head|myself|me feel)\b`)

// careFeelings map feeling words to what the companion says back: it names
// the feeling in its own words instead of repeating the person's sentence.
var careFeelings = []struct {
	re   pattern
	line string
}{
	{mustPattern(`\b(?:ashamed|embarrassed|stupid|silly|guilty|pathetic|dramatic)\b`), "You don't need to feel embarrassed about any of it — saying how you feel takes courage."},
	{mustPattern(`\b(?:cry|crying|cried|tears|sobbing)\b`), "It's okay to cry. You don't have to hold it together here."},
	{mustPattern(`\b(?:lonely|alone|isolated|nobody gets|no one gets|no one understands|nobody understands)\b`), "Feeling that alone is really hard."},
	{mustPattern(`\b(?:scared|afraid|frightened|terrified|panic|panicking|panicky)\b`), "Being that scared is a lot to hold."},
	{mustPattern(`\b(?:anxious|anxiety|nervous|worried|stressed|on edge|tense)\b`), "That kind of worry wears you down."},
	{mustPattern(`\b(?:overwhelmed|too much|crushing|drowning|a mess)\b`), "It sounds like everything is piling up at once."},
	{mustPattern(`\b(?:empty|numb|hollow)\b`), "That empty, numb feeling is hard to put into words — you don't have to."},
	{mustPattern(`\b(?:tired|exhausted|drained|worn out|burnt out|burned out|no energy)\b`), "It sounds like you're completely worn out."},
	{mustPattern(`\b(?:sad|down|low|miserable|depressed|unhappy|awful|terrible|horrible|hard|rough|bad)\b`), "It sounds like things have been really hard."},
	{mustPattern(`\b(?:angry|mad|furious|frustrated|pissed)\b`), "It makes sense to feel angry."},
	{mustPattern(`\b(?:hurt|betrayed)\b`), "It sounds like you've been really hurt."},
	{mustPattern(`\b(?:lost|confused|do not know what)\b`), "Not knowing what you're feeling is okay too."},
	{mustPattern(`\b(?:not ok|not fine|not alright|not good|not doing well|not great)\b`), "Thank you for being honest that you're not okay."},
}

// careFeeling returns the line that names the feeling in n, or "".
func careFeeling(n string) string {
	padded := " " + n + " "
	for _, f := range careFeelings {
		if f.re.MatchString(padded) {
			return f.line
		}
	}
	return ""
}

// careAsksElse is the question a message asks beside asking to talk about
// something else ("can we talk about something else, how do i make friends
// at work"): its first later clause that is a question and no feeling, with
// what follows it. "" when there is none.
func careAsksElse(text string) string {
	if !reSomethingElse.MatchString(foldText(text)) {
		return ""
	}
	cut := func(r rune) bool { return strings.ContainsRune(",.;!?:", r) }
	first := strings.IndexFunc(text, cut)
	for i := first; i >= 0 && i < len(text); {
		rest := strings.TrimSpace(strings.TrimLeftFunc(text[i:], func(r rune) bool { return cut(r) || r == ' ' }))
		next := strings.IndexFunc(rest, cut)
		c := rest
		if next >= 0 {
			c = rest[:next]
		}
		if c != "" && questionStart.MatchString(withoutLead(foldText(c))) && careFeeling(careNormalize(c)) == "" && ParseIntent(c).Kind == IntentAsk {
			return rest
		}
		if next < 0 {
			break
		}
		i = len(text) - len(rest) + next
	}
	return ""
}

// reSomethingElse asks to change the subject.
var reSomethingElse = mustPattern(`\b(?:something else|anything else|another topic|a different topic|change (?:the )?subject|talk about other stuff|other things)\b`)
