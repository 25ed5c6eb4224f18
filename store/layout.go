package store

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Badger key prefixes; the package doc describes the layout.
const (
	keySequence  = "q/outbox"
	prefixPerson = "p/"
	prefixOutbox = "o/"
	prefixDedupe = "d/"
	prefixCursor = "c/"
	prefixSecret = "s/"
	// prefixPersonCursor holds cursors that belong to a person, under
	// their hash, so that forgetting them finds every one.
	prefixPersonCursor = "u/"
)

// Person sections, one Badger key each.
const (
	secMeta        = "meta"
	secProfile     = "profile"
	secFlow        = "flow"
	secReflections = "reflections"
	secDrafts      = "drafts"
	secPlan        = "plan"
	secContacts    = "contacts"
)

// sectionNames lists every section a person record can have.
var sectionNames = []string{secMeta, secProfile, secFlow, secReflections, secDrafts, secPlan, secContacts}

func personPrefix(h personHash) []byte {
	return append([]byte(prefixPerson), append(h[:], '/')...)
}

func sectionKey(h personHash, section string) []byte {
	return append(personPrefix(h), section...)
}

func outboxPrefix(channel string) []byte {
	return append([]byte(prefixOutbox+channel), 0)
}

func outboxKey(channel string, seq uint64) []byte {
	return binary.BigEndian.AppendUint64(outboxPrefix(channel), seq)
}

// outboxSeq returns the sequence number at the end of an outbox key.
func outboxSeq(key []byte) uint64 {
	if len(key) < 8 {
		return 0
	}
	return binary.BigEndian.Uint64(key[len(key)-8:])
}

func dedupeKey(h personHash) []byte {
	return append([]byte(prefixDedupe), h[:]...)
}

func cursorKey(name string) []byte { return []byte(prefixCursor + name) }

func secretKey(name string) []byte { return []byte(prefixSecret + name) }

func personCursorPrefix(owner personHash) []byte {
	return append([]byte(prefixPersonCursor), owner[:]...)
}

func personCursorKey(owner, name personHash) []byte {
	return append(personCursorPrefix(owner), name[:]...)
}

// set writes key in txn. Badger's own error for an oversized value carries a
// hex dump of the value, which must not reach a log: it becomes ErrTooLarge.
func set(txn *badger.Txn, key, value []byte) error {
	err := txn.Set(key, value)
	if err != nil && strings.Contains(err.Error(), "exceeded") {
		return fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(value))
	}
	return err
}
