package agent

import (
	"context"

	"github.com/companion-dev/companion/agent/understand"
)

// Privacy in words: "do you send my messages anywhere", "can i see
// everything you have", "how do i delete my stuff". The phrase rules know
// a few fixed ways of asking (intent.go); the learned classifier reads
// the rest, and a sure reading is answered here rather than by the guide,
// which has nothing to say about what the companion keeps.

// privacyAsked answers free text the classifier surely reads as a
// question about what is kept: erasing asks to confirm (/forget), seeing
// it all shows it (/export), anything else says what is kept and where,
// with both one tap away. It reports false for anything else.
func (t *turn) privacyAsked(ctx context.Context) bool {
	r := classify(t.text)
	f := foldText(t.text)
	if !r.Sure() || r.Label != understand.Privacy || !reAboutKept.MatchString(f) {
		// "what about online stuff, like discord servers?" is about the
		// internet, not about what the companion keeps.
		return false
	}
	switch {
	case reEraseWord.MatchString(f):
		t.askForget()
	case reSeeAll.MatchString(f):
		t.export(ctx)
	default:
		t.say(msgPrivacy, Choice{ID: "menu:export", Label: "Show me everything"}, Choice{ID: "menu:forget", Label: "Erase everything"})
	}
	return true
}

var (
	// reAboutKept speaks of the companion or of what the person told it.
	reAboutKept = mustPattern(`\b(?:you|u|ya|ur|your|yours|this (?:app|bot|chat|thing|program|stuff|conversation)|any of this|all (?:of )?this|here|my (?:data|messages?|chats?|info|information|stuff|history|details|conversations?)|what i (?:say|type|tell|write|said|told)|the (?:stuff|things) i (?:say|type|tell|told|write))\b`)
	// reEraseWord asks for something to be gone.
	reEraseWord = mustPattern(`\b(?:delete|deleting|erase|erasing|wipe|wiping|remove|removing|forget|clear|get rid of)\b`)
	// reSeeAll asks to be shown or given what is kept.
	reSeeAll = mustPattern(`\b(?:see|show|view|look at|export|download|copy|get)\b.*\b(?:everything|all|data|info|information|stuff|what you (?:have|know|keep|store|saved?))\b`)
)
