package telegram

import (
	"context"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// startTyping shows "typing…" in chat if the turn takes longer than
// TypingDelay, and repeats it (Telegram shows it for about 5 s) until the
// returned stop is called. stop waits for a call in flight, so "typing…"
// never follows the reply. A quick turn costs one timer and no goroutine.
func (a *Adapter) startTyping(ctx context.Context, chat int64) (stop func()) {
	var mu sync.Mutex // guards t and stopped; held while an action is sent
	stopped := false
	var t *time.Timer
	fire := func() {
		mu.Lock()
		defer mu.Unlock()
		if stopped || ctx.Err() != nil {
			return
		}
		if _, err := a.bot.Request(tgbotapi.NewChatAction(chat, tgbotapi.ChatTyping)); err != nil {
			a.log.Debug("sendChatAction failed", "chat", chat, "err", a.scrub.err(err))
		}
		t.Reset(a.opts.TypingEvery)
	}
	mu.Lock()
	t = time.AfterFunc(a.opts.TypingDelay, fire)
	mu.Unlock()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		t.Stop()
	}
}
