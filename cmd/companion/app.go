package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/config"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// app is everything a subcommand may need, built from the configuration.
type app struct {
	cfg     config.Config
	log     *slog.Logger
	store   *store.Store
	kb      *knowledge.KB
	agent   *agent.Agent
	metrics *metrics
	// warmed is closed once the agent's models are built (see warm).
	warmed chan struct{}
}

// loadConfig reads the configuration: defaults, then the file, then the
// environment, then the command-line flags.
func (m *Main) loadConfig(c commonFlags) (config.Config, error) {
	env := m.Env
	if c.dataDir != "" {
		base := env
		env = func(k string) (string, bool) {
			if k == "COMPANION_DATA_DIR" {
				return c.dataDir, true
			}
			return base(k)
		}
	}
	cfg, err := config.Load(c.config, env)
	if err != nil {
		return config.Config{}, fmt.Errorf("configuration: %w", err)
	}
	return cfg, nil
}

// newLogger builds the structured logger the configuration asks for. minLevel
// raises the level (the terminal chat keeps quiet below warnings).
func (m *Main) newLogger(cfg config.Config, minLevel slog.Level) *slog.Logger {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.Log.Level)); err != nil {
		level = slog.LevelInfo
	}
	level = max(level, minLevel)
	opts := &slog.HandlerOptions{Level: level}
	if strings.EqualFold(cfg.Log.Format, "json") {
		return slog.New(slog.NewJSONHandler(m.Stderr, opts))
	}
	return slog.New(slog.NewTextHandler(m.Stderr, opts))
}

// storeOptions are the store's options from the configuration.
func storeOptions(cfg config.Config, log *slog.Logger) (store.Options, error) {
	opts := store.Options{Dir: cfg.Data.Dir, SyncWrites: cfg.Data.SyncWrites, Logger: log.With("component", "store")}
	if cfg.Data.EncryptionKeyFile != "" {
		key, err := store.ReadKeyFile(cfg.Data.EncryptionKeyFile)
		if err != nil {
			return opts, fmt.Errorf("COMPANION_ENCRYPTION_KEY_FILE: %w", err)
		}
		opts.EncryptionKey = key
	}
	return opts, nil
}

// openStore opens the data directory.
func openStore(cfg config.Config, log *slog.Logger) (*store.Store, error) {
	opts, err := storeOptions(cfg, log)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(opts)
	if err != nil {
		if errors.Is(err, store.ErrWrongKey) {
			return nil, fmt.Errorf("open store in %s: the encryption key does not match the one the data was written with: %w", cfg.Data.Dir, err)
		}
		if d := (*store.FileDamage)(nil); errors.As(err, &d) {
			return nil, fmt.Errorf("open store in %s: %w\n%s", cfg.Data.Dir, err, wayBack(cfg.Data.Dir, d.File))
		}
		return nil, fmt.Errorf("open store in %s: %w", cfg.Data.Dir, err)
	}
	return st, nil
}

// wayBack tells the operator how to recover from a damaged file.
func wayBack(dir, file string) string {
	return fmt.Sprintf(`The companion does not start on a damaged %s: everyone's data relies on it, and going on could lose more.
The way back: move %s aside, then restore your latest backup into a new data directory:
  companion restore --data-dir %s BACKUP_FILE
(with the same COMPANION_ENCRYPTION_KEY_FILE as when the backup was made). "companion check" lists what is damaged.`,
		filepath.Base(file), dir, dir)
}

// loadKnowledge loads the guide.
func loadKnowledge(cfg config.Config) (*knowledge.KB, error) {
	kb, err := knowledge.Load(knowledge.Options{Dir: cfg.Knowledge.Dir, Replace: cfg.Knowledge.Replace})
	if err != nil {
		return nil, fmt.Errorf("knowledge: %w", err)
	}
	return kb, nil
}

// open builds the store, knowledge base and agent. The agent's models
// are built meanwhile, in the background (see warm).
func (m *Main) open(cfg config.Config, log *slog.Logger) (*app, error) {
	warmed := warm(log, cfg.Data.ModelCacheDir())
	kb, err := loadKnowledge(cfg)
	if err != nil {
		return nil, err
	}
	st, err := openStore(cfg, log)
	if err != nil {
		return nil, err
	}
	model, err := modelOptions(cfg.LLM)
	if err != nil {
		st.Close()
		return nil, err
	}
	a := &app{cfg: cfg, log: log, store: st, kb: kb, metrics: newMetrics(), warmed: warmed}
	helplines := make([]agent.Helpline, 0, len(cfg.Safety.Helplines))
	for _, h := range cfg.Safety.Helplines {
		helplines = append(helplines, agent.Helpline{Name: h.Name, Contact: h.Contact, Region: h.Region,
			Country: h.Country, Kind: h.Kind, Hours: h.Hours})
	}
	quietStart, quietEnd, _ := cfg.Reminders.QuietMinutes() // config.Load rejects bad times
	a.agent = agent.New(agent.Options{
		Store:             st,
		Guide:             kb,
		Logger:            log.With("component", "agent"),
		Safety:            agent.Safety{EmergencyNote: cfg.Safety.EmergencyNote, Helplines: helplines, NoConcernCheck: !cfg.Safety.ConcernCheck},
		MaxMessageBytes:   cfg.Limits.MaxMessageBytes,
		Model:             model,
		NudgeHour:         cfg.Reminders.DefaultHour,
		QuietStart:        quietStart,
		QuietEnd:          quietEnd,
		MessagesPerMinute: cfg.Limits.MessagesPerMinute,
		ModelCallsPerHour: cfg.Limits.ModelCallsPerHour,
		Observe:           a.metrics.observe,
		ObserveModel:      a.metrics.observeModel,
	})
	return a, nil
}

// warm builds the agent's learned models and lexicons in the background,
// while the store opens and the adapters connect, so that the first
// message after a start does not wait for them. The models are read from
// cacheDir when an earlier start of the same program kept them there
// (a second or two for the lexicons, which are always built), and trained
// and kept there otherwise (several seconds of processor time on today's
// corpora); "" keeps none. The returned channel is closed when they are
// built.
// It is pure computation on data compiled in: nothing to cancel.
func warm(log *slog.Logger, cacheDir string) chan struct{} {
	done := make(chan struct{})
	agent.KeepModels(cacheDir, log.With("component", "models"))
	go func() {
		defer close(done)
		start := time.Now()
		agent.Warm()
		log.Info("models built", "took", time.Since(start).Round(time.Millisecond))
	}()
	return done
}

// probeModel logs which model is in use and whether its endpoint answers. A
// failing endpoint is a warning: the companion works without the model.
func (a *app) probeModel(ctx context.Context) {
	llm := a.cfg.LLM
	if llm.Provider == "" || llm.Provider == "none" {
		a.log.Info("no language model configured; using the built-in templates")
		return
	}
	start := time.Now()
	if err := a.agent.ProbeModel(ctx); err != nil {
		a.log.Warn("language model does not answer; falling back to templates until it does",
			"provider", llm.Provider, "model", llm.Model, "url", llm.URL, "err", err)
		return
	}
	a.log.Info("language model answers", "provider", llm.Provider, "model", llm.Model, "url", llm.URL, "took", time.Since(start).Round(time.Millisecond))
}

// Close closes what open built, in reverse order.
func (a *app) Close() error {
	if a.store != nil {
		if err := a.store.Close(); err != nil {
			return fmt.Errorf("close store: %w", err)
		}
	}
	return nil
}

// outboxDepth counts the replies waiting for channel, up to a bound that
// keeps a scrape cheap.
func (a *app) outboxDepth(ctx context.Context, channel string) (int, error) {
	pending, err := a.store.Pending(ctx, channel, 10_000)
	return len(pending), err
}

// runGC runs the store's value-log GC until ctx ends.
func (a *app) runGC(ctx context.Context) {
	a.store.RunGC(ctx, a.cfg.Data.GCInterval.Duration)
}
