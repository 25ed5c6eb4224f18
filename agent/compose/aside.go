package compose

import (
	"regexp"
	"strings"
)

// An aside is what the person tells the companion so that it understands
// the message, never for the recipient to read: the writer's own nerves
// about getting in touch ("i feel weird about it", "im nervous he won't
// remember me"), a put-down of themselves ("i feel like an idiot"), what
// they will not do in the message ("i don't want to dump everything on
// her"), their own health told as the reason behind things ("when my
// anxiety got bad"), and the recipient's temperament or a passing low of
// theirs told in the third person ("she's kind of shy", "he was so nervous
// beforehand", "she's had the worst year"). An aside is read by its shape
// — who it is about, a verb of being or feeling, and a word for that
// state — so any wording of the same state stays out.

var (
	// asideAdverbs may stand between the verb and the state.
	asideAdverbs = `(?:(?:so+|really|painfully|incredibly|extremely|fairly|ridiculously|crazy|seriously|kinda|kind of|sort of|a bit|a little|pretty|quite|very|super|totally|honestly|always|still|also|just|probably|prob|such|actually|lowkey|low key|naturally|generally|quite a|a really|a very|bit)\s+)*`

	// writerPutDown is the writer running themselves down.
	writerPutDown = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i|im|i'm|i am)(?:\s+(?:feel|felt|feeling|am|was|'m|look|looked))?\s+(?:like\s+)?` + asideAdverbs +
		`(?:(?:an?|the|such an?|the biggest|a complete|a total|a massive)\s+)?(?:idiot|failure|loser|fraud|mess|disappointment|burden|embarrassment|stupid|useless|pathetic|dumb|needy|hopeless|rubbish person)\b`)

	// writerUnease is the writer's nerves or awkwardness, about the
	// message or about them; what it is about may follow.
	writerUnease = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i|im|i'm|i am|i've|ive)(?:\s+(?:feel|felt|feeling|am|was|'m|get|got|been|'ve been|ve been|have been|always get|kind of feel|kinda feel))?\s+` + asideAdverbs +
		`(?:nervous|anxious|weird|awkward|embarrassed|self-conscious|self conscious|scared|worried|terrified|silly|strange|odd|shy|sheepish|unsure|uneasy|funny)\b(.*)$`)

	// writerBadAbout is the writer feeling bad about the gap or the
	// contact itself: "i feel bad about that", "i feel guilty i never
	// call".
	writerBadAbout = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i|im|i'm|i am)(?:\s+(?:feel|felt|feeling|am|'m))?\s+` + asideAdverbs +
		`(?:bad|guilty|terrible|awful|rubbish|crap)\s*(?:about (?:it|that|this|not|how|never|being|losing|leaving|the gap|the silence|ghosting)\b.*|(?:that )?i (?:never|haven'?t|havent|didn'?t|didnt)\b.*)?$`)

	// writerHolds is what the writer will not do with the message, or
	// does not know: "i don't want to dump everything in a text", "i
	// hate asking for help", "i don't know the details".
	writerHolds = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i\s+)?(?:(?:really |just |also )*(?:don'?t|dont|do not) (?:really |just )?(?:want|wanna) (?:to )?(?:dump|unload|offload|burden|overwhelm|guilt|trauma ?dump|overshare|vent at|be (?:needy|clingy|a burden|dramatic|too much|annoying|weird|pushy|that person)|make (?:it|this|a) (?:a )?(?:big |whole |huge )?(?:thing|deal)|pry|come across|make (?:any )?excuses|(?:freak|stress|weird) (?:her|him|them) out|worry (?:her|him|them)|scare (?:her|him|them)|alarm (?:her|him|them))|(?:really |just )*(?:hate|hated|am bad at|'m bad at|m bad at|am not good at|'m not good at|m not good at|suck at|struggle with|never know how to) (?:asking|reaching out|texting|messaging|writing|cold messaging|cold emailing|this|these)|(?:don'?t|dont|do not) (?:really )?know (?:the|all the|any|many|much of the) details)\b`)

	// theyKnow is the recipient already knowing or understanding, told
	// to explain what the message can leave unsaid: "she knows", "he'll
	// get it".
	theyKnow = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:she|he|they)(?:'ll| will| would|'d)? (?:already |totally |just |probably )?(?:knows?|knew|gets? it|get it|understands?|understood)(?: (?:already|anyway|tbh|lol|though|tho))*[.!]?$`)

	// writerHealth is the writer's own health named as the story behind
	// things: "when my anxiety got bad", "a bad mental health week".
	writerHealth = regexp.MustCompile(`(?i)^(?:(?:when|while|since|after|because|cos) )?(?:i|my)\b.*\b(?:my (?:anxiety|depression|ocd|adhd|bipolar|mental health)|mental health (?:week|day|month|stuff|thing|reasons?|issues?|struggles?)|panic (?:attacks?|days?|stuff))\b`)

	// healthNews is a health matter told as news: a diagnosis is what
	// the message may be about, never an aside.
	healthNews = regexp.MustCompile(`(?i)\bdiagnos`)

	// healthWhen is the writer's health told as when something happened,
	// at the end of a clause about something else: "…when i was having a
	// panic attack".
	healthWhen = regexp.MustCompile(`(?i)[, ]+(?:when|while|after|during|as|because|cos) (?:i|my)\b[^,.;]*\b(?:anxiety|depression|panic attacks?|ocd|bipolar|mental health|panic (?:attacks?|days?|stuff))\b[^,.;]*`)

	// theirTemper is the recipient's temperament told in the third
	// person: "she's kind of shy", "he's quite reserved", "they're
	// probably just busy".
	theirTemper = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:she|he|they)(?:'s|s| is|'re| are|re| can be| has always been|'s always been| was always| seems| tends to be| gets)?\s+` + asideAdverbs +
		`(?:shy|private|reserved|traditional|introverted|an introvert|stubborn|sensitive|touchy|prickly|busy|swamped|a clown|not a (?:big )?(?:texter|phone person|talker|hugger|emotional person)|not (?:very |super |that )?(?:emotional|touchy-feely|touchy feely|soppy|gushy|sentimental|chatty)|(?:won'?t|wont|will not|never|doesn'?t|doesnt|does not|would never|wouldn'?t|wouldnt|hates to|hate to|isn'?t one to) (?:ever )?(?:ask|reach out|admit)s?(?: for| to| that)?(?: (?:help|anything|a hand|support|it))?)\b`)

	// theirLow is a passing low of the recipient told in the third
	// person: "he was so nervous beforehand", "she's been stressed
	// enough", "she just had the worst year".
	theirLow = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:she|he|they)('s|s| is|'re| are|re| was| were| has been|'s been| have been|'ve been| had been| felt| feels| seemed| got)?\s+` + asideAdverbs +
		`(?:nervous|anxious|stressed|scared|worried|terrified|exhausted|knackered|burnt out|burned out|frazzled|overwhelmed|down|low|lonely|insecure|self-conscious|through (?:a lot|enough|so much|the wringer))\b` +
		`|^(?:and |but |so )?(?:she|he|they)(?:'s| has| have|'ve)?\s+(?:just |also |really )?had (?:the|a|such a|a really) (?:worst|rough|hard|tough|awful|horrible|terrible|crap|shit|difficult|bad) (?:year|few months|couple of months|time|month|week|stretch|run)\b`)
)

// innerAside reports whether clause c is an aside for the companion, in a
// message for occasion o. Asking for support, the writer's own state is
// the point, so only what they hold back or run themselves down with is an
// aside; to someone going through a hard time or grieving, their low is
// the news itself, and only their temperament is an aside.
func innerAside(c string, o Occasion) bool {
	if companionNote(c, o) {
		// "she's hopeless at texting back", "we left on good terms":
		// notes for the companion (see notes.go).
		return true
	}
	if writerPutDown.MatchString(c) || writerHolds.MatchString(c) || theirTemper.MatchString(c) || theyKnow.MatchString(c) {
		return true
	}
	if o == Congrats && writerJoy.MatchString(c) {
		// "im so happy i could cry": the congratulations says the joy
		// its own way.
		return true
	}
	if o == Support {
		m := writerUnease.FindStringSubmatch(c)
		return m != nil && aboutContact.MatchString(m[1])
	}
	if m := writerUnease.FindStringSubmatch(c); m != nil && !careFor.MatchString(m[1]) || writerHealth.MatchString(c) && !healthNews.MatchString(c) {
		return true
	}
	if o != Apology && writerBadAbout.MatchString(c) {
		return true
	}
	m := theirLow.FindStringSubmatch(c)
	switch {
	case m == nil || o == HardTime || o == Condolence:
		return false
	case o == Congrats:
		// "he's been so nervous about it" still is, and may be met;
		// "he was so nervous beforehand" is over with the good news.
		return pastLow[strings.TrimSpace(strings.ToLower(m[1]))]
	}
	return true
}

// pastLow are the verbs that put a low of theirs in the past.
var pastLow = map[string]bool{"was": true, "were": true, "had been": true, "felt": true, "seemed": true, "got": true, "": true}

// careFor is the writer's worry for them, which is care to be said: "i
// was worried about you", "i'm scared for him".
var careFor = regexp.MustCompile(`(?i)^\s*(?:about|for) (?:you|him|her|them|his|their|your)\b`)

// aboutContact is what the writer's nerves may be about when they concern
// the message or the contact itself: "about cold messaging people", "he
// won't remember me", nothing at all.
var aboutContact = regexp.MustCompile(`(?i)^\s*(?:$|(?:about|of|that|to|because|cos)\b.*\b(?:messag\w*|text\w*|writ\w*|reach\w* out|ask\w*|contact\w*|call\w*|get(?:ting)? in touch|it|this|that|remember me|reply|replies|hear(?:ing)? back|bother\w*)\b|(?:she|he|they|you)\b.*\b(?:remember me|reply|answer|ignore|think|mind)\b|(?:about )?(?:it|this|that)\b)`)

// withoutTemper is text without its clauses that only tell the recipient's
// temperament: "she won't ask for help" says nothing of what the message
// is for.
func withoutTemper(text string) string {
	var kept []string
	cut := false
	for _, c := range clauseSplit.Split(text, -1) {
		if theirTemper.MatchString(leadFiller.ReplaceAllString(strings.TrimSpace(c), "")) || theirRefusal.MatchString(c) {
			cut = true
			continue
		}
		kept = append(kept, c)
	}
	if !cut {
		return text
	}
	return strings.Join(kept, ". ")
}

// clauseSplit is where one clause ends and another begins.
var clauseSplit = regexp.MustCompile(`\s*[.,;!?]+\s*`)

// withoutHealth is clause c without the writer's health told as when
// something else happened, unless they are asking for support.
func withoutHealth(c string, o Occasion) string {
	if o == Support {
		return c
	}
	return healthWhen.ReplaceAllString(c, "")
}

// theirRefusal is the recipient's reluctance to ask for anything, said
// anywhere in a clause: "he's proud and would never ask for help".
var theirRefusal = regexp.MustCompile(`(?i)\b(?:she|he|they)\b[^.,;!?]*\b(?:won'?t|wont|will not|never|doesn'?t|doesnt|does not|would never|wouldn'?t|wouldnt|hates to|isn'?t one to) (?:ever )?asks? (?:anyone |anybody |people )?for (?:help|anything|a hand|support)\b`)

// writerJoy is the writer's own joy at their news: "im so happy i could
// cry", "i'm buzzing for her".
var writerJoy = regexp.MustCompile(`(?i)^(?:and |so )?(?:i|im|i'm|i am)(?:\s+(?:feel|am|'m))?\s+` + asideAdverbs + `(?:happy|excited|proud|chuffed|thrilled|buzzing|over the moon|emotional|made up)\b(?:\s+(?:i could (?:cry|scream|burst)|for (?:him|her|them)|about it|lol|haha))*[.!]*$`)
