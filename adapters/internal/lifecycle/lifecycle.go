// Package lifecycle holds what the chat adapters share about one run: when
// they are ready to take messages, which turns keep failing and which were
// set aside, and a graceful shutdown that stops taking messages, lets the
// turns under way commit and then waits for the outbox to be delivered.
package lifecycle

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/companion-dev/companion/agent"
)

// maxLeft bounds the count of replies Shutdown reports as left behind.
const maxLeft = 10_000

// leftTimeout is how long counting the replies left may take once the
// caller's context has ended.
const leftTimeout = 2 * time.Second

// Outbox is where an adapter's replies wait for delivery.
type Outbox interface {
	// Pending returns up to limit undelivered replies of channel, oldest
	// first. It must be safe for concurrent use.
	Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error)
}

// Config says what a Tracker watches and how it reports.
type Config struct {
	// Outbox and Channel name the replies Shutdown waits for.
	Outbox  Outbox
	Channel string
	// NotReady is wrapped by the errors Ready returns, except for stuck
	// turns when Stuck is set.
	NotReady error
	// Stuck is wrapped by Ready's error when turns have been failing for
	// longer than the grace; NotReady when nil.
	Stuck error
	// Kick asks the adapter's sender to look at the outbox now; Shutdown
	// calls it once intake has ended. Nil does nothing.
	Kick func()
	// Recheck, when positive, makes Shutdown look at the outbox that often
	// even without a Progress signal, for senders that can leave replies
	// waiting (a retry delay) without signalling when the wait ends. Zero
	// relies on Progress alone.
	Recheck time.Duration
	// Logger receives Shutdown's logs; nil discards them.
	Logger *slog.Logger
}

// Tracker follows one run of an adapter, from Run's start to the end of a
// graceful shutdown. The adapter tells it when intake and Run end, when its
// sender got through replies, and how its way in (a long poll, a sync) is
// faring; Ready and Shutdown answer from that. Create it with New; its
// methods are safe for concurrent use.
type Tracker struct {
	cfg Config
	log *slog.Logger

	stop       chan struct{} // closed by Stop
	stopOnce   sync.Once
	intakeDone chan struct{} // closed by EndIntake
	runDone    chan struct{} // closed by EndRun
	progress   chan struct{} // the sender got through some replies

	mu       sync.Mutex
	failing  string    // what failed last, "" after a success
	since    time.Time // when the current run of failures began
	turns    map[string]*failing
	setAside int64
}

// New returns a Tracker for cfg; it does no I/O.
func New(cfg Config) *Tracker {
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if cfg.Kick == nil {
		cfg.Kick = func() {}
	}
	if cfg.Stuck == nil {
		cfg.Stuck = cfg.NotReady
	}
	return &Tracker{
		cfg:        cfg,
		log:        log,
		stop:       make(chan struct{}),
		intakeDone: make(chan struct{}),
		runDone:    make(chan struct{}),
		progress:   make(chan struct{}, 1),
		turns:      map[string]*failing{},
	}
}

// Stop tells the adapter to take no more messages. Only the first call
// does anything.
func (t *Tracker) Stop() {
	t.stopOnce.Do(func() { close(t.stop) })
}

// Stopping reports whether Stop was called.
func (t *Tracker) Stopping() bool {
	select {
	case <-t.stop:
		return true
	default:
		return false
	}
}

// Intake returns a context for the calls that take messages in: it ends at
// Stop or when ctx ends, whichever comes first. Turns and sends keep ctx,
// so that they outlive intake. The caller must call cancel when done.
func (t *Tracker) Intake(ctx context.Context) (intake context.Context, cancel context.CancelFunc) {
	intake, cancel = context.WithCancel(ctx)
	go func() {
		select {
		case <-t.stop:
			cancel()
		case <-intake.Done():
		}
	}()
	return intake, cancel
}

// EndIntake records that no message is taken in and no turn runs any more,
// while replies may still be delivered. Run calls it at most once.
func (t *Tracker) EndIntake() { close(t.intakeDone) }

// EndRun records that Run returned. Run calls it once, as it returns.
func (t *Tracker) EndRun() { close(t.runDone) }

// Progress tells a waiting Shutdown that the sender got through some
// replies, so that it looks at the outbox again. It never blocks.
func (t *Tracker) Progress() {
	select {
	case t.progress <- struct{}{}:
	default:
	}
}

// Shutdown calls Stop, waits for intake to end and then for the outbox to
// be empty, or until Run returns or ctx ends. It returns how many replies
// are still in the outbox (-1 when the outbox cannot tell) and ctx's error
// when ctx ended first.
//
// It blocks until intake ends, so it is meant to be called after Run was
// started; it is safe to call from any goroutine.
func (t *Tracker) Shutdown(ctx context.Context) (left int, err error) {
	t.Stop()
	select {
	case <-t.intakeDone:
	case <-t.runDone:
		return t.left(ctx), nil
	case <-ctx.Done():
		return t.left(ctx), ctx.Err()
	}
	t.log.Info("intake stopped; delivering the outbox")
	t.cfg.Kick()
	var recheck <-chan time.Time
	if t.cfg.Recheck > 0 {
		tick := time.NewTicker(t.cfg.Recheck)
		defer tick.Stop()
		recheck = tick.C
	}
	for {
		items, err := t.cfg.Outbox.Pending(ctx, t.cfg.Channel, 1)
		switch {
		case err == nil && len(items) == 0:
			return 0, nil
		case err != nil && ctx.Err() == nil:
			t.log.Error("read outbox", "err", err)
		}
		select {
		case <-ctx.Done():
			return t.left(ctx), ctx.Err()
		case <-t.runDone:
			return t.left(ctx), nil
		case <-t.progress:
		case <-recheck:
		}
	}
}

// left counts the replies still in the outbox, -1 when the outbox cannot
// tell. It takes a little time of its own, since ctx may have ended.
func (t *Tracker) left(ctx context.Context) int {
	c, cancel := context.WithTimeout(context.WithoutCancel(ctx), leftTimeout)
	defer cancel()
	items, err := t.cfg.Outbox.Pending(c, t.cfg.Channel, maxLeft)
	if err != nil {
		t.log.Error("count the replies left in the outbox", "err", err)
		return -1
	}
	return len(items)
}
