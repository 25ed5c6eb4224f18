package agent

import (
	"fmt"
	"time"
)

// "stop" said partway through a reflection most often means "stop for
// now": the reflection is kept, paused, for a day, and "continue" picks it
// up at the question it stood at. Words that end it for good ("cancel
// it", "stop for good", /cancel) end it at once.

// keptAfterStop is how long a reflection stopped partway is kept.
const keptAfterStop = 24 * time.Hour

// stopOrCancel answers a wish to stop whatever is running.
func (t *turn) stopOrCancel(in Intent) {
	r := t.p.Flow.Reflect
	if in.Command || t.p.Flow.Name != flowReflect || r == nil || r.Index == 0 || t.p.Flow.Step != "question" || !stopsForNow(foldText(t.text)) {
		t.cancel()
		return
	}
	j, ok := t.journey()
	if !ok {
		t.cancel()
		return
	}
	t.pause(fmt.Sprintf("Okay, we'll stop there. I'll keep your answers for a day — say “continue” to pick up at question %d of %d, or “cancel it” to let it go.",
		r.Index+1, len(j.Questions)))
	t.p.Flow.Paused.Until = t.now.Add(keptAfterStop)
}

// stopsForNow reports a stop said with no word that ends it for good:
// "stop", "let's stop", "ok stop here", but not "stop for good" or
// "cancel it".
func stopsForNow(folded string) bool {
	return reStopWord.MatchString(folded) && !reEndsForGood.MatchString(folded)
}

// reEndsFlow is a whole message that stops or ends what is running, in
// words the rules' control phrases do not hold: "stop for good", "cancel
// this reflection", "ok quit it please".
var reEndsFlow = mustPattern(`^(?:(?:ok|okay|actually|um|hmm|no|nah|please|pls|just|can we|can you|let's|lets|i want to|i'd like to|id like to|i wanna)\s)*` +
	`(?:stop|cancel|quit|end|exit|abort|scrap|drop)(?: (?:it|this|that|the reflection|this reflection|the questions|these questions|this one|everything|all of it|it all))?` +
	`(?: (?:for good|now|please|pls|completely|altogether|entirely|permanently|thanks|for real|then))*$`)

var (
	reStopWord    = mustPattern(`\b(?:stop|stopping|enough)\b`)
	reEndsForGood = mustPattern(`\b(?:cancel|cancelled|for good|forever|completely|altogether|entirely|permanently|for real|quit|abort|scrap|delete|end it|end this|forget it|never ?mind|nvm|don'?t want|dont want|no more)\b`)
)

// dropExpired lets go of a paused flow whose keeping time has passed; on
// a running flow the keeping time means nothing and is cleared.
func (t *turn) dropExpired() {
	t.p.Flow.Until = time.Time{}
	if p := t.p.Flow.Paused; p != nil && !p.Until.IsZero() && !t.now.Before(p.Until) {
		t.p.Flow.Paused = nil
	}
}

// helpInFlow shows the help, and says that the flow running is still
// open and how to go back to it.
func (t *turn) helpInFlow() {
	t.help()
	t.sayFlowWaits(t.p.Flow)
}

// startInFlow answers /start in the middle of a flow: the welcome, with
// the flow set aside (its menu is what the next tap means) and kept to go
// back to.
func (t *turn) startInFlow() {
	t.welcome()
	f := t.p.Flow
	if f.Name == "" || t.m.Group {
		return
	}
	t.sayFlowWaits(f)
	f.Paused = nil
	t.p.Flow = Flow{Paused: &f, Updated: t.now}
}

// sayFlowWaits adds to the last reply where f stands, and how to go back.
func (t *turn) sayFlowWaits(f Flow) {
	if f.Name == "" || t.m.Group || len(t.replies) == 0 {
		return
	}
	where := waitingLabel(f)
	if j, ok := t.journey(); ok && f.Name == flowReflect && f.Reflect != nil && f.Step == "question" {
		where = fmt.Sprintf("the reflection, at question %d of %d", f.Reflect.Index+1, len(j.Questions))
	}
	last := &t.replies[len(t.replies)-1]
	last.Text += "\n\nWe're still in the middle of " + where + " — say “continue” to go back to it."
}
