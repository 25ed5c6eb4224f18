package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Sharing, then wishing one had not: "i overshare then regret it", "i
// vented on my story and wanted to delete it". The acknowledgement
// names that loop in the companion's words rather than saying the answer
// back.

// reSharedThenRegret is something shared and then regretted.
var reSharedThenRegret = mustPattern(`\b(?:overshar\w*|rant\w*|posted|post|shared|share|told|tell|put it|put up|vent\w*|spilled|blurt\w*|opened up)\b.*\b(?:regret\w*|wish(?:ed)? i (?:hadn'?t|didn'?t|had not|did not|never)|take it back|delete it|deleted it|feel exposed|felt exposed|(?:feel|felt|feeling) (?:so |a bit |kind of |kinda |really )?(?:silly|stupid|embarrassed|cringe|awkward|weird) (?:after|afterwards|later|the next day|about it))\b`)

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

// Often the answer says what was shared and regretted ("i overshare about
// my mental health on twitter and regret it", "i posted about my meds
// once and my boss saw it"), sometimes beside what is kept offline ("i
// never post where i live or my kids"). The acknowledgement then names
// that thing, who saw it, and what stays offline, rather than listing it
// all as kept private.

// reSharedTopic is what was shared: group 1 is the thing, in the person's
// words ("my mental health").
var reSharedTopic = mustPattern(`\b(?:overshar\w*|posted|post|shared|share|vent\w*|ranted|rant|spilled|blurt\w*) (?:(?:a lot|so much|too much|loads|quite a bit|a bit|\w+) )?(?:about|on|re) ((?:my|our) [a-z]+(?: (?:health|stuff|life|problems|issues|struggles|meds|medication|diagnosis|feelings|relationship|breakup|divorce|family|job|work|money|kids))?)\b`)

// reSeenBy is the wrong person seeing what was shared: group 1 is who.
var reSeenBy = mustPattern(`\b(?:and|then|but|until) ((?:my|the|a|our) [a-z]+(?: in law)?) (?:saw|found|read|seen|spotted|screenshotted) it\b`)

// reCouldSee is someone who could come across what was shared: "my
// employer could probably find it", "my boss might see it".
var reCouldSee = mustPattern(`\b((?:my|the|our) (?:[a-z]+ )?(?:employer|boss|manager|work|colleagues|coworkers|clients|patients|students|parents|family|mum|mom|dad|ex|in laws|in-laws|landlord|team)) (?:could|might|would|can|may|will) (?:\w+ )?(?:find|see|read|come across|look up|stumble on|google) (?:it|them|that|this|my posts)\b`)

// reSharedPlace is a place things are shared, after "on": "my close
// friends story", "my insta", "our family page".
var reSharedPlace = mustPattern(`^(?:my|our) ((?:[a-z]+ ){0,2}(?:story|stories|feed|page|profile|account|grid|status|insta\w*|facebook|tiktok|twitter|snap\w*|blog|channel))\b`)

// sharedTopicAck names the thing shared and regretted, or seen by the
// wrong person, with what stays offline when the answer says; "" when it
// tells of no such thing.
func sharedTopicAck(q Question, answer string, v int) string {
	if questionKind(q.Text) != qkLimit {
		return ""
	}
	folded := foldText(answer)
	loc := reSharedTopic.FindStringSubmatchIndex(folded)
	if loc == nil || reRegretDenied.MatchString(folded) {
		return ""
	}
	if place := reSharedPlace.FindStringSubmatch(folded[loc[2]:]); place != nil {
		// "i overshare on my close friends story": where it goes, not
		// what it is about.
		if !reSharedThenRegret.MatchString(folded) {
			return ""
		}
		return fitAck(pickAck([]string{
			"Sharing more than you meant on your " + place[1] + " and wishing you hadn't afterwards shows where your line wants to be.",
			"Oversharing on your " + place[1] + " and regretting it later is common, and it points to what you'd rather keep back.",
		}, v))
	}
	topic := "your " + strings.SplitN(folded[loc[2]:loc[3]], " ", 2)[1]
	if seen := reSeenBy.FindStringSubmatch(folded[loc[0]:]); seen != nil {
		who := "your " + strings.SplitN(seen[1], " ", 2)[1]
		if !strings.HasPrefix(seen[1], "my ") && !strings.HasPrefix(seen[1], "our ") {
			who = seen[1]
		}
		return fitAck(pickAck([]string{
			"Posting about " + topic + " and then " + who + " seeing it would rattle anyone. Keeping that offline from now on is a fair line.",
			"Having " + who + " see a post about " + topic + " is the kind of thing that shows where your line is. It's fine to keep it private.",
		}, v))
	}
	if seen := reCouldSee.FindStringSubmatch(folded[loc[0]:]); seen != nil {
		// "my employer could probably find it": a worry of who might
		// see, not a post already seen.
		who := ownAsYour.Replace(seen[1])
		return fitAck(pickAck([]string{
			"Sharing about " + topic + " where " + who + " could come across it is worth weighing; keeping some of it to a smaller circle is a fair line.",
			"Being open about " + topic + " can help, and wondering whether " + who + " might see it is a fair reason to keep some of it closer.",
		}, v))
	}
	if !reSharedThenRegret.MatchString(folded) {
		return ""
	}
	var kept []string
	for _, m := range reLimitSubject.FindAllStringSubmatch(folded[:loc[0]], -1) {
		if s := limitSubject(m); !slices.Contains(kept, s) && !strings.Contains(topic, strings.TrimPrefix(s, "your ")) {
			kept = append(kept, s)
		}
	}
	line := upFirst(topic) + " is what you share and then wish you hadn't, and that shows where your line wants to be."
	if len(kept) > 0 && len(kept) <= 3 {
		line = upFirst(andList(kept)) + " stay offline; " + topic + " is what you share and then regret. That shows where a new line could go."
	}
	return fitAck(line)
}
