package scheduler

import (
	"context"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// fakeStore serves due entries from a slice; Nudge removes them through removeFn.
type fakeStore struct {
	mu      sync.Mutex
	entries []agent.DueEntry
	cursors map[string]string
	reads   int
}

func (f *fakeStore) DueBefore(_ context.Context, t time.Time, limit int) ([]agent.DueEntry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.reads++
	var out []agent.DueEntry
	for _, e := range f.entries {
		if !e.At.After(t) && len(out) < limit {
			out = append(out, e)
		}
	}
	return out, nil
}

func (f *fakeStore) Cursor(_ context.Context, name string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.cursors[name], nil
}

func (f *fakeStore) remove(e agent.DueEntry) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.entries = slices.DeleteFunc(f.entries, func(x agent.DueEntry) bool { return x == e })
}

// fakeNudger records requests; NudgeFn decides the outcome.
type fakeNudger struct {
	mu      sync.Mutex
	got     []agent.NudgeRequest
	NudgeFn func(r agent.NudgeRequest) error
	seen    chan agent.NudgeRequest
}

func (n *fakeNudger) Nudge(_ context.Context, r agent.NudgeRequest) error {
	n.mu.Lock()
	n.got = append(n.got, r)
	n.mu.Unlock()
	if n.seen != nil {
		n.seen <- r
	}
	if n.NudgeFn != nil {
		return n.NudgeFn(r)
	}
	return nil
}

var t0 = time.Date(2026, 11, 29, 9, 0, 0, 0, time.UTC)

func entry(person, reminder, channel, chat string, at time.Time) agent.DueEntry {
	return agent.DueEntry{Person: agent.PersonID(person), Reminder: reminder, At: at, Channel: channel, ChatID: chat}
}

func TestTickHandlesWhatIsDue(t *testing.T) {
	st := &fakeStore{entries: []agent.DueEntry{
		entry("telegram:1", "c1", "telegram", "1", t0.Add(-time.Minute)),
		entry("telegram:2", "c1", "telegram", "2", t0),
		entry("telegram:3", "c1", "telegram", "3", t0.Add(time.Minute)),
	}}
	n := &fakeNudger{}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	woken := 0
	pol := agent.NudgePolicy{QuietStart: 21 * 60, QuietEnd: 9 * 60, MaxPerDay: 3, StaleAfter: 6 * time.Hour}
	s := New(st, n, Options{Clock: &fakeClock{now: t0}, Policy: pol, Wake: func() { woken++ }})
	stats, err := s.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Handled != 2 || woken != 1 {
		t.Fatalf("got %+v and %d wakes, want 2 handled and 1 wake", stats, woken)
	}
	for _, r := range n.got {
		if !r.Now.Equal(t0) || r.Policy != pol || r.Unreachable {
			t.Errorf("request %+v: want now %v, the policy, reachable", r, t0)
		}
	}
	// Nothing more is due: no nudges, no wake.
	if stats, _ := s.Tick(context.Background()); stats.Handled != 0 || woken != 1 {
		t.Fatalf("second tick: got %+v, %d wakes", stats, woken)
	}
}

func TestTickMarksBlockedChats(t *testing.T) {
	st := &fakeStore{
		entries: []agent.DueEntry{
			entry("telegram:1", "c1", "telegram", "1", t0),
			entry("telegram:2", "c1", "telegram", "2", t0),
			entry("matrix:@a:x", "plan", "matrix", "!room:x", t0),
			entry("console:me", "habit", "console", "local", t0),
		},
		cursors: map[string]string{"telegram:blocked:1": "1", "telegram:blocked:2": "", "matrix:left:!room:x": "1"},
	}
	n := &fakeNudger{}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	s := New(st, n, Options{Clock: &fakeClock{now: t0}})
	stats, err := s.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Handled != 4 || stats.Unreachable != 2 {
		t.Fatalf("got %+v, want 4 handled, 2 unreachable", stats)
	}
	want := map[agent.PersonID]bool{"telegram:1": true, "telegram:2": false, "matrix:@a:x": true, "console:me": false}
	for _, r := range n.got {
		if r.Unreachable != want[r.Entry.Person] {
			t.Errorf("%s: unreachable %v, want %v", r.Entry.Person, r.Unreachable, want[r.Entry.Person])
		}
	}
}

func TestTickPagesAndStopsOnFailures(t *testing.T) {
	var es []agent.DueEntry
	for i := range 25 {
		es = append(es, entry("telegram:"+string(rune('a'+i)), "c1", "telegram", "x", t0))
	}
	st := &fakeStore{entries: es}
	n := &fakeNudger{}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	s := New(st, n, Options{Clock: &fakeClock{now: t0}, Batch: 10})
	stats, err := s.Tick(context.Background())
	if err != nil || stats.Handled != 25 {
		t.Fatalf("got %+v, %v; want all 25 handled over pages", stats, err)
	}

	// Entries that keep failing are left for the next tick, not retried in a loop.
	st = &fakeStore{entries: es}
	n = &fakeNudger{NudgeFn: func(agent.NudgeRequest) error { return errors.New("disk full") }}
	s = New(st, n, Options{Clock: &fakeClock{now: t0}, Batch: 10})
	stats, err = s.Tick(context.Background())
	if err != nil || stats.Failed != 10 || st.reads != 1 {
		t.Fatalf("got %+v, %v, %d reads; want 10 failed in one read", stats, err, st.reads)
	}

	// A duplicate is not a failure.
	st = &fakeStore{entries: es[:1]}
	n = &fakeNudger{NudgeFn: func(r agent.NudgeRequest) error { st.remove(r.Entry); return agent.ErrDuplicate }}
	s = New(st, n, Options{Clock: &fakeClock{now: t0}})
	if stats, _ := s.Tick(context.Background()); stats.Failed != 0 || stats.Handled != 0 {
		t.Fatalf("duplicate: got %+v", stats)
	}
}

func TestRunTicksAtStartAndStops(t *testing.T) {
	st := &fakeStore{entries: []agent.DueEntry{entry("telegram:1", "c1", "telegram", "1", t0.Add(-time.Hour))}}
	n := &fakeNudger{seen: make(chan agent.NudgeRequest, 4)}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	clock := &fakeClock{now: t0}
	s := New(st, n, Options{Clock: clock, Interval: 10 * time.Millisecond})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	select {
	case r := <-n.seen:
		if r.Entry.Person != "telegram:1" {
			t.Fatalf("got %+v", r)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the reminder due while down was not handled at start")
	}
	// A reminder that comes due later is picked up by a later tick.
	later := entry("telegram:2", "c1", "telegram", "2", t0.Add(time.Minute))
	st.mu.Lock()
	st.entries = append(st.entries, later)
	st.mu.Unlock()
	clock.mu.Lock()
	clock.now = t0.Add(time.Minute)
	clock.mu.Unlock()
	select {
	case r := <-n.seen:
		if r.Entry != later {
			t.Fatalf("got %+v, want the later one", r)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a later tick did not run")
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Run returned %v, want nil on cancel", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Run did not stop")
	}
}

// reportingNudger is a fakeNudger that also says what it did.
type reportingNudger struct {
	fakeNudger
	ReportFn func(r agent.NudgeRequest) agent.NudgeResult
}

func (n *reportingNudger) NudgeReport(ctx context.Context, r agent.NudgeRequest) (agent.NudgeResult, error) {
	err := n.Nudge(ctx, r)
	return n.ReportFn(r), err
}

func TestSentReportsKinds(t *testing.T) {
	st := &fakeStore{entries: []agent.DueEntry{
		entry("telegram:1", "plan", "telegram", "1", t0),
		entry("telegram:2", "c1", "telegram", "2", t0),
		entry("telegram:3", "habit", "telegram", "3", t0),
	}}
	n := &reportingNudger{}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	n.ReportFn = func(r agent.NudgeRequest) agent.NudgeResult {
		// The habit prompt is held back (quiet hours, say); the others go out.
		kind := map[string]string{"plan": "plan", "c1": "contact", "habit": "habit"}[r.Entry.Reminder]
		return agent.NudgeResult{Kind: kind, Sent: kind != "habit"}
	}
	var sent []string
	s := New(st, n, Options{Clock: &fakeClock{now: t0}, Sent: func(kind string) { sent = append(sent, kind) }})
	stats, err := s.Tick(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Handled != 3 || stats.Sent != 2 {
		t.Errorf("got %+v, want 3 handled, 2 sent", stats)
	}
	slices.Sort(sent)
	if !slices.Equal(sent, []string{"contact", "plan"}) {
		t.Errorf("Sent called with %v, want contact and plan", sent)
	}
}

func TestSentUnknownWithoutReporter(t *testing.T) {
	st := &fakeStore{entries: []agent.DueEntry{entry("telegram:1", "plan", "telegram", "1", t0)}}
	n := &fakeNudger{}
	n.NudgeFn = func(r agent.NudgeRequest) error { st.remove(r.Entry); return nil }
	calls := 0
	s := New(st, n, Options{Clock: &fakeClock{now: t0}, Sent: func(string) { calls++ }})
	stats, err := s.Tick(context.Background())
	if err != nil || stats.Handled != 1 || stats.Sent != 0 || calls != 0 {
		t.Errorf("got %+v, %v and %d Sent calls; want 1 handled and nothing reported sent", stats, err, calls)
	}
}
