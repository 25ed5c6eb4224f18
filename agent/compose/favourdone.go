package compose

import (
	"regexp"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// deedForMe is something someone did that lands on the writer or what is
// theirs: "he cleared the snow off my path", "she fixed my bike", "they
// kept an eye on our house". The verb is checked against unkindDeeds, so
// "he crashed my car" thanks nobody.
var deedForMe = regexp.MustCompile(`\b(?:he|she|they)(?: (?:kindly|even|also|just|actually|literally|totally|quietly|secretly))? ([a-z]+ed|took|brought|gave|made|found|swept|dug|mowed|sewed|drove|lent|kept|held|sent|built|got|did|caught|shovelled|shoveled)\b(?: [\w']+){0,5}? (?:my|our|me|us)\b`)

// unkindDeeds are verbs whose deed is no kindness, or only contact or
// affection (a hug is no favour to thank for).
var unkindDeeds = wordset.Of(`crashed broke ruined damaged wrecked scratched dented stained spilled spilt ignored blocked unfollowed unfriended
ghosted dumped cheated stole insulted yelled shouted screamed snapped called texted messaged emailed asked told invited left missed
forgot accused blamed hurt hated mocked embarrassed humiliated lied reported fired sacked rejected passed moved used borrowed
owed married dated kissed followed added joined replaced beat won needed wanted loved liked expected kicked pushed hit punched threatened harassed bullied annoyed upset offended betrayed abandoned ditched cancelled canceled
replied answered rang phoned mentioned tagged liked posted shared saw heard met visited lost deleted took
hugged cuddled smiled laughed cried waved nodded looked stared winked`)

// doneForMe reports whether low tells of a kindness done to the writer
// by someone else, read from the verb: a reason for thanks given in the
// request itself.
func doneForMe(low string) bool {
	for _, m := range deedForMe.FindAllStringSubmatch(low, -1) {
		if !unkindDeeds[m[1]] {
			return true
		}
	}
	return false
}
