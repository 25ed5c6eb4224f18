package telegram

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// openCompanion opens the store in dir and an agent over it, closed when
// the test ends (or by the returned close).
func openCompanion(t testing.TB, dir string) (*agent.Agent, *store.Store, func()) {
	t.Helper()
	st, err := store.Open(store.Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	closed := false
	closeStore := func() {
		if !closed {
			closed = true
			_ = st.Close()
		}
	}
	t.Cleanup(closeStore)
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return agent.New(agent.Options{Store: st, Guide: kb}), st, closeStore
}

// damagePeople flips the last byte of every person record in the store's
// Badger directory, as a bad disk sector would.
func damagePeople(t *testing.T, dir string) int {
	t.Helper()
	db, err := badger.Open(badger.DefaultOptions(filepath.Join(dir, "badger")).WithLogger(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	n := 0
	err = db.Update(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte("p/")})
		defer it.Close()
		type kv struct{ k, v []byte }
		var all []kv
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			all = append(all, kv{it.Item().KeyCopy(nil), v})
		}
		for _, e := range all {
			e.v[len(e.v)-1] ^= 0x5a
			if err := txn.Set(e.k, e.v); err != nil {
				return err
			}
			n++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// One person's record is damaged on disk: they are told what happened and
// how to start afresh, while everyone else is answered as usual, and nothing
// needs to be set aside.
func TestDamagedRecordAnswered(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	dir := t.TempDir()
	ag, st, closeStore := openCompanion(t, dir)
	opts := testOptions(srv, nil)
	_, stop := runAdapter(t, opts, ag, st)
	srv.SendText(ana, "hello")
	// The first turn trains the message classifiers, which under the race
	// detector on a busy machine takes seconds: the test is about who is
	// answered, so it waits generously.
	if _, err := srv.WaitMessages(ana.ID, 1, 30*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "outbox drained", func() bool {
		p, err := st.Pending(context.Background(), Channel, 1)
		return err == nil && len(p) == 0
	})
	stop()
	closeStore()
	if n := damagePeople(t, dir); n == 0 {
		t.Fatal("no person record found to damage")
	}

	ag, st, _ = openCompanion(t, dir)
	a, _ := runAdapter(t, opts, ag, st)
	before := len(srv.Messages(ana.ID))
	srv.SendText(ana, "are you there?")
	srv.SendText(bob, "hello")
	if _, err := srv.WaitMessages(bob.ID, 1, 30*time.Second); err != nil {
		t.Fatalf("bob was not answered: %v", err)
	}
	got, err := srv.WaitMessages(ana.ID, before+1, 30*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if last := got[len(got)-1].Visible; !strings.Contains(last, "backup") || !strings.Contains(last, "/forget") {
		t.Errorf("ana was told %q, want what happened and the way back", last)
	}
	if _, aside := a.FailingTurns(); aside != 0 {
		t.Errorf("%d set aside, want none", aside)
	}
}
