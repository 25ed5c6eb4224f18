package compose

import (
	"regexp"

	"github.com/companion-dev/companion/agent/internal/count"
)

// The patterns that tell what a clause is, each named for the shape of
// clause it finds; classifyOne tries them in its own order.
var (
	// background is what the person says for the companion's sake, never
	// the recipient's: the story of a silence, a grievance, how they know
	// each other, the cause of a death.
	background = regexp.MustCompile(`(?i)\b(?:\d+|one|two|three|four|five|a few|a couple of) dates\b|\bfirst date\b|stopped (?:replying|answering|texting)|\b(?:hasn't|haven't|didn't|never|not) (?:replied|answered|got back|reply|responded|answer|respond|get back|text back|write back)\b|\bno reply\b|left me on read|went quiet|gone quiet|\bghost|heard nothing|\bannoyed\b|\bpissed\b|\bupset\b|\bhurt$|\bwe(?: were|'re| are)? (?:not )?(?:so |very )?close\b|\bgot close\b|\bwere (?:very )?close\b|lost touch|\bdrifted\b|life happened|\b(?:haven't|have not|hadn't|not|never) (?:really |properly )?(?:talked|spoken|seen|been in touch|met|played|written|called|rung|texted|messaged|visited)\b|\bbeen (?:ages|years|a while|months|so long)\b|\bit's been\b|nobody has posted|\bis dead\b|\bthat died\b|group chat|what to say|^i care$|no reason|nothing special|\bis my (?:mother|mum|mom|dad|father|sister|brother|friend)\b|\b(?:it's|is) (?:her|his|their|your) birthday\b|\bbirthday is (?:today|tomorrow)\b|^(?:a|an) (?:girl|guy|friend|colleague|woman|man) from\b|\bfrom my (?:yoga|gym|class|work)|^(?:my|our|the|a|an) (?:\w+ ){0,3}(?:friend|friends|housemates|flatmates|colleague|neighbour|neighbor|group|one|mentor|manager|boss|cousin|sister|brother|supervisor|teacher|professor|tutor|coach|coworker|roommate|flatmate|lecturer|landlord|landlady|doctor|nurse)(?: (?:from|at|in|since|of) .+)?$|^(?:how )?I(?:'m| am) feeling$|\bwe had a (?:\w+ )?(?:fight|argument|row)\b|\bnever helps\b|\bregret\b|\bsudden(?:ly)?$|heart attack|\bcar accident\b|\bshe heard\b|\bhe heard\b|expect a reply|wrong thing|^mainly\b|\b\d+ of us\b|\bwe (?:used to )?work(?:ed)? together\b|^(?:it|that) (?:was|is) (?:very |so )?sudden|^(?:we|I) (?:were|was) (?:super |so |very )?close|^on linkedin$|^(?:for )?the (?:\w+ )?(?:one|chat)$|^it$|^nothing$|^that$|\bmy (?:ex-)?(?:former )?(?:manager|boss|mentor|colleague|supervisor)\b|^(?:linkedin|whatsapp)$|^(?:he|she|they) (?:is|was|are) (?:my|a|an|our) |\bi (?:was )?depressed\b|^over nothing$|\bdown about it\b|it'?s the .* one\b|she'?s (?:pretty |really |very )?hurt|^(?:I'm |I am )?(?:just )?thinking (?:of|about) (?:her|him|them|you)$|^(?:just )?to say (?:hi|hello)$|\b(?:good|great|big|exciting|some|her|his|their) news\b|^(?:she|he|they)(?:'s| is| are|'re) (?:having|going through) (?:a )?(?:\w+ )?(?:hard|rough|tough|difficult) (?:time|patch)$|^(?:she|he|they)(?:'s| is| are|'re) struggling$|^(?:I )?want to (?:thank|apologi[sz]e)|^to (?:thank|apologi[sz]e)|^(?:a )?thank you$|^just thinking of (?:her|him|them)$|^I haven't told anyone\b|\bnothing needy\b|^(?:not )?too (?:needy|much|long)$|^I (?:was |am |'m |have been |'ve been )?(?:just )?thinking (?:of|about) (?:you|her|him|them)\b|\bbeen on my mind\b|^(?:your|his|her|their|\w+'s) (?:birthday|bday)(?: today| tomorrow)?$|^(?:just )?to say (?:hi|hello)\b|^(?:a )?(?:gentle |polite |light |quick )?follow(?:ing)?[- ]?up$|\binseparable\b|\bbest friends\b|\bnothing (?:for|since) a\b|^(?:then |and |but )?(?:still )?nothing(?: yet| since| back| so far)?$|^(?:but )?(?:don't|do not|dont) want (?:her|him|them) to (?:worry|panic|stress|feel bad)\b|\b(?:hasn't|hasnt|haven't|hadn't|didn't|never|not) (?:texted|messaged|called|rung|written|been in touch|said anything|heard back|written back|texted back|got in touch)\b|^what (?:do|should|can|could) I (?:send|say|write|text|put)\b|^I'?m (?:so |really |very |truly |terribly )?sorry(?: for (?:your|his|her|their) (?:\w+ )?loss)?$|\b(?:she|he|they|you) (?:read|saw|opened|seen|liked|reacted to) (?:it|my (?:message|text|msg)|the (?:message|text|msg))\b|\bI (?:don't|do not|never|rarely) (?:usually |normally |often |really )?(?:admit|say|tell (?:people|anyone)|show|talk about) (?:it|this|that|things like this|stuff like this|how I feel|my feelings)\b|^(?:and )?then nothing\b|\bno word\b|\b(?:(?:don't|do not|never) know|(?:I'm |I am )?not sure|idk|no idea) (?:what|how) to (?:say|write|put|start|word|send|text|message|reply|respond)\b|\b(?:not good|no good|terrible|bad|rubbish|useless) (?:with|at) (?:words|this|writing|texting|messages)\b|^I'?m (?:so |really |a bit |kind of )?(?:nervous|scared|worried|anxious|afraid) (?:she|he|they|that|it|about (?:how|what|sending|messaging|texting|reaching|getting it))\b|^nobody(?:'s|s| has| had| is)?\b|^(?:it'?s|its|this is|they'?re) (?:my|our) (?:old )?(?:band|team|group|crew|squad|lot|mates|friends|school friends|uni friends|flatmates|colleagues|chat)\b|\b(?:seem|sound|come across as|be|look) (?:too |so |a bit |overly )?(?:needy|pushy|desperate|clingy|annoying|weird|intense|keen|full on|dramatic|negative|over the top|a burden|depressing|heavy)\b|^I (?:don't|do not) want (?:to (?:say|mention|bring up|talk about|push|pressure|nag|pester|bother|hassle|chase|spam|annoy|be a pain|worry)|it to)\b|\b(?:said|promised) (?:she|he|they)(?:'d| would) (?:get back|reply|let me know|be in touch)\b|^we used to be (?:\w+ )?close$|\bwent on (?:a|one|two|three|\d+) dates?\b|^I'?m (?:apologi[sz]ing|saying sorry)$|^I (?:didn't|did not|never) (?:really |properly )?(?:know|knew|met|meet) (?:you|your|her|his|their|them|him)\b|^I never ask\b|\bso (?:it'?s|its) (?:weird|awkward|strange|hard|odd)\b|\b(?:isn't|is not|doesn't sound|don't sound|not sound|without (?:sounding|being)) (?:too |so |that |very )?(?:needy|pushy|desperate|clingy|annoying|weird|awkward|intense|much)\b|^(?:I'm |I am |I was )?(?:just )?thinking (?:of|about) (?:her|him|them|you)(?: today| lately| a lot| recently| this week| all day)?$|^I (?:just )?(?:want|wanted|'d like|would like) (?:you|her|him|them) to know how much\b|\bnothing back\b|\bnever (?:properly |really |actually )?(?:thanked|said thank|said thanks|told (?:you|her|him|them) (?:thank|how much))|^(?:but )?(?:nothing|not(?: too)?|no(?:thing)? too) (?:pushy|needy|desperate|clingy|heavy|long|formal|awkward|weird|intense|much|over the top|cheesy|soppy)\b|\bsilence\b|^no (?:guilt|pressure|drama|blame)\b|\bguilt trip\b|\bnot (?:too )?needy\b|\bno news\b|\bno (?:answer|reply|response)\b|\b(?:his|her|their|your) name(?:'s| is| was)\b|\b(?:low[- ]key|private about|keep it (?:quiet|simple|short|between us|light)|between (?:us|you and me|me and (?:her|him|them))|(?:just )?to me and (?:her|him|them))\b|^(?:the|his|her|their|my|our|your) (?:vet|vets|doctor|doctors|docs|doc|nurse|nurses|consultant|surgeon|hospital|specialist|gp|oncologist) (?:said|says|told|think|thinks|reckons|reckon)\b|^(?:the|my|our|those|these) (?:\w+ ){0,2}(?:couple|family|people|lady|man|guy|woman|bloke|lads|girls|neighbours|neighbors)(?: (?:next door|upstairs|downstairs|across the (?:road|street|hall)|over the road|down the (?:road|street)))?$|\b(?:moan\w*|complain\w*|whing\w*|grumbl\w*|going on about|banging on about)\b|\b(?:he|she|they)(?:'s| is| are) called\b|^I (?:left|moved away|quit)\b.*\b(?:ago|since)\b`)

	// wantPlanAny is a plan said as what the writer wants to put to them,
	// with or without an article: "want to gently suggest we meet up",
	// "maybe plan a reunion", "want to restart monthly meetups".
	wantPlanAny = regexp.MustCompile(`(?i)^(?:and )?(?:maybe |also |then )?(?:I )?(?:(?:want|wanna|would like|'d like|'d love|would love|was hoping|hope|am hoping|'m hoping|was thinking|thought I'd|thought I would|need|going)(?: to)? )?(?:\w+ly |maybe |also |just )?(suggest(?:ing)?|propose|plan(?:ning)?|organi[sz]e|arrange|restart|get back to|bring back|start up|kick off)(?: that)? (.+)$`)
	// encourage is a word of confidence in them: "she's got this".
	encourage = regexp.MustCompile(`(?i)^you(?:'ve| have)? got this\b|^you(?:'ll| will) (?:smash|ace|nail|crush|be (?:fine|great|brilliant|amazing))\b|^you can do (?:this|it)\b|^I believe in you\b`)
	// weWill is something the writer and the recipient will do: "we'll get
	// ice cream after".
	// weFeel is what the writer and others feel for them: "we're
	// thinking of you", "we're all here".
	weFeel = regexp.MustCompile(`(?i)^we(?:'re| are)? (?:all |both |so |really )?(?:here|thinking of you|thinking about you|sending (?:you )?(?:love|hugs|our love)|praying for you|rooting for you|proud of you|love you|miss you|with you)\b`)
	weWill = regexp.MustCompile(`(?i)^we(?:'ll| will|'re going to| are going to| can) (?:\w+ )`)
	// placeWe is a place or thing named with what they did there: "the
	// little ramen place we found last spring".
	placeWe = regexp.MustCompile(`(?i)^(?:the|that|our) (?:[\w'-]+ ){1,4}?(?:we|you and I|me and you) (?:\w+ed|found|went|had|saw|did|made|took|ate|got|met|spent|sang|ran|drank|used to \w+|always \w+)\b`)
	// tookYears is how long an achievement took: "took him 7 years".
	tookYears = regexp.MustCompile(`(?i)^(?:it |you |he |she |they )?took (?:you|your|him|her|them) (\w+(?: and a half)?) (years?|months?)\b(.*)$`)
	// lastTime is when they last properly spoke: "last time we talked was
	// at his wedding", a shared memory.
	lastTime = regexp.MustCompile(`(?i)^(?:the )?last time we (?:\w+ )?(?:talked|spoke|saw each other|met|met up|caught up|hung out|were together) was (?:at|on|in|during|for) (.+)$`)
	// notSince is what the writer has not done since something of theirs:
	// "haven't played since I did my ankle".
	notSince = regexp.MustCompile(`(?i)^(?:I )?(?:haven't|have not|not|never) (played|run|trained|danced|sung|been out|been back|swum|ridden|climbed|cycled) since (I .+)$`)
	// offering is help offered in passing: "a note… offering to help with
	// shopping".
	offering = regexp.MustCompile(`(?i)\boffering (?:to )?(help with .+|help out.*|help .+|(?:do|get|pick up|bring|cook|drive|walk|feed) .+)$`)
	// marriedYears is how long a couple were married.
	marriedYears = regexp.MustCompile(`(?i)^(?:you|they|you both|you two) (?:were|had been|have been|was) married (?:for )?(\w+(?:-\w+)?) years\b`)
	// hearVoice is wanting to hear them: "just want to hear her voice".
	hearVoice = regexp.MustCompile(`(?i)^(?:I )?(?:just )?(?:want|wanna|would love|'d love|need) to hear your voice\b`)
	// weShould is a plan said as what they should do: "we should do one
	// last gig".
	weShould = regexp.MustCompile(`(?i)^we (?:should|could|ought to|need to) (?:do|have|plan|organise|organize|get|go for|book) (.+)$`)
	// myThingIs is something of the writer's coming up, told when asking
	// for support: "my exams are in 2 weeks".
	myThingIs = regexp.MustCompile(`(?i)^my (?:\w+ ){1,2}(?:is|are|was|were)\b`)
	// traitClause is what the recipient is like, told so the draft suits
	// them: "hes kind of old school", "she's quite shy". It is for the
	// writing, never news to say back to them.
	traitClause = regexp.MustCompile(`(?i)^(?:and |but |also )?(?:he|she|they)(?:'s| is| are|'re|s|re)? (?:(?:kind of|kinda|sort of|quite|a bit|a little|pretty|very|really|so|super|rather|more of|a real|an|a) )*(?:old[- ]school|old[- ]fashioned|shy|quiet|private|reserved|formal|traditional|sensitive|introverted|introvert|proper|serious|sarcastic|blunt|touchy|prickly|not (?:a|much of a|big on|into|great with|good with) \w+|the (?:quiet|shy|serious|private|formal) (?:type|one|sort|kind))\b`)
	// riftWords name a falling-out: what a silence dates from, or a row
	// told as background, never quoted back to the person it was with.
	riftWords = regexp.MustCompile(`(?i)\b(?:argument|arguments|argued|fell out|had words|clashed|fight|fights|row|rows|falling[- ]out|fall ?out|fallout|disagreement|blow[- ]?up|bust[- ]up|shouting match|big scene|spat|feud|quarrel|tiff|what (?:I|he|she|they) said|what happened at|that (?:night|day|thing) at|the (?:incident|drama|thing) at)\b`)
	// riftClause is a row told as background: "we had a big fight at
	// christmas", "we fell out over money", "things got heated".
	riftClause = regexp.MustCompile(`(?i)^(?:we |I )?(?:had (?:a|an|this|that) (?:\w+ )?(?:fight|argument|row|falling[- ]out|disagreement|blow[- ]?up|bust[- ]up|spat|tiff)|(?:fell|have fallen|had fallen) out|argued|fought|things got (?:heated|ugly|nasty|awkward)|it got (?:heated|ugly|nasty)|there (?:was|were|has been|'s been|had been) (?:a |an |this |that |some |all this |a lot of )?(?:\w+ )?(?:fight|argument|row|falling[- ]out|disagreement|blow[- ]?up|bust[- ]up|spat|tiff|tension|bad blood|drama)s?|we had (?:some )?words|things (?:have been|were|got|are) (?:tense|frosty|awkward|weird) between us)\b`)

	lossVerb = regexp.MustCompile(`(?i)^(.{0,40}?)\s*\b(?:died|passed away|passed on|passed)\b`)
	lossLost = regexp.MustCompile(`(?i)\blost (?:his|her|their|the|a|my|your) ((?:\w+ )?(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|husband|wife|partner|son|daughter|baby|dog|cat|uncle|aunt|best friend))\b(?: (\p{Lu}\p{Ll}+))?`)
	lossPet  = regexp.MustCompile(`\b(?:[Pp]ut|[Hh]ave) (?:his|her|their|your) (?:(?:old|little|lovely|beloved|sweet|poor|elderly) )?([a-z]+)(?: (\p{Lu}\p{Ll}+))? (?:put )?(?:down|to sleep)\b`)

	// remindedOfThen is something that brought back a time shared:
	// "the cold snap reminded me of that ski trip", "it took me back to
	// when we lived above the chip shop".
	remindedOfThen = regexp.MustCompile(`(?i)^(?:.+? )?(?:reminded me of|made me think of|made me remember|took me back to|brought back(?: memories of)?|got me thinking about) ((?:our|the|that|those|when|how|all those|all our) .+)$`)
	memoryRe       = regexp.MustCompile(`(?i)^(?:and )?(?:I )?(?:still |keep |always )?(?:remember(?:ed|ing)?|think(?:ing)? about|miss(?:ing)? the (?:time|days))\s+(?:when |the time |how |that )?(.+)$`)
	weRe           = regexp.MustCompile(`(?i)^we (?:used to|went|did|spent|would|always|once|took|saw|loved|shared|stayed|had|watched|ran|played|baked|walked)\b`)
	weMet          = regexp.MustCompile(`(?i)^we met (?:at|in|on|during) (.+)$`)
	weFuture       = regexp.MustCompile(`(?i)^we(?:'re| are)? (?:both |all )?(?:going to|going|having|doing|seeing|meeting|off to)\s+(.+)$`)
	weTalked       = regexp.MustCompile(`(?i)^we(?:'d| had)? (?:talked|spoke|chatted) about (?:going to )?(.+)$`)
	suggestRe      = regexp.MustCompile(`(?i)^(?:and )?(?:maybe )?(?:suggest(?:ing)?|propose|how about|what about|maybe|mention)\s+(.+)$`)
	planLike       = regexp.MustCompile(`(?i)\b(?:catch ?up|catch-up|kickabout|get together|get-together|reunion|drinks|coffee|dinner|lunch|walk|match|call|zoom|meet ?up|trip|weekend away)\b`)
	onMeRe         = regexp.MustCompile(`(?i)^(drinks|dinner|lunch|coffee|the next round|pizza)(?: are| is) on me\s*(.*)$`)
	iPlanRe        = regexp.MustCompile(`(?i)^I(?:'d| would) (?:like|love) to ((?:plan|organise|organize|restart|arrange|set up|have|do)\s+.+)$`)
	metaWant       = regexp.MustCompile(`(?i)^I (?:(?:want|'d like|would like|need) to|wanna) (?:say|tell|write|text|send|reach|thank|apologi|congrat|check|wish|let|share|ask|get back|message|revive|wake)|^I want to say sorry|^(?:want|need) to\b|^I (?:want|wanna) (?:to )?(?:reach out|say)`)
	iMiss          = regexp.MustCompile(`(?i)^I miss (.+)$`)
	noticedRe      = regexp.MustCompile(`(?i)^I(?:'m| am| was)? (saw|heard|found|came across|listened to|read|watched|noticed|spotted|reading|watching|listening to|finished|discovered|tried|walked past|went past|drove past|walked by)\s+(.+?)(?:\s+and (?:it )?(?:thought of|made me think of|reminded me of) (?:you|her|him|them)|\s+and (?:nearly|almost|actually|kind of) (?:cried|teared up|welled up|lost it)|\s+and (?:you|he|she|they)(?:'d| would| will) (?:love|like|enjoy) (?:it|this|that))?$`)
	thoughtOf      = regexp.MustCompile(`(?i)^(?:(?:it|that|which) )?(?:made me think of|reminded me of|thought of|and thought of|and it made me think of) (?:you|her|him|them)$|^(.+?) (?:that |which )?(?:reminded me of|made me think of) (?:you|her|him|them)$`)
	struggleRe     = regexp.MustCompile(`(?i)\b(?:panick\w*|evict\w*|in (?:a bit of )?a state|lost my job|laid off|dumped|anxiety|depression|mental health|struggl\w*|hard time|rough|tough|not doing|not ok|not okay|anxious|lonely|overwhelmed|burnt out|burned out|panic attack|homesick|not coping|bad (?:week|day)|finding .* hard|feeling (?:so |this |really |very |pretty |quite )?(?:low|down|rubbish|awful|terrible|flat)|sad|(?:bad|dark|low) place|a mess|not great|rough patch|falling apart)\b`)
	needRe         = regexp.MustCompile(`(?i)^(?:I )?(?:could|can) (?:really )?use (.+)$|^I need (.+)$|^I(?:'d| would) (?:love|value|appreciate) (.+)$|^I don't want to be alone (.+)?$`)
	sorryDid       = regexp.MustCompile(`(?i)^I (?:still |\w+ly )?(?:forgot|missed|couldn't|could not|can't|cannot|won't be able to|can't make|didn't|did not|wasn't|haven't|snapped|said|was late|disappeared|borrowed|raised|cancelled|canceled|interrupted|let you down|broke|lost your|was rude|was harsh|ignored|bailed|flaked|stood you up)\b`)
	iSaid          = regexp.MustCompile(`(?i)^I said (?:something|some things|things|some stuff|stuff)?\s*(?:mean|horrible|nasty|unkind|hurtful|stupid|awful|rude)?\s*(about .+?)?(?: (?:that|which) was .+| at \w+)?$`)
	factRe         = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:still )?(?:love|like|enjoy|adore|obsessed with|mad about|into|crazy about|loves)\s+(.+)$`)
	ageRe          = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:turning |going to be |now |is turning |turns |turn )?(\d{1,3})(?:-something|-ish|ish| something| odd|-odd)?(?: years old| today| tomorrow| on \w+| this \w+| next \w+)?$`)
	askIfRe        = regexp.MustCompile(`(?i)^(?:if |whether )?you(?:'d| would| could| can| might)? (?:be (?:willing|able|up for|happy) to |be able to )?(.+)$`)
	guidesRe       = regexp.MustCompile(`(?i)^(.+?) still (?:guides|helps|inspires|shapes|stays with) me$`)
	timeTail       = regexp.MustCompile(`(?i)\s+(?:every (?:summer|weekend|day|week|year|morning|night|sunday|saturday)|(?:last|this|at the|over the) weekend|last (?:week|night|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer|spring|autumn|winter|fall|christmas|Christmas|easter|Easter)|yesterday|this (?:week|morning|month)|on the weekend|last minute|at the last minute|(?:a few|\d+|two|three) (?:days|weeks|months|years) ago|ages ago|again|over nothing|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|together|or something|for old times'? sake|for old time's sake|for (?:two|three|a few|\d+|a couple of) (?:weeks|days|hours|months)|the whole time|whole time|(?:in |from |between |during |back in )?(?:19|20)\d{2}(?:\s*(?:-|–|to|and|until)\s*(?:19|20)?\d{2})?)$`)
	whoUsedTo      = regexp.MustCompile(`(?i)\bwho (?:I|we) used to (.+?)(?: with)?$`)
	bothAge        = regexp.MustCompile(`(?i)^we(?:'re| are) both (?:turning )?(\d{1,3})\b`)
	proudOf        = regexp.MustCompile(`(?i)^I(?:'m| am)? (?:so |very |incredibly |super |really )*proud of you\b`)
	usedTo         = regexp.MustCompile(`(?i)^you (?:used to|would always|always used to)\b|^you always (?:\w+ed|kept|made|brought|gave|took|had|sang|ran|wore|told|sent|knew|found|got|put|left|came|went|did|said)\b`)
	// youReason is what someone means to the writer: "you're the reason I
	// went into nursing", "you're why I didn't give up".
	youReason   = regexp.MustCompile(`(?i)^you(?:'re| are| were|'ve been) (?:(?:the|a) (?:whole |main |only |biggest |big )?reason (?:that |why )?I\b|(?:the )?why I\b).+`)
	whoYouAre   = regexp.MustCompile(`(?i)^you(?:'re| are) (?:a|an|my|our|the|such a|such an) [\w' ]+$`)
	likeYouTo   = regexp.MustCompile(`(?i)^I(?:'d| would| really| just)? ?(?:like|love|really like|want|need|wanted) (?:you|it if you could|for you) to (.+)$`)
	letsRe      = regexp.MustCompile(`(?i)^let'?s (.+)$`)
	iAskedTo    = regexp.MustCompile(`(?i)^I (?:asked|invited) you (?:to (?:come to|join me at|join me for|come along to|help with|look at|read)|along to|to) (.+)$`)
	iReachedOut = regexp.MustCompile(`(?i)^I (?:sent|texted|messaged|emailed|called|rang|wrote|pinged|dropped|left)\b`)
	// appliedFor is the writer's application, which a follow-up is about.
	appliedFor = regexp.MustCompile(`(?i)^I applied (?:for|with) (?:a |an |the )?(.+)$`)
	// interviewed is an interview the writer had: "I interviewed with a
	// recruiter named Camille last Tuesday", "I had an interview for the
	// nursing post".
	interviewed = regexp.MustCompile(`(?i)^I (?:interviewed|had (?:an|my|the) interview|did (?:an|my|the) interview)(?: (?:with|at) (?:you|your [\w' ]+?|[\w' ]+?))?(?: for (?:the |a |an )?([\w' -]+?))?$`)
	// msgAbout is a message of the writer's named by what it was about:
	// "my last two messages about visiting in June".
	msgAbout = regexp.MustCompile(`(?i)\b(?:messages?|texts?|emails?|voice notes?|voicemails?|questions?|invites?|invitations?) (?:about|re|regarding|asking about) (.+)$`)
	// livedWith is something the writer did with them for a time: "I used
	// to live with you in second year".
	livedWith = regexp.MustCompile(`(?i)^I (?:used to |once )?(live|lived|work|worked|study|studied|train|trained|play|played|sing|sang|share a \w+|shared a \w+) with you\b(.*)$`)
	// memoryAnd cuts a memory where its story carries on with someone
	// else: "the time we painted the kitchen orange | and the landlord…".
	memoryAnd   = regexp.MustCompile(`(?i)\s+and (?:then |the |he |she |they |our |my |his |her |everyone )`)
	wantYouKnow = regexp.MustCompile(`(?i)^I (?:just )?(?:want|wanted|'d like|would like) (?:you|her|him|them) to know(?: that)? (.+)$`)
	farAway     = regexp.MustCompile(`(?i)^I (?:live|am|'m) (?:so |really |too )?(?:far away|far|miles away|abroad|overseas)\b`)
	feelBad     = regexp.MustCompile(`(?i)^I feel (?:so |really |actually |genuinely |physically )?(awful|terrible|bad|horrible|dreadful|sick|rubbish|shit|gutted)\b`)
	weNews      = regexp.MustCompile(`(?i)^we(?:'re| are) (?:moving|getting married|getting a|having a baby|expecting|buying|relocating|starting)\b`)
	askMe       = regexp.MustCompile(`(?i)^(?:if |whether )?I (?:can|could|might) (.+)$`)
	askWe       = regexp.MustCompile(`(?i)^(?:if |whether )?we (?:can|could|might) (.+)$`)
	thereIs     = regexp.MustCompile(`(?i)^there(?:'s| is| are| will be)\s+\w+`)
	introRe     = regexp.MustCompile(`(?i)^there(?:'s| is) (?:this|a|an|my|that|one) (?:\w+ )?(?:guy|girl|woman|man|friend|person|lad|lady|called)\b`)
	turningAge  = regexp.MustCompile(`(?i)^you(?:'re| are| will be|'ll be)? (?:turning|turns|turn|going to be) (\d{1,3})(?:st|nd|rd|th)?\b`)
	// cameToMind is them coming into the writer's thoughts, said of them:
	// "you popped into my head today", "you came to mind when…".
	cameToMind = regexp.MustCompile(`(?i)^you (?:just |suddenly |randomly |really )?(?:popped|came|sprang|jumped|flashed|crossed) (?:into|to|across|in|through)? ?my (?:head|mind|thoughts)((?:\s+.*)?)$|^you (?:came|sprang) to mind((?:\s+.*)?)$`)
	// kinTakenIll is someone in the writer's family just found ill or
	// taken into hospital: "my dads just been diagnosed with parkinsons".
	kinTakenIll = regexp.MustCompile(`(?i)^my (mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|grandmother|grandfather|sister|brother|husband|wife|partner|son|daughter|aunt|auntie|uncle|best friend)(?:'s|s| has| had| was| is)? (just |recently |finally |suddenly )?(?:been |got |gotten )?(diagnosed with .+|taken into hospital.*|rushed (?:in)?to hospital.*|admitted to hospital.*)$`)
	// turnedToday is an age reached today, told in the past tense: "he
	// turned 90 today" is a birthday now, never news from before.
	turnedToday     = regexp.MustCompile(`(?i)^you (?:turned|just turned|have turned|'ve turned) (\d{1,3})(?: years old)? (?:today|this morning)$`)
	ordinalAge      = regexp.MustCompile(`(?i)\b(\d{1,3})(?:st|nd|rd|th)\b`)
	iKnew           = regexp.MustCompile(`(?i)^I knew (\w+)(?: a bit| well| a little)? (?:from|through) (.+)$`)
	iAskedAbout     = regexp.MustCompile(`(?i)^I (?:messaged|texted|asked|emailed|wrote to|called|rang|pinged) .*?\babout (.+)$`)
	askingRe        = regexp.MustCompile(`(?i)^(?:and )?(?:asking|ask) (?:(?:him|her|them) )?(?:if|whether|to)?\s*(.+)$`)
	deceasedSubject = regexp.MustCompile(`(?i)^(?:he|she) (?:was|always|used to|loved|never|would|had|gave|made|took|taught|sang|built|grew|told|kept|brought|drove|bought|sent|wrote|knew|baked|cooked)\b|^(?:he|she) (?:always |once |even )?[a-z]{2,}ed (?:my|our|us|me|the|a|an|from|to|at|in|on|with|for|every)\b`)
	promiseRe       = regexp.MustCompile(`(?i)^I promise\b|^I(?:'ll| will| am going to|'m going to) (?:\w+ly )?(?:call|ring|phone|text|message|see|visit|come|be there|send|bring|make|pay|cook|buy|take|pop|drop|fix|replace|get|book|write|stop|never|always|definitely|try|do better|be better|make it up|keep|have it|finish|sort|deliver|return|give|hand|cover|do (?:them|it|the|all|your))\b`)
	youDidMe        = regexp.MustCompile(`(?i)^you (?:always |once |first )?((?:taught|showed|took|introduced|helped|brought|gave|got|drove|walked|let|made) (?:me|us)\b.*)$`)
	closeWhen       = regexp.MustCompile(`(?i)^we (?:were|used to be) (?:so |super |really |very |proper |properly |pretty )?close (as kids|as children|growing up|at school|at uni|in (?:school|uni|college|sixth form|our twenties|our teens|(?:first|second|third|final|last|1st|2nd|3rd) year(?: of (?:uni|university|college|school))?|year \d+|the \d0s)|back (?:then|in (?:the day|(?:19|20)\d\d)))\b`)
	livedTogether   = regexp.MustCompile(`(?i)^we ((?:lived|worked|studied|shared a (?:flat|house|room|desk|office)|trained|sang|played|travelled|traveled|grew up) (?:together )?(?:in|at|on|for) .+|(?:had|rented|shared) (?:a|the|that|our) (?:\w+ ){0,2}(?:flat|house|place|room|apartment|studio|caravan|houseboat)(?: (?:in|on|at|above|over|near|by|off|behind|next to|across from|round|for|with|together)\b.*)?)$`)
	howLong         = regexp.MustCompile(`(?i)\s+for (?:a|an|` + count.Words + `|a few|a couple of|many|so many) (?:years?|months?|weeks?|yrs)$`)
	wantPlan        = regexp.MustCompile(`(?i)^(?:I )?(?:want|wanna|would like|'d like|'d love|would love|was hoping|hope|am hoping|'m hoping|was thinking|thought I'd|thought I would)(?: to)? (?:suggest(?:ing)?|plan(?:ning)?|organi[sz]e|arrange|propose|put together|set up|host|book) ((?:a|an|some|another|our) .+)$`)
	askedHow        = regexp.MustCompile(`(?i)^I (?:texted|messaged|asked|emailed|wrote to|called|rang|pinged|dm'?d|sent) (?:[\w']+ ){0,4}?(?:asking|to ask) (how .+|about .+)$`)
	neverReplied    = regexp.MustCompile(`(?i)^I (?:never|didn't|did not|haven't|have not|still haven't|still have not|forgot to) (?:replied|reply|answered|answer|got back|get back|responded|respond|called back|call back|rang back|ring back)(?: to)?(?: (.+?))?(?: from .+| for (?:ages|weeks|months|days|a while|so long)| and (?:now|it'?s|its) .+)?$`)
	wontAgain       = regexp.MustCompile(`(?i)^(?:and )?(?:it|this|that)(?: won't| will not| will never|'ll never) happen again\b`)
	anyoneWants     = regexp.MustCompile(`(?i)^(?:if |whether )?(?:anyone|everyone|anybody|people|the others|you all|everybody)(?: else)? (?:wants?|would like|fancies|fancy|is up for|are up for|would be up for|is free|are free|is around|would want)(?: to)? (.+)$`)
	mentionRe       = regexp.MustCompile(`(?i)^(?:and )?(?:maybe |also |please |pls )?mention (?:about )?((?:your|our|the|that|those) .+)$`)
	babyNamed       = regexp.MustCompile(`(?i)^(?:a|an|the|your|their|our) (?:little |baby |beautiful |gorgeous |tiny |healthy )*(?:girl|boy|son|daughter|baby) (?:called|named) ([A-Za-z]+)$`)
	firstInFamily   = regexp.MustCompile(`(?i)^(?:you(?:'re| are| were)? )?(?:the )?first (?:one |person )?in (?:our|the|your|my) (?:whole )?family to (.+)$`)
	offerRe         = regexp.MustCompile(`(?i)^I (?:can|could|'m happy to|am happy to|'d be happy to|would be happy to|'m free to|am free to) (?:bring|drop|come|help|cook|take|pick|walk|make|sort|pop|do|give|lend|look after|drive|host|babysit|mind|cover|run)\b`)
	sayingLead      = regexp.MustCompile(`(?i)^(?:just |simply |basically )?(?:saying|to say|say)(?: that)?\s+`)
	loveYou         = regexp.MustCompile(`(?i)^I (?:really |still |do |just )?(?:love|adore|miss|think about|think of|appreciate|am proud of|'m proud of) you\b`)
	wantGoing       = regexp.MustCompile(`(?i)^(?:I )?(?:want|wanna|would like|'d like|'d love|would love|hoping|am hoping|'m hoping)(?: to)? ((?:get|set up|organise|organize|arrange|book|have|do|start|plan) (?:a|an|some|another|our) .+)$`)
	offerTo         = regexp.MustCompile(`(?i)^(?:and )?(?:maybe |also |I'd |I want to |I'll )?offer(?: to)? (.+)$`)
	offerThing      = regexp.MustCompile(`(?i)^(?:get|grab|have|go for|buy you|buy (?:him|her|them)) ((?:a|an|some) .+)$`)
	sentMine        = regexp.MustCompile(`(?i)^I (?:sent|emailed|gave|submitted|dropped off|passed on|shared|posted)(?: (?:him|her|them|you|[A-Za-z][\w-]*))?(?: (?:on|via|over|through|by) (?:LinkedIn|email|e-mail|WhatsApp|text|message|DM|post|Instagram|insta|Slack|Teams))? ((?:my|the|our) .+?)(?: (?:to|with) (?:him|her|them|you))?$`)
	mineDid         = regexp.MustCompile(`(?i)^(?:my|our) (?:\w+ )?(?:dog|cat|puppy|kid|kids|son|daughter|boy|girl|car|party|music|builder|builders|friend|friends|guests?) (?:\w+ )?(?:\w+ed|got|dug|ate|broke|hit|woke|kept|made|left|took|spilt|ran|threw|tore|bit|stole|drove)\b`)
	couldThey       = regexp.MustCompile(`(?i)^(?:and )?(?:could|can|would|will) (?:she|he|they) (.+)$`)
	// couldYou is the same asked of them straight out, as the message
	// would ("could you be a reference for me"); asking the companion to
	// write, word or help is no part of it.
	couldYou = regexp.MustCompile(`(?i)^(?:and )?(?:could|can|would|will) (?:you|u) (?:possibly |maybe |please )?((?:be|lend|pass|introduce|refer|recommend|join|meet|call|ring|host|cover|sign|vouch|spare|come (?:to|round|over|with|along|down|and|visit)|look over|read over)\b.+)$`)
	usedToDo = regexp.MustCompile(`(?i)^we (?:used to|would always|always used to) (?:do|have|go for|go to) ((?:[A-Z]\w+ |[a-z]+ )?(?:drinks|lunches|dinners|brunch|quiz nights?|karaoke|runs|walks|games|nights out|catch-ups|coffees|curries|breakfasts|barbecues|bbqs|swims))$`)
	// wantGather is a wish to get people together for something: "want
	// to get everyone on a zoom before christmas".
	wantGather = regexp.MustCompile(`(?i)^(?:and )?(?:I )?(?:(?:want|wanna|would like|'d like|'d love|would love|hoping|am hoping|'m hoping|was hoping|trying|need)(?: to)? )?get (?:everyone|everybody|us all|us|all of us|the group|people|the lads|the girls|the family|the gang|the cousins|the team)(?: together)? (?:(?:on|onto|for|into) ((?:a|an|some|another|our|one) .+)|to (meet up .+|meet .+|catch up .+|come .+|join .+))$`)
	wantUsTo   = regexp.MustCompile(`(?i)^(?:I )?(?:(?:want|wanna|would like|'d like|'d love|would love|am hoping|'m hoping|was hoping) (?:everyone|everybody|us all|us|the group|you all|people|the lads|the girls|the family)(?: to)?|(?:(?:want|wanna|would like|'d like|'d love|would love)(?: to)? )?suggest(?:ing)?(?: that)? we) (.+)$`)
	didToYou   = regexp.MustCompile(`(?i)^I (?:\w+ed|ate|broke|took|forgot|lost|said|told|left|spilt|threw|wore|drank|sold|gave away|hit|ran over|tore|stole|bit|made (?:a|that|some|those|this) (?:\w+ )?(?:joke|jokes|comment|comments|remark|remarks|dig|crack))\b.*\b(?:you|your)\b`)
	askThird   = regexp.MustCompile(`(?i)^(?:if |whether )?((?:they|there|he|she|it|the \w+|your \w+) (?:have|has|had|are|is|were|was|will|would|could|might|can|need|needs|know|knows)\b.*)$`)
	bareAsked  = regexp.MustCompile(`(?i)^(?:invited|asked|sent|texted|messaged|emailed|offered|told|applied|interviewed)\b`)
	askedFor   = regexp.MustCompile(`(?i)^(?:I )?(?:asked|emailed|messaged|wrote to) (?:[\w.']+ ){0,5}?(?:for|about) (?:a|an|the|my) ([\w' -]+?)(?: (?:\d+|a|two|three|a few|several) (?:days?|weeks?|months?) ago| last \w+| in \w+)?$`)
	deadlineRe = regexp.MustCompile(`(?i)^(?:and )?(?:the |my |its |it's )?deadline(?: is|'s)? (?:on |by )?(.+)$`)
	ifICan     = regexp.MustCompile(`(?i)^if (?:I|we) (?:can|could|might|may)\b`)
	keepAsking = regexp.MustCompile(`(?i)^you (?:keep|always|keep on|are always|'re always) (asking|checking in|checking on me|texting|messaging|calling|looking out for me)(.*)$`)
	sentAbout  = regexp.MustCompile(`(?i)^I (?:sent|left|dropped) (?:you )?(?:a|an|my) (?:\w+ ){0,2}?(?:voice note|voice message|message|text|email|note|card|letter|dm) (?:about|re|regarding) (.+)$`)
	duration   = regexp.MustCompile(`(?i)\s+for (?:a|an|two|three|four|a few|\d+|a couple of) (?:weeks?|days?|hours?|months?)\b`)
)
