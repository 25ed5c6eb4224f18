package telegram

import (
	"context"
	"math/rand/v2"
	"time"
)

// backoff is an exponential backoff with jitter; not safe for concurrent use.
type backoff struct {
	min, max, cur time.Duration
}

func newBackoff(b Backoff) *backoff { return &backoff{min: b.Min, max: b.Max, cur: b.Min} }

// wait sleeps for the current delay, then doubles it up to the cap. It
// returns ctx.Err() if ctx ends first.
func (b *backoff) wait(ctx context.Context) error {
	d := b.cur/2 + rand.N(b.cur/2+1)
	b.cur = min(b.cur*2, b.max)
	return sleep(ctx, d)
}

func (b *backoff) reset() { b.cur = b.min }

// sleep waits for d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
