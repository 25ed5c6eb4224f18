package store

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

func TestOutboxFIFOAcrossCommitsAndReopen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	people := []agent.PersonID{"telegram:1", "telegram:2", "matrix:@c:example.org"}
	want := map[string][]string{}
	for i := 0; i < 60; i++ {
		id := people[i%len(people)]
		channel := "telegram"
		if i%len(people) == 2 {
			channel = "matrix"
		}
		a, b := fmt.Sprintf("%d-a", i), fmt.Sprintf("%d-b", i)
		commit(t, s, fmt.Sprintf("u%d", i), person(id, "fifo"), reply(id, channel, a), reply(id, channel, b))
		want[channel] = append(want[channel], a, b)
	}
	check := func(s *Store, when string) uint64 {
		var maxSeq uint64
		for channel, texts := range want {
			got := pending(t, s, channel)
			if len(got) != len(texts) {
				t.Fatalf("%s: Pending(%s) has %d entries, want %d", when, channel, len(got), len(texts))
			}
			for i, o := range got {
				if o.Reply.Text != texts[i] || o.Channel != channel {
					t.Fatalf("%s: Pending(%s)[%d] = %q on %s, want %q", when, channel, i, o.Reply.Text, o.Channel, texts[i])
				}
				if i > 0 && o.Seq <= got[i-1].Seq {
					t.Fatalf("%s: seq %d follows %d", when, o.Seq, got[i-1].Seq)
				}
				maxSeq = max(maxSeq, o.Seq)
			}
		}
		return maxSeq
	}
	before := check(s, "before reopen")
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, Options{Dir: dir})
	check(s, "after reopen")

	// New replies queue behind the old ones.
	if err := s.Enqueue(ctx, reply("telegram:1", "telegram", "later")); err != nil {
		t.Fatal(err)
	}
	got := pending(t, s, "telegram")
	if last := got[len(got)-1]; last.Reply.Text != "later" || last.Seq <= before {
		t.Errorf("after reopen a new reply got seq %d (%q), want it last and above %d", last.Seq, last.Reply.Text, before)
	}
	if limited, err := s.Pending(ctx, "telegram", 3); err != nil || len(limited) != 3 || limited[0].Reply.Text != "0-a" {
		t.Errorf("Pending with limit 3 = %d entries, %v", len(limited), err)
	}
	if none := pending(t, s, "tele"); len(none) != 0 {
		t.Errorf("a channel named by a prefix of another sees %d entries", len(none))
	}
}

func TestMarkSentAndFailed(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	id := agent.PersonID("telegram:5")
	commit(t, s, "u1", person(id, "ibis"), reply(id, "telegram", "first"), reply(id, "telegram", "second"))
	out := pending(t, s, "telegram")
	if len(out) != 2 {
		t.Fatalf("Pending = %d entries, want 2", len(out))
	}
	for want := 1; want <= 2; want++ {
		if err := s.MarkFailed(ctx, out[0]); err != nil {
			t.Fatal(err)
		}
		got := pending(t, s, "telegram")
		if got[0].Reply.Text != "first" || got[0].Attempts != want || got[0].Seq != out[0].Seq {
			t.Fatalf("after %d failures head = %q attempts %d seq %d", want, got[0].Reply.Text, got[0].Attempts, got[0].Seq)
		}
	}
	if err := s.MarkSent(ctx, "telegram", out[0].Seq); err != nil {
		t.Fatal(err)
	}
	got := pending(t, s, "telegram")
	if len(got) != 1 || got[0].Reply.Text != "second" || got[0].Attempts != 0 {
		t.Fatalf("after MarkSent Pending = %+v", got)
	}
	if err := s.MarkSent(ctx, "telegram", out[0].Seq); err != nil {
		t.Errorf("MarkSent of a sent entry: %v", err)
	}
	if err := s.MarkFailed(ctx, out[0]); err != nil {
		t.Errorf("MarkFailed of a sent entry: %v", err)
	}
	if got := load(t, s, id); got.Profile.Name != "name-ibis" {
		t.Errorf("delivery changed the person: %+v", got.Profile)
	}
}

func TestEnqueueWithoutPerson(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	o := agent.Outgoing{Channel: "matrix", ChatID: "!room:example.org", Reply: agent.Reply{Text: "good morning"}}
	if err := s.Enqueue(ctx, o, o); err != nil {
		t.Fatal(err)
	}
	got := pending(t, s, "matrix")
	if len(got) != 2 || got[0].ChatID != o.ChatID || got[1].Seq <= got[0].Seq {
		t.Fatalf("Pending = %+v", got)
	}
	if err := s.Enqueue(ctx, agent.Outgoing{Reply: agent.Reply{Text: "nowhere"}}); err == nil {
		t.Error("Enqueue without a channel succeeded")
	}
	if got := pending(t, s, "matrix"); len(got) != 2 {
		t.Errorf("a failed Enqueue left %d entries, want 2", len(got))
	}
}

func TestDedupeExpires(t *testing.T) {
	ctx := context.Background()
	s := openT(t, Options{InMemory: true, DedupeTTL: time.Second})
	p := person("telegram:9", "tern")
	commit(t, s, "update-9", p)
	if seen, err := s.Seen(ctx, "update-9"); err != nil || !seen {
		t.Fatalf("Seen right after commit = %v, %v", seen, err)
	}
	waitFor(t, 5*time.Second, "the dedupe key to expire", func() bool {
		seen, err := s.Seen(ctx, "update-9")
		return err == nil && !seen
	})
	if err := s.CommitTurn(ctx, agent.Turn{UpdateID: "update-9", Person: &p}); err != nil {
		t.Errorf("commit after expiry: %v", err)
	}
}
