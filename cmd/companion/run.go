package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/scheduler"
)

// errNoAdapters is returned by run when nothing is configured.
var errNoAdapters = errors.New(`no chat adapter is configured. Set one up and run again:
  Telegram: COMPANION_TELEGRAM_TOKEN=<token from @BotFather>
  Matrix:   COMPANION_MATRIX_HOMESERVER=https://matrix.example.org COMPANION_MATRIX_USER_ID=@companion:example.org
            and COMPANION_MATRIX_PASSWORD or COMPANION_MATRIX_ACCESS_TOKEN,
            or COMPANION_MATRIX_OAUTH=true after "companion matrix login"
(or the same keys in a --config file; see config.example.yaml). To talk in the terminal, use "companion chat"`)

// runner is a chat adapter: it runs until ctx ends.
type runner interface {
	Run(ctx context.Context) error
}

func (m *Main) run(ctx context.Context, args []string) error {
	var c commonFlags
	fs := m.newFlagSet("run", "run [flags]",
		"Run every configured chat adapter (Telegram when a token is set, Matrix when a\n"+
			"homeserver and credentials are set) until interrupted (SIGINT or SIGTERM). On a\n"+
			"signal it takes no more messages, finishes the turns under way and delivers the\n"+
			"replies already written for up to shutdown.timeout; the rest go out at the next start.")
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
	log.Info("starting", "version", buildVersion(), "procs", runtime.GOMAXPROCS(0))
	a.probeModel(ctx)
	om := newOpsMetrics(a.metrics.reg)
	runners, err := a.adapters(om, m.Stderr)
	if err != nil {
		return err
	}
	names := adapterNames(runners)
	om.track(names)

	// live carries the adapters and the status listener. It outlasts ctx so
	// that, once ctx ends, they can finish their turns and deliver first.
	live, kill := context.WithCancel(context.WithoutCancel(ctx))
	defer kill()
	background, stopBackground := context.WithCancel(ctx)
	defer stopBackground()
	var wg, sched sync.WaitGroup
	wg.Go(func() { a.runGC(background) })
	sched.Go(func() { a.newScheduler(kickAll(runners), om.reminderSent).Run(background) })

	errs := make(chan error, len(runners)+1)
	failed := make(chan struct{})
	var failOnce sync.Once
	fail := func(err error) {
		errs <- err
		failOnce.Do(func() { close(failed) })
	}
	var stopping atomic.Bool
	if addr := cfg.HTTP.Addr; addr != "" {
		a.metrics.watch(a.agent, a.outboxDepth, names)
		a.metrics.watchTurns(runners)
		status := &statusServer{addr: addr, metrics: a.metrics, log: log.With("component", "http"),
			ready: a.readiness(runners, &stopping)}
		wg.Go(func() {
			if err := status.serve(live); err != nil {
				fail(err)
			}
		})
	}
	for name, r := range runners {
		wg.Go(func() {
			log.Info("adapter starting", "adapter", name)
			if err := r.Run(live); err != nil {
				fail(fmt.Errorf("%s: %w", name, err))
			}
		})
	}

	select {
	case <-ctx.Done():
	case <-failed:
	}
	timeout := cfg.Shutdown.Timeout.Duration
	log.Info("stopping: no new messages; delivering what is waiting", "timeout", timeout)
	stopping.Store(true)
	stopBackground()
	sched.Wait() // a nudge being written reaches the outbox before it drains
	drain(live, runners, timeout, log)
	kill()
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
	return a.newScheduler(wake, nil)
}

// newScheduler is scheduler that also reports each nudge sent, by kind.
func (a *app) newScheduler(wake func(), sent func(kind string)) *scheduler.Scheduler {
	r := a.cfg.Reminders
	pol := agent.NudgePolicy{MaxPerDay: r.MaxPerDay, StaleAfter: r.StaleAfter.Duration}
	if start, end, ok := r.QuietMinutes(); ok {
		pol.QuietStart, pol.QuietEnd = start, end
	}
	return scheduler.New(a.store, a.agent, scheduler.Options{Policy: pol, Wake: wake, Sent: sent,
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
