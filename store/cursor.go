package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
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
	v, err := s.get(ctx, cursorKey(name))
	if err != nil {
		return "", fmt.Errorf("cursor: %w", err)
	}
	return string(v), nil
}

// SetCursor saves a platform cursor and waits until it is on disk.
func (s *Store) SetCursor(ctx context.Context, name, value string) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("set cursor: %w", err)
	}
	defer release()
	if err := s.put(ctx, cursorKey(name), []byte(value)); err != nil {
		return fmt.Errorf("set cursor: %w", err)
	}
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
		return "", fmt.Errorf("secret %s: %w", name, err)
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
