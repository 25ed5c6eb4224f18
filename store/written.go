package store

import (
	"hash/maphash"
	"sync"
)

// fingerprints of one person's sections as they stand in Badger, in the
// order of sections(); absentSection marks a section that is not stored.
type fingerprints [7]uint64

const absentSection = 1

// writtenCache remembers what each person's sections look like in Badger, so
// that a turn writes only the sections it changed. It is only a shortcut:
// an entry is recorded after a successful commit and removed whenever the
// person's key goes; without an entry every section is written.
type writtenCache struct {
	seed maphash.Seed
	mu   sync.Mutex
	m    map[personHash]fingerprints
}

func newWrittenCache() *writtenCache {
	return &writtenCache{seed: maphash.MakeSeed(), m: map[personHash]fingerprints{}}
}

func (c *writtenCache) sum(plain []byte) uint64 {
	if sum := maphash.Bytes(c.seed, plain); sum != absentSection {
		return sum
	}
	return absentSection + 1
}

func (c *writtenCache) get(h personHash) (fingerprints, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	f, ok := c.m[h]
	return f, ok
}

// putIf records f for h if current still holds when checked under the
// cache's lock; dropping a key clears its entry under the same lock, after
// the key is gone, so an entry for a dropped key cannot slip in.
func (c *writtenCache) putIf(h personHash, f fingerprints, current func() bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if current() {
		c.m[h] = f
	}
}

func (c *writtenCache) forget(h personHash) {
	c.mu.Lock()
	delete(c.m, h)
	c.mu.Unlock()
}

func (c *writtenCache) reset() {
	c.mu.Lock()
	clear(c.m)
	c.mu.Unlock()
}
