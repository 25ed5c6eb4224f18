package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// The due-time index: which reminder of whom comes due when.
//
//	t/<unix seconds, 8 bytes big-endian><hash><reminder id>  the agent.DueEntry, sealed with the person's key
//	r/<hash><reminder id>                                    the entry's unix seconds, so that erasing a
//	                                                         person finds every entry of theirs
//
// Keys sort by due time, so everything due before a moment is one range
// scan from the start of t/. A key names the person only by their keyed
// hash; the PersonID and where the nudge goes are inside the sealed value.
const (
	prefixDue      = "t/"
	prefixDueOwner = "r/"
	dueKeyMin      = len(prefixDue) + 8 + hashLen
)

func dueKey(at int64, h personHash, reminder string) []byte {
	k := make([]byte, 0, dueKeyMin+len(reminder))
	k = append(k, prefixDue...)
	k = binary.BigEndian.AppendUint64(k, uint64(at))
	k = append(k, h[:]...)
	return append(k, reminder...)
}

func dueOwnerKey(h personHash, reminder string) []byte {
	k := make([]byte, 0, len(prefixDueOwner)+hashLen+len(reminder))
	k = append(k, prefixDueOwner...)
	k = append(k, h[:]...)
	return append(k, reminder...)
}

// applyDue writes a turn's due-index changes in its transaction: removals
// first, so an entry that moves is written afresh. An entry of someone
// without a data key (erased in this very turn) is not written.
func (s *Store) applyDue(txn *badger.Txn, t agent.Turn) error {
	for _, e := range t.Undue {
		h := s.keys.personHash(e.Person)
		if err := txn.Delete(dueKey(e.At.Unix(), h, e.Reminder)); err != nil {
			return err
		}
		ok := dueOwnerKey(h, e.Reminder)
		at, found, err := ownerTime(txn, ok)
		if err != nil {
			return err
		}
		if found && at == e.At.Unix() {
			if err := txn.Delete(ok); err != nil {
				return err
			}
		}
	}
	for _, e := range t.Due {
		if e.Person == "" || e.Reminder == "" {
			return errors.New("due entry without a person or reminder")
		}
		h := s.keys.personHash(e.Person)
		k := s.keys.get(h)
		if k == nil {
			continue
		}
		ok := dueOwnerKey(h, e.Reminder)
		prev, found, err := ownerTime(txn, ok)
		if err != nil {
			return err
		}
		if found && prev != e.At.Unix() {
			// One time per reminder: an entry left at another time goes.
			if err := txn.Delete(dueKey(prev, h, e.Reminder)); err != nil {
				return err
			}
		}
		key := dueKey(e.At.Unix(), h, e.Reminder)
		plain, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("encode due entry: %w", err)
		}
		if err := txn.Set(key, seal(k, key, plain)); err != nil {
			return err
		}
		if err := txn.Set(ok, binary.BigEndian.AppendUint64(nil, uint64(e.At.Unix()))); err != nil {
			return err
		}
	}
	return nil
}

// ownerTime reads the due time recorded for one reminder of one person.
func ownerTime(txn *badger.Txn, key []byte) (int64, bool, error) {
	item, err := txn.Get(key)
	if errors.Is(err, badger.ErrKeyNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, err
	}
	v, err := item.ValueCopy(nil)
	if err != nil || len(v) != 8 {
		return 0, false, err
	}
	return int64(binary.BigEndian.Uint64(v)), true, nil
}

// deleteDue deletes every due entry of h in txn.
func deleteDue(txn *badger.Txn, h personHash) error {
	prefix := dueOwnerKey(h, "")
	var doomed [][]byte
	it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix, PrefetchValues: true})
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		key := item.KeyCopy(nil)
		v, err := item.ValueCopy(nil)
		if err != nil {
			it.Close()
			return err
		}
		doomed = append(doomed, key)
		if len(v) == 8 {
			doomed = append(doomed, dueKey(int64(binary.BigEndian.Uint64(v)), h, string(key[len(prefix):])))
		}
	}
	it.Close()
	for _, k := range doomed {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	return nil
}

// DueBefore returns up to limit reminders due at or before t, earliest
// first. Entries left behind by an erased person are removed on the way.
// It is safe for concurrent use.
func (s *Store) DueBefore(ctx context.Context, t time.Time, limit int) ([]agent.DueEntry, error) {
	release, err := s.enter()
	if err != nil {
		return nil, fmt.Errorf("due before: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("due before: %w", err)
	}
	return s.dueBetween(ctx, time.Unix(0, 0), t, limit)
}

// dueBetween returns up to limit entries due from from to to, both included.
func (s *Store) dueBetween(ctx context.Context, from, to time.Time, limit int) ([]agent.DueEntry, error) {
	if limit <= 0 {
		limit = 100
	}
	end := binary.BigEndian.AppendUint64([]byte(prefixDue), uint64(to.Unix()))
	seek := binary.BigEndian.AppendUint64([]byte(prefixDue), uint64(max(from.Unix(), 0)))
	var out []agent.DueEntry
	var orphans [][]byte
	damagedEntries := 0
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixDue), PrefetchValues: true, PrefetchSize: min(limit, 100)})
		defer it.Close()
		for it.Seek(seek); it.Valid() && len(out) < limit; it.Next() {
			item := it.Item()
			key := item.Key()
			if len(key) < dueKeyMin || bytes.Compare(key[:len(end)], end) > 0 {
				break
			}
			var h personHash
			copy(h[:], key[len(prefixDue)+8:])
			k := s.keys.get(h)
			sealed, err := item.ValueCopy(nil)
			var plain []byte
			if err == nil {
				plain, err = unseal(k, key, sealed)
			}
			if k == nil || errors.Is(err, errStale) {
				orphans = append(orphans, item.KeyCopy(nil))
				continue
			}
			var e agent.DueEntry
			if err == nil {
				err = json.Unmarshal(plain, &e)
			}
			if err != nil {
				// One damaged reminder holds up nobody else's; it stays
				// for a restore to mend.
				damagedEntries++
				continue
			}
			out = append(out, e)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("due before: %w", err)
	}
	if damagedEntries > 0 {
		s.log.Warn("due reminders skipped: their records are damaged", "entries", damagedEntries)
	}
	if len(orphans) > 0 {
		err := s.update(ctx, func(txn *badger.Txn) error {
			for _, k := range orphans {
				if err := txn.Delete(k); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			s.log.Warn("remove orphaned due entries", "entries", len(orphans), "err", err)
		}
	}
	return out, nil
}
