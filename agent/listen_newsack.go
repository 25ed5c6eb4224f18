package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// News about someone else inside a reflection answer ("my best friend told
// me she beat cancer and i cried on the phone") is theirs: the
// acknowledgement is glad or sorry about them first, then answers what the
// rest of the answer says about the person, never "that sounds really
// hard" to a recovery.

// newsAckKinds are the kinds of someone's news an acknowledgement opens
// with; a death is griefAck's, a change of life the answer's own point.
var newsAckKinds = map[newsKind]bool{newsRecovery: true, newsWin: true, newsBaby: true, newsIll: true, newsSetback: true}

// newsAck acknowledges an answer that tells someone else's news, or
// returns "" when it tells none.
func newsAck(answer string, v int) string {
	n := readNews(answer)
	if !newsAckKinds[n.kind] || n.self {
		return ""
	}
	if about, obj := pronounRelation(answer, answerNames(answer)); about != "" &&
		(strings.EqualFold(strings.Fields(about)[len(strings.Fields(about))-1], n.about) || strings.HasPrefix(about, n.about+"'s ")) {
		// "my ex texted that her dad is in hospital": her dad, not the
		// person's own Dad.
		n.about, n.obj = about, obj
	}
	good := n.kind == newsRecovery || n.kind == newsWin || n.kind == newsBaby
	first := newsAckFirst(n, newsPhrase(answer, n.about), v)
	second, ok := newsRest(answer, good)
	if !ok && n.kind != newsIll {
		// The rest says something of its own ("i sent a long voice
		// note"): the usual acknowledgement says it back.
		return ""
	}
	if second == "" {
		second = map[bool]string{true: "Moments like that are worth sharing.", false: "Being there for {obj} counts for a lot."}[good]
	}
	obj := n.obj
	if m := reFollowedUp.FindStringSubmatch(foldText(withoutNews(answer))); m != nil {
		// "a friend told me her dad had a stroke … never checked on
		// her": the one to catch up with is the friend who told it.
		obj = m[1]
	}
	return first + " " + strings.ReplaceAll(second, "{obj}", obj)
}

// reFollowedUp is a follow-up, done or not, and whom it was with:
// "checked on her", "never texted him back".
var reFollowedUp = mustPattern(`\b(?:check(?:ed)? (?:on|in with|up on)|ask(?:ed)?|text(?:ed)?|messag(?:ed|e)|call(?:ed)?|rang|reach(?:ed)? out to|g[eo]t back to|repl(?:y|ied) to) (her|him|them)\b`)

// newsRest answers what an answer says besides someone's news: the
// feeling in the rest, or in the whole answer when the news is all of it.
// ok is false when the rest says something the listener names no feeling
// for.
func newsRest(answer string, good bool) (string, bool) {
	rest := withoutNews(answer)
	if rest == "" {
		if f := listen.Feel(answer); f.Confidence >= nameFeeling {
			return newsSecond[f.Label], true
		}
		return "", true
	}
	if f := foldText(rest); reWrongThing.MatchString(f) && reSaidNothing.MatchString(f) {
		// "i was scared i'd say the wrong thing so i said nothing": the
		// silence and its reason, not a worry about them.
		return "Fearing the wrong words can keep anyone quiet; a few plain ones to {obj} now would still land.", true
	}
	if hasPhrase(lowPadded(rest), tearCues) {
		return map[bool]string{true: "No wonder it brought tears.", false: "It's a lot to take in."}[good], true
	}
	if k, ok := findLow(rest); ok && k.name != "low" {
		return pick(rest, k.lines), true
	}
	if f := listen.Feel(rest); f.Confidence >= nameFeeling && newsSecond[f.Label] != "" {
		return newsSecond[f.Label], true
	}
	return "", false
}

// newsAckFirst is glad or sorry about whom the news is about, by name
// when the answer gave one, and about what happened to them when ev, the
// news named (newsPhrase), is not empty.
func newsAckFirst(n newsReading, ev string, v int) string {
	named := n.about != "" && n.about != "her" && n.about != "him" && n.about != "them"
	about := n.about
	switch n.kind {
	case newsRecovery:
		if ev != "" {
			return pickAck([]string{"What wonderful news about " + ev + ".", "What a relief to hear about " + ev + "."}, v)
		}
		if named {
			return pickAck([]string{"What wonderful news about " + about + ".", "What a relief about " + about + "."}, v)
		}
		return "What a relief that must have been."
	case newsWin, newsBaby:
		if ev != "" {
			return "That's lovely news about " + ev + "."
		}
		if named {
			return "That's lovely news about " + about + "."
		}
		return "That's lovely news."
	case newsIll:
		if ev != "" {
			return "I'm sorry to hear about " + ev + "."
		}
		if named {
			return "I hope " + about + " is doing okay."
		}
		return "That sounds like a worrying time."
	}
	if ev != "" {
		return "I'm sorry about " + ev + " — that's a hard one."
	}
	if named {
		return "That's a hard one for " + about + "."
	}
	return "That's a hard one."
}

// newsSecond answers what the rest of the answer says about the person,
// after the news.
var newsSecond = map[string]string{
	"guilt":         "It's not too late to catch up with {obj} about it.",
	"embarrassment": "It's not too late to catch up with {obj} about it.",
	"joy":           "It sounds like a lovely moment.",
	"pride":         "You sound proud of {obj}, and rightly so.",
	"gratitude":     "It sounds like being there for each other meant a lot.",
	"worry":         "It makes sense to worry about someone you care about.",
	"tiredness":     "Looking after someone takes a lot out of you.",
	"relief":        "It sounds like a weight came off for you too.",
	"hurt":          "It's a lot to take in.",
	"loneliness":    "It can be lonely to carry worry like that.",
}

// withoutNews is what an answer says besides its news: its clauses that
// tell none, joined.
func withoutNews(answer string) string {
	var keep []string
	for _, c := range newsClauses(answer) {
		if readNews(c).kind == newsNone {
			keep = append(keep, c)
		}
	}
	return strings.TrimSpace(strings.Join(keep, ", "))
}

// newsClauses splits an answer at commas, full stops and the words that
// join clauses.
func newsClauses(answer string) []string {
	parts := strings.FieldsFunc(answer, func(r rune) bool { return r == ',' || r == '.' || r == ';' || r == '!' || r == '?' })
	var out []string
	for _, p := range parts {
		low := " " + strings.ToLower(p) + " "
		for _, sep := range []string{" and ", " but ", " so ", " then "} {
			low = strings.ReplaceAll(low, sep, "|")
		}
		for _, c := range strings.Split(low, "|") {
			if c = strings.TrimSpace(c); c != "" {
				out = append(out, c)
			}
		}
	}
	return out
}
