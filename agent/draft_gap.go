package agent

import "strings"

// A gap told together with the writer's unease about it ("we haven't
// talked in 6 years and i feel weird about it", "since 2019, scared she
// won't remember me") is said in the draft as a long time, never counted
// back to them: the number is what the writer worries over, and a message
// that opens with it leads with the awkwardness. A gap told plainly ("it's
// been about 15 years, i teach piano now myself") is said as it was told.

// softGap is since as the draft should say it, given the whole of what the
// person typed (folded).
func softGap(since, folded string) string {
	if since == "" || strings.HasPrefix(since, "for ") || !gapUnease.MatchString(folded) {
		return since
	}
	return "a long time"
}

// gapUnease is the writer's worry about how long it has been.
var gapUnease = mustPattern(`\b(?:weird|awkward|strange|scared|afraid|nervous|anxious|worried|worry|embarrass\w*|cringe\w*|guilty|ashamed|(?:feel|feeling) (?:bad|terrible|awful)|(?:won'?t|wont|doesn'?t|doesnt|didn'?t|didnt|even|still|not|if (?:he|she|they)(?: even)?) (?:even )?remembers? me|forgotten (?:about )?me|forgot (?:about )?me)\b`)
