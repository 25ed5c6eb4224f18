package agent

import "github.com/companion-dev/companion/agent/listen"

// Sharing, then wishing one had not: "i overshare then regret it", "i
// vented on my story and wanted to delete it". The acknowledgement
// names that loop in the companion's words rather than saying the answer
// back.

// reSharedThenRegret is something shared and then regretted.
var reSharedThenRegret = mustPattern(`\b(?:overshar\w*|posted|post|shared|share|told|tell|put it|put up|vent\w*|spilled|blurt\w*|opened up)\b.*\b(?:regret\w*|wish(?:ed)? i (?:hadn'?t|didn'?t|had not|did not|never)|take it back|delete it|deleted it|feel exposed|felt exposed)\b`)

// sharedRegretLines name the loop of sharing and regretting.
var sharedRegretLines = []string{
	"Oversharing and then regretting it is a very common loop; it usually means you're still finding where your line is.",
	"Sharing something and then regretting it happens to a lot of people — it's a sign of where your line wants to be, not a failing.",
}

// sharedRegretAck answers an answer telling of something shared and then
// regretted; "" for any other.
func sharedRegretAck(answer string, v int) string {
	folded := foldText(answer)
	if !reSharedThenRegret.MatchString(folded) || reRegretDenied.MatchString(folded) {
		return ""
	}
	if aboutOf(answer).limit != "" || len(listen.Mentions(answer, answerNames(answer))) > 0 {
		// "my breakup", "my kids' faces", "fatima": what or who it was
		// about is the better thing to name.
		return ""
	}
	return pickAck(sharedRegretLines, v)
}

// reRegretDenied says there is nothing to regret: "i share everything and
// dont regret it".
var reRegretDenied = mustPattern(`\b(?:no|zero|never|dont|don'?t|do not|not) (?:\w+ )?regret`)
