package agent

import (
	"strings"

	"github.com/companion-dev/companion/agent/internal/wordset"
)

// Others' milestones told beside the person's own lack of them ("all my
// friends are getting married and i'm still single", "my little brother
// just bought a house and i'm 35 renting a room") are an ache, not news to
// celebrate: the reply names the sting of watching others move on, keeps
// the congratulations out, and leaves room to say more.

// reOthersMilestone is a step of life: married, engaged, a baby, a house,
// settling down, a promotion. Whose step it is, is read from the words
// before it (milestoneSubjectOwn).
var reOthersMilestone = mustPattern(`\b(?:getting|got|get|gets) (?:married|engaged|hitched|promoted|mortgages?)\b|\b(?:having|had|expecting|has|have) (?:babies|kids|children|a baby|their (?:first|second) (?:baby|kid|child))\b|\bpregnant\b|\b(?:buying|bought) (?:houses|homes|flats|a house|a flat|a home|their own place)\b|\bsettl(?:ing|ed|e) down\b|\bstarting families\b|\bwedding after wedding\b`)

// milestoneAux are the words between a subject and its step: "we are
// all just getting…".
var milestoneAux = wordset.Of(`is are am was re s m just finally all both now already each also officially been be have has ve literally`)

// milestoneOwners are the person as a step's subject, apostrophes
// dropped: "we're" is "were".
var milestoneOwners = wordset.Of(`i we ive weve id im me were`)

// milestoneSubjectOwn reports a step whose subject is the person: "we're
// getting married", "i got engaged", never "everyone i know is getting
// married".
func milestoneSubjectOwn(before string) bool {
	f := strings.Fields(before)
	i := len(f) - 1
	for i >= 0 && milestoneAux[f[i]] {
		i--
	}
	return i >= 0 && milestoneOwners[f[i]]
}

// reOwnLack is the person without such a step: single, alone, no partner,
// still renting, "and i'm just here".
var reOwnLack = mustPattern(`\b(?:(?:i|im|i am|me|and me|still|just|forever|always the)\b[^.;!?]{0,25}?\b(?:single|alone|by myself|on my own|the only one|left behind|nowhere near|stuck|just here|still here|renting|no closer)|(?:i have|ive got|i have got|i got|and|i|with) (?:no|zero|not even a) (?:partner|boyfriend|girlfriend|bf|gf|husband|wife|kids|children|one|dates?|prospects|relationship)|(?:i )?(?:cant|can not|cannot) even (?:get|find|keep) (?:a )?(?:date|partner|boyfriend|girlfriend|second date)|never (?:been|had) (?:in )?a (?:relationship|boyfriend|girlfriend|partner)|(?:still )?living with my parents)\b`)

// reFearAhead is a fear for the person's own future said beside it: "im
// scared im going to end up alone".
var reFearAhead = mustPattern(`\b(?:scared|afraid|terrified|worried|worry|fear|panicking|panic)\b`)

// othersAheadOfMe reports others' milestones told beside the person's own
// lack of them, asking nothing.
func othersAheadOfMe(text string) bool {
	if asksToWrite(text) {
		return false
	}
	folded := lowPadded(text)
	loc := reOthersMilestone.FindStringIndex(folded)
	if loc == nil || milestoneSubjectOwn(folded[:loc[0]]) {
		return false
	}
	return reOwnLack.MatchString(folded[loc[1]:]) || reOwnLack.MatchString(folded[:loc[0]])
}

// othersAheadReply answers others' milestones told beside the person's
// own lack of them, reporting false, saying nothing, for any other
// message.
func (t *turn) othersAheadReply() bool {
	if !othersAheadOfMe(t.text) {
		return false
	}
	line := pick(t.text, []string{
		"That can really sting, and it's hard. You can be glad for people and still feel left behind when everyone around you seems to be reaching the next step at once. Your life isn't late, even when it feels that way.",
		"It makes sense that it's hard. Watching the people around you hit those milestones while your own life looks different can feel lonely, even when you're happy for them. There's no deadline on any of it.",
	})
	if reFearAhead.MatchString(foldText(t.text)) {
		line += " And a worry about how it all turns out is a heavy thing to carry."
	}
	t.p.Flow.Offer = &Offer{Kind: "talk"}
	t.say(line+" What's been weighing on you most?",
		Choice{ID: "journey:matter", Label: "Think about who matters"},
		Choice{ID: "menu:draft", Label: "Write to someone"})
	return true
}
