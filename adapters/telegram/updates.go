package telegram

import (
	"context"
	"errors"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// allowedUpdates are the update kinds the companion asks Telegram for;
// anything else that arrives is skipped.
var allowedUpdates = []string{"message", "callback_query"}

// poll long-polls getUpdates and hands each update to its chat's queue:
// each chat's updates in order, different chats side by side. The offset
// is persisted only once every update before it is settled (committed, or
// set aside after its attempts), so nothing is skipped. While some chat's
// turn keeps failing or runs long, the others' newer updates are fetched
// and handled meanwhile. When intake ends (Shutdown) it stops fetching,
// lets the turns in flight finish, confirms what they settled and returns
// ctx.Err(): nil unless ctx ended too.
func (a *Adapter) poll(ctx, intake context.Context) error {
	if err := a.deleteWebhook(intake); err != nil {
		return ctx.Err()
	}
	offset, err := a.loadOffset(intake)
	if err != nil {
		return ctx.Err()
	}
	d := a.newDispatcher(ctx, intake)
	b := newBackoff(a.opts.Retry)
	for {
		long, err := d.waitFetch()
		if err != nil {
			break
		}
		if next := d.confirmable(offset); next != offset {
			if err := a.saveOffset(ctx, next); err != nil {
				d.stop()
				return err
			}
			offset = next
			d.forget(offset)
		}
		timeout := 0
		if long {
			timeout = int(a.opts.PollTimeout / time.Second)
		}
		updates, err := a.bot.GetUpdates(tgbotapi.UpdateConfig{
			Offset:         offset,
			Limit:          100,
			Timeout:        timeout,
			AllowedUpdates: allowedUpdates,
		})
		if intake.Err() != nil {
			// Whatever this call fetched is unconfirmed: Telegram keeps it.
			break
		}
		if err != nil {
			a.life.Fail("getUpdates")
			a.log.Warn("getUpdates failed", "err", a.scrub.err(err), "offset", offset)
			if a.waitFlood(intake, err, b) != nil {
				break
			}
			continue
		}
		a.life.OK()
		b.reset()
		d.dispatch(updates, offset)
	}
	d.stop()
	if next := d.confirmable(offset); next != offset {
		if err := a.saveOffset(ctx, next); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// waitFlood waits as a 429 asks, or backs off for any other error.
func (a *Adapter) waitFlood(ctx context.Context, err error, b *backoff) error {
	var e *tgbotapi.Error
	if errors.As(err, &e) && e.Code == 429 && e.RetryAfter > 0 {
		return sleep(ctx, time.Duration(e.RetryAfter)*time.Second)
	}
	return b.wait(ctx)
}

func (a *Adapter) deleteWebhook(ctx context.Context) error {
	b := newBackoff(a.opts.Retry)
	for {
		_, err := a.bot.Request(tgbotapi.DeleteWebhookConfig{})
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		a.log.Warn("deleteWebhook failed", "err", a.scrub.err(err))
		if err := a.waitFlood(ctx, err, b); err != nil {
			return err
		}
	}
}

func (a *Adapter) loadOffset(ctx context.Context) (int, error) {
	b := newBackoff(a.opts.Retry)
	for {
		v, err := a.store.Cursor(ctx, offsetCursor)
		if err == nil {
			if v == "" {
				return 0, nil
			}
			n, perr := strconv.Atoi(v)
			if perr != nil {
				a.log.Error("stored offset unreadable, starting from Telegram's", "err", perr)
				return 0, nil
			}
			return n, nil
		}
		a.log.Error("read offset", "err", err)
		if err := b.wait(ctx); err != nil {
			return 0, err
		}
	}
}

// saveOffset persists offset, retrying until the store takes it: moving on
// without it would be safe (turns are deduplicated) but wasteful.
func (a *Adapter) saveOffset(ctx context.Context, offset int) error {
	b := newBackoff(a.opts.Retry)
	for {
		err := a.store.SetCursor(ctx, offsetCursor, strconv.Itoa(offset))
		if err == nil {
			return nil
		}
		a.log.Error("save offset", "err", err, "offset", offset)
		if err := b.wait(ctx); err != nil {
			return err
		}
	}
}
