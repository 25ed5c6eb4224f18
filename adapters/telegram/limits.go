package telegram

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter paces sends: per chat, per group and overall, and holds every
// send while Telegram's flood control (a 429's retry_after) is in force.
// Refusals to people not on the allowed list have a share of the overall
// budget of their own, so that a crowd of strangers never slows the
// replies to the people the companion is for.
type limiter struct {
	cfg      Limits
	global   *window // replies, streamed frames
	refusals *window

	mu        sync.Mutex
	chats     map[int64]*rate.Limiter
	groups    map[int64]*rate.Limiter
	pruneAt   int
	pauseTill time.Time
}

func newLimiter(cfg Limits) *limiter {
	span := spanFor(cfg.GlobalBurst, cfg.Global)
	refusalSpan := span
	if span == 0 {
		refusalSpan = time.Second
	}
	return &limiter{
		cfg:      cfg,
		global:   newWindow(cfg.GlobalBurst-cfg.Refusals, span),
		refusals: newWindow(cfg.Refusals, refusalSpan),
		chats:    map[int64]*rate.Limiter{},
		groups:   map[int64]*rate.Limiter{},
		pruneAt:  1024,
	}
}

// isGroup reports whether a Telegram chat id names a group or channel:
// those ids are negative.
func isGroup(chat int64) bool { return chat < 0 }

// wait blocks until a message may be sent to chat.
func (l *limiter) wait(ctx context.Context, chat int64) error {
	if err := l.waitPause(ctx); err != nil {
		return err
	}
	if err := l.forChat(chat).Wait(ctx); err != nil {
		return err
	}
	if isGroup(chat) {
		if err := l.forGroup(chat).Wait(ctx); err != nil {
			return err
		}
	}
	return l.global.wait(ctx)
}

// refusal reports whether a refusal may be sent now, taking its place in
// the refusals' share when it may. It never waits: when the share is used
// up, or flood control is in force, the refusal is dropped.
func (l *limiter) refusal() bool {
	l.mu.Lock()
	paused := time.Now().Before(l.pauseTill)
	l.mu.Unlock()
	return !paused && l.cfg.Refusals > 0 && l.refusals.try()
}

// pause holds every send for d, as a 429 asks.
func (l *limiter) pause(d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if t := time.Now().Add(d); t.After(l.pauseTill) {
		l.pauseTill = t
	}
}

func (l *limiter) waitPause(ctx context.Context) error {
	for {
		l.mu.Lock()
		d := time.Until(l.pauseTill)
		l.mu.Unlock()
		if d <= 0 {
			return nil
		}
		if err := sleep(ctx, d); err != nil {
			return err
		}
	}
}

func (l *limiter) forChat(chat int64) *rate.Limiter {
	return l.get(l.chats, chat, l.cfg.PerChat, l.cfg.PerChatBurst)
}

func (l *limiter) forGroup(chat int64) *rate.Limiter {
	return l.get(l.groups, chat, l.cfg.PerGroup, l.cfg.PerGroupBurst)
}

func (l *limiter) get(m map[int64]*rate.Limiter, chat int64, r rate.Limit, burst int) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	if lim, ok := m[chat]; ok {
		return lim
	}
	if len(m) >= l.pruneAt {
		l.prune(m, burst)
	}
	lim := rate.NewLimiter(r, burst)
	m[chat] = lim
	return lim
}

// prune forgets limiters that are full again: a fresh one behaves the same,
// so memory stays proportional to the chats active in the last few seconds.
func (l *limiter) prune(m map[int64]*rate.Limiter, burst int) {
	now := time.Now()
	for chat, lim := range m {
		if lim.TokensAt(now) >= float64(burst) {
			delete(m, chat)
		}
	}
	l.pruneAt = max(1024, 2*len(m))
}

// size returns how many chat limiters are kept.
func (l *limiter) size() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.chats) + len(l.groups)
}
