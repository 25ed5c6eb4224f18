package matrix

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// pendingEvent is an event of a room that waits for a try. The failed
// tries that count against it (not a paused store, not a wait for keys) are
// counted by the lifecycle tracker, under the event id, across batches.
type pendingEvent struct {
	evt *event.Event
	// firstSeen bounds the wait for an encrypted event's keys.
	firstSeen time.Time
}

// roomQueue holds, in order, the events of one room that wait: the first
// one failed and waits for its next try, the others came after it. A room
// with a queue holds up only itself; the sync goes on for the others.
type roomQueue struct {
	room   id.RoomID
	events []*pendingEvent
	// since is the sync token from before the batch the first waiting
	// event came in: the stored token never moves past it, so a restart
	// hands out that event (and the rest) again.
	since string
	// seq orders queues by age, for the stored token.
	seq uint64
	// due is when the first event is tried again.
	due time.Time
}

// transientTriesFactor multiplies the tries of an event whose handling
// failed on the homeserver's side; with the backoff capped at a minute,
// that rides out an outage of a quarter of an hour.
const transientTriesFactor = 4

// outcome is what became of one try of an event.
type outcome int

const (
	handled outcome = iota // went through a turn, was ignored or set aside
	later                  // waits for another try
)

// dispatch handles the new events of a room in order. When one of them
// fails, it and the rest wait in the room's queue, and dispatch returns
// nil so that other rooms go on. It returns an error only when the whole
// batch must be synced again: the store is paused, ctx ended, or the
// adapter is shutting down.
func (a *Adapter) dispatch(ctx context.Context, room id.RoomID, events []*event.Event, since string) error {
	if q := a.queues[room]; q != nil {
		q.add(events)
		return nil
	}
	now := time.Now()
	for i, evt := range events {
		if a.life.Stopping() {
			// This event and the rest of the batch wait for the next
			// start, as the sync token is not stored.
			return errStopped
		}
		p := &pendingEvent{evt: evt, firstSeen: now}
		out, due, err := a.try(ctx, p)
		if err != nil {
			return err
		}
		if out == later {
			a.queueSeq++
			q := &roomQueue{room: room, since: since, seq: a.queueSeq, due: due, events: []*pendingEvent{p}}
			q.add(events[i+1:])
			a.queues[room] = q
			return nil
		}
	}
	return nil
}

// add appends events that are not waiting already (a batch synced again
// after a pause repeats them).
func (q *roomQueue) add(events []*event.Event) {
	now := time.Now()
	for _, evt := range events {
		if !slices.ContainsFunc(q.events, func(p *pendingEvent) bool { return p.evt.ID == evt.ID }) {
			q.events = append(q.events, &pendingEvent{evt: evt, firstSeen: now})
		}
	}
}

// retryDue tries the waiting events whose time has come, room by room, and
// drops the queues it empties. It returns an error only as dispatch does.
func (a *Adapter) retryDue(ctx context.Context) error {
	now := time.Now()
	for _, q := range a.queuesByAge() {
		if q.due.After(now) {
			continue
		}
		for len(q.events) > 0 {
			if a.life.Stopping() {
				return errStopped
			}
			out, due, err := a.try(ctx, q.events[0])
			if err != nil {
				return err
			}
			if out == later {
				q.due = due
				break
			}
			q.events = q.events[1:]
		}
		if len(q.events) == 0 {
			delete(a.queues, q.room)
		}
	}
	return nil
}

// queuesByAge returns the rooms' queues, oldest first.
func (a *Adapter) queuesByAge() []*roomQueue {
	qs := make([]*roomQueue, 0, len(a.queues))
	for _, q := range a.queues {
		qs = append(qs, q)
	}
	slices.SortFunc(qs, func(x, y *roomQueue) int { return cmp.Compare(x.seq, y.seq) })
	return qs
}

// nextDue returns when the earliest waiting event is to be tried again;
// ok is false when nothing waits.
func (a *Adapter) nextDue() (due time.Time, ok bool) {
	for _, q := range a.queues {
		if !ok || q.due.Before(due) {
			due, ok = q.due, true
		}
	}
	return due, ok
}

// durableToken is the sync token that may be stored once a batch is
// through: the latest one, unless events wait, then the one from before
// the oldest of them.
func (a *Adapter) durableToken(latest string) string {
	if qs := a.queuesByAge(); len(qs) > 0 {
		return qs[0].since
	}
	return latest
}

// waiting returns how many events wait for another try.
func (a *Adapter) waiting() int {
	n := 0
	for _, q := range a.queues {
		n += len(q.events)
	}
	return n
}

// try handles p.evt once. It returns handled when the event needs nothing
// more, or later and when to try again. An error means the whole batch
// must wait: the store is paused (the try does not count), ctx ended, or a
// shutdown began.
func (a *Adapter) try(ctx context.Context, p *pendingEvent) (outcome, time.Time, error) {
	evt := p.evt
	aside, err := a.isSetAside(ctx, evt.ID)
	if err != nil {
		return later, time.Time{}, err
	}
	if aside {
		return handled, time.Time{}, nil
	}
	err = a.guard(evt, func() error { return a.handleEvent(ctx, evt) })
	now := time.Now()
	switch {
	case err == nil:
		a.life.Done(string(evt.ID))
		a.turnDone(evt.RoomID)
		return handled, time.Time{}, nil
	case ctx.Err() != nil:
		return later, time.Time{}, ctx.Err()
	case errors.Is(err, agent.ErrPaused):
		return later, time.Time{}, fmt.Errorf("event %s: %w", evt.ID, err)
	case errors.Is(err, errUndecryptable):
		a.giveUp(ctx, evt, reasonUndecryptable, err)
		return handled, time.Time{}, nil
	case errors.Is(err, errKeysMissing):
		deadline := p.firstSeen.Add(a.keyWait)
		if now.Before(deadline) {
			return later, minTime(now.Add(a.keyRetry), deadline), nil
		}
		a.giveUp(ctx, evt, reasonUndecryptable, err)
		return handled, time.Time{}, nil
	}
	// The homeserver failing (network, 5xx, 429) says little about the
	// event: it gets more tries than a failing turn before it is set aside.
	limit := a.maxEventErrors
	if transient(err) {
		limit *= transientTriesFactor
	}
	if attempts := a.life.Failed(string(evt.ID)); attempts < limit {
		delay := a.retryDelay(attempts)
		a.log.Warn("event failed, trying again", "event_id", evt.ID, "room_id", evt.RoomID,
			"attempt", attempts, "in", delay, "err", err)
		return later, now.Add(delay), nil
	}
	reason := reasonFailing
	if errors.Is(err, errPanicked) {
		reason = reasonPanicked
	}
	a.giveUp(ctx, evt, reason, err)
	return handled, time.Time{}, nil
}

// retryDelay is the wait before the next try after attempts failed ones.
func (a *Adapter) retryDelay(attempts int) time.Duration {
	d := a.retryMin
	for range attempts - 1 {
		d *= 2
		if d >= a.maxBackoff {
			return a.maxBackoff
		}
	}
	return min(d, a.maxBackoff)
}

// giveUp sets evt aside for good and tells the person once.
func (a *Adapter) giveUp(ctx context.Context, evt *event.Event, reason string, cause error) {
	level := slog.LevelError
	if reason == reasonUndecryptable {
		level = slog.LevelWarn // the keys' sender is at fault, not the companion
	}
	a.log.Log(ctx, level, "event set aside", "event_id", evt.ID, "room_id", evt.RoomID, "reason", reason, "err", cause)
	a.life.SetAside(string(evt.ID))
	if err := a.putAside(ctx, evt, reason); err != nil {
		a.log.Warn("recording a set-aside event failed", "event_id", evt.ID, "err", err)
	}
	a.tellSetAside(ctx, evt, reason, cause)
}

func minTime(x, y time.Time) time.Time {
	if x.Before(y) {
		return x
	}
	return y
}
