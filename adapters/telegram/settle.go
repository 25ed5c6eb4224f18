package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/agent"
)

// apology tells a person, once, that their message was set aside.
const apology = "Sorry, something went wrong on my side with that message and I couldn't handle it. " +
	"Could you try again, or put it another way?"

// apologyTimeout bounds the sending of an apology, so that a chat whose
// update was set aside moves on even while Telegram is unreachable.
const apologyTimeout = 30 * time.Second

// maxReason bounds the error text kept in a record of a set-aside update.
const maxReason = 300

// deadCursor returns the store cursor recording that update id was set
// aside; it holds a deadRecord as JSON.
func deadCursor(id int) string { return "telegram:dead:" + strconv.Itoa(id) }

// deadRecord is what is kept about an update that was set aside: ids and
// the reason, never what the person wrote.
type deadRecord struct {
	Update   int       `json:"update"`
	Chat     int64     `json:"chat,omitempty"`
	Person   string    `json:"person,omitempty"`
	Attempts int       `json:"attempts"`
	Reason   string    `json:"reason"`
	At       time.Time `json:"at"`
}

// settle handles u until its turn is committed or set aside. A failed turn
// is tried again with backoff (Options.TurnRetry), and set aside after
// Options.TurnAttempts attempts; a store that paused writes is waited for
// without counting the attempt. report hears what the turn is doing, and
// slots bounds the turns running at once (it is not held while waiting).
// It returns errStopped when intake ended before u was settled, so that it
// stays unconfirmed, or ctx.Err() when ctx ended.
func (a *Adapter) settle(ctx, intake context.Context, u tgbotapi.Update, slots chan struct{}, report func(turnState)) error {
	key := strconv.Itoa(u.UpdateID)
	a.ackCallback(u)
	retry, pause := newBackoff(a.opts.TurnRetry), newBackoff(a.opts.Retry)
	attempts := 0
	for {
		report(turnRunning)
		select {
		case slots <- struct{}{}:
		case <-intake.Done():
			return stopped(ctx)
		}
		err := a.attempt(ctx, u)
		<-slots
		switch {
		case err == nil:
			a.life.Done(key)
			return nil
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, agent.ErrPaused):
			report(turnPaused)
			a.log.Info("store paused, waiting to try the update again", "update", u.UpdateID)
			if pause.wait(intake) != nil {
				return stopped(ctx)
			}
			continue
		}
		pause.reset()
		attempts++
		a.life.Failed(key)
		if a.giveUp(ctx, u, key, attempts, err) {
			return nil
		}
		a.log.Warn("turn failed, retrying", "update", u.UpdateID, "attempt", attempts, "err", err)
		report(turnFailing)
		if retry.wait(intake) != nil {
			return stopped(ctx)
		}
	}
}

// stopped is what settle returns when intake ended first.
func stopped(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return errStopped
}

// attempt runs one turn for u. A panic anywhere in it fails this turn
// only: the update id and the stack are logged (never the text), and it
// counts as a failed attempt.
func (a *Adapter) attempt(ctx context.Context, u tgbotapi.Update) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		a.panics.Add(1)
		what := panicValue(r)
		a.log.Error("turn panicked", "update", u.UpdateID, "panic", what, "stack", string(debug.Stack()))
		err = fmt.Errorf("%w: %s", errPanic, what)
	}()
	return a.handleUpdate(ctx, u)
}

// panicValue describes a recovered value without risking private text: a
// runtime error is the runtime's own words; anything else is named by type.
func panicValue(r any) string {
	if e, ok := r.(runtime.Error); ok {
		return e.Error()
	}
	return fmt.Sprintf("a value of type %T", r)
}

// setAsideBefore reports whether update id was set aside already, by a run
// that stopped before it could confirm it.
func (a *Adapter) setAsideBefore(ctx context.Context, id int) bool {
	v, err := a.store.Cursor(ctx, deadCursor(id))
	if err != nil || v == "" {
		return false
	}
	a.log.Info("update was set aside before, skipped", "update", id)
	return true
}

// setAside gives up on u: it records why (ids and the reason, never the
// text), counts it, and tells the person once that their message could not
// be handled. The caller then confirms it like any settled update.
func (a *Adapter) setAside(ctx context.Context, u tgbotapi.Update, attempts int, cause error) {
	a.life.SetAside(strconv.Itoa(u.UpdateID))
	reason := cause.Error()
	if len(reason) > maxReason {
		reason = reason[:maxReason]
	}
	rec := deadRecord{Update: u.UpdateID, Attempts: attempts, Reason: reason, At: time.Now().UTC()}
	from, chat, ok := sender(u)
	if ok {
		rec.Chat = chat
		rec.Person = Channel + ":" + strconv.FormatInt(from.ID, 10)
	}
	a.log.Error("update set aside after failing", "update", u.UpdateID, "chat", rec.Chat,
		"attempts", attempts, "err", cause)
	raw, _ := json.Marshal(rec)
	b := newBackoff(a.opts.Retry)
	for range 3 {
		err := a.store.SetCursor(ctx, deadCursor(u.UpdateID), string(raw))
		if err == nil {
			break
		}
		a.log.Error("record set-aside update", "update", u.UpdateID, "err", err)
		if b.wait(ctx) != nil {
			return
		}
	}
	if ok {
		a.apologize(ctx, u, chat)
	}
}

// apologize tells chat that the message of u could not be handled, as a
// reply to it in a group.
func (a *Adapter) apologize(ctx context.Context, u tgbotapi.Update, chat int64) {
	ctx, cancel := context.WithTimeout(ctx, apologyTimeout)
	defer cancel()
	replyTo := 0
	if isGroup(chat) && u.Message != nil {
		replyTo = u.Message.MessageID
	}
	err := a.call(ctx, chat, func(bool) textRequest {
		return textRequest{method: "sendMessage", chat: chat, text: apology, replyTo: replyTo}
	})
	if err != nil {
		a.log.Warn("tell about a set-aside update", "update", u.UpdateID, "chat", chat, "err", err)
	}
}

// giveUp tells whether the update is finished with after its n-th failed
// attempt: it was set aside by an earlier run (found on the first failure),
// or it has used up its attempts and is set aside now.
func (a *Adapter) giveUp(ctx context.Context, u tgbotapi.Update, key string, n int, err error) bool {
	if n == 1 && a.setAsideBefore(ctx, u.UpdateID) {
		a.life.Done(key)
		return true
	}
	if n >= a.opts.TurnAttempts {
		a.setAside(ctx, u, n, err)
		return true
	}
	return false
}
