package agent

import (
	"sync"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/safety"
	"github.com/companion-dev/companion/agent/understand"
)

// The learned models an agent reads messages with (the intent classifier,
// the feelings of reflection answers, a draft's occasion) and the safety
// lexicons are built from corpora compiled into the binary, on first use.
// Built then, they would slow the first message a person sends after a
// start by the training time; Warm builds them before.

// Warm builds the models and lexicons the agent uses, so that no message
// waits for them. A program calls it once at start-up, before or while
// its adapters connect; it blocks until all are built (two at a time) and
// is safe to call again or concurrently: later calls return at once.
// Without it, each is built on first use.
func Warm() {
	var wg sync.WaitGroup
	// The concern model takes longest (it reads the crisis rules over the
	// everyday corpus, then trains): it runs, after the rules it needs,
	// alongside the others, which follow each other.
	wg.Go(func() {
		safety.Default()
		safety.WarmConcern()
	})
	wg.Go(func() {
		understand.Default()
		listen.Warm()
		compose.Warm()
	})
	wg.Wait()
}
