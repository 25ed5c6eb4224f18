package agent

import (
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// limiter keeps each person to n events a period: bursts of up to n, then
// one more every period/n. It counts messages a minute and model calls an
// hour. Buckets of people who have been quiet for a while are dropped, so
// memory follows the number of active people.
type limiter struct {
	n       int
	per     time.Duration
	idle    time.Duration
	mu      sync.Mutex
	buckets map[PersonID]*bucket
	swept   time.Time
}

type bucket struct {
	lim    *rate.Limiter
	last   time.Time
	warned time.Time // when the person was last told about the limit
}

// idleBucket is how long a quiet person's bucket is kept at least.
const idleBucket = 10 * time.Minute

// newLimiter returns a limiter of n events per period; n <= 0 means none.
func newLimiter(n int, per time.Duration) *limiter {
	// A bucket left alone for a whole period is full again, and its warning
	// has lapsed: dropping it then forgets nothing. Dropping it sooner would
	// give a person their budget back early.
	return &limiter{n: n, per: per, idle: max(per, idleBucket), buckets: map[PersonID]*bucket{}}
}

// allow reports whether p may have one more event at now. When not, warn
// says whether to tell them (once a period at most).
func (l *limiter) allow(p PersonID, now time.Time) (ok, warn bool) {
	if l == nil || l.n <= 0 {
		return true, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > l.idle {
		for id, b := range l.buckets {
			if now.Sub(b.last) > l.idle {
				delete(l.buckets, id)
			}
		}
		l.swept = now
	}
	b := l.buckets[p]
	if b == nil {
		b = &bucket{lim: rate.NewLimiter(rate.Limit(float64(l.n)/l.per.Seconds()), l.n)}
		l.buckets[p] = b
	}
	b.last = now
	if b.lim.AllowN(now, 1) {
		return true, false
	}
	if !b.warned.IsZero() && now.Sub(b.warned) < l.per {
		return false, false
	}
	b.warned = now
	return false, true
}
