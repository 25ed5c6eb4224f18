package agent

import (
	"slices"
	"strings"
)

// ExtractDraftDetails reads what it can about a message the person wants to
// write from their own words: who it is for, who they are to the person, the
// occasion, how long it has been, tone, length, medium and details to
// mention. Unknown fields stay empty so that the drafting flow asks for
// them. When only a relationship is given ("my sister") Recipient stays
// empty, except for family words used as names ("write to mum" gives "Mum").
func ExtractDraftDetails(text string) DraftDetails {
	clean := draftClean(text)
	folded := foldText(clean)
	var d DraftDetails
	if folded == "" {
		return d
	}
	d.Recipient, d.Relationship = draftRecipient(clean)
	if d.Relationship == "" {
		d.Relationship = contextRelationship(folded)
	} else if d.Relationship == "friend" {
		if ctx := contextRelationship(folded); strings.HasSuffix(ctx, "friend") {
			d.Relationship = ctx
		}
	}
	d.Occasion = draftOccasion(folded)
	d.Since = draftSince(folded)
	d.Tone = draftTone(folded)
	d.Length = draftLength(folded)
	d.Medium = draftMedium(folded)
	d.Mentions = draftMentions(clean, d.Recipient)
	return d
}

// draftClean straightens quotes and collapses spaces, keeping case.
func draftClean(text string) string {
	return strings.Join(strings.Fields(quoteStraightener.Replace(strings.ToValidUTF8(text, ""))), " ")
}

var quoteStraightener = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u02bc", "'")

// relWords are the relationship nouns "my ..." can introduce.
var relWords = wordSet(`friend sister brother mum mom mother dad father cousin aunt auntie aunty uncle niece nephew
son daughter wife husband partner girlfriend boyfriend colleague coworker co-worker boss manager mentor teacher
neighbour neighbor roommate flatmate housemate classmate teammate ex grandma grandpa grandmother grandfather gran
nan nana granny grandad stepmum stepmom stepdad stepsister stepbrother sis bro bestie mate buddy pal godmother
godfather godson goddaughter in-law sister-in-law brother-in-law mother-in-law father-in-law fiance fiancee`)

// relAdjectives may come between "my" and a relationship noun.
var relAdjectives = wordSet(`old best close dear childhood college school uni university work former oldest closest
little big younger older twin baby new online long-distance favourite favorite lovely good great`)

// recipientTriggers are words after which a name is the recipient.
var recipientTriggers = wordSet(`to for with message text email call ping contact congratulate thank wish
dm write tell reach`)

// draftRecipient finds the person the message is for, and the relationship
// when "my ..." names it.
func draftRecipient(clean string) (name, rel string) {
	toks := nameTokens(clean)
	// "my old college friend Sam", "my sister Ana", "my mum".
	for i := 0; i < len(toks); i++ {
		if toks[i].after != "my" && toks[i].after != "our" {
			continue
		}
		j := i
		var words []string
		for j < len(toks) && relAdjectives[strings.ToLower(toks[j].word)] {
			words = append(words, strings.ToLower(toks[j].word))
			j++
		}
		if j >= len(toks) || !relWords[strings.ToLower(toks[j].word)] {
			continue
		}
		noun := strings.ToLower(toks[j].word)
		words = append(words, noun)
		if rel == "" {
			rel = strings.Join(words, " ")
		}
		if j+1 < len(toks) {
			if n, ok := nameAt(toks, j+1); ok {
				return n, rel
			}
		}
		if kin, ok := kinshipNames[noun]; ok && len(words) == 1 {
			name = kin
		}
		i = j
	}
	if name != "" {
		return name, rel
	}
	// "write to Sam", "for Mum", "message tom?".
	for i := 1; i < len(toks); i++ {
		if !recipientTriggers[toks[i].after] {
			continue
		}
		if kin, ok := kinshipNames[strings.ToLower(toks[i].word)]; ok {
			return kin, rel
		}
		if n, ok := nameAt(toks, i); ok {
			return n, rel
		}
		if n, ok := lowercaseName(clean, toks, i); ok {
			return n, rel
		}
	}
	if names := ExtractNames(clean); len(names) > 0 {
		return names[0], rel
	}
	return "", rel
}

// lowercaseName accepts a lowercase word after a trigger as a name when it
// is not a common word and the sentence breaks right after it ("help me
// write to sam? we were close").
func lowercaseName(clean string, toks []nameToken, i int) (string, bool) {
	w := toks[i].word
	lw := strings.ToLower(w)
	if w != lw || len(w) < 2 || notNames[lw] || commonAfterTo[lw] || relWords[lw] || kinshipWords[lw] {
		return "", false
	}
	if strings.ContainsFunc(w, func(r rune) bool { return r >= '0' && r <= '9' }) {
		return "", false
	}
	idx := strings.Index(clean, " "+w)
	if idx < 0 {
		return "", false
	}
	after := clean[idx+1+len(lw):]
	if after == "" || strings.ContainsAny(after[:1], ",.?!;:") {
		return upFirst(w), true
	}
	next := strings.Fields(strings.ToLower(after))
	if len(next) > 0 && nameFollowers[next[0]] {
		return upFirst(w), true
	}
	return "", false
}

var commonAfterTo = wordSet(`say ask see reach reconnect apologise apologize catch check invite thank wish
someone somebody everyone people friends them him her us reply respond share send tell start get make
let be do have talk chat see meet visit celebrate congratulate a an the my his their our your`)

var nameFollowers = wordSet(`about who because since from and she he they we it's its after before today
tomorrow again soon saying`)

var contextRelRules = []struct {
	re  pattern
	rel string
}{
	{mustPattern(`\b(?:from|in|at|since|during) (?:my )?(?:old )?college\b|\bcollege (?:friend|days|roommate)\b`), "college friend"},
	{mustPattern(`\b(?:from|in|at|since) (?:my )?(?:old )?(?:uni|university)\b`), "university friend"},
	{mustPattern(`\b(?:from|in|at|since) (?:my |primary |secondary )?(?:old )?(?:high )?school\b|\bschool friend\b`), "school friend"},
	{mustPattern(`\bchildhood\b|\bgrew up together\b|\bsince we were (?:kids|little|children)\b`), "childhood friend"},
	{mustPattern(`\bfrom (?:my )?(?:old|last|previous|former) (?:job|work|company|office|team)\b|\bwe (?:used to )?work(?:ed)? together\b`), "former colleague"},
	{mustPattern(`\bfrom work\b|\bat work\b|\bcolleague\b|\bcoworker\b`), "colleague"},
	{mustPattern(`\b(?:met|know each other|know her|know him|know them) online\b`), "online friend"},
	{mustPattern(`\bneighbou?r\b`), "neighbour"},
}

func contextRelationship(folded string) string {
	for _, r := range contextRelRules {
		if r.re.MatchString(folded) {
			return r.rel
		}
	}
	return ""
}

var occasionRules = []struct {
	occasion string
	re       pattern
}{
	// An apology comes first: "I forgot her birthday" does not want a
	// birthday card.
	{OccasionApology, mustPattern(`\b(?:apolog\w*|say (?:i'm |i am )?sorry|make amends|messed up|my fault|i hurt (?:her|him|them)|i was (?:rude|harsh|mean|unfair)|i forgot (?:her|his|their))`)},
	{OccasionBirthday, mustPattern(`\b(?:birthday|bday|b day|turning \d+|turns \d+)\b`)},
	{OccasionHardTime, mustPattern(`\b(?:rough|hard|tough|difficult|bad|awful|terrible) (?:time|patch|week|month|year|few weeks|few months|day)|going through|struggl\w*|in (?:the )?hospital|surgery|operation|passed away|died|lost (?:her|his|their|a) (?:\w+ )?(?:mum|mom|mother|dad|father|job|baby|pet|dog|cat|grandma|grandpa|partner|husband|wife|friend|brother|sister)|grief|grieving|funeral|break ?up|broke up|split up|divorce|laid off|made redundant|redundan\w*|fired|unwell|(?:^|\s)ill(?:\s|$)|(?:^|\s)sick(?:\s|$)|depress\w*|burn(?:ed|t)? out|burnout|diagnos\w*|chemo|cancer|miscarriage|stressed|anxious|having a hard|not doing (?:well|great|ok)`)},
	// A falling-out, said without taking the blame: the draft clears the
	// air instead of apologising for the person.
	{OccasionMend, mustPattern(`\b(?:we (?:fought|argued|fell out)|(?:had|have) (?:a |an |a big |a bit of an? |a stupid |a silly |a huge )?(?:fight|argument|falling out|row|disagreement|falling-out)|fell out|falling out|falling-out|not (?:speaking|talking) (?:to each other )?(?:since|after)|clear the air)`)},
	{OccasionWin, mustPattern(`\b(?:new job|got the job|got a job|landed|promot\w*|graduat\w*|engaged|got married|wedding|had a baby|new baby|pregnant|expecting a|passed (?:her|his|their|the) |bought a (?:house|flat|home|place)|new (?:house|flat|home|place|apartment)|moved into|(?:^|\s)won(?:\s|$)|launched|published|accepted (?:into|to)|got into|finished (?:her|his|their) |ran a marathon|good news|great news|congratulat\w*|achiev\w*|big news|exciting news)`)},
	{OccasionThanks, mustPattern(`\b(?:thank|thanks|grateful|appreciat\w*|say thank)`)},
	{OccasionFollowUp, mustPattern(`\b(?:follow(?:ing)? up|after (?:our|the) (?:chat|talk|call|conversation|meeting|dinner)|last time we (?:talked|spoke|met)|how (?:it|things|the \w+) went|how did (?:it|the \w+) go|see how (?:her|his|their|the) \w+ went)`)},
	{OccasionSilence, mustPattern(`\b(?:haven't|havent|have not|hadn't|didn't|haven't really|not) (?:really )?(?:talked|spoken|seen|heard from|been in touch|caught up|texted|messaged|chatted)|lost touch|out of touch|drifted|long time|it's been (?:ages|a while|years|months|forever|so long|too long)|been a while|get back in touch|reconnect\w*|went quiet|gone quiet|ghosted|in ages|for ages|in years|for years|in months|for months|in a while|in a long time|since (?:college|school|uni|university|high school|graduation)\b`)},
	{OccasionThinking, mustPattern(`\b(?:thinking (?:of|about) (?:her|him|them|you)|miss (?:her|him|them)|missing (?:her|him|them)|reminded me of (?:her|him|them)|made me think of|say hi|say hello|just to say|thought of (?:her|him|them))`)},
}

func draftOccasion(folded string) string {
	for _, r := range occasionRules {
		if r.re.MatchString(folded) {
			return r.occasion
		}
	}
	return ""
}

const sinceCount = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple of|a couple|several|many|\d+|\d+ or \d+|one or two|two or three)`

var sinceRules = []pattern{
	mustPattern(`\b(?:in|for|over|about|it's been|it has been|been) ((?:(?:about|almost|nearly|over|more than|around|roughly|like|at least|well over|probably|maybe|just over|close to) )?` + sinceCount + ` (?:day|week|month|year|decade)s?)\b`),
	mustPattern(`\b(?:in|for|it's been|it has been) (ages|years|months|weeks|a while|a long time|a long while|forever|so long|too long|decades|a bit|a minute)\b`),
	mustPattern(`\b(since (?:college|school|uni|university|high school|graduation|the pandemic|covid|the wedding|christmas|last (?:summer|year|spring|winter|autumn|fall|christmas|month)|(?:19|20)\d\d))\b`),
	mustPattern(`\b((?:(?:about|almost|nearly|over|more than|around|like) )?` + sinceCount + ` (?:day|week|month|year|decade)s?) ago\b`),
}

func draftSince(folded string) string {
	for _, re := range sinceRules {
		if m := re.FindStringSubmatch(folded); m != nil {
			return m[1]
		}
	}
	return ""
}

var toneRules = []struct {
	tone string
	re   pattern
}{
	{ToneFormal, mustPattern(`\b(?:formal|professional|polite|respectful)\b`)},
	{TonePlayful, mustPattern(`\b(?:playful|funny|light ?hearted|cheeky|silly|jokey|witty|humou?rous|(?:keep it|make it|something|be|sound|a|more) (?:fun|light))\b`)},
	{ToneCasual, mustPattern(`\b(?:casual|informal|relaxed|laid back|chill|low key|lowkey|easygoing|easy going)\b`)},
	{ToneWarm, mustPattern(`\b(?:warm|warmly|heartfelt|sweet|loving|affectionate|tender|gentle|caring)\b`)},
	{ToneSimple, mustPattern(`\b(?:simple|plain|straightforward|to the point|no frills)\b`)},
}

func draftTone(folded string) string {
	for _, r := range toneRules {
		if r.re.MatchString(folded) {
			return r.tone
		}
	}
	return ""
}

var (
	shortRe = mustPattern(`\b(?:(?:don't|dont|won't|wont|not|never|nothing) (?:make it |too |very |be |anything |overly )?long|brief|concise|short and sweet|one liner|one line|a line or two|a couple of lines|two lines|(?:a |something |keep it |make it |really |very |quite )short|short (?:message|note|text|one|email|card|and)|quick (?:message|note|text|hi|hello|line))\b`)
	longRe  = mustPattern(`\b(?:(?:a |something |make it |quite )?long(?:er)? (?:message|letter|email|note|one|text)|make it long|detailed|in detail|proper letter|a few paragraphs|heartfelt letter)\b`)
)

func draftLength(folded string) string {
	switch {
	case shortRe.MatchString(folded):
		return LengthShort
	case longRe.MatchString(folded):
		return LengthLong
	}
	return ""
}

var mediumRules = []struct {
	medium string
	re     pattern
}{
	{"card", mustPattern(`\b(?:card|postcard|birthday card)\b`)},
	{"email", mustPattern(`\b(?:email|e mail|mail)\b`)},
	{"letter", mustPattern(`\b(?:letter|handwritten)\b`)},
	{"text", mustPattern(`\b(?:text|texts|sms|whatsapp|imessage)\b`)},
}

func draftMedium(folded string) string {
	for _, r := range mediumRules {
		if r.re.MatchString(folded) {
			return r.medium
		}
	}
	return ""
}

// Patterns for details worth mentioning, run over the cleaned text with its
// case kept.
var (
	newsRe = mustPattern(`(?i)\b(she|he|they|[A-Z][a-z]+)(?:'s| has| have| is| had)? (?:just |recently |finally |now )*(got|landed|started|bought|has|have) (a|an|the|her|his|their) ((?:new |first |dream |big )?[a-zA-Z][a-zA-Z' -]{1,40}?)(?:[.,!?;]|$| and | so | which | but | last | this | after | at )`)
	doneRe = mustPattern(`(?i)\b(she|he|they|[A-Z][a-z]+) (?:just |recently |finally )*(passed|finished|won|graduated from|graduated|completed|launched|published|opened|ran|got engaged|got married|moved to|moved into) ?([^.,!?;]{0,40}?)(?:[.,!?;]|$| and | so | but | last | this )`)
	memRe  = mustPattern(`(?i)\b(?:remember(?:s|ing)?|mention|bring up|talk about|reminisce about|remind (?:her|him|them) (?:of|about)|miss(?:ing)?|thinking about) (the time |when |how |that )?([^.!?;,]{3,80}?)(?:[.!?;,]|$| but | because )`)
	weRe   = mustPattern(`(?i)\b(we (?:used to|went|did|spent|met|would|always|once|both|took|saw|loved|shared|stayed)\b[^.!?;]{3,70}?)(?:[.!?;,]|$| but | because )`)
	sawRe  = mustPattern(`(?i)\b(I (?:saw|heard|found|came across|watched|read|passed|walked past|drove past|listened to|noticed) [^.!?;]{3,70}?)(?: and (?:it )?(?:thought|made me think) of (?:her|him|them|you)| that reminded me of (?:her|him|them|you)|[.!?;]|$)`)
	remRe  = mustPattern(`(?i)\b([^.!?;,]{3,60}?) (?:reminded me of|made me think of) (?:her|him|them)\b`)
	// What a thank-you or an apology is for: "thank Kemal for watering the
	// plants", "apologise to Jo for missing her party".
	forRe = mustPattern(`(?i)\b(?:apologi[sz]e|say sorry|sorry|thank|thanks|grateful)\b[^.!?;]*?\bfor ([a-z]+ing\b[^.!?;,]{0,60}?)(?:[.!?;,]|$| but | because | and )`)
)

var gerunds = map[string]string{
	"passed": "passing", "finished": "finishing", "won": "winning", "graduated": "graduating",
	"graduated from": "graduating from", "completed": "completing", "launched": "launching",
	"published": "publishing", "opened": "opening", "ran": "running", "got engaged": "getting engaged",
	"got married": "getting married", "moved to": "the move to", "moved into": "moving into",
}

// draftMentions pulls out news and shared memories to work into the draft.
func draftMentions(clean, recipient string) []string {
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ",;:-"))
		words := strings.Fields(s)
		if len(words) < 2 || len(s) > 90 || slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, s) }) {
			return
		}
		out = append(out, s)
	}
	possessive := func(subj string) string {
		switch strings.ToLower(subj) {
		case "she":
			return "her"
		case "he":
			return "his"
		case "they":
			return "their"
		}
		return subj + "'s"
	}
	subjectOK := func(subj string) bool {
		l := strings.ToLower(subj)
		return l == "she" || l == "he" || l == "they" || (recipient != "" && subj == recipient)
	}
	for _, m := range newsRe.FindAllStringSubmatch(clean, -1) {
		if !subjectOK(m[1]) || strings.EqualFold(m[2], "has") && !strings.Contains(strings.ToLower(m[4]), "new") {
			continue
		}
		noun := strings.TrimSpace(m[4])
		if strings.EqualFold(m[2], "bought") && !strings.HasPrefix(strings.ToLower(noun), "new ") {
			noun = "new " + noun
		}
		add(possessive(m[1]) + " " + noun)
	}
	for _, m := range doneRe.FindAllStringSubmatch(clean, -1) {
		if !subjectOK(m[1]) {
			continue
		}
		if g, ok := gerunds[strings.ToLower(m[2])]; ok {
			add(g + " " + m[3])
		}
	}
	for _, m := range memRe.FindAllStringSubmatch(clean, -1) {
		body := m[2]
		if w := strings.Fields(body); len(w) <= 3 && vaguePronouns[strings.ToLower(w[0])] {
			continue
		}
		if strings.EqualFold(m[1], "when ") {
			body = "the time " + body
		}
		if strings.EqualFold(m[1], "how ") {
			body = "how " + body
		}
		add(body)
	}
	for _, m := range forRe.FindAllStringSubmatch(clean, -1) {
		add(m[1])
	}
	for _, re := range []pattern{weRe, sawRe, remRe} {
		for _, m := range re.FindAllStringSubmatch(clean, -1) {
			if re.Regexp == remRe.Regexp {
				add(m[1] + " reminded me of you")
				continue
			}
			add(m[1])
		}
	}
	return out
}

var vaguePronouns = wordSet(`her him them you it this that me us`)

// ApplyRevision returns d changed as r asks. It does not touch d's slices.
// "another" is the caller's business (it moves the variant on), so d comes
// back unchanged for it, as for kinds it does not know.
func ApplyRevision(d DraftDetails, r Revision) DraftDetails {
	d.Mentions = slices.Clone(d.Mentions)
	switch r.Kind {
	case "warmer":
		d.Warmth = min(d.Warmth+1, 2)
	case "cooler":
		d.Warmth = max(d.Warmth-1, -2)
	case "shorter":
		if d.Length == LengthLong {
			d.Length = LengthMedium
		} else {
			d.Length = LengthShort
		}
	case "longer":
		if d.Length == LengthShort {
			d.Length = LengthMedium
		} else {
			d.Length = LengthLong
		}
	case "casual":
		d.Formality = max(min(d.Formality, 0)-1, -2)
		if d.Tone == ToneFormal || d.Tone == ToneSimple || d.Tone == "" {
			d.Tone = ToneCasual
		}
	case "formal":
		d.Formality = min(max(d.Formality, 0)+1, 2)
		d.Tone = ToneFormal
	case "playful":
		d.Formality = min(d.Formality, 0)
		d.Tone = TonePlayful
	case "add":
		if r.Detail != "" && !slices.ContainsFunc(d.Mentions, func(m string) bool { return strings.EqualFold(m, r.Detail) }) {
			d.Mentions = append(d.Mentions, r.Detail)
		}
	case "remove":
		d.Mentions = removeMentions(d.Mentions, r.Detail)
	}
	return d
}

// removeMentions drops the mentions that share a content word with detail
// ("the trip" removes "the road trip to the coast").
func removeMentions(mentions []string, detail string) []string {
	keys := contentWords(detail)
	if len(keys) == 0 {
		return mentions
	}
	return slices.DeleteFunc(mentions, func(m string) bool {
		for _, w := range contentWords(m) {
			if slices.Contains(keys, w) {
				return true
			}
		}
		return false
	})
}

// contentWords are the folded words of s that carry meaning.
func contentWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(foldText(s)) {
		w = strings.TrimSuffix(w, "'s")
		if len(w) > 2 && !notNames[w] && !fillerWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var fillerWords = wordSet(`part bit line sentence thing stuff mention mentioning about that the our your their
his her its was were had got get our`)

// Kinds of mention, which decide how one is framed.
const (
	mentionMemory = iota // a noun phrase: "the road trip to the coast"
	mentionYour          // news of theirs as a noun phrase: "your new job"
	mentionYou           // a clause about them: "you passed your driving test"
	mentionI             // the writer's own news: "I got a new job"
	mentionSaw           // something the writer saw: "I saw a dog just like Biscuit"
	mentionWe            // a shared memory as a clause: "we used to walk by the river"
	mentionHow           // "how we laughed at that film"
	mentionWhole         // a full sentence: "a song on the radio reminded me of you"
)

// mention is one detail to work in, already adapted to speak to the
// recipient ("her new job" becomes "your new job").
type mention struct {
	text string
	kind int
	// thanks is set when the person wrote "thanks for ..." around it.
	thanks bool
}

func newMention(raw, recipient string) (mention, bool) {
	s := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(raw), ".!?;,:"))
	s = strings.Trim(s, `"'`)
	if s == "" {
		return mention{}, false
	}
	thanks := false
	for _, p := range []string{"mention ", "maybe ", "about ", "add ", "include ", "oh ", "and ", "remember ", "thanks for ", "thank you for "} {
		if len(s) > len(p) && strings.EqualFold(s[:len(p)], p) {
			s = s[len(p):]
			thanks = thanks || strings.HasPrefix(p, "thank")
		}
	}
	if !slices.ContainsFunc(strings.Fields(foldText(s)), func(w string) bool { return len(w) > 2 && !junkWords[w] }) {
		// "lol", "that", "the thing": nothing to work in.
		return mention{}, false
	}
	s = adaptPronouns(s, recipient)
	first, _, _ := strings.Cut(strings.ToLower(s), " ")
	if first == "that" && strings.Contains(s, " ") {
		s = s[5:]
		first, _, _ = strings.Cut(strings.ToLower(s), " ")
	}
	if first != "i" && !strings.HasPrefix(first, "i'") && lowerable(first) {
		s = lowFirst(s)
	}
	low := strings.ToLower(s)
	m := mention{text: s, thanks: thanks}
	switch {
	case strings.Contains(low, "reminded me of you") || strings.Contains(low, "made me think of you") || strings.Contains(low, "thought of you"):
		m.kind = mentionWhole
	case first == "i" || strings.HasPrefix(first, "i'"):
		m.kind = mentionI
		if sawVerb.MatchString(low) {
			m.kind = mentionSaw
		}
	case first == "we" || strings.HasPrefix(first, "we'"):
		m.kind = mentionWe
		if weSuggest.MatchString(low) {
			m.kind, m.text = mentionWhole, upFirst(s)
		}
	case first == "you" || strings.HasPrefix(first, "you'"):
		m.kind = mentionYou
	case first == "how":
		m.kind = mentionHow
	case first == "your" || strings.HasSuffix(first, "ing") && strings.Contains(low, " your "):
		m.kind = mentionYour
	}
	return m, true
}

var junkWords = wordSet(`lol lmao haha hahaha idk nah nope none nothing skip yes yeah okay that this thing stuff
something the and you her him his them they she someone somebody anyone anybody nobody`)

var weSuggest = mustPattern(`^we(?:'ll| should| could| can| need to| must| will| have to| gotta| ought to)\b`)

var sawVerb = mustPattern(`^i (?:just |recently |finally )?(?:saw|heard|found|came across|watched|read|passed|walked past|drove past|listened to|noticed|spotted)\b`)

// leads reports whether the occasion's opening can be built on m ("I just
// heard about your new job", "thank you for helping me move").
func (m mention) leads(occasion string) bool {
	switch occasion {
	case OccasionWin, OccasionHardTime:
		return m.kind == mentionYour || m.kind == mentionYou ||
			m.kind == mentionMemory && !memoryish(m.text) && !strings.HasPrefix(m.text, "our ")
	case OccasionFollowUp:
		return m.kind == mentionYour || m.kind == mentionMemory && strings.HasPrefix(m.text, "the ") &&
			!memoryish(m.text) && !strings.HasPrefix(m.text, "the time ")
	case OccasionThanks:
		return m.thanks || (m.kind == mentionMemory || m.kind == mentionYour) && m.gerund()
	case OccasionApology, OccasionMend:
		return (m.kind == mentionMemory || m.kind == mentionYour) &&
			(m.gerund() || strings.HasPrefix(m.text, "what ") || strings.HasPrefix(m.text, "the way "))
	}
	return false
}

// gerund reports whether m starts with an -ing word ("helping me move").
func (m mention) gerund() bool {
	first, _, _ := strings.Cut(m.text, " ")
	return len(first) > 4 && strings.HasSuffix(first, "ing")
}

// frame picks the sentence that carries m.
func (m mention) frame(occasion string, i int, short bool) string {
	pick := func(pool []string) string { return pool[i%len(pool)] }
	byOccasion := func(frames map[string][]string) string {
		if pool, ok := frames[occasion]; ok {
			return pick(pool)
		}
		return pick(frames[""])
	}
	switch m.kind {
	case mentionYour:
		return byOccasion(yourFrames)
	case mentionYou:
		return byOccasion(youFrames)
	case mentionI:
		return pick(newsFrames)
	case mentionSaw:
		return pick(sawFrames)
	case mentionWe:
		return pick(weFrames)
	case mentionHow:
		return pick([]string{"I was remembering {m}.", "I keep thinking about {m}.", "I still laugh about {m}.", "I was thinking about {m}."})
	case mentionWhole:
		return "{M}."
	}
	if short {
		return pick(memoryShort)
	}
	return pick(memoryFrames)
}

var memoryWords = mustPattern(`\b(?:trips?|holidays?|vacations?|weekends?|nights?|walks?|concerts?|gigs?|party|parties|days|summers?|times|camping|festivals?|dinners?|chats|drives?|hikes?|adventures?|reunion|games|matches|college|school|uni|university|road trip|picnics?|beach|evenings?|mornings?|afternoons?|karaoke|sleepovers?|lunches|breakfasts|talks)\b`)

// memoryish reports whether a noun phrase sounds like something shared, so
// "the road trip" can become "our road trip".
func memoryish(s string) bool { return memoryWords.MatchString(strings.ToLower(s)) }

var (
	formalReplacer = strings.NewReplacer("It's been", "It has been", "it's been", "it has been", "It's ", "It is ",
		"it's ", "it is ", "I've", "I have", "I'd", "I would", "I'm", "I am", "I'll", "I will", "didn't", "did not",
		"don't", "do not", "can't", "cannot", "won't", "will not", "you're", "you are", "You're", "You are",
		"you've", "you have", "that's", "that is", "That's", "That is", "there's", "there is", "There's", "There is",
		"isn't", "is not", "wasn't", "was not", "haven't", "have not", "What's been", "What has been",
		"What's", "What is", "what's", "what is", "How's", "How is", "How've", "How have", "we're", "we are")
	coolReplacer = strings.NewReplacer("I'd love to", "I'd like to", "so happy", "happy", "Huge congratulations",
		"Congratulations", "really ", "", "so much", "a lot", "lovely", "good", "so sorry", "sorry")
	spaceRun     = mustPattern(`[ \t]{2,}`)
	tidyReplacer = strings.NewReplacer(" .", ".", " ,", ",", "!.", "!", "?.", "?", "..", ".", ",.", ".", " ?", "?", " !", "!")
)

// tidyDraft removes doubled spaces and punctuation the joins may leave.
func tidyDraft(s string) string {
	s = spaceRun.ReplaceAllString(s, " ")
	s = tidyReplacer.Replace(s)
	return strings.TrimSpace(s)
}
