package store

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"google.golang.org/protobuf/proto"
)

const (
	backupMagic = "CMPBAK01"
	// maxBackupChunk bounds one chunk of Badger's backup stream.
	maxBackupChunk = 256 << 20
	// bitDelete marks a deletion in Badger's backup stream.
	bitDelete = 1
	// maxKeyBlob bounds the key table read back from a backup (about a
	// million people).
	maxKeyBlob = 64 << 20
)

// Backup writes a consistent copy of the whole store to w: the key table,
// then Badger's own backup stream (see the package doc for the layout).
// Other calls go on meanwhile; only new people and forgetting wait.
func (s *Store) Backup(w io.Writer) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	defer release()
	s.keys.change.Lock()
	defer s.keys.change.Unlock()
	blob := s.keys.encode()
	head := make([]byte, 0, len(backupMagic)+4)
	head = append(head, backupMagic...)
	head = binary.BigEndian.AppendUint32(head, uint32(len(blob)))
	if _, err := w.Write(head); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := w.Write(blob); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	if _, err := s.db.Backup(w, 0); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	s.log.Info("backup written", "people", s.keys.size())
	return nil
}

// Restore loads a backup written by Backup into this store, which must be
// empty (ErrNotEmpty otherwise). A backup taken with encryption at rest needs
// the same key (ErrWrongKey otherwise); one taken without can go anywhere.
// After a failure the store may hold part of the backup: start again with a
// new data directory.
func (s *Store) Restore(r io.Reader) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("restore: %w", ErrClosed)
	}
	empty, err := s.isEmpty()
	if err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if !empty || s.keys.size() > 0 {
		return fmt.Errorf("restore: %w", ErrNotEmpty)
	}
	br := bufio.NewReader(r)
	head := make([]byte, len(backupMagic)+4)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:len(backupMagic)]) != backupMagic {
		return fmt.Errorf("restore: %w", ErrBadBackup)
	}
	n := binary.BigEndian.Uint32(head[len(backupMagic):])
	if n > maxKeyBlob {
		return fmt.Errorf("restore: %w", ErrBadBackup)
	}
	blob := make([]byte, n)
	if _, err := io.ReadFull(br, blob); err != nil {
		return fmt.Errorf("restore: %w: %w", ErrBadBackup, err)
	}
	secret, people, err := decodeKeyTable(s.keys.atRest, blob)
	if err != nil {
		return fmt.Errorf("restore: keys: %w", err)
	}
	// The sequence is leased from a Badger key that the backup overwrites:
	// give the lease back first and take a new one after.
	if err := s.seq.Release(); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	loadErr := s.load(br)
	seq, err := s.db.GetSequence([]byte(keySequence), 128)
	if err != nil {
		return fmt.Errorf("restore: sequence: %w", errors.Join(loadErr, err))
	}
	s.seq = seq
	if loadErr != nil {
		return fmt.Errorf("restore: load: %w", loadErr)
	}
	if err := s.keys.set(secret, people); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	if err := s.keys.save(people); err != nil {
		return fmt.Errorf("restore: %w", err)
	}
	s.log.Info("backup restored", "people", len(people))
	return nil
}

// load writes the live entries of a Badger backup stream as new versions.
// Badger's own Load keeps the original versions, which can sort below what
// this store already wrote (the outbox sequence) and stay invisible until a
// reopen; writing afresh keeps the store consistent while it runs.
func (s *Store) load(r io.Reader) error {
	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	now := uint64(time.Now().Unix())
	var last []byte
	for {
		var size uint64
		err := binary.Read(r, binary.LittleEndian, &size)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil || size > maxBackupChunk {
			return fmt.Errorf("%w: truncated", ErrBadBackup)
		}
		buf := make([]byte, size)
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("%w: truncated", ErrBadBackup)
		}
		var list pb.KVList
		if err := proto.Unmarshal(buf, &list); err != nil {
			return fmt.Errorf("%w: %w", ErrBadBackup, err)
		}
		for _, kv := range list.Kv {
			// Versions of a key come newest first; only the newest counts.
			if bytes.Equal(kv.Key, last) {
				continue
			}
			last = kv.Key
			if len(kv.Meta) > 0 && kv.Meta[0]&bitDelete != 0 || kv.ExpiresAt != 0 && kv.ExpiresAt <= now {
				continue
			}
			e := badger.NewEntry(kv.Key, kv.Value)
			if len(kv.UserMeta) > 0 {
				e = e.WithMeta(kv.UserMeta[0])
			}
			e.ExpiresAt = kv.ExpiresAt
			if err := wb.SetEntry(e); err != nil {
				return err
			}
		}
	}
	return wb.Flush()
}
