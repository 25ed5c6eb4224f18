package agent

// A word of flat or poor mood on its own ("meh", "blah tbh", "ugh",
// "not great today", "kinda flat"), with nothing else told, is a low
// moment: it is met as a feeling, with room to say more and a gentle
// step, never nodded at as small talk.

// reFlatAlone is a flat mood word with fillers and a time around it,
// and nothing more.
var reFlatAlone = mustPattern(`^(?:(?:honestly|tbh|ngl|just|kinda|kind of|a bit|a little|bit|pretty|so|feeling|feelin|feel|i feel|im|i'm|i am|today|todays|today's|the day|this week|its|it's|it is|been|day|all|very|rather|quite|eh|ugh|sigh|oh|well|hmm|mm)\s+)*(?:meh+|blah+|bleh+|ugh+|urgh+|sigh|so so|soso|not great|not good|not so good|not the best|could be better|been better|flat|low|rubbish|blue|bleak|grey|gray|empty|crap|crappy|not feeling it|not really feeling it)(?:\s+(?:tbh|honestly|really|today|lately|ngl|lol|i guess|tho|though|atm|rn|right now|again|as usual|day|one|mood|really|tonight|this week|these days|to be honest))*$`)

// flatAlone reports a message that is only a flat mood said in a few
// words.
func flatAlone(folded string) bool {
	return folded != "" && reFlatAlone.MatchString(folded)
}

// flatLines name a flat mood told in a few words.
var flatLines = []string{
	"Sounds like a flat sort of day. That happens, even without a reason you can name.",
	"I'm sorry it's a grey one. Days like that are allowed, reason or not.",
}
