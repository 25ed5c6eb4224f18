package agent

import "github.com/companion-dev/companion/agent/internal/exclaim"

// A wish for a message quieter than its occasion usually is ("help me
// congratulate him but not cringe", "nothing over the top", "low key")
// starts the draft one step cooler: no exclamation marks, and plainer
// words than "huge congratulations" or "so happy" (see compose's finish).

// lowKeyWish is such a wish, anywhere in a request.
var lowKeyWish = mustPattern(`\b(?:not|nothing|no|without being|without going|dont make it|don't make it|do not make it|dont go|don't go|dont be|don't be|not be|isnt|isn't)\s+(?:too |so |very |overly |that |a bit |super |all |crazy |over |)(?:cringe|cringey|cringy|over the top|ott|overboard|gushy|gushing|mushy|soppy|sappy|cheesy|corny|dramatic|intense|extra|full on|effusive|excitable|hyper)\b|\bnot (?:too|over|so) much(?: (?:pls|please|plz|thanks|though|tho|lol|ok|okay))*$|\b(?:low ?key|understated|toned down|tone it down|subtle|no fuss|nothing big|nothing fancy)\b`)

// lowKeyWarmth is the warmth a request starts from: one step cooler when
// it asks for a quieter message or for no exclamation marks (read from
// clean, which keeps its marks: "no ! please"), 0 otherwise.
func lowKeyWarmth(folded, clean string) int {
	if lowKeyWish.MatchString(folded) || exclaim.Unwanted(clean) {
		return -1
	}
	return 0
}
