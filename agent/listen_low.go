package agent

import (
	"regexp"
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// A low feeling said outside any flow ("just a bit lonely tonight",
// "nobody ever texts me first") is answered the way a friend would: the
// feeling named in a sentence of its own, room to say more, and one gentle
// step offered as two buttons. Never a guide paragraph, never the menu:
// someone who says they feel invisible is not asking for a feature list.

// lowKind is one kind of low feeling about people, found by its cue
// phrases, with the lines that name it and the step that fits it.
type lowKind struct {
	name string
	// cues are phrases of whole words, folded and without apostrophes; a
	// message matches when one of them occurs in it.
	cues []string
	// pat, when set, matches what a list of phrases cannot: a word of
	// unkindness in any of its places ("was really cruel to me"), the
	// people not spoken to in any words ("i dont talk to a single
	// person").
	pat *pattern
	// lines name the feeling, one picked per message.
	lines []string
	// step is the gentle step the reply ends with.
	step string
	// own and ownStep replace lines and step when the change the cues
	// name is the person's own ("moving to dublin, i dont know anyone
	// there"), not someone close to them.
	own     []string
	ownStep string
	// othersAs names the kind that answers when the cues tell of
	// someone else rather than the person: "my best friend moved to
	// australia" is someone moving away, not the person's own move.
	othersAs string
}

// Steps the reply can end with.
const (
	stepWhoMatters  = "If it helps, we could think together about who you'd like to feel closer to, or I can help you send someone a short hello."
	stepShowsUp     = "If it helps, we could think about who does show up for you, or write a short hello to someone you'd like to hear from."
	stepWriteEasy   = "If it helps, I can help you write something short and easy to send, or we could think about who you'd most like to hear from."
	stepTrusted     = "If it helps, we could think about who you'd trust with how you're feeling, or I can help you write them a few words."
	stepLift        = "If it helps, a few words with someone you like can lift a flat day: I can help you send a short hello, or we could think about who you'd like to feel closer to."
	stepRekindle    = "If it helps, I can help you write them a light, no-pressure message, or we could think about who matters most to you now."
	stepStayClose   = "If it helps, we could think about who you'd like to stay close to, or I can help you send someone a short hello."
	stepMissedThing = "If it helps, we could think about who you shared it with, or I can help you send one of them a hello."
	stepCheerOn     = "If it helps, a word from someone who's on your side can steady you: I can help you tell a friend it's coming up, or we could think about who'd cheer you on."
)

// lowKinds go from the most particular to the most general: the first
// that matches names the feeling.
var lowKinds = []lowKind{
	babyLossKind,
	rustyKind,
	{name: "judged", pat: &reJudgedFeeling,
		lines: []string{
			"It isn't stupid to be upset about that. It hurts because they matter to you, and that makes complete sense.",
			"There's nothing foolish about feeling that way; being hurt by something that matters to you is natural.",
		}, step: stepTrusted},
	{name: "doubt liked", cues: phrases(`actually like me | even like me | really like me | like me at all | tolerate me | tolerating me |
put up with me | puts up with me | putting up with me | actually want me around | even want me around | really want me around |
secretly hate me | secretly dont like me | secretly cant stand me | like spending time with me | like being around me |
enjoy my company | enjoy spending time with me | feel sorry for me | feels sorry for me | felt sorry for me | out of pity |
pity invite | pity invites | pity me | only invite me because | only invite me cause | only invited me because | only include me because |
only talk to me because | only hang out with me because | only ask me because | feel obliged to invite | feels obliged to invite |
feel they have to invite | feel like they have to invite | have to invite me`),
		lines: []string{
			"Worrying whether people really like you is a heavy thing to carry, and that doubt often speaks louder than anything they've shown you.",
			"That's a hard worry to sit with. People tend to think more warmly of us than we guess when we're feeling like this.",
		}, step: stepTrusted},
	{name: "burden", cues: phrases(`burden | too much for | a bother | bothering people | annoying to everyone | annoying to people |
annoy everyone | annoy people | annoying everyone | annoy my friends | a nuisance | too needy | too much for everyone |
find me annoying | finds me annoying | think im annoying | thinks im annoying | im so annoying | im annoying | find me too much |
sick of me | tired of me | fed up with me`),
		lines: []string{
			"Feeling like a burden is heavy to carry, and it's rarely how the people who care about you see it.",
			"That feeling of being too much is a hard one. Most people are gladder to be leaned on than we imagine.",
		}, step: stepTrusted},
	{name: "one-sided", pat: &reOnlyWhenNeeded, cues: phrases(`texts me first | text me first | messages me first | message me first | reach out first |
reaches out first | the one who reaches out | the one reaching out | always the one | the one who texts | the one texting |
always reach out | always text first | always message first | reaches out and | always being the one | the one who organises |
the one who organizes | the one who plans | do all the planning | all the reaching | did all the reaching | no one reached out |
nobody reached out | only message me when | only text me when | only call me when | only reach out when |
never asks me how i am | never asks how i am | never ask me how i am | never asks about me | never asks about my | never ask about me |
doesnt ask about me | doesnt ask how i am | dont ask how i am | its always me | it is always me | always me who |
always me first | me first always | always me texting | always me messaging | always me calling | me to everyone |
me to all of them | all from me | always about them |
always about her | always about him | only talks about herself | only talks about himself | only talk about themselves |
the only one posting | only one posting | the only one who posts | only one who ever posts | only one who posts |
the only one texting | only one who texts | the only one who messages | only one who ever messages | the only one who replies |
talks about herself | talks about himself | never listens to me`),
		lines: []string{
			"Always being the one who reaches out first gets tiring, and it's natural to wonder whether anyone would if you stopped.",
			"It's tiring when the effort feels one-sided, like you're the only one keeping things going.",
		}, step: stepShowsUp},
	{name: "invisible", pat: &reFearForgotten, cues: phrases(`invisible | unseen | overlooked | forgotten | forgot about me | forget about me | no one notices |
nobody notices | no one would notice | nobody would notice | doesnt notice me | dont notice me | nobody asks | no one asks |
nobody checks | no one checks | remember i exist | remembers i exist | know i exist | knows i exist | notice i exist |
notices i exist | care i exist | cares i exist | forget i exist | forgets i exist | forgotten i exist`),
		lines: []string{
			"Feeling invisible is lonely in its own way, as if you could slip out of view and nobody would notice. That's a real and painful feeling.",
			"Feeling unseen by the people around you is hard, and it's more common than it looks from the outside.",
		}, step: stepWhoMatters},
	{name: "left out", pat: &reLeftOutAlong, cues: phrases(`left out | leave me out | excluded | without me | except me | not invited | never invited |
left behind | being left behind | falling behind | behind everyone |
never get invited | dont get invited | didnt invite me | didnt get invited | wasnt invited | werent invited |
not invite me | never invite me | never invites me | dont invite me | doesnt invite me | stopped inviting me | never ask me out | never asks me out | uninvited | didnt tell me | didnt even tell me | without telling me | without inviting me | didnt ask me along | didnt include me | dont belong | don't fit in | dont fit in | outsider | on the outside | spare one | spare part | fifth wheel |
third wheel | paired off | everyone has someone`),
		lines: []string{
			"Being left out stings, especially when it looks like everyone else already has their people.",
			"Feeling on the outside of things hurts, and it happens to far more people than it seems.",
		}, step: stepWhoMatters},
	{name: "drift", cues: phrases(`drifted | drifting | drift apart | grew apart | growing apart | own lives | lost touch |
dont talk anymore | dont really talk anymore | dont talk to me anymore`),
		lines: []string{
			"Drifting apart is one of the quietly sad parts of friendship; it often happens without anyone choosing it.",
			"It's sad when friends slowly drift into their own lives, and it's normal to miss how things were.",
		}, step: stepRekindle},
	{name: "hurt", cues: phrases(`forgot my birthday | forgot my | ignored | ignore me | ignores me | ignoring me | goes quiet | go quiet |
gone quiet | went quiet | left on read | leave me on read | left me on read | no one replied | nobody replied | no one replies |
nobody replies | nobody came | no one came | no one showed up | nobody showed up | hasnt replied | havent heard back |
hasnt messaged | hasnt messaged back | hasnt texted | hasnt texted back | hasnt called | hasnt rung | hasnt got back |
hasnt gotten back | hasnt answered | hasnt been in touch | not replied | not replying | stopped replying | never replies |
doesnt reply | doesnt text back | never texts back | no reply | heard nothing | ghosted me | ghosting me | cancelled on me |
canceled on me | bailed on me | stood me up | got stood up | was stood up | let me down | nobody remembered | no one remembered | nobody remembers |
no one remembers | nobody wished | no one wished | nobody said happy | no one said happy | no ones said |
nobodys said | no one has said | nobody has said | no one texted | nobody texted | no one called | nobody called |
no one messaged | nobody messaged | no ones texted | nobodys texted | got ghosted | been ghosted | ghosted by | mean comment |
nasty comment | rude comment | comment about my | commented on my | said something mean | said something nasty |
made fun of me | laughed at me | put me down | puts me down | dig at me | a dig about | so rude to me | was rude to me |
was mean to me | is mean to me`), pat: &reHurtScene,
		lines: []string{
			"That stings. Being forgotten or passed over by people you care about hurts, even when nobody meant it.",
			"That hurts, and it's okay that it does. Small moments like that can land hard.",
		}, step: stepWhoMatters},
	{name: "unsure where you stand", cues: phrases(`annoyed with me | angry with me | mad at me | upset with me | cross with me |
off with me | cold with me | distant with me | acting weird | acting off | acting different | being weird | being off |
where i stand | dont know why`),
		lines: []string{
			"Not knowing where you stand with someone is hard, and it's natural for your mind to fill the gap with worry.",
			"That uncertainty is unsettling. When someone seems off with us, we tend to assume the worst, and it's often something else.",
		}, step: stepRekindle},
	{name: "conflict", cues: phrases(`fight | fought | fell out | falling out | argument | a row | not talking to me | isnt talking to me |
stopped talking to me | not speaking to me | hasnt spoken to me | hasnt talked to me | wont talk to me | wont speak to me |
massive row | big row | huge row | blazing row | stupid row | awful row | horrible row | silly row | nasty row | rowed | rowing |
big argument | massive argument | huge argument | bust up | bust-up | clashed | blew up at | snapped at each other`),
		lines: []string{
			"Falling out with someone you care about is horrible, and the silence afterwards can be the hardest part.",
			"That sounds painful. A fight with someone close can sit heavy for days.",
		}, step: stepRekindle},
	{name: "lonely scene", pat: &reLonelyScene,
		lines: []string{
			"That sounds lonely, even if you didn't call it that. Those quiet, on-your-own moments can weigh more than anyone sees.",
			"That sounds like a lonely stretch, and it's easy to carry quietly. It happens to far more people than it seems.",
		}, step: stepWhoMatters},
	{name: "moving away", cues: phrases(`moving abroad | moving away | moving to | moved away | leaving for | emigrating | relocating | relocated`),
		lines: []string{
			"It's hard when someone close is moving away; it's a real loss, even when you're happy for them.",
			"Saying goodbye to someone who's moving far away is sad, and it makes sense to feel it.",
		}, step: stepRekindle,
		own: []string{
			"Moving somewhere new is a big step: exciting, and daunting too when you don't know anyone there yet. It usually takes a while to find your people.",
			"That's a big move. Starting over where you don't know anyone is a lot, and it's natural to feel a mix of excited and nervous.",
		}, ownStep: stepStayClose},
	{name: "guilt", cues: append(phrases(`guilty | guilt | bad friend | terrible friend | awful friend | feel bad | feel so bad | feel really bad`), guiltCues...),
		lines: []string{
			"That guilt sounds heavy, and it shows how much they matter to you. It's rarely too late to make a small move.",
			"Feeling bad about it says you care. It doesn't have to stay this way.",
		}, step: stepRekindle},
	{name: "jealous", cues: phrases(`jealous | jealousy | envious | envy`),
		lines: []string{
			"Feeling a bit jealous is very human; it usually points at something you'd like more of yourself.",
			"Jealousy is an uncomfortable one, and it's honest of you to name it. It often shows what you're missing.",
		}, step: stepWhoMatters},
	{name: "homesick", cues: phrases(`homesick | miss home | missing home`),
		lines: []string{
			"Homesickness can be such a heavy, quiet ache. It makes sense to miss the people and places that are yours.",
		}, step: stepRekindle},
	{name: "embarrassed", cues: phrases(`cringe | cringed | cringing | cringey | embarrassed | embarrassing | mortified |
everyone saw | in front of everyone | in front of the whole | made a fool of myself | made such a fool | humiliated |
humiliating | such an idiot | felt stupid | feel stupid | so stupid | such a fool`),
		lines: []string{
			"Oof, those replays in your head are the worst. Most people forget moments like that far sooner than we do.",
			"That cringe feeling is so human. It usually means you care how you come across, and others are kinder about it than we think.",
		}, step: stepWhoMatters},
	{name: "nerves", pat: &reNervesBefore,
		lines: []string{
			"Nerves before something big are so normal: they mostly mean it matters to you. I hope it goes well.",
			"That churned-up feeling before something that matters is rough, and it says you care how it goes. Good luck with it.",
		}, step: stepCheerOn},
	{name: "hard to say", cues: phrases(`too awkward to | too scared to say | too shy to | too nervous to say | afraid to say |
scared to say | scared to bring | dont want to make it awkward | dont want to make things awkward | make it weird |
dont know how to bring it up | cant bring myself to | never say anything | dont say anything | too much of a pushover`),
		lines: []string{
			"That's an awkward spot: it's hard to raise something when you don't want to make things weird between you.",
			"Saying nothing is so understandable, and it's frustrating to keep swallowing it. A light, kind word is often easier than it feels.",
		}, step: stepWriteEasy},
	{name: "overthinking", cues: phrases(`overthink | overthinking | overthought | overanalyse | overanalyze | overanalysing |
overanalyzing | read it three times | read it ten times | reread | re read | draft and redraft | rewrite it`),
		lines: []string{
			"Overthinking a reply usually comes from caring how it lands. A short, honest answer is almost always enough.",
			"That overthinking is so common, and it mostly shows you care. The other person is rarely reading it as closely as you are.",
		}, step: stepWriteEasy},
	{name: "anxious", cues: phrases(`anxious | anxiety | nervous | scared to | afraid to | worried about texting | worry about texting |
overthink | overthinking | stressed about | stressing about | awkward in | never know what to say | dont know what to say`),
		lines: []string{
			"Feeling anxious about reaching out is really common, and it doesn't mean you're doing anything wrong.",
			"Being nervous about messaging people is so common, and the nerves usually shout louder than the risk.",
		}, step: stepWriteEasy},
	{name: "not understood", cues: phrases(`no one gets me | nobody gets me | no one really gets me | nobody really gets me |
no one understands | nobody understands`),
		lines: []string{
			"Feeling like no one really gets you can be lonely even with people around.",
			"Not feeling understood is a lonely place to be, and it's worth saying out loud.",
		}, step: stepWhoMatters},
	{name: "no close friends", cues: phrases(`no close friends | any close friends | no friends | any friends | dont have friends |
dont have anyone | no one close | nobody close | not having friends | zero friends | zero mates | no mates`),
		lines: []string{
			"Not having close friends right now is hard to say out loud, and far more common than it looks.",
			"That's a hard place to be. Lots of people find themselves without close friends at some point, and it can change.",
		}, step: stepWhoMatters},
	{name: "quiet social life", cues: phrases(`social life | no plans | never go out | dont go out | nobody to hang out with |
no one to hang out with | no one to go out with | nobody to go out with | nothing on at weekends`),
		lines: []string{
			"A quiet social life can feel lonely, and it's far more common than it looks. It can change, a small step at a time.",
			"When there's not much going on socially, it can feel like everyone else is busy but you. That's a lonely feeling, and a common one.",
		}, step: stepWhoMatters},
	{name: "moved", othersAs: "moving away", cues: phrases(`moved | new city | new town | new country | since i moved | just moved`),
		lines: []string{
			"Moving somewhere new can be so lonely at first; it takes time for a place to have your people in it.",
		}, step: stepWhoMatters},
	{name: "fading", cues: phrases(`doesnt recognise me | doesnt recognize me | didnt recognise me | didnt recognize me |
dont recognise me | dont recognize me | not recognise me | not recognize me | forgot who i am | forgets who i am | forgetting who i am |
doesnt know who i am | didnt know who i was | doesnt remember me | didnt remember me | dementia | alzheimers | memory is going |
losing her memory | losing his memory | losing their memory`),
		lines: []string{
			"Watching someone you love slip away while they're still here is its own kind of grief.",
			"That's heartbreaking. Losing parts of someone a little at a time is a hard, lonely sort of loss.",
		}, step: stepTrusted},
	{name: "missing", cues: phrases(`i miss | miss having | miss my | miss the`),
		lines: []string{
			"Missing having people around makes complete sense; people need people.",
			"It sounds like you really miss that closeness, and of course you do.",
		}, step: stepRekindle},
	{name: "disconnected", cues: phrases(`disconnected | cut off | isolated | distant | isolation`),
		lines: []string{
			"Feeling cut off or distant from people is hard, and it's more common than it looks.",
			"That distant, disconnected feeling is a heavy one, and I'm glad you said it.",
		}, step: stepWhoMatters},
	{name: "lonely", cues: phrases(`lonely | loneliest | lonelier | loneliness | alone | lonesome | on my own | without speaking to anyone |
without speaking to a single | without talking to anyone | without talking to a single | not spoken to anyone |
havent spoken to anyone | havent talked to anyone | not talked to anyone | no one to talk to | nobody to talk to |
nowhere to go | nowhere to be | nowhere to spend | no one to spend it with | nobody to spend it with | noone to spend it with |
no one to go with | nobody to go with | no one to see | nobody to see | no one to celebrate with | nobody to celebrate with`), pat: &reQuietLife,
		lines: []string{
			"I'm sorry it's feeling lonely. Loneliness says you need people, not that something is wrong with you.",
			"That sounds lonely, and I'm glad you said it. It happens to far more people than it seems.",
		}, step: stepWhoMatters},
	{name: "weighing", cues: phrases(`getting to me | gets to me | got to me | eating me up | eating at me | eats me up |
on my mind | cant stop thinking | keeps me up | keeping me up | bothering me | bugging me | playing on my mind |
weighing on me | weighs on me | cant shake | a lot to carry | so much to carry | too much to carry | carrying a lot |
carrying so much | heavy to carry | a lot on my plate | so much on my plate | a lot on my shoulders`),
		lines: []string{
			"That sounds hard, and like it's really been weighing on you. It makes sense: they matter to you.",
			"It sounds like this has been sitting heavy with you. Things like that are hard to put down when someone matters.",
		}, step: stepTrusted},
	{name: "low", cues: phrases(`sad | down | low | upset | unhappy | blue | rough | crap | rubbish | bad day | hard day | meh |
feel flat | feeling flat | felt flat | a bit flat | so flat | pretty flat | kinda flat | bit flat | really flat |
gutted | heartbroken | feel awful | feel terrible | feel horrible | feeling awful | feeling terrible | feeling horrible`),
		lines: []string{
			// Said of anything, not only people: "work was rough", "my
			// plant died and im kind of sad".
			"I'm sorry you're feeling low. It's okay to feel it, whatever it's about.",
			"Sorry it's feeling heavy. Some days just are, even with no reason you can point to, and that's okay.",
		}, step: stepLift},
}

// reJudgedFeeling is a feeling the person judges themselves for having:
// "i feel stupid for being upset", "it's silly to be hurt by it", "im
// pathetic for still missing her". It reads text as findLow does.
var reJudgedFeeling = mustPattern(`\b(?:(?:feel|feeling|felt|im|i am|being|so|it s|its|is it|kinda|a bit) (?:so |really |kinda |a bit |such an? )?(?:stupid|silly|dumb|pathetic|petty|childish|ridiculous|an idiot|immature|dramatic|overdramatic|needy) (?:for (?:being|feeling|getting|still|even|caring|letting|missing)|to (?:be|feel|get) (?:so |this |that )?(?:upset|hurt|sad|jealous|bothered|lonely|annoyed|angry|cross|gutted|down|worked up))|(?:stupid|silly|dumb|pathetic|petty|childish|ridiculous) (?:that|how) (?:i m|im|i am|i feel|i get|it hurts|this hurts|it bothers))\b`)

// eveningWords put a lonely feeling in the evening or at night.
var eveningWords = phrases(`tonight | evening | night | nights | weekend | weekends | sunday | sundays`)

// phrases splits a "|"-separated list of phrases.
func phrases(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, strings.ReplaceAll(p, "'", ""))
		}
	}
	return out
}

// lowPadded is text folded, without apostrophes, with a space each side,
// ready for whole-word phrase matching.
func lowPadded(text string) string {
	return " " + strings.ReplaceAll(foldText(text), "'", "") + " "
}

// hasPhrase reports whether padded text holds one of ps as whole words.
func hasPhrase(padded string, ps []string) bool {
	for _, p := range ps {
		if strings.Contains(padded, " "+p+" ") {
			return true
		}
	}
	return false
}

// findLow is the first kind of low feeling text speaks of; ok is false
// when it names none.
func findLow(text string) (lowKind, bool) {
	// "without me explaining" leaves no one out.
	padded := reWithoutMeDoing.ReplaceAllString(lowPadded(text), " ")
	// "if i miss it", "i might miss the bus": a thing missed, not someone.
	padded = reMissThing.ReplaceAllString(padded, " ")
	// "i forgot my sisters birthday": the person let someone down, which
	// is guilt, not being forgotten.
	padded = reLetDown.ReplaceAllString(padded, " feel bad ")
	// "no regrets", "don't regret it": no guilt at all.
	padded = reNoRegret.ReplaceAllString(padded, " ")
	// "only my mum texted", "only one person remembered": the others
	// who did not.
	padded = reOnlyOne.ReplaceAllString(padded, " nobody texted ")
	// "five days in a row" is no row with anyone.
	padded = strings.ReplaceAll(padded, " in a row ", " ")
	if justMe(text) {
		// "weekends its just me": alone, said without the word.
		padded += " on my own "
	}
	if repeatedReach(foldText(text)) {
		// "sent three texts and got nothing": unanswered, however the
		// silence is put.
		padded += " heard nothing "
	}
	for _, k := range lowKinds {
		if !hasPhrase(padded, k.cues) && k.pat != nil && k.pat.MatchString(padded) {
			// A scene read from what others do ("they only call when they
			// need something") yields to a feeling the person names
			// ("i feel invisible in my own family").
			if named, ok := namedLowKind(padded); ok && named.name != k.name {
				return named, true
			}
		}
		if hasPhrase(padded, k.cues) || k.pat != nil && k.pat.MatchString(padded) {
			if k.own != nil && reOwnMove.MatchString(foldText(text)) {
				k.lines, k.step = k.own, k.ownStep
			}
			if k.othersAs != "" && !reOwnMove.MatchString(foldText(text)) && people.Find(text).Found() {
				for _, o := range lowKinds {
					if o.name == k.othersAs {
						return o, true
					}
				}
			}
			return k, true
		}
	}
	if longingAbout(text) {
		// "wish my dad lived closer": a longing, when nothing sadder is
		// told with it (listen_longing.go).
		return longingKind, true
	}
	return lowKind{}, false
}

// reLeftOutAlong is being left out told without the words for it: not
// asked along ("nobody ever asks me to come along", "they never invite me
// to anything"), or kept at the edge ("on the edge of conversations,
// never actually in them", "always on the sidelines").
var reLeftOutAlong = mustPattern(reLeftOutSeen + `|\b(?:(?:nobody|no one|noone|never|they dont|they didnt|they never|never get)(?: (?:ever|even|really|actually|once))? (?:asks?|asked|invites?|invited|includes?|included|gets?) me (?:to come|to join|to go|to tag|along|out|anywhere|to anything|to things|to stuff|to drinks|to lunch|to dinner|to parties|when they)|on the (?:fringes?|sidelines|margins|outskirts)|on the edges? of (?:the |every |all |most |those |my |our )?(?:conversations?|chats?|groups?|circles?|things|everything|it all|friend group|gang|friendships?|plans)|never (?:actually |really |properly |quite )?(?:in (?:them|it|the group|the conversation|the circle)|part of (?:them|it|the group|the conversation|things)))\b`)

// reLeftOutSeen is being left out told by how it is seen: nobody
// thinking to ask ("nobody thought to ask me"), hearing of plans only from
// their posts ("i only find out from their stories"), everyone out
// together while the person is at home, floating round the edges.
const reLeftOutSeen = `\b(?:(?:nobody|no one|noone|none of them|not one of them|no one even|nobody even) (?:\w+ )?(?:thought|bothered|remembered|cared enough|thinks|bothers|remembers) to (?:ask|invite|include|tell|text|message|call) me` +
	`|only (?:ever )?(?:find out|found out|hear|heard|see|saw|know|knew)(?: \w+){0,4} (?:from|on|through|via|in) (?:their |the |her |his |everyones )?(?:stories|story|instagram|insta|facebook|socials|social media|posts|pics|photos|snaps|snapchat|tiktok|group chat)` +
	`|(?:everyone|everybody|all my friends|all my mates|they)(?: \w+){0,4} (?:out|together|having fun|partying|at the pub|at a party)(?: \w+){0,8} (?:and|while|but|whilst) (?:im|i am|me|i) (?:\w+ ){0,3}(?:on my (?:own|sofa|couch)|at home|in bed|home alone|alone|by myself|stuck in)` +
	`|` + reFoundOutAfterExpr +
	`|(?:floating|hovering|hanging|drifting|stuck|standing|lingering) (?:round|around|about|on|at) the (?:edges?|outside|sides?|fringes?))\b`

// reQuietLife is loneliness told by what life has gone quiet of: "most of
// my friends are gone now", "the days are very quiet", "the phone never
// rings", and the people not spoken to (reNoOneSpokenTo).
var reQuietLife = mustPattern(reNoOneSpokenTo.String() + `|\b(?:(?:days|evenings|weekends|nights|house|flat|home|phone) (?:are|is|feel|feels|seem|seems|have been|has been|got|gets|get|went|gone|has gone|stays|stayed) (?:\w+ )?(?:quiet|silent|empty|long|dead)|(?:my )?(?:friends|people|mates|old crowd) (?:are|have) (?:\w+ )?(?:gone|died|passed|passed away)|phone (?:never|hardly|rarely|barely|doesnt|does not) (?:\w+ )?rings?)\b`)

// reUnkindToMe is unkindness done to the person, in any of its words
// and places: "was really cruel to me", "is so cold with me", "everyone
// just laughed along", "they never call".
var reUnkindToMe = mustPattern(`\b(?:(?:was|is|were|are|been|being|got|gets|so|really|very|just|bit|quite)(?: \w+)? (?:cruel|mean|nasty|horrible|vile|harsh|unkind|spiteful|patronising|patronizing|condescending|dismissive|cold|hostile|awful|rude) (?:to|with|towards|about) me|(?:laughed|laughing|joined in|sniggered|smirked)(?: \w+)? along|(?:hung up|walked out|walked off|stormed off|slammed the door) on me|blanked me|(?:he|she|they) blocked me|(?:everyone|everybody|they all|all of them) (?:just )?(?:laughed|laughing|sniggered)|(?:they|kids|children|friends|family|he|she) (?:\w+ )?(?:never|rarely|hardly ever|barely ever) (?:call|calls|ring|rings|text|texts|visit|visits|check in|checks in|reach out|reaches out))\b`)

// reOnlyWhenNeeded is being sought out only for what one is good for, in
// any of its verbs: "my friends only invite me when they need a driver",
// "she only ever rings me if she wants something", "he just uses me for
// lifts".
var reOnlyWhenNeeded = mustPattern(`\bonly (?:ever )?(?:wakes up|comes alive|comes to life|gets busy|lights up|hear from (?:them|him|her|anyone)|hears from (?:them|him|her)) when (?:\w+ ){0,2}(?:need|needs|want|wants)\b|\bonly (?:ever )?(?:invite|invites|text|texts|message|messages|call|calls|ring|rings|contact|contacts|talk to|talks to|ask|asks|see|sees|remember|remembers|want|wants|include|includes|hang out with|hangs out with|get in touch with|gets in touch with) me (?:when|if|because|for)\b|\b(?:just |only )?(?:use|uses|using) me (?:for|as)\b|\bonly (?:ever )?(?:invite|text|message|call|ring|contact|talk|ask|see|visit|come round|get in touch|show up|turn up)s? (?:when|if) (?:they|he|she)(?: \w+)? (?:need|needs|want|wants)\b`)

// reNervesBefore is nerves about something coming up that is no message
// to anyone: "big presentation tomorrow and my stomach is in knots", "so
// nervous for my driving test", "dreading the interview". Nerves about
// reaching out are "anxious" below.
var reNervesBefore = mustPattern(`\b(?:` + nerveWords + `)\b.*\b(?:` + comingUp + `)\b|\b(?:` + comingUp + `)\b.*\b(?:` + nerveWords + `)\b`)

const (
	nerveWords = `nervous|nerves|anxious|butterflies|jitters|jittery|knots|in a knot|dreading|dread|bricking it|terrified|petrified|panicking|freaking out|stressing|stressed|on edge|shaking|cant sleep|cant eat`
	comingUp   = `presentation|interview|exam|exams|test|speech|audition|performance|recital|first day|surgery|operation|results|appraisal|pitch|viva|defence|defense|driving test|gig|race|match|competition|deadline|big day`
)

// reNoOneSpokenTo is a stretch of days without speaking to anyone: "i
// dont talk to a single person from friday to monday", "barely see a
// soul".
var reNoOneSpokenTo = mustPattern(`\b(?:dont|didnt|never|barely|hardly|rarely|do not|did not|not|wont|cant|havent) (?:\w+ )?(?:talk|speak|see|chat|hear from|talked|spoken|seen|(?:had|have|having) (?:a |one )?(?:proper |real |decent |actual |single |meaningful |good |long )?(?:conversation|chat|talk|catch up|catch-up|natter))(?: to| with)? (?:anyone|anybody|a (?:single )?(?:person|soul)|a single soul|another person|another human|a human|no one|nobody)\b`)

// reOwnMove is a move the person makes themselves, said with or without
// "i" or "we": "moving to dublin for work", "im relocating in june", "we
// moved to leeds last month".
var reOwnMove = mustPattern(`\b(?:i|we|ive|i've|weve|we've|im|i'm)(?: \w+)? (?:moved|moving|relocated|relocating|emigrated|emigrating)\b|(?:^|[.,;!?]\s*)(?:(?:so|just|and|well|ok|okay|finally|officially|soon|im|i'm|i am|i|were|we're|we are|we|ive|i've|weve|we've|about to|going to be|gonna be|getting|actually|basically|be) )*(?:moving|relocating|emigrating|moved|relocated|emigrated|leaving for)\b`)

// reMissThing is a deadline, a bus or a chance missed, or about to be:
// "miss" that says nothing of missing someone.
var reMissThing = mustPattern(`\b(?:(?:if|might|may|could|gonna|going to|dont want to|will|would|almost|nearly|cant afford to) (?:\w+ )?miss(?:ed)? (?:it|this|that|out)|miss(?:ed)? (?:the|my|a|this|that|another) (?:bus|train|flight|deadline|plane|tram|start|call|meeting|class|lecture|show|game|match|boat|cut|point|mark|stop|appointment|slot|exam|shot|penalty|chance|turn|kick)s?)\b`)

// reNoRegret says there is nothing to regret.
var reNoRegret = mustPattern(`\b(?:no|zero|not one|not a single|without any|dont|do not|never) (?:\w+ )?regrets?\b`)

// reOnlyOne is one person who got in touch where more were hoped for:
// "only my mum texted", "only one friend showed up".
var reOnlyOne = mustPattern(`\bonly (?:my \w+|one person|one friend|one of them|one of my friends|two people|\w+) (?:texted|called|rang|messaged|remembered|wished me|showed up|turned up|came|replied|bothered)\b`)

// reLetDown is something the person did, or failed to do, to someone,
// said in the words that, done to them, would be a hurt: "i forgot my
// sisters birthday", "i totally ghosted her", "i missed his wedding", or
// with the "i" left out at the start: "blanked on my mates leaving do".
var reLetDown = mustPattern(`(?:\bi (?:\w+ )?|^ ?)(?:forgot|forget|ignored|ghosted|blanked|bailed on|cancelled on|canceled on|flaked on|stood \w+ up|let \w+ down|missed (?:\w+ ){0,3}(?:wedding|birthday|bday|party|funeral|graduation|shower|leaving do|big day|recital|concert|match|game))\b`)

// saysLow reports whether text names a mood of the person's own (low,
// lonely, anxious…), not only a story that hurts ("ignored", "left out").
func saysLow(text string) bool {
	padded := lowPadded(text)
	for _, k := range lowKinds {
		if moodKinds[k.name] && hasPhrase(padded, k.cues) {
			return true
		}
	}
	return false
}

// withSomeone are the low kinds of trouble between the person and
// someone else.
var withSomeone = map[string]bool{"conflict": true, "drift": true, "one-sided": true, "unsure where you stand": true,
	"hurt": true, "left out": true}

// moodKinds are the low kinds that name a mood rather than what happened.
var moodKinds = map[string]bool{"low": true, "lonely": true, "disconnected": true, "weighing": true,
	"anxious": true, "guilt": true}

// reWithoutMeDoing is "without me" before what the person does, which
// is no one leaving them out.
var reWithoutMeDoing = mustPattern(` without me \w+ing `)

// lowNamed is the sentence that names the feeling in text: the matching
// kind's, else the reflection's line for the feeling the listener found,
// else a plain one.
func lowNamed(text string) (string, lowKind) {
	if ownDayUnmarked(text) {
		// "turned 30 and not one person texted": the day wished, the
		// hurt of it going unmarked heard (listen_ownday.go).
		return ownDayLine(text), lowKind{name: "own day", step: stepShowsUp}
	}
	if newsKindOf(lowPadded(text)) == newsDeath && deathOfSomeone(text) {
		// "had to be put to sleep" is a loss before it is any word of
		// tiredness in it.
		return griefAck(text, listen.Lost(text, answerNames(text)), 0), lowKind{step: stepTrusted}
	}
	if thing := missedThing(text); thing != "" {
		// "i used to play five a side back home": a pastime or a place
		// missed, named, not "them" (listen_missthing.go).
		return missedThingLine(text, thing), lowKind{name: "missing", step: stepMissedThing}
	}
	if k, ok := findLow(text); ok {
		line := pick(text, k.lines)
		if k.name == "guilt" && smallLapse(text) {
			// A birthday forgotten or a text left unanswered is a small
			// slip, said so: no "that guilt sounds heavy".
			line = pick(text, smallLapseLines)
			if reLapseToday.MatchString(foldText(text)) {
				// The day is not over: nothing is late yet.
				line = smallLapseLines[1]
			}
		}
		if k.name == "lonely" && hasPhrase(lowPadded(text), eveningWords) && !hasPhrase(lowPadded(text), shiftCues) {
			// Nights worked are no lonely evening.
			line = pick(text, []string{
				"Lonely " + quietTimeName(lowPadded(text)) + " can feel really long. I'm glad you said something instead of sitting with it alone.",
				"I'm sorry it's a lonely one. Those quiet hours can make it feel bigger than it is.",
			})
		}
		return line, k
	}
	if flatAlone(foldText(text)) {
		// "not great tbh", "so so": a flat mood said in a few words,
		// whatever glad word the negation hides.
		return pick(text, flatLines), lowKind{step: stepWhoMatters}
	}
	f := listen.Feel(text)
	if lost := listen.Lost(text, answerNames(text)); lost != "" || f.Label == "grief" && f.Sure() && deathOfSomeone(text) {
		// "my dog died yesterday": a loss is answered as one.
		return griefAck(text, lost, 0), lowKind{step: stepTrusted}
	}
	if f.Sure() && len(feelingLines[f.Label]) > 0 {
		return pick(text, feelingLines[f.Label]), lowKind{step: stepWhoMatters}
	}
	return "That sounds hard, and I'm glad you told me.", lowKind{step: stepWhoMatters}
}

// reFeelNamed is a feeling named after "feel": "i feel invisible", "feeling
// so left out", "felt totally overlooked".
var reFeelNamed = mustPattern(`\b(?:feel|feels|feeling|felt) (?:so |really |very |kind of |kinda |a bit |a little |quite |completely |totally |pretty |just |like )*((?:\w+ ){0,1}\w+)`)

// namedLowKind is the low kind whose cue phrase follows "feel" in padded
// text.
func namedLowKind(padded string) (lowKind, bool) {
	m := reFeelNamed.FindStringSubmatch(padded)
	if m == nil {
		return lowKind{}, false
	}
	words := strings.Fields(m[1])
	for _, k := range lowKinds {
		for _, n := range []int{len(words), 1} {
			if n <= len(words) && slices.Contains(k.cues, strings.Join(words[:n], " ")) {
				return k, true
			}
		}
	}
	return lowKind{}, false
}

// quietTimeName names the stretch of the week a lonely time is told in,
// for "Lonely … can feel really long": "weekends", "Sundays", "nights",
// else "evenings".
func quietTimeName(padded string) string {
	switch {
	case hasPhrase(padded, phrases(`weekend | weekends`)):
		return "weekends"
	case hasPhrase(padded, phrases(`sunday | sundays`)):
		return "Sundays"
	case hasPhrase(padded, phrases(`night | nights`)):
		return "nights"
	}
	return "evenings"
}

// lowRoom invites the person to say more.
var lowRoom = []string{
	"Want to tell me more about it?",
	"What's been going on?",
	"Do you want to talk about it?",
}

// feeling answers a low feeling outside any flow: named, room to say more,
// one gentle step. A second one straight after (the person took the room
// to say more) is listened to without the step again.
func (t *turn) feeling() {
	if newsAlone(t.text) && !ownDayUnmarked(t.text) {
		// "got engaged but no one to tell": the news is glad first.
		t.say(newsAloneReply(t.text), newsAloneChoices...)
		return
	}
	who := ""
	if _, k := lowNamed(t.text); k.name == "guilt" {
		// "i forgot my sister's birthday": the one let down is whom a
		// message would put it right with.
		who = readTold(t.text).writeTo
		if p := people.Find(t.text); who == "" && p.Found() && !p.Group {
			who = p.Mention()
		}
	}
	t.feelingTo(who)
}

// feelingTo is feeling with the person the feeling is about, when there is
// one ("your best mate"): the step offers to write to them, and a yes
// starts that draft from what was said.
func (t *turn) feelingTo(who string) {
	t.feelingRead(who, t.text, "")
}

// feelingRead is feelingTo reading the feeling from text, the message or
// the part of it that tells the feeling; besides, when not empty, follows
// the line that names the feeling.
func (t *turn) feelingRead(who, text, besides string) {
	if asksGuide(text) {
		// "i feel so alone, how do i make friends here" asks for the
		// guide's help; the answer can start from the feeling. Marks on
		// a statement ("and now it's once a month??") ask nothing
		// (listen_rhetorical.go).
		t.ask(t.text)
		return
	}
	if t.someoneCameToMind(who) {
		return
	}
	line, k := lowNamed(text)
	o := t.p.Flow.Offer
	again := o != nil && (o.Kind == "talk" || o.Listening)
	t.p.Flow.Offer = &Offer{Kind: "talk", Felt: feltKind(text, k), Line: line}
	write := Choice{ID: "menu:draft", Label: "Write to someone"}
	if again && o.Request != "" {
		// More of a story about someone: the offer to write to them,
		// from what was first said, stays one tap away.
		t.p.Flow.Offer.Request, t.p.Flow.Offer.Recipient = o.Request, o.Recipient
		if o.Recipient != "" {
			write.Label = clip("Write to "+o.Recipient, 40)
		}
	}
	step := k.step
	if who != "" {
		t.p.Flow.Offer = &Offer{Kind: "draft", Request: t.text, Recipient: who, Listening: true, Felt: feltKind(text, k)}
		write = Choice{ID: "offer:yes", Label: clip("Write to "+who, 40)}
		step = "When you're ready, I can help you write to " + who + ", or we could think about who matters most to you right now."
	}
	choices := []Choice{{ID: "journey:matter", Label: "Think about who matters"}, write}
	if rePromisedContact.MatchString(foldText(t.text)) {
		// "we said we'd call every week": the promise is the step, and
		// a reminder keeps it.
		step = "You've promised each other to keep in touch — I can remind you, so that rhythm doesn't slip."
		choices = []Choice{{ID: "remind:new", Label: "Remind me to keep in touch"}, write}
	}
	if ans := ComposeAnswer(t.a.guide, text); ans.Covered() && !ans.Weak && !again && !t.m.Group && inGuideField(text) {
		// A feeling the guide speaks to ("my best friend has ignored my
		// messages for two weeks") keeps its section one tap away; a mood
		// told with nobody and nothing of the guide's in it ("pretty flat
		// day") is only listened to.
		s := ans.Used[0]
		choices = append(choices, Choice{ID: "section:" + clip(s.ID, 56), Label: "Read: " + clip(s.Title, 40)})
	}
	if again {
		t.p.Flow.Offer.Heard = o.Heard + 1
		t.p.Flow.Offer.Advised = o.Advised
		t.p.Flow.Offer.Line = line
		if line == o.Line || timePoor.MatchString(foldText(t.text)) {
			// The same opening twice running reads as canned: what is
			// new in it is answered instead.
			line = "That's a lot to carry."
			if timePoor.MatchString(foldText(t.text)) {
				t.p.Flow.Offer.Felt = "busy"
				line = "That leaves hardly any time for yourself, let alone for friends."
			}
		}
		t.say(line+" "+againLines[o.Heard%len(againLines)], choices...)
		return
	}
	if besides != "" {
		line += " " + besides
	}
	t.say(line+" "+pick(text, lowRoom)+"\n\n"+step, choices...)
}

// rePromisedContact is a promise to keep in touch told with a goodbye or a
// change: "we said we'd call every week", "promised to facetime on
// sundays", "we agreed to text every day".
var rePromisedContact = mustPattern(`\b(?:we|i|they|she|he)(?: both)? (?:said|promised|agreed|swore|decided|made a pact)(?: that)?(?: (?:we'?d|we would|we will|we'?ll|we'?re going to|were going to|we are going to|to|i'?d|i would|i'?ll))? (?:\w+ ){0,2}?(?:call|ring|phone|text|facetime|video ?call|talk|speak|message|write|catch up|visit)\b`)

// noAdviceWanted says the person wants to be heard, not helped: "i dont
// want advice really", "just needed to say it out loud", "just venting".
var noAdviceWanted = mustPattern(`\b(?:(?:don'?t|dont|do not) (?:really )?(?:want|need) (?:any )?(?:advice|tips|fixing|solutions|a solution)|just (?:wanted|needed) to (?:say|get) (?:it|that) (?:out|off)|(?:just )?said it out loud|just (?:wanted|needed) to say it|just venting|just needed to vent|not looking for (?:advice|solutions|tips))`)

// againLines follow a second low feeling told in a row, each in turn, so
// that none is said twice running.
var againLines = []string{
	"I'm here; say as much or as little as you like.",
	"I'm listening. Do you want to keep talking, or think about someone you could reach out to?",
	"That makes sense. Take your time; I'm not going anywhere.",
	"Thank you for trusting me with it. What would help most right now?",
}

// heardLines and heardTails answer more of what was told, in turn.
var (
	heardLines = []string{"Thank you for telling me more.", "I hear you.", "That makes sense.", "I'm glad you said it."}
	heardTails = []string{
		" What would help most right now: keep talking, or one small thing to feel a bit closer to someone?",
		" Do you want to keep going, or try one small step?",
		" I'm here for more, or for a small idea, whichever you'd like.",
		" Say as much as you like; when you want a small step, just ask.",
	}
)

// guiltCues feel awful or terrible about something done or left undone
// ("i feel awful for not calling", "feel terrible that i forgot"): guilt.
// Said alone ("i feel awful today") it is a low day, and said for someone
// ("i feel awful for him") sympathy, which other replies hear.
var guiltCues = func() []string {
	var out []string
	for _, adj := range []string{"awful", "terrible", "horrible", "so awful", "so terrible", "really awful", "really terrible"} {
		for _, tail := range []string{"about", "that", "for not", "for never", "for ignoring", "for forgetting", "for missing",
			"for cancelling", "for canceling", "for ghosting", "for leaving", "for snapping", "for being", "for letting",
			"for saying", "for what i", "because i", "since i", "i"} {
			out = append(out, "feel "+adj+" "+tail, "feeling "+adj+" "+tail)
		}
	}
	return out
}()

// lowStatement reports whether text tells of a low feeling about people
// and asks nothing: its words name one (findLow) and the classifier counts
// a feeling among its likely labels, even when it leans elsewhere ("my
// best friend and i have drifted apart" sits between a feeling and news).
// A question ("how do i stop feeling lonely") is for the guide.
func lowStatement(text string, r understand.Result) bool {
	if asksSomething(text) || weatherDiscomfort(text) {
		// "so muggy i feel gross": the weather on the skin, small talk.
		return false
	}
	k, ok := findLow(text)
	if !ok {
		if tearsOfHurt(text) {
			// "work has been so stressful i cried in the toilets".
			return true
		}
		// "my dog died yesterday", "my mum has cancer": no cue phrase, a
		// feeling the listener is sure of.
		f := listen.Feel(text)
		return f.Sure() && heavyFeelings[f.Label] && (f.Label != "grief" || deathOfSomeone(text))
	}
	if k.name == "lonely scene" {
		// "cooking for one again tonight", "my phone just sits there":
		// the scene says the feeling whatever the classifier leans to.
		return true
	}
	if hurtByOthers[k.name] && reAboutMe.MatchString(foldText(text)) {
		// "a friend made a mean comment about my weight": a hurt done to
		// the person, plain in its words, whatever the classifier leans to.
		return true
	}
	if withSomeone[k.name] && people.Find(text).Found() {
		// "just had the worst argument with my mum": trouble with
		// someone named is the person's to be heard, whatever the
		// classifier leans to.
		return true
	}
	for _, s := range r.Ranked {
		if s.Label == understand.Feeling {
			return true
		}
	}
	// "i cringe every time i think about what i said": the classifier may
	// not hear a feeling the listener is sure of.
	f := listen.Feel(text)
	return f.Sure() && !goodFeelings[f.Label]
}

// hurtByOthers are the low kinds whose cue phrases say plainly that
// someone hurt, left out or overlooked the person.
var hurtByOthers = map[string]bool{"hurt": true, "left out": true, "one-sided": true, "invisible": true,
	"embarrassed": true, "hard to say": true}

// reAboutMe marks a message that speaks of the person themselves.
var reAboutMe = mustPattern(`\b(?:i|i'm|im|i've|ive|me|my|myself)\b`)

// tearsOfHurt reports tears told of that are no film's or good news's:
// "i cried in the toilets at work".
func tearsOfHurt(text string) bool {
	padded := lowPadded(text)
	if !hasPhrase(padded, tearCues) || hasAnyWord(foldText(text), showWords) || goodNews(text) {
		return false
	}
	return reAboutMe.MatchString(foldText(text))
}

// showWords are what people cry at for the story, not for themselves.
var showWords = wordset.Of(`film films movie movies show episode series book books song songs concert musical play ad advert
video trailer ending finale wedding speech laughing laughed happy`)

// heavyFeelings are the listener's labels that a statement outside a flow
// is answered as a feeling for, whatever the classifier says.
var heavyFeelings = map[string]bool{"grief": true, "illness": true, "breakup": true, "loneliness": true, "guilt": true,
	"hurt": true, "missing": true, "holding_back": true}

// asksSomething reports whether text asks a question: a question mark, or
// a first word that opens one ("how do i make friends here").
func asksSomething(text string) bool {
	folded := foldText(text)
	if reRhetoricalWhy.MatchString(folded) && !strings.Contains(reRhetoricalWhy.ReplaceAllString(folded, ""), "?") {
		// "why does it still hit this hard": a feeling said as a
		// question, asking nobody for an answer.
		return false
	}
	if reRhetoricalAnyone.MatchString(folded) {
		// "does anyone even remember i exist": loneliness said as a
		// question nobody is asked.
		return false
	}
	if loc := reTentativeVerdict.FindStringIndex(strings.ToLower(text)); loc != nil && loc[0] > 0 {
		// "came out to my parents. it went... ok?": a verdict said with
		// a shrug, asking nobody; what came before says whether it asks.
		return asksSomething(text[:loc[0]])
	}
	if looksLikeQuestion(text) || strings.Contains(text, "?") {
		return true
	}
	f := strings.Fields(folded)
	return len(f) > 2 && questionOpeners[f[0]] || reAsksWithin.MatchString(folded)
}

// reTentativeVerdict is how something went, said at the end of a
// statement with an unsure rise: "it went... ok?", "they took it fine??",
// "was alright i think?".
var reTentativeVerdict = regexp.MustCompile(`[.!,;…]\s*(?:(?:it|that|they|he|she|we|the (?:talk|chat|call|date|day|interview))\s+(?:went|was|seemed|felt|took it|turned out)\s*)?(?:\.{2,}|…)?\s*(?:(?:kinda|kind of|sort of|mostly|pretty|quite)\s+)?(?:ok|okay|oki|fine|alright|all right|good|well|not bad|better than expected)\s*(?:i think|i guess|maybe)?\s*\?+\s*$`)

// reRhetoricalWhy asks why a feeling is as it is, of nobody: "why does it
// still hurt so much", "why do i always feel like this".
var reRhetoricalWhy = mustPattern(`\bwhy (?:does|do|did|is|am|can't|cant|won't|wont) (?:it|this|that|i|everything|they|he|she) (?:still |always |even |just |keep |keeps )?(?:hit|hits|hurt|hurts|sting|stings|bother|bothers|feel|get to me|gets to me|affect|affects|matter|matters|care|miss|cry|let it|take it|feel like this|feel this way)\b[^?]*\??$`)

// reRhetoricalAnyone asks whether anyone at all notices the person:
// "does anyone even remember i exist", "would anybody notice if i wasnt
// there".
var reRhetoricalAnyone = mustPattern(`^(?:\w+ )?(?:does|do|would|will|did|is there) (?:anyone|anybody|any of them|any of my friends|my friends|people|a single person|one person)(?: \w+){0,2} (?:remember|remembers|notice|notices|care|cares|miss|misses|know|knows|think|thinks|want|wants|give a|like|likes|love|loves|enjoy|enjoys|tolerate|tolerates|put up with|puts up with|value|values) (?:\w+ ){0,3}?(?:me|i exist|about me|if i|im|i was|i am)\b`)

// reAsksWithin is a question asked after some background: "just moved
// here and dont know a soul, how do people make friends", or a worry put
// as one: "and what if she gets upset anyway".
var reAsksWithin = mustPattern(`\b(?:how (?:do|does|can|could|should|would|to)|what (?:do|should|can|could) (?:i|we|you)|should i|any (?:tips|advice|ideas)|is it|am i|do i|should i|can i|could i|would it|will it|why (?:do|does|is|am|are|don't|doesn't)|what if (?:i|she|he|they|we|it|you|my|our|the|that|this))\b`)

// listenMore hears a message that follows an offer to listen ("want to
// tell me more?") and that nothing else claimed: the person telling more,
// in words that name no feeling the lexicon knows ("we used to hang out
// every weekend and now it's just me"). It reports false, saying nothing,
// when no such offer is open or the message asks something.
func (t *turn) listenMore() bool {
	if t.shouldSayReply() {
		return true
	}
	if o := t.p.Flow.Offer; o == nil || o.Kind != "talk" && !o.Listening {
		return false
	}
	if t.nameInStory() || t.whoToWrite() || t.meansToReach() {
		return true
	}
	if asksSomething(t.text) {
		return false
	}
	// Nothing in it names a weight: heard, not made heavier than it is.
	o := t.p.Flow.Offer
	if timePoor.MatchString(foldText(t.text)) && o.Felt == "" || timePoor.MatchString(foldText(t.text)) && o.Recipient == "" {
		// "i barely have 10 mins a day": what any step has to fit in.
		o.Felt = "busy"
	}
	line := heardLines[o.Heard%len(heardLines)]
	tail := heardTails[o.Heard%len(heardTails)]
	if noAdviceWanted.MatchString(foldText(t.text)) {
		// "i don't want advice really, just said it out loud": heard,
		// and no step pressed on them.
		line, tail = "That's fair. Sometimes it just needs saying out loud, and you don't have to do anything with it.",
			" I'm here whenever you want to say more."
	}
	if o.Felt == "busy" {
		line = pick(t.text, []string{"That's a squeeze, with so little time left over for yourself.",
			"That's very little room for anything, let alone friendships."})
		tail = " Anything we try has to fit in a few minutes, then. Want a tiny idea, or to keep talking?"
	}
	o.Heard++
	if o.Kind == "draft" && o.Listening && o.Recipient != "" {
		// "she still does the crossword every morning": more about the
		// one an offer to write is for goes into the message, when
		// it is taken.
		if joined := t.carriedRequest(t.text); joined != t.text {
			o.Request = joined
		}
	}
	if o := t.p.Flow.Offer; o.Request != "" && o.Recipient != "" && readTold(o.Request).kind != newsNone {
		// More about someone's news: heard in its key, glad or sorry,
		// never a weight on a happy story; the offer to write stays.
		line, tail = moreOfNews(t.text, o), " If you'd like, I can help you write to "+o.Recipient+"."
	}
	if _, ok := findLow(t.text); ok {
		line, _ = lowNamed(t.text)
	} else if f := listen.Feel(t.text); f.Sure() && len(feelingLines[f.Label]) > 0 && !(goodFeelings[f.Label] && reNotGood.MatchString(foldText(t.text))) {
		// "not great tbh" is no joy, whatever the word in it.
		line = pick(t.text, feelingLines[f.Label])
	}
	write := Choice{ID: "menu:draft", Label: "Write to someone"}
	if o := t.p.Flow.Offer; o.Listening && o.Kind == "draft" && o.Recipient != "" {
		// Still about them: the offer to write to them stands.
		write = Choice{ID: "offer:yes", Label: clip("Write to "+o.Recipient, 40)}
	}
	t.say(line+tail, Choice{ID: "journey:matter", Label: "Think about who matters"}, write)
	return true
}

// reSmallLapse is a small slip towards someone: a day, a text, a call or
// a reply forgotten or missed.
var reSmallLapse = mustPattern(`\b(?:forgot|forget|forgotten|forgetting|missed|blanked on|didn't|didnt|never got round to|totally forgot|completely forgot) (?:[\w']+ ){0,5}?(?:birthday|bday|birthdays|name day|text|texts|message|messages|call|calls|reply|replied|answer|answered|back|drinks|plans|coffee)\b`)

// reBigLapse makes a slip bigger than a small one: a long time, a loss, an
// illness, a day that comes once.
var reBigLapse = mustPattern(`\b(?:months|years|ages|a year|funeral|hospital|died|passed|dying|sick|ill|illness|surgery|wedding|graduation|christening|for good|ever since|anymore)\b`)

// smallLapse reports a slip towards someone that is small and easily put
// right: "i forgot my friend's birthday yesterday ugh".
func smallLapse(text string) bool {
	f := foldText(text)
	return reSmallLapse.MatchString(f) && !reBigLapse.MatchString(f)
}

// reLapseToday is a slip on a day that is still today: "he turned 90
// today and i forgot to call him" can still be put right on the day.
var reLapseToday = mustPattern(`\btoday\b`)

// smallLapseLines answer a small slip in proportion: easily done, easily
// put right.
var smallLapseLines = []string{
	"Ah, that happens to everyone. A late message still lands well, and it shows you remembered.",
	"Easily done, and easily put right: a quick message now still means a lot.",
}
