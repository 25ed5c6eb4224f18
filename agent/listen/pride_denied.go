package listen

import "regexp"

// rePrideDenied is pride said not to be felt: "not proud of that",
// "nothing to be proud of", "hardly my proudest moment". The word is the
// model's cue for pride; said this way it is the opposite, a habit the
// person feels bad about.
var rePrideDenied = regexp.MustCompile(`(?i)\b(?:not|never|isn'?t|wasn'?t|aren'?t|hardly|nothing to be|not something to be|not exactly|no)\s+(?:\w+\s+)?(?:proud|my proudest|the proudest|a proud)\b`)

// deniedPride turns a pride the answer denies into the guilt it tells of.
func deniedPride(answer string, f Feeling) Feeling {
	if f.Label == "pride" && rePrideDenied.MatchString(answer) {
		f.Label = "guilt"
	}
	return f
}
