package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked when they last talked beyond catching up, people often place the
// talk at an occasion some time ago and say what the contact has been
// since: "christmas 2 years ago when we stayed up late. since then its been
// memes", "at her leaving do last summer, ever since it's just been
// likes". The occasion, how long ago, and what came after are the point;
// the answer is never said back.

// reOccasionAgo is an occasion placed some time ago: group 1 the occasion,
// group 2 how long ago.
var reOccasionAgo = mustPattern(`\b(christmas|new year'?s?(?: eve)?|easter|eid|diwali|thanksgiving|hanukkah|passover|(?:her|his|their|our|my|a|the) (?:wedding|birthday|party|leaving do|graduation|hen do|stag do|holiday|trip|funeral|visit)|(?:the |that )?(?:summer|holidays|reunion|camping trip))(?: (?:like|about|maybe|probably|roughly))? ((?:\d+|a|one|two|three|four|five|six|a few|a couple of|a couple) (?:years?|yrs?|months?) ago)\b`)

// reSinceThen is what the contact has been since: group 1 ("memes", "small
// talk", "likes").
var reSinceThen = mustPattern(`\b(?:since then|ever since|after that|since)(?: it'?s| its| it has| everything'?s| we'?ve| weve)?(?: (?:just|only|mostly|all|pretty much|basically|been|had))* ((?:memes|small talk|likes|reactions|texts|birthday texts|emojis|voice notes|group chat stuff|surface stuff|the odd text|catching up)(?: and (?:memes|small talk|likes|reactions|texts|emojis))?)\b`)

// agoSinceAck names a last real talk at an occasion some time ago, and
// what the contact has been since; "" at any other question or when the
// answer says neither.
func agoSinceAck(q Question, answer string, earlier []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "when did you last") {
		return ""
	}
	folded := foldText(answer)
	at, since := reOccasionAgo.FindStringSubmatch(folded), reSinceThen.FindStringSubmatch(folded)
	names := answerNames(append(slices.Clone(earlier), answer)...)
	if at == nil || since == nil || listen.Lost(answer, names) != "" || reDeathSaid.MatchString(folded) {
		return ""
	}
	occasion := ownAsYour.Replace(at[1])
	if w := strings.Fields(occasion)[0]; !slices.Contains([]string{"your", "her", "his", "their", "a", "the", "that"}, w) {
		occasion = upFirst(occasion)
	}
	with := talkPartner(answer, names)
	line := strings.NewReplacer("{o}", occasion, "{a}", strings.Replace(at[2], "2 ", "two ", 1), "{w}", with, "{s}", since[1]).Replace(pickAck([]string{
		"The last real talk{w} was {o}, {a}, and it's been {s} since — a long stretch, and a common one; it can be closed.",
		"{o}, {a}, was the last talk{w} that went deeper, with {s} since; that gap is very common, and worth closing.",
	}, v))
	return fitAck(upFirst(line))
}
