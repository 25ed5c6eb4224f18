package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/scheduler"
)

// errNoAdapters is returned by run when nothing is configured.
var errNoAdapters = errors.New(`no chat adapter is configured. Set one up and run again:
  Telegram: COMPANION_TELEGRAM_TOKEN=<token from @BotFather>
  Matrix:   COMPANION_MATRIX_HOMESERVER=https://matrix.example.org COMPANION_MATRIX_USER_ID=@companion:example.org
            and COMPANION_MATRIX_PASSWORD or COMPANION_MATRIX_ACCESS_TOKEN
(or the same keys in a --config file; see config.example.yaml). To talk in the terminal, use "companion chat"`)

// runner is a chat adapter: it runs until ctx ends.
type runner interface {
	Run(ctx context.Context) error
}

func (m *Main) run(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("run", "run [flags]",
		"Run every configured chat adapter (Telegram when a token is set, Matrix when a\n"+
			"homeserver and credentials are set) until interrupted (SIGINT or SIGTERM).")
	c.register(fs)
	if err := parse(fs, args); err != nil {
		return helpOK(err)
	}
	cfg, err := m.loadConfig(c)
	if err != nil {
		return err
	}
	if !cfg.TelegramEnabled() && !cfg.MatrixEnabled() {
		return errNoAdapters
	}
	log := m.newLogger(cfg, -8)
	a, err := m.open(cfg, log)
	if err != nil {
		return err
	}
	defer a.Close()
	a.probeModel(ctx)
	runners, err := a.adapters()
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	wg.Go(func() { a.runGC(ctx) })
	wg.Go(func() { a.scheduler(kickAll(runners)).Run(ctx) })
	errs := make(chan error, len(runners)+1)
	if addr := cfg.HTTP.Addr; addr != "" {
		a.metrics.watch(a.agent, a.outboxDepth, slices.Sorted(maps.Keys(runners)))
		status := &statusServer{addr: addr, metrics: a.metrics, log: log.With("component", "http"),
			ready: func(ctx context.Context) error { _, err := a.store.Cursor(ctx, "status:ready"); return err }}
		wg.Go(func() {
			if err := status.serve(ctx); err != nil {
				errs <- err
				cancel()
			}
		})
	}
	for name, r := range runners {
		wg.Go(func() {
			log.Info("adapter starting", "adapter", name)
			if err := r.Run(ctx); err != nil {
				errs <- fmt.Errorf("%s: %w", name, err)
				cancel()
			}
		})
	}
	wg.Wait()
	close(errs)
	var all []error
	for err := range errs {
		all = append(all, err)
	}
	log.Info("stopped")
	return errors.Join(all...)
}

// scheduler builds the reminder scheduler from the configuration; wake, when
// set, tells the outbox senders that nudges are waiting.
func (a *app) scheduler(wake func()) *scheduler.Scheduler {
	r := a.cfg.Reminders
	pol := agent.NudgePolicy{MaxPerDay: r.MaxPerDay, StaleAfter: r.StaleAfter.Duration}
	if start, end, ok := r.QuietMinutes(); ok {
		pol.QuietStart, pol.QuietEnd = start, end
	}
	return scheduler.New(a.store, a.agent, scheduler.Options{Policy: pol, Wake: wake,
		Logger: a.log.With("component", "scheduler")})
}

// kickAll returns a function that wakes every adapter that can be woken.
func kickAll(runners map[string]runner) func() {
	type kicker interface{ Kick() }
	var ks []kicker
	for _, r := range runners {
		if k, ok := r.(kicker); ok {
			ks = append(ks, k)
		}
	}
	return func() {
		for _, k := range ks {
			k.Kick()
		}
	}
}
