package telegram

import (
	"context"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

const (
	// turnSlots bounds how many turns run at once.
	turnSlots = 32
	// slowTurn is how long a turn may run before the poll loop stops
	// waiting for it and fetches the other chats' newer updates.
	slowTurn = 2 * time.Second
	// refetchEvery is how often the poll loop looks for newer updates while
	// every turn under way is failing or slow and nothing else happens.
	refetchEvery = time.Second
)

// turnState is what a chat's current update is doing, as settle reports it.
type turnState int

const (
	turnRunning turnState = iota // an attempt is under way
	turnFailing                  // an attempt failed; waiting to try again
	turnPaused                   // the store is not taking writes; waiting
)

// chatQueue is one chat's updates that are taken in and not yet settled.
type chatQueue struct {
	waiting []tgbotapi.Update // in order, the current one not included
	running bool              // a worker serves the chat
	state   turnState
	since   time.Time // when the current attempt began
}

// dispatcher runs the updates the poll loop fetched: one worker per chat
// with updates, handling them in order; chats side by side. It knows which
// updates are settled, so that the loop can confirm up to the first one
// that is not, and when fetching again is worth it. Telegram hands out
// updates from the offset on, so a fetch while some are unsettled returns
// those again; the dispatcher takes each update once.
type dispatcher struct {
	a           *Adapter
	ctx, intake context.Context
	slots       chan struct{}
	wake        chan struct{} // a worker's state changed
	wg          sync.WaitGroup

	mu        sync.Mutex
	chats     map[int64]*chatQueue
	unsettled map[int]bool // taken in, not settled
	settled   map[int]bool // settled, not yet confirmed
	next      int          // one past the highest update id taken in
	idleFetch bool         // the last fetch brought nothing new
	fetchedAt time.Time
}

func (a *Adapter) newDispatcher(ctx, intake context.Context) *dispatcher {
	return &dispatcher{
		a: a, ctx: ctx, intake: intake,
		slots:     make(chan struct{}, turnSlots),
		wake:      make(chan struct{}, 1),
		chats:     map[int64]*chatQueue{},
		unsettled: map[int]bool{},
		settled:   map[int]bool{},
	}
}

// dispatch queues the updates not seen before, each on its chat's queue,
// and starts a worker for every chat that has none.
func (d *dispatcher) dispatch(updates []tgbotapi.Update, offset int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	fresh := 0
	for _, u := range updates {
		id := u.UpdateID
		if id < offset || d.unsettled[id] || d.settled[id] {
			continue
		}
		fresh++
		d.unsettled[id] = true
		d.next = max(d.next, id+1)
		chat := chatOf(u)
		q := d.chats[chat]
		if q == nil {
			q = &chatQueue{}
			d.chats[chat] = q
		}
		q.waiting = append(q.waiting, u)
		if !q.running {
			q.running, q.state, q.since = true, turnRunning, time.Now()
			d.wg.Go(func() { d.work(chat) })
		}
	}
	d.idleFetch = fresh == 0 && len(d.unsettled) > 0
	d.fetchedAt = time.Now()
}

// chatOf returns the chat an update belongs to; 0 for updates without one
// (all of which the companion skips). Update.FromChat is not used: it
// panics on a button press under an inline message, which has no chat.
func chatOf(u tgbotapi.Update) int64 {
	var m *tgbotapi.Message
	switch {
	case u.Message != nil:
		m = u.Message
	case u.CallbackQuery != nil:
		m = u.CallbackQuery.Message
	}
	if m == nil || m.Chat == nil {
		return 0
	}
	return m.Chat.ID
}

// work settles chat's updates in order until its queue is empty or intake
// ends; an update left unsettled then stays unconfirmed.
func (d *dispatcher) work(chat int64) {
	defer d.signal()
	for {
		d.mu.Lock()
		q := d.chats[chat]
		if len(q.waiting) == 0 || d.intake.Err() != nil {
			q.running = false
			if len(q.waiting) == 0 {
				delete(d.chats, chat)
			}
			d.mu.Unlock()
			return
		}
		u := q.waiting[0]
		q.waiting = q.waiting[1:]
		d.mu.Unlock()
		err := d.a.settle(d.ctx, d.intake, u, d.slots, func(s turnState) { d.report(chat, s) })
		d.mu.Lock()
		if err != nil {
			q.running = false
			d.mu.Unlock()
			return
		}
		delete(d.unsettled, u.UpdateID)
		d.settled[u.UpdateID] = true
		d.mu.Unlock()
		d.signal()
	}
}

// report records what chat's current update is doing.
func (d *dispatcher) report(chat int64, s turnState) {
	d.mu.Lock()
	if q := d.chats[chat]; q != nil {
		q.state = s
		if s == turnRunning {
			q.since = time.Now()
		}
	}
	d.mu.Unlock()
	d.signal()
}

func (d *dispatcher) signal() {
	select {
	case d.wake <- struct{}{}:
	default:
	}
}

// waitFetch waits until fetching is worth it and says whether the fetch
// may long-poll: when nothing is unsettled. Otherwise Telegram answers at
// once (it still holds the unsettled updates), and the loop fetches only
// when every turn under way is failing or slow, to take the other chats'
// newer updates; never while the store is paused. It returns intake's error
// once intake ends.
func (d *dispatcher) waitFetch() (long bool, err error) {
	for {
		ok, long, recheck := d.fetchable(time.Now())
		if ok {
			return long, nil
		}
		if err := d.sleep(recheck); err != nil {
			return false, err
		}
	}
}

// sleep waits for a worker's signal, for d when it is positive, or for
// intake to end.
func (d *dispatcher) sleep(wait time.Duration) error {
	var timer <-chan time.Time
	if wait > 0 {
		t := time.NewTimer(wait)
		defer t.Stop()
		timer = t.C
	}
	select {
	case <-d.intake.Done():
		return d.intake.Err()
	case <-d.wake:
		d.mu.Lock()
		d.idleFetch = false
		d.mu.Unlock()
	case <-timer:
	}
	return nil
}

// fetchable reports whether to fetch now and, if not, when to look again
// without a signal from a worker (0: only at a signal).
func (d *dispatcher) fetchable(now time.Time) (ok, long bool, recheck time.Duration) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.unsettled) == 0 {
		return true, true, 0
	}
	for _, q := range d.chats {
		if q.running && q.state == turnPaused {
			return false, false, 0
		}
	}
	if d.idleFetch {
		if wait := d.fetchedAt.Add(refetchEvery).Sub(now); wait > 0 {
			return false, false, wait
		}
	}
	var soonest time.Duration
	for _, q := range d.chats {
		if !q.running || q.state != turnRunning {
			continue
		}
		if wait := q.since.Add(slowTurn).Sub(now); wait > 0 && (soonest == 0 || wait < soonest) {
			soonest = wait
		}
	}
	if soonest > 0 {
		return false, false, soonest
	}
	return true, false, 0
}

// confirmable returns the offset that confirms every update up to the
// first one taken in and not settled.
func (d *dispatcher) confirmable(offset int) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	next := max(offset, d.next)
	for id := range d.unsettled {
		next = min(next, id)
	}
	return next
}

// forget drops the record of settled updates below offset, now confirmed.
func (d *dispatcher) forget(offset int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for id := range d.settled {
		if id < offset {
			delete(d.settled, id)
		}
	}
}

// stop waits for the workers, which stop once intake ends (a turn under
// way finishes first).
func (d *dispatcher) stop() { d.wg.Wait() }
