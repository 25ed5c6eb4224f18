package agent

import (
	"slices"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// Asked who they follow up with and who drifts while they wait to hear
// first, people name both in one breath ("i follow up with my cousins but
// Rosa drifts", "everyone at work hears from me, my own friends drift").
// Each side is read from its own clause and named, with the fear of being
// a bother when that is why the person waits.

// reFollowClause and reWaitClause tell which clause of an answer names
// whom the person keeps up with and which whom they wait on.
var (
	reFollowClause = mustPattern(`\bfollow(?:s|ed)? up (?:with|on)\b|\bkeep up with\b`)
	reWaitClause   = mustPattern(`\bdrift\w*\b|\bwait\w* (?:for|on)\b`)
)

// reEveryoneElse is the rest of the people a person knows, said as a
// group: "everyone else", "the rest", "other people".
var reEveryoneElse = mustPattern(`\b(?:everyone else|everybody else|the rest(?: of them)?|other people|all the others|the others)\b`)

// reEveryoneAt is everyone in one place of a person's life: "everyone at
// work", "everybody from church".
var reEveryoneAt = mustPattern(`\b(?:everyone|everybody|all the people) (?:at|from|in) (?:work|church|school|uni|college|the office|the gym|the club|my team|the team)\b`)

// reMyGroup is a group of the person's own, in its first group: "my own
// friends", "my old mates".
var reMyGroup = mustPattern(`\bmy ((?:own |real |actual |old |close |school |uni )?(?:friends|mates|family|cousins|siblings|crew|group))\b`)

// reFearBother is the fear of being a bother given as why the person
// waits: "scared of being annoying", "worried i'm a pain".
var reFearBother = mustPattern(`\b(?:scared|afraid|worried|worry|fear|terrified|nervous|anxious)\b[^.;]*\b(?:annoying|a bother|bothering|a pain|a nuisance|too much|clingy|needy|intrusive|pushy|a burden)\b`)

// followDriftAck names, at the question of who drifts while the person
// waits, whom they keep up with and who drifts, each read from its own
// clause: "i follow up with my cousins but Rosa drifts". "" unless the
// answer says both and one of them drifts.
func followDriftAck(q Question, answer string, earlier []string, v int) string {
	folded := foldText(answer)
	if !strings.Contains(strings.ToLower(q.Text), "write first") || !reFollowClause.MatchString(folded) ||
		!strings.Contains(folded, "drift") || reGrave.MatchString(folded) {
		return ""
	}
	names := answerNames(append(slices.Clone(earlier), answer)...)
	var kept, drifting []string
	for _, c := range reClauseSplit.Split(answer, -1) {
		fc := foldText(c)
		var refs []string
		for _, m := range listen.Mentions(reAside.ReplaceAllString(c, ""), names) {
			refs = append(refs, m.Ref)
		}
		switch {
		case reFollowClause.MatchString(fc) && len(refs) == 0 && reEveryoneAt.MatchString(fc):
			// "i follow up with everyone at work": the crowd, named as
			// the person names it.
			kept = append(kept, reEveryoneAt.FindString(fc))
		case reFollowClause.MatchString(fc):
			kept = append(kept, refs...)
		case reWaitClause.MatchString(fc) && len(refs) > 0:
			drifting = append(drifting, refs...)
		case reWaitClause.MatchString(fc) && len(kept) > 0 && len(drifting) == 0 && reEveryoneElse.MatchString(fc):
			// "everyone else drifts": the rest, named as the rest.
			drifting = append(drifting, "everyone else")
		case reWaitClause.MatchString(fc) && len(kept) > 0 && len(drifting) == 0 && reMyGroup.MatchString(fc):
			// "my own friends drift": whose, said the companion's way.
			drifting = append(drifting, "your "+reMyGroup.FindStringSubmatch(fc)[1])
		case len(refs) > 0 && len(kept) > 0 && len(drifting) == 0 && c != answer:
			// "my school friends i wait for": who, before the waiting.
			drifting = append(drifting, refs...)
		}
	}
	if len(kept) == 0 || len(drifting) == 0 {
		return ""
	}
	d := andList(drifting)
	verb := "drift"
	if len(drifting) == 1 && !pluralPlace(strings.TrimPrefix(d, "your ")) {
		verb = "drifts"
	}
	lines := []string{
		"You keep up with {k}, while {d} {drift} as you wait to hear first; a first message from you would likely be welcome.",
		"So {k} {hear} from you, and {d} {drift} while you wait — they may well be waiting on you too.",
	}
	if reFearBother.MatchString(folded) {
		// "probably cos im scared of being annoying": why the person
		// waits is the point, and a kind word for it.
		lines = []string{
			"You keep up with {k}, and {d} {drift} while you wait, scared of being a bother; a first message is rarely as annoying as it feels.",
			"{K} {hear} from you; {d} {drift}, because writing first feels like being a nuisance. Most people are glad to be the one written to.",
		}
	}
	hear := "hear"
	if len(kept) == 1 && reEveryoneAt.MatchString(kept[0]) {
		// "everyone at work" is one crowd: it hears.
		hear = "hears"
	}
	line := strings.NewReplacer("{k}", andList(kept), "{K}", upFirst(andList(kept)), "{d}", d, "{drift}", verb, "{hear}", hear).Replace(pickAck(lines, v))
	return fitAck(line)
}
