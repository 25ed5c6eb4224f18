package store

import (
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// Badger writes its logs and tables through memory maps of files it sizes
// with ftruncate, which reserves no blocks: when the file system cannot
// give a block for a page written there, the kernel answers with SIGBUS and
// the process dies, far from any error path (Badger v4 has no file I/O mode
// to fall back on). So the store keeps clear of a full disk: below a margin
// of free space it stops taking turns, and the disk never gets full through
// its own writes.

// spaceMargin is the free space the store keeps in reserve: what Badger may
// still write without another turn, from the options it runs with.
//
//   - each memtable in memory: its write-ahead log, and the table it is
//     flushed to;
//   - the active value log, which grows to its full size before a new one
//     starts;
//   - a compaction, which writes its new tables before it deletes the old:
//     up to the base level, and a table either side.
func spaceMargin(bo badger.Options) int64 {
	memtables := int64(bo.NumMemtables) * bo.MemTableSize * 2
	return memtables + bo.ValueLogFileSize + bo.BaseLevelSize + 2*bo.BaseTableSize
}

// space watches the free space of the data directory's file system.
type space struct {
	dir    string
	margin int64
	free   func(dir string) (int64, bool) // freeBytes, replaced in tests

	mu     sync.Mutex
	paused error // why writes are paused; nil while they are taken
}

// check measures the free space and returns an error wrapping
// agent.ErrPaused while it is below the margin. It reports whether the
// state changed, so that the caller logs each pause and resume once.
func (sp *space) check() (err error, changed bool) {
	free, ok := sp.free(sp.dir)
	sp.mu.Lock()
	defer sp.mu.Unlock()
	was := sp.paused != nil
	switch {
	case !ok:
		sp.paused = nil // nothing to go on: keep working
	case free < sp.margin:
		sp.paused = fmt.Errorf("%w: %d MB free on the data directory's file system, below the %d MB the store keeps in reserve",
			agent.ErrPaused, free>>20, sp.margin>>20)
	default:
		sp.paused = nil
	}
	return sp.paused, was != (sp.paused != nil)
}

// Paused returns nil while the store takes writes, and otherwise an error
// wrapping agent.ErrPaused that says why (free space, in MB). It is safe
// for concurrent use and quick: it reports the last measurement.
func (s *Store) Paused() error {
	if s.space == nil {
		return nil
	}
	s.space.mu.Lock()
	defer s.space.mu.Unlock()
	return s.space.paused
}

// writable measures the free space before a write that grows the store and
// returns an error wrapping agent.ErrPaused when it must wait.
func (s *Store) writable() error {
	if s.space == nil {
		return nil
	}
	err, changed := s.space.check()
	if changed {
		s.logSpace(err)
	}
	return err
}

func (s *Store) logSpace(err error) {
	if err != nil {
		s.log.Error("store paused: not taking turns until disk space is freed", "reason", err.Error(),
			"margin_mb", s.space.margin>>20)
		return
	}
	s.log.Info("store resumed: disk space is back")
}

// watchSpace measures the free space every interval until stop is closed,
// so that a pause ends (and readiness comes back) without waiting for a
// turn, and narrows the modes of new files while at it.
func (s *Store) watchSpace(every time.Duration, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			s.writable()
			if err := tighten(s.dir); err != nil && !errors.Is(err, ErrClosed) {
				s.log.Warn("file modes", "err", err)
			}
		}
	}
}
