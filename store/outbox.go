package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

const (
	// defaultPending is how many entries Pending returns when limit is not positive.
	defaultPending = 100
	// maxDeadPerCall bounds the entries one Pending call deletes, keeping
	// the cleanup well inside one transaction.
	maxDeadPerCall = 2000
)

// eachOutbox calls fn for every outbox entry under prefix, in key order, with
// the entry's owner hash and its sealed reply.
func eachOutbox(txn *badger.Txn, prefix []byte, fn func(key []byte, owner personHash, sealed []byte) error) error {
	it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 16, Prefix: prefix})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		key := it.Item().KeyCopy(nil)
		val, err := it.Item().ValueCopy(nil)
		if err != nil {
			// A value that cannot be read back belongs to nobody that
			// can be told: callers see it as an entry too short to hold
			// its owner, and Pending drops it.
			val = nil
		}
		var owner personHash
		if len(val) < hashLen {
			if err := fn(key, owner, nil); err != nil {
				return err
			}
			continue
		}
		copy(owner[:], val)
		if err := fn(key, owner, val[hashLen:]); err != nil {
			return err
		}
	}
	return nil
}

// openOutgoing unseals one outbox entry.
func openOutgoing(k *dataKey, key, sealed []byte) (agent.Outgoing, error) {
	var o agent.Outgoing
	plain, err := unseal(k, key, sealed)
	if err != nil {
		return o, err
	}
	if err := json.Unmarshal(plain, &o); err != nil {
		return o, fmt.Errorf("%w: %w", ErrCorrupt, err)
	}
	o.Seq = outboxSeq(key)
	return o, nil
}

// ownerKey returns the key that sealed entries of owner: the store key for
// the zero hash, else the person's key (nil once they are forgotten).
func (s *Store) ownerKey(owner personHash) *dataKey {
	if owner == (personHash{}) {
		return s.keys.storeKey()
	}
	return s.keys.get(owner)
}

// Pending returns up to limit undelivered replies of channel, oldest first
// (limit <= 0 means 100). Entries of forgotten people, and entries that fail
// their integrity check, are deleted instead of returned.
func (s *Store) Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	release, err := s.enter()
	if err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("pending: %w", err)
	}
	if limit <= 0 {
		limit = defaultPending
	}
	var out []agent.Outgoing
	var dead [][]byte
	errFull := errors.New("full")
	full := func(stop bool) error {
		if stop {
			return errFull
		}
		return nil
	}
	err = s.db.View(func(txn *badger.Txn) error {
		return eachOutbox(txn, outboxPrefix(channel), func(key []byte, owner personHash, sealed []byte) error {
			o, err := openOutgoing(s.ownerKey(owner), key, sealed)
			switch {
			case errors.Is(err, errStale):
				dead = append(dead, key)
				return full(len(dead) >= maxDeadPerCall)
			case err != nil:
				s.log.Error("outbox entry unreadable, dropping it", "channel", channel, "seq", outboxSeq(key), "err", err)
				dead = append(dead, key)
				return full(len(dead) >= maxDeadPerCall)
			}
			out = append(out, o)
			return full(len(out) == limit)
		})
	})
	if err != nil && !errors.Is(err, errFull) {
		return nil, fmt.Errorf("pending: %w", err)
	}
	if len(dead) > 0 {
		err := s.update(ctx, func(txn *badger.Txn) error {
			for _, k := range dead {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			s.log.Warn("outbox cleanup failed", "channel", channel, "entries", len(dead), "err", err)
		} else {
			s.log.Info("outbox entries of forgotten people dropped", "channel", channel, "entries", len(dead))
		}
	}
	return out, nil
}

// MarkSent removes a delivered reply from the outbox. An entry already gone
// is not an error. When it was the last trace of someone who was forgotten
// (the confirmation that they were), their new data key goes too.
func (s *Store) MarkSent(ctx context.Context, channel string, seq uint64) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	defer release()
	var owner personHash
	found := false
	err = s.update(ctx, func(txn *badger.Txn) error {
		key := outboxKey(channel, seq)
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			found = false
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		if err := item.Value(func(v []byte) error {
			copy(owner[:], v)
			return nil
		}); err != nil {
			return err
		}
		return txn.Delete(key)
	})
	if err != nil {
		return fmt.Errorf("mark sent: %w", err)
	}
	if found && owner != (personHash{}) {
		if err := s.dropIfUnused(owner); err != nil {
			s.log.Warn("dropping an unused data key failed", "err", err)
		}
	}
	return nil
}

// dropIfUnused drops the data key of h when no record and no outbox entry
// uses it and no write is under way.
func (s *Store) dropIfUnused(h personHash) error {
	use := s.keys.useCount(h)
	if s.keys.get(h) == nil {
		return nil
	}
	used := false
	err := s.db.View(func(txn *badger.Txn) error {
		if _, err := txn.Get(sectionKey(h, secMeta)); err == nil {
			used = true
			return nil
		} else if !errors.Is(err, badger.ErrKeyNotFound) {
			return err
		}
		errFound := errors.New("found")
		err := eachOutbox(txn, []byte(prefixOutbox), func(_ []byte, owner personHash, _ []byte) error {
			if owner == h {
				return errFound
			}
			return nil
		})
		if errors.Is(err, errFound) {
			used = true
			return nil
		}
		return err
	})
	if err != nil || used {
		return err
	}
	dropped, err := s.keys.dropIdle(h, use)
	if dropped && err == nil {
		s.log.Debug("unused data key dropped")
	}
	return err
}

// MarkFailed records a failed delivery of o: its Attempts grows by one and it
// keeps its place in the outbox. An entry already gone is not an error.
func (s *Store) MarkFailed(ctx context.Context, o agent.Outgoing) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("mark failed: %w", err)
	}
	defer release()
	key := outboxKey(o.Channel, o.Seq)
	err = s.update(ctx, func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			return nil
		}
		if err != nil {
			return err
		}
		val, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		if len(val) < hashLen {
			return txn.Delete(key)
		}
		var owner personHash
		copy(owner[:], val)
		k := s.ownerKey(owner)
		stored, err := openOutgoing(k, key, val[hashLen:])
		if errors.Is(err, errStale) {
			return txn.Delete(key)
		}
		if err != nil {
			return err
		}
		stored.Attempts++
		plain, err := json.Marshal(stored)
		if err != nil {
			return err
		}
		return set(txn, key, append(owner[:], seal(k, key, plain)...))
	})
	if err != nil {
		return fmt.Errorf("mark failed: %w", err)
	}
	return nil
}

// Enqueue appends replies to the outbox outside a turn (reminders, nudges),
// in order, all or nothing. Like CommitTurn, it pauses (agent.ErrPaused)
// while the disk is nearly full.
func (s *Store) Enqueue(ctx context.Context, replies ...agent.Outgoing) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	if err := s.writable(); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	w, err := s.prepare(nil, replies)
	defer w.done()
	if err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	if err := s.update(ctx, w.apply); err != nil {
		return fmt.Errorf("enqueue: %w", err)
	}
	return nil
}
