package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// Missing a pastime or a place ("i used to sing in a choir back home", "i
// miss swimming in the sea", "really miss the hills where i grew up") is
// not missing a person: "you really miss them" answers someone who named
// nobody. The reply names what they miss, in their words turned to the
// second person, and wonders about the people and the life that went with
// it, with room to say more.

// pastimeVerbs are what people did for fun, told after "used to": "used
// to play five a side", "used to go climbing". Time spent with people
// ("used to hang out every weekend", "used to talk every day") is missing
// them, which the other readings hear, so it has no verb here.
var pastimeVerbs = map[string]string{
	"play": "playing", "go": "going", "sing": "singing", "dance": "dancing", "run": "running", "swim": "swimming",
	"paint": "painting", "cook": "cooking", "bake": "baking", "climb": "climbing", "hike": "hiking", "surf": "surfing",
	"skate": "skating", "ride": "riding", "cycle": "cycling", "fish": "fishing", "draw": "drawing", "act": "acting",
	"knit": "knitting", "sew": "sewing", "garden": "gardening", "train": "training", "row": "rowing", "box": "boxing",
	"dive": "diving", "ski": "skiing", "camp": "camping", "jam": "jamming", "gig": "gigging", "coach": "coaching",
	"volunteer": "volunteering", "walk": "walking", "skateboard": "skateboarding", "busk": "busking", "referee": "refereeing",
	"perform": "performing", "sail": "sailing", "jog": "jogging",
	"bike": "biking", "game": "gaming", "write": "writing", "teach": "teaching", "compete": "competing", "race": "racing",
}

// reUsedTo is a pastime told as a past: "i used to play five a side back
// home", "we used to go dancing every friday".
var reUsedTo = mustPattern(`\b(?:i|we) (?:really )?used to ([a-z]+)((?: [a-z0-9'-]+){0,6})`)

// reMissDoing is missing something done: "i miss playing in a band",
// "miss having a garden", "really miss the mountains back in colorado",
// "i miss my old neighbourhood".
var reMissDoing = mustPattern(`\b(?:i|i really|i still|i kinda|i kind of|i so|really|still|so|kinda) miss(?:ing)? ((?:[a-z]+ing|the|my old|our old|my|our|being|living|life|home|city|uni)(?: [a-z0-9'-]+){0,6})`)

// reThingEnd cuts the missed thing where another clause starts.
var reThingEnd = regexp.MustCompile(`\s+(?:and|but|so|because|cause|cos|though|tho|now|these days|anymore|any more|lol|haha|tbh|ngl|honestly|which|since|it|its|it's|i|im|i'm|we|you|lately|with|before|after|when|while|until|till)\b.*$`)

// missedFiller words end nothing worth naming: "so much", "a lot".
var reMissedTail = regexp.MustCompile(`\s+(?:so much|so badly|a lot|loads|like crazy|every day|sometimes|tbh|ngl|lol|haha)$`)

// missedThing is the pastime or place text says the person misses, in
// the second person ("playing five a side back home", "your old
// neighbourhood"); "" when none is told, or what is missed is someone.
func missedThing(text string) string {
	f := strings.TrimSpace(reStopMarks.ReplaceAllString(strings.ReplaceAll(foldText(text), "'", ""), " | "))
	thing := ""
	if m := reMissDoing.FindStringSubmatch(f); m != nil {
		thing = m[1]
	} else if m := reUsedTo.FindStringSubmatch(f); m != nil {
		ing, ok := pastimeVerbs[m[1]]
		if !ok {
			return ""
		}
		thing = ing + m[2]
	}
	if i := strings.Index(thing, " | "); i >= 0 {
		thing = thing[:i]
	}
	if people.Find(thing).Found() || people.Find(strings.Replace(thing, "your ", "my ", 1)).Found() || reCompanyWords.MatchString(thing) {
		// "miss my sister", "miss hanging out with my mates", "miss
		// having someone to text": someone is missed, which the other
		// readings name.
		return ""
	}
	thing = strings.TrimSpace(reThingEnd.ReplaceAllString(" "+thing, ""))
	thing = strings.TrimSpace(reMissedTail.ReplaceAllString(thing, ""))
	for _, w := range []string{"my", "our"} {
		if rest, ok := strings.CutPrefix(thing, w+" "); ok {
			thing = "your " + rest
		}
		thing = strings.ReplaceAll(thing, " "+w+" ", " your ")
	}
	fields := strings.Fields(thing)
	if len(fields) == 0 || len(fields) == 1 && (fields[0] == "the" || fields[0] == "your" || fields[0] == "being") {
		return ""
	}
	if fields[0] == "home" && len(fields) == 1 {
		// Homesick, which has lines of its own.
		return ""
	}
	return thing
}

// reCompanyWords are people in general: missing "having someone to
// text" or "being around people" is missing company, not a pastime.
var reCompanyWords = regexp.MustCompile(`\b(?:someone|somebody|people|person|company|friends?|mates?|anyone|everyone|family|them|him|her|us|together)\b`)

// reStopMarks end a clause inside a message.
var reStopMarks = regexp.MustCompile(`[.,;:!?()]+`)

// missedThingLine names what is missed, and wonders about what went with
// it.
func missedThingLine(text, thing string) string {
	return pick(text, []string{
		"It sounds like you miss " + thing + ". Things like that carry so much: the fun of it, the people, who you were there.",
		"Missing " + thing + " makes sense. It's often the people and the feeling around it we miss as much as the thing itself.",
	})
}
