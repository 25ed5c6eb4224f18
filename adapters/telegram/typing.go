package telegram

import (
	"context"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// startTyping shows "typing…" in chat if the turn takes longer than
// TypingDelay, and repeats it (Telegram shows it for about 5 s) until the
// returned stop is called. stop waits for the goroutine to end.
func (a *Adapter) startTyping(ctx context.Context, chat int64) (stop func()) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTimer(a.opts.TypingDelay)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
			}
			if _, err := a.bot.Request(tgbotapi.NewChatAction(chat, tgbotapi.ChatTyping)); err != nil {
				a.log.Debug("sendChatAction failed", "chat", chat, "err", a.scrub.err(err))
			}
			t.Reset(a.opts.TypingEvery)
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}
