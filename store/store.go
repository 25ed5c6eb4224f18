package store

import (
	"context"
	"crypto/cipher"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"

	"github.com/companion-dev/companion/agent"
)

var _ agent.Store = (*Store)(nil)

// defaultDedupeTTL is how long processed update ids are remembered.
const defaultDedupeTTL = 7 * 24 * time.Hour

// Options configures Open.
type Options struct {
	// Dir is the data directory; required unless InMemory.
	Dir string
	// InMemory keeps everything in memory (tests); Dir is ignored.
	InMemory bool
	// EncryptionKey, when set, encrypts the store at rest; it must be exactly 32 bytes.
	EncryptionKey []byte
	// SyncWrites makes every commit wait for the disk. Cursors and secrets
	// are synced either way.
	SyncWrites bool
	// Logger receives the store's and Badger's operational logs; nil discards them.
	Logger *slog.Logger
	// DedupeTTL is how long processed update ids are remembered; 0 means 7 days.
	DedupeTTL time.Duration
	// SpaceMargin is the free space, in bytes, below which the store stops
	// taking turns (see Paused); 0 means what Badger may write without a
	// turn, about 60 MB with the store's sizes.
	SpaceMargin int64
}

// spaceCheckEvery is how often the store looks at the free space between
// turns; each turn looks too.
const spaceCheckEvery = 2 * time.Second

// Store keeps people, the outbox, platform cursors and adapter secrets in
// Badger. It is safe for concurrent use.
type Store struct {
	db        *badger.DB
	keys      *keyTable
	log       *slog.Logger
	ttl       time.Duration
	sync      bool
	inMemory  bool
	dir       string    // the data directory; "" in memory
	logs      logDamage // what checkLogs found at open
	space     *space    // nil in memory
	stopSpace chan struct{}
	spaceDone chan struct{}

	// mu guards the handles below: methods hold it shared, Close and
	// Restore exclusively.
	mu     sync.RWMutex
	seq    *badger.Sequence
	group  *groupSync
	closed bool

	// personLocks serialise commits of one person, by the first byte of
	// their hash.
	personLocks [256]sync.Mutex

	// commitHook, when set by tests, runs inside a turn's transaction after
	// its writes and before the commit.
	commitHook func()
}

// Open opens (creating when needed) the store described by opts. Badger is
// sized for a small service: a few megabytes of memtables and caches.
func Open(opts Options) (*Store, error) {
	if !opts.InMemory && opts.Dir == "" {
		return nil, fmt.Errorf("open store: %w", ErrNoDir)
	}
	if opts.EncryptionKey != nil && len(opts.EncryptionKey) != 32 {
		return nil, fmt.Errorf("open store: %w", ErrInvalidKey)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var atRest cipher.AEAD
	if opts.EncryptionKey != nil {
		var err error
		if atRest, err = newGCM(derive(opts.EncryptionKey, "companion key file")); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	s := &Store{log: log, ttl: opts.DedupeTTL, sync: opts.SyncWrites, inMemory: opts.InMemory}
	if s.ttl <= 0 {
		s.ttl = defaultDedupeTTL
	}
	dbDir := ""
	if !opts.InMemory {
		if err := os.MkdirAll(opts.Dir, dirMode); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		if err := tighten(opts.Dir); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
		dbDir = filepath.Join(opts.Dir, "badger")
	}
	bo := badgerOptions(dbDir, opts, opts.Logger)
	var err error
	if !opts.InMemory {
		if s.logs, err = checkLogs(dbDir, bo, log); err != nil {
			return nil, fmt.Errorf("open store: %w", err)
		}
	}
	var db *badger.DB
	db, err = badger.Open(bo)
	if err != nil {
		if errors.Is(err, badger.ErrEncryptionKeyMismatch) {
			return nil, fmt.Errorf("open store: %w", wrongKeyOrDamage(opts.Dir, dbDir, atRest))
		}
		if d := openDamage(dbDir, err); d != nil {
			return nil, fmt.Errorf("open store: %w", d)
		}
		return nil, fmt.Errorf("open store: %w", err)
	}
	s.db = db
	s.group = newGroupSync(func() error { return flushLogs(db, dbDir) })
	if err := s.openKeys(opts, atRest); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if s.seq, err = db.GetSequence([]byte(keySequence), 1024); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: sequence: %w", err)
	}
	if err := s.migrateCursors(); err != nil {
		s.seq.Release()
		db.Close()
		return nil, fmt.Errorf("open store: %w", err)
	}
	if !opts.InMemory {
		if err := tighten(opts.Dir); err != nil {
			s.seq.Release()
			db.Close()
			return nil, fmt.Errorf("open store: %w", err)
		}
		s.dir = opts.Dir
		s.space = &space{dir: opts.Dir, margin: spaceMargin(bo), free: freeBytes}
		if opts.SpaceMargin > 0 {
			s.space.margin = opts.SpaceMargin
		}
		if err := s.writable(); err != nil {
			log.Warn("store opens paused", "err", err)
		}
		s.stopSpace, s.spaceDone = make(chan struct{}), make(chan struct{})
		go s.watchSpace(spaceCheckEvery, s.stopSpace, s.spaceDone)
	}
	log.Info("store open", "in_memory", opts.InMemory, "encrypted", atRest != nil,
		"sync_writes", opts.SyncWrites, "people", s.keys.size())
	return s, nil
}

// valueThreshold is the largest value kept in the LSM tree itself. Almost
// every value is sealed, 40 bytes of nonce and tag or more, so above it.
const valueThreshold = 64

// badgerOptions sizes Badger for a service with a few thousand people.
func badgerOptions(dir string, opts Options, log *slog.Logger) badger.Options {
	bo := badger.DefaultOptions(dir).
		WithInMemory(opts.InMemory).
		// Durability comes from groupSync after each commit, not from
		// Badger's per-transaction sync.
		WithSyncWrites(false).
		WithMemTableSize(4 << 20).
		WithNumMemtables(2).
		WithNumLevelZeroTables(3).
		WithNumLevelZeroTablesStall(8).
		WithBaseTableSize(2 << 20).
		WithBaseLevelSize(8 << 20).
		// Values of more than a few bytes live in the value log, and the
		// LSM tree keeps only keys and pointers to them. Memtables then fill
		// several times more slowly, and each memtable change (a new arena
		// and log, and flushing the old one to a table) stalls every commit
		// for a moment: fewer changes, fewer stalls. The value log grows
		// faster in return; RunGC reclaims it.
		WithValueThreshold(valueThreshold).
		WithValueLogFileSize(32 << 20).
		WithBlockCacheSize(4 << 20).
		WithIndexCacheSize(2 << 20).
		WithNumCompactors(2).
		WithNumGoroutines(2).
		WithMetricsEnabled(false).
		// Nearly every value is sealed, and sealed bytes do not compress.
		WithCompression(options.None).
		// A damaged value or table block fails the read of the records it
		// holds, rather than handing back wrong bytes (see Check).
		WithVerifyValueChecksum(true).
		WithChecksumVerificationMode(options.OnTableRead)
	if opts.InMemory {
		// In memory Badger keeps every value in the LSM tree and refuses
		// values above the threshold, so raise it as far as it goes.
		bo = bo.WithMemTableSize(16 << 20).WithValueThreshold(1 << 20)
	}
	if opts.EncryptionKey != nil {
		bo = bo.WithEncryptionKey(opts.EncryptionKey)
	}
	if log == nil {
		return bo.WithLogger(nil)
	}
	return bo.WithLogger(badgerLogger{log.With("component", "badger")})
}

// openKeys loads the key file, or starts a new table for a new store.
func (s *Store) openKeys(opts Options, atRest cipher.AEAD) error {
	if opts.InMemory {
		kt, err := newKeyTable("", nil)
		s.keys = kt
		return err
	}
	// A crash while the key file was rewritten can leave a temporary copy,
	// which may hold keys of people forgotten since: never keep one.
	leftovers, _ := filepath.Glob(filepath.Join(opts.Dir, keyTempPattern))
	for _, f := range leftovers {
		if err := os.Remove(f); err != nil {
			return fmt.Errorf("remove leftover key file: %w", err)
		}
	}
	path := filepath.Join(opts.Dir, keyFileName)
	data, err := os.ReadFile(path)
	switch {
	case err == nil:
		secret, people, err := decodeKeyTable(atRest, data)
		if err != nil {
			// Badger accepted the encryption key (or its absence) before
			// this: a key file that does not open is damaged.
			return &FileDamage{File: path, Problem: err.Error()}
		}
		s.keys, err = newKeyTableFrom(path, atRest, secret, people)
		return err
	case errors.Is(err, os.ErrNotExist):
		empty, err := s.isEmpty()
		if err != nil {
			return err
		}
		if !empty {
			return ErrKeyFileMissing
		}
		if s.keys, err = newKeyTable(path, atRest); err != nil {
			return err
		}
		return s.keys.save(s.keys.people)
	default:
		return fmt.Errorf("key file: %w", err)
	}
}

// wrongKeyOrDamage tells apart the two reasons Badger gives
// ErrEncryptionKeyMismatch for: a key that is not the one the data was
// written with, and a damaged key registry. The key file, sealed with the
// same key or plain, says which key the data has.
func wrongKeyOrDamage(dir, dbDir string, atRest cipher.AEAD) error {
	data, err := os.ReadFile(filepath.Join(dir, keyFileName))
	if err != nil {
		return ErrWrongKey
	}
	if _, _, err := decodeKeyTable(atRest, data); err != nil {
		return ErrWrongKey
	}
	if sealed := len(data) > len(keyFileMagic) && data[len(keyFileMagic)]&flagSealed != 0; sealed != (atRest != nil) {
		return ErrWrongKey // a plain key file read with a key: the data has none
	}
	return &FileDamage{File: filepath.Join(dbDir, "KEYREGISTRY"),
		Problem: "Badger's key registry fails its check although the encryption key matches the key file"}
}

// isEmpty reports whether Badger holds nothing but the outbox sequence.
func (s *Store) isEmpty() (bool, error) {
	empty := true
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if string(it.Item().Key()) != keySequence {
				empty = false
				return nil
			}
		}
		return nil
	})
	return empty, err
}

// Close releases the store. Calling it again does nothing.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.stopSpace != nil {
		close(s.stopSpace)
		<-s.spaceDone
	}
	var errs []error
	if s.seq != nil {
		errs = append(errs, s.seq.Release())
	}
	errs = append(errs, s.db.Close())
	if !s.inMemory {
		// Tables written since the last look, and what closing wrote.
		errs = append(errs, tighten(s.dir))
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close store: %w", err)
	}
	s.log.Info("store closed")
	return nil
}

// enter holds the store open for one call; the caller runs the returned
// release when done.
func (s *Store) enter() (func(), error) {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return nil, ErrClosed
	}
	return s.mu.RUnlock, nil
}

// update runs fn in a read-write transaction, retrying conflicts a few times.
func (s *Store) update(ctx context.Context, fn func(txn *badger.Txn) error) error {
	const attempts = 5
	var err error
	for i := 0; i < attempts; i++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		err = s.db.Update(fn)
		if err == nil && s.sync && !s.inMemory {
			return s.group.wait()
		}
		if !errors.Is(err, badger.ErrConflict) {
			return err
		}
	}
	return err
}

// syncNow makes earlier writes durable when commits are not synced anyway.
func (s *Store) syncNow() error {
	if s.sync || s.inMemory {
		return nil
	}
	return s.group.wait()
}

// badgerLogger passes Badger's logs to slog; its chatty info lines go to debug.
type badgerLogger struct{ l *slog.Logger }

// Errorf logs at error level.
func (b badgerLogger) Errorf(f string, a ...any) { b.l.Error(line(f, a)) }

// Warningf logs at warning level.
func (b badgerLogger) Warningf(f string, a ...any) { b.l.Warn(line(f, a)) }

// Infof logs at debug level: Badger's info lines are routine.
func (b badgerLogger) Infof(f string, a ...any) { b.l.Debug(line(f, a)) }

// Debugf logs at debug level.
func (b badgerLogger) Debugf(f string, a ...any) { b.l.Debug(line(f, a)) }

func line(f string, a []any) string { return strings.TrimSpace(fmt.Sprintf(f, a...)) }
