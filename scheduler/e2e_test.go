package scheduler_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/scheduler"
	"github.com/companion-dev/companion/store"
)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) set(t time.Time) {
	c.mu.Lock()
	c.now = t
	c.mu.Unlock()
}

// platform is a fake chat platform: it hands messages to the agent and
// delivers what the outbox holds, as an adapter would.
type platform struct {
	t     testing.TB
	dir   string
	kb    *knowledge.KB
	clock *clock
	st    *store.Store
	ag    *agent.Agent
	sched *scheduler.Scheduler
	seq   int
	woken chan struct{}

	mu   sync.Mutex
	sent []string // kinds of the nudges the scheduler reported sent
}

func (p *platform) sentKinds() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]string(nil), p.sent...)
}

var policy = agent.NudgePolicy{QuietStart: 21 * 60, QuietEnd: 9 * 60, MaxPerDay: 3, StaleAfter: 6 * time.Hour}

func newPlatform(t testing.TB) *platform {
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := &platform{t: t, dir: t.TempDir(), kb: kb, clock: &clock{now: time.Date(2026, 11, 24, 9, 0, 0, 0, time.UTC)},
		woken: make(chan struct{}, 16)}
	p.open()
	t.Cleanup(func() { p.st.Close() })
	return p
}

func (p *platform) open() {
	st, err := store.Open(store.Options{Dir: p.dir})
	if err != nil {
		p.t.Fatal(err)
	}
	p.st = st
	p.ag = agent.New(agent.Options{Store: st, Guide: p.kb, Clock: p.clock})
	p.sched = scheduler.New(st, p.ag, scheduler.Options{Clock: p.clock, Policy: policy,
		Wake: func() { p.woken <- struct{}{} },
		Sent: func(kind string) {
			p.mu.Lock()
			p.sent = append(p.sent, kind)
			p.mu.Unlock()
		}})
}

func (p *platform) restart() {
	if err := p.st.Close(); err != nil {
		p.t.Fatal(err)
	}
	p.open()
}

func (p *platform) send(text, choice string) []agent.Reply {
	p.t.Helper()
	p.seq++
	m := agent.Message{ID: fmt.Sprintf("fake:%d", p.seq), Channel: "fake", ChatID: "42", Person: "fake:42",
		Text: text, Choice: choice}
	if err := p.ag.Handle(context.Background(), m); err != nil {
		p.t.Fatalf("handle %q: %v", text, err)
	}
	return p.deliver()
}

func (p *platform) deliver() []agent.Reply {
	p.t.Helper()
	ctx := context.Background()
	out, err := p.st.Pending(ctx, "fake", 100)
	if err != nil {
		p.t.Fatal(err)
	}
	var rs []agent.Reply
	for _, o := range out {
		if o.ChatID != "42" {
			p.t.Errorf("reply to chat %q, want 42", o.ChatID)
		}
		rs = append(rs, o.Reply)
		if err := p.st.MarkSent(ctx, "fake", o.Seq); err != nil {
			p.t.Fatal(err)
		}
	}
	return rs
}

func (p *platform) tick() scheduler.Stats {
	p.t.Helper()
	stats, err := p.sched.Tick(context.Background())
	if err != nil {
		p.t.Fatal(err)
	}
	return stats
}

func choiceID(t *testing.T, r agent.Reply, label string) string {
	t.Helper()
	for _, c := range r.Choices {
		if c.Label == label {
			return c.ID
		}
	}
	t.Fatalf("no %q among %+v", label, r.Choices)
	return ""
}

func TestCadenceToDraftEndToEnd(t *testing.T) {
	p := newPlatform(t)
	p.send("remind me to check in with Mum every Sunday", "")
	got := p.send("Berlin", "")
	if len(got) != 1 || !strings.Contains(got[0].Text, "every Sunday at 10:00 (your time: Europe/Berlin) to check in with Mum") {
		t.Fatalf("confirmation: got %+v", got)
	}

	// Saturday: nothing yet.
	p.clock.set(time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC))
	if s := p.tick(); s.Handled != 0 {
		t.Fatalf("early tick: %+v", s)
	}
	// Sunday 10:00 in Berlin.
	p.clock.set(time.Date(2026, 11, 29, 9, 0, 10, 0, time.UTC))
	if s := p.tick(); s.Handled != 1 {
		t.Fatalf("due tick: %+v", s)
	}
	select {
	case <-p.woken:
	default:
		t.Fatal("the scheduler did not wake the outbox senders")
	}
	got = p.deliver()
	if len(got) != 1 || !strings.Contains(got[0].Text, "check in with Mum") {
		t.Fatalf("nudge: got %+v", got)
	}
	nudge := got[0]

	// A restart right after: the nudge is not sent again.
	p.restart()
	if s := p.tick(); s.Handled != 0 {
		t.Fatalf("tick after restart: %+v", s)
	}
	if again := p.deliver(); len(again) != 0 {
		t.Fatalf("after restart: got %+v, want nothing", again)
	}

	got = p.send("", choiceID(t, nudge, "Draft it for me"))
	if len(got) != 1 || !strings.HasPrefix(got[0].Text, "Let's write to Mum.") {
		t.Fatalf("draft it for me: got %+v", got)
	}
	// Answer what the drafting flow asks until a draft comes.
	for i := 0; i < 4 && !got[len(got)-1].Draft; i++ {
		r := got[len(got)-1]
		switch {
		case len(r.Choices) > 0 && r.Choices[0].ID == "tone:warm":
			got = p.send("", "tone:warm")
		case len(r.Choices) > 0 && r.Choices[len(r.Choices)-1].ID == "slot:skip":
			got = p.send("", "slot:skip")
		default:
			t.Fatalf("unexpected question: %+v", r)
		}
	}
	last := got[len(got)-1]
	if !last.Draft || !strings.Contains(last.Text, "Mum") {
		t.Fatalf("got %+v, want a draft addressed to Mum", last)
	}
}

// TestSentCountsNudgesThatWentOut checks that only a nudge put in the
// outbox counts as sent: one dropped as stale (the companion was down for
// hours) does not; next week's goes out and does.
func TestSentCountsNudgesThatWentOut(t *testing.T) {
	p := newPlatform(t)
	p.send("remind me to check in with Mum every Sunday", "")
	p.send("Berlin", "")

	// Sunday 21:30 in Berlin: due since 10:00, too late to send.
	p.clock.set(time.Date(2026, 11, 29, 20, 30, 0, 0, time.UTC))
	if s := p.tick(); s.Handled != 1 || s.Sent != 0 {
		t.Fatalf("late tick: %+v, want 1 handled, 0 sent", s)
	}
	if got := p.deliver(); len(got) != 0 || len(p.sentKinds()) != 0 {
		t.Fatalf("stale: delivered %+v, reported %v; want nothing", got, p.sentKinds())
	}
	// The Sunday after, at 10:00 in Berlin, it goes out.
	p.clock.set(time.Date(2026, 12, 6, 9, 0, 10, 0, time.UTC))
	if s := p.tick(); s.Handled != 1 || s.Sent != 1 {
		t.Fatalf("next week's tick: %+v, want 1 handled, 1 sent", s)
	}
	if got := p.deliver(); len(got) != 1 || !strings.Contains(got[0].Text, "check in with Mum") {
		t.Fatalf("next week: delivered %+v", got)
	}
	if got := p.sentKinds(); len(got) != 1 || got[0] != "contact" {
		t.Errorf("reported sent %v, want [contact]", got)
	}
}
