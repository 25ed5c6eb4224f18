package telegram

import (
	"context"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// refusal is sent to people who are not on the allowed list, at most once a
// day each.
const refusal = "Sorry, this companion is private: it only talks with the people it was set up for. " +
	"If you think you should have access, ask the person who runs it."

const (
	// refuseEvery is how often one person not on the allowed list may be
	// told so.
	refuseEvery = 24 * time.Hour
	// maxRefused bounds the memory of people who were refused. Past it,
	// newcomers are not told until older entries expire.
	maxRefused = 10000
)

// refusals remembers whom the companion told it is not for them, and when.
// Nothing is stored: the memory lasts until restart.
type refusals struct {
	mu   sync.Mutex
	last map[int64]time.Time // person id → when they were last told
}

// due reports whether person may be told now, and if so records it. When
// the memory is full of people told within the day, it says no: a flood of
// strangers must not grow memory without bound, nor earn them a second
// refusal.
func (r *refusals) due(person int64, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if t, ok := r.last[person]; ok && now.Sub(t) < refuseEvery {
		return false
	}
	if len(r.last) >= maxRefused {
		for p, t := range r.last {
			if now.Sub(t) >= refuseEvery {
				delete(r.last, p)
			}
		}
		if len(r.last) >= maxRefused {
			return false
		}
	}
	r.last[person] = now
	return true
}

// refuse tells person, in chat, that the companion is not for them: once a
// day at most, and only within the refusals' own share of the sending
// budget. Refusals over it are dropped rather than queued, so that a crowd
// of strangers never delays the people the companion is for.
func (a *Adapter) refuse(ctx context.Context, person, chat int64, update int) {
	if !a.refused.due(person, time.Now()) {
		a.log.Debug("not allowed, told before", "update", update, "chat", chat)
		return
	}
	if !a.limit.refusal() {
		a.log.Info("not allowed; refusal dropped, too many at once", "update", update, "chat", chat)
		return
	}
	a.log.Info("not allowed", "update", update, "chat", chat)
	if ctx.Err() != nil {
		return
	}
	if _, err := a.bot.Send(tgbotapi.NewMessage(chat, refusal)); err != nil {
		a.log.Warn("send refusal", "chat", chat, "err", a.scrub.err(err))
	}
}
