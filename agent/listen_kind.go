package agent

import (
	"github.com/companion-dev/companion/agent/internal/wordset"
	"strings"

	"github.com/companion-dev/companion/agent/listen"
)

// An answer is a fact, a feeling, a disclosure or an intention, and each
// wants its own kind of acknowledgement. Feelings and disclosures are the
// listener's (listen_feel.go); a fact is said back in the question's
// frame; an intention, what the person means to do, is met as a plan
// whatever the question was: "thank kai properly" answered to "what gets
// in the way?" is no obstacle "to plan around".

// reIntention opens an answer that says what the person means or wants to
// do: "i want to…", "i'd like to…", "gonna…", "i should…".
var reIntention = mustPattern(`^(?:(?:maybe|probably|definitely|honestly|so|just|and|but|ok|okay|yeah|well|really) )*` +
	`(?:i (?:really )?(?:want|wanna|need|hope|plan|mean|intend|would like|would love|should|ought|could|might|will|am going|have to|gotta)|` +
	`i'd (?:like|love|want)|id (?:like|love)|i'll|i'm going to|im going to|i'm gonna|im gonna|gonna|going to|want to|need to|` +
	`try to|trying to|hoping to|planning to|plan to|aim to|to)\b`)

// planVerbs open an answer that is a plan said as an order to oneself: "be
// less flaky", "reply faster", "put my phone away at dinner".
var planVerbs = wordset.Of(`be stop start try put reply answer text call ring message ask tell invite plan book make send
write visit see go get spend say thank apologise apologize check reach keep delete mute unfollow join take bring
cook organise organize remember pick show listen find set turn switch log limit leave open share hug arrange
follow`)

// hedges may open a plan: "maybe call dev".
var hedges = wordset.Of(`maybe probably perhaps definitely just so and ok okay yeah well really`)

// intends reports whether answer, to a question of kind cat, says what the
// person means to do. Limits ("i need to be left alone after work") and
// the wish for someone to know a thing ("i want her to know…") are not
// plans; neither is a habit ("i text mum every day").
func intends(cat int, answer string) bool {
	if cat == qkLimit || cat == qkWho {
		return false
	}
	folded := foldText(listen.Unfilled(answer))
	if reIntention.MatchString(folded) {
		return !strings.Contains(folded, " to know") && !strings.Contains(folded, " left alone")
	}
	f := strings.Fields(folded)
	for len(f) > 0 && hedges[f[0]] {
		f = f[1:]
	}
	return len(f) >= 2 && planVerbs[f[0]]
}
