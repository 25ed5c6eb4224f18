package store

import "errors"

var (
	// ErrClosed is returned by every method called after Close.
	ErrClosed = errors.New("store is closed")
	// ErrWrongKey is returned by Open, and by Restore, when the encryption key
	// does not match the one the data was written with, or when encrypted data
	// is opened without a key (and the other way round).
	ErrWrongKey = errors.New("encryption key does not match the data (wrong key, or encrypted data opened without one)")
	// ErrInvalidKey is returned by Open and ReadKeyFile for an encryption key
	// that is not exactly 32 bytes.
	ErrInvalidKey = errors.New("encryption key must be exactly 32 bytes: raw, 64 hex characters, or base64")
	// ErrKeyFileMissing is returned by Open when the data directory holds data
	// but its key file is gone; without it nobody's data can be read.
	ErrKeyFileMissing = errors.New("key file " + keyFileName + " is missing from a data directory that holds data")
	// ErrNotEmpty is returned by Restore when the store already holds data.
	ErrNotEmpty = errors.New("restore needs an empty store: restore into a new data directory")
	// ErrBadBackup is returned by Restore when the input is not a backup
	// written by Backup.
	ErrBadBackup = errors.New("not a companion backup")
	// ErrCorrupt is returned when a stored value or the key file fails its
	// integrity check.
	ErrCorrupt = errors.New("stored data failed its integrity check")
	// ErrTooLarge is returned by CommitTurn, Enqueue, SetCursor and SetSecret
	// when a single value is beyond what Badger stores.
	ErrTooLarge = errors.New("value too large to store")
	// ErrNoDir is returned by Open when neither a directory nor InMemory is set.
	ErrNoDir = errors.New("a data directory is required unless the store is in memory")
)
