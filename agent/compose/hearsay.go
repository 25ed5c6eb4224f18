package compose

import (
	"regexp"
	"strings"
)

// News is said as heard ("I heard you got the job") only when the writer
// did hear it from someone else or saw it somewhere; told first hand, it is
// congratulated as it is ("Congratulations on your PhD!").

// hearsaid is the person saying they learnt the news second hand.
var hearsaid = regexp.MustCompile(`(?i)\b(?:i (?:just |only )?(?:heard|saw|read|found out|noticed|see)\b|apparently|supposedly|word is|someone (?:told|said)|(?:my|his|her|their|a|our) (?:[\w'-]+ ){0,2}(?:told|said|mentioned) (?:me|us)|on (?:insta|instagram|facebook|fb|linkedin|twitter|tiktok|x|the news|strava)\b|(?:she|he|they) posted|grapevine|last i heard)`)

// gotThing is news of something they got: "you got your PhD", "you were
// awarded a scholarship", said as the thing.
var gotThing = regexp.MustCompile(`(?i)^you (?:got|earned|received|were awarded|have got|'ve got|were given) (your|the|a|an) ((?:[\w'-]+ ){0,4}?[\w'-]+)$`)

// gotNews says "you got your PhD" as "your PhD"; "" when t is no such
// news.
func gotNews(t string) string {
	m := gotThing.FindStringSubmatch(trimTail(t))
	if m == nil || hasVerb(strings.ToLower(m[2])) {
		return ""
	}
	det := strings.ToLower(m[1])
	if det == "a" || det == "an" {
		det = "your"
	}
	return det + " " + m[2]
}
