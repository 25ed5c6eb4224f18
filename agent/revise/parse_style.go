package revise

import "regexp"

// negRe finds the plainly negative "less X", "too X", "not so X" first, so
// that "bit less enthusiastic" is read at "less".
var negRe = regexp.MustCompile(`\b(?:less|not so|not as|not too|too|way too|overly)\b (?:a bit |too |so |very |really |kinda |quite |a little |like a |like an |like |of a |)([a-z']+)`)

// lessRe finds "less X", "too X", "not so X": the change is the opposite of X.
var lessRe = regexp.MustCompile(`\b(?:less|not so|not as|not too|too|way too|overly|a bit too|bit too|a little too|kinda too|so so|sounds|sound|seems|feels|reads|it's|its|a bit|bit|this is|is this|too much)\b (?:a bit |too |so |very |really |kinda |quite |a little |like a |like an |like |of a |)([a-z']+)`)

// opposite maps X in "less X" or "too X" to the change that is asked.
var opposite = map[string]Kind{
	"formal": Casual, "stiff": LessStiff, "robotic": LessStiff, "robot": LessStiff, "bot": LessStiff,
	"polite": Casual, "serious": Casual, "proper": Casual, "professional": Casual,
	"casual": Formal, "informal": Formal, "chatty": Formal, "slangy": Formal,
	"warm": Cooler, "gushy": Cooler, "mushy": Cooler, "emotional": Cooler, "sappy": Cooler, "intense": Cooler,
	"cheesy": Cooler, "cringe": Cooler, "cringey": Cooler, "cringy": Cooler, "cringeworthy": Cooler, "corny": Cooler, "heavy": Cooler,
	"gloomy": Cooler, "sombre": Cooler, "somber": Cooler, "morbid": Cooler, "full on": Cooler, "soppy": Cooler, "over": Cooler, "much": Cooler, "keen": Cooler, "eager": Cooler,
	"sweet": Cooler, "sentimental": Cooler, "dramatic": Cooler, "enthusiastic": Cooler, "excited": Cooler,
	"cold": Warmer, "distant": Warmer, "cool": Warmer, "blunt": Warmer, "harsh": Warmer, "dry": Warmer,
	"curt": Warmer, "impersonal": Warmer,
	"long": Shorter, "wordy": Shorter, "lengthy": Shorter, "rambly": Shorter, "waffly": Shorter,
	"short": Longer, "brief": Longer, "bare": Longer, "thin": Longer,
	"needy": LessNeedy, "desperate": LessNeedy, "clingy": LessNeedy, "pushy": LessNeedy, "demanding": LessNeedy,
	"pleading": LessNeedy, "thirsty": LessNeedy, "apologetic": LessNeedy,
	"generic": LessStiff, "fake": LessStiff, "canned": LessStiff, "scripted": LessStiff, "template": LessStiff,
	"playful": Formal, "silly": Formal, "jokey": Formal, "flippant": Formal,
}

// styleRules are tried in order after the opposites; the first match wins.
var styleRules = []struct {
	kind Kind
	re   *regexp.Regexp
}{
	{LessNeedy, regexp.MustCompile(`\b(?:needy|desperate|clingy|pushy|begging|pleading|pressure|pressuring|thirsty|try ?hard|try(?:ing)? (?:too |so |way too |really )?hard|guilt trip|guilt trippy)\b|\blike i(?:'m| am|m)? (?:want|wanting|need|needing|after|asking for) (?:something|a favou?r|stuff|things)\b|\blike i only (?:want|need|message|text|write)\b`)},
	{Another, another},
	{LessStiff, regexp.MustCompile(`\b(?:sound(?:s|ing)? (?:more |a bit more |a little more |less )?like (?:me|myself)|(?:doesn't|does not|don't|dont) sound like (?:me|myself|i wrote it)|more like (?:me|myself|i (?:actually |really )?(?:talk|write|text|speak))|like (?:i|me) (?:actually |really )?(?:wrote|write|talk|text|speak)|like something i'?d (?:actually |really |normally )?(?:say|write|send|text)|how i (?:actually |really |normally |usually )?(?:talk|write|text|speak)|more me|(?:more|less|sound|sounds|bit more|a bit more) (?:sincere|honest|heartfelt and sincere)|sincerely|sincerity|in my own words|my own voice|robot|robotic|bot|stiff|natural|naturally|human|real person|template|generic|canned|scripted|fake|genuine|authentic|chatgpt|ai|cheesy lines|cliche|cliched|corporate|like a card|greeting card|hallmark)\b`)},
	{Shorter, regexp.MustCompile(`\b(?:shorter|short|shorten|brief|briefer|briefly|concise|condense|trim|cut (?:it )?down|fewer words|less words|less text|lot of text|half the length|tighter|snappier|wordy|tl ?dr|to the point|sum it up|quicker|smaller|fluff|waffle|padding|one line|one liner|couple of lines)\b|\b(?:so|very|really|kinda|quite|bit|a bit|too) long\b|\blong$`)},
	{Longer, regexp.MustCompile(`\b(?:longer|lengthen|expand|flesh|elaborate|more details?|write more|say more|more words|add more|more to it|fuller|beef|bigger|more text|extend|more content)\b|\b(?:a bit|a little|some|bit) more(?: please| to it| in it| stuff)?$`)},
	{Cooler, regexp.MustCompile(`\b(?:cooler|tone (?:it )?down|dial (?:it )?back|over the top|a bit much|too much|calmer|neutral|reserved|restrained|understated|intense|gushy|mushy|sappy|soppy|play it cool|lower key|low key|chill out|less emotional|calm it)\b`)},
	{Warmer, regexp.MustCompile(`\b(?:warmer|warm|warmth|heartfelt|sweeter|sweet|affectionate|loving|kinder|kind|caring|(?:actually|really|i) care|friendlier|nicer|softer|gentler|more personal|more feeling|emotional|tender|cold|colder|cuddly|more love|lovelier|emotion|feelings|excited|excitement|enthusiastic|enthusiasm|hyped|hype|upbeat|happier|pumped|celebratory|more energy|more joy)\b`)},
	{Casual, regexp.MustCompile(`\b(?:casual|casually|chill|chiller|relaxed|laid ?back|informal|mate|buddy|pal|bestie|text a friend|like a text|slang|friendly|loose|easygoing|less uptight|normal)\b`)},
	{Formal, regexp.MustCompile(`\b(?:formal|formally|professional|polite|politer|proper|respectful|business|for my boss|for work|serious|work appropriate|linkedin|dear)\b`)},
	{Playful, regexp.MustCompile(`\b(?:playful|funny|funnier|fun|joke|jokes|humou?r|humorous|cheeky|cheekier|lighter|light ?hearted|silly|sillier|witty|banter)\b`)},
}

var another = regexp.MustCompile(`\banother\b|\b(?:a )?different (?:one|version|draft|take|option|wording|way|message)\b|^different$|\btry again\b|^again$|\bsomething else\b|\bsomething different\b|\bredo\b|\bre ?do it\b|\bre ?word\b|\brephrase\b|\bnew one\b|\bnext one\b|\bother one\b|\bone more\b|\bnot quite\b|\bdon't like (?:it|this|that)\b|\bdo not like (?:it|this|that)\b|\bsay it (?:differently|another way|in a different way)\b|\banother way\b|\bshuffle\b|\bretry\b|\bregenerate\b|\bnew version\b|\bfresh one\b|\bnew draft\b|\bother version\b|\bother options?\b|\bdifferent$|^next$|^nope try again$|\bwrite it again\b|\bgive me a new\b`)

// styleKind finds the style change a folded request asks for.
func styleKind(norm string) (Kind, bool) {
	if another.MatchString(norm) {
		return Another, true
	}
	for _, m := range append(negRe.FindAllStringSubmatch(norm, -1), lessRe.FindAllStringSubmatch(norm, -1)...) {
		if k, ok := opposite[m[1]]; ok {
			// "a bit warmer", "it's formal" name the change itself, not its
			// opposite, unless a negative word opened them.
			if !negativeLead.MatchString(m[0]) {
				k = direct(m[1], k)
			}
			return k, true
		}
	}
	for _, r := range styleRules {
		if r.re.MatchString(norm) {
			return r.kind, true
		}
	}
	return "", false
}

// negativeLead are the openers that turn "X" into "the opposite of X".
var negativeLead = regexp.MustCompile(`^(?:less|not so|not as|not too|too|way too|overly|a bit too|bit too|a little too|kinda too|too much|sounds|sound|seems|feels|reads|it's|its|this is|is this)\b`)

// direct is the change "a bit X" asks for when X is a complaint ("a bit
// long" → shorter) or a wish ("a bit warm" → warmer).
func direct(word string, k Kind) Kind {
	switch word {
	case "warm", "sweet", "casual", "informal", "formal", "polite", "professional", "serious", "proper", "playful", "cool":
		return map[string]Kind{"warm": Warmer, "sweet": Warmer, "casual": Casual, "informal": Casual,
			"formal": Formal, "polite": Formal, "professional": Formal, "serious": Formal, "proper": Formal,
			"playful": Playful, "cool": Cooler}[word]
	}
	return k
}
