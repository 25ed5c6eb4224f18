package telegram

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/internal/lifecycle"
	"github.com/companion-dev/companion/agent"
)

const (
	// pendingBatch is how many outbox items one sweep reads.
	pendingBatch = 256
	// maxWorkers bounds the chats delivered to at the same time.
	maxWorkers = 8
	// maxAttempts is how often a reply Telegram rejects is tried before it is dropped.
	maxAttempts = 5
	// sweepEvery is how often the outbox is read without being kicked.
	sweepEvery = 2 * time.Second
	// sweepGap is the least time between two reads of the outbox: under
	// load, kicks from many turns share one read.
	sweepGap = 10 * time.Millisecond
)

// outbox is the sender's bookkeeping, owned by the runSender goroutine.
// A chat is in waiting exactly when it has queued items and no worker.
type outbox struct {
	inflight map[uint64]bool
	queued   map[string][]agent.Outgoing
	waiting  []string
	active   map[string]bool
	retryAt  map[string]time.Time
	done     chan workerDone
}

type workerDone struct {
	chat  string
	items []agent.Outgoing
	retry bool
}

// runSender delivers the outbox until ctx ends: chats in parallel, each
// chat's replies in order, each marked sent only after Telegram took it.
func (a *Adapter) runSender(ctx context.Context) {
	ob := &outbox{
		inflight: map[uint64]bool{},
		queued:   map[string][]agent.Outgoing{},
		active:   map[string]bool{},
		retryAt:  map[string]time.Time{},
		done:     make(chan workerDone),
	}
	tick := time.NewTicker(sweepEvery)
	defer tick.Stop()
	dirty := true
	var last time.Time
	var gap <-chan time.Time
	for {
		if dirty && gap == nil && ctx.Err() == nil {
			if d := sweepGap - time.Since(last); d > 0 {
				gap = time.After(d)
			} else {
				dirty, last = false, time.Now()
				// With every worker busy and chats waiting, reading more
				// would only find what is already queued.
				if len(ob.active) < maxWorkers || len(ob.waiting) == 0 {
					a.sweep(ctx, ob)
				}
			}
		}
		select {
		case <-gap:
			gap = nil
		case <-ctx.Done():
			for len(ob.active) > 0 {
				d := <-ob.done
				delete(ob.active, d.chat)
			}
			return
		case <-a.kickCh:
			dirty = true
		case d := <-ob.done:
			a.finish(ctx, ob, d)
			dirty = true
		case <-tick.C:
			dirty = true
		}
	}
}

func (a *Adapter) sweep(ctx context.Context, ob *outbox) {
	items, err := a.store.Pending(ctx, Channel, pendingBatch)
	if err != nil {
		if ctx.Err() == nil {
			a.log.Error("read outbox", "err", err)
		}
		return
	}
	now := time.Now()
	for _, o := range items {
		if ob.inflight[o.Seq] {
			continue
		}
		if t, ok := ob.retryAt[o.ChatID]; ok {
			if now.Before(t) {
				continue
			}
			delete(ob.retryAt, o.ChatID)
		}
		ob.inflight[o.Seq] = true
		if !ob.active[o.ChatID] && len(ob.queued[o.ChatID]) == 0 {
			ob.waiting = append(ob.waiting, o.ChatID)
		}
		ob.queued[o.ChatID] = append(ob.queued[o.ChatID], o)
	}
	a.startWorkers(ctx, ob)
}

func (a *Adapter) startWorkers(ctx context.Context, ob *outbox) {
	for len(ob.active) < maxWorkers && len(ob.waiting) > 0 {
		chat := ob.waiting[0]
		ob.waiting = ob.waiting[1:]
		items := ob.queued[chat]
		delete(ob.queued, chat)
		ob.active[chat] = true
		go func() { ob.done <- a.work(ctx, chat, items) }()
	}
}

func (a *Adapter) finish(ctx context.Context, ob *outbox, d workerDone) {
	defer a.life.Progress()
	delete(ob.active, d.chat)
	for _, o := range d.items {
		delete(ob.inflight, o.Seq)
	}
	if d.retry {
		// Later items of this chat wait too, to keep the chat's order.
		delay := a.opts.Retry.Max / 4
		ob.retryAt[d.chat] = time.Now().Add(delay)
		time.AfterFunc(delay+time.Millisecond, a.Kick)
		for _, o := range ob.queued[d.chat] {
			delete(ob.inflight, o.Seq)
		}
		delete(ob.queued, d.chat)
	} else if len(ob.queued[d.chat]) > 0 {
		ob.waiting = append(ob.waiting, d.chat)
	}
	a.startWorkers(ctx, ob)
}

// work delivers one chat's items in order. It stops at an item that should
// be tried again later.
func (a *Adapter) work(ctx context.Context, chat string, items []agent.Outgoing) workerDone {
	for _, o := range items {
		if ctx.Err() != nil {
			return workerDone{chat: chat, items: items}
		}
		err := a.deliverOne(ctx, o)
		switch {
		case err == nil:
		case ctx.Err() != nil:
			return workerDone{chat: chat, items: items}
		case errors.Is(err, errGone):
			a.log.Info("chat unreachable, reply dropped", "chat", chat, "seq", o.Seq, "err", err)
			a.markSent(ctx, o)
			if err := a.store.SetCursor(ctx, blockedCursor(chat), "1"); err != nil {
				a.log.Error("mark chat blocked", "chat", chat, "err", err)
			}
		default:
			o.Attempts++
			if o.Attempts >= maxAttempts {
				a.log.Error("reply rejected, dropped", "chat", chat, "seq", o.Seq, "attempts", o.Attempts, "err", err)
				a.markSent(ctx, o)
				continue
			}
			a.opts.SendRetried()
			a.log.Warn("reply rejected, will retry", "chat", chat, "seq", o.Seq, "attempts", o.Attempts, "err", err)
			if err := a.store.MarkFailed(ctx, o); err != nil {
				a.log.Error("mark reply failed", "seq", o.Seq, "err", err)
			}
			return workerDone{chat: chat, items: items, retry: true}
		}
	}
	return workerDone{chat: chat, items: items}
}

// deliverOne sends o and marks it sent. A send that has begun is seen
// through for a while after ctx ends (Telegram cannot tell a reply sent
// again from a new one), and a later one is not started.
func (a *Adapter) deliverOne(ctx context.Context, o agent.Outgoing) error {
	fctx, done := lifecycle.Finishing(ctx, a.finishWithin)
	defer done()
	if err := a.deliver(fctx, o); err != nil {
		return err
	}
	a.markSent(fctx, o)
	return nil
}

// markSent removes a delivered item from the outbox, retrying a little: if
// it still fails the reply will be sent once more, which beats losing it.
func (a *Adapter) markSent(ctx context.Context, o agent.Outgoing) {
	b := newBackoff(a.opts.Retry)
	for range 3 {
		err := a.store.MarkSent(ctx, Channel, o.Seq)
		if err == nil {
			return
		}
		a.log.Error("mark reply sent", "seq", o.Seq, "err", err)
		if b.wait(ctx) != nil {
			return
		}
	}
}

// deliver sends one reply: rendered, split to fit, the keyboard under the
// last chunk. A reply that was being streamed replaces the streamed message.
func (a *Adapter) deliver(ctx context.Context, o agent.Outgoing) error {
	chat, err := strconv.ParseInt(o.ChatID, 10, 64)
	if err != nil {
		return fmt.Errorf("%w: chat id %q is not a number", errRejected, o.ChatID)
	}
	chunks := split(render(o.Reply), maxText)
	kb, dropped := replyKeyboard(o.Reply)
	if dropped > 0 {
		a.log.Warn("choices left out", "seq", o.Seq, "count", dropped)
	}
	if len(chunks) == 0 {
		a.log.Warn("empty reply skipped", "seq", o.Seq)
		return nil
	}
	replyTo, _ := strconv.Atoi(o.ReplyTo)
	var st *stream
	if !isGroup(chat) {
		st = a.takeStream(chat)
	}
	for i, c := range chunks {
		var markup *inlineMarkup
		if i == len(chunks)-1 {
			markup = kb
		}
		if i == 0 && st != nil && st.msgID != 0 {
			err := a.call(ctx, chat, editBuilder(chat, st.msgID, c, markup))
			if err == nil {
				continue
			}
			if ctx.Err() != nil {
				return err
			}
			a.log.Info("streamed message not replaced, sending anew", "chat", chat, "err", err)
		}
		if i > 0 {
			replyTo = 0
		}
		if err := a.call(ctx, chat, sendBuilder(chat, c, markup, replyTo)); err != nil {
			return err
		}
	}
	return nil
}

// builder makes the request for HTML (true) or plain text (false).
type builder func(html bool) textRequest

func sendBuilder(chat int64, h string, kb *inlineMarkup, replyTo int) builder {
	return func(html bool) textRequest {
		r := textRequest{method: "sendMessage", chat: chat, replyTo: replyTo, markup: kb}
		r.text, r.parseMode = asSent(h, html)
		return r
	}
}

func editBuilder(chat int64, id int, h string, kb *inlineMarkup) builder {
	return func(html bool) textRequest {
		r := textRequest{method: "editMessageText", chat: chat, messageID: id, markup: kb}
		r.text, r.parseMode = asSent(h, html)
		return r
	}
}

// asSent is rendered HTML h as sent: as is, or as the plain text a person
// would see of it when Telegram could not parse it.
func asSent(h string, html bool) (text, parseMode string) {
	if html {
		return h, tgbotapi.ModeHTML
	}
	return plain(h), ""
}

// call makes one paced Bot API call that changes a chat, retrying what
// Telegram asks to retry: 429 after retry_after (holding every send, as
// the flood control is bot-wide), 5xx and network errors with backoff, and
// HTML Telegram cannot parse as plain text. Each retry is reported to
// Options.SendRetried. 403 yields errGone; other refusals errRejected.
func (a *Adapter) call(ctx context.Context, chat int64, build builder) error {
	b := newBackoff(a.opts.Retry)
	html := true
	for {
		if err := a.limit.wait(ctx, chat); err != nil {
			return err
		}
		err := a.send(build(html))
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, errRejected) {
			return err
		}
		err = a.scrub.err(err)
		var e *tgbotapi.Error
		if !errors.As(err, &e) {
			a.opts.SendRetried()
			a.log.Warn("bot api unreachable, retrying", "chat", chat, "err", err)
			if err := b.wait(ctx); err != nil {
				return err
			}
			continue
		}
		desc := strings.ToLower(e.Message)
		switch {
		case e.Code == 429:
			d := time.Duration(max(e.RetryAfter, 1)) * time.Second
			a.opts.SendRetried()
			a.log.Warn("flood control", "chat", chat, "retry_after", d)
			a.limit.pause(d)
		case e.Code >= 500:
			a.opts.SendRetried()
			a.log.Warn("bot api error, retrying", "chat", chat, "code", e.Code)
			if err := b.wait(ctx); err != nil {
				return err
			}
		case e.Code == 403, e.Code == 400 && strings.Contains(desc, "chat not found"):
			return fmt.Errorf("%w: %w", errGone, err)
		case e.MigrateToChatID != 0:
			// The group became a supergroup with a new id; the old one
			// takes no more messages, and the new one writes in anew.
			a.log.Info("group moved", "chat", chat, "new_chat", e.MigrateToChatID)
			return fmt.Errorf("%w: %w", errGone, err)
		case e.Code == 400 && strings.Contains(desc, "can't parse entities") && html:
			a.opts.SendRetried()
			a.log.Warn("markup refused, sending plain text", "chat", chat, "err", err)
			html = false
		case e.Code == 400 && strings.Contains(desc, "message is not modified"):
			return nil
		default:
			return fmt.Errorf("%w: %w", errRejected, err)
		}
	}
}
