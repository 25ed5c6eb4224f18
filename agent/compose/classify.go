package compose

import (
	"regexp"
	"slices"
	"strings"
)

var (
	// background is what the person says for the companion's sake, never
	// the recipient's: the story of a silence, a grievance, how they know
	// each other, the cause of a death.
	background = regexp.MustCompile(`(?i)\b(?:\d+|one|two|three|four|five|a few|a couple of) dates\b|\bfirst date\b|stopped (?:replying|answering|texting)|\b(?:hasn't|haven't|didn't|never|not) (?:replied|answered|got back|reply|responded)\b|\bno reply\b|left me on read|went quiet|gone quiet|\bghost|heard nothing|\bannoyed\b|\bpissed\b|\bupset\b|\bhurt$|\bwe(?: were|'re| are)? (?:not )?(?:so |very )?close\b|\bgot close\b|\bwere (?:very )?close\b|lost touch|\bdrifted\b|life happened|\b(?:haven't|have not|hadn't|not|never) (?:really |properly )?(?:talked|spoken|seen|been in touch|met|played|written|called|rung|texted|messaged|visited)\b|\bbeen (?:ages|years|a while|months|so long)\b|\bit's been\b|nobody has posted|\bis dead\b|\bthat died\b|group chat|what to say|^i care$|no reason|nothing special|\bis my (?:mother|mum|mom|dad|father|sister|brother|friend)\b|\b(?:it's|is) (?:her|his|their|your) birthday\b|\bbirthday is (?:today|tomorrow)\b|^(?:a|an) (?:girl|guy|friend|colleague|woman|man) from\b|\bfrom my (?:yoga|gym|class|work)|^(?:my|our|the|a|an) (?:\w+ ){0,3}(?:friend|friends|housemates|flatmates|colleague|neighbour|neighbor|group|one|mentor|manager|boss|cousin|sister|brother|supervisor|teacher|professor|tutor|coach|coworker|roommate|flatmate|lecturer|landlord|landlady|doctor|nurse)(?: (?:from|at|in|since|of) .+)?$|^(?:how )?I(?:'m| am) feeling$|\bwe had a (?:\w+ )?(?:fight|argument|row)\b|\bnever helps\b|\bregret\b|\bsudden(?:ly)?$|heart attack|\bcar accident\b|\bshe heard\b|\bhe heard\b|expect a reply|wrong thing|^mainly\b|\b\d+ of us\b|\bwe (?:used to )?work(?:ed)? together\b|^(?:it|that) (?:was|is) (?:very |so )?sudden|^(?:we|I) (?:were|was) (?:super |so |very )?close|^on linkedin$|^(?:for )?the (?:\w+ )?(?:one|chat)$|^it$|^nothing$|^that$|\bmy (?:ex-)?(?:former )?(?:manager|boss|mentor|colleague|supervisor)\b|^(?:linkedin|whatsapp)$|^(?:he|she|they) (?:is|was|are) (?:my|a|an|our) |\bi (?:was )?depressed\b|^over nothing$|\bdown about it\b|it'?s the .* one\b|she'?s (?:pretty |really |very )?hurt|^(?:I'm |I am )?(?:just )?thinking (?:of|about) (?:her|him|them|you)$|^(?:just )?to say (?:hi|hello)$|\b(?:good|great|big|exciting|some|her|his|their) news\b|^(?:she|he|they)(?:'s| is| are|'re) (?:having|going through) (?:a )?(?:\w+ )?(?:hard|rough|tough|difficult) (?:time|patch)$|^(?:she|he|they)(?:'s| is| are|'re) struggling$|^(?:I )?want to (?:thank|apologi[sz]e)|^to (?:thank|apologi[sz]e)|^(?:a )?thank you$|^just thinking of (?:her|him|them)$|^I haven't told anyone\b|\bnothing needy\b|^(?:not )?too (?:needy|much|long)$|^I (?:was |am |'m |have been |'ve been )?(?:just )?thinking (?:of|about) (?:you|her|him|them)\b|\bbeen on my mind\b|^(?:your|his|her|their|\w+'s) (?:birthday|bday)(?: today| tomorrow)?$|^(?:just )?to say (?:hi|hello)\b|^(?:a )?(?:gentle |polite |light |quick )?follow(?:ing)?[- ]?up$|\binseparable\b|\bbest friends\b|\bnothing (?:for|since) a\b|^(?:then |and |but )?(?:still )?nothing(?: yet| since| back| so far)?$|\b(?:hasn't|hasnt|haven't|hadn't|didn't|never|not) (?:texted|messaged|called|rung|written|been in touch|said anything|heard back|written back|texted back|got in touch)\b|^what (?:do|should|can|could) I (?:send|say|write|text|put)\b|^I'?m (?:so |really |very |truly |terribly )?sorry(?: for (?:your|his|her|their) (?:\w+ )?loss)?$|\b(?:she|he|they|you) (?:read|saw|opened|seen|liked|reacted to) (?:it|my (?:message|text|msg)|the (?:message|text|msg))\b|\bI (?:don't|do not|never|rarely) (?:usually |normally |often |really )?(?:admit|say|tell (?:people|anyone)|show|talk about) (?:it|this|that|things like this|stuff like this|how I feel|my feelings)\b|^(?:and )?then nothing\b|\bno word\b|\b(?:don't|do not|never) know (?:what|how) to (?:say|write|put|start|word)\b|\b(?:not good|no good|terrible|bad|rubbish|useless) (?:with|at) (?:words|this|writing|texting|messages)\b|^I'?m (?:so |really |a bit |kind of )?(?:nervous|scared|worried|anxious|afraid) (?:she|he|they|that|it|about (?:how|what|sending|messaging|texting|reaching|getting it))\b|^nobody(?:'s|s| has| had| is)?\b|^(?:it'?s|its|this is|they'?re) (?:my|our) (?:old )?(?:band|team|group|crew|squad|lot|mates|friends|school friends|uni friends|flatmates|colleagues|chat)\b|\b(?:seem|sound|come across as|be|look) (?:too |so |a bit |overly )?(?:needy|pushy|desperate|clingy|annoying|weird|intense|keen|full on|dramatic|negative|over the top|a burden|depressing|heavy)\b|^I (?:don't|do not) want (?:to (?:say|mention|bring up|talk about|push|pressure)|it to)\b|\bwent on (?:a|one|two|three|\d+) dates?\b|^I'?m (?:apologi[sz]ing|saying sorry)$|^I (?:didn't|did not|never) (?:really |properly )?(?:know|knew|met|meet) (?:you|your|her|his|their|them|him)\b|^I never ask\b|\bso (?:it'?s|its) (?:weird|awkward|strange|hard|odd)\b|\b(?:isn't|is not|doesn't sound|don't sound|not sound|without (?:sounding|being)) (?:too |so |that |very )?(?:needy|pushy|desperate|clingy|annoying|weird|awkward|intense|much)\b|^(?:I'm |I am |I was )?(?:just )?thinking (?:of|about) (?:her|him|them|you)(?: today| lately| a lot| recently| this week| all day)?$|^I (?:just )?(?:want|wanted|'d like|would like) (?:you|her|him|them) to know how much\b|\bnothing back\b|\bnever (?:properly |really |actually )?(?:thanked|said thank|said thanks|told (?:you|her|him|them) (?:thank|how much))|^(?:but )?(?:nothing|not(?: too)?|no(?:thing)? too) (?:pushy|needy|desperate|clingy|heavy|long|formal|awkward|weird|intense|much|over the top|cheesy|soppy)\b|\bsilence\b|^no (?:guilt|pressure|drama|blame)\b|\bguilt trip\b|\bnot (?:too )?needy\b|\bno news\b|\bno (?:answer|reply|response)\b|\b(?:his|her|their|your) name(?:'s| is)\b|\b(?:he|she|they)(?:'s| is| are) called\b|^I (?:left|moved away|quit)\b.*\b(?:ago|since)\b`)

	lossVerb = regexp.MustCompile(`(?i)^(.{0,40}?)\s*\b(?:died|passed away|passed on|passed)\b`)
	lossLost = regexp.MustCompile(`(?i)\blost (?:his|her|their|the|a|my|your) ((?:\w+ )?(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|husband|wife|partner|son|daughter|baby|dog|cat|uncle|aunt|best friend))\b(?: ([A-Z][a-z]+))?`)
	lossPet  = regexp.MustCompile(`\b(?:[Pp]ut|[Hh]ave) (?:his|her|their|your) (?:(?:old|little|lovely|beloved|sweet|poor|elderly) )?([a-z]+)(?: ([A-Z][a-z]+))? (?:put )?(?:down|to sleep)\b`)

	memoryRe        = regexp.MustCompile(`(?i)^(?:and )?(?:I )?(?:still |keep |always )?(?:remember(?:ed|ing)?|think(?:ing)? about|miss(?:ing)? the (?:time|days))\s+(?:when |the time |how |that )?(.+)$`)
	weRe            = regexp.MustCompile(`(?i)^we (?:used to|went|did|spent|would|always|once|took|saw|loved|shared|stayed|had|watched|ran|played|baked|walked)\b`)
	weMet           = regexp.MustCompile(`(?i)^we met (?:at|in|on|during) (.+)$`)
	weFuture        = regexp.MustCompile(`(?i)^we(?:'re| are)? (?:both |all )?(?:going to|going|having|doing|seeing|meeting|off to)\s+(.+)$`)
	weTalked        = regexp.MustCompile(`(?i)^we(?:'d| had)? (?:talked|spoke|chatted) about (?:going to )?(.+)$`)
	suggestRe       = regexp.MustCompile(`(?i)^(?:and )?(?:maybe )?(?:suggest(?:ing)?|propose|how about|what about|maybe|mention)\s+(.+)$`)
	planLike        = regexp.MustCompile(`(?i)\b(?:catch ?up|catch-up|kickabout|get together|get-together|reunion|drinks|coffee|dinner|lunch|walk|match|call|zoom|meet ?up|trip|weekend away)\b`)
	onMeRe          = regexp.MustCompile(`(?i)^(drinks|dinner|lunch|coffee|the next round|pizza)(?: are| is) on me\s*(.*)$`)
	iPlanRe         = regexp.MustCompile(`(?i)^I(?:'d| would) (?:like|love) to ((?:plan|organise|organize|restart|arrange|set up|have|do)\s+.+)$`)
	metaWant        = regexp.MustCompile(`(?i)^I (?:(?:want|'d like|would like|need) to|wanna) (?:say|tell|write|text|send|reach|thank|apologi|congrat|check|wish|let|share|ask|get back|message|revive|wake)|^I want to say sorry|^(?:want|need) to\b|^I (?:want|wanna) (?:to )?(?:reach out|say)`)
	iMiss           = regexp.MustCompile(`(?i)^I miss (.+)$`)
	noticedRe       = regexp.MustCompile(`(?i)^I(?:'m| am| was)? (saw|heard|found|came across|listened to|read|watched|noticed|spotted|reading|watching|listening to|finished|discovered|tried)\s+(.+?)(?:\s+and (?:it )?(?:thought of|made me think of|reminded me of) (?:you|her|him|them)|\s+and (?:you|he|she|they)(?:'d| would| will) (?:love|like|enjoy) (?:it|this|that))?$`)
	thoughtOf       = regexp.MustCompile(`(?i)^(?:(?:it|that|which) )?(?:made me think of|reminded me of|thought of|and thought of|and it made me think of) (?:you|her|him|them)$|^(.+?) (?:that |which )?(?:reminded me of|made me think of) (?:you|her|him|them)$`)
	struggleRe      = regexp.MustCompile(`(?i)\b(?:panick\w*|evict\w*|in (?:a bit of )?a state|lost my job|laid off|dumped|anxiety|depression|mental health|struggl\w*|hard time|rough|tough|not doing|not ok|not okay|anxious|lonely|overwhelmed|burnt out|burned out|panic attack|homesick|not coping|bad (?:week|day)|finding .* hard|feeling (?:low|down)|sad|(?:bad|dark|low) place|a mess|not great|rough patch|falling apart)\b`)
	needRe          = regexp.MustCompile(`(?i)^(?:I )?(?:could|can) (?:really )?use (.+)$|^I need (.+)$|^I(?:'d| would) (?:love|value|appreciate) (.+)$|^I don't want to be alone (.+)?$`)
	sorryDid        = regexp.MustCompile(`(?i)^I (?:still |\w+ly )?(?:forgot|missed|couldn't|could not|can't|cannot|won't be able to|can't make|didn't|did not|wasn't|haven't|snapped|said|was late|disappeared|borrowed|raised|cancelled|canceled|interrupted|let you down|broke|lost your|was rude|was harsh|ignored|bailed|flaked|stood you up)\b`)
	iSaid           = regexp.MustCompile(`(?i)^I said (?:something|some things|things|some stuff|stuff)?\s*(?:mean|horrible|nasty|unkind|hurtful|stupid|awful|rude)?\s*(about .+?)?(?: (?:that|which) was .+| at \w+)?$`)
	factRe          = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:still )?(?:love|like|enjoy|adore|obsessed with|mad about|into|crazy about|loves)\s+(.+)$`)
	ageRe           = regexp.MustCompile(`(?i)^you(?:'re| are)? (?:turning |going to be |now |is turning |turns |turn )?(\d{1,3})(?: years old| today| tomorrow| on \w+| this \w+| next \w+)?$`)
	askIfRe         = regexp.MustCompile(`(?i)^(?:if |whether )?you(?:'d| would| could| can| might)? (?:be (?:willing|able|up for|happy) to |be able to )?(.+)$`)
	guidesRe        = regexp.MustCompile(`(?i)^(.+?) still (?:guides|helps|inspires|shapes|stays with) me$`)
	timeTail        = regexp.MustCompile(`(?i)\s+(?:every (?:summer|weekend|day|week|year|morning|night|sunday|saturday)|(?:last|this|at the|over the) weekend|last (?:week|night|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|summer)|yesterday|this (?:week|morning|month)|on the weekend|last minute|at the last minute|(?:a few|\d+|two|three) (?:days|weeks|months|years) ago|ages ago|again|over nothing|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)|together|or something|for (?:two|three|a few|\d+|a couple of) (?:weeks|days|hours|months)|the whole time|whole time)$`)
	whoUsedTo       = regexp.MustCompile(`(?i)\bwho (?:I|we) used to (.+?)(?: with)?$`)
	bothAge         = regexp.MustCompile(`(?i)^we(?:'re| are) both (?:turning )?(\d{1,3})\b`)
	proudOf         = regexp.MustCompile(`(?i)^I(?:'m| am)? (?:so |very |incredibly |super |really )*proud of you\b`)
	usedTo          = regexp.MustCompile(`(?i)^you (?:used to|would always|always used to)\b`)
	whoYouAre       = regexp.MustCompile(`(?i)^you(?:'re| are) (?:a|an|my|our|the|such a|such an) [\w' ]+$`)
	likeYouTo       = regexp.MustCompile(`(?i)^I(?:'d| would) (?:like|love|really like) (?:you|it if you could|for you) to (.+)$`)
	letsRe          = regexp.MustCompile(`(?i)^let'?s (.+)$`)
	iAskedTo        = regexp.MustCompile(`(?i)^I (?:asked|invited) you (?:to (?:come to|join me at|join me for|come along to|help with|look at|read)|along to|to) (.+)$`)
	iReachedOut     = regexp.MustCompile(`(?i)^I (?:sent|texted|messaged|emailed|called|rang|wrote|pinged|dropped|left)\b`)
	wantYouKnow     = regexp.MustCompile(`(?i)^I (?:just )?(?:want|wanted|'d like|would like) you to know(?: that)? (.+)$`)
	farAway         = regexp.MustCompile(`(?i)^I (?:live|am|'m) (?:so |really |too )?(?:far away|far|miles away|abroad|overseas)\b`)
	feelBad         = regexp.MustCompile(`(?i)^I feel (?:so |really )?(awful|terrible|bad|horrible|dreadful)\b`)
	weNews          = regexp.MustCompile(`(?i)^we(?:'re| are) (?:moving|getting married|getting a|having a baby|expecting|buying|relocating|starting)\b`)
	askMe           = regexp.MustCompile(`(?i)^(?:if |whether )?I (?:can|could|might) (.+)$`)
	askWe           = regexp.MustCompile(`(?i)^(?:if |whether )?we (?:can|could|might) (.+)$`)
	thereIs         = regexp.MustCompile(`(?i)^there(?:'s| is| are| will be)\s+\w+`)
	introRe         = regexp.MustCompile(`(?i)^there(?:'s| is) (?:this|a|an|my|that|one) (?:\w+ )?(?:guy|girl|woman|man|friend|person|lad|lady|called)\b`)
	turningAge      = regexp.MustCompile(`(?i)^you(?:'re| are| will be|'ll be)? (?:turning|turns|turn|going to be) (\d{1,3})(?:st|nd|rd|th)?\b`)
	ordinalAge      = regexp.MustCompile(`(?i)\b(\d{1,3})(?:st|nd|rd|th)\b`)
	iKnew           = regexp.MustCompile(`(?i)^I knew (\w+)(?: a bit| well| a little)? (?:from|through) (.+)$`)
	iAskedAbout     = regexp.MustCompile(`(?i)^I (?:messaged|texted|asked|emailed|wrote to|called|rang|pinged) .*?\babout (.+)$`)
	askingRe        = regexp.MustCompile(`(?i)^(?:and )?(?:asking|ask) (?:(?:him|her|them) )?(?:if|whether|to)?\s*(.+)$`)
	deceasedSubject = regexp.MustCompile(`(?i)^(?:he|she) (?:was|always|used to|loved|never|would|had)\b`)
	promiseRe       = regexp.MustCompile(`(?i)^I promise\b|^I(?:'ll| will| am going to|'m going to) (?:\w+ly )?(?:call|ring|phone|text|message|see|visit|come|be there|send|bring|make|pay|cook|buy|take|pop|drop|fix|replace|get|book|write|stop|never|always|definitely|try|do better|be better|make it up|keep)\b`)
	youDidMe        = regexp.MustCompile(`(?i)^you (?:always |once |first )?((?:taught|showed|took|introduced|helped|brought|gave|got|drove|walked|let|made) (?:me|us)\b.*)$`)
	closeWhen       = regexp.MustCompile(`(?i)^we (?:were|used to be) (?:so |super |really |very |proper |properly |pretty )?close (as kids|as children|growing up|at school|at uni|in (?:school|uni|college|sixth form|our twenties|our teens))\b`)
	livedTogether   = regexp.MustCompile(`(?i)^we ((?:lived|worked|studied|shared a (?:flat|house|room|desk|office)|trained|sang|played|travelled|traveled|grew up) (?:together )?(?:in|at|on|for) .+)$`)
	howLong         = regexp.MustCompile(`(?i)\s+for (?:a|an|two|three|four|five|six|a few|\d+|a couple of|many|so many) (?:years?|months?|weeks?|yrs)$`)
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
	sentMine        = regexp.MustCompile(`(?i)^I (?:sent|emailed|gave|submitted|dropped off|passed on|shared|posted)(?: (?:him|her|them|you|[A-Za-z][\w-]*))? ((?:my|the|our) .+?)(?: (?:to|with) (?:him|her|them|you))?$`)
	mineDid         = regexp.MustCompile(`(?i)^(?:my|our) (?:\w+ )?(?:dog|cat|puppy|kid|kids|son|daughter|boy|girl|car|party|music|builder|builders|friend|friends|guests?) (?:\w+ )?(?:\w+ed|got|dug|ate|broke|hit|woke|kept|made|left|took|spilt|ran|threw|tore|bit|stole|drove)\b`)
	couldThey       = regexp.MustCompile(`(?i)^(?:and )?(?:could|can|would|will) (?:she|he|they) (.+)$`)
	usedToDo        = regexp.MustCompile(`(?i)^we (?:used to|would always|always used to) (?:do|have|go for|go to) ((?:[A-Z]\w+ |[a-z]+ )?(?:drinks|lunches|dinners|brunch|quiz nights?|karaoke|runs|walks|games|nights out|catch-ups|coffees|curries|breakfasts|barbecues|bbqs|swims))$`)
	wantUsTo        = regexp.MustCompile(`(?i)^(?:I )?(?:(?:want|wanna|would like|'d like|'d love|would love|am hoping|'m hoping|was hoping) (?:everyone|everybody|us all|us|the group|you all|people|the lads|the girls|the family)(?: to)?|(?:(?:want|wanna|would like|'d like|'d love|would love)(?: to)? )?suggest(?:ing)?(?: that)? we) (.+)$`)
	didToYou        = regexp.MustCompile(`(?i)^I (?:\w+ed|ate|broke|took|forgot|lost|said|told|left|spilt|threw|wore|drank|sold|gave away|hit|ran over|tore|stole|bit)\b.*\b(?:you|your)\b`)
	askThird        = regexp.MustCompile(`(?i)^(?:if |whether )?((?:they|there|he|she|it|the \w+|your \w+) (?:have|has|had|are|is|were|was|will|would|could|might|can|need|needs|know|knows)\b.*)$`)
	bareAsked       = regexp.MustCompile(`(?i)^(?:invited|asked|sent|texted|messaged|emailed|offered|told)\b`)
	askedFor        = regexp.MustCompile(`(?i)^(?:I )?(?:asked|emailed|messaged|wrote to) (?:[\w.']+ ){0,5}?(?:for|about) (?:a|an|the|my) ([\w' -]+?)(?: (?:\d+|a|two|three|a few|several) (?:days?|weeks?|months?) ago| last \w+| in \w+)?$`)
	deadlineRe      = regexp.MustCompile(`(?i)^(?:and )?(?:the |my |its |it's )?deadline(?: is|'s)? (?:on |by )?(.+)$`)
	ifICan          = regexp.MustCompile(`(?i)^if (?:I|we) (?:can|could|might|may)\b`)
	keepAsking      = regexp.MustCompile(`(?i)^you (?:keep|always|keep on|are always|'re always) (asking|checking in|checking on me|texting|messaging|calling|looking out for me)(.*)$`)
	sentAbout       = regexp.MustCompile(`(?i)^I (?:sent|left|dropped) (?:you )?(?:a|an|my) (?:\w+ ){0,2}?(?:voice note|voice message|message|text|email|note|card|letter|dm) (?:about|re|regarding) (.+)$`)
	duration        = regexp.MustCompile(`(?i)\s+for (?:a|an|two|three|four|a few|\d+|a couple of) (?:weeks?|days?|hours?|months?)\b`)
)

// classify works out what one clause is and rewrites it; an age with more
// after it ("he's 12 and mad about football") gives two details.
func classify(c, name string, o Occasion, lost string) []Detail {
	if m := ageMore.FindStringSubmatch(c); m != nil {
		return append(classify(m[1], name, o, lost), classify(m[2]+" "+m[3], name, o, lost)...)
	}
	return []Detail{classifyOne(c, name, o, lost)}
}

var ageMore = regexp.MustCompile(`(?i)^((she|he|they)(?:'s| is| are|'re) (?:turning )?\d{1,3}) and (.+)$`)

var aboutYou = regexp.MustCompile(`(?i)^(?:I'm |I am |I was |I've been )?(?:just )?(?:thinking|thought) (?:of|about) you(?: today| lately| a lot| recently| this week| all day| again)?$`)

var noticedAside = regexp.MustCompile(`(?i)\s+and (?:it'?s|its|it was|it is|they'?re|they are|was) (?:so |really |actually |absolutely )?(?:hilarious|amazing|brilliant|great|good|incredible|funny|beautiful|lovely|gorgeous|perfect|wild|mad|class)$`)

var innerWhen = regexp.MustCompile(`(?i)\s+(?:last night|yesterday|this morning|earlier today|today|last week|the other day|at the weekend|this weekend|last weekend)\b`)

var barePast = regexp.MustCompile(`(?i)^(?:still )?(?:borrowed|forgot|missed|broke|lost|said|snapped|yelled|shouted|cancelled|canceled|bailed|ignored|haven't|didn't|never|was|got|took|ate|left|promised)\b`)

var bareNotice = regexp.MustCompile(`(?i)^(?:saw|heard|found|spotted|noticed|watched|read|finished|came across|listened to|passed)\s`)

var leadFiller = regexp.MustCompile(`(?i)^(?:(?:ok(?:ay)?|so|well|um|and|also|anyway|oh|plus)[, ]+)+`)

func classifyOne(c, name string, o Occasion, lost string) Detail {
	// After a death, "he was always so funny" is about the one who died
	// when "he" fits them; otherwise it is about the recipient.
	afterLoss := lost != "" && samePerson(c, lost)
	c = leadFiller.ReplaceAllString(c, "")
	// "just saying I love him": what follows is what to say.
	c = sayingLead.ReplaceAllString(c, "")
	if (o == Apology || o == Mend) && barePast.MatchString(c) {
		// "borrowed his drill in May": the writer did.
		c = "I " + c
	}
	if strings.HasPrefix(strings.ToLower(c), "promise ") {
		// "promise it won't happen again": the writer does.
		c = "I " + c
	}
	if o == FollowUp && bareAsked.MatchString(c) {
		// "invited her to my birthday dinner": the writer did.
		c = "I " + c
	}
	if m := askedFor.FindStringSubmatch(c); m != nil && (o == FollowUp || o == Professional) {
		// "asked my old professor for a recommendation letter 3 weeks ago".
		return Detail{Kind: Topic, Text: "the " + trimTail(m[1])}
	}
	if m := deadlineRe.FindStringSubmatch(c); m != nil {
		return Detail{Kind: Feeling, Text: "The deadline is " + m[1] + ", so I wanted to check in"}
	}
	if bareNotice.MatchString(c) {
		// "saw sunflowers at the market": the writer saw them.
		c = "I " + c
	}
	if ifICan.MatchString(c) {
		// "…, if I can put him down as a referee": what is asked.
		c = "ASK " + c
	}
	if m := askingRe.FindStringSubmatch(c); m != nil {
		c = "ASK " + m[1]
	}
	if rest, ok := strings.CutPrefix(c, "WHO "); ok {
		// "thank Priya who found my wallet": what follows is about them.
		c = "they " + rest
		if o == Thanks {
			c = "FOR " + rest
		}
	}
	if rest, ok := strings.CutPrefix(c, "ON "); ok {
		return Detail{Kind: TheirNews, Text: "on:" + secondPerson(rest, name, false)}
	}
	marker := ""
	for _, m := range []string{"FOR ", "ABOUT ", "ASK "} {
		if strings.HasPrefix(c, m) {
			marker, c = m, strings.TrimPrefix(c, m)
		}
	}
	if marker == "" {
		if d, ok := lossDetail(c, name, o); ok {
			return d
		}
	}
	if m := closeWhen.FindStringSubmatch(c); m != nil && marker == "" {
		// "we were super close as kids": the closeness is background, the
		// time it names is shared.
		return Detail{Kind: Memory, Text: "how close we were " + m[1]}
	}
	if m := livedTogether.FindStringSubmatch(c); m != nil && marker == "" {
		// "we worked together at the council": where they shared their
		// days, unlike a bare "we used to work together".
		return Detail{Kind: Memory, Text: "how we " + trimTail(secondPerson(howLong.ReplaceAllString(m[1], ""), name, false))}
	}
	if m := askedHow.FindStringSubmatch(c); m != nil && marker == "" {
		// "I texted her asking how her new job was going": what the
		// follow-up is about; the texting is the silence.
		t := secondPerson(strings.NewReplacer(" was going", " is going", " were going", " are going").Replace(m[1]), name, false)
		return Detail{Kind: Topic, Text: trimTail(t)}
	}
	if m := neverReplied.FindStringSubmatch(c); m != nil && marker == "" && (o == Apology || o == Mend) {
		// The writer's own silence is what the apology is for.
		obj := ""
		if m[1] != "" {
			obj = " to " + secondPerson(m[1], name, false)
		}
		return Detail{Kind: Sorry, Text: "for not replying" + obj}
	}
	if m := wantPlan.FindStringSubmatch(c); m != nil && marker == "" {
		// "I want to suggest a picnic in the park": the plan itself.
		return Detail{Kind: Plan, Text: trimTail(secondPerson(m[1], name, false))}
	}
	if m := wantUsTo.FindStringSubmatch(c); m != nil && marker == "" {
		// "want everyone to do a video call", "suggest we read something
		// short": what they would all do.
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := wantGoing.FindStringSubmatch(c); m != nil && marker == "" {
		// "want to get a game going in April": a plan, with or without "I".
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := offerTo.FindStringSubmatch(c); m != nil && marker == "" {
		// "offer to replace them", "maybe offer to get a pint".
		if g := offerThing.FindStringSubmatch(m[1]); g != nil {
			return Detail{Kind: Plan, Text: g[1]}
		}
		return Detail{Kind: Feeling, Text: "I'd like to " + secondPerson(m[1], name, false)}
	}
	if m := sentMine.FindStringSubmatch(c); m != nil && marker == "" && (o == FollowUp || o == Professional) {
		// "I sent my portfolio last Thursday": what the follow-up is about.
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if m := mineDid.FindStringSubmatch(c); m != nil && marker == "" && (o == Apology || o == Mend) {
		// "my dog got into his garden": what the writer is sorry for.
		return Detail{Kind: Sorry, Text: "that " + trimTail(secondPerson(c, name, false))}
	}
	if wontAgain.MatchString(c) {
		return Detail{Kind: Feeling, Text: "It won't happen again"}
	}
	if background.MatchString(c) || metaWant.MatchString(c) {
		return Detail{}
	}
	// Writing to Nan after Grandad died, a family word tells her pronouns
	// apart from his.
	them := ""
	if afterLoss {
		if g := map[string]string{"him": "m", "her": "f"}[kinPronoun(strings.ToLower(firstName(name)))]; g != "" && g != map[string]string{"him": "m", "her": "f"}[pronounFor(lost)] {
			them = g
		}
	}
	if afterLoss && them != "" && deceasedSubject.MatchString(c) {
		// "he always made her a cup of tea": remembered, said to her.
		return Detail{Kind: Memory, Text: "how " + trimTail(secondPersonOf(c, name, false, them))}
	}
	if afterLoss && deceasedSubject.MatchString(c) {
		return Detail{Kind: Feeling, Text: trimTail(c)}
	}
	you := secondPerson(c, name, afterLoss)
	if them != "" {
		you = secondPersonOf(c, name, false, them)
	} else if afterLoss {
		// "my dad died… I need her": a pronoun that cannot be the one who
		// died is the recipient.
		dead := map[string]string{"him": "m", "her": "f"}[pronounFor(lost)]
		if other := map[string]string{"m": "f", "f": "m"}[dead]; other != "" && hasGender(c, other) && !hasGender(c, dead) {
			you = secondPersonOf(c, name, false, other)
		}
	}
	you = duration.ReplaceAllString(you, "")
	if aboutYou.MatchString(you) {
		// "thinking about my aunt Rosa today", written to Rosa, is what
		// the message is, not something to say in it.
		return Detail{}
	}
	low := strings.ToLower(you)
	switch marker {
	case "FOR ":
		return forDetail(you, o)
	case "ABOUT ":
		if o == Group || planLike.MatchString(low) {
			return Detail{Kind: Plan, Text: you}
		}
		return Detail{Kind: Topic, Text: you}
	case "ASK ":
		return askDetail(you)
	}
	if thereIs.MatchString(you) && !introRe.MatchString(you) {
		return Detail{Kind: Feeling, Text: you}
	}
	if m := whoUsedTo.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: "how we used to " + trimTail(m[1])}
	}
	if m := weMet.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: "met:" + m[1]}
	}
	if m := weTalked.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: m[1]}
	}
	if weNews.MatchString(you) {
		return Detail{Kind: MyNews, Text: you}
	}
	if m := weFuture.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "ahead:" + m[1]}
	}
	if m := onMeRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "onme:" + strings.TrimSpace(m[1]+" are on me "+m[2])}
	}
	if m := iPlanRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "we " + m[1]}
	}
	if m := letsRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Plan, Text: "we " + m[1]}
	}
	if m := mentionRe.FindStringSubmatch(you); m != nil {
		// "maybe mention his fishing stories": something of theirs to
		// bring up, not a plan.
		return Detail{Kind: Memory, Text: m[1]}
	}
	if m := babyNamed.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: upFirst(m[1]) + " is such a beautiful name"}
	}
	if m := firstInFamily.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "The first in the family to " + trimTail(m[1]) + ", and I'm so proud of you"}
	}
	if m := suggestRe.FindStringSubmatch(you); m != nil && !strings.HasPrefix(low, "mention") {
		return Detail{Kind: Plan, Text: m[1]}
	}
	if m := thoughtOf.FindStringSubmatch(you); m != nil {
		if m[1] == "" {
			return Detail{}
		}
		return Detail{Kind: Noticed, Text: m[1]}
	}
	if m := memoryRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Memory, Text: trimTail(m[1])}
	}
	if m := usedToDo.FindStringSubmatch(you); m != nil {
		// "we used to do Friday drinks": our Friday drinks.
		return Detail{Kind: Memory, Text: "our " + trimTail(m[1])}
	}
	if weRe.MatchString(you) {
		return Detail{Kind: Memory, Text: "how " + trimTail(you)}
	}
	if m := guidesRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "I still rely on " + lowFirst(m[1])}
	}
	if m := couldThey.FindStringSubmatch(c); m != nil {
		// "could she quiz me at the weekend", said to her.
		return askDetail(strings.TrimRight(secondPerson(m[1], name, false), "?"))
	}
	if strings.HasPrefix(you, "I ") || strings.HasPrefix(you, "I'") || strings.HasPrefix(low, "could ") || strings.HasPrefix(low, "can use") {
		return firstPerson(you, o)
	}
	if strings.HasPrefix(low, "ask ") {
		return askDetail(strings.TrimSpace(you[4:]))
	}
	if m := turningAge.FindStringSubmatch(you); m != nil {
		// "turning 90 on the 14th": the age is the number turned, not the date.
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := ordinalAge.FindStringSubmatch(you); m != nil && o == Birthday {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := bothAge.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := ageRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: "age:" + m[1]}
	}
	if m := factRe.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Fact, Text: m[1]}
	}
	if usedTo.MatchString(you) && o != Condolence {
		return Detail{Kind: Memory, Text: "how " + trimTail(you)}
	}
	if whoYouAre.MatchString(you) && !hardNews.MatchString(you) && !stateRe.MatchString(you) && !strings.HasSuffix(low, " now") {
		// "he's a lad", "she's my oldest friend": who they are.
		return Detail{}
	}
	if m := youDidMe.FindStringSubmatch(you); m != nil && o != Thanks && o != Apology && o != Mend && o != Professional {
		// "she taught me to knit": something they did with the writer,
		// remembered, not news to tell them.
		return Detail{Kind: Memory, Text: "how you " + trimTail(m[1])}
	}
	if m := keepAsking.FindStringSubmatch(you); m != nil {
		// "she keeps asking how I am": thanked for, not told back.
		return Detail{Kind: Feeling, Text: "Thank you for always " + m[1] + m[2]}
	}
	if strings.HasPrefix(low, "you") {
		return theirNews(you, o)
	}
	if o == Support && struggleRe.MatchString(low) {
		return Detail{Kind: Struggle, Text: you}
	}
	if o == FollowUp || o == Group {
		if planLike.MatchString(low) {
			return Detail{Kind: Plan, Text: you}
		}
		if hasVerb(low) && !npStart[strings.Fields(low)[0]] {
			// A clause not understood is left out: "didn't answer" is no
			// topic to follow up on, "half the team got injured" no plan.
			return Detail{}
		}
		if o == Group && hasVerb(low) {
			// "half the team got injured": why the chat went quiet, for
			// the writer; a group is asked about a plan, not followed up.
			return Detail{}
		}
		return Detail{Kind: Topic, Text: you}
	}
	if (o == Apology || o == Mend) && strings.HasPrefix(low, "my ") && hasVerb(low) {
		// "my visa won't come through in time": the writer's reason.
		return Detail{Kind: MyNews, Text: you}
	}
	if o == Thanks && strings.HasPrefix(low, "the ") {
		return Detail{Kind: Feeling, Text: "that " + you[4:]}
	}
	if f := strings.Fields(low); len(f) >= 2 && npStart[f[0]] && !hasVerb(low) && (f[0] != "a" && f[0] != "an" || memoryWords.MatchString(low)) {
		return Detail{Kind: Memory, Text: you}
	}
	if f := strings.Fields(low); len(f) >= 4 && (f[0] == "the" || f[0] == "your" || f[0] == "our") && hasVerb(low) && !strings.HasSuffix(low, " and") {
		// "the tomatoes you grew last summer were the best" is a sentence
		// already, once it speaks to them.
		return Detail{Kind: Feeling, Text: you}
	}
	return Detail{}
}

// hasVerb reports whether a phrase looks like a clause rather than a noun
// phrase; a clause that is not understood is left out, not pasted.
func hasVerb(low string) bool {
	for _, w := range wordsOf(low) {
		switch {
		case verbs[w], strings.HasSuffix(w, "ed") && len(w) > 4, strings.HasSuffix(w, "n't"):
			return true
		}
	}
	return false
}

var verbs = set(`is are was were be been am has have had do does did will would can could should may might must
's 're get got go goes went make made take took say said tell told know knew think thought want need love loves
like likes feel felt see saw come came give gave keep kept let put seem seems lives live works work met meet
comes goes starts opens begins launches arrives finishes ends left lost won ran broke fell gave took made found
told sent bought brought drove flew grew hit hurt lent paid quit sold spent split stood stole threw woke wrote dumped`)

func trimTail(s string) string {
	for {
		t := timeTail.ReplaceAllString(s, "")
		if t == s {
			return s
		}
		s = t
	}
}

// hasGender reports whether a clause has a third-person pronoun of gender g.
func hasGender(c, g string) bool {
	for _, w := range strings.Fields(strings.ToLower(c)) {
		if pronounGender[strings.TrimRight(w, ",.;:!?")] == g {
			return true
		}
	}
	return false
}

// samePerson reports whether a clause's leading pronoun fits who died.
func samePerson(c, lost string) bool {
	f := strings.Fields(strings.ToLower(c))
	if len(f) == 0 {
		return false
	}
	switch p := pronounFor(lost); f[0] {
	case "he", "he's":
		return p == "him"
	case "she", "she's":
		return p == "her"
	}
	return true
}

// lossDetail finds who died in a clause: "his dad died suddenly" is "your
// dad"; "I'm so sorry" is written around it.
func lossDetail(c, name string, o Occasion) (Detail, bool) {
	low := strings.ToLower(c)
	if strings.Contains(low, "chat") || strings.Contains(low, "phone") || strings.Contains(low, "laptop") || strings.Contains(low, "passed his") || strings.Contains(low, "passed her") || strings.Contains(low, "passed the") {
		return Detail{}, false
	}
	var who string
	switch m := lossPet.FindStringSubmatch(c); {
	case m != nil:
		who = "your " + m[1]
		if m[2] != "" {
			who = upFirst(m[2])
		}
	default:
		if m := lossLost.FindStringSubmatch(c); m != nil {
			who = "your " + m[1]
			if strings.HasSuffix(m[1], "baby") {
				who = "the baby"
			}
			if len(m) > 2 && m[2] != "" && m[2][0] >= 'A' && m[2][0] <= 'Z' {
				who = m[2]
				if f := strings.Fields(m[1]); titles[strings.ToLower(f[len(f)-1])] {
					who = upFirst(strings.ToLower(f[len(f)-1])) + " " + m[2]
				}
			}
		} else if m := lossVerb.FindStringSubmatch(c); m != nil {
			who = strings.TrimSpace(m[1])
			if i := strings.LastIndex(strings.ToLower(who), " since "); i >= 0 {
				who = who[i+7:]
			}
			who = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(who, "and "), "It's a year since "))
		} else {
			return Detail{}, false
		}
	}
	// "my coworker Leanne's mum", written to Leanne, is "your mum".
	if first := strings.ToLower(firstName(name)); first != "" {
		f := strings.Fields(who)
		for i, x := range f {
			if strings.EqualFold(x, first+"'s") && i+1 < len(f) {
				who = "your " + strings.Join(f[i+1:], " ")
				break
			}
		}
	}
	w := strings.ToLower(who)
	switch {
	case w == "" || w == "he" || w == "she" || w == "they" || w == "it":
		return Detail{Kind: Loss, Text: "loss"}, true
	case strings.HasPrefix(w, "my ") && (name == "" || !slices.Contains(strings.Fields(w), strings.ToLower(firstName(name)))):
		if kin := strings.TrimPrefix(w, "my "); kinWord[kin] {
			return Detail{Kind: Loss, Text: upFirst(kin)}, true
		}
		return Detail{Kind: Loss, Text: who}, true
	}
	who = secondPerson(who, name, false)
	if strings.HasPrefix(who, "Your ") {
		who = "your " + who[5:]
	}
	// "Tom's brother Sean": the possessive belongs to the recipient.
	if f := strings.Fields(who); len(f) >= 2 && strings.HasSuffix(f[0], "'s") && !strings.EqualFold(f[0], "your") {
		who = "your " + strings.Join(f[1:], " ")
	}
	if strings.HasPrefix(strings.ToLower(c), "it's a year") || strings.Contains(low, "anniversary") {
		return Detail{Kind: Loss, Text: "year:" + who}, true
	}
	return Detail{Kind: Loss, Text: who}, true
}

// npStart are the words a usable noun phrase starts with ("the road trip",
// "our Sunday calls"); anything else not understood is left out.
var npStart = set(`the our a an your my that those this`)

var kinWord = set(`grandad grandpa granddad grandma gran nan nana granny mum mom dad uncle aunt auntie stepdad stepmum stepmom`)

// forDetail is what a thank-you or an apology is for: "for helping me move".
func forDetail(you string, o Occasion) Detail {
	you = strings.TrimPrefix(you, "the fact that ")
	if f := strings.Fields(strings.ToLower(you)); len(f) > 1 && (f[0] == "you" || f[0] == "you're") && o != Apology && o != Mend {
		// "a message for her, she didn't pass": a clause, not a thing.
		return theirNews(you, o)
	}
	g, ok := gerund(you)
	switch o {
	case Apology, Mend:
		if ok {
			return Detail{Kind: Sorry, Text: "for " + trimTail(g)}
		}
		return Detail{Kind: Sorry, Text: "about " + you}
	case Professional:
		if !givenThing.MatchString(you) {
			// "to ask for a coffee chat": something to be open to.
			return Detail{Kind: Ask, Text: "for " + you}
		}
		return Detail{Kind: Ask, Text: "give:" + you}
	case Support:
		if !ok {
			// "ask Sara for support" says what the message is, not a detail.
			return Detail{}
		}
	case Group:
		if !ok {
			// "a message for the five a side chat" names the chat.
			return Detail{}
		}
	case Congrats:
		return Detail{Kind: TheirNews, Text: you}
	}
	if ok {
		return Detail{Kind: ThanksFor, Text: g}
	}
	return Detail{Kind: ThanksFor, Text: you}
}

// askDetail turns "if she can talk tonight" into a question to them.
func askDetail(you string) Detail {
	low := strings.ToLower(you)
	if strings.HasPrefix(low, "how ") || strings.HasPrefix(low, "about ") {
		return Detail{Kind: Topic, Text: strings.TrimPrefix(you, "about ")}
	}
	if m := anyoneWants.FindStringSubmatch(you); m != nil {
		// "if anyone wants to go for a curry": a plan put to them all.
		if npStart[strings.ToLower(strings.Fields(m[1])[0])] {
			return Detail{Kind: Plan, Text: trimTail(m[1])}
		}
		return Detail{Kind: Plan, Text: "we " + trimTail(m[1])}
	}
	if m := askThird.FindStringSubmatch(you); m != nil {
		// "if they have any junior roles coming up": asked about others.
		return Detail{Kind: Ask, Text: "whether:" + trimTail(m[1])}
	}
	act := you
	if m := askIfRe.FindStringSubmatch(you); m != nil {
		act = m[1]
	}
	if m := askWe.FindStringSubmatch(act); m != nil {
		return Detail{Kind: Ask, Text: "need:Could we " + m[1] + "?"}
	}
	if m := askMe.FindStringSubmatch(act); m != nil {
		return Detail{Kind: Ask, Text: "need:Could I " + m[1] + "?"}
	}
	act = strings.Replace(act, "introduce me to", "put me in touch with", 1)
	return Detail{Kind: Ask, Text: act}
}

// firstPerson sorts out a clause the writer says about themselves.
func firstPerson(you string, o Occasion) Detail {
	if !strings.HasPrefix(you, "I") {
		you = "I " + you
	}
	if m := feelBad.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		return Detail{Kind: Feeling, Text: "I feel " + m[1] + " about it"}
	}
	if m := feelBad.FindStringSubmatch(you); m != nil && o == Reconnect {
		// Bad about the silence, which the opening already names.
		return Detail{Kind: Feeling, Text: "I feel " + m[1] + " that I let so much time go by"}
	}
	if proudOf.MatchString(you) {
		return Detail{Kind: Feeling, Text: "I'm so proud of you"}
	}
	if m := iKnew.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: "I'll always remember " + m[1] + " from " + m[2]}
	}
	if m := sentAbout.FindStringSubmatch(you); m != nil && (o == FollowUp || o == Professional) {
		// "I sent him a voice note about his dad's 70th": the 70th.
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if m := iAskedAbout.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Topic, Text: trimTail(m[1])}
	}
	if o == FollowUp {
		if m := iAskedTo.FindStringSubmatch(you); m != nil {
			return Detail{Kind: Topic, Text: trimTail(m[1])}
		}
		if iReachedOut.MatchString(you) {
			// "I texted you after": the silence, not the message.
			return Detail{}
		}
	}
	if loveYou.MatchString(you) {
		// "I love you and think about you a lot" is said as it is.
		return Detail{Kind: Feeling, Text: you}
	}
	if offerRe.MatchString(you) {
		// "I can bring dinner round on Sunday": an offer, said as it is.
		return Detail{Kind: Feeling, Text: you}
	}
	if promiseRe.MatchString(you) && !strings.HasSuffix(you, "?") {
		// "I'll call you tonight" is a promise to them, said as it is, not
		// news of the writer's.
		return Detail{Kind: Feeling, Text: you}
	}
	if m := wantYouKnow.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: m[1]}
	}
	if farAway.MatchString(you) && (o == HardTime || o == Condolence) {
		return Detail{Kind: Feeling, Text: "I wish I could be there with you"}
	}
	if m := iMiss.FindStringSubmatch(you); m != nil {
		return Detail{Kind: Feeling, Text: you}
	}
	if m := noticedRe.FindStringSubmatch(you); m != nil {
		// When it was seen matters less than what it was.
		obj := innerWhen.ReplaceAllString(m[2], "")
		return Detail{Kind: Noticed, Text: m[1] + "|" + noticedAside.ReplaceAllString(obj, "")}
	}
	if m := iSaid.FindStringSubmatch(you); m != nil && (o == Apology || o == Mend) {
		return Detail{Kind: Sorry, Text: strings.TrimSpace("for what I said " + m[1])}
	}
	if sorryDid.MatchString(you) && (o == Apology || o == Mend || o == Condolence || o == Birthday || o == HardTime) {
		return Detail{Kind: Sorry, Text: "that " + trimTail(you)}
	}
	if m := likeYouTo.FindStringSubmatch(you); m != nil {
		return askDetail(m[1])
	}

	if m := needRe.FindStringSubmatch(you); m != nil {
		for _, g := range m[1:] {
			if g != "" {
				return Detail{Kind: Ask, Text: "need:" + strings.TrimSpace(you)}
			}
		}
		return Detail{Kind: Ask, Text: "need:" + you}
	}
	if didToYou.MatchString(you) && (o == Apology || o == Mend) {
		// "I ate your leftovers": done to them, so what the apology is for.
		return Detail{Kind: Sorry, Text: "that " + trimTail(you)}
	}
	if struggleRe.MatchString(you) {
		return Detail{Kind: Struggle, Text: you}
	}
	return Detail{Kind: MyNews, Text: you}
}

// theirNews is something that happened to the recipient, or a fact about them.
func theirNews(you string, o Occasion) Detail {
	if rest, ok := strings.CutPrefix(you, "you for "); ok {
		// "Dr Mensah for writing my letter", the name cut from its
		// "thank": what the thanks is for, never news to tell them.
		if g, ok := gerund(rest); ok && (o == Thanks || o == Professional || o == "") {
			return Detail{Kind: ThanksFor, Text: g}
		}
		return Detail{}
	}
	return Detail{Kind: TheirNews, Text: trimTailKeep(you)}
}

// trimTailKeep drops only the softest tails ("again", "or something").
func trimTailKeep(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, " or something"), " again")
	if strings.HasSuffix(s, " since") {
		// "staying with her daughter since": since then.
		s += " then"
	}
	return s
}
