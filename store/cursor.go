package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// Seen reports whether updateID was committed within the dedupe window.
func (s *Store) Seen(ctx context.Context, updateID string) (bool, error) {
	release, err := s.enter()
	if err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	seen, err := s.exists(dedupeKey(s.keys.hash("update", updateID)))
	if err != nil {
		return false, fmt.Errorf("seen: %w", err)
	}
	return seen, nil
}

// Cursor returns the platform cursor called name (a Telegram offset, a Matrix
// sync token), or "" when none was set.
func (s *Store) Cursor(ctx context.Context, name string) (string, error) {
	release, err := s.enter()
	if err != nil {
		return "", fmt.Errorf("cursor: %w", err)
	}
	defer release()
	v, err := s.get(ctx, s.cursorKey(name))
	if err != nil {
		return "", fmt.Errorf("cursor: %w", err)
	}
	return string(v), nil
}

// SetCursor saves a platform cursor and waits until it is on disk. An empty
// value deletes it. A cursor named <channel>:<kind>:<id> belongs to the
// person <channel>:<id> (see the package doc): its name is never written,
// and forgetting that person deletes it.
func (s *Store) SetCursor(ctx context.Context, name, value string) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("set cursor: %w", err)
	}
	defer release()
	var v []byte
	if value != "" {
		v = []byte(value)
	}
	if err := s.put(ctx, s.cursorKey(name), v); err != nil {
		return fmt.Errorf("set cursor: %w", err)
	}
	return nil
}

// cursorOwner returns the person a cursor named <channel>:<kind>:<id>
// belongs to, <channel>:<id>, the way adapters name people. Channel and
// kind hold no colon; the id may (a Matrix user id does).
func cursorOwner(name string) (agent.PersonID, bool) {
	channel, rest, ok := strings.Cut(name, ":")
	if !ok || channel == "" {
		return "", false
	}
	kind, id, ok := strings.Cut(rest, ":")
	if !ok || kind == "" || id == "" {
		return "", false
	}
	return agent.PersonID(channel + ":" + id), true
}

// cursorKey returns the Badger key of a cursor: c/<name> for the platform's
// own, u/<owner hash><name hash> for one that belongs to a person.
func (s *Store) cursorKey(name string) []byte {
	owner, ok := cursorOwner(name)
	if !ok {
		return cursorKey(name)
	}
	return personCursorKey(s.keys.personHash(owner), s.keys.hash("cursor", name))
}

// migrateCursors moves the person cursors that earlier versions kept under
// their plain names to hashed keys, and drops the old keys from Badger's
// tables outright, so that the names they carried leave the disk.
func (s *Store) migrateCursors() error {
	type moved struct{ name, value []byte }
	var old []moved
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixCursor)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			name := it.Item().Key()[len(prefixCursor):]
			if _, ok := cursorOwner(string(name)); !ok {
				continue
			}
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			old = append(old, moved{bytes.Clone(name), v})
		}
		return nil
	})
	if err != nil || len(old) == 0 {
		return err
	}
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	prefixes := make([][]byte, 0, len(old))
	for _, m := range old {
		if len(m.value) > 0 {
			if err := wb.Set(s.cursorKey(string(m.name)), m.value); err != nil {
				return fmt.Errorf("move cursors: %w", err)
			}
		}
		prefixes = append(prefixes, cursorKey(string(m.name)))
	}
	if err := wb.Flush(); err != nil {
		return fmt.Errorf("move cursors: %w", err)
	}
	if err := s.db.DropPrefix(prefixes...); err != nil {
		return fmt.Errorf("move cursors: %w", err)
	}
	s.log.Info("person cursors moved to hashed keys", "cursors", len(old))
	return nil
}

// Secret returns the adapter secret called name (an access token, a device
// id), or "" when none was set.
func (s *Store) Secret(ctx context.Context, name string) (string, error) {
	release, err := s.enter()
	if err != nil {
		return "", fmt.Errorf("secret: %w", err)
	}
	defer release()
	key := secretKey(name)
	sealed, err := s.get(ctx, key)
	if err != nil || sealed == nil {
		if err != nil {
			return "", fmt.Errorf("secret: %w", err)
		}
		return "", nil
	}
	plain, err := unseal(s.keys.storeKey(), key, sealed)
	if err != nil {
		return "", fmt.Errorf("secret %s: %w", name, damaged(err))
	}
	return string(plain), nil
}

// SetSecret saves an adapter secret, sealed with the store key, and waits
// until it is on disk. An empty value deletes it.
func (s *Store) SetSecret(ctx context.Context, name, value string) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("set secret: %w", err)
	}
	defer release()
	key := secretKey(name)
	var sealed []byte
	if value != "" {
		sealed = seal(s.keys.storeKey(), key, []byte(value))
	}
	if err := s.put(ctx, key, sealed); err != nil {
		return fmt.Errorf("set secret: %w", err)
	}
	return nil
}

// get returns the value of key, nil when it is not set.
func (s *Store) get(ctx context.Context, key []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var v []byte
	err := s.db.View(func(txn *badger.Txn) error {
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		v, err = item.ValueCopy(nil)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil
	}
	return v, err
}

// put sets key (deletes it for a nil value) and syncs.
func (s *Store) put(ctx context.Context, key, value []byte) error {
	err := s.update(ctx, func(txn *badger.Txn) error {
		if value == nil {
			return txn.Delete(key)
		}
		return set(txn, key, value)
	})
	if err != nil {
		return err
	}
	return s.syncNow()
}
