package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/places"
)

// reMovedHere is the person saying they have moved somewhere: "i just moved
// to perth", "we've relocated to Lyon", "actually i moved to osaka last
// month". Group 1 is what follows "to". A move still to come ("i'm moving
// to japan") is news, not where they are.
var reMovedHere = mustPattern(`^(?:(?:hi+|hey+|hello|oh|ok|okay|btw|fyi|also|actually|so|and|well|guess what|news)\b[ ,!.]*)*(?:i|we)(?: have|'ve|ve)? (?:(?:just|recently|finally|now|actually|officially|since)\b )*(?:moved|relocated|moved house|moved back|moved over|moved out|moved down|moved up)(?: back| over| out| down| up)? to (.+)$`)

// moveTold hears a short "i just moved to perth" outside any flow: the
// move is met as the change it is, and the timezone follows it, said so
// in the same reply. False for anything else, and for a place that spans
// several zones, which the later routes ask about.
func (t *turn) moveTold() bool {
	asked := t.p.Flow.Name == flowSettings && t.p.Flow.Step == "tz"
	if t.p.Flow.Name != "" && !asked || t.m.Group {
		return false
	}
	folded := foldText(t.text)
	if len(strings.Fields(folded)) > 10 {
		return false
	}
	m := reMovedHere.FindStringSubmatch(folded)
	if m == nil {
		return false
	}
	p, ok := places.Find("in " + m[1])
	if !ok || p.Several() {
		return false
	}
	name := capitalizeWords(p.Name)
	t.p.Profile.Timezone = p.Zone
	t.p.Flow = Flow{Updated: t.now, Paused: t.p.Flow.Paused}
	t.say("A move to "+name+" — that's a big change. I've set your timezone to "+zoneLabel(p.Zone)+" so your reminders follow you; it's "+
		t.now.In(mustLocation(p.Zone)).Format("15:04")+" there now. How are you settling in?", menuChoices()...)
	return true
}

// capitalizeWords capitalises each word of a place's name.
func capitalizeWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = capitalize(w)
	}
	return strings.Join(words, " ")
}

// nameInPassing keeps a name given at the end of a longer message outside
// any flow ("my name's not important but you can call me J"); false when
// the message gives none.
func (t *turn) nameInPassing() bool {
	if t.p.Flow.Name != "" || t.m.Group {
		return false
	}
	m := passingNamed.FindStringSubmatch(foldText(t.text))
	if m == nil || callNotName[m[1]] {
		return false
	}
	t.setName("call me " + m[1])
	return true
}
