package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
)

func TestForgetErasesEverything(t *testing.T) {
	ctx := context.Background()
	const (
		gone = agent.PersonID("telegram:8675309")
		kept = agent.PersonID("telegram:5551212")
	)
	// The platform id on its own too: an adapter's cursor names it.
	goneWords := append(sectionWords("quokka"), string(gone), "8675309", "pending-quokka")
	keptWords := append(sectionWords("axolotl"), string(kept))
	for _, tc := range []struct {
		name   string
		key    []byte
		inTurn bool
	}{
		{"ForgetPerson", nil, false},
		{"ForgetPerson encrypted", testKey, false},
		{"forget turn", nil, true},
		{"forget turn encrypted", testKey, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			s, err := Open(Options{Dir: dir, EncryptionKey: tc.key})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			// Several turns each, so that Badger holds older versions too.
			for i := 0; i < 3; i++ {
				commit(t, s, fmt.Sprintf("g%d", i), person(gone, "quokka"), reply(gone, "telegram", "pending-quokka"))
				commit(t, s, fmt.Sprintf("k%d", i), person(kept, "axolotl"), reply(kept, "telegram", "pending-axolotl"))
			}
			for _, c := range []string{"telegram:blocked:8675309", "telegram:blocked:5551212", "telegram:offset"} {
				if err := s.SetCursor(ctx, c, "1"); err != nil {
					t.Fatal(err)
				}
			}
			export, err := s.ExportPerson(ctx, gone)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range goneWords {
				if !bytes.Contains(export, []byte(w)) {
					t.Errorf("export before forgetting lacks %q", w)
				}
			}
			if all := readable(t, s); !strings.Contains(all, "reflection-quokka") {
				t.Fatal("the readable-data check cannot see data that is there")
			}

			if tc.inTurn {
				err = s.CommitTurn(ctx, agent.Turn{UpdateID: "forget", Forget: gone,
					Replies: []agent.Outgoing{reply(gone, "telegram", "all erased")}})
				if err != nil {
					t.Fatal(err)
				}
				// The confirmation goes out; then nothing of theirs is left.
				var confirm []agent.Outgoing
				for _, o := range pending(t, s, "telegram") {
					if o.Person == gone {
						confirm = append(confirm, o)
					}
				}
				if len(confirm) != 1 || confirm[0].Reply.Text != "all erased" {
					t.Fatalf("replies to the forgotten person = %+v, want only the confirmation", confirm)
				}
				if err := s.MarkSent(ctx, "telegram", confirm[0].Seq); err != nil {
					t.Fatal(err)
				}
			} else if err := s.ForgetPerson(ctx, gone); err != nil {
				t.Fatal(err)
			}

			if got := load(t, s, gone); mustJSON(t, got) != mustJSON(t, agent.Person{ID: gone}) {
				t.Errorf("after forgetting LoadPerson = %s", mustJSON(t, got))
			}
			export, err = s.ExportPerson(ctx, gone)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range goneWords[:len(goneWords)-3] {
				if bytes.Contains(export, []byte(w)) {
					t.Errorf("export after forgetting still has %q", w)
				}
			}
			for c, want := range map[string]string{"telegram:blocked:8675309": "", "telegram:blocked:5551212": "1", "telegram:offset": "1"} {
				if got, err := s.Cursor(ctx, c); err != nil || got != want {
					t.Errorf("after forgetting, cursor %s = %q, %v; want %q", c, got, err, want)
				}
			}
			if people, err := s.People(ctx); err != nil || len(people) != 1 || people[0] != kept {
				t.Errorf("People = %v, %v; want only %s", people, err, kept)
			}
			for _, o := range pending(t, s, "telegram") {
				if o.Person == gone {
					t.Errorf("a reply to the forgotten person is still pending: %q", o.Reply.Text)
				}
			}
			all := readable(t, s)
			for _, w := range goneWords {
				if strings.Contains(all, w) {
					t.Errorf("%q can still be read from the store", w)
				}
			}
			for _, w := range keptWords {
				if !strings.Contains(all, w) {
					t.Errorf("the other person's %q is gone", w)
				}
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
			for _, hit := range filesContaining(t, dir, goneWords...) {
				t.Errorf("after forgetting, %s", hit)
			}

			s = openT(t, Options{Dir: dir, EncryptionKey: tc.key})
			if got, want := load(t, s, kept), person(kept, "axolotl"); mustJSON(t, got) != mustJSON(t, want) {
				t.Errorf("the other person changed: %s", mustJSON(t, got))
			}
			if got := load(t, s, gone); mustJSON(t, got) != mustJSON(t, agent.Person{ID: gone}) {
				t.Errorf("after reopen the forgotten person is back: %s", mustJSON(t, got))
			}
			if tc.inTurn && s.keys.size() != 1 {
				t.Errorf("%d data keys left, want only the other person's", s.keys.size())
			}
		})
	}
}

func TestForgottenPersonCanStartAgain(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	id := agent.PersonID("console:local")
	commit(t, s, "u1", person(id, "old"))
	if err := s.ForgetPerson(ctx, id); err != nil {
		t.Fatal(err)
	}
	fresh := agent.Person{ID: id, Profile: agent.Profile{Name: "again", Created: day}}
	commit(t, s, "u2", fresh)
	if got := load(t, s, id); mustJSON(t, got) != mustJSON(t, fresh) {
		t.Errorf("LoadPerson = %s, want %s", mustJSON(t, got), mustJSON(t, fresh))
	}
	if err := s.ForgetPerson(ctx, "telegram:never-seen"); err != nil {
		t.Errorf("forgetting a stranger: %v", err)
	}
}

// A value sealed with a dropped key is skipped, but a value that was
// tampered with is reported.
func TestUnsealStaleAndCorrupt(t *testing.T) {
	k1, _ := newDataKey()
	k2, _ := newDataKey()
	aad := []byte("p/x/profile")
	sealed := seal(k1, aad, []byte("hello"))
	if got, err := unseal(k1, aad, sealed); err != nil || string(got) != "hello" {
		t.Fatalf("unseal = %q, %v", got, err)
	}
	tampered := bytes.Clone(sealed)
	tampered[len(tampered)-1] ^= 1
	for _, tc := range []struct {
		name   string
		k      *dataKey
		aad    []byte
		sealed []byte
		want   error
	}{
		{"dropped key", nil, aad, sealed, errStale},
		{"other key", k2, aad, sealed, errStale},
		{"tampered", k1, aad, tampered, ErrCorrupt},
		{"moved to another key", k1, []byte("p/y/profile"), sealed, ErrCorrupt},
		{"truncated", k1, aad, sealed[:5], ErrCorrupt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := unseal(tc.k, tc.aad, tc.sealed); !errors.Is(err, tc.want) {
				t.Errorf("unseal: err = %v, want %v", err, tc.want)
			}
		})
	}
}

// A crash between dropping someone's key and deleting their Badger keys
// leaves sealed leftovers: they must read as absent, not as an error, and
// go away as the store is used.
func TestLeftoversOfDroppedKey(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	id := agent.PersonID("telegram:404")
	commit(t, s, "u1", person(id, "leftover"), reply(id, "telegram", "pending-leftover"))
	commit(t, s, "u2", person("telegram:405", "stays"), reply("telegram:405", "telegram", "pending-stays"))
	if err := s.keys.drop(s.keys.personHash(id)); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, id); mustJSON(t, got) != mustJSON(t, agent.Person{ID: id}) {
		t.Errorf("LoadPerson with leftovers = %s", mustJSON(t, got))
	}
	if people, err := s.People(ctx); err != nil || len(people) != 1 || people[0] != "telegram:405" {
		t.Errorf("People = %v, %v", people, err)
	}
	out := pending(t, s, "telegram")
	if len(out) != 1 || out[0].Reply.Text != "pending-stays" {
		t.Fatalf("Pending = %+v, want only the other person's reply", out)
	}
	if left, err := s.exists(outboxKey("telegram", 1)); err != nil || left {
		t.Errorf("unreadable entry still in the outbox: %v, %v", left, err)
	}
	// A new start overwrites every leftover section.
	fresh := agent.Person{ID: id, Profile: agent.Profile{Name: "new", Created: day}}
	commit(t, s, "u3", fresh)
	if got := load(t, s, id); mustJSON(t, got) != mustJSON(t, fresh) {
		t.Errorf("after a new start LoadPerson = %s", mustJSON(t, got))
	}
}
