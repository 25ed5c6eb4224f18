package agent

import "strings"

// A day of the person's own that nobody marked ("turned 30 yesterday and
// not a single person texted", "graduated on saturday and no one from my
// family even messaged", "got my results and nobody asked") is a hurt
// before it is news: the day is wished or congratulated, and being
// forgotten on it is heard, with room to say more and a gentle step. It
// is never answered as a glad moment alone, nor as someone else's news.

// reOwnDay is a day or a result of the person's own: a birthday, a
// graduation, results, a first day, an anniversary, a milestone passed.
var reOwnDay = mustPattern(`\b(?:had (?:a|my) (?:\w+ )?(?:birthday|bday|b day)|my (?:\w+ )?(?:birthday|bday|b day|graduation|results|exam results|grades|anniversary|big day|first day|retirement|leaving do|promotion|wedding anniversary|name day)|(?:[1-9][0-9](?:st|nd|rd|th)|eighteenth|twenty ?first|thirtieth|fortieth|fiftieth|sixtieth|seventieth) (?:birthday|bday)|(?:got|passed|aced|smashed|finished|handed in|submitted) my (?:\w+ )?(?:results|exams?|degree|thesis|dissertation|test|driving test|finals|course|training)|got (?:the job|promoted|my place|in to \w+|into \w+))\b|(?:^|\b(?:i|i just|just|officially|finally)\s|^(?:` + ownDayFillers + `)(?:\s(?:` + ownDayFillers + `))*\s)(?:turned (?:[1-9][0-9]|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)|graduated|retired)\b|` + reBareBirthday)

// reBareBirthday is a birthday said with no one's name at the start of
// the message, the speaker's own: "birthday today.", "ugh bday was
// yesterday".
const reBareBirthday = `^(?:(?:` + ownDayFillers + `)\s)*(?:(?:it'?s|its|it is) )?(?:birthday|bday|b day) (?:today|yesterday|was|is today|over)\b`

// ownDayFillers are the words a message may open with before a verb
// whose subject is left out, the speaker: "ugh turned 41 on saturday",
// "welp graduated and…". Only at the start of the message, so that "my dad
// said so… and turned 60" keeps its own subject.
const ownDayFillers = `ugh|urgh|welp|well|so|lol|lmao|omg|honestly|tbh|basically|yeah|ok|okay|um|hmm|anyway|btw|sigh|meh|guess what|fun fact`

// reNobodyMarked is no one marking it: nobody texting, calling, wishing,
// asking or noticing; the day coming and going unnoticed.
var reNobodyMarked = mustPattern(`\b(?:(?:nobody|no one|noone|not (?:a )?(?:single )?(?:person|soul|friend|one)|not one (?:person|friend|of them|of my friends)|none of (?:them|my \w+)|nobody from my \w+|no one from my \w+|not one person from my \w+|my (?:family|friends|mates) (?:never|didnt|didn't)|(?:he|she|they) (?:never|didnt|didn't))(?: \w+){0,4}? (?:texted|text|messaged|message|called|call|rang|ring|asked|ask|remembered|remember|noticed|notice|said|wished|wish|congratulated|cared|showed up|came|turned up|mentioned|bothered|reached out|checked|sent|got in touch|said a word|said anything)|came and went|went unnoticed|went by unnoticed|passed unnoticed|(?:everyone|everybody|they all|they) forgot|forgotten by everyone|not even a (?:text|message|call|card|like))\b`)

// ownDayUnmarked reports a day of the person's own told with nobody
// marking it, and nothing asked.
func ownDayUnmarked(text string) bool {
	f := strings.ReplaceAll(foldText(text), "'", "")
	return !asksSomething(text) && reOwnDay.MatchString(f) && (reNobodyMarked.MatchString(f) || reOnlyOne.MatchString(f) || reFewMarked.MatchString(f)) && !reDayAhead.MatchString(f) && theirDayOwner(text) == ""
}

// reFewMarked is a count of those who marked it too small to be glad of:
// "2 people remembered", "just three friends texted", "a couple of
// people wished me happy birthday", or of what came: "2 texts. one was
// my dentist", "three messages all day".
var reFewMarked = mustPattern(`\b(?:(?:only|just) (?:\d+|one|two|three|four|five|a couple of|a handful of|a few)|(?:[1-3]|one|two|three|a couple of)) (?:people|persons|person|friends|friend|of my friends|of them|mates)(?: \w+){0,2}? (?:texted|text|messaged|called|rang|remembered|wished|showed up|came|turned up|replied|bothered|said|sent)\b|\b(?:(?:only|just) )?(?:[0-3]|zero|one|two|three|a couple of) (?:texts?|messages?|msgs|calls?|cards?|birthday (?:texts|messages|wishes))(?: all day| in total| total| so far)?(?:$|[.,;!]| and| one| from| both| all)`)

// reDayAhead puts the day still to come: "my birthday is next week and i
// bet nobody will remember" is a fear, which the invisible kind of low
// feeling hears, with no belated wishes.
var reDayAhead = mustPattern(`\b(?:will|wont|going to|gonna|next (?:week|month|year|\w+day)|tomorrow|coming up|this (?:coming|weekend)|in (?:a|two|three|four|\d+) (?:days?|weeks?)|i bet|probably)\b`)

// ownDayLine wishes or congratulates the day, then hears that nobody
// marked it.
func ownDayLine(text string) string {
	f := strings.ReplaceAll(foldText(text), "'", "")
	hurt := pick(text, []string{
		"I'm sorry nobody marked it. Being forgotten on your own day really hurts.",
		"It stings when a day that's yours goes by and no one says a word; I'm sorry it went that way.",
	})
	if !reNobodyMarked.MatchString(f) && (reOnlyOne.MatchString(f) || reFewMarked.MatchString(f)) {
		// "only two people texted": a few did, and it still stings.
		hurt = pick(text, []string{
			"I'm sorry so few marked it. Hoping to hear from people on your own day and getting only a handful really stings.",
			"It hurts when your own day gets so little notice; I'm sorry it went that way.",
		})
	}
	if reBirthdayOwn.MatchString(f) && reOnTheDay.MatchString(f) {
		// "its my birthday today and only my mum messaged": still
		// the day, so no "belated".
		return "Happy birthday. " + hurt
	}
	if reBirthdayOwn.MatchString(f) {
		return "Happy belated birthday. " + hurt
	}
	return "Congratulations, that's a real achievement and it deserved to be celebrated. " + hurt
}

// reBirthdayOwn is the person's own birthday, or turning an age.
var reBirthdayOwn = mustPattern(`\b(?:had (?:a|my) (?:\w+ )?(?:birthday|bday|b day)|my (?:\w+ )?(?:birthday|bday|b day)|(?:[1-9][0-9](?:st|nd|rd|th)|eighteenth|twenty ?first|thirtieth|fortieth|fiftieth|sixtieth|seventieth) (?:birthday|bday)|turned (?:[1-9][0-9]|eighteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\b|` + reBareBirthday)

// reOnTheDay puts the day now: "it's my birthday today", "my birthday
// and it's nearly over".
var reOnTheDay = mustPattern(`\b(?:today|tonight|right now|this morning|this evening|so far|nearly over|almost over)\b|^(?:its|it is) my\b`)
