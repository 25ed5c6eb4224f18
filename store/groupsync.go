package store

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/dgraph-io/badger/v4"
)

// groupSync makes commits durable in groups. Badger's own SyncWrites syncs
// the memtable's log once per transaction, so concurrent turns each wait for
// a disk flush of their own; here, every commit that finished while a flush
// was running shares the next one, and one flush serves many turns.
type groupSync struct {
	flush func() error

	mu      sync.Mutex
	cond    *sync.Cond
	started uint64 // flushes begun
	done    uint64 // flushes finished
	running bool
	waiting int   // callers blocked behind a running flush
	err     error // outcome of the latest finished flush
}

func newGroupSync(flush func() error) *groupSync {
	g := &groupSync{flush: flush}
	g.cond = sync.NewCond(&g.mu)
	return g
}

// wait returns once a flush that began after the call has finished, so that
// everything committed before the call is on disk. Safe for concurrent use.
func (g *groupSync) wait() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	// A flush already running may have missed this caller's writes: it
	// needs the one after.
	target := g.started + 1
	for g.done < target {
		if g.running {
			g.waiting++
			g.cond.Wait()
			g.waiting--
			continue
		}
		g.running = true
		g.started++
		gen := g.started
		g.mu.Unlock()
		err := g.flush()
		g.mu.Lock()
		g.running = false
		g.done = gen
		g.err = err
		g.cond.Broadcast()
	}
	return g.err
}

// flushLogs makes every committed write durable. db.Sync flushes only the
// active write-ahead log and value log; a log that Badger rotated away from
// since the commit may still hold unflushed writes until its memtable
// reaches a table, so the log before the active one is flushed too.
func flushLogs(db *badger.DB, dir string) error {
	if err := db.Sync(); err != nil {
		return err
	}
	for _, pattern := range []string{"*.mem", "*.vlog"} {
		files, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return fmt.Errorf("flush logs: %w", err)
		}
		// Names sort by number. db.Sync flushed the newest (active) log;
		// the one before it may hold writes from just before a rotation,
		// and older ones were flushed while their successor was in use.
		sort.Strings(files)
		for _, name := range files[max(0, len(files)-2):max(0, len(files)-1)] {
			if err := syncFile(name); err != nil {
				return err
			}
		}
	}
	return nil
}

// syncFile flushes one file; a file removed meanwhile has nothing to lose.
func syncFile(name string) error {
	f, err := os.Open(name) // fsync works on a read-only descriptor
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("flush %s: %w", filepath.Base(name), err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return fmt.Errorf("flush %s: %w", filepath.Base(name), err)
	}
	return nil
}
