package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/people"
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
	d.Recipient, d.Relationship = draftWho(clean, folded)
	if d.Relationship == "" {
		d.Relationship = contextRelationship(folded)
	} else if d.Relationship == "friend" {
		if ctx := contextRelationship(folded); strings.HasSuffix(ctx, "friend") {
			d.Relationship = ctx
		}
	}
	d.Occasion = draftOccasion(clean)
	d.Since = softGap(draftSince(folded), folded)
	d.Tone = draftTone(folded)
	d.Warmth = lowKeyWarmth(folded, clean)
	d.Length = draftLength(folded)
	d.Medium = draftMedium(folded)
	if d.Occasion == OccasionSpace {
		// A need for space told with the request is the whole message:
		// said warmly unless a feel was asked for, with no memory to
		// work in (compose/space.go).
		if d.Tone == "" {
			d.Tone = ToneWarm
		}
		d.Skipped = append(d.Skipped, slotMention)
	}
	return d
}

// groupLeft is a group the writer left, named as where someone was met.
var groupLeft = mustPattern(`\b(?:left|quit|leaving|dropped out of|stopped going to|moved away from) (?:the|our|my) (?:\w+ )?(?:club|team|group|band|choir|squad|society|class|crew|gym|league)\b`)

// bracketAside is something said in brackets.
var bracketAside = regexp.MustCompile(`\([^()]*\)`)

// nameOutsideAside is the person named outside brackets, when the one
// found is named only inside them.
func nameOutsideAside(clean string, found people.Person) (people.Person, bool) {
	out := bracketAside.ReplaceAllString(clean, " ")
	if out == clean || found.Name == "" || strings.Contains(strings.ToLower(out), strings.ToLower(found.Name)) {
		return found, false
	}
	q := people.Find(titleDot.ReplaceAllString(out, "$1"))
	return q, plausibleName(q.Name)
}

// draftWho finds who a request is for: agent/people first, then the
// patterns it leaves to drafting ("Marcus's dad died" is to Marcus, "this
// guy tomas", a group chat named only as a group).
func draftWho(clean, folded string) (name, rel string) {
	p := people.Find(titleDot.ReplaceAllString(clean, "$1"))
	if q, ok := nameOutsideAside(clean, p); ok {
		// "our song (mr brightside ofc) made me think of Aoife": a
		// bracket is an aside, and the name outside it is who it is to.
		p = q
	}
	if !plausibleName(p.Name) && (p.Relation == "" || notRecipient[strings.ToLower(p.Name)]) {
		// A name said with who they are ("my friend summer") stands.
		// "off sick with stress": take the next person the text names.
		p = people.Person{}
		for _, q := range people.FindAll(titleDot.ReplaceAllString(clean, "$1")) {
			if plausibleName(q.Name) && (q.Name != "" || q.Group) {
				p = q
				break
			}
		}
	}
	if p.Group && groupLeft.MatchString(folded) {
		// "my old rowing partner ollie, we haven't talked since i left
		// the club": the club is where they met, and ollie is who it is to.
		for _, q := range people.FindAll(titleDot.ReplaceAllString(clean, "$1")) {
			if !q.Group && plausibleName(q.Name) && q.Name != "" {
				p = q
				break
			}
		}
	}
	// "ask dr okoro about jobs": a name with a title, found with more
	// certainty, is the person written to rather than the topic.
	for _, q := range people.FindAll(titleDot.ReplaceAllString(clean, "$1")) {
		if titledName.MatchString(q.Name) && q.Confidence > p.Confidence && !q.Group && p.Said == "" {
			p = q
			break
		}
	}
	usable := p.Found() && !notRecipient[strings.ToLower(p.Name)] &&
		(p.Address() != "" || p.Group && !children[p.Said] || p.Said != "" && !p.Group)
	switch {
	case usable && p.Relation == "parents" && ownParents.MatchString(folded):
		// Both of them, greeted the way most people do.
		return "Mum and Dad", "parents"
	case usable && p.Group:
		return "", "group"
	case usable:
		name, rel = p.Address(), p.Said
		if rel == "" {
			rel = p.Relation
		}
		if name == "" {
			// "my daughter's teacher Mr Hughes": the older reader may
			// still see the name, when it is one ("my mate failed his
			// test" names nobody).
			if n, _ := draftRecipient(clean); titledName.MatchString(n) || people.IsFirstName(strings.Fields(n + " x")[0]) {
				name = n
			}
		}
	default:
		name, rel = draftRecipient(clean)
		if f := strings.Fields(name); len(f) == 1 && !people.IsName(f[0]) && kinshipNames[strings.ToLower(f[0])] == "" {
			// "off sick with stress": not everything after "with" is a name.
			name = ""
		}
	}
	if notRecipient[strings.ToLower(name)] {
		name = ""
		for _, q := range people.FindAll(clean) {
			if a := q.Address(); a != "" && !notRecipient[strings.ToLower(a)] && !q.Group {
				name = a
				break
			}
		}
	}
	if m := bereavedName.FindStringSubmatch(clean); m != nil {
		name = m[1]
	}
	// "I miss Sam" names Sam, not a Miss Sam.
	if rest, ok := strings.CutPrefix(name, "Miss "); ok && strings.Contains(folded, "i miss "+strings.ToLower(rest)) {
		name = rest
	}
	if name == "" && rel == "" {
		for _, re := range []pattern{introducedName, leadingName} {
			if m := re.FindStringSubmatch(folded); m != nil && people.IsName(m[1]) && !notRecipient[m[1]] {
				name = upFirst(m[1])
				break
			}
		}
	}
	if name == "" && rel == "" && draftOccasion(clean) == OccasionGroup {
		rel = "group"
	}
	return name, rel
}

// ownParents are the person's own parents, greeted as Mum and Dad; "the
// parents of my son's friend" are not.
var ownParents = mustPattern(`\b(?:my|our) (?:lovely |dear |amazing |wonderful )?parents\b`)

// children are a group that is looked after rather than written to:
// "thank my mum for having the kids".
var children = wordset.Of(`kids children`)

// draftClean straightens quotes and collapses spaces, keeping case.
func draftClean(text string) string {
	return strings.Join(strings.Fields(quoteStraightener.Replace(strings.ToValidUTF8(text, ""))), " ")
}

var quoteStraightener = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`, "\u02bc", "'")

// relWords are the relationship nouns "my ..." can introduce.
var relWords = wordset.Of(`friend sister brother mum mom mother dad father cousin aunt auntie aunty uncle niece nephew
son daughter wife husband partner girlfriend boyfriend colleague coworker co-worker boss manager mentor teacher
neighbour neighbor roommate flatmate housemate classmate teammate ex grandma grandpa grandmother grandfather gran
nan nana granny grandad stepmum stepmom stepdad stepsister stepbrother sis bro bestie mate buddy pal godmother
godfather godson goddaughter in-law sister-in-law brother-in-law mother-in-law father-in-law fiance fiancee`)

// relAdjectives may come between "my" and a relationship noun.
var relAdjectives = wordset.Of(`old best close dear childhood college school uni university work former oldest closest
little big younger older twin baby new online long-distance favourite favorite lovely good great`)

// recipientTriggers are words after which a name is the recipient.
var recipientTriggers = wordset.Of(`to for with message text email call ping contact congratulate thank wish
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
		if !recipientTriggers[toks[i].after] || toks[i].after == "to" && infinitiveVerbs[toks[i].after2] {
			// "when i wanted to quit": to a verb, not to someone.
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

// infinitiveVerbs come before a "to" that starts a verb: "wanted to
// quit", "trying to reach".
var infinitiveVerbs = wordset.Of(`want wants wanted wanna need needs needed trying try tried going hoping hope hoped
used able decided decide like liked love loved have has had got plan planned planning meant mean started start
forgot remember remembered refuse refused ready about supposed allowed afraid scared learning learned learnt
managed chose choose promised agreed seem seemed seems tend tends wish wished`)

var commonAfterTo = wordset.Of(`say ask see reach reconnect apologise apologize catch check invite thank wish
someone somebody everyone people friends them him her us reply respond share send tell start get make
let be do have talk chat see meet visit celebrate congratulate a an the my his their our your`)

var nameFollowers = wordset.Of(`about who because since from and she he they we it's its after before today
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

// sinceShort spells out the shortened units people type ("2 yrs").
var sinceShort = strings.NewReplacer(" yrs ", " years ", " yr ", " year ", " mths ", " months ", " wks ", " weeks ", " its been ", " it's been ")

const sinceCount = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|a couple of|a couple|several|many|\d+|\d+ or \d+|one or two|two or three)`

var sinceRules = []pattern{
	mustPattern(`\b(?:in|for|over|about|it's been|it has been|been) ((?:(?:about|almost|nearly|over|more than|around|roughly|like|at least|well over|probably|maybe|just over|close to) )?` + sinceCount + ` (?:day|week|month|year|decade)s?)\b`),
	mustPattern(`\b(?:in|for|it's been|it has been) (ages|years|months|weeks|a while|a long time|a long while|forever|so long|too long|decades)\b`),
	mustPattern(`\b(since (?:college|school|uni|university|high school|graduation|the pandemic|covid|the wedding|christmas|last (?:summer|year|spring|winter|autumn|fall|christmas|month)|(?:19|20)\d\d))\b`),
	mustPattern(`\b((?:(?:about|almost|nearly|over|more than|around|like) )?` + sinceCount + ` (?:day|week|month|year|decade)s?) ago\b`),
}

// forSpan is a length of time said with "for", which may be how long
// something lasted.
var forSpan = mustPattern(`^for\b`)

// silentBefore is a silence just before a length of time: "haven't
// talked for".
var silentBefore = mustPattern(`(?:n'?t|not|never|no) (?:\w+ ){0,3}$`)

func draftSince(folded string) string {
	folded = sinceShort.Replace(" " + folded + " ")
	span := ""
	for i, re := range sinceRules {
		for _, m := range re.FindAllStringSubmatchIndex(folded, -1) {
			if i < 2 && forSpan.MatchString(folded[m[0]:m[1]]) && !silentBefore.MatchString(folded[max(0, m[0]-30):m[0]]) {
				// "shared a flat for two years": how long something
				// lasted, kept as "for two years" in case nothing says
				// how long it has been (see betterSince).
				if span == "" {
					span = "for " + strings.TrimPrefix(folded[m[2]:m[3]], "like ")
				}
				continue
			}
			return strings.TrimPrefix(folded[m[2]:m[3]], "like ")
		}
	}
	return span
}

// betterSince is how long it has been, from what was known and what a
// later message says: a gap said outright wins over how long something
// lasted ("for two years"), whichever came first.
func betterSince(have, more string) string {
	if have == "" || strings.HasPrefix(have, "for ") && more != "" && !strings.HasPrefix(more, "for ") {
		return more
	}
	return have
}

var toneRules = []struct {
	tone string
	re   pattern
}{
	{ToneFormal, mustPattern(`\b(?:formal|professional|polite|respectful)\b`)},
	{TonePlayful, mustPattern(`\b(?:playful|funny|light ?hearted|cheeky|silly|jokey|witty|humou?rous|(?:keep it|make it|something|be|sound|a|more) (?:fun|light))\b|^(?:(?:just|very|really|super|something) )?(?:fun|light|upbeat|breezy)(?: (?:and|but) (?:fun|light|upbeat|breezy|short|sweet|warm))?$`)},
	{ToneCasual, mustPattern(`\b(?:casual|informal|relaxed|laid back|chill|low key|lowkey|easygoing|easy going)\b`)},
	{ToneWarm, mustPattern(`\b(?:warm|warmly|heartfelt|sweet|loving|affectionate|tender|gentle|caring|honest|sincere|genuine|from the heart|romantic|soppy|mushy|lovey dovey|lovey-dovey)\b`)},
	{ToneSimple, mustPattern(`\b(?:simple|plain|straightforward|to the point|no frills|direct|blunt|straight up|matter of fact)\b`)},
}

// reLessTone asks for less of a feel, which is more of its opposite:
// "less formal pls", "not too serious", "nothing soppy".
var reLessTone = mustPattern(`\b(?:less |not (?:too |so |very |overly |that )?|nothing (?:too |so |very )?|without being (?:too )?)(formal|professional|stiff|polite|casual|informal|playful|funny|jokey|silly|warm|soppy|mushy|sappy|cheesy|serious|cold|dry|robotic)\b`)

// oppositeTone is the feel that less of a word asks for.
var oppositeTone = map[string]string{
	"formal": ToneCasual, "professional": ToneCasual, "stiff": ToneCasual, "polite": ToneCasual, "robotic": ToneCasual,
	"casual": ToneFormal, "informal": ToneFormal, "playful": ToneSimple, "funny": ToneSimple, "jokey": ToneSimple,
	"silly": ToneSimple, "warm": ToneSimple, "soppy": ToneSimple, "mushy": ToneSimple, "sappy": ToneSimple,
	"cheesy": ToneSimple, "serious": TonePlayful, "cold": ToneWarm, "dry": ToneWarm,
}

func draftTone(folded string) string {
	if m := reLessTone.FindStringSubmatch(folded); m != nil {
		return oppositeTone[m[1]]
	}
	for _, r := range toneRules {
		if r.re.MatchString(folded) {
			return r.tone
		}
	}
	return ""
}

var (
	shortRe = mustPattern(`\b(?:(?:don't|dont|won't|wont|not|never|nothing) (?:make it |too |very |be |anything |overly )?long|brief|concise|short and sweet|one liner|one line|a line or two|a couple of lines|two lines|(?:a |something |keep it |make it |really |very |quite )short|(?:short|quick|brief) (?:(?:little|quick|short) )?(?:message|msg|note|text|one|email|card|hi|hello|line|reply|word|thanks|thank ?you|thank-you|ty|sorry|apology|congrats|congratulations|well done|happy birthday|birthday (?:message|text|note|wish|wishes)|check[ -]?in|and))\b`)
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

var fillerWords = wordset.Of(`part bit line sentence thing stuff mention mentioning about that the our your their
his her its was were had got get our`)

var junkWords = wordset.Of(`lol lmao haha hahaha idk nah nope none nothing skip yes yeah okay that this thing stuff
something the and you her him his them they she someone somebody anyone anybody nobody whatever whoever dunno pass`)

// bereavedName is whose family member died: "Marcus's dad died".
var bereavedName = mustPattern(`\b(\p{Lu}\p{Ll}+)'s (?:\w+ )?(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|brother|sister|husband|wife|partner|son|daughter)\b(?: \w+)? (?:died|passed away|passed)\b`)

// introducedName finds "this guy tomas", "a friend called jo".
var introducedName = mustPattern(`\b(?:this|a|my|that) (?:guy|girl|friend|mate|woman|man|lad|person) (?:called |named )?([a-z]{2,})\b`)

// leadingName is a lowercase name that starts a message about them:
// "kemi is having a rough time".
var leadingName = mustPattern(`^([a-z]{2,}) (?:is|has|was|just|got|had|lost|started|passed|won)\b`)

// titleDot drops the full stop after a title so that "Dr. Karen" reads as
// one name.
var titleDot = mustPattern(`\b(Mr|Mrs|Ms|Dr|Prof)\.`)

// titledName is a name that starts with a title: "Dr Okoro".
var titledName = mustPattern(`^(?:Mr|Mrs|Ms|Dr|Prof|Professor|Coach) \S`)

// notRecipient are words a name finder may take for a name in a drafting
// request ("Apologise to Dev", "skip").
var notRecipient = wordset.Of(`skip done apologise apologize play thanks thank sorry hi hey hello msg text write draft
help please pls congrats congratulate support who called named from stress anxiety depression work school
covid flu cancer grief`)

// plausibleName reports whether a name found in a drafting request can be
// the recipient's: empty (a relationship or a group) or a word that can be a
// name and is not one of the request's own words.
func plausibleName(name string) bool {
	f := strings.Fields(name)
	switch {
	case len(f) == 0:
		return true
	case notRecipient[strings.ToLower(name)]:
		return false
	case len(f) == 1:
		return people.IsName(f[0]) || kinshipNames[strings.ToLower(f[0])] != ""
	}
	return true
}

// draftOccasion reads the occasion a request is for; "" when it does not say.
// Someone's ordinal age alone ("for her 90th") is their birthday.
func draftOccasion(text string) string {
	if o := compose.DetectOccasion(text); o != "" {
		return string(o)
	}
	if m := ordinalAge.FindStringSubmatch(foldText(text)); m != nil && !notBirthday[m[1]] {
		return OccasionBirthday
	}
	return ""
}

// ordinalAge is someone's age said as an ordinal, with what follows it:
// "her 90th", "my nephew's 18th", "his twenty-first", "my nans 90th".
var ordinalAge = mustPattern(`\b(?:her|his|their|your|[a-z]+'s|(?:my|our) [a-z]+s) (?:\d{1,3}(?:st|nd|rd|th)|twenty ?first|twenty-first|eighteenth|sixteenth|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth)\b ?(\w*)`)

// notBirthday are the words after an ordinal that make it another date.
var notBirthday = wordset.Of(`anniversary wedding week day month year time attempt go try round game match date`)
