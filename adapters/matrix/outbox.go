package matrix

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/internal/lifecycle"
	"github.com/companion-dev/companion/agent"
)

const (
	// outboxBatch is how many replies one look at the outbox takes.
	outboxBatch = 32
	// maxRefusals is how often the homeserver may refuse a reply outright
	// (not a network or rate-limit failure) before it is dropped.
	maxRefusals = 5
)

// sendLoop delivers the outbox until ctx ends: right after each turn (poke),
// and every pollInterval for replies written elsewhere (reminders, nudges).
func (a *Adapter) sendLoop(ctx context.Context) error {
	bo := newBackoff(a.backoffMin(), a.maxBackoff)
	tick := time.NewTicker(a.pollInterval)
	defer tick.Stop()
	for {
		err := a.flush(ctx)
		a.life.Progress()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if err != nil {
			a.log.Warn("delivering replies failed, retrying", "err", err, "in", bo.peek())
			if err := bo.waitAtLeast(ctx, retryAfter(err, a.maxBackoff)); err != nil {
				return err
			}
			continue
		}
		bo.reset()
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-a.wake:
		case <-tick.C:
		}
	}
}

// flush delivers pending replies in order. It stops at the first reply that
// failed for a reason that may pass (network, rate limit, server error), so
// that the order of a conversation is kept, and returns that error. A reply
// the homeserver refuses outright (the room is gone) is marked failed and
// skipped.
func (a *Adapter) flush(ctx context.Context) error {
	for {
		pending, err := a.store.Pending(ctx, Channel, outboxBatch)
		if err != nil {
			return fmt.Errorf("pending replies: %w", err)
		}
		for _, o := range pending {
			if err := ctx.Err(); err != nil {
				return err
			}
			err := a.deliverOne(ctx, o)
			if err != nil {
				var unmarked *markError
				if ctx.Err() != nil || errors.As(err, &unmarked) {
					return err
				}
				if transient(err) || sessionTrouble(err) {
					// The sync loop logs in again or stops; the
					// reply waits, its refusals uncounted.
					a.opts.SendRetried()
					return err
				}
				if err := a.refused(ctx, o, err); err != nil {
					return err
				}
				continue
			}
		}
		if len(pending) < outboxBatch {
			return nil
		}
	}
}

// deliverOne sends o and marks it sent. A send that has begun is not cut
// off when ctx ends: the homeserver may already have posted the reply while
// the answer is on its way, and a reply sent again after a restart is only
// recognised as the same one if the first request was seen through. It gets
// finishWithin more to end; a later reply is not started.
func (a *Adapter) deliverOne(ctx context.Context, o agent.Outgoing) error {
	fctx, done := lifecycle.Finishing(ctx, a.finishWithin)
	defer done()
	if err := a.guardRoom(id.RoomID(o.ChatID), "delivery", func() error { return a.deliver(fctx, o) }); err != nil {
		if fctx.Err() != nil && ctx.Err() != nil {
			return ctx.Err()
		}
		return err
	}
	if err := a.store.MarkSent(fctx, Channel, o.Seq); err != nil {
		return &markError{err}
	}
	return nil
}

// markError is a reply delivered but not marked sent: it is tried again
// later under the same transaction id.
type markError struct{ err error }

func (e *markError) Error() string { return "mark sent: " + e.err.Error() }
func (e *markError) Unwrap() error { return e.err }

// refused records a refusal of o, dropping it after maxRefusals.
func (a *Adapter) refused(ctx context.Context, o agent.Outgoing, cause error) error {
	if o.Attempts+1 >= maxRefusals {
		a.log.Error("reply dropped: refused by the homeserver", "room_id", o.ChatID, "seq", o.Seq, "attempts", o.Attempts+1, "err", cause)
		if err := a.store.MarkSent(ctx, Channel, o.Seq); err != nil {
			return fmt.Errorf("drop refused reply: %w", err)
		}
		return nil
	}
	a.opts.SendRetried()
	a.log.Warn("reply refused by the homeserver", "room_id", o.ChatID, "seq", o.Seq, "err", cause)
	if err := a.store.MarkFailed(ctx, o); err != nil {
		return fmt.Errorf("mark failed: %w", err)
	}
	return nil
}

// deliver sends one reply, then adds a keycap reaction per choice. The
// transaction id is derived from the reply, so a retry after a lost answer
// (or a crash before MarkSent) is recognised by the homeserver and not
// posted twice.
func (a *Adapter) deliver(ctx context.Context, o agent.Outgoing) error {
	// A reply (or a reminder) for a room that was upgraded goes to the
	// room that replaced it; the old one no longer takes messages.
	room, err := a.currentRoom(ctx, id.RoomID(o.ChatID))
	if err != nil {
		return err
	}
	content := render(o.Reply)
	// An empty mentions block: replies never ping anyone.
	content.Mentions = &event.Mentions{}
	root := id.EventID(o.ReplyTo)
	if root != "" {
		content.RelatesTo = (&event.RelatesTo{}).SetThread(root, root)
	}
	txn := txnID(o)
	evtID, err := a.sendOrReplace(ctx, room, content, txn)
	if err != nil {
		return fmt.Errorf("send: %w", err)
	}
	n := min(len(o.Reply.Choices), maxReactionChoices)
	a.own.sent(room, evtID, root, len(o.Reply.Choices))
	for i := range n {
		react := &event.ReactionEventContent{RelatesTo: event.RelatesTo{
			Type: event.RelAnnotation, EventID: evtID, Key: keycaps[i],
		}}
		if err := a.sendReaction(ctx, room, react, fmt.Sprintf("%s.r%d", txn, i+1)); err != nil {
			if errors.Is(err, context.Canceled) {
				return err
			}
			// The numbered list still works without the reactions.
			a.log.Warn("adding choice reaction failed", "room_id", room, "err", err)
			break
		}
	}
	a.log.Debug("reply delivered", "room_id", room, "seq", o.Seq, "event_id", evtID, "choices", len(o.Reply.Choices))
	return nil
}

// sendReaction sends a reaction, encrypted in an encrypted room: mautrix
// encrypts every other event type by itself but leaves reactions in the
// clear, which would show who chose what to the homeserver.
func (a *Adapter) sendReaction(ctx context.Context, room id.RoomID, react *event.ReactionEventContent, txn string) error {
	evtType, payload := event.EventReaction, any(react)
	if a.cli.Crypto != nil && a.cli.StateStore != nil {
		encrypted, err := a.cli.StateStore.IsEncrypted(ctx, room)
		if err != nil {
			return fmt.Errorf("room encryption state: %w", err)
		}
		if encrypted {
			if payload, err = a.cli.Crypto.Encrypt(ctx, room, event.EventReaction, react); err != nil {
				return fmt.Errorf("encrypt reaction: %w", err)
			}
			evtType = event.EventEncrypted
		}
	}
	_, err := a.cli.SendMessageEvent(ctx, room, evtType, payload, mautrix.ReqSendEvent{TransactionID: txn})
	return err
}

// txnID names a reply for the homeserver's duplicate detection: the same
// reply always gets the same id, a different reply with a reused sequence
// number (a restored store) a different one.
func txnID(o agent.Outgoing) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s\x00%v", o.ChatID, o.ReplyTo, o.Reply.Text, o.Reply.Choices)
	return fmt.Sprintf("companion.%d.%s", o.Seq, hex.EncodeToString(h.Sum(nil)[:8]))
}
