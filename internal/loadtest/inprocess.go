package loadtest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/companion-dev/companion/adapters/telegram"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/config"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// InProcess runs the companion's Telegram side inside this process: the
// store, guide, agent and Telegram adapter that `companion run` builds from
// the same configuration, without a language model, the reminder scheduler
// or the status listener. It measures the companion without a process
// boundary, and lets a profiler see it.
type InProcess struct {
	// Env configures it (see Env); read like the environment of
	// `companion run`.
	Env map[string]string
	// Logger receives its log; discarded when nil.
	Logger *slog.Logger

	cancel context.CancelFunc
	done   chan error
	store  *store.Store
}

// Start builds the companion and starts it in the background.
func (c *InProcess) Start() error {
	if c.done != nil {
		return errors.New("loadtest: the companion is already running")
	}
	cfg, err := config.Load("", func(k string) (string, bool) { v, ok := c.Env[k]; return v, ok })
	if err != nil {
		return fmt.Errorf("configuration: %w", err)
	}
	if !cfg.TelegramEnabled() {
		return errors.New("loadtest: the configuration has no Telegram token")
	}
	log := c.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// The program builds its models at start-up, before people write;
	// so does the companion under load, or its first turns would measure
	// the training (seconds, and many more under -race) as latency.
	agent.Warm()
	kb, err := knowledge.Load(knowledge.Options{Dir: cfg.Knowledge.Dir, Replace: cfg.Knowledge.Replace})
	if err != nil {
		return fmt.Errorf("knowledge: %w", err)
	}
	st, err := store.Open(store.Options{Dir: cfg.Data.Dir, SyncWrites: cfg.Data.SyncWrites,
		Logger: log.With("component", "store")})
	if err != nil {
		return fmt.Errorf("open store in %s: %w", cfg.Data.Dir, err)
	}
	ag := agent.New(agent.Options{
		Store:             st,
		Guide:             kb,
		Logger:            log.With("component", "agent"),
		MaxMessageBytes:   cfg.Limits.MaxMessageBytes,
		NudgeHour:         cfg.Reminders.DefaultHour,
		MessagesPerMinute: cfg.Limits.MessagesPerMinute,
		ModelCallsPerHour: cfg.Limits.ModelCallsPerHour,
	})
	t := cfg.Telegram
	tg, err := telegram.New(telegram.Options{
		Token:       t.Token.Value(),
		APIURL:      t.APIURL,
		PollTimeout: t.PollTimeout.Duration,
		Allowed:     cfg.Access.Allows,
		Logger:      log.With("component", "telegram"),
	}, ag, st)
	if err != nil {
		st.Close()
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancel, c.done, c.store = cancel, make(chan error, 1), st
	go func() { c.done <- tg.Run(ctx) }()
	return nil
}

// Stop stops the adapter, waiting up to within, and closes the store.
func (c *InProcess) Stop(within time.Duration) error {
	if c.done == nil {
		return ErrNotRunning
	}
	c.cancel()
	t := time.NewTimer(within)
	defer t.Stop()
	select {
	case err := <-c.done:
		c.done = nil
		return errors.Join(err, c.store.Close())
	case <-t.C:
		// The store stays open: the adapter may still be using it.
		return fmt.Errorf("loadtest: the companion did not stop within %v", within)
	}
}
