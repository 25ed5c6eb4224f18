package agent

// The weather and the body's comfort in it are small talk: "so muggy today
// i feel disgusting", "its bitter out and im cranky", "this drizzle has me
// feeling blah". Words like "rubbish", "awful" or "miserable" beside the
// weather say how the day feels on the skin, not a low mood about people,
// so the remark gets the weather's reply. A feeling that goes further
// ("raining again and i feel so lonely", "cold and nobody to call") is
// still heard as the feeling it is.

// weatherDiscomfort reports text that names the weather and whose only
// low words are words of the body's discomfort.
func weatherDiscomfort(text string) bool {
	folded := foldText(text)
	if !weatherTold(text, folded) || !reDiscomfort.MatchString(folded) {
		return false
	}
	_, low := findLow(reDiscomfort.ReplaceAllString(folded, " "))
	return !low
}

// reDiscomfort is a word for feeling bad in the body or the temper of the
// day, which weather alone can cause.
var reDiscomfort = mustPattern(`\b(?:rubbish|crap|crappy|awful|terrible|horrible|gross|grim|miserable|rough|meh|blah|bleh|yuck|yucky|icky|disgusting|grumpy|cranky|irritable|ratty|sluggish|sticky|sweaty|clammy|drained|wiped|knackered|lethargic|groggy|frozen|numb|sweltering)\b`)
