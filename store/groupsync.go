package store

import (
	"sync"
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
