package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked what gets in the way of reaching out, people list a few things at
// once ("laziness if im honest. and the time zone, she's abroad now",
// "time, and i feel like im bothering him"). Each is a kind of obstacle
// the companion can name in its own words, with the person it is about,
// rather than say the list back.

// wayObstacle is one kind of thing in the way: the words that tell of it
// and how the companion names it; {p}, when the phrase has it, is the
// person it is about.
type wayObstacle struct {
	re      pattern
	phrase  string
	withWho string
}

// wayObstacles are tried in order; each found counts once. The time
// difference comes before time, which its words also hold.
var wayObstacles = []wayObstacle{
	{mustPattern(`\b(?:time ?zones?|time difference|hours? (?:ahead|behind)|(?:lives?|living|moved) (?:abroad|overseas|across the world|so far|far away)|the distance|so far away)\b`),
		"the distance", "the distance to {p}"},
	{mustPattern(`\b(?:lazy|laziness|can'?t be bothered|never get round to it|keep putting it off|procrastinat\w*)\b`),
		"not getting round to it", ""},
	{mustPattern(`\b(?:bother(?:ing)?|a burden|annoying (?:him|her|them)|being annoying|too busy for me|(?:busy|full) with (?:his|her|their) own)\b`),
		"worrying you're a bother", "worrying you're a bother to {p}"},
	{mustPattern(`\b(?:scared|afraid|frightened|terrified|worried|fear)\b[^.!?]{0,40}\b(?:hurt\w*|reject\w*|react\w*|say something|mean|cruel|judge\w*)`),
		"being afraid of getting hurt", "being afraid {p} will hurt you again"},
	{mustPattern(`\b(?:awkward\w*|been too long|been so long|so long since|weird after)\b`),
		"the awkwardness of a long gap", "the awkwardness of a long gap with {p}"},
	{mustPattern(`\b(?:shy|shyness|introvert\w*)\b`),
		"shyness", ""},
	{mustPattern(`\b(?:(?:don'?t|do not|never) know what to say|no idea what to say)\b`),
		"not knowing what to say", ""},
	{mustPattern(`\b(?:(?:don'?t|do not|never|wouldn'?t|would not) (?:even )?know|no idea) (?:how|where) to (?:even )?(?:start|begin|open|bring it up|pick it (?:back )?up)\b`),
		"not knowing how to start", ""},
	{mustPattern(`^(?:\w+ ){0,2}(?:time|no time|not enough time|lack of time)\b|\b(?:i'?m|im|i am|i've been|ive been) (?:too|so|really) busy\b|\b(?:no time|not enough time|work(?:ing)? (?:so much|too much|all the time))\b`),
		"not enough time", ""},
}

// reFullDays are days used up by work and care: "2 jobs + kid", "night
// shifts and three kids".
var reFullDays = mustPattern(`\b(?:(?:two|2|three|3) jobs|second job|(?:night |double |long )?shifts|(?:a |the |my |\d )?(?:kid|kids|toddler|baby|children)|carer|caring for)\b`)

// inTheWayLines follow the obstacles named: one, or two joined by "and".
var inTheWayLines = []string{
	"{o}: real things in the way, and naming them honestly is where getting round them starts.",
	"So it's {o} — both very common, and neither says anything about how much they matter to you.",
	"{o} — fair reasons, and knowing them makes a small way round easier to find.",
}

// inTheWayOne follows a single obstacle named with the person it is about.
var inTheWayOne = []string{
	"{o} — that's a real thing in the way, and saying it plainly is where getting past it starts.",
	"So it's {o}; that makes sense, and a small, low-stakes message can be a way round it.",
	"{o} is a very human thing to get in the way, and it doesn't have to stay there.",
}

// inTheWayAck names what an answer says gets in the way of reaching out,
// one or two kinds of obstacle, with the person one of them is about. It
// is "" at any other question, for an answer about a loss, an illness,
// guilt or a falling out (which other lines answer), and when no one is
// named for it.
func inTheWayAck(q Question, answer string, earlier []string, v int) string {
	if !strings.Contains(strings.ToLower(q.Text), "in the way") {
		return ""
	}
	folded := foldText(answer)
	if listen.Lost(answer, answerNames(answer)) != "" || aboutObstacles[0].re.MatchString(folded) || aboutObstacles[1].re.MatchString(folded) ||
		reWeightier.MatchString(folded) || reFeelsBad.MatchString(folded) || strings.Contains(folded, "guilt") {
		// An illness, a loss or guilt beside the obstacle is what to
		// answer first.
		return ""
	}
	who := whomAbout(answer, earlier)
	if who == "" && len(singles(answer, answerNames(append(slices.Clone(earlier), answer)...))) == 0 {
		// "awkwardness mostly, it's been so long": the question asks
		// about the one the earlier answers named.
		who = earlierOne(earlier, answerNames(earlier...), "")
	}
	type hit struct {
		at     int
		phrase string
	}
	var hits []hit
	whoUsed, distance := false, false
	for _, o := range wayObstacles {
		loc := o.re.FindStringIndex(folded)
		if loc == nil {
			continue
		}
		if o.phrase == "not enough time" && distance && strings.Count(folded, "time") < 2 {
			// "the time zone" is the distance, not time in short supply.
			continue
		}
		distance = distance || o.phrase == "the distance"
		phrase := o.phrase
		if who != "" && o.withWho != "" && !whoUsed {
			phrase, whoUsed = strings.ReplaceAll(o.withWho, "{p}", who), true
		}
		hits = append(hits, hit{loc[0], phrase})
	}
	if len(hits) > 2 {
		// Three or more is a list no line holds.
		return ""
	}
	slices.SortStableFunc(hits, func(a, b hit) int { return a.at - b.at })
	var found []string
	for _, h := range hits {
		found = append(found, h.phrase)
	}
	if !whoUsed && len(found) == 1 && found[0] == "not enough time" && reFullDays.MatchString(folded) {
		// "time. 2 jobs + kid. by 10pm im dead": the time, and the days
		// that use it up, before the tiredness they leave.
		return pickAck([]string{
			"Too little time, with days that full — that's a real thing in the way, and small, easy ways to be in touch still count.",
			"Days that full leave little time, and that's a real obstacle; a short message still counts.",
			"With days that busy there's little time left over, and nothing about it says they matter less.",
		}, v)
	}
	if !whoUsed {
		// With no one to weave in ("time, and i worry i'd be bothering
		// them"), the lines for one obstacle say it better.
		return ""
	}
	switch len(found) {
	case 2:
		return fitAck(strings.ReplaceAll(pickAck(inTheWayLines, v), "{o}", found[0]+" and "+found[1]))
	case 1:
		return fitAck(strings.ReplaceAll(pickAck(inTheWayOne, v), "{o}", found[0]))
	}
	return ""
}
