package compose

import "regexp"

// A note for the companion is something the person tells it so that the
// message comes out right, and that the recipient should never read back:
//
//   - how the recipient deals with messages ("she's hopeless at texting
//     back", "he gets a hundred emails a day", "she reads on an old
//     tablet");
//   - their age said in passing, outside a birthday ("he's 70-odd now");
//   - how far the writer lives from them ("i'm 2 hours away");
//   - what the writer thinks of their own writing or asking ("i'm useless
//     at formal stuff", "i feel like a chancer");
//   - how the two of them stand ("we parted on good terms", "we're not
//     great at talking", "we were never that close");
//   - how the recipient would take the way it is written, the reason
//     for a feel asked ("he'd find that weird", "she hates long texts",
//     "they'd like that more").
//
// Each is read by its shape — who it is about and what kind of thing is
// said of them — so other wordings of the same note stay out too.

var (
	// noteSubject is the recipient in the third person, or the writer.
	noteThey = `^(?:and |but |so |also |oh and |btw )?(?:she|he|they)(?:'s|s| is|'re| are|re| can be| has always been|'s always been| was always| gets| will| 'll|'ll)?\s+`

	// theirWayWithMessages is how the recipient reads or answers messages.
	theirWayWithMessages = regexp.MustCompile(`(?i)` + noteThey + asideAdverbs +
		`(?:(?:terrible|bad|awful|rubbish|hopeless|useless|slow|crap|not great|not good|not the best|the worst|notorious(?:ly bad)?|famous(?:ly bad)?) (?:at|with|w|about) (?:replying|texting|answering|responding|messages|messaging|texts|whatsapp|phones?|tech|technology|emails?|email|keeping in touch|getting back|reading)\b` +
		`|(?:gets?|getting|receives?) (?:like |about |maybe |over |around |probably )?(?:\d+|a hundred|hundreds of|loads of|so many|tons of|a million) (?:emails|messages|texts|dms)\b` +
		`|(?:reads?|reading) (?:texts |messages |everything |things )?(?:with|on|slowly|very slowly|through)\b` +
		`|(?:not|isn'?t|is not) (?:great|good|big|much of a|the best) (?:w|with|on|at) (?:whatsapp|phones?|tech|texting|email)\b)`)

	// theirAgeSaid is the recipient's age said in passing: "she's 80ish
	// now i think", "he's like 70".
	theirAgeSaid = regexp.MustCompile(`(?i)` + noteThey + `(?:like |about |around |nearly |almost |probably |maybe |over |well over )?\d{2,3}(?:ish|-odd| odd| something)?(?: (?:now|or so|or something|i think|i reckon|years old|yrs old|lol))*$`)

	// writerFarAway is how far the writer lives from them: "im 3 hrs
	// away", "i'm a long way away".
	writerFarAway = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i'?m|im|i am|i live|we'?re|we are|we live)\s+(?:\w+\s+)?(?:(?:like |about |over |nearly )?(?:\d+|a few|two|three|four|five|six) (?:hrs?|hours?|miles|km|kms|kilometres|kilometers|time ?zones)(?: \w+)?|a long way|so far|miles) away\b`)

	// writerOwnWriting is the writer running down their own writing or
	// their right to ask: "im rubbish at formal writing", "i feel like a
	// chancer asking".
	writerOwnWriting = regexp.MustCompile(`(?i)^(?:and |but |so )?(?:i|im|i'm|i am)(?:\s+(?:feel|felt|feeling|am|'m))?\s+(?:like\s+)?` + asideAdverbs +
		`(?:(?:(?:an?|such an?|a total|a complete|of a)\s+)?(?:chancer|cheeky)(?: (?:for )?asking)?|(?:rubbish|terrible|awful|useless|hopeless|bad|crap|not good|no good|the worst) (?:at|with) (?:formal |professional |proper |official )?(?:writing|words|messages|texts|emails|this|these|cards|speeches|wording|anything like this|stuff like this|stuff))\b`)

	// theirTasteInMessages is how the recipient would take a way of
	// writing: "he'd find that weird", "she'd hate that", "he hates long
	// messages", "they don't do soppy".
	theirTasteInMessages = regexp.MustCompile(`(?i)^(?:and |but |so |cos |cause |because |coz |as )?(?:she|he|they)(?:['’]d|['’]ll| would| will| might| could)?\s+` + asideAdverbs +
		`(?:(?:find|think|consider) (?:that|it|this|them|anything(?: \w+)?|\w+ (?:stuff|messages|texts|ones))(?: (?:is|was|'s|are|were))? ` + asideAdverbs + `(?:weird|odd|strange|cringe\w*|awkward|much|a lot|over the top|ott|fake|stiff|formal|cheesy|mushy|soppy|sappy|creepy|off|too much)` +
		`|(?:hate|hates|like|likes|love|loves|prefer|prefers|cringe|cringes|appreciate|want)(?: (?:that|it|this))?(?: (?:more|better|less|way more))?$` +
		`|(?:hate|hates|love|loves|like|likes|prefer|prefers|can['’]?t stand|cannot stand|isn['’]?t into|is not into|(?:doesn|don)['’]?t (?:like|do|read)|does not (?:like|do|read)) (?:long|short|formal|soppy|mushy|gushy|emotional|cheesy|fancy|wordy|big|sentimental|emoji|emojis|exclamation)(?: (?:messages?|texts?|stuff|emails?|notes?|cards?|marks|ones))?$)`)

	// howWeStand is how the writer and the recipient stand with each
	// other: "we left on ok terms", "we're not great at talking".
	howWeStand = regexp.MustCompile(`(?i)^(?:and |but |so |also )?(?:we|me and (?:her|him|them)|(?:she|he|they) and i)(?:'re|re| are| were|'ve| have| left| parted| ended| finished)?\s+` + asideAdverbs +
		`(?:(?:left|parted|ended|finished) )?(?:on (?:ok|okay|good|decent|fine|great|bad|weird|awkward|neutral|friendly|civil|polite) terms|(?:not|never been|never) (?:great|good|the best|big|much) (?:at|on|with) (?:talking|texting|keeping in touch|calling|phone calls|feelings|emotional stuff|sharing)|(?:not|never been|never) (?:that |super |very |really |especially )?close)\b`)
)

// companionNote reports whether clause c is a note for the companion in a
// message for occasion o (see above). An age is the news itself on a
// birthday, so there it stays.
func companionNote(c string, o Occasion) bool {
	if theirWayWithMessages.MatchString(c) || writerFarAway.MatchString(c) || howWeStand.MatchString(c) || theirTasteInMessages.MatchString(c) {
		return true
	}
	if o != Support && writerOwnWriting.MatchString(c) {
		return true
	}
	return o != Birthday && theirAgeSaid.MatchString(c)
}
