package compose

import (
	"regexp"

	"github.com/companion-dev/companion/agent/internal/exclaim"
)

// A writer's note is something the person tells the companion so that the
// message is written well, never something to tell the recipient: how
// good they are at messages ("im rubbish at these", "i wasn't great at
// keeping in touch"), what they fear in sending it ("scared of saying the
// wrong thing", "worried she won't remember me"), why the gap ("i got busy
// with uni"), and what the recipient is like to write to ("he's proud and
// hates being fussed over", "she's private about stuff", "we're not
// close", "we don't do feelings in our family").

var (
	// noteLead is what may come before a note and says nothing.
	noteLead = `^(?:(?:and|but|so|just|also|honestly|tbh|ngl|plus|though|although|bc|because|cos|coz|as|since|anyway|lol)[,]?\s+)*`
	// writerSkill is the writer on their own way with messages or with
	// keeping in touch.
	writerSkill = regexp.MustCompile(`(?i)` + noteLead + `(?:i'?m|im|i am|i was|i wasn'?t|i was not|i'?ve been|i have been|i'?ve never been|i have never been|i'?m not|im not|i am not)\s+(?:so |really |just |pretty |kinda |kind of |a bit |honestly |always |never |not |very |the )*(?:rubbish|terrible|awful|bad|useless|hopeless|crap|great|good|shit|worst|best|pants|naff|clumsy)\s+(?:at|with)\s+(?:these|this|that|it|messages|texting|texts|writing|words|keeping in touch|staying in touch|replying|feelings|emotional stuff|emotions|(?:this|that) (?:kind|sort) of (?:thing|stuff)|stuff like (?:this|that)|things like (?:this|that)|saying (?:things|stuff|the right thing)|knowing what to say)\b.*$`)
	// writerFear is the writer afraid of how the message will land.
	writerFear = regexp.MustCompile(`(?i)` + noteLead + `(?:i'?m|im|i am|i feel|i was|i get)\s+(?:so |really |kinda |kind of |a bit |a little |low[- ]?key |honestly |super )*(?:terrified|scared|afraid|worried|nervous|anxious|paranoid|petrified|frightened)\s+(?:(?:of|about) (?:saying|getting|writing|sounding|it sounding|coming across|making (?:it|things)|doing|messing|putting|upsetting|bothering|annoying|overstepping|intruding)\b|(?:that )?(?:she|he|they|it)(?:'ll|'d| will| would| won'?t| wont| might| may| doesn'?t| does not| don'?t)?\s+(?:not\s+)?(?:remember|recognise|recognize|think|find|hate|mind|care|want|be (?:annoyed|weird|awkward|upset|mad|angry)|reply|respond|answer|ignore|come across|sound|read)\b).*$`)
	// writerAwkward is the writer feeling odd about writing at all.
	writerAwkward = regexp.MustCompile(`(?i)` + noteLead + `i\s+(?:feel|felt|kinda feel|kind of feel)\s+(?:so |really |a bit |kinda |kind of |super )*(?:weird|awkward|strange|odd|funny|shy|nervous|cringe|embarrassed)\s+(?:about (?:it|this|that|reaching out|messaging|texting|writing|getting in touch)|reaching out|messaging)\b.*$`)
	// writerManner is how the writer does not want the message to come
	// across: "i don't want to be preachy or give advice".
	writerManner = regexp.MustCompile(`(?i)` + noteLead + `i\s+(?:really\s+|just\s+)?(?:don'?t|dont|do not)\s+want\s+(?:it\s+|this\s+)?to\s+(?:(?:be|sound|seem|come across|come off|feel|read)\s+(?:as\s+)?(?:(?:too|so|very|overly|like|a bit|at all|all)\s+)*(?:preachy|needy|pushy|patronising|patronizing|condescending|fussy|overbearing|smothering|nosy|intrusive|dramatic|a pain|annoying|weird|awkward|cringe|cringey|soppy|cheesy|over the top|heavy|much|a lecture|lecturing|clingy|desperate|fake|forced|salty|bitter|passive aggressive|guilt[- ]?trippy|like a lecture|like i'?m lecturing)|(?:give|be giving|start giving|dish out|offer)\s+(?:her |him |them )?(?:advice|a lecture|tips)|lecture\b|preach\b)\b.*$`)
	// gapReason is why the writer let the gap grow.
	gapReason = regexp.MustCompile(`(?i)` + noteLead + `i\s+(?:just\s+)?(?:got|was|'ve been|have been|been|get)\s+(?:so |really |super |too |crazy |very |insanely )*(?:busy|swamped|caught up|wrapped up|slack|lazy|rubbish)\b.*$`)
	// theirWays is what the recipient is like to write to.
	theirWays = regexp.MustCompile(`(?i)` + noteLead + `(?:(?:she|he|they)(?:'s|'re| is| are)?|(?:she|he|they)(?:'s|'re| is| are)? (?:kind of|kinda|quite|very|really|super|a bit|pretty|so|fiercely|massively|quite a)\s+)\s*(?:(?:(?:kind of|kinda|quite|very|really|super|a bit|pretty|so|fiercely|massively)\s+)*(?:private|proud|shy|reserved|touchy|sensitive|prickly|stubborn|independent|not a (?:big )?(?:texter|talker|phone person|hugger|feelings person))\b(?:\s+(?:about|with) (?:stuff|things|it|that|this|her \w+|his \w+|their \w+|feelings))?(?:\s+and\s+.+)?|(?:hates?|can'?t stand|doesn'?t like|does not like|don'?t like|dont like|isn'?t into|aren'?t into|hates being|hate being)\s+(?:being fussed over|fuss|a fuss|being pitied|pity|being asked|long (?:messages|texts)|big messages|soppy (?:stuff|messages)|mushy (?:stuff|messages)|heavy (?:stuff|messages)|talking about (?:it|feelings|stuff)|emojis|phone calls|sympathy|attention)\b.*)$`)
	// theirWaysNamed is what the recipient is like to write to, said with
	// their name: "rohan is quite reserved so no big speech", "he doesnt
	// do fluff".
	theirWaysNamed = regexp.MustCompile(`(?i)` + noteLead + `(?:[a-z]+(?:'s| is| are)|she'?s|he'?s|they'?re|she is|he is|they are)\s+(?:(?:kind of|kinda|quite|very|really|super|a bit|pretty|so|fiercely|massively|quite a)\s+)*(?:private|proud|shy|reserved|quiet|introverted|touchy|sensitive|prickly|stubborn|old school|old fashioned|old-fashioned|formal|grumpy|blunt|no[- ]nonsense)\b(?:\s+(?:but|and|so)\b.*)?$|` + noteLead + `(?:she|he|they|[a-z]+)\s+(?:really\s+|just\s+)?(?:doesn'?t|doesnt|does not|don'?t|dont|do not|never)\s+(?:do|like|want|need)\s+(?:fluff|fuss|a fuss|soppy (?:stuff|messages)|mushy (?:stuff|messages)|drama|feelings|emotions|small talk|long (?:messages|texts)|sentimental stuff|big speeches|speeches|emojis)\b.*$`)
	// theirWorry is how the writer does not want the recipient to take
	// the message: "i dont want her to panic", "don't want him thinking
	// it's serious".
	theirWorry = regexp.MustCompile(`(?i)` + noteLead + `(?:i\s+)?(?:really\s+|just\s+)?(?:don'?t|dont|do not)\s+want\s+(?:her|him|them)\s+(?:to\s+)?(?:panic|panicking|worry|worrying|fret|fretting|freak(?:ing)? out|stress(?:ing)?|think|thinking|feel(?:ing)? (?:bad|guilty|obliged|pressured|awkward|responsible))\b.*$`)
	// lightAsk is the kind of message the writer wants, said as a wish:
	// "i just want a light hello nothing heavy".
	lightAsk = regexp.MustCompile(`(?i)` + noteLead + `i\s+(?:just\s+|only\s+|really\s+)?(?:want|need|wanna|'d like|would like)\s+(?:a|something|it)\s+(?:(?:light|quick|short|simple|small|little|low[- ]?key|casual|chill|gentle|friendly|easy)\s+)+(?:hello|hi|hey|message|note|text|one|check[- ]in|thing)?\b.*$`)
	// wentQuiet is the writer's own vanishing, why the gap grew: "i kind
	// of vanished on everyone", "because i was really not ok that year".
	wentQuiet = regexp.MustCompile(`(?i)` + noteLead + `(?:i\s+(?:kind of\s+|kinda\s+|sort of\s+|just\s+|basically\s+|also\s+)*(?:vanished|disappeared|went (?:quiet|awol|off grid|mia|off the radar|silent)|dropped off|ghosted (?:everyone|everybody|people|them all))\b|(?:(?:i|we)\s+)?(?:have\s+|'ve\s+)?(?:barely|never really|hardly)\s+(?:spoke|spoken|talked|been in touch)\s+since\b|(?:i|we)\s+(?:left|parted|ended things|finished)\s+on\s+(?:ok|okay|good|fine|bad|decent|alright|not great|ok-ish|okay-ish)\s+terms\b|i\s+was\s+(?:really\s+|so\s+)?(?:not ok|not okay|not in a good place|in a bad place|in a dark place)\s+(?:that|the|last|back|at)\b).*$`)
	// notClose is how close the writer and recipient are, or are not.
	notClose = regexp.MustCompile(`(?i)` + noteLead + `(?:(?:we (?:get on|get along) (?:well|fine|ok|okay|alright),? but )?(?:we'?re|we are|we were|were|are)\s+(?:not|never)\s+(?:been\s+)?(?:super |that |very |really |especially |massively |all that |particularly )?close\b|(?:we (?:get on|get along) (?:well|fine|ok|okay|alright),? but )?we\s+(?:aren'?t|weren'?t|arent|werent|have never been|'ve never been)\s+(?:super |that |very |really |especially |massively |all that |particularly )?close\b|we\s+(?:don'?t|dont|do not|never)\s+(?:really\s+)?(?:do|talk about|share|say)\s+(?:feelings|emotions|emotional stuff|(?:this|that) (?:kind|sort) of (?:thing|stuff)|mushy stuff|soppy stuff|deep stuff)\b).*$`)
)

// writerNotes are the notes for the companion a clause can be.
var writerNotes = []*regexp.Regexp{writerSkill, writerFear, writerManner, writerAwkward, gapReason, theirWays, theirWaysNamed,
	theirWorry, lightAsk, wentQuiet, notClose, writerChannel, guessWhySilent, learntFrom, contentRule, markRule, dislikesThat,
	onlyJoking, knowItTag, pretendedFine, lastTry, lettingGo, notReallyKin}

// writerNote reports whether a clause is a note for the companion, never
// part of the message.
func writerNote(clause string) bool {
	if exclaim.Unwanted(clause) {
		return true
	}
	for _, re := range writerNotes {
		if re.MatchString(clause) {
			return true
		}
	}
	return false
}

// contentRule is what the message must leave out, with why: "rosa isn't
// religious so no prayers or heaven stuff please", "nothing about work
// please". A rule for the writing, never a line of it.
var contentRule = regexp.MustCompile(`(?i)` + noteLead + `(?:(?:[\w']+\s+){1,4}?(?:isn'?t|is not|aren'?t|are not|not)\s+(?:very\s+|really\s+|that\s+|at all\s+)?(?:religious|spiritual|a believer|into (?:god|church|religion)|sentimental|a fan of \w+)\s*,?\s*so\s+(?:no|nothing|without|avoid)\s+.+|(?:no|nothing|without|avoid)\s+(?:[\w'-]+\s+){0,4}?(?:stuff|things|talk|references?|mentions?|please|pls|plz)\b[.!]*)$`)

// markRule is how the message should look, said among the story: "so
// maybe no emojis", "no kisses please". No exclamation marks is read by
// exclaim.Unwanted, as everywhere else.
var markRule = regexp.MustCompile(`(?i)` + noteLead + `(?:maybe\s+|perhaps\s+|probably\s+|please\s+|pls\s+)?(?:no|without(?:\s+any)?|zero|minimal|fewer|less|not too many|skip the)\s+(?:emojis?|emoticons?|smileys?|kisses|gifs?|hashtags?)(?:\s+(?:please|pls|plz))?[.!]*$`)

// dislikesThat is a dislike of "them" or "it" alone, said after a rule for
// the writing ("no exclamation marks, he hates them"): why the rule, with
// nothing in it to tell them.
var dislikesThat = regexp.MustCompile(`(?i)` + noteLead + `(?:he|she|they)\s+(?:really\s+|absolutely\s+|just\s+)?(?:hates?|dislikes?|can'?t stand|doesn'?t like|don'?t like|isn'?t a fan of|aren'?t fans of)\s+(?:them|it|those|that|these)[.!]*$`)

// onlyJoking makes light of what the writer did: "it was (a) joke", "i was
// only kidding". Said back in a sorry it excuses what it should own.
var onlyJoking = regexp.MustCompile(`(?i)` + noteLead + `(?:(?:it|that)\s+was|i\s+was|i\s+(?:only\s+|just\s+)?meant\s+it\s+as)\s+(?:just\s+|only\s+|meant\s+as\s+|supposed\s+to\s+be\s+)?(?:a\s+)?(?:joke|joking|kidding|banter|teasing|a laugh)(?:\s+but\s+.*)?[.!]*$`)

// knowItTag only stresses what was said before it: "i was wrong and i
// know it", "but i know it wasnt".
var knowItTag = regexp.MustCompile(`(?i)` + noteLead + `i (?:know|knew) (?:it|that)(?: (?:was|wasn'?t|wasnt|is|isn'?t|isnt|did|didn'?t|didnt))?[.!]*$`)

// pretendedFine is the writer's reading of how they took it: "he acted
// like it was fine", "she pretended she didn't mind".
var pretendedFine = regexp.MustCompile(`(?i)` + noteLead + `(?:he|she|they)\s+(?:acted|acts|pretended|pretends|made out|played it|said|says|insisted|told me|claimed)\s+(?:like|as if|as though|that|it off|it cool)?\s*(?:it|he|she|they)?\s*(?:was|is|were|did(?:n'?t| not)? mind|didn'?t care|wasn'?t bothered)?\s*(?:fine|ok|okay|nothing|no big deal|all good|cool|mind|care|bothered)?[.!]*$`)

// learntFrom is where the writer learnt the news: "i only found out from
// linkedin yesterday", "saw it on facebook". How word reached the writer is
// for the companion; the message is about them.
var learntFrom = regexp.MustCompile(`(?i)` + noteLead + `(?:i\s+)?(?:only\s+|just\s+|actually\s+)?(?:found out|heard|learnt|learned|saw(?: it)?|read(?: about it)?)(?:\s+about it|\s+the news)?\s+(?:from|on|via|through)\s+(?:[\w']+\s+){0,2}?(?:linkedin|facebook|fb|instagram|insta|twitter|tiktok|social media|a (?:post|story|mutual friend|mutual)|the grapevine|the news)\b(?:\s+[\w']+){0,3}[.!?]*$`)

// writerChannel is the writer deciding how to reach them, thinking aloud:
// "i guess i could text her", "maybe i'll just message him". The message
// is that text; saying so in it reads as a note to self.
var writerChannel = regexp.MustCompile(`(?i)` + noteLead + `(?:(?:i guess|i suppose|i think|maybe|probably|perhaps)[,]?\s+)?i(?:\s+(?:could|should|might|will|can|would)|'ll)\s+(?:just\s+|maybe\s+|probably\s+)?(?:text|message|msg|call|ring|email|dm|whatsapp|write to|reach out to|send (?:her|him|them|you) (?:a )?(?:text|message|msg|something)|drop (?:her|him|them|you) a (?:line|text|message))(?:\s+[\w']+)?[.!?]*$`)

// guessWhySilent is the writer guessing why no answer came: "maybe she
// didnt see it?", "prob he never got my text". A guess for the companion;
// said to them it reads as a charge.
var guessWhySilent = regexp.MustCompile(`(?i)` + noteLead + `(?:maybe|perhaps|probably|prob|possibly|i think|i guess|i bet|i hope)[,]?\s+(?:she|he|they|it)\s+(?:just\s+)?(?:didn'?t|did not|didnt|hasn'?t|hasnt|has not|haven'?t|never|missed|forgot|lost|was|got)\s*(?:see|seen|saw|get|got|notice|noticed|read|check|checked|it|lost|buried|busy|missed|forgot)?\b[^.!]*[.?!]*$`)

// lastTry is the writer's plan for how often to ask: "one nudge and then
// i let it go", "just one more follow up". How many times to try is for
// the companion; said to them it reads as a warning.
var lastTry = regexp.MustCompile(`(?i)` + noteLead + `(?:just\s+|only\s+|maybe\s+)?one\s+(?:more\s+|last\s+|gentle\s+|final\s+|little\s+|small\s+)*(?:nudge|follow[- ]?up|try|message|text|go)\b(?:\s+(?:and|then|before|after\s+that)\b.*)?[.!]*$`)

// lettingGo is the writer deciding to stop after this: "then i'll let it
// go", "after that i'll leave it".
var lettingGo = regexp.MustCompile(`(?i)` + noteLead + `(?:and\s+|then\s+|after\s+that\s+)*i(?:'ll|\s+will|\s+am\s+going\s+to|'m\s+gonna)?\s+(?:just\s+)?(?:let\s+it\s+go|leave\s+it|drop\s+it|move\s+on|give\s+up|stop)(?:\s+(?:after\s+that|then|there))?[.!]*$`)

// notReallyKin explains a family word used as a title: "she's not really
// my aunt lol", "he isn't actually my uncle" (read "he isn't Tunde" once
// the title is their name). Who they are to the writer is for the
// companion.
var notReallyKin = regexp.MustCompile(`(?i)` + noteLead + `(?:she|he|they|you)(?:(?:'s|s|\s+is|\s+are|'re)\s+not|\s+isn'?t|\s+aren'?t)\s+(?:(?:really|actually|technically|even)\s+)?(?:you|(?-i:[A-Z][\p{L}'-]+)|(?:my|our)\s+(?:real\s+|actual\s+|blood\s+)?(?:aunt|auntie|aunty|uncle|gran|granny|nan|grandma|grandad|grandpa|cousin|sister|brother|family|relatives?)s?)(?:\s+(?:lol|haha|tbh|though|tho))*[.!]*$`)
