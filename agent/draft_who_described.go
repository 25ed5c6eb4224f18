package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"
)

// Someone described rather than named, at the question of whom a draft is
// for: "someone from my pottery class", "a guy from my climbing club",
// "this woman at my choir". That answers the question: the draft goes on
// for them, with the kind of tie the place says when it says one, and the
// name can come later.

// describedWho returns the relationship a description of someone gives
// (classmate, teammate, colleague, neighbour, or someone when the place
// says no kind of tie) and the place as the person put it ("pottery
// class"); ok is false when text is no such description.
func describedWho(text string) (rel, place string, ok bool) {
	m := personDescribed.FindStringSubmatch(foldText(text))
	if m == nil {
		return "", "", false
	}
	place = strings.TrimSpace(m[1])
	last := lastWord(place)
	switch {
	case classPlaces[last]:
		rel = "classmate"
	case last == "team" || last == "squad":
		rel = "teammate"
	case workPlaces[last]:
		rel = "colleague"
	case last == "street" || last == "building" || last == "block" || last == "road":
		rel = "neighbour"
	default:
		rel = someone
	}
	return rel, place, true
}

// personDescribed is someone told by where they are known from.
var personDescribed = mustPattern(`^(?:(?:um|erm|hmm|oh|well|so|just|it'?s|its|it is|for)\s+)*(?:someone|somebody|a|an|this|that|one|the)\s+(?:(?:guy|girl|woman|man|lady|bloke|dude|person|kid|mum|mom|dad|lad|older|younger|new|nice|really|lovely|cool|quiet|other)\s+){0,2}(?:(?:i|we)\s+(?:know|met|see|go)\s+)?(?:from|at|in|on|of)\s+(?:my|our|the|a)\s+((?:\S+\s+){0,2}\S+)$`)

// classPlaces, workPlaces: where the people met are classmates or
// colleagues.
var (
	classPlaces = wordset.Of(`class classes course lesson lessons workshop seminar school uni university college lecture module`)
	workPlaces  = wordset.Of(`work job office shift company firm department dept team's`)
)
