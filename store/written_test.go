package store

import (
	"context"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// versions returns the Badger version of each stored section of id.
func versions(t *testing.T, s *Store, id agent.PersonID) map[string]uint64 {
	t.Helper()
	h := s.keys.personHash(id)
	out := map[string]uint64{}
	err := s.db.View(func(txn *badger.Txn) error {
		for _, name := range sectionNames {
			item, err := txn.Get(sectionKey(h, name))
			if err == nil {
				out[name] = item.Version()
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestOnlyChangedSectionsAreWritten(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	p := person("telegram:3", "magpie")
	commit(t, s, "u1", p)
	before := versions(t, s, p.ID)
	if len(before) != len(sectionNames) {
		t.Fatalf("stored sections = %v, want all %d", before, len(sectionNames))
	}
	p.Flow.Step = "recipient"
	p.Drafts = nil
	commit(t, s, "u2", p)
	after := versions(t, s, p.ID)
	for _, name := range sectionNames {
		changed := name == secFlow || name == secDrafts
		_, present := after[name]
		switch {
		case name == secDrafts && present:
			t.Errorf("emptied section %s is still stored", name)
		case changed:
		case after[name] != before[name]:
			t.Errorf("unchanged section %s was rewritten", name)
		}
	}
	if after[secFlow] == before[secFlow] {
		t.Error("the changed flow was not written")
	}
	if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
		t.Errorf("LoadPerson = %s", mustJSON(t, got))
	}

	// After forgetting, the same state must be written in full again.
	for _, forget := range []func() error{
		func() error { return s.ForgetPerson(ctx, p.ID) },
		func() error {
			return s.CommitTurn(ctx, agent.Turn{Forget: p.ID, Replies: []agent.Outgoing{reply(p.ID, "telegram", "erased")}})
		},
	} {
		commit(t, s, "", p)
		if err := forget(); err != nil {
			t.Fatal(err)
		}
		commit(t, s, "", p)
		if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
			t.Errorf("the same state after forgetting: LoadPerson = %s", mustJSON(t, got))
		}
	}
	// Forgetting and starting again in one turn.
	err := s.CommitTurn(ctx, agent.Turn{Forget: p.ID, Person: &p})
	if err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
		t.Errorf("forget and save in one turn: LoadPerson = %s", mustJSON(t, got))
	}
}
