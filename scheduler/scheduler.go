// Package scheduler sends nudges when reminders come due: stay-in-touch
// check-ins, the 7-day plan's daily step and the daily habit prompts. It
// reads the store's due-time index, asks the agent to act on each due
// reminder (the agent commits the nudge, the person and the index change
// in one transaction, so each fires once across restarts) and wakes the
// adapters' outbox senders.
package scheduler

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/companion-dev/companion/agent"
)

// Store is what the scheduler reads; *store.Store implements it. Both
// methods are safe for concurrent use.
type Store interface {
	// DueBefore returns up to limit reminders due at or before t, earliest first.
	DueBefore(ctx context.Context, t time.Time, limit int) ([]agent.DueEntry, error)
	// Cursor returns a platform cursor, "" when unset. Adapters set
	// "telegram:blocked:<chat>" or "matrix:left:<room>" to "1" when a chat
	// can no longer be reached.
	Cursor(ctx context.Context, name string) (string, error)
}

// Nudger acts on one due reminder; *agent.Agent implements it. Nudge
// returns agent.ErrDuplicate when the reminder was already handled.
type Nudger interface {
	Nudge(ctx context.Context, r agent.NudgeRequest) error
}

var _ Nudger = (*agent.Agent)(nil)

// Reporter is a Nudger that also says what became of each reminder; the
// scheduler uses it, when the Nudger has it, to count the nudges sent.
type Reporter interface {
	NudgeReport(ctx context.Context, r agent.NudgeRequest) (agent.NudgeResult, error)
}

var _ Reporter = (*agent.Agent)(nil)

// Options configures a Scheduler.
type Options struct {
	// Clock defaults to the system clock.
	Clock agent.Clock
	// Interval is the time between ticks; 30 s when zero.
	Interval time.Duration
	// Policy says when nudges may go out (quiet hours, daily cap, staleness).
	Policy agent.NudgePolicy
	// Batch is how many due reminders one read takes; 200 when zero.
	Batch int
	// Wake, when set, is called after a tick handled reminders, so that
	// outbox senders deliver without waiting for their next poll.
	Wake func()
	// Sent, when set, is called for each nudge put in an outbox, with the
	// reminder's kind ("plan", "plan-evening", "habit" or "contact"). It
	// needs a Nudger that is also a Reporter.
	Sent func(kind string)
	// Logger defaults to a logger that discards.
	Logger *slog.Logger
}

// Scheduler fires due reminders. Run it once; it is not meant to run twice
// at the same time over one store.
type Scheduler struct {
	store  Store
	nudger Nudger
	opts   Options
	log    *slog.Logger
}

// New returns a Scheduler. It does no I/O.
func New(st Store, n Nudger, opts Options) *Scheduler {
	if opts.Clock == nil {
		opts.Clock = agent.SystemClock{}
	}
	if opts.Interval <= 0 {
		opts.Interval = 30 * time.Second
	}
	if opts.Batch <= 0 {
		opts.Batch = 200
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Scheduler{store: st, nudger: n, opts: opts, log: log}
}

// Run ticks at once, which sends what came due while the companion was
// down (or drops it when stale), and then every Interval until ctx ends.
// A failing tick is logged and retried at the next one. It returns nil when
// ctx is cancelled.
func (s *Scheduler) Run(ctx context.Context) error {
	tick := time.NewTicker(s.opts.Interval)
	defer tick.Stop()
	for {
		if _, err := s.Tick(ctx); err != nil && ctx.Err() == nil {
			s.log.Error("scheduler tick", "err", err)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-tick.C:
		}
	}
}

// Stats is what one tick did.
type Stats struct {
	// Handled counts reminders the agent acted on (sent, deferred, dropped as stale or stopped).
	Handled int
	// Sent counts the nudges put in an outbox (known when the Nudger is a Reporter).
	Sent int
	// Unreachable counts reminders whose chat blocked the companion or was left.
	Unreachable int
	// Failed counts reminders the agent could not act on; they stay due.
	Failed int
}

// maxPages bounds the reads of one tick, so that entries that keep failing
// cannot keep it busy.
const maxPages = 50

// Tick handles every reminder due now.
func (s *Scheduler) Tick(ctx context.Context) (Stats, error) {
	var st Stats
	now := s.opts.Clock.Now()
	start := time.Now()
	for page := 0; page < maxPages; page++ {
		es, err := s.store.DueBefore(ctx, now, s.opts.Batch)
		if err != nil {
			return st, fmt.Errorf("scheduler: %w", err)
		}
		progress := false
		for _, e := range es {
			if ctx.Err() != nil {
				return st, ctx.Err()
			}
			unreachable, err := s.unreachable(ctx, e)
			if err != nil {
				s.log.Warn("read chat state", "channel", e.Channel, "err", err)
			}
			res, err := s.nudge(ctx, agent.NudgeRequest{Entry: e, Now: now, Policy: s.opts.Policy, Unreachable: unreachable})
			switch {
			case err == nil:
				st.Handled++
				progress = true
				if res.Sent {
					st.Sent++
					if s.opts.Sent != nil {
						s.opts.Sent(res.Kind)
					}
				}
				if unreachable {
					st.Unreachable++
				}
			case errors.Is(err, agent.ErrDuplicate):
				// Handled before; the index entry went with it.
			default:
				st.Failed++
				s.log.Error("nudge", "channel", e.Channel, "reminder_late", now.Sub(e.At).Round(time.Second), "err", err)
			}
		}
		if len(es) < s.opts.Batch || !progress {
			break
		}
	}
	if st.Handled > 0 {
		if s.opts.Wake != nil {
			s.opts.Wake()
		}
		s.log.Info("reminders handled", "handled", st.Handled, "sent", st.Sent, "unreachable", st.Unreachable,
			"failed", st.Failed, "took", time.Since(start).Round(time.Millisecond))
	}
	return st, nil
}

// nudge asks the Nudger to act on r, learning what it did when it can tell.
func (s *Scheduler) nudge(ctx context.Context, r agent.NudgeRequest) (agent.NudgeResult, error) {
	if rep, ok := s.nudger.(Reporter); ok {
		return rep.NudgeReport(ctx, r)
	}
	return agent.NudgeResult{}, s.nudger.Nudge(ctx, r)
}

// unreachable reports whether the chat of e blocked the companion (Telegram)
// or was left (Matrix), as the adapters record it.
func (s *Scheduler) unreachable(ctx context.Context, e agent.DueEntry) (bool, error) {
	var name string
	switch e.Channel {
	case "telegram":
		name = "telegram:blocked:" + e.ChatID
	case "matrix":
		name = "matrix:left:" + e.ChatID
	default:
		return false, nil
	}
	v, err := s.store.Cursor(ctx, name)
	if err != nil {
		return false, err
	}
	return v == "1", nil
}
