package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Some answers to a reflection question make one recognisable point that
// a friend would name rather than quote: the group that drifts while
// everyone waits for someone else, being the one who follows up with
// everyone, calling instead of typing, oversharing, opening up and being
// met kindly, a need for space people take personally, a place deleted
// and the lightness after, thanks never said, a family where deep talk is
// not done. Each is a class of wordings, read at the question it answers,
// and named in the companion's words with the person it is about.

// namedPoint is one such point: the question it answers (words of the
// question's text, any of them; none for any question), the words that
// tell of it, and the lines that name it. {r} in a line is what those
// words matched (the part the person plays: "the funny one"), or what
// their first group marks ("her diet"); {p} is the
// person the answer is about, and a point whose lines need one is skipped
// when the answer names no one.
type namedPoint struct {
	asked []string
	re    pattern
	also  pattern // when set, the answer must say this too
	lines []string
	// own marks a point about the person's own way of doing things:
	// anyone else the answer names ("my grandson says i'm slow") is
	// context, and the lines need not name them.
	own bool
	// unless, when set, is an answer this point does not fit: "with
	// my best friend i read it twice, with others i skim" is split by
	// whom, not one pace.
	unless pattern
}

// namedPoints are tried in order; the first that fits names the answer.
var namedPoints = []namedPoint{
	{asked: []string{"honest"},
		re:   reLighterRole,
		also: reHidden,
		lines: []string{
			"Fully open with {p}, while to others you're {r} — letting one more person in on the harder part could ease the load.",
			"With {p} you can be all of it; with the rest you're {r}, and keeping that up takes more out of you than it shows.",
		}},
	{asked: []string{"honest"},
		re:   reLighterRole,
		also: reHidden,
		lines: []string{
			"Being {r}, with your struggles hidden from view, is tiring; letting one friend in on it could ease the load.",
			"Being {r}, with the harder part hidden from view, takes more out of you than it shows.",
		}},
	{
		re: mustPattern(`\bmy (?:english|language|accent|grammar|spelling)\b[^.;]*\b(?:not (?:so |very |that |too )?good|isn'?t (?:so |very |that |too )?good|bad|poor|terrible|broken|weak|embarrass\w*|shy|nervous|afraid|scared|ashamed)\b|\b(?:shy|nervous|afraid|scared|embarrassed|ashamed|worried) (?:of|about|because of) my (?:english|accent|grammar|spelling)\b`),
		lines: []string{
			"Feeling shy about speaking in a language that isn't your first is very common; most people care far more about hearing from you than about the grammar.",
			"Worrying about your English holds a lot of people back, and the people who matter will be glad to hear from you, mistakes and all.",
		}},
	{asked: []string{"reach out"},
		re:   mustPattern(`\b(?:call|ring|phone|text|message|video ?call|facetime|talk to|speak to|write to)s? (?:to )?(?:my |our )?\w+(?: \w+)? (?:every ?day|daily|every (?:single )?(?:night|morning|evening|day))\b`),
		also: mustPattern(`\b(?:another|other|different) country\b|\babroad\b|\boverseas\b|\bfar away\b|\bback home\b|\bmiles away\b|\bthousands? of (?:miles|km|kilometres|kilometers)\b`),
		lines: []string{
			"Every day with {p}, across all that distance — a steady thread like that keeps people close.",
			"Being in touch with {p} daily, so far apart, is a real commitment, and it shows.",
		}},
	{asked: []string{"good or bad news"},
		re: mustPattern(`\b(?:took|take|taking) (?:him|her|them) (?:out|away|round|for)\b[^.;]*\bcelebrat\w*`),
		lines: []string{
			"Taking {p} out to celebrate — that's showing up properly for their news, and it will be remembered.",
			"Celebrating {p}'s news by taking them out: that's the kind of showing up people don't forget.",
		}},
	{asked: []string{"good or bad news"},
		re: mustPattern(`\b(?:drove|travelled|traveled|went|came|turned up|showed up|took|brought|got)\b[^.;]*\b(?:cake|flowers|champagne|prosecco|a card|balloons|presents?|gifts?|a bottle)\b`),
		lines: []string{
			"Turning up in person with something to celebrate {p}'s news — that's showing up properly, and it will be remembered.",
			"Meeting {p}'s good news by making the trip and bringing something: that's the kind of showing up people don't forget.",
		}},
	{asked: []string{"good or bad news"},
		re:   mustPattern(`\b(?:just|only) (?:put|said|wrote|sent|typed|posted|left|dropped) (?:a |an )?(?:quick |little )?(?:congrats|congratulations|well done|sorry|like|heart|emoji|thumbs up)\b`),
		also: mustPattern(`\b(?:felt|seemed|was) (?:a bit |kind of |kinda |so |really |quite )?(?:cold|distant|curt|rude|dismissive|offhand)\b|\b(?:could|should)(?: have|'?ve) (?:done|been) (?:better|more|warmer|nicer)\b`),
		lines: []string{
			"A quick congrats to {p} and straight back to your day, and it sat wrong with you after — a few warmer words now would still land.",
			"Just a congrats for {p}'s news, and you wish you'd given more; it's not too late to ask them all about it.",
		}},
	{asked: []string{"good or bad news"},
		re:   mustPattern(`\b(?:just|only) (?:put|said|wrote|sent|typed|posted|left|dropped) (?:a |an )?(?:quick |little )?(?:congrats|congratulations|well done|sorry|like|heart|emoji|thumbs up)\b`),
		also: mustPattern(`\b(?:wanted to say more|want to say more|felt (?:a bit |kind of |kinda |so )?(?:flat|empty|lame|thin)|not enough|could have said more|should have said more|wish i'?d said more)\b`),
		lines: []string{
			"A quick word in passing when you wanted to say more to {p} — it's not too late to send a few lines of your own.",
			"You wanted to say more to {p} than a quick note in the group; a message of your own, even now, would land well.",
		}},
	{asked: []string{"scrolling"},
		re:   mustPattern(`\b(?:don'?t|dont|do not|barely|hardly|rarely|never) (?:really )?scroll\b`),
		also: reCallsPeople,
		lines: []string{
			"Hardly any scrolling, and the phone mostly for calling {p} — that's time on it spent actually talking, which is what counts.",
			"Not much scrolling at all; your phone is for ringing {p}, and that's the best use of it there is.",
		}},
	{asked: []string{"scrolling"}, own: true,
		re:   mustPattern(`\b(?:don'?t|dont|do not|barely|hardly|rarely|never) (?:really )?scroll\b`),
		also: reCallsPeople,
		lines: []string{
			"Hardly any scrolling, and the phone mostly for calls — that's time on it spent actually talking, which is what counts.",
			"Not much scrolling at all; your phone is for calling people, and that's the best use of it there is.",
		}},
	{asked: []string{"scrolling"}, own: true,
		re:   mustPattern(`\bread (?:everything|it all|every message|all of it|all the messages)\b`),
		also: mustPattern(`\b(?:never|rarely|don'?t|dont|hardly ever|barely) (?:\w+ )?(?:write|reply|answer|respond|post|say anything)(?: back)?\b`),
		lines: []string{
			"Reading everything and rarely writing back is a quiet way of being there; a short reply now and then would let people know you're with them.",
			"So you read it all and seldom reply — being there in silence counts, and a few words back would let them see it.",
		}},
	{asked: []string{"scrolling"},
		re: mustPattern(`\b(?:i|we) (?:mostly |usually |always |often |just |only |mainly |sometimes |also |do |tend to )?comment(?:s|ed)? on\b|\b(?:lots of|a lot of|mostly|mainly) comment(?:s|ing)\b`),
		lines: []string{
			"Commenting on friends' posts does count as talking — it's a small way of staying in each other's lives, and a comment can turn into a real chat.",
			"Comments are talking too, in a light way; a reply to one can easily become a proper conversation.",
		}},
	{asked: []string{"private"},
		re: mustPattern(`\b(?:strava|find my|snap ?map|location sharing|shares? my location|shows? (?:where i|my (?:location|route|runs?|address)))\b`),
		lines: []string{
			"Location off, and then an app showing your routes anyway — a good catch, and that setting is worth a look.",
			"Noticing an app gives away where you go, even with your location off, is exactly the kind of thing worth tightening up.",
		}},
	{asked: []string{"a limit"},
		re: mustPattern(`\b(?:can'?t|cant|cannot) (?:keep )?(?:talk\w*|hear\w*|listen\w*|go over|go through)\b[^.;]*\b(?:every (?:single )?day|all the time|anymore|any more|constantly|non ?stop)\b`),
		lines: []string{
			"It's fair to want {p} to know you can't keep going over the same thing every day; you can say it with love and still mean it.",
			"Caring about {p} and needing a break from the same conversation can both be true — a kind, honest word about it is allowed.",
		}},
	{asked: []string{"mean to you"},
		re: mustPattern(`\bglad (?:they|she|he|you) (?:exist|are around|'?re around|are in my life|'?re in my life)\b`),
		lines: []string{
			"That you're simply glad they exist doesn't need better words; said plainly, it would mean a lot.",
			"Being glad someone exists is one of the loveliest things to hear, and it's fine to say it just like that.",
		}},
	{asked: []string{"close to you"},
		re: mustPattern(`\b(?:feel safe|safe to be (?:around|with)|can be (?:weird|themselves|silly|goofy|honest|a (?:total |complete |proper )?mess)|(?:won'?t|wont|don'?t|dont|never) judge)\b`),
		lines: []string{
			"Being someone people feel safe with, who lets them be themselves without judging — that's a rare and lovely thing to hope for.",
			"Hoping friends feel safe and unjudged around you says a lot about the kind of friend you want to be.",
		}},
	{asked: []string{"close to you"},
		re: mustPattern(`\bhard to (?:get to )?know\b|\b(?:closed off|guarded|slow to open up|hard to read)\b|\b(?:at )?arm'?s'? length\b|\bkeep (?:people|everyone|others|friends) (?:at a distance|out|away)\b|\b(?:don'?t|dont|never|rarely) (?:really )?let (?:people|anyone|others|them|friends) in\b`),
		lines: []string{
			"Being hard to get to know isn't a flaw — people who open up slowly are often worth the wait, and working on it counts.",
			"Taking a while to let people in is common, and noticing it is how it starts to change.",
		}},
	{asked: []string{"long or personal", "good or bad news"},
		re:   reWrongThing,
		also: reSaidNothing,
		lines: []string{
			"Panicking that you'll say the wrong thing, and so saying nothing, is very common — a clumsy word usually lands better than silence.",
			"The worry of getting it wrong can keep you quiet; people mostly remember that you reached out, not the exact words.",
		}},
	{asked: []string{"long or personal", "good or bad news"},
		re: mustPattern(`\b(?:never|don't|dont|do not|didn't|didnt) (?:really |ever )?know what to say\b|\bi (?:just )?(?:panic|panicked|froze|freeze|go blank|went blank)\b`),
		lines: []string{
			"Not knowing what to say and reaching for something generic happens to so many people; a plain \"I'm here, tell me more\" is often enough.",
			"Freezing or panicking over the right words is very common, and the words matter less than showing you're there.",
		}},
	{asked: []string{"honest"},
		re: mustPattern(`\b(?:ups|highs|good (?:stuff|news|bits|things|days)|happy (?:stuff|bits|news)|wins)\b[^.;]*\b(?:downs|lows|bad (?:stuff|bits|things|days|news)|hard (?:stuff|bits|things|days)|struggles?)\b[^.;]*\b(?:not (?:so |that |as )?much|not really|not at all|less|never|nope|no|nobody|no one|noone|hardly anyone|barely anyone|almost no one)\b`),
		lines: []string{
			"Honest about the ups, quieter about the downs: that's very common, and the people close to you can usually hold both.",
			"Good news comes easily and the harder stuff stays in — many people are like that, and letting one person see the downs can be a relief.",
		}},
	{asked: []string{"drain", "worse"},
		re:   mustPattern(`\b(?:muted|mute|muting|unfollowed|unfollowing|turned off|switched off)(?: \w+){0,4}? (?:that|those|them|it|stuff|things|accounts?|people|notifications|chats?|groups?|everyone|everything)\b`),
		also: mustPattern(`\b(?:better|calmer|lighter|happier|nicer|quieter|peaceful|helped|relief|so much more)\b`),
		lines: []string{
			"Having muted what drained you and feeling better for it: that's a step worth keeping.",
			"Muted, and better for it — stepping back from what wore you down has paid off.",
		}},
	{asked: []string{"feeling good", "left you feeling good", "understood"},
		re: mustPattern(`\b(?:brought|brings|made|makes|cooked|cooks|dropped off|dropped round|left|sent|sends|got) (?:me|us) (?:some |a |an |homemade |home made )?(?:soup|food|dinner|a meal|meals|cake|flowers|biscuits|cookies|a card|groceries|shopping|medicine|tea)\b`),
		lines: []string{
			"{p} looking after you like that — small care you didn't ask for is worth noticing.",
			"That was kind of {p}, and it's the kind of thing that can turn a nodding acquaintance into something more.",
		}},
	{asked: []string{"write first"},
		re: mustPattern(`\bwait\w* (?:for|on) (?:someone|somebody|anyone|one of them|one of us) (?:else )?to\b|\bnobody (?:ever )?(?:starts|restarts|revives|messages first)\b`),
		lines: []string{
			"{g} drifting while everyone waits for someone else to go first is very common; one message from you could start it again.",
			"When everyone in {g} waits for someone else, the group drifts — and they'd likely be glad if you went first.",
		}},
	{asked: []string{"write first", "reach out"},
		re:   mustPattern(`\bi (?:always |just |basically )?(?:chase|follow up with|message|text|check on|check in with) (?:everyone|everybody|all of them|every one of them)\b|\b(?:i'?m|im|i am) (?:always |usually |basically |kind of |kinda )?the (?:follow[- ]?up|one who (?:always )?(?:follows up|reaches out|texts first|messages first|makes (?:the )?plans)|one to (?:follow up|reach out))\b|\bthe (?:follow[- ]?up|reaching out) (?:person|friend)\b`),
		also: mustPattern(`\b(?:tired|exhaust\w*|knackered|drain\w*|worn out|fed up|sick of it|over it|one[- ]sided)\b|\b(?:nobody|no one|noone|no-one|none of them) (?:ever )?(?:follows up|reaches out|checks in|checks on|texts|messages|asks)\b|\bwhat would happen if i (?:stopped|didn'?t)\b|\bif i stopped\b`),
		lines: []string{
			"Being the one who follows up with everyone is tiring; it's fair to want some of it to come back your way.",
			"Following up with everyone, always, wears anyone out — it's okay to ease off and see who reaches back.",
		}},
	{asked: []string{"long or personal"},
		re: mustPattern(`\b(?:call|ring|phone|voice ?note|facetime)\w* (?:them |her |him |people |back )?instead\b|\binstead of (?:typing|texting|writing)\b`),
		lines: []string{
			"Calling instead when typing it all out feels like hard work — your voice often says more, and it's a warm way to answer.",
			"A call instead of a long typed reply is a good instinct; hearing you usually means more than a perfect message.",
		}},
	{asked: []string{"honest"},
		re:   mustPattern(`\bover ?shar\w*|\btoo (?:honest|open)\b|\btell (?:everyone|everybody|people) everything\b|\b(?:share|tell|say) too much\b`),
		also: mustPattern(`\bregret\w*|\bwish i (?:hadn'?t|had not|didn'?t)\b|\bcringe\w*|\bkick myself\b|\bfeel (?:weird|bad|awful|exposed|silly) (?:after|afterwards|later)\b`),
		lines: []string{
			"Oversharing early and regretting it after is a common loop; being open is good, and pacing what you share is allowed.",
			"So you overshare and then wish you hadn't — openness is a strength, and letting people earn the deeper stuff is fine too.",
		}},
	{asked: []string{"honest"},
		re: mustPattern(`\bover ?shar\w*|\btoo (?:honest|open)\b|\btell (?:everyone|everybody|people) everything\b|^(?:\w+ )?(?:very|totally|completely|super|fully)\b[^.;]*\b(?:too much|too far)\b|\b(?:friends|everyone|everybody|people) knows? (?:everything|all) about (?:me|everything|my life)\b`),
		lines: []string{
			"You share a lot with everyone — that openness is a strength, and it's fine to choose who hears the most.",
			"So you share freely, maybe more than you'd like; being open is good, and picking who gets the deep stuff is allowed.",
		}},
	{asked: []string{"honest"},
		re: mustPattern(`\b(?:told|opened up to|talked to|confided in) (?:my |our )?[a-z]+(?: [a-z]+)? (?:about|that)\b.*\b(?:(?:was|were|is|are) (?:so |really |super |very |actually )*(?:kind|lovely|supportive|sweet|understanding|nice|gentle|good)(?: about it)?)\b`),
		lines: []string{
			"Telling {p} and having them be so kind about it — that's real progress, and worth remembering next time.",
			"Opening up to {p} and being met with kindness is exactly how it gets easier; that's a step worth noticing.",
		}},
	{asked: []string{"left alone"},
		re:   mustPattern(`\b(?:night shifts?|nights shifts?|night duty|on nights|work(?:ing)? nights|shift work|shifts)\b`),
		also: mustPattern(`\b(?:sleep\w*|asleep|in bed|kip|nap\w*)\b`),
		own:  true,
		lines: []string{
			"Working nights means sleeping while everyone else is up — asking people not to ring while you sleep in the day is more than fair.",
			"With night shifts your sleep falls in everyone else's day, so protecting it from calls is a fair limit, not a fussy one.",
		}},
	{asked: []string{"left alone", "limit"},
		re:   mustPattern(`\b(?:take it personally|taking it personally|get offended|get upset|get hurt|think i'?m (?:rude|cold|ignoring them|being rude))\b`),
		also: mustPattern(`\b(?:can'?t|cannot|never feel like i can|hard to|don'?t know how to|scared to|afraid to|never) (?:really )?(?:say|tell|ask)\b`),
		lines: []string{
			"Needing time alone and worrying people will take it personally is a real bind; said warmly, it usually lands better than you fear.",
			"It's hard to say you need space when people take it personally — but a kind, clear word about it is something most people can hear.",
		}},
	{asked: []string{"online", "worse"},
		re:   mustPattern(`\b(?:deleted|uninstalled|came off|coming off|quit|deactivated|logged out of|left) (?:the )?(?:instagram|insta|tiktok|facebook|twitter|x|snapchat|linkedin|reddit|the app|social media|socials|all (?:my |the )?socials)\b`),
		also: mustPattern(`\b(?:lighter|better|relie\w+|calmer|free|freer|happier|peace\w*|so much better|best (?:thing|decision|move)|never looked back|(?:don'?t|dont) miss it)\b`),
		lines: []string{
			"Stepping away from {s} and feeling lighter for it says a lot about what it was costing you.",
			"Leaving {s} behind and feeling lighter — that's worth noticing, and worth keeping.",
		}},
	{asked: []string{"one small"},
		re: mustPattern(`\bsay(?:ing)? yes (?:to|next time|the next time|when|more|if)\b|\baccept(?:ing)? (?:the next|an|every|more) invit\w*|\bgo(?:ing)? (?:out )?(?:next time|the next time|when) (?:someone|somebody|people|they|anyone) (?:invite|ask)s?\b`),
		lines: []string{
			"Saying yes to the next invitation, even when staying in is tempting: a small step that opens a lot of doors.",
			"Yes to the next invite, even on a stay-at-home evening — small, brave, and very doable.",
		}},
	{asked: []string{"mean to you", "them to know"},
		re: mustPattern(`\bnever (?:once |really |actually )?(?:said thanks|said thank you|thanked|told (?:him|her|them) thank you)\b`),
		lines: []string{
			"That's a lot of thanks you've been holding for {p}; hearing it now would mean a great deal.",
			"Thanks long owed to {p} — it's never too late to say it, and it would land.",
		}},
	{asked: []string{"beyond catching up"},
		re: mustPattern(`^(?:\w+ )?(?:never|not really|nope|not ever|not for ages)\b.*\b(?:only|just|mostly) (?:send|text|share|swap|trade|tag)\w* (?:each other )?(?:memes|reels|tiktoks|gifs|links|videos)\b`),
		lines: []string{
			"Never, really — memes are most of what goes back and forth, and one of them could be a way in to a real question.",
			"Mostly memes and not much more; that's a thread already there, and a real question on the back of one could take it further.",
		}},
	{asked: []string{"beyond catching up"},
		re: reNeverFamily,
		lines: []string{
			"Never, with {p} — when a family doesn't talk that way, a first small try takes courage, and it still counts.",
			"Not with {p}, and not in your family's way of doing things; that makes even a small first step a brave one.",
		}},
	{asked: []string{"beyond catching up"},
		re: reNeverFamily,
		lines: []string{
			"Never really — when a family doesn't talk that way, a first small try takes courage, and it still counts.",
			"Not in your family's way of doing things, which makes even a small first step towards a real talk a brave one.",
		}},
	{asked: []string{"a limit"},
		re: mustPattern(`\b(?:don'?t|dont|do not|never) want to (?:keep )?(?:hear\w*|talk\w*|listen\w*|go on) about ((?:her|his|their|the|my|your) \w+(?: \w+)?)\b[^.;]*\b(?:every (?:single )?(?:time|day)|all the time|constantly|non ?stop)\b`),
		lines: []string{
			"Not wanting to hear about {r} every time is a fair limit, and it can be said kindly and still be meant.",
			"Needing a break from {r} coming up every time is allowed; a light, honest word usually lands better than you fear.",
		}},
	{asked: []string{"left alone", "limit"},
		re: mustPattern(`\b(?:say|said|tell (?:people|everyone|them)|agree) (?:i'?m |im |i am |that i'?m )?(?:free|yes|fine|available|up for it)\b[^.;]*\b(?:resent\w*|regret\w*|dread\w*|wish i hadn'?t)`),
		lines: []string{
			"Saying yes and then resenting it means the limit is there, just unspoken; saying it out loud is kinder to you both.",
			"Always saying yes and resenting it afterwards is a sign the limit is real, and it's fine to say it before the yes.",
		}},
	{asked: []string{"honest"},
		re: mustPattern(`\b(?:shy|quiet|awkward|weird|funny|bad|cagey|private) about (?:the |my )?(?:ups|highs|good (?:stuff|news|bits|things)|wins)\b|\bgood news (?:feels?|seems?) like (?:bragging|showing off|boasting|gloating)\b`),
		lines: []string{
			"Open about the downs but shy about the ups: sharing good news with people who care isn't bragging, and they'll want to hear it.",
			"Honest about the hard stuff and quiet about the good news — the people close to you would be glad to celebrate the ups too.",
		}},
	{asked: []string{"honest"},
		re:   mustPattern(`\b(?:told|opened up to|talked to|confided in) (?:my |our |a )?[a-z]+(?: [a-z]+)? about\b`),
		also: mustPattern(`\b(?:has|had|have|gets|got|goes through|went through|feels|felt|struggles with|deals with) (?:it|that|the same(?: thing)?|this) too\b|\b(?:same|me too|them too|her too|him too)\b[^.;]*\b(?:said|told me)\b|\b(?:said|told me) (?:same|me too)\b`),
		lines: []string{
			"Telling {p} and hearing they've been there too — that's brave, and it's how opening up gets easier.",
			"Opening up to {p} and finding out you're not the only one is a real step; getting better at it shows.",
		}},
	{asked: []string{"honest"},
		re:   mustPattern(`\b(?:told|opened up to|talked to|confided in|admitted to) (?:my |our |a )?[a-z]+(?: [a-z]+){0,3} (?:about|that)\b`),
		also: mustPattern(`\b(?:relief|relieved|lighter|weight off|felt (?:so |really |actually )?(?:good|better|freeing)|glad i did|helped)\b`),
		lines: []string{
			"Telling {p} and feeling the relief of it afterwards — that's what opening up can do, and it's worth remembering next time.",
			"Opening up to {p} and finding it a relief: that's the kind of step that makes the next one easier.",
		}},
	{asked: []string{"worse", "drain"},
		re:   mustPattern(`\b(?:scroll\w*|reels|tiktok|youtube|insta\w*|reddit|twitter|my phone|videos)\b[^.;]*\b(?:until|till|til|up to|past|at) (?:\d{1,2}(?::\d\d)? ?am|midnight|the early hours|stupid o'?clock)\b`),
		also: mustPattern(`\b(?:woke up|wake up|waking up|wrecked|zombie|knackered|exhausted|shattered|no sleep|barely slept|running on empty|dead the next day|tired the next day)\b`),
		lines: []string{
			"Scrolling into the small hours and paying for it in the morning: it's the sleep that loses, and a set time for the phone to go down could help.",
			"Late-night scrolling that eats your sleep leaves anyone wrecked; that's a habit worth a gentle limit.",
		}},
	{asked: []string{"feeling good"},
		re: mustPattern(`\b(?:without (?:our |the |any |their )?(?:phones?|screens?|tv|telly)|(?:phones?|screens?) (?:away|down|off)|no (?:phones?|screens?))\b`),
		lines: []string{
			"Time with {p} with the phones put away — small and ordinary, and it clearly filled you up; that's one worth making room for again.",
			"A proper talk with {p}, no phones in the way: moments like that are what closeness is made of, and they're easy to repeat.",
		}},
	{asked: []string{"feeling good"},
		re: mustPattern(`\b(?:the )?(?:best|nicest|happiest|favou?rite) (?:part|bit|thing|moment|hour|minutes?) of (?:my|the|this|last) (?:week|weekend|day|month)\b`),
		lines: []string{
			"Something as small as that with {p} being the best of your week says a lot: the little, unplanned moments are often the ones that count.",
			"Small and unplanned, and still the high point of your week — time with {p} like that is worth noticing and making room for.",
		}},
	{asked: []string{"reach out to this week"},
		re: mustPattern(`\bme (?:\d+|lots|loads|many|everyone|everybody|all of them|a few)\b.*\b(?:them|they|others|back) (?:0|zero|none|nobody|no one|noone|nothing|nada)\b|\b(?:reached out|texted|messaged|called|wrote|rang) (?:to )?(?:\d+|lots of|loads of|a few|several|all (?:my|of my)?|everyone|everybody)\b[^.;]*\b(?:nobody|no one|noone|none of them|not one of them|zero|0)\b`),
		lines: []string{
			"All the reaching out going one way this week, and nothing coming back — that's tiring, and it's fair to want some of it returned.",
			"You reached out and no one reached back: a one-sided week like that wears anyone down, and it's worth noticing who does come your way.",
		}},
	{asked: []string{"long or personal"},
		re:   mustPattern(`\bread (?:every (?:single )?word|it (?:all|properly|carefully|twice|slowly)|everything)\b`),
		also: mustPattern(`\b(?:scroll (?:right |straight )?past|skim|skip|ignore|mute|don'?t read|dont read|never read)\b`),
		lines: []string{
			"A full read for {p}, a quick skim for the rest — it depends on who's writing, and that's a fair way to share out your attention.",
			"It depends on who it's from: {p} gets a full read, the rest a skim, and that's a reasonable way to spend your attention.",
		}},
	{asked: []string{"long or personal"}, own: true,
		re: mustPattern(`\b(?:answer|reply|respond)\w* (?:way |far |much |a bit |slightly )?too (?:fast|quick\w*|soon)\b|\bhalfway through (?:reading|it)\b|\bbefore i(?:'?ve| have)? (?:finished|read) (?:reading|it)\b`),
		lines: []string{
			"Answering fast, before you've fully taken it in, is easy to do; one more read before you reply is a small change that shows you heard them.",
			"Replying quickly and then finding you missed the point happens a lot — slowing down for a second read is a kind habit to build.",
		}},
	{asked: []string{"a limit"},
		re:   reOffWork,
		also: reJobUnsure,
		lines: []string{
			"Not answering work messages after hours is a fair limit; being new or on probation makes it feel riskier to say to {p}, and a calm, plain word usually lands better than you fear.",
			"Switching off from work in the evening is reasonable, even when you're new — saying it to {p} early and kindly is easier than holding it in.",
		}},
	{asked: []string{"a limit"}, own: true,
		re:   reOffWork,
		also: reJobUnsure,
		lines: []string{
			"Not answering work messages after hours is a fair limit; being new or on probation makes it feel riskier, and a calm, plain word usually lands better than you fear.",
			"Switching off from work in the evening is reasonable, even when you're new — saying it early and kindly is easier than holding it in.",
		}},
	{asked: []string{"feeling good"},
		re:   mustPattern(`\b(?:taught|showed|teaching|showing) me (?:how )?to\b`),
		also: mustPattern(`\b(?:laugh\w*|giggl\w*|in stitches|cracking up|so funny|such fun|hilarious)\b`),
		lines: []string{
			"{p} teaching you something new, and the laughing that came with it — that's the kind of moment that keeps people close.",
			"Learning something from {p} and laughing together over it: small, warm, and well worth another go.",
		}},
	{asked: []string{"reach out to this week"},
		re: mustPattern(`\b(?:called|rang|texted|messaged|reached out|checked in)(?: (?:me|on me))? (?:\d+|twice|three times|a few|several|lots of|loads of|a bunch of)(?: times)?\b.*\bi (?:called|rang|texted|messaged|reached out to|contacted) (?:no one|nobody|noone|no-one|anyone)\b`),
		lines: []string{
			"{p} kept reaching out and you didn't reach anyone this week — no need to beat yourself up; a call back to {p} is an easy place to start.",
			"So {p} got in touch more than once, and the reaching out went one way; answering {p} is a small, easy step back.",
		}},
	{asked: []string{"long or personal"}, own: true,
		unless: mustPattern(`\bdepends\b|\bwith (?:others|other people|everyone else|the rest|most people)\b|\b(?:phone|telephone|call|ring|voice ?note)\w*\b`),
		re:     reSlowPace,
		also:   reThinkIgnored,
		lines: []string{
			"Waiting until you can give it proper time, even when that takes a day, is care; worrying they'll think you're ignoring them is common, and a quick \"replying properly soon\" settles it.",
			"Taking the time to sit with it before you answer is a kind way to reply — a short note that a proper answer is coming can ease the worry that they feel ignored.",
		}},
	{asked: []string{"long or personal"}, own: true,
		unless: mustPattern(`\bdepends\b|\bwith (?:others|other people|everyone else|the rest|most people)\b|\b(?:phone|telephone|call|ring|voice ?note)\w*\b`),
		re:     reSlowPace,
		lines: []string{
			"Reading carefully and waiting for a quiet moment to answer is a way of taking people seriously; a slower reply with thought in it is often the one that means the most.",
			"Taking your time over it, and answering when you can give it proper thought, is its own kind of care — a reply doesn't have to be fast to be good.",
		}},
	{asked: []string{"good or bad news"},
		re:   mustPattern(`\b(?:offered|offer|offering) to (?:help|drive|cook|take|pick|come|have|look after|mind|sort|pack|move)\b|\bhelped (?:him|her|them) (?:move|pack|sort|with|out|get)\b|\bwent (?:round|over) to help\b`),
		also: mustPattern(`\b(?:ending|ended|over|separat\w*|splitting|lost (?:his|her|their) (?:job|home|flat|house)|laid off|made redundant|fired|evicted|struggling|hard time|rough time|tough time|falling apart)\b`),
		lines: []string{
			"Meeting {p}'s hard news with practical help, even unsure of the words, is standing by someone in the way that counts.",
			"Not knowing what to say and offering {p} real help anyway — that's showing up when it matters, and it won't be forgotten.",
		}},
}

// reSlowPace is taking one's time over a long message: reading it again,
// waiting for a quiet moment or to be home, sitting with it first.
var reSlowPace = mustPattern(`\bread (?:it|them|things|messages|everything) (?:twice|again|over|more than once|a few times|several times|two or three times|a couple of times)\b|\bwait (?:until|till|til|for) (?:i (?:have|get|find) )?(?:a )?(?:quiet|calm|free|proper|peaceful) (?:moment|minute|time|hour)\b|\bwait (?:until|till|til) (?:i'?m|im|i am|i get|i'?ve got|i have) (?:home|back|alone|free|off work|time|the time)\b|\bsit with (?:it|them|the message)\b|\btake (?:my|me|ages|a while|a long time|forever) (?:time )?(?:to (?:reply|answer|respond|write back))?\b`)

// reThinkIgnored is the worry that a slow reply reads as being ignored or
// not caring.
var reThinkIgnored = mustPattern(`\b(?:worr\w*|scared|afraid|anxious|paranoid|fear|feel bad)\b[^.;]*\b(?:ignor\w*|rude|(?:don'?t|dont) care|upset|mad|annoyed|forgot(?:ten)?)\b`)

// reLighterRole is the part someone plays for others ("the funny one",
// "the joker"); reHidden is that nobody sees what is behind it.
var (
	reLighterRole = mustPattern(`\b(?:the (?:funny|fun|happy|strong|cheerful|positive|chill|easygoing|reliable) one|the joker|the clown|the one who'?s (?:always )?(?:fine|okay|ok|happy|funny|sorted))\b`)
	reHidden      = mustPattern(`\b(?:nobody|no one|noone) (?:really )?(?:knows|sees|has a clue|would guess)\b|\b(?:don't|dont|never) (?:tell|show|let)\b`)
)

// reNeverFamily is a real talk never had because the family does not talk
// that way: "never really. we're not that kind of family".
var reNeverFamily = mustPattern(`^(?:honestly |tbh |um+ |well )?(?:never|not ever|not once|not really ever)\b.*\b(?:don'?t do that|do not do that|doesn'?t do that|not in (?:my|our) family|(?:my|our) family (?:doesn'?t|don'?t|never)|we never (?:talk|did|do|have)|(?:we'?re|we are|were) not (?:that kind of|a|the) (?:\w+ )?family|(?:we'?re|we are) not (?:like that|big talkers|talkers))\b`)

// reCallsPeople is the phone used to call people: "ring my grandkids",
// "facetime my son", "the phone for calls".
var reCallsPeople = mustPattern(`\b(?:ring|call|phone|facetime|video ?call)(?:s|ing|ed)? (?:my|me|her|him|them|people|family|friends|the (?:kids|grandkids|family))\b|\bphone (?:to|for) (?:ring|call|talk|chat)\w*`)

// reOffWork is not answering work messages out of hours: "i wont check
// slack after 6", "no work emails at weekends".
var reOffWork = mustPattern(`\b(?:won'?t|wont|not|stop|don'?t|dont|no|never) (?:\w+ )?(?:check|checking|answer|answering|read|reading|reply to|replying to|look at|looking at|be on)? ?(?:slack|teams|email|emails|work (?:messages|emails?|chats?|phone|calls))\b[^.;]*\b(?:after|past|at|on|in the) (?:\d|work|hours|night|the evening|evenings|weekends?)`)

// reJobUnsure is a job not yet secure, which makes a limit at work feel
// risky: "im on probation", "i just started".
var reJobUnsure = mustPattern(`\b(?:probation|probationary|trial period|just started|new (?:job|role|starter)|temp contract|short contract|scared (?:to|of)|afraid (?:to|of)|worried (?:to|about)|nervous (?:to|about))\b`)

// namedPointAck names the point an answer makes when it is one of
// namedPoints, at the question that point answers; "" otherwise, and for an
// answer that tells of a loss. names are the names in earlier and answer.
func namedPointAck(q Question, answer string, earlier, names []string, v int) string {
	qt := strings.ToLower(q.Text)
	folded := foldText(answer)
	for _, p := range namedPoints {
		if !askedAny(qt, p.asked) || !p.re.MatchString(folded) || p.also.Regexp != nil && !p.also.MatchString(folded) ||
			p.unless.Regexp != nil && p.unless.MatchString(folded) {
			continue
		}
		if listen.Lost(answer, names) != "" || reGrave.MatchString(folded) {
			// A loss, an illness or a breakup told on the way is what
			// to answer first.
			return ""
		}
		line := pickAck(p.lines, v)
		chosen := strings.Contains(line, "{p}") || strings.Contains(line, "{g}")
		if strings.Contains(line, "{p}") {
			who := whomAbout(answer, earlier)
			if own := someonesOwn(folded); own != "" {
				// "my neighbours kid": whose kid, with its apostrophe.
				who = own
			}
			if ms := singles(answer, names); who == "" && len(ms) > 0 {
				// "that he raised me when mum was working": the one
				// the answer opens on.
				who = ms[0].Ref
			}
			if who == "" {
				continue
			}
			line = strings.ReplaceAll(line, "{p}", who)
		}
		if strings.Contains(line, "{all}") {
			var refs []string
			for _, m := range singles(answer, names) {
				refs = append(refs, m.Ref)
			}
			if len(refs) == 0 {
				continue
			}
			line = strings.ReplaceAll(line, "{all}", andList(refs))
			chosen = true
		}
		if strings.Contains(line, "{g}") {
			line = strings.ReplaceAll(line, "{g}", groupIn(answer))
		}
		if strings.Contains(line, "{r}") {
			said := p.re.FindStringSubmatch(folded)
			r := said[0]
			if len(said) > 1 && said[1] != "" {
				// The point's own words, when its pattern marks them.
				r = said[1]
			}
			line = strings.ReplaceAll(line, "{r}", roleKept(myAsYour.Replace(r)))
		}
		if strings.Contains(line, "{s}") {
			line = strings.ReplaceAll(line, "{s}", placeIn(answer))
		}
		if !chosen && !p.own && !namesAll(line, answer, names) {
			// "with my sister i call her instead": whom it is with is
			// for the lines that name people. A line naming whom the
			// point is about leaves the others as context.
			continue
		}
		return fitAck(line)
	}
	return ""
}

// reSomeonesOwn is someone's own child, pet or parent, the apostrophe
// often left out: "my neighbours kid", "our friend's dog".
var reSomeonesOwn = mustPattern(`\b(?:my|our) (\w+?)(?:'s|s) (\w+)\b`)

// someonesOwn is whom an answer tells of when it is someone's own child,
// pet or parent, in the second person ("your neighbour's kid"); "" when
// it names no one that way.
func someonesOwn(folded string) string {
	for _, m := range reSomeonesOwn.FindAllStringSubmatch(folded, -1) {
		if (ownerWords[m[1]] || familyWords[m[1]]) && (familyWords[m[2]] || petWords[m[2]]) {
			return "your " + m[1] + "'s " + m[2]
		}
	}
	return ""
}

// reWrongThing is the fear of saying the wrong thing ("the wrong words",
// "make it worse"); reSaidNothing is the silence it ends in ("so i said
// nothing", "stayed quiet").
var (
	reWrongThing  = mustPattern(`\b(?:the )?wrong (?:thing|words?)\b|\bsay(?:ing)? something (?:wrong|stupid|dumb|awkward|hurtful)\b|\bmak(?:e|ing) it worse\b|\bmess(?:ing)? it up\b`)
	reSaidNothing = mustPattern(`\b(?:say|said|saying|do|did|doing|send|sent|reply|replied|write|wrote) nothing\b|\b(?:stay|stayed|staying|go|went|going|kept|keep) (?:quiet|silent)\b|\b(?:don'?t|dont|didn'?t|didnt|never) (?:say|reply|respond|answer|text|write|send) (?:anything|at all)\b|\b(?:leave|left) it unanswered\b`)
)

// myAsYour says "my" as the companion says it.
var myAsYour = strings.NewReplacer("my ", "your ")

// roleKept is the part someone plays for others, as the answer names it
// ("the funny one", "the joker"); "the one who seems fine" when it names
// none.
func roleKept(said string) string {
	if said = strings.TrimSpace(said); said == "" {
		return "the one who seems fine"
	}
	return strings.Replace(said, " whos ", " who's ", 1)
}

// reGrave is news weightier than any point named here: a loss, an
// illness, a breakup.
var reGrave = mustPattern(`\b(?:miscarr\w*|surgery|diagnos\w*|cancer|died|dying|death|passed away|funeral|divorc\w*|broke up|breakup|split up|pregnan\w*|hospital)\b`)

// askedAny reports whether the lowered question text holds any of words;
// no words is any question.
func askedAny(qt string, words []string) bool {
	return len(words) == 0 || containsAny(qt, words...)
}

// groupIn is the group of people an answer speaks of, as the companion
// names them ("your uni friends"), or "the others".
func groupIn(answer string) string {
	for _, m := range listen.Mentions(answer, answerNames(answer)) {
		if last := strings.ToLower(lastWord(m.Ref)); !m.Named && (groupWords[last] || strings.HasSuffix(last, "s")) {
			return m.Ref
		}
	}
	return "the others"
}

// placeIn is the first place online or off an answer names ("Instagram"),
// or "it".
func placeIn(answer string) string {
	for _, p := range placesIn(answer) {
		if !p.interest {
			return p.name
		}
	}
	return "it"
}

// reNoOneOpen opens an answer on no one: "uhh no one?", "nobody really".
var reNoOneOpen = mustPattern(`^(?:\w+ )?(?:no one|nobody|noone|none|not really|not much)\b`)

// reUnwell is being ill or laid up: "sick in bed all week", "had covid".
var reUnwell = mustPattern(`\b(?:sick|ill|unwell|poorly|in bed|flu|covid|a cold|a bug|bedridden)\b`)

// unwellWeekAck answers no one reached, at the question of who was, when
// the person was ill: the illness is why, and said kindly, rather than
// the week read as having nobody. "" for any other answer or question.
func unwellWeekAck(q Question, answer string, v int) string {
	folded := foldText(answer)
	if !strings.Contains(strings.ToLower(q.Text), "reach out to this week") || !reNoOneOpen.MatchString(folded) ||
		!reUnwell.MatchString(folded) || reGrave.MatchString(folded) {
		return ""
	}
	return pickAck([]string{
		"A week in bed with no one reaching out is a lonely kind of ill; I hope you're feeling better now.",
		"Being ill with no one checking in is hard. I hope you're on the mend, and a quick hello now can still go out.",
	}, v)
}
