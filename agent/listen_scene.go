package agent

import "strings"

// Loneliness is often told without its name, through the scene where it is
// felt: the quiet stretch of the week, the phone that stays dark, the meal
// eaten alone, the news with nobody to share it with. These patterns hear
// that scene, so that the reply names the feeling the person did not.
// They read text as findLow does: folded, apostrophes dropped.

// reLonelyScene is a scene that tells of loneliness in any of its forms:
//
//   - a silent phone: "my phone just sits there", "the phone never
//     buzzes", "nobody calls", "no one ever texts me";
//   - the quiet stretch of the week or the day: "sundays drag", "the
//     weekends are dead", "evenings are so long now";
//   - eating or sitting alone: "i eat dinner by myself every night",
//     "cooking for one again", "i just sit on my phone at lunch";
//   - nobody to tell or share with: "had nobody to tell", "not one person
//     i could call";
//   - the only people spoken to being the ones paid to be there: "the only
//     person i talk to is the delivery guy".
var reLonelyScene = mustPattern(`\b(?:` + sceneSilentPhone + `|` + sceneQuietTime + `|` + sceneAlone + `|` +
	sceneNobodyToTell + `|` + sceneOnlyContact + `)\b`)

const (
	sceneSilentPhone = `(?:my |the )?phone (?:just |mostly |basically |always |only )?(?:sits there|sits on the|sits silent|stays (?:silent|quiet|dark)|is (?:always |so |dead )?(?:silent|quiet)|never (?:rings|buzzes|goes off|lights up|pings|beeps)|doesnt (?:ring|buzz|go off|light up)|hasnt (?:rung|buzzed|gone off)|hardly (?:rings|buzzes|ever rings|ever buzzes))` +
		`|(?:nobody|no one|noone|not one person|not a soul) (?:ever |really |actually |even )?(?:calls|rings|texts|messages|writes|visits|comes round|comes over|drops by|knocks|checks on me|phones)` +
		`|waiting for (?:the|my) phone to (?:ring|buzz|go off|light up)|(?:no|zero) (?:calls|texts|messages) (?:all|for|in|from anyone)`
	sceneQuietTime    = `(?:sundays?|saturdays?|weekends?|evenings?|nights?|holidays?|bank holidays|the days|days off|afternoons?|mornings?) (?:just )?(?:drag|drags|dragging|crawl|crawls|go on forever|last forever|feel endless|are endless|seem endless|are (?:so |really |very |just )?(?:dead|empty|silent|endless|long)|are the (?:worst|hardest|longest|loneliest) (?:now|these days|lately|since)|feel (?:so |really |very )?(?:empty|dead|silent|long))`
	sceneAlone        = `(?:eat|eats|ate|eating|have|having|had|sit|sits|sat|sitting|spend|spent|spending) (?:\w+ ){0,3}by myself|(?:dinner|dinners|meals?|lunch|tea|cooking|cook|shopping|table) for one|(?:sit|sat|sitting) (?:\w+ )?on my phone (?:at|during|through) (?:\w+ )?(?:lunch|break|breaks|breaktime|recess|dinner)`
	sceneNobodyToTell = `(?:nobody|no one|noone|not anyone|not one person|not a single person|no friends?) (?:to|i can|i could|id|i would) (?:tell|share|show|celebrate|call|ring|text|talk to|turn to|go to)` +
		`|(?:didnt|dont|doesnt|never) (?:have|had|got) (?:anyone|anybody|a soul) (?:to|i could) (?:tell|share|show|celebrate|call|ring|text|talk to|turn to)` +
		`|(?:not one|not a single|no) (?:person|friend|one) i (?:could|can|would|could really) (?:call|ring|text|tell|talk to|turn to)`
	sceneOnlyContact = `only (?:person|people|one|human|humans|conversation|conversations|contact) i (?:\w+ )?(?:talk|speak|spoke|talked|chat|chatted|see|saw|get|have|had)(?: to| with)?(?: \w+){0,3} (?:is|are|was|were)`
)

// reFearForgotten is the fear of being forgotten or unmissed, said ahead
// of time: "i dont think anyone is going to remember", "nobody would even
// notice", "bet no one shows up".
var reFearForgotten = mustPattern(`\b(?:(?:dont|do not) (?:think|expect|reckon)|doubt|bet|pretty sure|im sure|i know) (?:anyone|anybody|no one|nobody|noone|any of them|my friends)(?: \w+){0,3}? (?:remember|remembers|notice|notices|care|cares|come|comes|show up|shows up|turn up|turns up|call|calls|text|texts|miss me|misses me|ask|asks)\b|\b(?:no one|nobody|noone) (?:is going to|is gonna|gonna|will|would|is likely to) (?:even |ever |actually |really )?(?:remember|notice|care|come|show up|turn up|call|text|miss me|ask)\b`)

// reUnanswered is being ignored told by what did not come back: "nobody
// ever replies to anything i post", "got nothing back", "not one person
// even asked if i wanted to come". With reUnkindToMe it is what the hurt
// kind of findLow hears beyond its cue phrases.
var reUnanswered = mustPattern(`\b(?:(?:nobody|no one|noone|not one person|not a single person|not a soul|none of them|no one else) (?:has |have |had )?(?:ever |even |really |actually |once |bothered to |bothers to )?(?:(?:checked|checks|check) (?:in )?on me|repl(?:y|ies|ied)|respond(?:s|ed)?|answer(?:s|ed)?|react(?:s|ed)?|comment(?:s|ed)?|(?:writes?|wrote|texts?|texted|messaged?|messages|called|calls?) back)|(?:nobody|no one|noone|none of them) (?:ever |even |really |once |bothered to |thought to )?(?:asks?|asked|invites?|invited) (?:if|whether|me if|me whether|me to|me along|how) |(?:got|get|gets|getting|heard|hear) (?:absolutely |literally )?nothing back|(?:no|zero) (?:replies|reply|response|responses|reactions) (?:at all|again|ever|from anyone|from them)|just crickets|nothing but crickets)`)

// reHurtScene is what the hurt kind of findLow matches beyond its cue
// phrases: unkindness done to the person and messages left unanswered.
var reHurtScene = mustPattern(reUnkindToMe.String() + `|` + reUnanswered.String())

// justMe reports the person alone said as "just me", in any clause of
// text.
func justMe(text string) bool {
	for _, c := range reSceneBreak.Split(text, -1) {
		if reJustMe.MatchString(strings.ReplaceAll(foldText(c), "'", "")) {
			return true
		}
	}
	return false
}

// reSceneBreak ends a clause: a full stop, a mark, a comma or a dash.
var reSceneBreak = mustPattern(`[.!?;,:\n]+|\s[-–—]+\s`)

// reJustMe is the person alone said as "it's just me" at the end of what
// is told: "weekends it's just me", "since he left it's only me and the
// cat". Followed by more ("it's just me overthinking") it is no scene.
// Said as a clause of its own ("sunday nights are the worst. just me and
// the tv") it is the same scene. It reads folded text with apostrophes
// dropped, one clause at a time (justMe).
var reJustMe = mustPattern(`(?:\b(?:its|it is|its always|it was|its mostly) |^(?:(?:and|but|so|mostly|usually|always|then) )*)(?:just|only) me(?: (?:and|with) (?:(?:the|my) )?(?:cat|cats|dog|dogs|tv|telly|radio|kids|kid|plants|phone|laptop|books|netflix|youtube|thoughts|four walls))?(?: (?:at home|in the house|in the flat|here|now|these days|most days|every weekend|all weekend|all day|most of the time|again))?(?: (?:tbh|honestly|really|lol|anyway))?$`)
