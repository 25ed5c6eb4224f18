package agent_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// TestRateLimitPerPerson: past the limit a person is told once to slow
// down, other people are unaffected, and a minute later all is well again.
func TestRateLimitPerPerson(t *testing.T) {
	clock := &fakeClock{now: time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)}
	ag, st := newMemAgent(t, agent.Options{Clock: clock, MessagesPerMinute: 3})
	ctx := context.Background()
	n := 0
	send := func(person string) []agent.Reply {
		t.Helper()
		n++
		m := agent.Message{ID: fmt.Sprint("rl:", n), Channel: "test", ChatID: person, Person: agent.PersonID("test:" + person), Text: "hello"}
		if err := ag.Handle(ctx, m); err != nil {
			t.Fatal(err)
		}
		pending, err := st.Pending(ctx, "test", 100)
		if err != nil {
			t.Fatal(err)
		}
		var out []agent.Reply
		for _, o := range pending {
			if o.ChatID == person {
				out = append(out, o.Reply)
			}
			st.MarkSent(ctx, "test", o.Seq)
		}
		return out
	}
	for i := range 3 {
		if rs := send("fast"); len(rs) == 0 || strings.Contains(rs[0].Text, "a lot of messages") {
			t.Fatalf("message %d within the limit: %v", i+1, rs)
		}
	}
	if rs := send("fast"); len(rs) != 1 || !strings.Contains(rs[0].Text, "a lot of messages") {
		t.Fatalf("first message over the limit: got %v, want one slow-down reply", rs)
	}
	if rs := send("fast"); len(rs) != 0 {
		t.Fatalf("second message over the limit: got %v, want silence", rs)
	}
	if rs := send("calm"); len(rs) == 0 || strings.Contains(rs[0].Text, "a lot of messages") {
		t.Fatalf("another person was limited too: %v", rs)
	}
	clock.now = clock.now.Add(time.Minute)
	if rs := send("fast"); len(rs) == 0 || strings.Contains(rs[0].Text, "a lot of messages") {
		t.Fatalf("a minute later: %v", rs)
	}
}
