package store

import (
	"context"
	"errors"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// RunGC reclaims value-log space every interval (10 minutes when every is not
// positive) until ctx ends. It blocks; run it in its own goroutine.
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

// gcOnce rewrites value-log files while at least half of one is garbage.
func (s *Store) gcOnce() int {
	release, err := s.enter()
	if err != nil || s.inMemory {
		if err == nil {
			release()
		}
		return 0
	}
	defer release()
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
