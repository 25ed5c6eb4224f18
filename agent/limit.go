package agent

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter keeps each person to a number of messages a minute. Buckets of
// people who have been quiet for a while are dropped, so memory follows the
// number of active people.
type limiter struct {
	perMinute int
	mu        sync.Mutex
	buckets   map[PersonID]*bucket
	swept     time.Time
}

type bucket struct {
	lim    *rate.Limiter
	last   time.Time
	warned time.Time // when the person was last told to slow down
}

// idleBucket is how long a quiet person's bucket is kept.
const idleBucket = 10 * time.Minute

func newLimiter(perMinute int) *limiter {
	return &limiter{perMinute: perMinute, buckets: map[PersonID]*bucket{}}
}

// allow reports whether p may send a message at now. When not, warn says
// whether to tell them (once a minute at most).
func (l *limiter) allow(p PersonID, now time.Time) (ok, warn bool) {
	if l == nil || l.perMinute <= 0 {
		return true, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > idleBucket {
		for id, b := range l.buckets {
			if now.Sub(b.last) > idleBucket {
				delete(l.buckets, id)
			}
		}
		l.swept = now
	}
	b := l.buckets[p]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(rate.Limit(float64(l.perMinute)/60), l.perMinute)}
		l.buckets[p] = b
	}
	b.last = now
	if b.lim.AllowN(now, 1) {
		return true, false
	}
	if now.Sub(b.warned) < time.Minute {
		return false, false
	}
	b.warned = now
	return false, true
}
