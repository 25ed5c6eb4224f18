package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
)

// handle runs one message of id through ag.
func handle(ctx context.Context, ag *agent.Agent, id agent.PersonID, update, text string) error {
	chat := strings.TrimPrefix(string(id), "telegram:")
	return ag.Handle(ctx, agent.Message{ID: update, Channel: "telegram", ChatID: chat, Person: id, Text: text})
}

// flipInRecord flips one byte inside a value of h in whichever Badger file
// holds it (the store must be closed and unencrypted) and returns the file.
func flipInRecord(t *testing.T, dir string, h personHash) string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "badger", "*.vlog"))
	for _, section := range sectionNames {
		key := sectionKey(h, section)
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			i := bytes.Index(data, key)
			if i < 0 {
				continue
			}
			// Past the key and its 8-byte version, inside the sealed value.
			data[i+len(key)+8+sealHeader+2] ^= 0x10
			if err := os.WriteFile(f, data, 0o600); err != nil {
				t.Fatal(err)
			}
			return f
		}
	}
	t.Fatal("no value of the person found in the value logs")
	return ""
}

// One person's damaged record fails their turns only: everybody else goes on
// being answered, the damaged one gets an error wrapping agent.ErrDamaged,
// and Check names them.
func TestDamagedRecordAffectsOnlyItsOwner(t *testing.T) {
	ctx := context.Background()
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	const hurt, fine = agent.PersonID("telegram:1007"), agent.PersonID("telegram:2008")
	s := openT(t, Options{Dir: dir})
	ag := agent.New(agent.Options{Store: s, Guide: kb})
	for i := range 20 {
		id := agent.PersonID(fmt.Sprintf("telegram:%d", 3000+i))
		if i == 7 {
			id = hurt
		}
		if i == 12 {
			id = fine
		}
		if err := handle(ctx, ag, id, fmt.Sprintf("u%d", i), "/reflect"); err != nil {
			t.Fatal(err)
		}
	}
	h := s.keys.personHash(hurt)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	flipInRecord(t, dir, h)

	s = openT(t, Options{Dir: dir})
	ag = agent.New(agent.Options{Store: s, Guide: kb})
	if _, err := s.LoadPerson(ctx, hurt); !errors.Is(err, agent.ErrDamaged) {
		t.Errorf("LoadPerson of the damaged person: err = %v, want agent.ErrDamaged", err)
	}
	// The damaged person hears what happened and how to start fresh, and
	// the record stays as it is until they ask, so a backup can bring it back.
	if err := handle(ctx, ag, hurt, "h1", "someone who listens"); err != nil {
		t.Errorf("the damaged person's turn: %v", err)
	}
	if got := lastReply(t, s, hurt); !strings.Contains(got, "backup") || !strings.Contains(got, "/forget") {
		t.Errorf("the damaged person was told %q; want the way back (a backup, or /forget)", got)
	}
	if _, err := s.LoadPerson(ctx, hurt); !errors.Is(err, agent.ErrDamaged) {
		t.Errorf("after the reply the record was changed: LoadPerson err = %v", err)
	}
	group := agent.Message{ID: "hg", Channel: "telegram", ChatID: "-100", Person: hurt, Group: true, Addressed: true,
		ReplyTo: "5", Text: "how often should I message an old friend?"}
	if err := ag.Handle(ctx, group); err != nil {
		t.Errorf("the damaged person's group question: %v", err)
	}
	if got := lastReplyIn(t, s, "-100"); !strings.Contains(strings.ToLower(got), "guide") {
		t.Errorf("group question answered %q; want a guide answer", got)
	}
	if err := handle(ctx, ag, fine, "f1", "someone who listens"); err != nil {
		t.Fatalf("another person's turn: %v", err)
	}
	answered := false
	for _, o := range pending(t, s, "telegram") {
		answered = answered || o.Person == fine && o.ChatID == "2008"
	}
	if !answered {
		t.Error("no reply waits for the other person")
	}
	if people, err := s.People(ctx); err != nil || len(people) < 19 {
		t.Errorf("People = %d people, %v; want everyone whose record is sound", len(people), err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	r, err := Check(ctx, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.People) != 1 || r.People[0].ID != hurt || r.Other != nil || r.Records == 0 {
		t.Errorf("Check = %+v; want %s alone", r, hurt)
	}
	if !r.Damaged() {
		t.Error("Check reports nothing damaged")
	}

	// /forget erases the damaged record, and the person starts afresh.
	s = openT(t, Options{Dir: dir})
	ag = agent.New(agent.Options{Store: s, Guide: kb})
	if err := handle(ctx, ag, hurt, "h2", "/forget"); err != nil {
		t.Fatalf("/forget on a damaged record: %v", err)
	}
	if got := lastReply(t, s, hurt); !strings.Contains(got, "erased") {
		t.Errorf("/forget answered %q; want the erasure confirmed", got)
	}
	if p, err := s.LoadPerson(ctx, hurt); err != nil || p.Profile.Name != "" || p.Flow.Name != "" {
		t.Errorf("after /forget LoadPerson = %+v, %v; want a fresh person", p, err)
	}
	if err := handle(ctx, ag, hurt, "h3", "hi"); err != nil {
		t.Errorf("first turn after the fresh start: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	r, err = Check(ctx, Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	// The damaged bytes stay in the value log until it is collected, but no
	// person's record is damaged any more.
	if len(r.People) != 0 || r.Other != nil {
		t.Errorf("Check after /forget = %+v; want no damaged person", r)
	}
}

// lastReply returns the newest reply waiting for id's private chat.
func lastReply(t *testing.T, s *Store, id agent.PersonID) string {
	t.Helper()
	return lastReplyIn(t, s, strings.TrimPrefix(string(id), "telegram:"))
}

// lastReplyIn returns the newest reply waiting for chat.
func lastReplyIn(t *testing.T, s *Store, chat string) string {
	t.Helper()
	got := ""
	for _, o := range pending(t, s, "telegram") {
		if o.ChatID == chat {
			got = o.Reply.Text
		}
	}
	if got == "" {
		t.Fatalf("no reply waits for chat %s", chat)
	}
	return got
}
