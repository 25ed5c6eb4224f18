package store

import (
	"context"
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// RunGC reclaims value-log space, and drops data keys that nothing uses any
// more, every interval (10 minutes when every is not positive) until ctx
// ends. It blocks; run it in its own goroutine.
func (s *Store) RunGC(ctx context.Context, every time.Duration) {
	if every <= 0 {
		every = 10 * time.Minute
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.gcOnce()
		}
	}
}

// gcOnce sweeps unused keys and rewrites value-log files while at least
// half of one is garbage.
func (s *Store) gcOnce() int {
	release, err := s.enter()
	if err != nil {
		return 0
	}
	defer release()
	s.sweepKeys()
	if s.inMemory || s.Paused() != nil {
		// A rewrite writes before it frees: not with the reserve in use.
		return 0
	}
	start := time.Now()
	runs := 0
	for {
		err := s.db.RunValueLogGC(0.5)
		if err != nil {
			if !errors.Is(err, badger.ErrNoRewrite) && !errors.Is(err, badger.ErrRejected) {
				s.log.Warn("value log gc", "err", err)
			}
			break
		}
		runs++
	}
	s.log.Debug("value log gc", "rewrites", runs, "took", time.Since(start))
	return runs
}

// sweepKeys drops the data keys that no record and no outbox entry uses: a
// key created for a turn that never committed, or one whose last reply was
// delivered while MarkSent could not clean up.
func (s *Store) sweepKeys() int {
	dropped := 0
	for _, h := range s.keys.hashes() {
		before := s.keys.size()
		if err := s.dropIfUnused(h); err != nil {
			s.log.Warn("key sweep", "err", err)
			return dropped
		}
		if s.keys.size() < before {
			dropped++
		}
	}
	if dropped > 0 {
		s.log.Info("unused data keys dropped", "keys", dropped)
	}
	return dropped
}
