package agent

import (
	"log/slog"
	"sync"

	"github.com/companion-dev/companion/agent/compose"
	"github.com/companion-dev/companion/agent/listen"
	"github.com/companion-dev/companion/agent/modelcache"
	"github.com/companion-dev/companion/agent/safety"
	"github.com/companion-dev/companion/agent/understand"
)

// The learned models an agent reads messages with (the intent classifier,
// the feelings of reflection answers, a draft's occasion) and the safety
// lexicons are built from corpora compiled into the binary, on first use.
// Built then, they would slow the first message a person sends after a
// start by the training time; Warm builds them before. KeepModels lets a
// start read them from files an earlier start wrote instead of training.

// KeepModels makes the learned models be kept in dir between starts (see
// package modelcache): a start whose corpora, parameters and program are
// those of an earlier one reads the models from there, in a fraction of the
// training time, and any other start trains them and writes them there.
// The files are derived data, safe to delete at any time. Call it before
// Warm or any message; "" keeps nothing (the default). Problems with dir
// are logged to log, never returned: the models are then trained as
// without it.
func KeepModels(dir string, log *slog.Logger) {
	modelcache.Use(modelcache.New(dir, log))
}

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
