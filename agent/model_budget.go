package agent

import (
	"context"
	"time"
)

// msgModelBudget is said once, at most once an hour, in the turn where a
// person's hourly model budget first runs out.
const msgModelBudget = "A quick note: I've leaned on the language model a lot in our chat this hour, " +
	"so for a little while my answers will use my simpler built-in wording. Everything else works just the same."

// ModelEvent describes one model call, or one call not made, without any of
// its content.
type ModelEvent struct {
	// Hook names where the call was made: "draft", "answer",
	// "acknowledge", "extract" or "summarize".
	Hook string
	// Outcome is ModelUsed, ModelFellBack or ModelOverBudget.
	Outcome string
	// Duration is how long the call took; zero when it was not made.
	Duration time.Duration
}

// Outcomes of a ModelEvent.
const (
	// ModelUsed: the model's answer passed the checks and was used.
	ModelUsed = "used"
	// ModelFellBack: the call was made, but failed, timed out or wrote
	// something unusable, and the template answered.
	ModelFellBack = "fallback"
	// ModelOverBudget: the person had used their model calls for the hour,
	// so no call was made and the template answered.
	ModelOverBudget = "over_budget"
)

// budgetTicket rides on a turn's context: it names whose turn it is, so
// that model calls are charged to that person, and records whether they
// are to be told that their budget ran out. Only the turn's goroutine
// touches it.
type budgetTicket struct {
	person PersonID
	note   bool
}

type budgetKey struct{}

// withModelBudget returns ctx carrying a ticket for p's turn.
func withModelBudget(ctx context.Context, p PersonID) (context.Context, *budgetTicket) {
	tk := &budgetTicket{person: p}
	return context.WithValue(ctx, budgetKey{}, tk), tk
}

// spend charges one model call to the person whose turn ctx belongs to. It
// reports false when their budget for the hour is used up. Calls made
// outside a turn are not charged.
func (h *modelHooks) spend(ctx context.Context) bool {
	tk, _ := ctx.Value(budgetKey{}).(*budgetTicket)
	if tk == nil || h.budget == nil {
		return true
	}
	ok, warn := h.budget.allow(tk.person, h.now())
	if warn {
		tk.note = true
	}
	return ok
}

// now is the time the budget is counted in.
func (h *modelHooks) now() time.Time {
	if h.clock == nil {
		return time.Now()
	}
	return h.clock.Now()
}

// addNote tells the person, in the turn's first reply, that simpler
// wording follows for a while, when this turn is where their budget ran out.
func (tk *budgetTicket) addNote(t *turn) {
	if !tk.note || len(t.replies) == 0 {
		return
	}
	t.replies[0].Text = msgModelBudget + "\n\n" + t.replies[0].Text
}
