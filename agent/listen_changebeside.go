package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// A change of life is often only where a feeling happens: "nobody at my
// new job talks to me at lunch", "been feeling flat since my flatmate
// moved out". The change is the setting, a place named as new ("at my
// new job") or a clause that gives the cause ("since…", "after…", "now
// that…"); the feeling is what the words of the main clause say, and it
// is heard first, with the change named as what makes it harder. Told
// the other way round ("my flatmate moved out so the flat's all mine"),
// the main clause is the change, and the change is the news.

// reChangeSetting finds the settings a feeling is told in: a new place
// after a preposition, or a clause giving the cause, up to the end of
// the clause.
var reChangeSetting = mustPattern(`\b(?:at|in|on|from|around|with|among) (?:my|our|the|this|his|her|their) (?:new|first) (?:\w+ )?\w+\b|\b(?:ever since|since|after|now that|because|cause|cuz) [^.,;:!?]*`)

// feelingBesideChange reads a change told as the setting of a feeling of
// the person's own: rest is the message without the setting, and ok is
// false when no change is told, the change is in the main clause, or
// what is left tells no low feeling.
func feelingBesideChange(text string) (rest string, ok bool) {
	if asksSomething(text) || !changed(lowPadded(text)) {
		return "", false
	}
	lower := strings.ToLower(text)
	rest = strings.Join(strings.Fields(reChangeSetting.ReplaceAllString(lower, " ")), " ")
	if rest == strings.Join(strings.Fields(lower), " ") || changed(lowPadded(rest)) {
		return "", false
	}
	if k, found := findLow(rest); found {
		return rest, !changeLows[k.name]
	}
	f := listen.Feel(rest)
	return rest, f.Sure() && heavyFeelings[f.Label]
}

// feelingAmidChange answers a feeling told beside a change (rest is what
// feelingBesideChange left): the feeling heard as if told alone, and the
// change named as what makes it harder.
func (t *turn) feelingAmidChange(rest string, own bool) {
	besides := "A change like that can leave a real gap in the everyday."
	if own {
		besides = "On top of a big change, that can hit even harder."
	}
	t.feelingRead("", rest, besides)
}

// feelingWithOwnChange answers a change of the person's own told with how
// they feel about it, each in its own sentence or clause ("retiring on
// friday after 38 years. not sure what i'll do with myself", "working
// nights from next week, worried i'll never see anyone"): the feeling is
// heard, and the change named as what it comes with, so that neither is
// lost.
func (t *turn) feelingWithOwnChange() {
	c, _ := findChange(lowPadded(t.text))
	besides := "On top of a big change, that can hit even harder."
	if n := c.name(foldText(t.text)); n != "" {
		besides = upFirstWord(n) + " is a big change on its own, so it makes sense that it's on your mind."
	}
	t.feelingRead("", t.text, besides)
}
