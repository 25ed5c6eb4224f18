package agent

import "strings"

// DetectCrisis reports whether text talks about suicide, self-harm, wanting
// to die, or being in danger or abused, directly or indirectly ("I don't see
// the point in being here anymore", "everyone would be better off without
// me"). It is rule-based and deliberately leans towards a false alarm: a
// gentle pointer to help costs little, a missed cry for help costs a lot.
// Common figures of speech ("this traffic is killing me", "I'd die for a
// coffee") do not match.
func DetectCrisis(text string) bool {
	return matchSafety(crisisRules, safetyFold(text))
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
	people   = `(?:he|she|they|my (?:dad|father|stepdad|stepfather|mum|mom|mother|stepmum|stepmom|stepmother|husband|wife|partner|boyfriend|girlfriend|bf|gf|brother|sister|uncle|aunt|ex|parents?|grandad|grandpa|cousin|roommate|flatmate|carer|teacher|coach|boss)|(?:mum|mom|dad|he|she|they) (?:always|sometimes|still|often|keeps?|just))`
	abuseVrb = `(?:hits|hit|beats|beat|beating|kicks|kicked|chokes|choked|strangles|strangled|slaps|slapped|punches|punched|abuses|abused|rapes|raped|hurts|hurt|burns|burned|threatens|threatened|shoves|shoved|pushes|pushed)`
	pills    = `(?:pills|tablets|meds|medication|medicine|painkillers|sleeping pills|paracetamol|tylenol|ibuprofen|aspirin|xanax|insulin)`
	goneWord = `(?:gone|dead|not here|not around|no longer here|never born)`
)

var crisisRules = []safetyRule{
	// Suicide, named.
	sr(`suicid\w*|sewerslide|sewer slide|unalive\w*|kms|kill `+meSelf+`|killing `+meSelf+`|end `+meSelf,
		`(?:career|political|social|commercial|financial|fashion|brand|electoral) suicide`, `suicide squad`,
		`suicide (?:doors?|run|runs|sprints?|knot|burpees?)`),
	sr(`(?:take|taking|took|end|ending|ended) (?:my|my own) (?:own )?life`),
	sr(`(?:end|ending|ended) (?:it all|everything|things|it for good|it once and for all)`,
		`(?:end|ending|ended) (?:things|everything|it all) (?:with|between|on a)`),
	sr(`(?:thinking|thought|think|thinking seriously|dreaming) (?:about|of) (?:just )?ending (?:it|it all|things|everything|my life)`,
		`ending (?:it|things) (?:with|between)`),
	sr(wantTo+` (?:to )?(?:just )?end (?:it|it all)`, `end it with`, `end it between`),
	sr(`(?:ending|end) it (?:tonight|today|now|soon|this week|for real)`),
	sr(`(?:how|ways|best way) to (?:die|kill myself|end it|overdose|not wake up)`),
	// Wanting to die or not to exist.
	sr(`(?:want|wanted|wanna|wish|wished|ready|going|gonna|deserve|deserved|rather|prefer) (?:to )?(?:just )?(?:die|be dead|not be alive|not exist|stop existing|disappear)`,
		`die (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|shame|happiness|jealousy|curiosity)`,
		`(?:die|dead) (?:for|to see|to try|to know|to meet|to go)`, `die laughing`, `die (?:my|her|his|their|your|our) (?:hair|clothes|shirt|jeans|beard)`, `disappear (?:for|into) (?:a|the) (?:bit|while|weekend|week|day|hour|holiday)`),
	sr(`(?:wanna|want to|wish i could|i could) (?:just )?die\b`, `die (?:my|her|his|their|your|our) (?:hair|clothes|shirt|jeans|beard)`,
		`die (?:of|from) (?:embarrassment|laughter|laughing|boredom|cringe|shame)`, `die (?:for|laughing)`),
	sr(`wish i (?:was|were|had|d) (?:` + goneWord + `|never been born|not born|been born)`),
	sr(`(?:dont|do not|dont really|no longer|never) (?:want|wanna|wish) (?:to )?(?:live|be alive|exist|be here|wake up|keep living|go on|be around)`),
	sr(`(?:hope|pray|wish) (?:i )?(?:dont|do not|never|wont|will not) wake up|sleep (?:and|forever and) never wake up|sleep forever|go to sleep forever`),
	sr(`better off (?:dead|without me|if i (?:was|were|wasnt|werent) ` + goneWord + `|if i (?:was|were)nt here|if i died)`),
	sr(`(?:everyone|everybody|they|people|the world|my family|you all|all of you|no one) (?:would|will|d|is|are|would all|will all) (?:be )?(?:better|happier) (?:off )?without me`),
	sr(`(?:nobody|no one|noone|no body) (?:would|will|d) (?:even )?(?:miss me|notice if i|care if i|care when i)`),
	sr(`(?:no|dont see (?:any|the)|cant see (?:any|the)|whats the|what is the|lost (?:all|any)) (?:point|reason|purpose) (?:in|of|to|for) (?:living|life|being alive|being here|going on|carrying on|staying|existing|anything|it all|trying|waking up|me)`),
	sr(`(?:no|dont see (?:any|the)|cant see (?:any|the)|whats the|lost all) (?:point|reason) (?:anymore|any more)`),
	sr(`(?:dont|do not|cant|cannot) see (?:the|a|any) (?:point|future|way out)`),
	sr(`not (?:be|being) (?:here|around|alive) (?:anymore|any more|much longer|for long|tomorrow)`),
	sr(`(?:wont|will not|might not|may not) be (?:here|around|alive) (?:anymore|any more|much longer|for long|tomorrow|by)`),
	sr(`(?:life|living|it) (?:is|isnt|is not|aint) (?:not )?worth (?:living|it anymore|living anymore|going on)|not worth living`),
	sr(`(?:cant|cannot|can not|dont want to|unable to) (?:go on|keep going|carry on|do this anymore|take (?:it|this|much more) (?:anymore|any more)|keep living|cope anymore|cope any more|live like this)`),
	sr(`(?:tired|sick|exhausted) of (?:living|being alive|life|existing|being here|everything)`),
	sr(`(?:give|giving|given|gave) up on (?:life|living|everything|myself|me)`),
	sr(`(?:disappear|vanish) (?:forever|for good|permanently|and never come back)`),
	sr(`(?:goodbye|bye) (?:forever|cruel world|everyone forever)|this is (?:goodbye|my goodbye)|(?:suicide|goodbye) (?:note|letter)|(?:wrote|written|writing) (?:a|my) (?:note|letter) to (?:everyone|my family)`),
	sr(`(?:want|wish) (?:it all|everything|the pain|this pain|it) to (?:stop|end|be over)`, `(?:want|wish) it to (?:stop|end) (?:raining|snowing)`),
	sr(`(?:burden|waste of space|waste of air) (?:to|on|for) (?:everyone|everybody|my family|them|you all|people|the world)|(?:just|only) a burden|im a burden|i am a burden`),
	sr(`(?:hate|hating) (?:my ?self|being alive|my life) so much|(?:hate|hating) my (?:life|self) and`),
	sr(`life is (?:pointless|meaningless|hopeless|not worth it)|my life is over|no way out|had enough of (?:life|living|everything|it all|being alive)|might as well (?:be dead|die|not exist|not be here)`),
	sr(`(?:think|thinking|thought|obsessing) (?:about|of) (?:dying|death|being dead|not being here|not existing|not waking up)`,
		`(?:dying|death) (?:of|in) (?:a|the|my|his|her|their) (?:grand\w*|dad|mum|mom|father|mother|pet|dog|cat|friend)`),
	sr(`(?:should|want to|wanna|going to|gonna|need to|could) (?:just )?(?:disappear|vanish|go away) (?:forever|for good|and never come back|permanently)`),
	sr(`(?:should|could|want to|wanna) (?:just )?(?:disappear|vanish)`, `(?:disappear|vanish) (?:for|into|to|on|from|with|off|behind|under|in)`),
	sr(`(?:not going to|not gonna) be (?:here|around|alive) (?:anymore|any more|much longer|for long|tomorrow)`),
	sr(`(?:sleep|fall asleep|go to sleep) and (?:not|never) wake up`),
	// Self-harm.
	sr(wantTo+` (?:to )?(?:hurt|harm|cut|burn|punish|starve|injure) `+meSelf,
		meSelf+` (?:a|some|another) (?:slice|piece|break|treat)`),
	sr(`(?:hurting|harming|cutting|burning|starving|punishing|injuring) ` + meSelf + `|self ?harm\w*|selfharm\w*|cutting again|started cutting|relapsed? (?:and|on|into) (?:cutting|self)`),
	sr(`(?:hurt|harmed|cut|burned|burnt) `+meSelf,
		meSelf+` (?:a|some|another) (?:slice|piece|break|treat|short|off)`, `(?:hurt|cut|burn\w*) `+meSelf+` (?:at|in|while|when|playing|during|on the|lifting|running|skiing|cooking|shaving|with a knife while|by accident|accidentally|on a|falling)`,
		`(?:shaving|cooking|by accident|accidentally|paper cut)`, `cut myself off`),
	sr(`(?:took|taken|take|swallowed|swallow|downed|taking) (?:too many|too much|a lot of|lots of|loads of|all (?:of )?(?:my|the|her|his)|a bunch of|a whole (?:bottle|box|pack|packet) of|the whole (?:bottle|box|pack|packet) of|every one of my|extra) ` + pills),
	sr(`overdos\w*|od(?:ed|d|ing)? on`),
	sr(pills + ` (?:saved|saved up|stockpiled|hoarded|stashed|hidden)|(?:saving|saved|stockpiling|stockpiled|hoarding|hoarded|stashing) (?:up )?(?:my |the |some |all )?` + pills),
	sr(`relapsed?\b.{0,20}\b(?:cut|cutting|self harm|harming|hurting myself|burning)`),
	sr(`(?:jump|jumping|throw myself) (?:off|from|in front of) (?:a|the|this) (?:bridge|building|roof|cliff|train|car|bus|balcony|window|tower)|(?:hang|hanging) ` + meSelf + `|noose|slit (?:my )?(?:wrists?|throat)|gun to my head|(?:shoot|shooting) ` + meSelf + `|drown ` + meSelf + `|step in front of (?:a|the) (?:train|car|bus|truck)`),
	// Danger and abuse.
	sr(people+` (?:\w+ )?`+abuseVrb+` me`,
		`hits? me up`, `hit me (?:with|that|how|hard that|right in the feels)`, `(?:beat|beats|beating) me (?:at|in|to|by)`,
		`hurts? me (?:when|that|to (?:see|hear|say|think)) `, `(?:pushes|pushed|pushing) me (?:to|too|forward|harder|out of my comfort)`,
		`(?:burned|burns) me (?:a|the|some|out)`, `threaten\w* me with (?:a|the)? ?(?:lawsuit|fine|spoilers)`, `(?:he|she|they) hurt me (?:so much )?(?:by|when|with)`),
	sr(`(?:being|been|getting|got|was|were) (?:physically |sexually |emotionally )?(?:abused|assaulted|raped|molested|beaten|strangled|choked|trafficked)`),
	sr(`(?:scared|afraid|fear|fearing|terrified) for my (?:life|safety)|(?:being|been|getting) hurt (?:at home|by (?:him|her|them|my))`),
	sr(people+` (?:\w+ )?touch(?:es|ed|ing)? me`, `touch\w* me (?:deeply|so much|with|by|when i|how|a lot)`),
	sr(`(?:abusive|violent) (?:partner|husband|wife|boyfriend|girlfriend|dad|father|mum|mom|mother|parents?|relationship|home|family|ex|stepdad|stepfather)`),
	sr(`(?:not|dont feel|never feel|dont|dont ever) (?:safe|feel safe) (?:at|in my|in our|to go) (?:home|house|room|family|bedroom)|unsafe (?:at|in my|in our) (?:home|house|family|relationship)|not safe (?:here|right now|anymore|with (?:him|her|them|my))`),
	sr(iAm+` (?:not safe|in danger|unsafe)`, `in danger of`),
	sr(`(?:life|lives|kids|children|family) (?:is|are) in danger|in danger (?:right now|tonight|at home)`),
	sr(`(?:scared|afraid|terrified|frightened) (?:of|to go home to|to be around) (?:my |him|her|them)(?:dad|father|stepdad|stepfather|mum|mom|mother|husband|wife|partner|boyfriend|girlfriend|ex|parents?|brother|uncle)?\b.{0,40}\b(?:hurt|hit|kill|beat|do something|angry|drunk)`),
	sr(`(?:scared|afraid|terrified|frightened) (?:to go|of going|to return) home`),
	sr(`(?:threatened|threatens|threatening|said (?:he|she|they)(?:ll| will| would|d| is going to| was going to)?|swore (?:he|she|they)(?:d| would)?) (?:to )?(?:kill|hurt|beat|stab|shoot) me`),
	sr(`(?:hell|he will|shell|she will|theyll|they will|hes going to|shes going to|theyre going to|he might|she might|they might) (?:hurt|hit|beat|stab|shoot|choke|strangle) me`),
	sr(`(?:wont|will not|doesnt|does not|dont|do not) let me (?:leave|go out|out of the house|see anyone|eat|sleep)|locked me (?:in|inside)|keeps me locked`),
	sr(`touch(?:es|ed|ing)? me (?:inappropriately|where|when i dont|without)|made me do (?:things|stuff) i didnt want`),
}

// harmAgent is someone asking for help doing something to another person.
const harmAgent = `(?:help me|helping me|can you|could you|will you|would you|how (?:do|can|could|would|should|to) (?:i )?|i (?:want|need|would like|d like|wanna|am going|m going|plan|intend|mean) to|im (?:going|gonna|planning) to|ways to|way to|lets|let me|write|draft|compose|make|send|give me|tips (?:on|for|to)|best way to|trying to|i wanna|gonna)`

var harmRules = []safetyRule{
	sr(harmAgent+`\b.{0,50}\b(?:threaten(?:ing)?|intimidat(?:e|ing)|stalk(?:ing)?|doxx?(?:ing)?|harass(?:ing)?|humiliat(?:e|ing)|blackmail(?:ing)?|gaslight(?:ing)?|guilt ?trip(?:ping)?|(?:cyber)?bully(?:ing)?|frighten(?:ing)?|terrify(?:ing)?|torment(?:ing)?|traumati[sz](?:e|ing)|catfish(?:ing)?|swat(?:ting)?|extort(?:ing)?|publicly shame|scare (?:him|her|them|my ex)|spy(?:ing)? on)\b`,
		`(?:stop|quit|avoid|resist) (?:myself from |me from )?(?:stalking|checking|looking)`,
		`(?:stop|stops|stopped|keep|keeps|kept|is|was|been|being|from|after|deal with|dealing with|respond to|handle|avoid|report|protect myself from|get away from) (?:\w+ )?(?:threaten|intimidat|stalk|harass|humiliat|blackmail|gaslight|bully|bulli|troll|scar|spy|hack)\w* me`,
		`(?:someone|somebody|he|she|they|my \w+) (?:is|was|keeps|has been|have been|are) (?:\w+ )?(?:threaten|stalk|harass|bully|bulli|blackmail|gaslight|hack|troll|spy)\w*`,
		`(?:how|ways?) to (?:stop|deal with|handle|respond to|report|avoid|recover from|tell if)`,
		`(?:being|been|got|get|getting|was|feel|feeling) (?:\w+ )?(?:threatened|stalked|harassed|bullied|blackmailed|gaslit|gaslighted|manipulated|humiliated|intimidated|doxxed|hacked|scared|trolled)`,
		`scared? (?:of|to|about)`, `(?:not|without|never) (?:trying to |wanting to )?(?:scare|threaten|intimidate|bully|harass)`, `(?:doesnt|dont|wont|will not|does not|do not) (?:scare|threaten|intimidate|frighten)`),
	sr(`(?:threatening|nasty|hate|abusive|scary|intimidating|menacing|vicious) (?:message|text|note|email|letter|dm|voicemail|comment|post)`,
		`(?:got|get|getting|received|receive|receiving|sent me|sends me|keep getting|keeps sending|respond to|reply to|answer|deal with|report|about|from|after)\b.{0,30}\b(?:threatening|nasty|hate|abusive|scary|intimidating|menacing|vicious) (?:message|text|note|email|letter|dm|voicemail|comment|post)`),
	sr(`(?:find|finding|found|get|track down|look up) (?:out )?(?:where|the address of|the location of) (?:he|she|they|my ex|him|her|them|[a-z]+) (?:lives?|live|works?|is staying|stays|sleeps|goes|hangs out)`,
		`(?:where (?:the|a|our|my) \w+ (?:is|lives))`),
	sr(`(?:find|get|track down|look up|leak|post|share|publish|spread) (?:out )?(?:his|her|their|my exs|my ex s) (?:home |new |real |private |personal )?(?:address|location|phone number|number|workplace|nudes|naked|private (?:photos|pictures|pics)|photos|pics|pictures|secrets|medical|passwords?|messages|diary)`,
		`(?:find|get|look up) (?:out )?(?:his|her|their) (?:number|phone number) (?:so|to) (?:i can|we can)? ?(?:invite|call|thank|wish|congratulate|apologi[sz]e|say)`),
	sr(`(?:track|trace|monitor|follow) (?:his|her|their|my exs|my partners|my wifes|my husbands|my girlfriends|my boyfriends) (?:location|phone|car|movements|every move|whereabouts|messages|texts)`),
	sr(`(?:read|check|go through|get into|hack into|hack|access|break into) (?:his|her|their|my (?:ex|partner|wife|husband|girlfriend|boyfriend)s?) (?:phone|account|email|emails|messages|texts|dms|instagram|facebook|snapchat|whatsapp|icloud) (?:without|secretly|behind)`),
	sr(`(?:hack|hack into|break into|get into) (?:his|her|their|my exs) (?:phone|account|email|instagram|facebook|snapchat|whatsapp|icloud)`),
	sr(`(?:make|making|get) (?:him|her|them|my ex|my \w+|[a-z]+) (?:feel )?(?:worthless|stupid|small|ashamed|pathetic|like shit|like garbage|like trash|like nothing|like dirt|like a loser|ugly|unlovable|miserable|insecure|scared|afraid|terrified|suffer|pay for|regret (?:ever|being|meeting)|cry|kill (?:himself|herself|themselves)|hurt|bad about (?:himself|herself|themselves)|sorry (?:he|she|they) (?:was|were) born)`,
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
