package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/safety"
)

// DetectCrisis reports whether text talks about suicide, self-harm, wanting
// to die, being in danger or abused, someone else at risk, or a medical
// emergency, directly or indirectly ("I don't see the point in being here
// anymore", "everyone would be better off without me"), in any of the
// languages safety.Languages lists. It is rule-based (see package safety)
// and deliberately leans towards a false alarm: a gentle pointer to help
// costs little, a missed cry for help costs a lot. Common figures of speech
// ("this traffic is killing me", "I'd die for a coffee") do not match.
func DetectCrisis(text string) bool {
	return safety.Detect(text).Crisis()
}

// DetectHarm reports whether text asks for help harassing, threatening,
// stalking, doxxing, manipulating or humiliating someone. Someone describing
// what is being done to them ("my ex keeps threatening me") does not match.
func DetectHarm(text string) bool {
	return matchSafety(harmRules, safetyFold(text))
}

// safetyRule matches when re matches and unless (if set) does not.
type safetyRule struct {
	re     pattern
	unless *pattern
}

func matchSafety(rs []safetyRule, folded string) bool {
	if folded == "" {
		return false
	}
	padded := " " + folded + " "
	for _, r := range rs {
		if r.re.MatchString(padded) && (r.unless == nil || !r.unless.MatchString(padded)) {
			return true
		}
	}
	return false
}

// safetyFold is foldText without apostrophes ("don't" becomes "dont", "I’m"
// becomes "im"), with a few spelled-out evasions mapped back to plain words.
func safetyFold(s string) string {
	f := strings.ReplaceAll(foldText(s), "'", "")
	if strings.ContainsAny(f, "013$") {
		f = evasionReplacer.Replace(f)
	}
	return f
}

var evasionReplacer = strings.NewReplacer("su1cid", "suicid", "suic1d", "suicid", "su1c1d", "suicid",
	"k1ll", "kill", "d1e", "die", "s3lf", "self")

// sr builds a safety rule; patterns are matched against folded text padded
// with a space at each end, so " word " anchors whole words.
func sr(expr string, unless ...string) safetyRule {
	r := safetyRule{re: mustPattern(`\b(?:` + expr + `)\b`)}
	if len(unless) > 0 {
		u := mustPattern(`\b(?:` + strings.Join(unless, "|") + `)\b`)
		r.unless = &u
	}
	return r
}

// Word groups shared by the rules below.
const (
	meSelf   = `(?:my ?self|me self|myself)`
	iAm      = `(?:i|im|i am|ive|i have|ive been|i have been|i was|i feel|i think im|honestly im)`
	wantTo   = `(?:want|wanna|wish|need|going|gonna|ready|plan|planning|decided|deserve|tempted|thinking about|think about|thought about|thinking of|considering|trying|tried|about|urge|urges)`
	abuseVrb = `(?:hits|hit|beats|beat|beating|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|punches|punched|abuses|abused|rapes|raped|hurts|hurt|burns|burned|threatens|threatened|shoves|shoved|pushes|pushed)`
	pills    = `(?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|tylenol|ibuprofen|aspirin|xanax|insulin)`
	goneWord = `(?:gone|dead|not here|not around|no longer here|never born)`
)

// notMeOrUs is one word that is not "me" or "us": the person never
// harms themselves by being made to feel something.
const notMeOrUs = `(?:[a-z]{3,}|[a-z]|[a-ln-tv-z][a-z]|m[a-df-z]|u[a-rt-z])`

// harmAgent is someone asking for help doing something to another person.
const harmAgent = `(?:help me|helping me|can you|could you|will you|would you|how (?:do|can|could|would|should|to) (?:i )?|i (?:want|need|would like|d like|wanna|am going|m going|plan|intend|mean) to|im (?:going|gonna|planning) to|ways to|way to|lets|let me|write|draft|compose|make|send|give me|tips (?:on|for|to)|best way to|trying to|i wanna|gonna)`

var harmRules = []safetyRule{
	sr(harmAgent+`\b.{0,50}\b(?:threaten(?:ing)?|intimidat(?:e|ing)|stalk(?:ing)?|doxx?(?:ing)?|harass(?:ing)?|humiliat(?:e|ing)|blackmail(?:ing)?|gaslight(?:ing)?|guilt ?trip(?:ping)?|(?:cyber)?bully(?:ing)?|frighten(?:ing)?|terrify(?:ing)?|torment(?:ing)?|traumati[sz](?:e|ing)|catfish(?:ing)?|swat(?:ting)?|extort(?:ing)?|publicly shame|scare (?:him|her|them|my ex)|spy(?:ing)? on)\b`,
		`(?:stop|quit|avoid|resist) (?:myself from |me from )?(?:stalking|checking|looking)`,
		`(?:stop|stops|stopped|keep|keeps|kept|is|was|been|being|from|after|deal with|dealing with|respond to|handle|avoid|report|protect myself from|get away from) (?:\w+ )?(?:threaten|intimidat|stalk|harass|humiliat|blackmail|gaslight|bully|bulli|troll|scar|spy|hack)\w* me`,
		`(?:someone|somebody|he|she|they|my \w+) (?:is|was|keeps|has been|have been|are) (?:\w+ )?(?:threaten|stalk|harass|bully|bulli|blackmail|gaslight|hack|troll|spy)\w*`,
		`(?:how|ways?) to (?:stop|deal with|handle|respond to|report|avoid|recover from|tell if)`,
		`(?:being|been|got|get|getting|was|feel|feeling) (?:\w+ )?(?:threatened|stalked|harassed|bullied|blackmailed|gaslit|gaslighted|manipulated|humiliated|intimidated|doxxed|hacked|scared|trolled)`,
		`scared? (?:of|to|about)`, `(?:not|without|never) (?:trying to |wanting to )?(?:scare|threaten|intimidate|bully|harass)`, `(?:doesnt|dont|wont|will not|does not|do not) (?:scare|threaten|intimidate|frighten)`,
		// "one more, light, no guilt trip": the harm named is ruled out.
		`(?:no|not|without|never|nothing|zero|dont want (?:it )?to|doesnt|shouldnt) (?:\w+ ){0,2}(?:guilt ?trip|guilt-trip)`),
	sr(`(?:threatening|nasty|hate|abusive|scary|intimidating|menacing|vicious) (?:message|text|note|email|letter|dm|voicemail|comment|post)`,
		`(?:got|get|getting|received|receive|receiving|sent me|sends me|keep getting|keeps sending|respond to|reply to|answer|deal with|report|about|from|after)\b.{0,30}\b(?:threatening|nasty|hate|abusive|scary|intimidating|menacing|vicious) (?:message|text|note|email|letter|dm|voicemail|comment|post)`),
	sr(`(?:find|finding|found|get|track down|look up) (?:out )?(?:where|the address of|the location of) (?:he|she|they|my ex|him|her|them|[a-z]+) (?:lives?|live|works?|is staying|stays|sleeps|goes|hangs out)`,
		`(?:where (?:the|a|our|my) \w+ (?:is|lives))`),
	sr(`(?:find|get|track down|look up|leak|post|share|publish|spread) (?:out )?(?:his|her|their|my exs|my ex s) (?:home |new |real |private |personal )?(?:address|location|phone number|number|workplace|nudes|naked|private (?:photos|pictures|pics)|photos|pics|pictures|secrets|medical|passwords?|messages|diary)`,
		`(?:find|get|look up) (?:out )?(?:his|her|their) (?:number|phone number) (?:so|to) (?:i can|we can)? ?(?:invite|call|thank|wish|congratulate|apologi[sz]e|say)`),
	sr(`(?:track|trace|monitor|follow) (?:his|her|their|my exs|my partners|my wifes|my husbands|my girlfriends|my boyfriends) (?:location|phone|car|movements|every move|whereabouts|messages|texts)`),
	sr(`(?:read|check|go through|get into|hack into|hack|access|break into) (?:his|her|their|my (?:ex|partner|wife|husband|girlfriend|boyfriend)s?) (?:phone|account|email|emails|messages|texts|dms|instagram|facebook|snapchat|whatsapp|icloud) (?:without|secretly|behind)`),
	sr(`(?:hack|hack into|break into|get into) (?:his|her|their|my exs) (?:phone|account|email|instagram|facebook|snapchat|whatsapp|icloud)`),
	// The one made to feel it is someone else: any word but the
	// person's own "me" or "us" ("the rain is making me miserable" is
	// a mood, no harm).
	sr(`(?:make|making|get) (?:him|her|them|my ex|my \w+|`+notMeOrUs+`) (?:feel )?(?:worthless|stupid|small|ashamed|pathetic|like shit|like garbage|like trash|like nothing|like dirt|like a loser|ugly|unlovable|miserable|insecure|scared|afraid|terrified|suffer|pay for|regret (?:ever|being|meeting)|cry|kill (?:himself|herself|themselves)|hurt|bad about (?:himself|herself|themselves)|sorry (?:he|she|they) (?:was|were) born)`,
		`(?:make|making) (?:\w+ )?(?:feel )?(?:less |not )(?:stupid|small|ashamed|scared|afraid|insecure|miserable|worthless|bad)`, `(?:dont|never|not) (?:want to )?make (?:him|her|them)`),
	sr(`(?:ruin|destroy|wreck) (?:his|her|their|my exs) (?:life|reputation|career|relationship|marriage|day|birthday|wedding)|(?:destroy|ruin|crush|break) (?:him|her|them) (?:emotionally|mentally|completely)?`,
		`(?:dont|didnt|never|not|afraid to|scared to|worried (?:i|i will|ill)) (?:want to )?(?:ruin|destroy|wreck|crush|break)`),
	sr(`(?:get|getting|take|taking) (?:back at|revenge on|even with|my revenge)|revenge (?:on|against)|(?:make|making) (?:him|her|them) pay`),
	sr(`(?:spread|start|post|make up) (?:rumou?rs|lies|gossip|stories) about|(?:expose|out) (?:him|her|them) (?:to|online|publicly|on)|(?:catfish|impersonate|fake account (?:of|to))`),
	sr(`death threats?|kys|(?:tell|told|telling) (?:him|her|them|my ex|[a-z]+) to (?:kill (?:himself|herself|themselves|themself)|die|go die)`),
	sr(`(?:manipulat(?:e|ing)|guilt ?trip(?:ping)?|gaslight(?:ing)?|pressur(?:e|ing)|coerc(?:e|ing)|trick) (?:him|her|them|my (?:ex|partner|friend|wife|husband|girlfriend|boyfriend|parents?|mum|mom|dad|sister|brother|boss|colleague|roommate|flatmate)) (?:into|to )`,
		`(?:stop|not|never|without|dont want to|avoid) (?:\w+ )?(?:manipulat|guilt ?trip|gaslight|pressur|coerc)`),
	sr(`(?:how (?:do|can|could) i|help me|ways to|tips to|i want to|how to) (?:manipulate|gaslight|guilt ?trip|control|isolate|punish|hurt|beat up|get rid of|silence)\b`,
		`(?:how (?:do|can|could) i|help me|ways to|tips to|i want to|how to) (?:control|hurt) (?:my|the|less|myself)`),
	sr(`(?:i want|i wanna|i need|help me|im going|im gonna|i am going) (?:to )?(?:hurt|hit|punch|beat up|kill|stab|shoot|poison|attack) (?:him|her|them|my ex|my boss|my \w+)`,
		`(?:hurt|hit) (?:him|her|them) (?:back )?(?:like|the way)`, `(?:hurt|kill) (?:him|her|them) with kindness`, `(?:hurt|hit) (?:his|her|their) feelings`),
}
