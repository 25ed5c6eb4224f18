package store

import (
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

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
	// integrity check; for a record it comes wrapped with agent.ErrDamaged.
	ErrCorrupt = errors.New("stored data failed its integrity check")
	// ErrTooLarge is returned by CommitTurn, Enqueue, SetCursor and SetSecret
	// when a single value is beyond what Badger stores.
	ErrTooLarge = errors.New("value too large to store")
	// ErrNoDir is returned by Open when neither a directory nor InMemory is set.
	ErrNoDir = errors.New("a data directory is required unless the store is in memory")
)

// ErrDamagedFile is returned (in a *FileDamage) by Open, and reported by
// Check, when a file that everyone's data relies on is damaged: Badger's
// manifest, key registry, tables, write-ahead logs or value logs, or the
// key file. Opening anyway could lose more, so the store refuses.
var ErrDamagedFile = errors.New("data file damaged")

// FileDamage names a damaged file and what is wrong with it. It wraps
// ErrDamagedFile.
type FileDamage struct {
	// File is the damaged file's path.
	File string
	// Problem says what is wrong, in words fit for an operator's log.
	Problem string
}

// Error names the file and the problem.
func (e *FileDamage) Error() string { return e.File + " is damaged: " + e.Problem }

// Unwrap returns ErrDamagedFile.
func (e *FileDamage) Unwrap() error { return ErrDamagedFile }

// damaged marks err, met while reading back one record, as damage to that
// record: it then wraps agent.ErrDamaged, so that only the turns needing the
// record fail. A closed database is not damage.
func damaged(err error) error {
	if err == nil || errors.Is(err, badger.ErrDBClosed) || errors.Is(err, agent.ErrDamaged) {
		return err
	}
	return fmt.Errorf("%w: %w", agent.ErrDamaged, err)
}
