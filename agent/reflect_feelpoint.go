package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// softenEcho leaves out of a cleaned answer the names a person calls
// themselves or what happened ("like an idiot", "something dumb"): said
// back, they would sound like agreement.
func softenEcho(clean string) string {
	clean = reSelfPutDown.ReplaceAllString(clean, "")
	clean = reDumbThing.ReplaceAllString(clean, "something small")
	return strings.Join(strings.Fields(clean), " ")
}

var (
	reSelfPutDown = mustPattern(`,? \b(?:like (?:an? |such an? |a total |a complete )?(?:idiot|loser|creep|weirdo|stalker|fool|moron|psycho|freak|sad sack|mess)|(?:because|cause|cos) (?:you're|you are) (?:an? )?(?:idiot|loser|useless|pathetic|rubbish))\b`)
	reDumbThing   = mustPattern(`\bsomething (?:so |really |super |pretty )?(?:dumb|stupid|silly|petty|pathetic)\b`)
)

// feelingPoint says back the point of an answer and then names its
// feeling: "_Discord servers, calls drain you so fast_ — that sounds
// draining." A feeling line alone ("That sounds stressful") could follow
// any answer; with the point in front it shows what was heard. It is used
// only for a feeling line that names no one and nothing, only when the
// feeling is heard in the part said back (else the line would pin it on
// the wrong thing), and only when both fit in ackMax; "" otherwise.
func feelingPoint(answer string, names []string, line string, v int) string {
	f := listen.Feel(answer)
	label := f.Label
	if slices.Contains(wearsOutLines, line) {
		label = "wears_out"
	}
	tails := feelingTails[label]
	if len(tails) == 0 || !slices.Contains(append(slices.Clone(feelingLines[f.Label]), wearsOutLines...), line) {
		return ""
	}
	tail := pickAck(tails, v)
	clean := softenEcho(listen.Proper(listen.Clean(answer), names))
	clause := listen.Clause(clean, pointMax)
	if clause == "" || len(clause) > pointMax || len(strings.Fields(clause)) < 2 || reFeelingSaid.MatchString(clause) {
		// A long story said back whole is parroting, and "you feel
		// guilty" said back says nothing the feeling line does not.
		return ""
	}
	if !heardIn(clause, clean, label) {
		return ""
	}
	return fitAck("_" + clause + "_ — " + tail)
}

// pointMax is the longest point said back before a feeling: a phrase or
// two, not the whole story.
const pointMax = 100

// reFeelingSaid is a clause that only states the feeling: "you feel a bit
// guilty about it", "you get anxious when…".
var reFeelingSaid = mustPattern(`(?i)^(?:you|you're) (?:\w+ ){0,2}(?:feel|feels|felt|feeling|get|got|am|are|were|worry|worried|think|thought)\b`)

// heardIn reports whether the feeling label is heard in clause, the part
// of the cleaned answer said back: the clause is nearly all of it, or the
// listener hears the same feeling in the clause alone.
func heardIn(clause, clean, label string) bool {
	if len(clause)*5 >= len(strings.TrimRight(clean, ".!?; "))*4 {
		return true
	}
	switch label {
	case "wears_out":
		return reWearsOut.MatchString(foldText(clause))
	}
	g := listen.Feel(clause)
	return g.Label == label && g.Confidence >= lowLean
}

// feelingTails name a feeling after the point said back, in a few words
// that start in lowercase.
var feelingTails = map[string][]string{
	"worry":         {"that sounds stressful.", "no wonder that makes you anxious.", "that kind of worry is very common."},
	"tiredness":     {"that sounds tiring.", "that sounds draining, and it makes sense to guard your energy.", "it sounds like you're running low."},
	"wears_out":     {"good to know what wears you out.", "good to know what costs you energy.", "some settings take more than they give."},
	"loneliness":    {"that sounds lonely.", "that sounds lonely, and it's more common than it looks.", "that's a lonely feeling, and it can change."},
	"hurt":          {"that sounds like it hurt.", "of course that stung.", "that sounds painful."},
	"anger":         {"that sounds frustrating.", "that would annoy most people.", "your frustration makes sense."},
	"embarrassment": {"oof, that sounds awkward.", "that sounds like it stung a bit.", "moments like that feel bigger to us than to anyone else."},
	"guilt":         {"it's clear that weighs on you, and it shows you care.", "feeling bad about it says you care.", "it's rarely too late to pick things up again."},
	"relief":        {"what a relief.", "that must have felt so much lighter.", "it sounds like a weight came off."},
	"pride":         {"that's something to be proud of.", "you sound proud, and rightly so.", "that's worth being proud of."},
	"joy":           {"that sounds lovely.", "here's to more of that.", "that sounds really good."},
	"gratitude":     {"that kind of care means a lot.", "it's lovely to have people like that.", "that's worth holding on to."},
	"missing":       {"you clearly miss them.", "missing them shows how much they matter.", "it sounds like you really miss that."},
}
