// Package loadtest plays many simulated people against a companion through
// the fake Telegram Bot API (telegramtest) and measures what they see:
// turns and replies per second, and the time from a person's message to the
// companion's reply arriving at the fake server. Each person follows a short
// real conversation with think time between messages. The companion runs
// in this process or as a `companion run` binary; either way everything
// stays on loopback.
package loadtest

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// Options configure a load run.
type Options struct {
	// People is how many people talk at the same time.
	People int
	// FirstID is the first person's Telegram user id (also their chat id);
	// the others follow. 700000 when 0.
	FirstID int64
	// Duration is how long people keep sending; 0 means until Messages
	// have been sent or ctx ends.
	Duration time.Duration
	// Messages caps the messages sent in all (texts and button presses);
	// 0 means no cap.
	Messages int
	// Think is the mean pause between a reply arriving and the person's
	// next message; each pause is drawn uniformly from Think/2 to 3*Think/2.
	Think time.Duration
	// Ramp spreads the people's first messages over this long, so that
	// they do not all start in the same instant. Think when 0.
	Ramp time.Duration
	// Drain is how long to wait, once sending has stopped, for the replies
	// still owed; 30s when 0.
	Drain time.Duration
	// ButtonWait is how long a person waits for the button they mean to
	// press to appear (a streamed reply gets its buttons last); 30s when 0.
	ButtonWait time.Duration
	// Seed makes the people's choices repeatable; 0 seeds from the clock.
	Seed uint64
}

// ErrOptions is returned by Run when Options make no sense.
var ErrOptions = errors.New("loadtest: People must be at least 1")

func (o Options) withDefaults() Options {
	if o.FirstID == 0 {
		o.FirstID = 700000
	}
	if o.Ramp <= 0 {
		o.Ramp = o.Think
	}
	if o.Drain <= 0 {
		o.Drain = 30 * time.Second
	}
	if o.ButtonWait <= 0 {
		o.ButtonWait = 30 * time.Second
	}
	if o.Seed == 0 {
		o.Seed = uint64(time.Now().UnixNano())
	}
	return o
}

// Run plays opts.People people against the companion behind srv until
// opts.Duration has passed, opts.Messages were sent or ctx ends, then waits
// up to opts.Drain for the replies still owed, and returns what the people
// saw. When ctx ends first, Run returns the result so far together with
// ctx's error. The companion must already be running (or be started soon:
// people wait for their replies).
func Run(ctx context.Context, srv *telegramtest.Server, opts Options) (*Result, error) {
	if opts.People <= 0 {
		return nil, ErrOptions
	}
	opts = opts.withDefaults()
	start := time.Now()
	// send ends when people should stop sending; wait ends when they stop
	// waiting for replies already owed.
	send, stopSending := context.WithCancel(ctx)
	defer stopSending()
	if opts.Duration > 0 {
		var cancel context.CancelFunc
		send, cancel = context.WithDeadline(send, start.Add(opts.Duration))
		defer cancel()
	}
	wait, stopWaiting := context.WithCancel(ctx)
	defer stopWaiting()
	go func() {
		<-send.Done()
		if ctx.Err() != nil {
			return
		}
		t := time.NewTimer(opts.Drain)
		defer t.Stop()
		select {
		case <-t.C:
			stopWaiting()
		case <-wait.Done():
		}
	}()

	var budget *atomic.Int64
	if opts.Messages > 0 {
		budget = new(atomic.Int64)
		budget.Store(int64(opts.Messages))
	}
	people := make([]*person, opts.People)
	var wg sync.WaitGroup
	for i := range people {
		p := newPerson(srv, opts, i, budget, stopSending)
		people[i] = p
		delay := time.Duration(0)
		if opts.People > 1 {
			delay = opts.Ramp * time.Duration(i) / time.Duration(opts.People)
		}
		wg.Go(func() { p.run(send, wait, delay) })
	}
	wg.Wait()
	res := collect(srv, people, start, opts)
	return res, ctx.Err()
}
