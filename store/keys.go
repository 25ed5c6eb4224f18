package store

import (
	"bytes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/companion-dev/companion/agent"
)

const (
	keyFileName  = "keys.db"
	keyFileMagic = "CMPKEYS2"
	// keyFileMagicV1 is the earlier layout, without the checksum.
	keyFileMagicV1 = "CMPKEYS1"
	// keyTempPattern names the temporary files the key file is written to.
	keyTempPattern = ".keys-*.tmp"
	flagSealed     = 1
	hashLen        = 16
	entryLen       = hashLen + keyIDLen + 32
)

// personHash is the keyed hash that stands for a person in Badger keys and in
// the key file; the PersonID itself is never written unsealed.
type personHash [hashLen]byte

// keyTable holds the store secret and the data key of every person. It lives
// in the key file (or only in memory), never in Badger, so that dropping a key
// really erases: Badger keeps deleted values around until compaction.
type keyTable struct {
	path   string      // "" keeps the table in memory only
	atRest cipher.AEAD // seals the key file; nil without encryption at rest
	change sync.Mutex  // serialises creating and dropping keys, and backups
	mu     sync.RWMutex
	secret [32]byte
	macs   *sync.Pool              // keyed with secret: hashing is called several times a turn
	store  *dataKey                // seals adapter secrets and replies to nobody
	people map[personHash]*dataKey // replaced, never modified in place

	// written goes stale when a key does, so it lives here.
	written *writtenCache

	pinMu sync.Mutex
	pins  map[personHash]int
	uses  map[personHash]uint64

	// pending holds new keys waiting for the next save, so that people
	// arriving together share one rewrite of the key file.
	pendMu  sync.Mutex
	pending map[personHash]*dataKey
}

// newKeyTable returns a table with a fresh random secret.
func newKeyTable(path string, atRest cipher.AEAD) (*keyTable, error) {
	var secret [32]byte
	rand.Read(secret[:])
	return newKeyTableFrom(path, atRest, secret, map[personHash]*dataKey{})
}

func newKeyTableFrom(path string, atRest cipher.AEAD, secret [32]byte, people map[personHash]*dataKey) (*keyTable, error) {
	kt := &keyTable{path: path, atRest: atRest, written: newWrittenCache(),
		pins: map[personHash]int{}, uses: map[personHash]uint64{}}
	if err := kt.set(secret, people); err != nil {
		return nil, err
	}
	return kt, nil
}

// set installs a secret and its people.
func (kt *keyTable) set(secret [32]byte, people map[personHash]*dataKey) error {
	var raw [32]byte
	copy(raw[:], derive(secret[:], "companion store values"))
	sk, err := makeDataKey([keyIDLen]byte{}, raw)
	if err != nil {
		return err
	}
	macs := &sync.Pool{New: func() any { return hmac.New(sha256.New, secret[:]) }}
	kt.mu.Lock()
	kt.secret, kt.store, kt.people, kt.macs = secret, sk, people, macs
	kt.mu.Unlock()
	kt.written.reset()
	return nil
}

// hash returns the keyed hash of a label and a name.
func (kt *keyTable) hash(label, name string) personHash {
	kt.mu.RLock()
	macs := kt.macs
	kt.mu.RUnlock()
	m := macs.Get().(hash.Hash)
	m.Reset()
	io.WriteString(m, label)
	m.Write([]byte{0})
	io.WriteString(m, name)
	var sum [sha256.Size]byte
	var h personHash
	copy(h[:], m.Sum(sum[:0]))
	macs.Put(m)
	return h
}

// personHash returns the hash that stands for id.
func (kt *keyTable) personHash(id agent.PersonID) personHash {
	return kt.hash("person", string(id))
}

// storeKey returns the key that seals the store's own values.
func (kt *keyTable) storeKey() *dataKey {
	kt.mu.RLock()
	defer kt.mu.RUnlock()
	return kt.store
}

// get returns the data key of h, or nil when h has none.
func (kt *keyTable) get(h personHash) *dataKey {
	kt.mu.RLock()
	defer kt.mu.RUnlock()
	return kt.people[h]
}

// size returns how many people have a data key.
func (kt *keyTable) size() int {
	kt.mu.RLock()
	defer kt.mu.RUnlock()
	return len(kt.people)
}

// hashes returns every hash with a data key.
func (kt *keyTable) hashes() []personHash {
	kt.mu.RLock()
	defer kt.mu.RUnlock()
	return slices.Collect(maps.Keys(kt.people))
}

// ensure returns the data key of h, creating and saving one when h has none.
// A new key is in the file before anything is sealed with it.
func (kt *keyTable) ensure(h personHash) (*dataKey, error) {
	if k := kt.get(h); k != nil {
		return k, nil
	}
	kt.pendMu.Lock()
	k := kt.pending[h]
	if k == nil {
		var err error
		if k, err = newDataKey(); err != nil {
			kt.pendMu.Unlock()
			return nil, err
		}
		if kt.pending == nil {
			kt.pending = map[personHash]*dataKey{}
		}
		kt.pending[h] = k
	}
	kt.pendMu.Unlock()

	kt.change.Lock()
	defer kt.change.Unlock()
	if got := kt.get(h); got != nil {
		return got, nil // saved with someone else's batch
	}
	kt.pendMu.Lock()
	batch := kt.pending
	kt.pending = nil
	kt.pendMu.Unlock()
	if batch[h] == nil {
		if batch == nil {
			batch = map[personHash]*dataKey{}
		}
		batch[h] = k
	}
	kt.mu.RLock()
	next := maps.Clone(kt.people)
	kt.mu.RUnlock()
	for bh, bk := range batch {
		if next[bh] == nil {
			next[bh] = bk
		}
	}
	if err := kt.save(next); err != nil {
		// The others in the batch try again with their own call.
		kt.pendMu.Lock()
		for bh, bk := range batch {
			if kt.pending == nil {
				kt.pending = map[personHash]*dataKey{}
			}
			if kt.pending[bh] == nil {
				kt.pending[bh] = bk
			}
		}
		kt.pendMu.Unlock()
		return nil, err
	}
	kt.mu.Lock()
	kt.people = next
	kt.mu.Unlock()
	return next[h], nil
}

// drop forgets the data key of h, and saves the table, which makes every
// value sealed with it unreadable.
func (kt *keyTable) drop(h personHash) error {
	kt.change.Lock()
	defer kt.change.Unlock()
	return kt.dropLocked(h)
}

func (kt *keyTable) dropLocked(h personHash) error {
	kt.mu.RLock()
	_, ok := kt.people[h]
	next := maps.Clone(kt.people)
	kt.mu.RUnlock()
	if !ok {
		kt.written.forget(h)
		return nil
	}
	delete(next, h)
	if err := kt.save(next); err != nil {
		return err
	}
	kt.mu.Lock()
	kt.people = next
	kt.mu.Unlock()
	// After the key is gone, so that no commit still using it can record
	// its sections afterwards (see writtenCache.putIf).
	kt.written.forget(h)
	kt.pinMu.Lock()
	delete(kt.uses, h)
	kt.pinMu.Unlock()
	return nil
}

// pin marks h as in use by a write in progress, which keeps dropIdle away
// until unpin, and counts the use, which dropIdle compares.
func (kt *keyTable) pin(h personHash) {
	kt.pinMu.Lock()
	kt.pins[h]++
	kt.uses[h]++
	kt.pinMu.Unlock()
}

func (kt *keyTable) unpin(h personHash) {
	kt.pinMu.Lock()
	if kt.pins[h]--; kt.pins[h] <= 0 {
		delete(kt.pins, h)
	}
	kt.pinMu.Unlock()
}

// useCount returns how often h was pinned so far.
func (kt *keyTable) useCount(h personHash) uint64 {
	kt.pinMu.Lock()
	defer kt.pinMu.Unlock()
	return kt.uses[h]
}

// dropIdle drops the key of h unless a write pinned it since use was read.
func (kt *keyTable) dropIdle(h personHash, use uint64) (bool, error) {
	kt.change.Lock()
	defer kt.change.Unlock()
	kt.pinMu.Lock()
	busy := kt.pins[h] > 0 || kt.uses[h] != use
	kt.pinMu.Unlock()
	if busy {
		return false, nil
	}
	return true, kt.dropLocked(h)
}

// save writes the table with people to the key file.
func (kt *keyTable) save(people map[personHash]*dataKey) error {
	if kt.path == "" {
		return nil
	}
	kt.mu.RLock()
	secret := kt.secret
	kt.mu.RUnlock()
	data := encodeKeyTable(kt.atRest, secret, people)
	if err := writeFileAtomic(kt.path, data); err != nil {
		return fmt.Errorf("save keys: %w", err)
	}
	return nil
}

// encode returns the table as the key file holds it.
func (kt *keyTable) encode() []byte {
	kt.mu.RLock()
	defer kt.mu.RUnlock()
	return encodeKeyTable(kt.atRest, kt.secret, kt.people)
}

// encodeKeyTable lays the table out as described in the package doc.
func encodeKeyTable(atRest cipher.AEAD, secret [32]byte, people map[personHash]*dataKey) []byte {
	body := make([]byte, 0, 32+binary.MaxVarintLen64+len(people)*entryLen)
	body = append(body, secret[:]...)
	body = binary.AppendUvarint(body, uint64(len(people)))
	hs := slices.SortedFunc(maps.Keys(people), func(a, b personHash) int { return bytes.Compare(a[:], b[:]) })
	for _, h := range hs {
		k := people[h]
		body = append(body, h[:]...)
		body = append(body, k.id[:]...)
		body = append(body, k.raw[:]...)
	}
	head := []byte(keyFileMagic)
	if atRest == nil {
		out := append(append(head, 0), body...)
		sum := sha256.Sum256(out)
		return append(out, sum[:]...)
	}
	head = append(head, flagSealed)
	nonce := make([]byte, nonceLen)
	rand.Read(nonce)
	out := append(slices.Clone(head), nonce...)
	return atRest.Seal(out, nonce, body, head)
}

// decodeKeyTable reverses encodeKeyTable. A sealed table needs atRest; a
// plain one is accepted either way (it is sealed when next saved).
func decodeKeyTable(atRest cipher.AEAD, data []byte) ([32]byte, map[personHash]*dataKey, error) {
	var secret [32]byte
	head := len(keyFileMagic) + 1
	if len(data) < head {
		return secret, nil, ErrCorrupt
	}
	magic := string(data[:len(keyFileMagic)])
	if magic != keyFileMagic && magic != keyFileMagicV1 {
		return secret, nil, ErrCorrupt
	}
	body := data[head:]
	if magic == keyFileMagic && data[head-1]&flagSealed == 0 {
		// A plain table ends in its SHA-256; a sealed one has its tag.
		if len(body) < sha256.Size {
			return secret, nil, ErrCorrupt
		}
		end := len(data) - sha256.Size
		if sum := sha256.Sum256(data[:end]); !bytes.Equal(sum[:], data[end:]) {
			return secret, nil, ErrCorrupt
		}
		body = data[head:end]
	}
	if data[head-1]&flagSealed != 0 {
		if atRest == nil || len(body) < nonceLen {
			return secret, nil, ErrWrongKey
		}
		plain, err := atRest.Open(nil, body[:nonceLen], body[nonceLen:], data[:head])
		if err != nil {
			return secret, nil, ErrWrongKey
		}
		body = plain
	}
	if len(body) < 32 {
		return secret, nil, ErrCorrupt
	}
	copy(secret[:], body)
	n, used := binary.Uvarint(body[32:])
	rest := body[32:]
	if used <= 0 || n > uint64(len(rest)-used)/entryLen || uint64(len(rest)-used) != n*entryLen {
		return secret, nil, ErrCorrupt
	}
	rest = rest[used:]
	people := make(map[personHash]*dataKey, n)
	for len(rest) > 0 {
		var h personHash
		var id [keyIDLen]byte
		var raw [32]byte
		copy(h[:], rest)
		copy(id[:], rest[hashLen:])
		copy(raw[:], rest[hashLen+keyIDLen:])
		k, err := makeDataKey(id, raw)
		if err != nil {
			return secret, nil, err
		}
		people[h] = k
		rest = rest[entryLen:]
	}
	return secret, people, nil
}

// writeFileAtomic replaces path with data: a crash leaves the old file or the
// new one, never a mix.
func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, keyTempPattern)
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
