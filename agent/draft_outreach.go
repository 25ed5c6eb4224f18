package agent

import (
	"regexp"
	"strings"

	"github.com/companion-dev/companion/agent/people"
)

// An outreach wish is the person saying what they want to do towards
// someone, in words a message carries, even when the rest of what they
// typed is a story, a worry or news: "want to chase it gently", "i'd like
// to offer them our spare room", "just let him know im around", "i want
// to get everyone together for drinks". What they want done is a message,
// so it starts a draft, whatever the story around it would otherwise be
// heard as. A wish said as not wanted ("i dont want to pry", "i don't
// want to tell her yet") is none.

// outreachDeed is what a message can do for someone: tell, thank, ask,
// offer, invite, gather, chase, cheer up.
const outreachDeed = `(?:let (?:her|him|them|\w+(?: \w+)?) know|tell (?:her|him|them)|thank|say (?:sorry|thanks|thank you|hi|hello|hey|happy|congrats|congratulations|well done|good luck|that|i|i'm|im|we|how)|` +
	`ask (?:her|him|them|if|whether|for|about)|invite (?:her|him|them|everyone|everybody|the|us)|offer (?:her|him|them|to|a|an|our|my|some)|suggest|` +
	`send (?:her|him|them|something|a (?:card|note|message|text|line|few words))|put (?:a|my) (?:card|note|message|letter)|` +
	`get (?:everyone|everybody|them|us|people|the (?:\w+ ){0,2}?(?:group|gang|lads|girls|team|cousins|siblings|family|crew|club))(?: \w+)? (?:together|back|planning|going|on board|involved|to)|` +
	`chase (?:it|this|that|them|him|her|up)|cheer (?:her|him|them) up|reach out|open the door|check in|congratulate|apologi[sz]e|make it up to|wish (?:her|him|them))\b`

// outreachWishes is the wish with or without its "i", or a bare step
// after "just" or "maybe": "want to thank…", "i really need to ask
// her…", "just let him know…", "maybe offer to…".
var outreachWishes = regexp.MustCompile(`(?:\bi\s+(?:really |just |also |kind of |kinda |still )?(?:want|wanna|need|would like|would love|am going|plan)(?: to)? |\bi'?d (?:really |so |just )?(?:like|love) to |\bid (?:really |so |just )?(?:like|love) to |` +
	`(?:^|[.,;:!?]\s*|\b(?:and|so|but|anyway|also)\s+)(?:(?:really|just|also|still) )?(?:want|wanna|need|would like|would love)(?: to)? |` +
	`(?:^|[.,;:!?]\s*|\b(?:and|so|but)\s+)(?:just|maybe|pls|please) )` +
	`(?:(?:just|properly|gently|maybe|also|quickly|finally|kind of|kinda) )?` + outreachDeed)

// notWanted ends the words before a wish that is said as not wanted.
var notWanted = regexp.MustCompile(`\b(?:don'?t|dont|do not|doesn'?t|never|not|no need to|shouldn'?t|won'?t|wont)\s*(?:i\s+)?(?:really |just |even )?$`)

// outreachWish reports text that says what the person wants done towards
// someone it names (or towards a group or "someone"), which a message
// does.
func outreachWish(text string) bool {
	low := strings.ToLower(strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(text))
	wished := false
	for _, m := range outreachWishes.FindAllStringIndex(low, -1) {
		if notWanted.MatchString(low[:m[0]]) {
			continue
		}
		wished = true
		break
	}
	if !wished {
		return false
	}
	p := people.Find(text)
	return p.Name != "" || p.Group || p.Relation != "" || p.Said != "" || someoneUnnamed.MatchString(low)
}

// someoneUnnamed is a person or a group not named yet: "someone on
// linkedin", "the old lady across the road", "everyone from the hotel".
var someoneUnnamed = regexp.MustCompile(`\b(?:someone|somebody|a guy|a girl|a woman|a man|a lady|the (?:\w+ )?(?:lady|man|woman|guy|couple|family|neighbours?|neighbors?)|everyone|everybody|group|chat)\b`)
