package store

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
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

// fsyncCoversMappedWrites says whether fsync of a file also flushes what was
// written into it through a shared memory mapping, as Badger writes its logs.
// On Linux it does (msync there is itself a ranged fsync), so flushLogs
// flushes the logs through descriptors of its own. db.Sync holds the lock
// that every Badger write takes while it waits for the disk, which would
// make each commit queue behind the flush of the one before; elsewhere its
// msync is the portable way, and it is used.
const fsyncCoversMappedWrites = runtime.GOOS == "linux"

// flushLogs makes every committed write durable: the active write-ahead log
// and value log, and the ones before them, which may still hold writes from
// just before a rotation until their memtable reaches a table.
func flushLogs(db *badger.DB, dir string) error {
	if !fsyncCoversMappedWrites {
		if err := db.Sync(); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("flush logs: %w", err)
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	for _, name := range logsToFlush(names, !fsyncCoversMappedWrites) {
		if err := syncFile(filepath.Join(dir, name)); err != nil {
			return err
		}
	}
	return nil
}

// logsToFlush picks, of each kind of log in names, the two newest: the
// active one and the one before it. Older logs were flushed while their
// successor was in use. activeSynced leaves out the active ones, which
// db.Sync flushed. Badger's log names are zero-padded numbers, so they sort
// in the order the logs were made.
//
// Value logs come first, as Badger's own synced writes do: a write-ahead log
// entry can point into the value log, and must not reach the disk before
// the value it points to.
func logsToFlush(names []string, activeSynced bool) []string {
	var out []string
	for _, ext := range []string{".vlog", ".mem"} {
		var logs []string
		for _, n := range names {
			if strings.HasSuffix(n, ext) {
				logs = append(logs, n)
			}
		}
		sort.Strings(logs)
		end := len(logs)
		if activeSynced {
			end = max(0, end-1)
		}
		out = append(out, logs[max(0, len(logs)-2):end]...)
	}
	return out
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
