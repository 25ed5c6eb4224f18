package telegram

import (
	"context"
	"time"
)

// recheckOutbox is how often Shutdown looks at the outbox without word from
// the sender: a chat waiting out a retry delay sends none until it is over.
const recheckOutbox = time.Second

// Ready returns nil when the adapter is connected to Telegram: getMe
// succeeded, it is not shutting down, getUpdates (or, in webhook mode,
// setWebhook and the turns Telegram posts) has not been failing for longer
// than Options.ReadyGrace, and no update's turn has been failing for longer
// than that. Otherwise it returns an error wrapping ErrNotConnected, or
// ErrStuck for stuck updates (saying how many were set aside so far), that
// says what is wrong; it never holds the token. It is safe for concurrent
// use.
func (a *Adapter) Ready() error {
	unmet := ""
	if !a.connected.Load() {
		unmet = "getMe has not succeeded yet"
	}
	return a.life.Ready(a.opts.ReadyGrace, unmet)
}

// Shutdown stops taking updates, waits for the turns in flight to commit
// and then keeps delivering the outbox until it is empty or ctx ends. It
// returns how many replies are still in the outbox (-1 when the store
// cannot tell); they are kept there and go out at the next start. Updates
// whose turns did not run are not confirmed, so Telegram hands them out
// again.
//
// Run keeps going (it still delivers, and takes no updates) until its own
// context ends: cancel it once Shutdown returns. Shutdown is meant to be
// called once, after Run was started; it is safe to call from any goroutine.
func (a *Adapter) Shutdown(ctx context.Context) (left int, err error) {
	return a.life.Shutdown(ctx)
}

// FailingTurns returns how many updates have been failing for longer than
// Options.ReadyGrace (stuck), and how many were set aside since New after
// failing Options.TurnAttempts times. It is quick and safe for concurrent
// use.
func (a *Adapter) FailingTurns() (stuck int, setAside int64) {
	return a.life.Turns(a.opts.ReadyGrace)
}
