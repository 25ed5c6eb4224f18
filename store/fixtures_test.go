package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

// testKey is a fixed encryption key for tests.
var testKey = bytes.Repeat([]byte{0x42}, 32)

func openT(t testing.TB, opts Options) *Store {
	t.Helper()
	s, err := Open(opts)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func memStore(t testing.TB) *Store {
	return openT(t, Options{InMemory: true})
}

var day = time.Date(2026, 3, 14, 9, 30, 0, 0, time.UTC)

// person returns someone with every section filled; word is worked into each
// section so that tests can look for it.
func person(id agent.PersonID, word string) agent.Person {
	return agent.Person{
		ID: id,
		Profile: agent.Profile{Name: "name-" + word, Timezone: "Europe/Berlin", Tone: agent.ToneWarm,
			Created: day, LastSeen: day.Add(time.Hour), Channel: "telegram", ChatID: "chat-" + word},
		Flow: agent.Flow{Name: "draft", Step: "tone", Updated: day,
			Draft: &agent.DraftState{Details: agent.DraftDetails{Recipient: "flow-" + word, Relationship: "old college friend"},
				History: []string{"history-" + word}}},
		Reflections: []agent.Reflection{{Journey: "matter", Questions: []string{"Who lifts you up?"},
			Answers: []string{"reflection-" + word + " " + strings.Repeat("my sister and I talk on Sundays. ", 25)},
			Summary: "summary-" + word, At: day}},
		Drafts:   []agent.SavedDraft{{Recipient: "Sam", Text: "draft-" + word + " " + strings.Repeat("thinking of you. ", 20), At: day}},
		Plan:     agent.PlanProgress{Started: day, Done: []int{1, 2}, Notes: map[int]string{1: "plan-" + word}, NudgeHour: 9},
		Contacts: []agent.Contact{{Name: "contact-" + word, Relationship: "friend", Cadence: "every Sunday", LastContact: day}},
	}
}

// sectionWords are the markers person puts in each section.
func sectionWords(word string) []string {
	return []string{"name-" + word, "chat-" + word, "flow-" + word, "history-" + word, "reflection-" + word,
		"summary-" + word, "draft-" + word, "plan-" + word, "contact-" + word}
}

func reply(id agent.PersonID, channel, text string) agent.Outgoing {
	return agent.Outgoing{Channel: channel, ChatID: "chat-" + string(id), Person: id, Reply: agent.Reply{Text: text}}
}

// commit saves p with two replies under update id.
func commit(t testing.TB, s *Store, update string, p agent.Person, replies ...agent.Outgoing) {
	t.Helper()
	if err := s.CommitTurn(context.Background(), agent.Turn{UpdateID: update, Person: &p, Replies: replies}); err != nil {
		t.Fatalf("CommitTurn(%s): %v", update, err)
	}
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func load(t testing.TB, s *Store, id agent.PersonID) agent.Person {
	t.Helper()
	p, err := s.LoadPerson(context.Background(), id)
	if err != nil {
		t.Fatalf("LoadPerson(%s): %v", id, err)
	}
	return p
}

func pending(t testing.TB, s *Store, channel string) []agent.Outgoing {
	t.Helper()
	out, err := s.Pending(context.Background(), channel, 10000)
	if err != nil {
		t.Fatalf("Pending(%s): %v", channel, err)
	}
	return out
}

// rawScan returns every key and value version Badger holds, deleted and
// overwritten ones included, as one byte string per entry.
func rawScan(t testing.TB, s *Store) [][]byte {
	t.Helper()
	var out [][]byte
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{AllVersions: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			out = append(out, append(it.Item().KeyCopy(nil), v...))
		}
		return nil
	})
	if err != nil {
		t.Fatalf("raw scan: %v", err)
	}
	return out
}

// readable unseals every value version Badger holds with every data key the
// store still has: it is everything that can be read back from the store.
func readable(t testing.TB, s *Store) string {
	t.Helper()
	var sb strings.Builder
	keys := []*dataKey{s.keys.storeKey()}
	for _, h := range s.keys.hashes() {
		keys = append(keys, s.keys.get(h))
	}
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{AllVersions: true})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			key := it.Item().KeyCopy(nil)
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			sb.Write(key)
			sb.Write(v)
			for _, off := range []int{0, hashLen} {
				if len(v) < off {
					continue
				}
				for _, k := range keys {
					if plain, err := unseal(k, key, v[off:]); err == nil {
						sb.Write(plain)
					}
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("readable: %v", err)
	}
	return sb.String()
}

// filesContaining returns the files under dir that contain any of needles.
func filesContaining(t testing.TB, dir string, needles ...string) []string {
	t.Helper()
	var hits []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, n := range needles {
			if bytes.Contains(data, []byte(n)) {
				hits = append(hits, fmt.Sprintf("%s has %q", path, n))
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk %s: %v", dir, err)
	}
	return hits
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t testing.TB, within time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", within, what)
		}
		<-tick.C
	}
}
