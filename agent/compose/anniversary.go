package compose

import "regexp"

// A day that marks something done together ("it's the anniversary of when
// we opened the bakery") is a shared memory, said as one; what happened to
// them after it ("before he moved back to Lima") is the writer's telling,
// and a death marked by the day is never a memory to smile at.

// sharedDay is a day marking something the writer and they did.
var sharedDay = regexp.MustCompile(`(?i)^(?:(?:today|it|this week|this weekend|tomorrow)(?:'s| is|s| was)? )?(?:the )?(?:[\w-]+ )?(?:year )?anniversary of (?:when |the day |the night |the time )?((?:we|us) .+)$`)

// laterTail is what happened to them after the thing remembered: "before
// he moved back to lima", "until she left".
var laterTail = regexp.MustCompile(`(?i),?\s+(?:before|until|till|til|then) (?:he|she|they|you)\b.*$`)

// anniversaryMemory reads clause c as a day marking something done
// together; ok is false when it is none.
func anniversaryMemory(c, name string) (Detail, bool) {
	m := sharedDay.FindStringSubmatch(c)
	if m == nil || deathWords.MatchString(c) || lossWords.MatchString(c) {
		return Detail{}, false
	}
	what := trimTail(laterTail.ReplaceAllString(secondPerson(m[1], name, false), ""))
	return Detail{Kind: Memory, Text: "how " + what}, true
}

// lossWords mark a day of loss: "the anniversary of when we lost dad".
var lossWords = regexp.MustCompile(`(?i)\b(?:lost|lose|died|passed|death|funeral|buried|said goodbye)\b`)
