package agent

import (
	"context"
	"errors"
	"fmt"
	"github.com/companion-dev/companion/agent/safety"
	"github.com/companion-dev/companion/agent/understand"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"
)

// Options configures an Agent. Store and Guide are required.
type Options struct {
	Store Store
	Guide Guide
	// Clock defaults to the system clock.
	Clock Clock
	// Logger defaults to a logger that discards.
	Logger *slog.Logger
	// Safety sets the crisis signposting; the zero value uses an
	// international default.
	Safety Safety
	// MaxMessageBytes refuses longer messages kindly; 0 means 4000.
	MaxMessageBytes int
	// Model is the optional language model; its zero value means none.
	Model ModelOptions
	// MessagesPerMinute limits how many messages one person may send a
	// minute (short bursts up to that many); 0 means no limit.
	MessagesPerMinute int
	// ModelCallsPerHour limits how many model calls one person's messages
	// may cause: that many at once, then one more as each hour/ModelCallsPerHour
	// passes. Past it the built-in templates answer. 0 means no limit.
	ModelCallsPerHour int
	// Observe, when set, is told about every turn (for metrics). It must be
	// quick and safe for concurrent use.
	Observe func(TurnEvent)
	// ObserveModel, when set, is told about every model call, and every call
	// the budget skipped (for metrics). It must be quick and safe for
	// concurrent use.
	ObserveModel func(ModelEvent)
	// NudgeHour is the local hour of reminders and plan nudges when the
	// person names no time; 0 means 10 (10:00).
	NudgeHour int
	// QuietStart and QuietEnd are the quiet hours in minutes after midnight,
	// as the scheduler gets them in NudgePolicy, so that a reminder set for
	// a time inside them says when it will really come. Equal values mean
	// no quiet hours.
	QuietStart, QuietEnd int
}

// Safety is what the companion says when someone may be in danger.
type Safety struct {
	// EmergencyNote names who to call in an emergency where the person's
	// country is unknown, e.g. "your local emergency number".
	EmergencyNote string
	// Helplines are the operator's lines. They add to the built-in
	// directory of package safety, or replace the built-in line of the
	// same country, kind and name.
	Helplines []Helpline
	// NoConcernCheck turns off the gentle question asked when a message
	// the crisis rules let pass sounds like a crisis to the learned model
	// (see concern.go). The rules alone then decide what is asked.
	NoConcernCheck bool
}

// Helpline is a crisis line or directory the companion can point to.
type Helpline struct {
	Name    string
	Contact string
	// Region says in words where it serves; shown nowhere now, kept for
	// the operator's own notes.
	Region string
	// Country is the ISO 3166 code of the country it serves; empty serves
	// everyone whose country is unknown or has no line of this kind.
	Country string
	// Kind is "crisis" (the default), "abuse" or "emergency".
	Kind string
	// Hours says when it answers; may be empty.
	Hours string
}

// Agent runs conversations. It is safe for concurrent use: turns of
// different people run in parallel, turns of one person one at a time.
type Agent struct {
	store  Store
	guide  Guide
	clock  Clock
	log    *slog.Logger
	safety Safety
	// directory is the built-in helplines with the operator's added.
	directory *safety.Directory
	maxLen    int
	hooks     *modelHooks
	// modelName is shown by /settings; empty when no model is in use.
	modelName string
	nudgeHour int
	quiet     NudgePolicy // only QuietStart and QuietEnd are set
	observe   func(TurnEvent)
	limit     *limiter
	locks     [256]sync.Mutex
}

// TurnEvent describes one handled turn, without any of its content.
type TurnEvent struct {
	Channel  string
	Flow     string // the flow the person is in after the turn; "none" when idle
	Duration time.Duration
	Replies  int
	Err      error // ErrDuplicate for a repeated update
}

// seenChecker is implemented by stores that can tell cheaply whether an
// update was processed, which saves the work of a duplicate turn.
type seenChecker interface {
	Seen(ctx context.Context, updateID string) (bool, error)
}

// New returns an Agent. It does no I/O.
func New(opts Options) *Agent {
	a := &Agent{store: opts.Store, guide: opts.Guide, clock: opts.Clock, log: opts.Logger,
		safety: opts.Safety, maxLen: opts.MaxMessageBytes}
	if a.clock == nil {
		a.clock = SystemClock{}
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	a.hooks = newModelHooks(opts.Model, a.log.With("component", "model"))
	a.hooks.budget = newLimiter(opts.ModelCallsPerHour, time.Hour)
	a.hooks.clock = a.clock
	a.hooks.observe = opts.ObserveModel
	if opts.Model.LLM != nil {
		a.modelName = opts.Model.Name
		if a.modelName == "" {
			a.modelName = "a language model"
		}
	}
	a.limit = newLimiter(opts.MessagesPerMinute, time.Minute)
	a.observe = opts.Observe
	if a.observe == nil {
		a.observe = func(TurnEvent) {}
	}
	a.nudgeHour = opts.NudgeHour
	if a.nudgeHour <= 0 || a.nudgeHour > 23 {
		a.nudgeHour = defaultNudgeHour
	}
	if min(opts.QuietStart, opts.QuietEnd) >= 0 && max(opts.QuietStart, opts.QuietEnd) < 24*60 {
		a.quiet = NudgePolicy{QuietStart: opts.QuietStart, QuietEnd: opts.QuietEnd}
	}
	if a.maxLen <= 0 {
		a.maxLen = 4000
	}
	if a.safety.EmergencyNote == "" {
		a.safety.EmergencyNote = "your local emergency number"
	}
	extra := make([]safety.Line, 0, len(a.safety.Helplines))
	for _, h := range a.safety.Helplines {
		extra = append(extra, safety.Line{Country: h.Country, Kind: safety.Kind(h.Kind), Name: h.Name, Contact: h.Contact, Hours: h.Hours})
	}
	a.directory = safety.Builtin().With(extra)
	// The message classifier trains on first use; start it now so the
	// first message does not wait for it.
	go understand.Default()
	return a
}

// Handle runs one turn: it reads the person's state, works out the replies,
// and commits state, replies (to the outbox) and the update id in one
// transaction. Replies are delivered by the adapter from the outbox.
//
// Group messages that do not address the companion are ignored and nothing
// is stored. It returns ErrDuplicate when m.ID was already processed.
func (a *Agent) Handle(ctx context.Context, m Message) error {
	if m.Group && !m.Addressed {
		return nil
	}
	if m.Person == "" {
		return errors.New("handle: message without a person")
	}
	mu := &a.locks[lockIndex(m.Person)]
	mu.Lock()
	defer mu.Unlock()

	start := time.Now()
	if sc, ok := a.store.(seenChecker); ok && m.ID != "" {
		seen, err := sc.Seen(ctx, m.ID)
		if err != nil {
			return fmt.Errorf("handle: %w", err)
		}
		if seen {
			return ErrDuplicate
		}
	}
	now := m.Time
	if now.IsZero() {
		now = a.clock.Now()
	}
	if ok, warn := a.limit.allow(m.Person, now); !ok {
		return a.slowDown(ctx, m, warn)
	}
	p, err := a.store.LoadPerson(ctx, m.Person)
	if errors.Is(err, ErrDamaged) {
		if !m.Group {
			return a.damaged(ctx, m, err)
		}
		// A group turn reads nothing private and saves nothing for someone
		// without a readable record, so it can go on without one.
		p, err = Person{ID: m.Person}, nil
	}
	if err != nil {
		return fmt.Errorf("handle: %w", err)
	}
	ctx, ticket := withModelBudget(ctx, m.Person)
	t := newTurn(a, m, p, now)
	t.run(ctx)
	ticket.addNote(t)
	flow := t.p.Flow.Name
	if flow == "" {
		flow = "none"
	}
	if err := a.store.CommitTurn(ctx, t.commit()); err != nil {
		a.observe(TurnEvent{Channel: m.Channel, Flow: flow, Duration: time.Since(start), Err: err})
		if errors.Is(err, ErrDuplicate) {
			return ErrDuplicate
		}
		return fmt.Errorf("handle: commit: %w", err)
	}
	a.observe(TurnEvent{Channel: m.Channel, Flow: flow, Duration: time.Since(start), Replies: len(t.replies)})
	a.log.Debug("turn", "channel", m.Channel, "flow", t.p.Flow.Name, "replies", len(t.replies),
		"in_bytes", len(m.Text), "took", time.Since(start))
	return nil
}

// slowDown handles a message over the person's rate limit: it is marked
// processed, and the person is told (at most once a minute) to slow down.
// Nothing of the message is kept.
func (a *Agent) slowDown(ctx context.Context, m Message, warn bool) error {
	t := Turn{UpdateID: m.ID}
	if warn {
		o := Outgoing{Channel: m.Channel, ChatID: m.ChatID, Person: m.Person, Reply: Reply{Text: msgSlowDown}}
		if m.Group {
			o.ReplyTo = m.ReplyTo
		}
		t.Replies = []Outgoing{o}
	}
	err := a.store.CommitTurn(ctx, t)
	a.observe(TurnEvent{Channel: m.Channel, Flow: "limited", Err: err})
	if err != nil && !errors.Is(err, ErrDuplicate) {
		return fmt.Errorf("handle: commit: %w", err)
	}
	return err
}

// ModelStats returns how many model calls were made and how many of them
// fell back to the template, since start.
func (a *Agent) ModelStats() (calls, fallbacks int64) {
	return a.hooks.stats()
}

// ProbeModel checks that the language model answers, within the model
// timeout. It returns nil when no model is configured.
func (a *Agent) ProbeModel(ctx context.Context) error {
	return a.hooks.probe(ctx)
}

func lockIndex(id PersonID) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % 256)
}
