package telegram

import (
	"log/slog"
	"net/http"
	"strings"
	"time"

	"golang.org/x/time/rate"
)

// Options configure an Adapter. Only Token is required.
type Options struct {
	// Token is the bot token from @BotFather.
	Token string
	// APIURL is the Bot API base URL; https://api.telegram.org when empty.
	APIURL string
	// Mode is "polling" (the default) or "webhook".
	Mode string
	// WebhookURL is the public HTTPS URL Telegram posts updates to. When its
	// path is empty a secret path derived from the token is appended.
	WebhookURL string
	// WebhookListen is the local address the webhook server listens on.
	WebhookListen string
	// WebhookSecret is checked against the X-Telegram-Bot-Api-Secret-Token
	// header; a random one is made at start when empty.
	WebhookSecret string
	// PollTimeout is the long-polling timeout; 30s when zero.
	PollTimeout time.Duration
	// Allowed reports whether a person may talk to the companion; it is
	// called with "<user id>" and, when the person has one, "@username".
	// It must be safe for concurrent use (chats are handled side by side).
	// Nil allows everyone.
	Allowed func(ids ...string) bool
	// Logger receives operational logs (ids, sizes, outcomes; never text).
	Logger *slog.Logger
	// HTTPClient makes the Bot API calls; nil means one whose timeout is
	// longer than PollTimeout.
	HTTPClient *http.Client
	// Limits pace outgoing messages; zero fields take Telegram's limits.
	Limits Limits
	// Retry bounds the exponential backoff of every retrying loop but the
	// turns'.
	Retry Backoff
	// TurnAttempts is how many times a failing turn is tried before its
	// update is set aside (recorded, the person told, the offset moved on);
	// 5 when zero. Waiting for a paused store does not count.
	TurnAttempts int
	// TurnRetry bounds the backoff between attempts at a failing turn;
	// 1s doubling up to Retry.Max when zero.
	TurnRetry Backoff
	// EditInterval is the least time between two edits of a streamed reply; 1.5s when zero.
	EditInterval time.Duration
	// TypingDelay is how long a turn may run before "typing…" is shown; 1s when zero.
	TypingDelay time.Duration
	// TypingEvery is how often "typing…" is repeated while a turn runs; 4.5s when zero.
	TypingEvery time.Duration
	// ReadyGrace is how long getUpdates (or the webhook) may keep failing
	// before Ready reports the adapter not connected, and how long one
	// update's turn may keep failing before Ready reports it stuck; twice
	// PollTimeout when zero, so that one failed poll followed by a good one
	// never counts.
	ReadyGrace time.Duration
	// SendRetried, when set, is called each time a send to Telegram failed
	// and will be tried again. It must be quick and safe for concurrent use.
	SendRetried func()
	// RateLimited, when set, is called for each 429 (flood control)
	// Telegram answers, whatever the call. It must be quick and safe for
	// concurrent use.
	RateLimited func()
}

// Limits are the send rates the adapter keeps to. A zero rate takes the
// default; rate.Inf turns a limit off.
type Limits struct {
	// PerChat is messages per second to one chat (default 1).
	PerChat rate.Limit
	// PerChatBurst is how many messages one chat may get at once (default 3).
	PerChatBurst int
	// Global is messages per second overall (default 30).
	Global rate.Limit
	// GlobalBurst is how many messages may leave within any span of
	// GlobalBurst/Global seconds (default 30: at most 30 in any second).
	GlobalBurst int
	// Refusals is the share of GlobalBurst kept for telling people who are
	// not on the allowed list that the companion is not for them (default
	// one in fifteen, at least 1). Replies get the rest, so refusals never
	// slow them; refusals beyond their share are dropped.
	Refusals int
	// PerGroup is messages per second to one group (default 20 a minute).
	PerGroup rate.Limit
	// PerGroupBurst is how many messages one group may get at once (default 3).
	PerGroupBurst int
}

// Backoff bounds an exponential backoff.
type Backoff struct {
	// Min is the first delay (default 250ms).
	Min time.Duration
	// Max caps the delay (default 30s).
	Max time.Duration
}

func (o Options) withDefaults() Options {
	if o.APIURL == "" {
		o.APIURL = "https://api.telegram.org"
	}
	o.APIURL = strings.TrimRight(o.APIURL, "/")
	if o.Mode == "" {
		o.Mode = "polling"
	}
	if o.PollTimeout <= 0 {
		o.PollTimeout = 30 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.HTTPClient == nil {
		// The default transport keeps 2 idle connections per host: with
		// parallel sends every call would dial anew.
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.MaxIdleConnsPerHost = maxWorkers + 4
		o.HTTPClient = &http.Client{Timeout: o.PollTimeout + 15*time.Second, Transport: tr}
	}
	if o.EditInterval <= 0 {
		o.EditInterval = 1500 * time.Millisecond
	}
	if o.TypingDelay <= 0 {
		o.TypingDelay = time.Second
	}
	if o.TypingEvery <= 0 {
		o.TypingEvery = 4500 * time.Millisecond
	}
	if o.Retry.Min <= 0 {
		o.Retry.Min = 250 * time.Millisecond
	}
	if o.Retry.Max < o.Retry.Min {
		o.Retry.Max = max(30*time.Second, o.Retry.Min)
	}
	if o.TurnAttempts <= 0 {
		o.TurnAttempts = 5
	}
	if o.TurnRetry.Min <= 0 {
		o.TurnRetry.Min = time.Second
	}
	if o.TurnRetry.Max < o.TurnRetry.Min {
		o.TurnRetry.Max = max(o.Retry.Max, o.TurnRetry.Min)
	}
	if o.ReadyGrace <= 0 {
		o.ReadyGrace = 2 * o.PollTimeout
	}
	if o.SendRetried == nil {
		o.SendRetried = func() {}
	}
	if o.RateLimited == nil {
		o.RateLimited = func() {}
	}
	o.Limits = o.Limits.withDefaults()
	return o
}

func (l Limits) withDefaults() Limits {
	if l.PerChat == 0 {
		l.PerChat = 1
	}
	if l.PerChatBurst <= 0 {
		l.PerChatBurst = 3
	}
	if l.Global == 0 {
		l.Global = 30
	}
	if l.GlobalBurst <= 0 {
		l.GlobalBurst = 30
	}
	if l.Refusals <= 0 {
		l.Refusals = max(1, l.GlobalBurst/15)
	}
	if l.Global != rate.Inf {
		// Replies keep at least one place in the window.
		l.Refusals = min(l.Refusals, l.GlobalBurst-1)
	}
	if l.PerGroup == 0 {
		l.PerGroup = rate.Every(3 * time.Second)
	}
	if l.PerGroupBurst <= 0 {
		l.PerGroupBurst = 3
	}
	return l
}
