package lifecycle

import (
	"fmt"
	"time"
)

// Fail records that the call named what (e.g. "getUpdates", "sync")
// failed. A run of failures counts from its first, whatever failed since.
func (t *Tracker) Fail(what string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.failing == "" {
		t.since = time.Now()
	}
	t.failing = what
}

// OK records a success of the way in, ending any run of failures.
func (t *Tracker) OK() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.failing = ""
}

// Ready returns nil when the adapter can take messages: it is not stopping,
// unmet is empty, no run of failures has lasted longer than grace, and no
// turn has been failing for longer than grace. unmet is the adapter's own
// word on a step it has not reached yet ("not logged in yet"), "" once it
// has reached them all. Every error it returns wraps Config.NotReady (stuck
// turns: Config.Stuck) and says what is wrong.
func (t *Tracker) Ready(grace time.Duration, unmet string) error {
	if t.Stopping() {
		return fmt.Errorf("%w: shutting down", t.cfg.NotReady)
	}
	if unmet != "" {
		return fmt.Errorf("%w: %s", t.cfg.NotReady, unmet)
	}
	now := time.Now()
	t.mu.Lock()
	defer t.mu.Unlock()
	if d := now.Sub(t.since); t.failing != "" && d > grace {
		return fmt.Errorf("%w: %s failing for %s", t.cfg.NotReady, t.failing, d.Round(time.Second))
	}
	return t.stuckError(now, grace)
}
