package agent

import (
	"context"
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/people"
	"github.com/companion-dev/companion/agent/understand"
)

// Free text at "Which would you like to think about?". The choices are
// the reflection journeys; a person answers in words as often as with a
// button: "the one about who matters", "boundaries i guess", "the second
// one", or simply by talking about someone ("honestly my brother, we text
// memes every day"). Each is a choice. A question is answered while the
// choice waits; a plain request the rules and the classifier agree on is
// served. Nothing else leaves the choice: a message that only mentions a
// day or a habit is never taken for a reminder.

// matterJourney is the journey about the people who matter: a message
// that talks about someone picks it.
const matterJourney = "matter"

// atJourneyChoice handles free text while the journeys are on offer.
func (t *turn) atJourneyChoice(ctx context.Context, in Intent, p prompt) {
	journeys := t.a.guide.Journeys()
	if in.Kind == IntentResume {
		t.reask(ctx, p, "Sure. ", false)
		return
	}
	if in.Kind == IntentPause || in.Kind == IntentNo {
		t.pause("Okay, another time. Say “continue” or /reflect whenever you'd like to think it through.")
		return
	}
	if flowControls[in.Kind] || in.Command {
		t.toFlow(ctx, in, p)
		return
	}
	if j, ok := pickJourney(t.text, journeys); ok {
		t.startReflect(j.ID)
		return
	}
	folded := foldText(t.text)
	if clarifying(folded) || unsureWhich.MatchString(folded) {
		t.reask(ctx, p, journeysExplained(journeys)+"\n\n", true)
		return
	}
	r := classify(t.text)
	switch {
	case r.Sure() && r.Label == understand.Cancel:
		t.cancel()
		return
	case questionShaped(t.text, folded) && (in.Kind == IntentAsk || r.Sure() && questionLabels[r.Label]):
		t.serve(ctx, Intent{Kind: IntentNone, Arg: t.text})
		return
	case ruleRequests[in.Kind] && in.Kind != IntentAsk && r.Sure() && requestLabels[r.Label] && addressed(folded):
		t.serve(ctx, in)
		return
	case r.Sure() && asideLabels[r.Label]:
		t.aside(ctx, p, r.Label)
		return
	}
	if j, ok := journeyByID(journeys, matterJourney); ok && people.Find(t.text).Found() {
		t.startReflect(j.ID)
		return
	}
	t.toFlow(ctx, Intent{Kind: IntentNone, Arg: t.text}, p)
}

// unsureWhich is a person not knowing which journey to pick: "not sure,
// what's the difference", "idk which one".
var unsureWhich = mustPattern(`\b(?:what'?s the difference|which (?:one )?(?:should|would|do you)|(?:not sure|no idea|idk|dunno|don't know|dont know) which|what are (?:they|these|those|the options))\b|^(?:(?:hmm|um|uh|honestly|tbh) )*(?:idk|dunno|not sure|no idea|i (?:don't|dont|do not) know|i'm not sure|im not sure)(?: tbh| honestly| really)?$`)

// journeysExplained lists the journeys with a line on each.
func journeysExplained(journeys []Journey) string {
	var b strings.Builder
	b.WriteString("Each one is five short questions:")
	for _, j := range journeys {
		b.WriteString("\n• " + j.Title)
		if j.Intro != "" {
			b.WriteString(" — " + j.Intro)
		}
	}
	return b.String()
}

// journeyByID finds a journey by its id.
func journeyByID(journeys []Journey, id string) (Journey, bool) {
	for _, j := range journeys {
		if j.ID == id {
			return j, true
		}
	}
	return Journey{}, false
}

// ordinals pick a journey by its place in the list.
var ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
	"4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6}

// pickJourney reads which journey text chooses: by its place ("the second
// one", "the last one"), or by the words of its title and introduction
// ("the one about who matters", "boundaries pls"). It reports false when
// no journey, or more than one, fits equally well.
func pickJourney(text string, journeys []Journey) (Journey, bool) {
	words := strings.Fields(foldText(text))
	if len(words) == 0 || len(words) > 12 || len(journeys) == 0 {
		return Journey{}, false
	}
	for _, w := range words {
		if n, ok := ordinals[w]; ok && n <= len(journeys) && len(words) <= 4 {
			return journeys[n-1], true
		}
		if w == "last" && len(words) <= 4 {
			return journeys[len(journeys)-1], true
		}
	}
	padded := lowPadded(text)
	best, bestScore, tie := -1, 0, false
	for i, j := range journeys {
		s := 2*overlap(words, j.Title) + overlap(words, j.Intro)
		if hasPhrase(padded, journeyCues[j.ID]) {
			// Named by its idea: "who i've been neglecting".
			s += 2
		}
		switch {
		case s > bestScore:
			best, bestScore, tie = i, s, false
		case s == bestScore && s > 0:
			tie = true
		}
	}
	if best < 0 || tie || bestScore < 2 && len(words) > 4 {
		return Journey{}, false
	}
	return journeys[best], true
}

// overlap counts the words of words that share a stem with a content word
// of s.
func overlap(words []string, s string) int {
	n := 0
	of := strings.Fields(foldText(s))
	for _, w := range words {
		if journeyStopWords[w] || len(w) < 3 {
			continue
		}
		for _, v := range of {
			if !journeyStopWords[v] && sameStem(w, v) {
				n++
				break
			}
		}
	}
	return n
}

// sameStem reports two words alike up to their endings: "matters" and
// "matter", "boundaries" and "boundary".
func sameStem(a, b string) bool {
	k := min(len(a), len(b), 5)
	if k < 3 || a[:k] != b[:k] {
		return false
	}
	return k == 5 || len(a) == len(b)
}

// journeyStopWords are the words too common to tell journeys apart.
var journeyStopWords = wordset.Of(`the one about and for you your yours with what who how i me my it its it's that this
think thinking talk talking lets let's let us can could would like want to of in on at so just guess maybe probably
please pls ok okay yeah yes um uh hmm do does did be is are was were more them they their people life
you'd you'll you're we our from into out up look looking`)
