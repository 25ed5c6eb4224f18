package agent

import "strings"

// Seeing an ex online ("my ex posted engagement photos and i spiraled",
// "checking if my ex watched my story") is its own kind of hurt: not news
// of a breakup to be sorry about, nor a comparison with strangers. The
// acknowledgement names what was seen and how it landed.

// reExCircle is something seen online from someone close to an ex: "an
// engagement post from my ex's best friend". Its groups are the news, the
// kind of post, and who posted it.
var reExCircle = mustPattern(`\b(?:an? |the )?(?:(engagement|wedding|baby|holiday) )?(post|photo|pic|story|video|announcement)s? (?:from|by) (?:my |an |the )?ex(?:'s|s)? ((?:best )?(?:friend|mate|sister|brother|mum|mom|dad|cousin|family))\b`)

// reExSeen is an ex seen or checked on online.
var reExSeen = mustPattern(`\b(?:my|an|the) ex(?:'s|s)?\b[^.!?]{0,40}?\b(?:posted|posts|posting|story|stories|photos?|pics?|profile|watched|viewed|engage\w*|new (?:gf|bf|girlfriend|boyfriend|partner|wife|husband))\b`)

// reExSpiral is how long it held the person: "spiraled for an hour".
var reExSpiral = mustPattern(`\b(?:spiral\w*|an hour|hours|all night|all evening|couldn'?t stop)\b`)

// exOnlineAck names an ex seen online and how it landed, with the place
// or time it came in when the answer says; "" when the answer tells of
// none, or at a question other than what online leaves one feeling worse.
func exOnlineAck(q Question, answer string, v int) string {
	if questionKind(q.Text) != qkDrain {
		return ""
	}
	folded := foldText(answer)
	if m := reExCircle.FindStringSubmatch(folded); m != nil {
		// "an engagement post from my ex's best friend": news from the
		// ex's circle, not the ex's own.
		what := strings.TrimSpace(m[1] + " " + m[2])
		article := "a "
		if strings.ContainsAny(what[:1], "aeiou") {
			article = "an "
		}
		return fitAck(upFirst(article+what+" from your ex's "+m[3]) + " — " + pickAck([]string{
			"news from around an ex can sting, and it's fine to unfollow or mute what keeps you looking back.",
			"that's hard to come across, and muting the people around your ex is allowed.",
		}, v))
	}
	loc := reExSeen.FindStringIndex(folded)
	if loc == nil || strings.Contains(folded[max(loc[0]-12, 0):loc[1]], "used to") {
		// Asked what to keep private, "my ex used to track me from my
		// stories" is a reason for a limit, which other lines answer.
		return ""
	}
	seen := folded[loc[0]:]
	if end := strings.IndexAny(seen, ".!?"); end >= 0 {
		seen = seen[:end]
	}
	var what string
	switch {
	case strings.Contains(seen, "engage"):
		what = "seeing your ex's engagement news"
	case strings.Contains(seen, "new "):
		what = "seeing your ex with someone new"
	case strings.Contains(seen, "watched") || strings.Contains(seen, "viewed"):
		what = "checking whether your ex saw your story"
	default:
		what = "seeing your ex's posts"
	}
	if places := placesIn(folded[:loc[0]]); len(places) > 0 && !places[0].interest {
		// "tiktok at 2am. and checking if my ex watched my story": where
		// it happened, first.
		head := places[0].name
		if late := reLateHours.FindString(folded[:loc[0]]); late != "" {
			head += " " + strings.TrimSpace(late)
		}
		what = head + ", and " + what
	}
	tails := []string{
		"that would hurt anyone, and it's fine to look away for a while.",
		"that's hard to see, and stepping back from it is allowed.",
	}
	if reExSpiral.MatchString(folded) {
		tails = []string{
			"getting pulled in for a while after that is very human, and the hurt does ease.",
			"it's hard not to spiral after seeing that, and being kind to yourself about it helps.",
		}
	}
	return fitAck(upFirst(what) + " — " + pickAck(tails, v))
}
