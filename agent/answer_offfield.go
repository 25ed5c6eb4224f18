package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// A question can name a friend or a mother and still be about something
// else: "my mum needs a new phone, which one", "should i lend my brother
// 500", "cheapest flights for a group of 6 friends". The person in it sets
// the scene; what is asked for is a product, a sum, a recipe, a ruling or a
// plan for an event, and a guide paragraph in reply reads as not listening,
// however many words it shares with the question. Such a question is
// declined, whatever the search scores, unless it also speaks of something
// between people that the guide is about (a falling-out, a silence, feeling
// left out, supporting someone): "my sister and i argued about money" is
// about the argument.

// offFieldTopics are the fields the guide leaves to others, each with words
// that give it away, in the form foldText gives them. A word that is also
// plain talk about people ("present", "match", "date") is left out.
var offFieldTopics = []struct {
	topic string
	words map[string]bool
}{
	{"tech", wordset.Of(`iphone iphones android smartphone laptop laptops tablet tablets ipad computer computers pc mac macbook
printer printers wifi router broadband password passwords charger battery bluetooth tv television console playstation
xbox nintendo headphones earbuds airpods camera software hardware install upgrade download keyboard hack hacked virus
antivirus login backup backups restore restoring restored crashing crashes crashed reinstall reinstalled reinstalling
glitch glitching storage mic microphone windows icloud google usb vhs dvd dvds cassette cassettes camcorder digitise digitize`)},
	{"shopping", wordset.Of(`gift gifts prezzie prezzies pressie pressies buy buying bought purchase purchases shop shopping store stores brand brands cheapest
cheaper price prices discount voucher amazon ebay delivery parcel refund outfit outfits clothes dress dresses shoes
trainers sneakers jacket suit tux jewellery jewelry necklace perfume`)},
	{"food", wordset.Of(`recipe recipes cook cooking bake baking boil fry roast oven ingredient ingredients cake cakes bread
pasta pizza snack snacks dessert soup sauce chicken vegan vegetarian meal meals menu restaurant restaurants takeaway wine beer cocktail cocktails`)},
	{"travel", wordset.Of(`flight flights hotel hotels hostel airbnb passport visa holiday holidays vacation trip trips
itinerary luggage airport tickets ticket booking cruise`)},
	{"money", wordset.Of(`tax taxes money invest investing investment investments crypto bitcoin stock stocks loan loans
mortgage debt debts budget budgeting bank banking savings saving retirement retire retiring pension salary credit insurance rent deposit
afford finance financial lend lending lent borrow borrowing borrowed owe owes owed payment bill bills quid pounds
dollars euros cash venmo paypal`)},
	{"law", wordset.Of(`lawyer attorney legal law laws lawsuit sue suing court judge divorce custody landlord tenant lease prenup prenups prenuptial probate inherited inheriting
eviction evict contract immigration police inheritance copyright illegal fired claims consent`)},
	{"study", wordset.Of(`homework exam exams essay essays thesis dissertation assignment assignments maths math algebra
fractions grammar spelling revise revision study studying coursework grade grades gcse gcses sat sats`)},
	{"work", wordset.Of(`cv resume interviews payslip quit resign career careers hiring overtime shifts business startup`)},
	{"health", wordset.Of(`diet dieting weight kilos kilo kg calories protein workout workouts acne skin skincare hair haircut
makeup vitamins supplements cough fever rash doctor dentist insomnia dementia alzheimers alzheimer snore snores snoring`)},
	{"dating", wordset.Of(`ex exes boyfriend girlfriend bf gf dating cheated cheating tinder hinge bumble grindr okcupid matches swipe swiping bio crush
crushes flirt flirting kiss kissing sex hookup hookups propose proposal marry`)},
	{"events", wordset.Of(`hen stag bachelorette bachelor seating venue venues caterer catering centrepiece centrepieces
decorations speech toast invitations rsvp dj playlist shower eulogy eulogies obituary`)},
	{"home", wordset.Of(`car cars engine tyre tyres tire tires bike puncture boiler plumbing leaking tap mould
mold furniture garden dog dogs puppy puppies cat cats kitten kittens breed pet pets vet toddler toddlers newborn
teenager teenagers teen teens parenting nappy diaper tantrum tantrums potty`)},
	{"leisure", wordset.Of(`netflix board boardgame guitar piano concert concerts novel podcast podcasts spanish french duolingo`)},
}

// reFormerFriend is "ex" before a friend, a flatmate or a colleague: an
// ex best friend is a friendship that ended, not a romance.
var reFormerFriend = mustPattern(`\bex (best friend|best mate|bestie|bff|friend|friends|mate|mates|flatmate|housemate|roommate|colleague|coworker|boss|classmate)\b`)

// reInLaw is family by marriage: a sister-in-law is a relative, not a
// matter for a lawyer.
var reInLaw = mustPattern(`\b(mother|mum|mom|father|dad|sister|brother|son|daughter|parents?)[ -]in[ -]laws?\b|\bin[ -]laws\b`)

// reOweWords is owing someone a reply rather than money: "i owe like 5
// people replies", "i still owe her a message".
var reOweWords = mustPattern(`\bow(?:e|es|ed|ing)\b((?: \w+){0,4} (?:repl(?:y|ies)|messages?|texts?|answers?|apolog(?:y|ies)|calls?|voice notes?|catch ?ups?|visits?)\b)`)

// reFigurative is a field's word said of a friendship itself: the recipe
// or formula for a good friendship, the ingredients of one, the secret
// sauce for making close friends.
var reFigurative = mustPattern(`\b(?:recipe|recipes|formula|ingredients?|secret sauce) (?:for|of|to) (?:(?:having|making|keeping|building|finding|growing|being) )?(?:a |an |the |my |our |good |real )?(?:\w+ )?(?:friendships?|relationships?|connections?|bonds?|friends?)\b`)

// reOwePerson is owing a person, not a sum: "i feel like i owe her", "i owe
// them so much for being there".
var reOwePerson = mustPattern(`\bow(?:e|es|ed|ing) (?:her|him|them|you|everyone|people|my (?:friend|friends|mate|mates|sister|brother|mum|mom|dad|parents))( (?:so much|a lot|everything|big time|for\b)|[.?!,]|$)`)

// reKindOfPerson is the kind of person someone is, told by what they are
// good at or fond of: "more of a spreadsheet person", "a cat person", "the
// outdoorsy type". It describes the person; it asks nothing of that field.
var reKindOfPerson = mustPattern(`\b(?:a|an) (?:\w+ )?\w+ (?:person|people person|type)\b`)

// reSuggest is proposing a plan, not marriage: "propose that we video
// chat", "propose a call", "propose meeting up".
var reSuggest = mustPattern(`\bpropos(?:e|ed|es|ing) (that|we|a|an|to meet|to call|to video|to catch up|meeting|calling|going|doing|something)\b`)

// reTheirPartner is someone else's partner or former partner: a friend who
// only talks about her ex, his girlfriend who is always there. The romance
// is theirs and sets the scene; what is asked is about the friend.
var reTheirPartner = mustPattern(`\b(her|his|their) (?:ex|exes|ex boyfriend|ex girlfriend|boyfriend|girlfriend|bf|gf|(?:dating|love|sex) life)\b`)

// reOwnPartner is the asker's own partner named: "my gf", "my boyfriend".
// Named alone, a partner sets the scene of a question about listening or
// messages ("my gf says i skim her texts"); what makes a question romance
// is asked in its own words (cheating, proposing, a crush, a breakup).
var reOwnPartner = mustPattern(`\bmy (?:boyfriend|girlfriend|bf|gf)\b`)

// reRomanceEnd is the romance itself asked about, its end or its future,
// which keeps a partner named a matter of dating: "should i break up with my
// boyfriend", "my gf dumped me", "is he the one", "is my partner cheating on
// me", "how do i get over a breakup" (helping a friend through one is the
// guide's).
var reRomanceEnd = mustPattern(`\b(?:is|are) (?:my |our )?(?:partner|boyfriend|girlfriend|bf|gf|husband|wife|fiance|fiancee|he|she) (?:\w+ )?cheating\b|\bcheat(?:s|ed|ing)? on me\b|\bhaving an affair\b|\b(?:break|breaking|broke|split|splitting) up with my (?:boyfriend|girlfriend|bf|gf|partner|husband|wife)\b|\bmy (?:boyfriend|girlfriend|bf|gf) (?:dumped|left|broke up with|cheated on) me\b|\bget (?:him|her|them) back\b|\bhow (?:do|can|should|would) i (?:get|move) (?:over|on from) (?:a |the |my |this |our )?(?:break ?up|ex|divorce)\b|\bi (?:can'?t|cant|cannot) get over (?:a |the |my |our )?(?:break ?up|ex)\b|\b(?:shes|hes|she is|he is|theyre|they are) the one\b|\bultimatum\b`)

// reCoupleLife is a couple's own life asked about: moving in together,
// moving in with them, marrying, having children, a first date, going through a partner's
// phone or having one's own gone through, sharing the chores at home,
// jealousy over a partner or a partner's talking to other girls or men. Next to a partner named (rePartnerNamed) it is romance, which the
// guide leaves to others, however many words it shares with a section.
var (
	reCoupleLife   = mustPattern(`\b(?:mov(?:e|es|ed|ing) in (?:together|with (?:my|him|her|them))|liv(?:e|ing) together|get(?:ting)? (?:married|engaged|divorced)|(?:have|having|start(?:ing)?) (?:a baby|kids|children|a family)|first dates?|on a date|(?:go|going|went|look|looking|looked|check|checking|checked|snoop|snooping|read|reading)(?: \w+)? (?:through|at|in|on) (?:his|her|their) (?:phone|messages|texts|dms)|(?:go|goes|going|went|look|looks|looking|looked|snoop\w*|search\w*|dig\w*) (?:\w+ )?through my (?:phone|messages|texts|dms)|(?:checks|checking|checked|reads|reading) my (?:phone|messages|texts|dms) (?:behind my back|when|while|whenever|every|without)|(?:chores|housework|dishes|washing up|laundry|hoovering|vacuuming|tidying up)|(?:hiding|hides|hid|deleting|deletes) (?:something|things|stuff|messages|texts|chats) (?:on|in|from) (?:his|her|their) (?:phone|messages|texts|dms)|(?:talk|talks|talking|talked|text|texts|texting|texted|messag\w*|chat|chats|chatting|chatted|flirt\w*|follow|follows|following|like|likes|liking|hang|hangs|hanging) (?:\w+ ){0,2}(?:to |with )?other (?:girls|guys|women|men|boys)|jealous(?:y)? (?:\w+ ){0,3}(?:when|whenever|that|because|if|of how) (?:my|our) (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|hubby)|(?:my|our) (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|hubby) (?:is|gets|get|s|'s) (?:\w+ )?jealous)\b`)
	rePartnerNamed = mustPattern(`\b(?:my|our) (?:boyfriend|girlfriend|bf|gf|partner|husband|wife|fiance|fiancee|hubby|missus)\b|\b(?:he|she|they|we)(?:'?re| are| is|s|'?ve been| have been| has been)? (?:dating|together)\b|\bmatched with\b`)
)

// coupleLife reports a folded question about a couple's own life. With
// leaving one's partner (reRomanceEnd) it is romance even when a row or a
// silence between the two is told with it.
func coupleLife(folded string) bool {
	return reCoupleLife.MatchString(folded) && rePartnerNamed.MatchString(folded)
}

// reFactAsk asks for a fact to look up, "what year did it come out",
// "when did that site shut down", "who founded it": no guide paragraph
// answers it, even when two friends are arguing about it.
var reFactAsk = mustPattern(`\b(?:what year (?:did|was|were|is)|when (?:did|was|were) (?:\w+ ){1,3}(?:come out|came out|invented|founded|released|launched|created|shut down|close down|closed down|shut|closed)|who (?:actually |really |first )?(?:invented|founded|created|owns) )`)

// rePayAsk is asking for more pay or a promotion, which is a matter of
// work however kindly the boss is asked: "how do i ask my manager for a
// raise", "negotiating a pay rise".
var rePayAsk = mustPattern(`\b(?:ask (?:\w+ ){0,3}for|get|getting|negotiate|negotiating|deserve) (?:a )?(?:pay ?)?(?:raise|rise|promotion)\b`)

// reComingOut is telling people one's sexuality or gender: "how do i come
// out to my parents", "telling my mum i'm gay". It asks for more than a
// guide on friendship can give, and is left to those who know it.
var reComingOut = mustPattern(`\bcom(?:e|ing) out (?:to|as)\b|\btell(?:ing)? (?:my |our )?(?:\w+ ){0,2}(?:im|i am|i'm|that im|that i am|that i'm) (?:gay|bi|bisexual|lesbian|trans|queer|nonbinary|non binary|pan|ace)\b`)

// reCodeAsk asks for a program or about one's code: "write me a python
// script to count my followers", "my javascript function throws an error".
// Code is never the guide's, whoever the followers are; a coding course
// as a place to meet people is.
var reCodeAsk = mustPattern(`\b(?:write|writing|code|coding|build|building|make|fix|debug) (?:me |my )?(?:a |an |this )?(?:\w+ )?(?:script|scraper|bot|program)\b|\b(?:python|javascript|typescript|sql|html|css|regex) (?:script|code|function|error|bug|loop|query)s?\b`)

// languageNames are languages a phrase may be asked for in.
const languageNames = `(?:english|french|spanish|german|italian|portuguese|korean|japanese|chinese|mandarin|cantonese|arabic|hindi|urdu|punjabi|bengali|polish|russian|ukrainian|turkish|dutch|greek|swedish|norwegian|danish|finnish|welsh|irish|gaelic|hebrew|farsi|persian|vietnamese|thai|tagalog|indonesian|swahili|romanian|hungarian|czech|sign language|bsl|asl)`

// reTranslateAsk asks how a phrase is said or written in another language,
// the language ending the question or its clause: "how do you say good
// morning in polish", "what's the word for cheers in greek so i can toast
// my host", "how do you say i miss you in korean, want to text her". A phrasebook answers it, however warm the phrase; "my friend
// in spanish class" is no such question.
var reTranslateAsk = mustPattern(`\b(?:how (?:do|would|can|could|should) (?:you|i|we|u) (?:say|write|spell|sign)|what(?:'s| is|s)? the (?:word|phrase) for|translate)\b.{1,60}?\b(?:in|into|to) ` + languageNames + `(?:$| (?:and|or|so|because|bc|cos|cause|for|to|please|pls|plz|i|im|my|we|she|he|they|want|wanna|need|trying|going|gonna)\b)`)

// reSpeechAsk asks for a speech to be written or given: a eulogy, an
// obituary, a toast, a best man's speech. It is a piece of writing for an
// occasion, not a word between two people, however close the person it
// honours: "how do i write a eulogy for my nan", "tips for giving a toast
// at my sister's wedding".
var reSpeechAsk = mustPattern(`\b(?:write|writing|wrote|draft|drafting|give|giving|deliver|delivering|read|reading|prepare|preparing|tips for|help with|help me with) (?:a |an |the |my |his |her )?(?:short |funny |good |moving )?(?:eulog(?:y|ies)|obituar(?:y|ies)|toast|(?:best man'?s?|maid of honou?r|wedding|retirement|leaving|funeral) speech)\b|\beulog(?:y|ies)\b|\bobituar(?:y|ies)\b`)

// reFallenFor is romantic feelings for someone told as such: "i've fallen
// for my best mate", "catching feelings for her", "in love with my
// flatmate", "i fancy my best friend", "how do i tell him i like him",
// "my crush left me on read", "how do you know you're really in love".
// Whether to say so is romance, which the guide leaves to
// others, whoever the person is.
var reFallenFor = mustPattern(`\b(?:fallen|falling|fell) (?:head over heels )?for (?:my|him|her|them|someone|somebody|a|an|this|that)\b|\b(?:have|had|got|getting|catching|caught|developing|developed|feel|feeling) (?:real |romantic |strong )?feelings for\b|\b(?:in love|falling in love) with (?:my|him|her|them|someone|a|an)\b|\b(?:am i|are you|are we|youre|you're|you are|im|i'm|i am|were|we're|we are|if (?:i'?m|i am|im|you'?re|youre|you are|we'?re|we are)|whether (?:i'?m|i am|im|we'?re|we are)) (?:\w+ )?(?:in love|falling in love|falling for (?:him|her|them))\b|\bwhat (?:does|is) (?:being in )?love (?:really |actually )?(?:feel|supposed to feel) like\b|\b(?:love|infatuation|lust) or (?:love|infatuation|lust)\b|\bfanc(?:y|ies|ying) (?:my (?:best |close |old )?(?:friend|mate|bestie|flatmate|roommate|housemate|coworker|colleague|classmate|neighbour|neighbor|teacher|boss|tutor)|(?:my )?(?:friend|brother|sister)s? \w+|him|her|them|someone|somebody|a (?:guy|girl|boy|man|woman)|this (?:guy|girl|boy|man|woman))\b|\btell (?:him|her|them) (?:that )?i (?:like|fancy) (?:him|her|them)\b|\b(?:my|a|her|his|their|our) crush(?:es)?\b|\bcrush(?:ing)? on\b`)

// reTechTrouble is an app or a device that does not work ("keeps saying
// waiting for this message", "won't let me join", "any fix", "the wifi keeps
// cutting out", "a patchy connection", "how do i get
// them to take it down") or the locks on an account (a second sign-in
// step, an authenticator), and reTechThing what it is said of: a fix for
// software is no question about people, whoever sent the message that will
// not load. "how do i fix this" alone is mending a friendship as often.
var (
	reTechTrouble = mustPattern(`\b(?:wo?n'?t let me (?:join|log|sign|send|open|see|load|call|post|in)|(?:keeps|kept) (?:crashing|freezing|logging me out|glitching|buffering|cutting out|dropping(?: out)?|disconnecting|lagging|saying (?:waiting|connecting|error|failed|message failed|no connection|offline|something went wrong))|(?:isnt|isn't|stopped|not) (?:loading|syncing)|(?:cuts|cutting) out|laggy|lags|(?:bad|poor|weak|slow|patchy|dodgy|unstable) (?:connection|signal|internet|wifi|reception)|error (?:message|code)|no route|know the fix|any fix|get (?:\w+ ){1,2}to (?:take|remove) (?:it|them|this) down|scam (?:calls|texts|messages|emails)|(?:password|verification|security|login|reset) codes?|password reset|reset (?:\w+ )?password|(?:two|2)[ -]?(?:factor|step)|2fa|authenticat(?:ion|or)|passkeys?|face id|touch id)\b`)
	reTechThing   = mustPattern(`\b(?:email|emails|gmail|outlook|account|app|apps|whatsapp|discord|signal|telegram|instagram|insta|facebook|fb|meta|messenger|snapchat|zoom|skype|facetime|landline|laptop|wifi|internet|connection|router|signal|reception|webcam|camera|mic|microphone|audio|voice channels?)\b`)
)

// reLostData asks to bring back messages, photos or an account that were
// deleted or lost: "can i get back texts i deleted", "recover old chats
// from a dead phone", "restore a wiped signal thread", one message or
// chat as much as many. A data recovery tool answers it, whoever wrote the
// messages; getting back in touch with a friend lost touch with is no such
// question.
var reLostData = mustPattern(`\b(?:recover|recovering|retrieve|retrieving|restore|restoring|undelete|get back|bring back) (?:my |the |our |all |some |those |these |her |his |their |any |old |a |an |this |that )?(?:deleted|erased|wiped|lost) (?:\w+ ){0,2}(?:messages?|msgs?|texts?|chats?|chat history|conversations?|threads?|photos?|pics?|pictures?|videos?|files?|voice notes?)\b|\b(?:messages?|msgs?|texts?|chats?|threads?|photos?|pics?|pictures?|voice notes?) (?:\w+ ){0,2}(?:deleted|erased|wiped)\b.{0,30}\b(?:recover|retrieve|restore|get (?:them|it) back|undelete)\b`)

// reImpostorAsk asks whether someone online is who they say: a catfish,
// a fake profile, a scammer. It is a matter of fraud and online dating, not
// of a friendship, whoever the person seems to be; staying safe when
// meeting someone from online ("how do i not get catfished when we meet")
// asks about the meeting, and is the guide's.
var reImpostorAsk = mustPattern(`\b(?:is|are|if|whether) (?:\w+ ){0,8}(?:a |an |the |really )?(?:catfish(?:ing)?|scammers?|fake (?:profiles?|accounts?|person))\b|\b(?:am i|are we|is (?:he|she|they|it)|are they) (?:\w+ )?being (?:catfished|scammed)\b|\b(?:romance|dating) scam\w*\b|\bspot (?:a |an )?(?:catfish|scammer|scam|fake (?:profile|account))\b`)

// techTrouble reports a folded question about an app or a device that
// does not work, or about getting back what it lost.
func techTrouble(folded string) bool {
	return reTechTrouble.MatchString(folded) && reTechThing.MatchString(folded) || reLostData.MatchString(folded)
}

// reOwnCareer is the asker's own work in health care said as who they
// are ("im a night shift nurse", "as a doctor"): a job, not a symptom.
var reOwnCareer = mustPattern(`\b(?:im|i am|i'm|as|work as|working as) (?:a|an) (?:\w+ ){0,2}(?:nurse|doctor|gp|pharmacist|dentist|paramedic|midwife|carer)\b`)

// reTheirCareer is someone else's work in health care said as who they
// are ("my friend is a nurse on nights", "her dad's a paramedic", "she
// works as a midwife"): their hours and their job, not a symptom.
var reTheirCareer = mustPattern(`\b(?:is|'s|s|was|works as|worked as|working as|trained as|training to be) (?:a|an) (?:\w+ ){0,2}(?:nurse|doctor|gp|pharmacist|dentist|paramedic|midwife|carer|surgeon|vet)\b`)

// reCarerAdvised is a doctor, nurse or therapist's advice told as what
// set the asker going ("my doctor said i should get out and see people
// more", "the gp told me to be more social"): whoever gave it, what is
// asked is what follows, read by its own words; a symptom or a medicine
// named after it is still another field's.
var reCarerAdvised = mustPattern(`\b(?:my |the |a |her |his |their )?(?:doctor|doc|gp|nurse|therapist|counsellor|counselor|psychologist|psychiatrist) (?:has |had |just |even |also )?(?:said|says|told me|tells me|suggested|suggests|recommended|recommends|advised|advises|wants me)\b`)

// reMealTogether is a meal as a time people meet, not food: sitting with
// people at lunch, "we must do dinner", brunch with a friend, "every family
// dinner", the team lunch.
var reMealTogether = mustPattern(`\b(?:at|over|do|doing|get|getting|grab|grabbing|have|having|had|after|during|skip|skipped|invite \w+ to|meet for|met for|out for|go for|went for) (?:lunch|dinner|breakfast|brunch|lunches|dinners)\b|\b(?:lunch|dinner|breakfast|brunch|lunches|dinners) (?:with|together|plans?|dates?|invites?|invitations?)\b|\b(?:family|sunday|christmas|xmas|holiday|thanksgiving|easter|birthday|team|work|group|friends) (?:lunch|dinner|breakfast|brunch|meal|lunches|dinners|meals|get togethers?)\b`)

// reSymptomAsk asks what the symptoms of a condition are, or whether one
// has it: "what are the symptoms of burnout", "symptoms of depression, do i
// have it". A doctor answers it, however much the condition touches one's
// friendships.
var reSymptomAsk = mustPattern(`\b(?:what (?:are|r) (?:the )?(?:\w+ )?symptoms|symptoms of|(?:signs|symptoms) (?:that )?(?:i|you) (?:have|got))\b`)

// reRecipeAsk asks for a recipe or how to make a dish: "best recipe for a
// birthday cake for her party". A cookbook answers it, whoever the cake is
// for; a recipe for a friendship is read as such before this is asked, and
// a family recipe book made together is a shared project, not a recipe.
var reRecipeAsk = mustPattern(`\b(?:(?:good|best|easy|simple|quick|nice|any|a) recipes?|recipes? (?:for (?:a|an|the|some|my|our|her|his) |ideas?\b|to make\b))|\bhow (?:do|can|should|would) (?:i|you|we|u) (?:make|bake|cook|ice|decorate) (?:a|an|the|some) (?:\w+ ){0,3}(?:cake|cupcakes|cookies|biscuits|bread|pie|dinner|meal|curry|lasagne|lasagna)\b`)

// reSubjectRole is a person named by what they taught or coached the
// asker: "my old maths teacher", "her piano tutor", "our football coach".
// The subject names the person; the question is about them, not the field.
var reSubjectRole = mustPattern(`\b(my|our|his|her|their) (?:old |former |first |favourite |favorite |school |primary school |high school )?(?:\w+ ){1,2}(teachers?|tutors?|coach(?:es)?|instructors?|lecturers?|teammates?|classmates?)\b`)

// reToolForPeople is a tool named by its maker's brand that keeps time or
// notes for people: "my google calendar", "a shared google doc". It names
// where something is kept, not software to mend.
var reToolForPeople = mustPattern(`\b(?:google|outlook|apple|icloud) (calendars?|docs?|sheets?|notes|reminders?)\b`)

// withoutFormerFriends returns a folded question with the words that name
// a field only in another sense read in their sense between people: "ex"
// before a friend as "former", so only a romantic ex puts a question in
// dating; an in-law as family, not law; owing a reply or a person, not
// money; a recipe for a friendship, not a dish; proposing a plan, not
// marriage; someone else's partner or love life, and one's own partner
// named (unless leaving them is asked), as a partner, not a romance; a job
// in health care, one's own or someone else's, as a job; a carer's advice
// as advice; a meal as a time
// to meet; "a spreadsheet person" as the kind of person one is; "my maths
// teacher" as a teacher; "my google calendar" as a calendar; a dating
// app's match asked about meeting safely as someone from online.
func withoutFormerFriends(folded string) string {
	folded = metOnAppAsksMeeting(folded)
	folded = reMealTogether.ReplaceAllString(folded, "meet up")
	folded = reSubjectRole.ReplaceAllString(folded, "$1 $2")
	folded = reToolForPeople.ReplaceAllString(folded, "$1")
	folded = reFormerFriend.ReplaceAllString(folded, "former $1")
	folded = reTheirPartner.ReplaceAllString(folded, "$1 partner")
	if !reRomanceEnd.MatchString(folded) {
		folded = reOwnPartner.ReplaceAllString(folded, "my partner")
	}
	folded = reCarerAdvised.ReplaceAllString(folded, "i was told")
	folded = reOwnCareer.ReplaceAllString(folded, "i work long hours")
	folded = reTheirCareer.ReplaceAllString(folded, "works long hours")
	folded = reInLaw.ReplaceAllString(folded, "inlaw")
	folded = reFigurative.ReplaceAllString(folded, "what makes a friendship")
	folded = reOwePerson.ReplaceAllString(folded, "am grateful to them$1")
	folded = reSuggest.ReplaceAllString(folded, "suggest $1")
	folded = reKindOfPerson.ReplaceAllString(folded, "a person")
	return reOweWords.ReplaceAllString(folded, "need to send$1")
}

// reYoungChild is the asker's own child named by age, "my 6 year old",
// "my 14yo": how to raise, tell or teach a child is parenting, which the
// guide leaves to others whoever else the question names, unless what is
// asked is the child's own life with friends as the guide speaks of it
// (childFriendships).
var reYoungChild = mustPattern(`\bmy (?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen) ?-?(?:years? ?-?olds?|yos?|yrs? ?-?olds?)\b`)

// reAskOut is asking someone out, and reAskOutFriendly the words after it
// that make it a friendly plan instead: "ask her out for coffee", "ask him
// out as a friend".
var (
	reAskOut         = mustPattern(`\bask(?:ing|ed|s)? (?:(?:a|this|that|the|a cute) )?(?:girl|guy|boy|woman|man|her|him|someone|somebody|my crush|my coworker|my colleague) out\b(.{0,12})`)
	reAskOutFriendly = mustPattern(`^ (?:for|to|as|with)\b`)
)

// asksSomeoneOut reports a folded question about asking someone out on a
// date, which is romance whatever else it names.
func asksSomeoneOut(folded string) bool {
	for _, m := range reAskOut.FindAllStringSubmatch(folded, -1) {
		if !reAskOutFriendly.MatchString(m[1]) {
			return true
		}
	}
	return false
}

// offFieldTopic names the first field the guide leaves to others that a
// folded question speaks of; "" when it names none.
func offFieldTopic(folded string) string {
	folded = withoutFormerFriends(folded)
	if t := offTopic(folded); t != "" {
		return t
	}
	if datingMatch(folded) {
		return "dating"
	}
	for _, w := range strings.Fields(folded) {
		w = strings.Trim(w, "'")
		for _, t := range offFieldTopics {
			if t.words[w] || t.words[strings.TrimSuffix(w, "s")] {
				return t.topic
			}
		}
	}
	return ""
}

// reThingAsk is the shape of asking for a thing, a place, a sum or a fix
// rather than for what to do about someone: "which one should i get",
// "what should we watch", "any recommendations", "where should we go",
// "how much should i tip", "how do i fix it", "what's the time difference"
// (a time difference only told, "the time difference sucks", asks nothing),
// words to translate, a name to think up for a group chat; a present to
// get someone is one of them (giftShape, thing_to_get.go), and so is a
// fact to look up, which reFactAsk also declines whoever it names.
var reThingAsk = mustPattern(`\b(?:what year (?:did|was|were|is)|when (?:did|was|were) (?:\w+ ){1,3}(?:come out|came out|invented|founded|released|launched|created)|who (?:actually |really |first )?(?:invented|founded|created|owns) |translate (?:\w+ ){1,12}(?:into|to) (?:english|french|spanish|german|italian|portuguese|korean|japanese|chinese|mandarin|arabic|hindi|urdu|polish|russian|turkish|dutch|greek|swedish|welsh|irish)|(?:funny|good|cool|fun|clever|cute|creative) (?:\w+ )?(?:names?|nicknames?) for (?:our|my|the|a|an) |which (?:\w+ ){0,3}(?:should|do|would|could|can|is|are)|what (?:\w+ ){0,2}(?:should|do|would|could|can) (?:i|we|he|she|they) (?:get|buy|order|pick|choose|wear|watch|play|cook|make for|eat|drink|use|download|install|read|book|bring)|(?:best|cheapest|good|decent|nice) (?:\w+ ){0,1}(?:phone|laptop|app|apps|game|games|movie|movies|film|show|gift|present|place|places|restaurant|shoes|brand|plan|recipe|book|books|hotel|deal)s?\b|recommendations?|recs|recommend (?:a|an|some|me|any)|` + giftShape + `|where (?:should|can|could|do) (?:i|we) (?:go|eat|stay|buy|get|book|travel|take)|what time (?:does|do|is)|(?:what|whats|what's|how big|how many hours) (?:is |are )?(?:the )?time difference|time difference (?:between|from|with|to) |(?:what|which) time ?zone|how (?:do|can|could|should) (?:i|you|we) (?:get|gain|grow|boost|increase) (?:more )?(?:followers|likes|views|subscribers|engagement)|best time to post|how much (?:should|do|would|does|is|to) (?:i |we |you )?(?:tip|lend|pay|charge|spend|give|cost|borrow|owe|ask for)|how (?:do|can|should|would) (?:i|you|we) (?:install|set up|setup|reset|unlock|cook|bake|clean|get rid of|file|claim|apply for|train for|lose|study for|revise for|pay for|budget))\b`)

// pointConcepts are the guide's concepts that only set a scene (work, a
// community, a busy week, a new town, calls, social media, hobbies, good
// news, how often, follower counts): a question that names one of them
// alone next to a product or a sum is still about the product. Every other
// concept is something between people, and makes the question the guide's.
var sceneConcepts = map[string]bool{
	"work": true, "busy": true, "community": true, "interests": true, "new place": true,
	"social media": true, "good news": true, "how often": true, "the plan": true, "clarity": true, "in person": true,
	"numbers": true, "far apart": true,
}

// betweenPeople reports whether the guide's concepts find in q something
// between people beyond the scene it is set in.
func betweenPeople(g Guide, q string) bool {
	cf, ok := g.(ConceptFinder)
	if !ok {
		return false
	}
	for _, c := range cf.Concepts(q) {
		if !sceneConcepts[c] {
			return true
		}
	}
	return false
}

// hardTopics are the fields where even a word to someone stays outside the
// guide: what to text a crush is romance, whether a friend may take a pill
// is medicine, whether a landlord may keep a deposit is law.
var hardTopics = map[string]bool{"dating": true, "medical": true, "legal": true, "law": true}

// reTellSomeone is something said or done to a person in the question:
// "how do i tell my friend i can't lend her money", "should i stop inviting
// her", "how do i ask my sister". Next to a sum or a dinner, it makes the
// question one about what passes between them.
var reTellSomeone = mustPattern(`\b(?:(?:tell|telling|ask|asking|talk to|talking to|say no to|say to|saying no to|bring (?:it|this|that) up|confront|confronting|invite|inviting|apologi[sz]e to|forgive|reach out to|open up to|turn down|let down) (?:my|her|him|them|his|their|your|our|a|an|the|someone|somebody|people|friends?|family)|let (?:my|her|him|them|his|their|our|people|friends?|family|everyone) (?:\w+ )?know|without (?:ruining|hurting|upsetting|losing|offending|making it awkward|bugging|annoying|bothering|pestering|being rude|seeming rude|sounding rude|(?:them |him |her )?taking it personally)|(?:ruin|ruining|hurt|hurting|upset|upsetting|offend|offending) (?:the |our )?(?:friendship|relationship|things))\b`)

// reLegalAsk asks whether something is allowed by law, or for a legal
// paper, which no guide paragraph can answer whoever it is about: "is it
// legal to record a call without telling them", "can my landlord keep the
// deposit", "can my employer fire me for a post", "how do i make a will so
// my daughter gets the flat", "what's the legal age for a child to stay
// home alone".
var reLegalAsk = mustPattern(`\b(?:is it (?:il)?legal|legal(?:ly)? (?:age|minimum|limit)|(?:minimum|min) age (?:to|for|at which)|age limit|(?:what|which) age (?:\w+ ){0,6}(?:legal|legally|by law)|legally (?:allowed|old enough|required|supposed)|is (?:that|this) (?:il)?legal|against the law|(?:can|could) (?:i|they|he|she|we|my \w+) (?:sue|be sued|get fired|be fired|get sacked|evict|press charges|monitor|track|spy on|read my|take (?:me|him|her|them) to (?:court|small claims))|(?:can|could|will|would|is) (?:my |the |a |your |their |her |his )?(?:employer|boss|company|workplace|work|job|manager|school|university|uni|college|landlord) (?:\w+ )?(?:fire|sack|dismiss|discipline|suspend|expel|evict|sue|punish) (?:me|you|someone|people|him|her|them|us)\b|legal rights?|my rights|(?:allowed|legal|valid|fair) in (?:a |the |his |her |their |my |your )?(?:\w+'?s )?will|(?:leave|leaves|leaving|left) (?:the|his|her|their|my|our) (?:house|home|flat|estate|savings) to|(?:write|writing|wrote|make|making|made|draw up|drawing up|update|updating|change|changing|redo|redoing) (?:a|my|our|his|her|their|mum's|dad's) (?:own |new |last )?will|(?:in|out of|from) (?:my|our|his|her|their) will|executor|power of attorney)\b`)

// offFieldQuestion reports a question from another field that a person or
// a few shared words only seem to bring into the guide's: it asks about a
// medicine, the law, raising one's young child or asking someone out, or
// names another field or asks for a thing, and speaks of nothing between
// people that the guide is about.
func offFieldQuestion(g Guide, q string) bool {
	return offFieldHow(g, q) != fieldOurs
}

// How a question stands to the guide's field (offFieldHow).
const (
	fieldOurs = iota // not from another field
	fieldSoft        // names another field, nothing between people
	fieldHard        // medicine, law, dating: never the guide's
)

// offFieldHow is offFieldQuestion telling a question of a field the guide
// never answers from one that only names another field.
func offFieldHow(g Guide, q string) int {
	folded := foldText(q)
	if reYoungChild.MatchString(folded) && !childFriendships(g, q) {
		return fieldHard
	}
	if medicineQuestion(folded) || reLegalAsk.MatchString(folded) || asksSomeoneOut(folded) || coupleLife(folded) || reRomanceEnd.MatchString(folded) || reFallenFor.MatchString(folded) || techTrouble(folded) || reFactAsk.MatchString(folded) || rePayAsk.MatchString(folded) || reComingOut.MatchString(folded) || reSpeechAsk.MatchString(folded) || reCodeAsk.MatchString(folded) || reImpostorAsk.MatchString(folded) || reTranslateAsk.MatchString(folded) || reSymptomAsk.MatchString(folded) || reRecipeAsk.MatchString(withoutFormerFriends(folded)) || reNameAsk.MatchString(folded) || reContractAsk.MatchString(folded) || moreOffField(folded) {
		return fieldHard
	}
	if matchRomance(g, q, folded) {
		return fieldHard
	}
	topic := offFieldTopic(folded)
	if topic == "" && (!reThingAsk.MatchString(folded) || reTalkToolAsk.MatchString(folded)) {
		return fieldOurs
	}
	if betweenPeople(g, q) {
		return fieldOurs
	}
	switch {
	case hardTopics[topic] && !storyOnlyField(q):
		return fieldHard
	case hardTopics[topic]:
		// A doctor or a landlord in the story of what is asked about
		// someone ("my friend keeps telling me about her landlord, how
		// do i stop making it about me") is answered only when the
		// guide's model finds a section likely (storyLikely).
		return fieldSoft
	case reTellSomeone.MatchString(folded):
		return fieldOurs
	}
	return fieldSoft
}
