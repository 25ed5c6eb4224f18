// Package compose writes message drafts without a language model: it reads
// what a request is for (the occasion), works out what each detail the
// person gave is (a shared memory, their news, an apology's reason, a plan,
// background that is not for the recipient…), rewrites the usable ones to
// speak to the recipient, and puts them into whole sentences shaped by the
// occasion and the relationship.
package compose

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"regexp"
	"strings"
)

// Occasion is what a message is for.
type Occasion string

// The occasions a draft can have. The string values are stored with a
// conversation's state, so they never change.
const (
	Reconnect    Occasion = "silence"      // getting back in touch after a long gap
	Thinking     Occasion = "thinking"     // just thinking of them
	HardTime     Occasion = "hard-time"    // they are going through something hard
	Condolence   Occasion = "condolence"   // someone they love died
	Congrats     Occasion = "win"          // their good news: a job, a baby, an engagement…
	Birthday     Occasion = "birthday"     // their birthday, belated included
	Thanks       Occasion = "thanks"       // saying thank you for something
	Apology      Occasion = "apology"      // saying sorry for something
	Mend         Occasion = "mend"         // clearing the air after a falling-out
	Support      Occasion = "support"      // asking them for support for oneself
	Professional Occasion = "professional" // an ask or an update to a mentor or contact
	Group        Occasion = "group"        // waking up a group chat
	FollowUp     Occasion = "follow-up"    // one gentle follow-up after no reply
	Space        Occasion = "space"        // the writer needs space or time apart (space.go)
)

// occasionRules are tried in order; the first that matches wins. The order
// carries meaning: a person asking for support may mention a hard time, an
// apology may mention a birthday, a thank-you a wedding.
var occasionRules = []struct {
	o  Occasion
	re *regexp.Regexp
}{
	{Group, regexp.MustCompile(`\bgroup ?chat\b|\b(?:whatsapp|family|friends|school|uni|cousins|football|netball|book club|hiking|team) group\b|\bthe (?:group|gang|lads|girls|crew)\b|\bgroup\b.*\b(?:chat|died|dead|quiet)\b|\bour (?:old )?group\b|\b(?:the|our) (?:[\w'-]+ ){0,3}whatsapp\b|\b(?:a|the|our) (?:group )?chat with (?:the|my|our|all the|some|a few|a bunch of) |\b(?:to|revive|wake up|liven up|post in|message) (?:the|our) (?:[\w'-]+ ){1,3}group\b`)},
	// "my nan is 85 today", "he turned 40 this morning": an age reached
	// on the day is a birthday, whatever else is owed with it.
	{Birthday, regexp.MustCompile(`\b(?:is|'s|turns|turned|has turned|just turned|hits|hit) \d{1,3}(?:st|nd|rd|th)? (?:years old )?(?:today|this morning)\b`)},
	// "having knee surgery on the 14th, ask him to drive me": the
	// writer's own operation ahead (see ownordeal.go).
	{Support, ownOrdeal},
	// "i need her to just listen tonight": the writer needs them.
	{Support, regexp.MustCompile(`\bi (?:just |really )?need (?:her|him|them|you) to (?:just |simply |please )?(?:listen|hear me out|be there|be with me|come over|come round|sit with me|talk to me)\b`)},
	{Support, regexp.MustCompile(`\bi(?:'ll| will)? need (?:someone|somebody|a lift|a hand|a ride|help) (?:to|with|after|for)\b|\bi'?m (?:a|such a|an absolute|a complete|a total) (?:mess|wreck)\b|\b(?:sit with me|keep me company|be with me|stay with me)\b`)},
	{Support, regexp.MustCompile(`\b(?:i'?m|i am|i've been|ive been|i have been|been) (?:\w+ )?(?:struggling|having a (?:\w+ )?(?:hard|rough|tough|bad) (?:week|day|month|time)|not (?:doing )?(?:ok|okay|great|good|well|coping)|having a (?:\w+ )?(?:hard|rough|tough|bad) (?:time|week|day|month)|feeling (?:\w+ )?(?:low|lonely|down|anxious|overwhelmed)|(?:so |really )?(?:anxious|overwhelmed|lonely|homesick|burnt out|burned out|depressed))\b|\bi'?m not (?:ok|okay)\b|\bi (?:just )?lost my job\b|\bi'?m panick\w*\b|\bevicting me\b|\bi'?m in (?:a bit of )?a state\b|\bi got (?:laid off|fired|dumped)\b|\bmy (?:anxiety|depression|mental health)\b|\bi (?:had|have) a panic attack\b|\b(?:could|can) use (?:a|some) (?:call|company|chat|hand|hug|walk|support|help|talk)\b|\bi need (?:a hug|support|some support|help|someone)\b|\bi (?:really |just )?need (?:her|him|them|my (?:\w+ )?(?:friend|mum|mom|dad|sister|brother|partner|bestie|mate))(?:$|[.,!]| right now| now| more| around| with me)|\bask (?:\w+ ){0,3}?for (?:support|help|a hand)\b|\bi'?m (?:\w+ )?drowning\b|\bi'?m finding \w+ hard\b|\bwork has been (?:rough|hard|awful)\b|\bi don'?t want to be alone\b|\bnot coping\b|\bhow i'?m feeling\b|\bi'?m (?:\w+ ){0,4}(?:and |so |really )?(?:homesick|lonely|struggling|not coping)\b`)},
	// "i've been swamped and feel overwhelmed, could we talk": the
	// writer's own strain, with a wish to talk, asks for support.
	{Support, regexp.MustCompile(`\b(?:i|ive|i've|i have|and) (?:been )?(?:feel|feeling) (?:so |really |very |a bit |completely |totally |quite )?(?:overwhelmed|anxious|lonely|homesick|depressed|alone|lost)\b|(?:\b(?:i'?m|i am|im|i've been|ive been|i have been|i feel|i'?ve been feeling|and feel|and feeling) (?:\w+ )?(?:so |really |very |super |completely |a bit |quite )?(?:stressed|swamped|snowed under|exhausted|drained|burnt out|burned out|falling apart|a wreck|not sleeping|freaking out|out of my depth)\b.*\b(?:(?:can|could|would|might) (?:we|i) (?:talk|chat|call|speak|meet up|get a coffee|vent|lean on)|if (?:we|i) (?:could|can|might) (?:talk|chat|call|speak|vent)|(?:up for|free for|time for|around for) (?:a )?(?:talk|chat|call|phone call|vent)|need (?:to talk|someone to talk to|a chat|a call|a friend|to vent)|(?:talk|chat) (?:to|with) (?:her|him|them|someone))\b)|\b(?:(?:can|could) (?:we|i) (?:talk|chat|call|speak|vent)|if (?:we|i) (?:could|can|might) (?:talk|chat|call|speak|vent))\b.*\b(?:i'?m|i am|im|i've been|ive been|i have been|i feel|and feel|and feeling) (?:\w+ )?(?:so |really |very |super |completely |a bit |quite )?(?:stressed|swamped|snowed under|exhausted|drained|burnt out|burned out|falling apart|a wreck|not sleeping|freaking out|out of my depth)\b`)},
	// "she's the only one who'd get it", "ask him if he'd be up for
	// talking": the writer is the one who needs them.
	{Support, regexp.MustCompile(`\b(?:the only one|the only person|only one) (?:who|that)(?:'d| would| will| could)? (?:get|understand)\b|\bask (?:her|him|them|[a-z]+) if (?:she|he|they)(?:'d| would)? be (?:up for|around for|free for|ok with|okay with) (?:talking|a talk|a chat|chatting|a call|a phone call)\b`)},
	{Birthday, regexp.MustCompile(`\b(?:late|belated) (?:birthday|bday)\b|\b(?:forgot|forgotten|missed|miss|blanked on|spaced on) (?:all about )?(?:my (?:\w+ ){0,2}\w+'?s |\w+'?s |her |his |their )?(?:birthday|bday)(?:\s*$|[.,!?;]| (?:yesterday|today|last|on|this|again|completely|totally|and|but|so|lol|omg|it|which|by|until|til|till|when|because|cos|somehow|entirely)\b)`)},
	// "so sorry for his loss" is sympathy, not an apology.
	{Condolence, regexp.MustCompile(`\bsorry for (?:his|her|their|your|the) (?:\w+ )?loss\b`)},
	{Apology, regexp.MustCompile(`\b(?:apolog\w*|say (?:i'?m |i am )?sorry|sorry (?:text|message|note|to|for)|make amends|my fault|i messed up|i forgot (?:her|his|their|\w+'s) |i was (?:rude|harsh|mean|unfair)\b|i said something (?:\w+ )?(?:mean|horrible|nasty|hurtful|awful|stupid|rude)|i (?:snapped|yelled|shouted) at|i (?:let (?:her|him|them) down|stood (?:her|him|them) up|bailed on)|i (?:completely |totally |kind of |kinda )?(?:missed|skipped|forgot|forgot about|bailed on|flaked on|no[- ]showed) (?:my |her |his |their |our |\w+'s )(?:[\w'-]+ ){0,3}(?:birthday|party|drinks|wedding|leaving do|do|dinner|show|gig|exhibition|graduation|match|game|shower|launch|recital|play|performance|opening|reunion|housewarming|christening|ceremony|celebration|hen do|stag do|send-off|leaving drinks|engagement)\b|i (?:took|stole|claimed) (?:the )?credit\b|i (?:was|acted like|behaved like) (?:such |a bit of |a total |a complete )?(?:a )?(?:jerk|idiot|dick|prat|arse|ass|nightmare|brat)\b|(?:went on|ran on|was|got) (?:way |far |much |a bit |so )?too (?:late|loud|rowdy)\b|\bkept (?:her|him|them|everyone|the whole building) (?:up|awake)\b|i was (?:really |so |a bit |way |well )?(?:short|snappy|out of order|off) with|own up to|owe (?:her|him|them|you|my \w+|\w+) an apology|i (?:lost|broke|ruined|damaged|wrecked|scratched|spilt|spilled|stained|dented|cracked) (?:[\w']+ ){1,4}(?:she|he|they) (?:lent|gave) me)`)},
	// "i cant make his birthday party saturday": sorry to miss it.
	{Apology, cantMakeEvent},
	// "it was out of line", "i made a joke about her weight", "i didn't
	// mention that she did the analysis": the writer's own wrong, told
	// without the word sorry, is an apology whatever they did next.
	{Apology, ownWrong},
	{Condolence, regexp.MustCompile(`\b(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|husband|wife|partner|son|daughter|uncle|aunt|auntie|cousin|friend|dog|cat) passed(?:$|[.,!]| in | on | last | this | yesterday| today| suddenly| peacefully| recently| overnight| after| at the)|\b(?:died|passed away|passed on|funeral|condolence\w*|sympathy card|bereave\w*|widow\w*|lost (?:his|her|their|the|a) (?:\w+ )?(?:mum|mom|mother|dad|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|brother|sister|husband|wife|partner|son|daughter|baby|pregnancy|dog|cat|uncle|aunt|best friend)|(?:put|have) (?:his|her|their) (?:\w+ )?(?:dog|cat|pet|horse|rabbit|pony) (?:\w+ )?(?:put )?down|memorial|no longer with us|laid to rest|lost (?:his|her|their) (?:long |brave )?(?:battle|fight) with|say(?:ing)? goodbye to (?:his|her|their) (?:\w+ )?(?:dog|cat|pet|horse)|(?:had|have|having) (?:his|her|their) (?:[\w']+ ){1,3}put (?:down|to sleep)|put to sleep|killed in)\b`)},
	// "the anniversary of his wife's death": a death named by the noun.
	{Condolence, deathOf},
	// "her old cat had to be put to sleep": a loss, whoever's pet.
	{Condolence, petPutDown},
	// "I never replied to her", "ive been ignoring her calls": the
	// writer's silence is theirs to be sorry for, no follow-up.
	{Apology, regexp.MustCompile(`\bi(?:'ve|ve| have)? (?:been )?(?:ignoring|ignored|avoiding|avoided|dodging|dodged|ghosting|ghosted|blanking|blanked|screening|screened) (?:all )?(?:(?:her|his|their|your|my \w+'?s|\w+'s) )?(?:calls?|texts?|messages?|voicemails?|him|her|them)\b|\bi (?:never|didn't|didnt|did not|haven't|havent|have not|still haven't|still havent|forgot to) (?:replied|reply|answered|answer|got back|get back|responded|respond|texted back|text back|called back|call back|rang back|ring back)\b`)},
	{FollowUp, regexp.MustCompile(`\bfollow(?:ing)?[ -]?up\b|\bchas(?:e|ing) (?:it|this|that|them|him|her|up)\b|\bcircle back\b|\bbump (?:it|this|my (?:message|email|note|text))\b|\b(?:he|she|they) (?:hasn't|hasnt|has not|haven't|havent|didn't|didnt|never|stopped) (?:texted|messaged|called|rung|written|been in touch|replied|got back)\b|\bnudge\b|\b(?:hasn't|hasnt|haven't|havent|didn't|didnt|never) (?:replied|answered|got back|responded|reply|replies|answer)|\bno reply\b|\bleft me on read\b|\b(?:went|gone|go) quiet\b|\bstopped (?:replying|answering|texting|messaging)\b|\bghost(?:ed|ing)\b|\bheard nothing\b|\bstill waiting\b|\b(?:and )?then nothing\b|\b(?:not|haven'?t|havent|never) heard back\b|\b(?:got|heard|get|getting) nothing back\b|\bno (?:response|answer)\b|\bnever (?:heard|got) back\b|\bask how (?:his|her|their|the) \w+ went\b|\bhow (?:his|her|their) \w+ went\b`)},
	// "she said i'd hear by friday, still nothing": a promised answer
	// still owed.
	{FollowUp, answerAwaited},
	{Thanks, regexp.MustCompile(`\b(?:thank|thanks|thank-you|grateful|gratitude|appreciat\w*)\b|\bsay (?:a (?:big |huge |quick )?)?(?:cheers|ta)\b|\bhow much (?:it|that|this|(?:her|his|their) help) (?:meant|means|helped)\b|\b(?:never|didn't|did not|not) (?:\w+ )?thanked\b`)},
	// "I'm really sorry but I can't make his wedding": the writer's own
	// sorry, once a loss, a silence and a thank-you have had their say.
	{Apology, regexp.MustCompile(`\bi'?m (?:so |really |very |truly |terribly |super )?sorry (?:but|that|i|for (?:not|missing|forgetting|being|what|how|the way|last))\b`)},
	{Birthday, regexp.MustCompile(`\b(?:birthday|bday|b-day|turning \d+|turns \d+|another year older|turns the big|big (?:\d+|four[- ]oh|three[- ]oh|five[- ]oh|six[- ]oh|[2-9]0)|a year older|(?:hits|hitting) (?:the big |\d{2})|'s (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|\d{2,3}) (?:today|tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this (?:week|weekend)|next (?:week|weekend)))\b|'s \d+(?:st|nd|rd|th)\b|\b\d+(?:st|nd|rd|th) (?:today|tomorrow)\b`)},
	{Professional, regexp.MustCompile(`\b(?:(?:for|give me) a reference|be (?:a|my) (?:reference|referee)|as (?:a|my) (?:reference|referee)|referral|refer me|introduce me|(?:for|give me|get) an? intro(?:duction)?\b|put me in touch|recommendation letter|letter of recommendation|\d+ ?(?:minutes|mins?) of (?:her|his|their|your) (?:time|advice))\b`)},
	{Reconnect, regexp.MustCompile(`\b(?:lost touch|drifted(?: apart| away)?|fell out of touch)\b`)},
	// A row is the occasion even when nobody has spoken since.
	{Mend, regexp.MustCompile(`\b(?:we (?:fought|argued|fell out)|(?:had|have) (?:a |an )?(?:\w+ )?(?:fight|argument|falling out|row|disagreement)|fell out|falling out|clear the air)\b`)},
	// "we haven't talked since the band broke up": the silence is the
	// occasion, what ended it is only when.
	{Reconnect, regexp.MustCompile(`\b(?:haven't|havent|have not|hadn't|not|never) (?:really )?(?:talked|spoken|seen each other|been in touch|caught up|heard from (?:her|him|them))(?: properly| much| at all)? since\b`)},
	// "i just stopped calling", "three years of nothing", "found him on
	// insta", "till we were 12, then… that was that": a long silence,
	// told in other words.
	{Reconnect, quietYears},
	// "she just beat cancer": good news, though it names an illness.
	{Congrats, recovered},
	// "had his knee done and is back home now": a homecoming after care
	// is mending news too (see mending.go).
	{Congrats, homeAfterCareRe},
	// "my friend drove me to hospital at 3am": a kindness to the writer is
	// thanked for, though it names a hospital or an illness.
	{Thanks, kindnessToMe},
	// "he helped me carry my sofa up four floors", "my neighbour helped
	// us paint the fence": help given to the writer, whatever with.
	{Thanks, helpedMe},
	// "found my keys in the park and dropped them round": brought back to
	// the writer, a kindness.
	{Thanks, foundMine},
	// "40!! and still ...", "the big 5-0": an age cheered is a birthday.
	{Birthday, cheeredAge},
	// "his band put out their first album": good news of theirs.
	{Congrats, putOut},
	// "she has her bar exams next week", "wish him luck for his
	// interview": a trial still to come is wished well, never
	// congratulated (see goodluck.go).
	{Thinking, trialAhead},
	// "he passed his driving test, he's been so stressed": good news
	// that plainly is the occasion, whatever strain came before it.
	{Congrats, plainWin},
	// "hes been really down": someone else's low spell (theyBeen has
	// joined the subject to "been").
	// "she's drowning in her thesis": someone else under it.
	{HardTime, regexp.MustCompile(`\b(?:he|she|they|[a-z]{2,})(?:'s|'re| is| are|s|re) (?:\w+ )?(?:drowning|buried|snowed under|swamped|overwhelmed|burning out|falling apart|going under)\b`)},
	{HardTime, regexp.MustCompile(`\b(?:he|she|they)(?:'s|'ve| has| have|s|ve)_been (?:\w+ )?(?:down|low|depressed|struggling|stressed|unwell|ill|sick|quiet|off|in a (?:bad|dark) (?:way|place)|having a (?:hard|rough|tough|bad) time)\b`)},
	{HardTime, regexp.MustCompile(`\b(?:(?:startup|business|company|shop|restaurant|cafe|band) (?:\w+ )?(?:folded|went under|went bust|closed down|shut down|collapsed)|had to (?:close|shut|sell|give up|wind up) (?:down )?(?:the|his|her|their) (?:\w+ )?(?:bakery|shop|business|company|restaurant|cafe|pub|salon|studio|store|practice|garage|stall|farm)|went bankrupt|exhausted|caring for|dementia|alzheimer\w*|devastated|heartbroken|gutted|ivf|(?:didn't|did not) work out|evicted|losing (?:his|her|their) (?:job|flat|house|home)|had to move back)\b`)},
	{Congrats, regexp.MustCompile(`\b(?:congrat\w*|promot\w*|(?:got|landed|started) (?:the|a|her|his|their) (?:new |dream )?job|new job|graduat\w*|engaged|got married|(?:boyfriend|girlfriend|partner|fiance|he|she)(?: [a-z]+)? proposed|popped the question|said yes|had (?:a|the|their|her|his) (?:first )?(?:baby|little one)|had twins|gave birth|had (?:a|their|her|his) (?:first )?(?:little |beautiful |healthy |baby )?(?:girl|boy|son|daughter)|welcomed (?:a|their|her|his) (?:baby|little|son|daughter|first)|new arrival|twins|(?:is|are) (?:a )?(?:dad|mum|mom|father|mother|parents|grandad|grandma|granny|grandpa) now|(?:was|were) born|baby (?:girl|boy)|new baby|expecting (?:a|her|his|their)|pregnant|passed (?:his|her|their|the) \w+|(?:^|[^i] )won (?:the|a|an|her|his|their)|(?:^|[^i] )won (?:\w+ )?(?:prize|place|medal|trophy|cup|title|competition|contest|race|election|seat)|(?:first|1st|top) prize|award|published|marathon|bought (?:a|their|her|his) (?:first )?(?:house|flat|home|place)|got the keys|first (?:house|flat|home)|got into|good news|great news|big news|exciting news|got (?:signed|picked|selected|accepted|shortlisted|cast)|(?:adoption|visa|citizenship|mortgage|planning permission) (?:came through|went through|was approved|got approved)|(?:got|received|was granted|been granted|passed) (?:her |his |their |the |british |us |uk |\w+ )?citizenship|(?:became|become|becoming|is now|are now) (?:a |an )?(?:full |british |us |uk |\w+ )?(?:citizens?|partner at|qualified|chartered|consultant|professor|fellow)|sworn in|qualified as|(?:book|record|publishing) deal|made the (?:[\w-]+ ){0,2}(?:team|squad|final|finals|shortlist)|retir\w+|proud of (?:her|him|them)|something proud|well done on|got (?:a|her|his|their) (?:place|spot) (?:on|at|in)|(?:defended|defending|submitted|passed) (?:her|his|their|the|a) (?:[\w'-]+ ){0,2}(?:thesis|dissertation|phd|doctorate|viva)|(?:finish|finished|finishing|completed|completing) (?:her|his|their|the|a) (?:[\w'-]+ ){0,2}(?:degree|course|training|apprenticeship|thesis|dissertation|phd|masters|master's|exams|residency|qualification))\b`)},
	{HardTime, regexp.MustCompile(`\b(?:called|calls|calling|call) off (?:the|their|her|his|our) (?:wedding|engagement)\b|\b(?:wedding|engagement) (?:was|got|has been|is) (?:called off|cancelled|canceled|off)\b|\bbroke off (?:the|their|her|his) engagement\b|\bleft (?:her|him|them) at the altar\b`)},
	{HardTime, regexp.MustCompile(`\b(?:girlfriend|boyfriend|wife|husband|partner|fiance|fiancee) (?:\w+ )?(?:left|dumped|walked out on|moved out|cheated|ended it|broke up)\b|\bsupportive\b|\bsupport (?:her|him|them)\b|\b(?:didn't|did not|failed to|not) (?:pass|get (?:in|into|through|the job|the place|the part))\b|\bfailed (?:her|his|their|the) \w+`)},
	{HardTime, regexp.MustCompile(`\b(?:(?:rough|hard|tough|difficult|bad|awful|terrible) (?:time|patch|week|month|year|breakup|break-up|day)|going through|struggl\w*|stress(?:ing|ed) (?:out|about)|crying|in tears|(?:kitchen|house|flat|home|chip pan) fire|(?:a|had a) fire|(?:kitchen|house|flat|home|basement|cellar|bathroom|shop|street|village|town) (?:\w+ )?(?:flooded|got flooded|was flooded)|(?:a|the) flood|burst pipe|storm damage|burgled|burglary|broken into|break-in|robbed|mugged|car crash|crashed (?:her|his|their) car|hospital|surgery|operation|had a fall|grief|grieving|break ?up|broke up|split up|divorc\w*|separating|separated|separation|taking it (?:so |really |very |pretty |quite )?(?:hard|harder|badly|rough)|signed off|sick leave|off sick|exhaustion|laid off|made redundant|redundan\w*|fired|(?:was|were|got|been|being) let go|lost (?:her|his|their) job|unwell|ill|sick|depress\w*|burn(?:ed|t)? out|burnout|diagnos\w*|chemo|chemotherapy|radiotherapy|radiation therapy|cancer|miscarriage|stressed|anxious|not doing (?:well|great|ok)|flooded|down about|intensive care|icu|a&e|long covid|stroke|heart attack|seizure|injur\w+|broke (?:his|her|their) (?:leg|arm|wrist|ankle|hip|back|foot|collarbone)|(?:got|been|was) dumped|(?:long|slow) road (?:ahead|to recovery)|worn (?:down|out) by|run (?:down|ragged)|at (?:the end of (?:her|his|their) tether|breaking point))\b`)},
	{Congrats, regexp.MustCompile(`(?:^|\s)won (?:the|a|an|her|his|their|gold|silver|bronze|first|1st|second|2nd|third|3rd)\b`)},
	{Mend, regexp.MustCompile(`\b(?:we (?:fought|argued|fell out)|(?:had|have) (?:a |an )?(?:\w+ )?(?:fight|argument|falling out|row|disagreement)|fell out|falling out|clear the air|said things (?:we|i|they) (?:didn'?t|did not) mean|patch (?:it|things) up|make (?:peace|up) with|made up with|smooth (?:it|things) over|on bad terms|(?:had|have) (?:words|a blow ?up|a bust[- ]up|a spat))\b`)},
	{Professional, regexp.MustCompile(`\b(?:linkedin|mentor\w*|former (?:manager|boss|colleague|supervisor)|ex-colleague|ex-(?:manager|boss|supervisor|line manager)|old boss|(?:a|for a) reference|referral|refer me|introduce me|recommendation letter|supervisor|job application|\d+ minutes of|professional|recruiter|hiring manager|collaborat\w*|conference|networking|career advice|informational interview|coffee chat|(?:my|our) (?:manager|boss|line manager|team lead|head of department)|ask (?:her |him |them )?(?:for|about) (?:a )?(?:meeting|pay rise|raise|flexible working|part[- ]time|reduced hours|sabbatical|study leave|four[- ]day week))\b`)},
	{Reconnect, regexp.MustCompile(`\b(?:haven't|havent|have not|hadn't|not) (?:really )?(?:talked|spoken|seen|heard from|been in touch|caught up|texted|messaged|chatted|written to|rung|called|visited)|\blost touch\b|\bout of touch\b|\bdrifted\b|\blong time\b|\bit's been (?:ages|a while|years|months|forever|so long|too long)|\bbeen a while\b|\bget back in touch\b|\breconnect\w*|\bin (?:ages|years|months|a while|a long time)\b|\bfor (?:ages|years|months)\b|\bits been years\b|\bbeen years\b|\b(?:it'?s|its) been (?:about |over |almost |nearly |more than |like |maybe |probably |roughly |around )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|many|several|so many) (?:years|yrs)\b`)},
	{Thinking, regexp.MustCompile(`\bthinking (?:of|about) (?:her|him|them|you)\b|(?:^|\bbeen |\bi'm |\bim |\bam )thinking (?:of|about) (?:my|our) \w+|\bmiss(?:ing)? (?:her|him|them)\b|\breminded me of\b|\bmade me think of\b|\bthought (?:of|about) (?:her|him|them|my|our)\b|\bsay (?:hi|hello)\b|\bno (?:real |particular )?reason\b|\b(?:looked|looks|sounded|sounds) (?:just |exactly )?like (?:my|her|his|their|our)\b|\bnothing special\b|\bon my mind\b|\brecommend (?:it|this|the|a|that)\b|\bto recommend\b|\bshare (?:it|this|a|the|that) (?:with)?`)},
}

// helpedMe is help given to the writer by someone: a pronoun, a
// relationship word or "who" before "helped me" (never "nobody helped me"
// or "it helped me", which thank no one), and what with after it.
var helpedMe = regexp.MustCompile(`\b(?:he|she|they|who|(?:neighbou?r|friend|mate|buddy|pal|brother|sister|mum|mom|dad|son|daughter|cousin|uncle|aunt|auntie|nephew|niece|colleague|coworker|co-worker|boss|manager|teacher|coach|landlord|landlady|flatmate|roommate|housemate|husband|wife|partner|boyfriend|girlfriend|grandma|grandpa|nan|gran)s?) (?:(?:really|kindly|also|even|once|just|literally|actually|basically|totally) )?(?:helped|help) (?:me|us) (?:to )?[a-z]{3,}`)

// quietYears is a long silence told without saying so: the writer who
// stopped calling, years of nothing, a friendship that ended with a
// childhood, someone found again online.
var quietYears = regexp.MustCompile(`\bi_stopped_(?:calling|ringing|visiting|writing|reaching out)\b|\b(?:years|months) of (?:nothing|silence|no contact|radio silence|not talking)\b|\bthat was that\b|\b(?:till|until) we were (?:like |about |maybe )?(?:\d+|kids|teenagers|little)\b|\b(?:found|came across|stumbled (?:on|across|upon)|spotted) (?:him|her|them) (?:again )?(?:on|via) (?:insta|instagram|facebook|fb|linkedin|tiktok|twitter|x|strava)\b`)

// plainWin is good news that is the occasion however it is told: a test
// passed, a baby expected, a yes to a proposal.
var plainWin = regexp.MustCompile(`\b(?:passed|smashed|aced|nailed) (?:his|her|their|the) (?:driving |theory |bar |final |music |piano |grade \d |\w+ )?(?:test|exams?|finals|viva|defen[cs]e|audition|grade)\b|\b(?:is|are|'s|'re|s) (?:finally )?expecting(?:$|[!.,]| (?:a baby|a little|twins|again|their|her|his|number|baby|in|due)\b)|\b(?:got|are|is|just got) engaged\b`)

// kindnessToMe is something someone did for the writer or the writer's
// child: "she drove me to hospital", "he covered my shifts", "they cooked
// for me all week", "coached me through my first year", "stayed late to
// help my son".
var kindnessToMe = regexp.MustCompile(`\b(?:drove|took|picked|walked|ferried|gave) me (?:to|up|home|a lift|a ride)\b|\b(?:sent|posted|mailed|brought|dropped off|dropped round|left|made) me (?:a |an |some |this )?(?:[\w'-]+ ){0,2}(?:care package|package|parcel|hamper|card|flowers|soup|meals?|food|gift|present|box|care kit)\b|\bcovered (?:for me|my (?:shifts?|meetings|classes|work|rent|bills))\b|\bcooked (?:for me|me|us)\b|\b(?:looked after|took care of|sat with|stayed with|stood by|put) me\b|\blooked after my\b|\bput me up\b|\blent me\b|\bhelped me (?:\w+ )?(?:move|study|revise|through|out|with|get|find|pack|prepare)\b|\bspent (?:hours|ages|days|the (?:whole )?(?:weekend|day|evening)|all (?:day|night|weekend)) (?:[\w']+ ){0,4}(?:with|for) me\b|\b(?:fed|walked|watered|minded) my\b|\bbabysat\b|\bhad (?:my|the) (?:kids|children|dog|cat)\b|\bhad my baby\b|\bhad the baby (?:for|while|overnight|so|all|when|at (?:hers|his|theirs))\b|\b(?:coached|mentored|guided|talked|walked|got|saw|helped|supported|carried|pulled) me through\b|\bstayed (?:late|behind|on|after (?:school|work|class|hours|the lesson)) to (?:help|teach|tutor|coach|finish|sort|fix|go over)\b|\b(?:helped|taught|tutored|coached|looked after|believed in) (?:my|our) (?:little )?(?:son|daughter|kid|kids|child|children|boy|girl|little one)\b`)

// theyBeen is someone else's "been"; iStopped is the writer going quiet.
// notThanks is relief said with a thank; howGotInto asks how someone got
// into their line of work.
var (
	diedDown   = regexp.MustCompile(`\b(?:died|dies|die|dying) (?:down|off a bit|away)\b`)
	notThanks  = regexp.MustCompile(`\bthank (?:god|goodness|heavens|heaven|fuck|christ|the lord)\b|\bthankfully\b`)
	howGotInto = regexp.MustCompile(`\bhow (he|she|they|you) got into\b`)
	theyBeen   = regexp.MustCompile(`\b((?:he|she|they)(?:'s|'ve| has| have|s|ve))( been)\b`)
	iStopped   = regexp.MustCompile(`\bi(?:\.+)? (?:just |kind of |kinda |sort of |sorta )?(?:\.+ ?)?stopped (replying|answering|texting|messaging|responding|calling|ringing|visiting|writing|reaching out)\b`)
)

// namedChat is a chat named by what it is for: "the five a side chat",
// "our old band chat"; chatNotGroup are the words before "chat" that make
// it a conversation instead ("our last chat").
var (
	namedChat    = regexp.MustCompile(`\b(?:the|our|my) (?:old |dead |quiet )?([\w-]+(?: [\w-]+){0,2}) (?:group )?chat\b`)
	chatNotGroup = wordset.Of(`last little quick long phone video brief recent good nice great lovely proper first`)
)

// askerHelp is help the person asks of the companion with the message
// itself: "i need help to write", "i need some help wording this".
var askerHelp = regexp.MustCompile(`(?i)\bi (?:really |just )?need (?:your |some |a bit of |a little )?help (?:to |with |for |on )?(?:writ\w*|draft\w*|word\w*|compos\w*|text\w*|messag\w*|a (?:message|text|note|card|letter|email)|this (?:message|text|note|card|letter|email))\b`)

// askerSorry is a sorry the person says to the companion about asking.
var askerSorry = regexp.MustCompile(`(?i)\b(?:(?:i'?m |so |really )*sorry (?:to (?:bother|trouble|ask|ramble|dump (?:this|all this)|be (?:a pain|annoying|so long))(?: you)?(?: with this)?|(?:for|about) (?:the|this|my) (?:long|rambling|essay|novel|wall of text|huge|massive)(?: \w+)?(?: message| text| msg)?|if this (?:is|sounds) (?:weird|dumb|stupid|a lot|long|random))|sorry,? (?:this is|that was) (?:long|a lot|a ramble|rambling))[,.!]*`)

// DetectOccasion reads the occasion from what the person typed; "" when
// nothing says.
func DetectOccasion(text string) Occasion {
	if t := hedgedFault.ReplaceAllString(text, ""); t != text {
		// "we haven't spoken in two years, mostly my fault for being
		// busy": the silence is the occasion, the blame background.
		text = t
	}
	// "sorry to bother you", "sorry for the long message": a sorry said to
	// the companion is no apology to anyone.
	text = askerSorry.ReplaceAllString(text, "")
	// "please I need help to write message to…": help asked of the
	// companion with the writing is no call for support.
	text = askerHelp.ReplaceAllString(text, "")
	// "she's shy and won't ask for help": her temperament, which no
	// occasion is read from.
	text = withoutTemper(text)
	if o := courtesyOccasion(text); o != "" {
		// "well done to sami for passing his test": the courtesy says
		// what the message is for.
		return o
	}
	if rememberedDay(text) {
		// "her dad would have been 70 today": a death remembered on the
		// day it marks (see remembered.go), unless the message is for
		// something else the person says.
		switch o := ruleOccasion(text); o {
		case Support, Thanks, Apology, Group, Professional, FollowUp:
			return o
		}
		return Condolence
	}
	if t := oldLoss.ReplaceAllString(text, ""); t != text && !yearOn.MatchString(text) {
		// "mum died ten years ago": a loss long past shapes the tone of
		// the message; it is not what the message is for.
		if o := DetectOccasion(t); o != "" && o != Condolence {
			return o
		}
		return Thinking
	}
	if askedSpace.MatchString(strings.ToLower(text)) {
		// "tell jordan that i need space": a limit said kindly is what
		// the message is for, whatever else "i need" would read as.
		return Space
	}
	if heardFirst(text) {
		// "he went quiet for a year and just messaged me": their message
		// is answered, never chased (see heardfirst.go).
		return Reconnect
	}
	if o := ruleOccasion(text); o != "" {
		if o == Congrats && onlyReturn(strings.ToLower(text)) {
			// "home from a year travelling!!": a welcome back.
			return Thinking
		}
		if o == Thanks && reconnectWish.MatchString(strings.ToLower(text)) && !thankWord.MatchString(strings.ToLower(text)) {
			// "get back in touch with auntie kamala, she looked after me
			// after school": a kindness long past is why they matter;
			// getting back in touch is what the message is for.
			return Reconnect
		}
		return o
	}
	if doneForMe(strings.ToLower(text)) {
		// "he cleared the snow off my path this morning": the reason
		// for thanks is told, so the thanks is the occasion.
		return Thanks
	}
	if m := namedChat.FindStringSubmatch(strings.ToLower(text)); m != nil && !heardInChat.MatchString(strings.ToLower(text)) && !chatNotGroup[strings.Fields(m[1])[len(strings.Fields(m[1]))-1]] {
		return Group
	}
	if o, c := learnedOccasion(text); c >= learnedFloor {
		if o == Congrats && onlyReturn(strings.ToLower(text)) {
			return Thinking
		}
		return o
	}
	return ""
}

func ruleOccasion(text string) Occasion {
	low := strings.ToLower(tidyWords(text))
	// What happened, not words that only look like an occasion (see
	// evidence.go).
	low = evidenceText(low)
	// "I got into" and "I won" are the writer's news, not theirs.
	low = ownWin.ReplaceAllStringFunc(low, func(x string) string { return strings.ReplaceAll(x, " ", "_") })
	// "he's been really burnt out" is their hard time, not the writer's;
	// "i just stopped replying" is the writer's own silence, no follow-up.
	// "thank god they're fine" thanks nobody; "ask how he got into it"
	// is no win of his.
	low = notThanks.ReplaceAllString(low, "phew")
	// "now the chaos has died down", "once the fuss dies down": things
	// calming, no death.
	low = diedDown.ReplaceAllString(low, "calmed")
	low = howGotInto.ReplaceAllString(low, "how ${1} got_into")
	low = theyBeen.ReplaceAllString(low, "${1}_been")
	low = iStopped.ReplaceAllString(low, "i_stopped_$1")
	// "his little girl turns 5 next month": a birthday in their family,
	// not theirs.
	low = theirKidTurns.ReplaceAllString(low, "${1}_$2")
	// "we haven't spoken since grandma's funeral": a loss that only says
	// since when there has been silence is no condolence.
	unsaid := funeralWhen.ReplaceAllString(silenceSince.ReplaceAllString(low, ""), "")
	if wantCongrats.MatchString(low) {
		// "i want to congratulate him but it feels weird after 4 years of
		// silence": the congratulations are the message, the gap its
		// background.
		return Congrats
	}
	if o := firstRule(low); o == Congrats && pastNews.MatchString(newsSentence(low)) && !recentNews.MatchString(strings.ToLower(text)) {
		// "my old teacher, he retired last year": news long past is
		// something about them, no congratulations now.
		return Thinking
	}
	if thinkingSaid.MatchString(low) && !congratsSaid.MatchString(low) {
		// "he retired in march… just thinking of him": the person said
		// what the message is for, and it is no congratulations; their
		// news is something about them.
		if o := firstRule(low); o == Congrats {
			return Thinking
		}
	}
	if thinkingAsked.MatchString(low) && pastNews.MatchString(low) {
		// "a little thinking of you to my old teacher, she retired last
		// year": what the message is for was said; the news, long past,
		// is only something about them.
		if o := firstRule(low); o == Congrats || o == "" {
			return Thinking
		}
	}
	for _, r := range occasionRules {
		if r.re.MatchString(low) {
			if r.o == Birthday && forgotBirthdaySorry(low) {
				// "i forgot his birthday and want to apologise": the
				// sorry is the occasion, the birthday what it is for.
				return Apology
			}
			if r.o == Condolence && unsaid != low && !r.re.MatchString(unsaid) {
				continue
			}
			if (r.re == recovered || r.re == homeAfterCareRe) && !recoveredNews(low) {
				continue
			}
			if r.o == Professional && offeredHelp.MatchString(low) && !askedHelp.MatchString(low) {
				// "happy to be a reference or intro him to people": help
				// the writer offers, so what the message is for is what
				// happened to them.
				continue
			}
			if r.o == Group && heardInChat.MatchString(low) {
				// "heard on the building whatsapp that her husband
				// fell": the chat is where the news came from.
				continue
			}
			if r.o == Group && groupWhere.MatchString(low) && (toOne.MatchString(low) || deedToOne.MatchString(low)) {
				// "a joke in the group chat… message him privately": the
				// chat is where it happened, the message is to one person.
				continue
			}
			if r.o == Reconnect && shortGap.MatchString(low) && !longGap.MatchString(shortGap.ReplaceAllString(low, "")) {
				// "we haven't talked in a couple of weeks" is no long gap.
				continue
			}
			if r.o == Mend && untold.MatchString(low) {
				// "we had an argument but I don't want to bring it up": the
				// row is background to a check-in.
				return Reconnect
			}
			return r.o
		}
	}
	return ""
}

// thinkingSaid is the person saying the message is only because they are
// thinking of someone; congratsSaid asks for congratulations in so many
// words.
var (
	thinkingSaid = regexp.MustCompile(`(?:^|[.!?,;]\s*|\b(?:just|only|mostly|simply|and|but|so|i'?m|im|am|was|been|i) )(?:thinking|thought) (?:of|about) (?:him|her|them)\b`)
	congratsSaid = regexp.MustCompile(`\b(?:congrat\w*|well done|proud of)\b`)
)

// thinkingAsked is a "thinking of you" message asked for by name;
// pastNews dates news to a year or more ago.
var (
	thinkingAsked = regexp.MustCompile(`["“]?thinking (?:of|about) you["”]? (?:message|note|text|card|msg)\b|\b(?:send|write|say|a|little|quick|short) ["“]?thinking (?:of|about) you\b`)
	recentNews    = regexp.MustCompile(`\b(?:just|finally|today|yesterday|this (?:week|month|morning)|last (?:week|night)|recently|congrat\w*|well done)\b`)
	pastNews      = regexp.MustCompile(`\b(?:last year|(?:a|one|two|three|four|five|a few|a couple(?: of)?|\d+|several) years? ago|years ago|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b`)
)

// firstRule is the occasion the first matching rule gives, without the
// checks ruleOccasion makes around them.
func firstRule(low string) Occasion {
	for _, r := range occasionRules {
		if r.re.MatchString(low) {
			return r.o
		}
	}
	return ""
}

// silenceSince is a silence and what it dates from, up to the end of the
// sentence: "havent spoken since grandmas funeral 2 years ago".
var silenceSince = regexp.MustCompile(`\b(?:haven't|havent|have not|hadn't|not|never) (?:really |properly )?(?:talked|spoken|seen (?:each other|\w+)|been in touch|caught up|heard from \w+|written|called|rung|texted|messaged|visited)(?: (?:to )?(?:her|him|them|\w+))?(?: properly| much| at all)? since [^.!?,;]*`)

// groupWhere is a group chat named as where something happened; toOne is
// a message meant for one person.
var (
	groupWhere = regexp.MustCompile(`\b(?:in|on|into|from|off) (?:the|our|a|my|their) (?:[\w']+ ){0,3}?group ?chats?\b`)
	toOne      = regexp.MustCompile(`\b(?:privately|in private|directly|one to one|one-to-one|dm (?:him|her|them)|(?:message|text|write to|msg) (?:him|her)|(?:to|with) (?:him|her) (?:alone|privately|directly))\b`)
)

// offeredHelp is a reference or an introduction the writer offers;
// askedHelp one the writer asks for.
var (
	offeredHelp = regexp.MustCompile(`\b(?:i'?m|im|i am|i'?d be|id be|i'?ll|ill|i will|i can|i could|happy to|glad to|offer(?:ing)? to|willing to)\b[^.!?]{0,25}?\b(?:be (?:a|his|her|their) (?:reference|referee)|intro|introduce|put (?:him|her|them) in touch|refer (?:him|her|them)|connect (?:him|her|them))`)
	askedHelp   = regexp.MustCompile(`\b(?:(?:for|give me|write me) a reference|be my (?:reference|referee)|refer me|intro me|introduce me|put me in touch)\b`)
)

// heardInChat is news learnt from a group chat, which is only where it
// was heard: "saw on the street whatsapp that", "heard in the family
// group that".
var heardInChat = regexp.MustCompile(`\b(?:` + heardWords + `|someone (?:said|posted|mentioned))\b[^.!?]{0,15}?\b` + chatPlace)

// deedToOne is something the writer did to one person, where a group chat
// is only where it happened: "snapped at him in the house chat".
var deedToOne = regexp.MustCompile(`\b(?:snapped|yelled|shouted|swore|lashed out|went off|had a go|was (?:rude|short|harsh|mean|snappy|nasty|horrible)|made fun of|mocked|laughed at|called out|had a dig) (?:at |to |with )?(?:him|her)\b`)

// funeralWhen is a funeral, or the writer's own loss, that only says when
// something happened: "sent me a kind message when my grandad died"; "she
// fed my cat while I was at my dad's funeral" thanks, it does not console.
var funeralWhen = regexp.MustCompile(`\b(?:while|whilst|when|during|after|before|at)\b[^.!?,;]*?\bfuneral\b|\b(?:when|after|while|since|the week|the day) (?:my|our) (?:[\w']+ ){1,2}(?:died|passed(?: away)?|was dying)\b`)

// shortGap is a silence of days or weeks, too short to be a long gap;
// longGap is one that is.
var (
	shortGap = regexp.MustCompile(`\b(?:this|last|a|one|two|three|a few|a couple(?: of)?|couple(?: of)?|\d+) (?:days?|weeks?|wks)\b|\b(?:this|last) (?:week|weekend)\b|\bsince (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend)\b`)
	longGap  = regexp.MustCompile(`\b(?:years?|yrs|months?|ages|forever|so long|long time|a while|since (?:the|his|her|their|we|i|uni|school|college|covid|christmas|\d{4}))\b|\blost touch\b|\bdrifted\b`)
	// untold is a row the person does not want brought up: it is
	// background, and the message is a check-in, not a mending.
	untold = regexp.MustCompile(`\b(?:don'?t|do not|not|never) (?:want to |wanna )?(?:bring (?:it|that|this|any of that) up|bring up|mention (?:it|that|this|the)|talk about (?:it|that)|go into (?:it|that))\b|\bwithout (?:mentioning|bringing (?:it|that) up|going into)\b|\bleave (?:that|it) out\b`)
)

// Sombre reports whether an occasion calls for a quiet voice: no
// exclamation marks, no jokes, no cheerful greeting.
func Sombre(o Occasion) bool {
	switch o {
	case HardTime, Condolence, Apology, Mend, Support, FollowUp, Space:
		return true
	}
	return false
}

// hedgedFault is blame for a silence taken in passing: "mostly my fault
// for being busy", "probably my fault too".
var hedgedFault = regexp.MustCompile(`(?i)\b(?:mostly|partly|probably|kind of|kinda|sort of|half|a bit|maybe|prob|also|tbh|honestly|both our|our) (?:my |our )?fault(?: (?:for|that) [^.,;!?]+| too| really)?`)

// wantCongrats is the writer asking to congratulate someone.
var wantCongrats = regexp.MustCompile(`\b(?:want|wanna|would like|'d like|like|need|going|gonna|trying|help me|let me|i should|i must|i'll|i will|can i|how (?:do|should|can) i)(?: to)? (?:congratulate|say congrats|say congratulations|send (?:my |a )?congrat\w*|wish (?:him|her|them) congrat\w*)\b`)

// theirKidTurns is a child or pet of theirs turning an age.
var theirKidTurns = regexp.MustCompile(`\b((?:his|her|their|\w+'s) (?:little |baby |eldest |youngest |oldest |middle )?(?:girl|boy|son|daughter|kid|kids|baby|niece|nephew|dog|cat|grandson|granddaughter|twins|little one)) (turns|is turning|turning|will be)\b`)

// newsSentence is the sentence of low that tells the good news: "kwame
// got engaged!! they met at our party in 2019" is news of now, its story
// dated in another sentence.
func newsSentence(low string) string {
	for _, s := range sentenceEnd.Split(low, -1) {
		if firstRule(s) == Congrats {
			return s
		}
	}
	return low
}

// sentenceEnd is where one sentence ends.
var sentenceEnd = regexp.MustCompile(`[.!?]+\s*`)

// reconnectWish is getting back in touch said in so many words; a gap
// told ("haven't seen her since") is no wish of its own.
var reconnectWish = regexp.MustCompile(`\b(?:get|getting|got) back in touch\b|\breconnect(?:ing)? with\b|\b(?:pick|picking) (?:things )?back up with\b`)

// thankWord is thanks said in so many words.
var thankWord = regexp.MustCompile(`\b(?:thank|thanks|thx|grateful|gratitude|appreciat\w*)\b`)
