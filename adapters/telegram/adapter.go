// Package telegram connects the companion to Telegram through the Bot API
// (github.com/go-telegram-bot-api/telegram-bot-api/v5).
//
// Updates are read by long polling or a webhook and handed to a Turner one
// at a time; the offset moves only after the turn is committed, so a crash
// never loses a message. Replies are read from the store's outbox, rendered
// to Telegram HTML, split to fit, paced to Telegram's limits and marked sent
// only once Telegram accepted them.
package telegram

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/internal/lifecycle"
	"github.com/companion-dev/companion/agent"
)

// Channel is the name of this adapter in messages, the outbox and cursors.
const Channel = "telegram"

// offsetCursor is the store cursor holding the next update id to fetch.
const offsetCursor = "telegram:offset"

// blockedCursor returns the store cursor set to "1" while chat has blocked
// the bot; reminders skip such chats.
func blockedCursor(chat string) string { return "telegram:blocked:" + chat }

// Turner runs one turn of the conversation.
type Turner interface {
	// Handle processes m atomically: it dedupes by m.ID, updates the
	// person's state and appends the replies to the outbox. It returns
	// agent.ErrDuplicate when m.ID was processed before. It may block while
	// a model writes and is safe for concurrent use.
	Handle(ctx context.Context, m agent.Message) error
}

var _ Turner = (*agent.Agent)(nil)

// Store is the part of the store the adapter uses. It is safe for
// concurrent use.
type Store interface {
	// Pending returns up to limit undelivered replies of channel, oldest first.
	Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error)
	// MarkSent removes a delivered reply from the outbox.
	MarkSent(ctx context.Context, channel string, seq uint64) error
	// MarkFailed records a failed delivery (o.Attempts already incremented).
	MarkFailed(ctx context.Context, o agent.Outgoing) error
	// Cursor returns the value stored under name, "" when unset.
	Cursor(ctx context.Context, name string) (string, error)
	// SetCursor stores value under name.
	SetCursor(ctx context.Context, name, value string) error
}

// Adapter is the Telegram side of the companion. Create it with New and
// start it with Run.
type Adapter struct {
	opts   Options
	turner Turner
	store  Store
	log    *slog.Logger
	scrub  scrubber
	limit  *limiter
	kickCh chan struct{}
	// finishWithin is how long a reply already being sent may take once
	// Run is cancelled; tests shorten it.
	finishWithin time.Duration

	// bot is set by Run before any other goroutine starts.
	bot *tgbotapi.BotAPI

	life      *lifecycle.Tracker
	connected atomic.Bool // getMe succeeded and Run goes on

	refused refusals
	panics  atomic.Int64 // turns that panicked, for tests

	// noDrafts is set once the server refused sendMessageDraft; streams
	// then show themselves with a message and its edits.
	noDrafts atomic.Bool
	draftIDs atomic.Int64 // the last draft_id used

	mu      sync.Mutex
	streams map[int64]*stream
	chatMu  [64]sync.Mutex
}

// New checks opts and returns an Adapter; it does no I/O.
func New(opts Options, turner Turner, st Store) (*Adapter, error) {
	if opts.Token == "" {
		return nil, ErrNoToken
	}
	opts = opts.withDefaults()
	switch opts.Mode {
	case "polling":
	case "webhook":
		if opts.WebhookURL == "" || opts.WebhookListen == "" {
			return nil, ErrWebhook
		}
	default:
		return nil, fmt.Errorf("%w: %q", ErrMode, opts.Mode)
	}
	if turner == nil || st == nil {
		return nil, ErrNoTurner
	}
	a := &Adapter{
		opts:    opts,
		turner:  turner,
		store:   st,
		log:     opts.Logger.With("adapter", Channel),
		scrub:   newScrubber(opts.Token),
		limit:   newLimiter(opts.Limits),
		kickCh:  make(chan struct{}, 1),
		refused: refusals{last: map[int64]time.Time{}},
		streams: map[int64]*stream{},

		finishWithin: lifecycle.FinishWithin,
	}
	a.life = lifecycle.New(lifecycle.Config{
		Outbox:   st,
		Channel:  Channel,
		NotReady: ErrNotConnected,
		Stuck:    ErrStuck,
		Kick:     a.Kick,
		Recheck:  recheckOutbox,
		Logger:   a.log,
	})
	return a, nil
}

// Run connects to Telegram, sets the command menu and then receives updates
// and delivers the outbox until ctx ends. A cancelled ctx is a normal exit
// and returns nil. After Shutdown it takes no more updates but keeps
// delivering until ctx ends.
func (a *Adapter) Run(ctx context.Context) error {
	defer a.life.EndRun()
	defer a.connected.Store(false)
	// intake ends at Shutdown (or with ctx): it carries the calls that take
	// updates in, while turns and sends run until ctx ends.
	intake, stopIntake := a.life.Intake(ctx)
	defer stopIntake()
	// A reply already being sent when ctx ends is seen through: Telegram
	// cannot tell it from a new one if it is sent again at the next start.
	sends, endSends := lifecycle.Finishing(ctx, a.finishWithin)
	defer endSends()
	if err := a.connect(sends, intake); err != nil {
		return quiet(err)
	}
	a.connected.Store(true)
	a.log.Info("connected", "bot", a.bot.Self.UserName, "mode", a.opts.Mode)
	a.setCommands(intake)
	sendCtx, stopSender := context.WithCancel(ctx)
	defer stopSender()
	var wg sync.WaitGroup
	wg.Go(func() { a.runSender(sendCtx) })
	var err error
	if a.opts.Mode == "webhook" {
		err = a.serveWebhook(ctx, intake)
	} else {
		err = a.poll(ctx, intake)
	}
	a.life.EndIntake()
	if err = quiet(err); err != nil {
		stopSender()
	}
	wg.Wait()
	return err
}

// quiet turns the end of the context into a normal exit.
func quiet(err error) error {
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// Kick asks the sender to look at the outbox now, e.g. after something
// other than a turn (a reminder) added to it. It never blocks.
func (a *Adapter) Kick() {
	select {
	case a.kickCh <- struct{}{}:
	default:
	}
}

// connect calls getMe until it succeeds, backing off on errors, or until
// intake ends. A rejected token is final.
func (a *Adapter) connect(ctx, intake context.Context) error {
	b := newBackoff(a.opts.Retry)
	client := ctxClient{ctx: ctx, intake: intake, c: a.opts.HTTPClient, limited: a.opts.RateLimited}
	for {
		bot, err := tgbotapi.NewBotAPIWithClient(a.opts.Token, a.opts.APIURL+"/bot%s/%s", client)
		if err == nil {
			a.bot = bot
			return nil
		}
		if intake.Err() != nil {
			return context.Canceled
		}
		err = a.scrub.err(err)
		if code := apiCode(err); code == 401 || code == 404 {
			return fmt.Errorf("%w (%d)", ErrUnauthorized, code)
		}
		a.log.Warn("getMe failed, retrying", "err", err)
		if b.wait(intake) != nil {
			return context.Canceled
		}
	}
}

// commands is the menu Telegram shows under "/".
var commands = []tgbotapi.BotCommand{
	{Command: "start", Description: "Say hello and see what I can do"},
	{Command: "help", Description: "What I can help with"},
	{Command: "reflect", Description: "Think through a connection that matters"},
	{Command: "draft", Description: "Write a message to someone"},
	{Command: "ask", Description: "Ask the guide a question"},
	{Command: "plan", Description: "The 7-day connection plan"},
	{Command: "remind", Description: "Get a nudge to stay in touch"},
	{Command: "cancel", Description: "Stop what we are doing"},
	{Command: "export", Description: "Get a copy of everything I keep"},
	{Command: "forget", Description: "Erase everything I keep about you"},
	{Command: "privacy", Description: "How your data is handled"},
	{Command: "settings", Description: "Name, timezone and preferences"},
}

// setCommands sets the command menu; a failure is logged, not fatal.
func (a *Adapter) setCommands(ctx context.Context) {
	b := newBackoff(a.opts.Retry)
	for attempt := 0; attempt < 3; attempt++ {
		_, err := a.bot.Request(tgbotapi.NewSetMyCommands(commands...))
		if err == nil || ctx.Err() != nil {
			return
		}
		a.log.Warn("setMyCommands failed", "err", a.scrub.err(err))
		if b.wait(ctx) != nil {
			return
		}
	}
}

// apiCode returns the Bot API error code in err, or 0.
func apiCode(err error) int {
	var e *tgbotapi.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}
