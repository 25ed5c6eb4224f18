package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// meta is the person record's own section: the PersonID, sealed, so that
// People can list who is known without any id in a key.
type meta struct {
	ID agent.PersonID `json:"id"`
}

// LoadPerson returns what is kept about id; someone never seen (or forgotten)
// comes back as agent.Person{ID: id}.
func (s *Store) LoadPerson(ctx context.Context, id agent.PersonID) (agent.Person, error) {
	release, err := s.enter()
	if err != nil {
		return agent.Person{}, fmt.Errorf("load person: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return agent.Person{}, fmt.Errorf("load person: %w", err)
	}
	p := agent.Person{ID: id}
	h := s.keys.personHash(id)
	k := s.keys.get(h)
	if k == nil {
		return p, nil
	}
	if err := s.db.View(func(txn *badger.Txn) error { return readPerson(txn, h, k, &p) }); err != nil {
		return agent.Person{}, fmt.Errorf("load person: %w", err)
	}
	p.ID = id
	return p, nil
}

// readPerson fills p from the sections of h, skipping values left behind by
// a dropped key. A section that cannot be read back is an error wrapping
// agent.ErrDamaged. Point lookups go straight to each key's newest version; a
// prefix iterator would wade through the older ones still in the memtables.
func readPerson(txn *badger.Txn, h personHash, k *dataKey, p *agent.Person) error {
	for _, name := range sectionNames {
		key := sectionKey(h, name)
		item, err := txn.Get(key)
		if errors.Is(err, badger.ErrKeyNotFound) {
			continue
		}
		if err != nil {
			return fmt.Errorf("section %s: %w", name, damaged(err))
		}
		sealed, err := item.ValueCopy(nil)
		if err != nil {
			return fmt.Errorf("section %s: %w", name, damaged(err))
		}
		plain, err := unseal(k, key, sealed)
		if errors.Is(err, errStale) {
			continue
		}
		if err != nil {
			return fmt.Errorf("section %s: %w", name, damaged(err))
		}
		if err := decodeSection(p, name, plain); err != nil {
			return fmt.Errorf("section %s: %w", name, damaged(fmt.Errorf("%w: %w", ErrCorrupt, err)))
		}
	}
	return nil
}

// section is one top-level part of a person as it is written.
type section struct {
	name  string
	value any
	empty bool // deleted rather than written
}

func sections(p *agent.Person) []section {
	return []section{
		{secMeta, meta{ID: p.ID}, false},
		{secProfile, p.Profile, false},
		{secFlow, p.Flow, false},
		{secReflections, p.Reflections, len(p.Reflections) == 0},
		{secDrafts, p.Drafts, len(p.Drafts) == 0},
		{secPlan, p.Plan, false},
		{secContacts, p.Contacts, len(p.Contacts) == 0},
	}
}

func decodeSection(p *agent.Person, name string, data []byte) error {
	var target any
	switch name {
	case secMeta:
		var m meta
		if err := json.Unmarshal(data, &m); err != nil {
			return err
		}
		p.ID = m.ID
		return nil
	case secProfile:
		target = &p.Profile
	case secFlow:
		target = &p.Flow
	case secReflections:
		target = &p.Reflections
	case secDrafts:
		target = &p.Drafts
	case secPlan:
		target = &p.Plan
	case secContacts:
		target = &p.Contacts
	default:
		return nil // not a section this version knows
	}
	return json.Unmarshal(data, target)
}

// CommitTurn saves the outcome of one turn in one transaction: the update id
// (remembered for DedupeTTL), the person's sections and the replies, which
// get their outbox Seq here. It returns agent.ErrDuplicate, changing
// nothing, when t.UpdateID was seen before.
//
// While the disk is nearly full it returns an error wrapping agent.ErrPaused
// and writes nothing (see Paused).
//
// With t.Forget set, that person's data key is dropped before the
// transaction starts, so a turn that fails later still leaves them erased:
// erasure is never undone.
func (s *Store) CommitTurn(ctx context.Context, t agent.Turn) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	defer release()
	if err := s.writable(); err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	err = s.commitTurn(ctx, t)
	if errors.Is(err, agent.ErrDuplicate) {
		return agent.ErrDuplicate
	}
	if err != nil {
		return fmt.Errorf("commit turn: %w", err)
	}
	return nil
}

func (s *Store) commitTurn(ctx context.Context, t agent.Turn) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	var dk []byte
	if t.UpdateID != "" {
		dk = dedupeKey(s.keys.hash("update", t.UpdateID))
	}
	// The transaction checks the update id; checking before it as well
	// matters only when a duplicate would otherwise drop someone's key.
	if dk != nil && t.Forget != "" {
		seen, err := s.exists(dk)
		if err != nil {
			return err
		}
		if seen {
			return agent.ErrDuplicate
		}
	}
	var forget personHash
	if t.Forget != "" {
		forget = s.keys.personHash(t.Forget)
		if err := s.keys.drop(forget); err != nil {
			return fmt.Errorf("forget: %w", err)
		}
	}
	if t.Person != nil {
		// Which sections need writing depends on what the last commit of
		// this person wrote: one commit per person at a time.
		mu := &s.personLocks[s.keys.personHash(t.Person.ID)[0]]
		mu.Lock()
		defer mu.Unlock()
	}
	w, err := s.prepare(t.Person, t.Replies)
	defer w.done()
	if err != nil {
		return err
	}
	err = s.update(ctx, func(txn *badger.Txn) error {
		if dk != nil {
			if _, err := txn.Get(dk); err == nil {
				return agent.ErrDuplicate
			} else if !errors.Is(err, badger.ErrKeyNotFound) {
				return err
			}
		}
		if t.Forget != "" {
			if _, err := deletePerson(txn, forget); err != nil {
				return err
			}
		}
		if err := w.apply(txn); err != nil {
			return err
		}
		if err := s.applyDue(txn, t); err != nil {
			return err
		}
		if dk != nil {
			if err := txn.SetEntry(badger.NewEntry(dk, nil).WithTTL(s.ttl)); err != nil {
				return err
			}
		}
		if s.commitHook != nil {
			s.commitHook()
		}
		return ctx.Err()
	})
	if err != nil {
		if t.Person != nil {
			// The transaction may have committed after all (an error while
			// syncing): rewrite every section next time.
			s.keys.written.forget(w.person)
		}
		return err
	}
	w.committed()
	if t.Forget != "" {
		s.log.Info("person forgotten in a turn", "replies", len(t.Replies))
	}
	return nil
}

// exists reports whether key is in Badger.
func (s *Store) exists(key []byte) (bool, error) {
	err := s.db.View(func(txn *badger.Txn) error {
		_, err := txn.Get(key)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return false, nil
	}
	return err == nil, err
}

// writes are sealed values ready for a transaction. Their keys stay pinned
// until done, so that no idle-key cleanup drops them in between.
type writes struct {
	keys   *keyTable
	pinned []personHash
	sets   [][2][]byte
	dels   [][]byte
	// person, key and written say what the person's sections look like
	// once the writes are committed.
	person  personHash
	key     *dataKey
	written *fingerprints
}

// committed records the person's sections as written, unless their key was
// dropped meanwhile.
func (w *writes) committed() {
	if w.written != nil {
		w.keys.written.putIf(w.person, *w.written, func() bool { return w.keys.get(w.person) == w.key })
	}
}

func (w *writes) done() {
	for _, h := range w.pinned {
		w.keys.unpin(h)
	}
	w.pinned = nil
}

func (w *writes) apply(txn *badger.Txn) error {
	for _, k := range w.dels {
		if err := txn.Delete(k); err != nil {
			return err
		}
	}
	for _, kv := range w.sets {
		if err := set(txn, kv[0], kv[1]); err != nil {
			return err
		}
	}
	return nil
}

// keyFor pins and returns the key that seals data of id; replies to nobody
// are sealed with the store key under the zero hash.
func (s *Store) keyFor(w *writes, id agent.PersonID) (personHash, *dataKey, error) {
	if id == "" {
		return personHash{}, s.keys.storeKey(), nil
	}
	h := s.keys.personHash(id)
	s.keys.pin(h)
	w.pinned = append(w.pinned, h)
	k, err := s.keys.ensure(h)
	return h, k, err
}

// prepare seals a person's sections and a turn's replies, assigning each
// reply its Seq.
func (s *Store) prepare(p *agent.Person, replies []agent.Outgoing) (*writes, error) {
	w := &writes{keys: s.keys}
	if p != nil {
		if p.ID == "" {
			return w, errors.New("person without an id")
		}
		h, k, err := s.keyFor(w, p.ID)
		if err != nil {
			return w, err
		}
		stored, known := s.keys.written.get(h)
		var now fingerprints
		for i, sec := range sections(p) {
			key := sectionKey(h, sec.name)
			var plain []byte
			now[i] = absentSection
			if !sec.empty {
				if plain, err = json.Marshal(sec.value); err != nil {
					return w, fmt.Errorf("encode %s: %w", sec.name, err)
				}
				now[i] = s.keys.written.sum(plain)
			}
			switch {
			case known && stored[i] == now[i]:
			case sec.empty:
				w.dels = append(w.dels, key)
			default:
				w.sets = append(w.sets, [2][]byte{key, seal(k, key, plain)})
			}
		}
		w.person, w.key, w.written = h, k, &now
	}
	for _, o := range replies {
		if o.Channel == "" {
			return w, errors.New("reply without a channel")
		}
		h, k, err := s.keyFor(w, o.Person)
		if err != nil {
			return w, err
		}
		n, err := s.seq.Next()
		if err != nil {
			return w, fmt.Errorf("outbox sequence: %w", err)
		}
		o.Seq = n + 1
		o.Attempts = 0
		key := outboxKey(o.Channel, o.Seq)
		plain, err := json.Marshal(o)
		if err != nil {
			return w, fmt.Errorf("encode reply: %w", err)
		}
		w.sets = append(w.sets, [2][]byte{key, append(h[:], seal(k, key, plain)...)})
	}
	return w, nil
}

// deletePerson deletes every section, outbox entry and cursor of h in txn
// and returns how many keys went.
func deletePerson(txn *badger.Txn, h personHash) (int, error) {
	if err := deleteDue(txn, h); err != nil {
		return 0, err
	}
	var doomed [][]byte
	for _, prefix := range [][]byte{personPrefix(h), personCursorPrefix(h)} {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: prefix})
		for it.Rewind(); it.Valid(); it.Next() {
			doomed = append(doomed, it.Item().KeyCopy(nil))
		}
		it.Close()
	}
	err := eachOutbox(txn, []byte(prefixOutbox), func(key []byte, owner personHash, _ []byte) error {
		if owner == h {
			doomed = append(doomed, key)
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, k := range doomed {
		if err := txn.Delete(k); err != nil {
			return 0, err
		}
	}
	return len(doomed), nil
}

// ForgetPerson erases everything kept about id: their data key goes first,
// which makes every copy Badger still holds unreadable, then their keys.
func (s *Store) ForgetPerson(ctx context.Context, id agent.PersonID) error {
	release, err := s.enter()
	if err != nil {
		return fmt.Errorf("forget person: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("forget person: %w", err)
	}
	h := s.keys.personHash(id)
	if err := s.keys.drop(h); err != nil {
		return fmt.Errorf("forget person: %w", err)
	}
	var n int
	err = s.update(ctx, func(txn *badger.Txn) error {
		var err error
		n, err = deletePerson(txn, h)
		return err
	})
	if err != nil {
		return fmt.Errorf("forget person: %w", err)
	}
	s.log.Info("person forgotten", "keys", n)
	return nil
}

// export is what ExportPerson returns.
type export struct {
	Person agent.Person `json:"person"`
	// Pending are replies not delivered yet.
	Pending []agent.Outgoing `json:"pending_replies,omitempty"`
}

// ExportPerson returns everything kept about id as indented JSON: every
// section of their record and any replies still waiting to be delivered.
func (s *Store) ExportPerson(ctx context.Context, id agent.PersonID) ([]byte, error) {
	release, err := s.enter()
	if err != nil {
		return nil, fmt.Errorf("export person: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("export person: %w", err)
	}
	out := export{Person: agent.Person{ID: id}}
	h := s.keys.personHash(id)
	if k := s.keys.get(h); k != nil {
		err := s.db.View(func(txn *badger.Txn) error {
			if err := readPerson(txn, h, k, &out.Person); err != nil {
				return err
			}
			return eachOutbox(txn, []byte(prefixOutbox), func(key []byte, owner personHash, sealed []byte) error {
				if owner != h {
					return nil
				}
				o, err := openOutgoing(k, key, sealed)
				if errors.Is(err, errStale) {
					return nil
				}
				if err != nil {
					return err
				}
				out.Pending = append(out.Pending, o)
				return nil
			})
		})
		if err != nil {
			return nil, fmt.Errorf("export person: %w", err)
		}
	}
	out.Person.ID = id
	data, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("export person: %w", err)
	}
	return data, nil
}

// People returns every person the store keeps a record of, sorted. Records
// too damaged to say whose they are are left out (and logged).
func (s *Store) People(ctx context.Context) ([]agent.PersonID, error) {
	release, err := s.enter()
	if err != nil {
		return nil, fmt.Errorf("people: %w", err)
	}
	defer release()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("people: %w", err)
	}
	var ids []agent.PersonID
	unreadable := 0
	suffix := []byte("/" + secMeta)
	err = s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixPerson)})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := it.Item().KeyCopy(nil)
			if len(key) != len(prefixPerson)+hashLen+len(suffix) || !bytes.HasSuffix(key, suffix) {
				continue
			}
			var h personHash
			copy(h[:], key[len(prefixPerson):])
			var m meta
			sealed, err := it.Item().ValueCopy(nil)
			var plain []byte
			if err == nil {
				plain, err = unseal(s.keys.get(h), key, sealed)
			}
			if errors.Is(err, errStale) {
				continue
			}
			if err == nil {
				err = json.Unmarshal(plain, &m)
			}
			if err != nil {
				// Whose record it is cannot be told: leave it out, as
				// LoadPerson reports it to its owner.
				unreadable++
				continue
			}
			ids = append(ids, m.ID)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("people: %w", err)
	}
	if unreadable > 0 {
		s.log.Warn("people left out: their records are damaged", "people", unreadable)
	}
	slices.Sort(ids)
	return ids, nil
}
