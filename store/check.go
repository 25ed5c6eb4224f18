package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"path/filepath"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// Report is what Check found. It names files, people and kinds of records,
// never what a record holds.
type Report struct {
	// Files are the damaged files: a shared one stops the check early (the
	// store does not open), a value log may hold a few damaged records.
	Files []FileDamage
	// People are those whose records are damaged, sorted.
	People []PersonDamage
	// Other are damaged records that belong to no one person: "outbox
	// telegram", "secret", "cursor" and so on, one line each.
	Other []string
	// Records counts the records read.
	Records int
}

// Damaged reports whether anything was found damaged.
func (r Report) Damaged() bool {
	return len(r.Files) > 0 || len(r.People) > 0 || len(r.Other) > 0
}

// PersonDamage names one person with damaged records.
type PersonDamage struct {
	// ID is the person, or "" when their record is too damaged to say;
	// Hash then tells the records apart.
	ID agent.PersonID
	// Hash is the keyed hash that stands for them in Badger's keys, in hex.
	Hash string
	// Sections are the parts of their record that failed (profile, flow,
	// outbox, reminders...).
	Sections []string
}

// Check opens the store described by opts, reads every record it holds and
// reports what is damaged. It never changes a record; opening may add the
// empty value log that keeps Badger from cutting a damaged one short (see
// Open). An error means the check itself could not run.
func Check(ctx context.Context, opts Options) (Report, error) {
	var r Report
	s, err := Open(opts)
	if d := (*FileDamage)(nil); errors.As(err, &d) {
		r.Files = append(r.Files, *d)
		return r, nil
	}
	if err != nil {
		return r, fmt.Errorf("check: %w", err)
	}
	defer s.Close()
	for _, name := range slices.Sorted(maps.Keys(s.logs.records)) {
		r.Files = append(r.Files, FileDamage{File: filepath.Join(opts.Dir, "badger", name),
			Problem: fmt.Sprintf("%d records fail their checksum", s.logs.records[name])})
	}
	if err := s.db.VerifyChecksum(); err != nil {
		d := openDamage(filepath.Join(opts.Dir, "badger"), err)
		if d == nil {
			return r, fmt.Errorf("check: %w", err)
		}
		r.Files = append(r.Files, *d)
	}
	people := map[personHash][]string{}
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			r.Records++
			key := it.Item().KeyCopy(nil)
			val, err := it.Item().ValueCopy(nil)
			owner, what, ok := s.checkRecord(key, val, err)
			switch {
			case ok:
			case owner != nil:
				people[*owner] = append(people[*owner], what)
			default:
				r.Other = append(r.Other, what)
			}
		}
		return nil
	})
	if err != nil {
		return r, fmt.Errorf("check: %w", err)
	}
	for h, sections := range people {
		r.People = append(r.People, PersonDamage{ID: s.whose(h), Hash: hex.EncodeToString(h[:]), Sections: sections})
	}
	slices.SortFunc(r.People, func(a, b PersonDamage) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Hash, b.Hash))
	})
	return r, nil
}

// checkRecord tries one record: its value read back with readErr, then
// unsealed with the key it needs. It returns whether it is sound, and if
// not, whose it is (nil for nobody's) and what kind of record it is.
func (s *Store) checkRecord(key, val []byte, readErr error) (*personHash, string, bool) {
	var h personHash
	switch {
	case bytes.HasPrefix(key, []byte(prefixPerson)) && len(key) > len(prefixPerson)+hashLen+1:
		copy(h[:], key[len(prefixPerson):])
		section := string(key[len(prefixPerson)+hashLen+1:])
		return &h, section, readErr == nil && sealedOK(s.keys.get(h), key, val)
	case bytes.HasPrefix(key, []byte(prefixDue)) && len(key) >= dueKeyMin:
		copy(h[:], key[len(prefixDue)+8:])
		return &h, "reminders", readErr == nil && sealedOK(s.keys.get(h), key, val)
	case bytes.HasPrefix(key, []byte(prefixOutbox)):
		channel, _, _ := bytes.Cut(key[len(prefixOutbox):], []byte{0})
		what := "outbox " + string(channel)
		if readErr != nil || len(val) < hashLen {
			return nil, what, false
		}
		copy(h[:], val)
		if sealedOK(s.ownerKey(h), key, val[hashLen:]) {
			return nil, what, true
		}
		if h == (personHash{}) {
			return nil, what, false
		}
		return &h, "outbox", false
	case bytes.HasPrefix(key, []byte(prefixSecret)):
		return nil, "secret", readErr == nil && sealedOK(s.keys.storeKey(), key, val)
	case bytes.HasPrefix(key, []byte(prefixPersonCursor)) && len(key) >= len(prefixPersonCursor)+hashLen:
		copy(h[:], key[len(prefixPersonCursor):])
		return &h, "cursor", readErr == nil
	}
	kind, _, _ := bytes.Cut(key, []byte("/"))
	return nil, "record of kind " + string(kind), readErr == nil
}

// sealedOK reports whether sealed opens with k, or was sealed with a key
// dropped since (the leftovers of someone forgotten).
func sealedOK(k *dataKey, aad, sealed []byte) bool {
	_, err := unseal(k, aad, sealed)
	return err == nil || errors.Is(err, errStale)
}

// whose returns the PersonID of h from their record, or "" when it cannot
// be read.
func (s *Store) whose(h personHash) agent.PersonID {
	var id agent.PersonID
	_ = s.db.View(func(txn *badger.Txn) error {
		key := sectionKey(h, secMeta)
		item, err := txn.Get(key)
		if err != nil {
			return err
		}
		sealed, err := item.ValueCopy(nil)
		if err != nil {
			return err
		}
		plain, err := unseal(s.keys.get(h), key, sealed)
		if err != nil {
			return err
		}
		var m meta
		if json.Unmarshal(plain, &m) == nil {
			id = m.ID
		}
		return nil
	})
	return id
}
