package telegram

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/internal/logbuf"
	"golang.org/x/time/rate"
)

// memStore is an in-memory Store with the agent's turn semantics (dedupe
// by update id, replies appended to an outbox).
type memStore struct {
	mu        sync.Mutex
	seq       uint64
	outbox    []agent.Outgoing // append-only; head skips the delivered prefix
	head      int
	done      map[uint64]bool
	sent      []uint64
	failed    []agent.Outgoing
	cursors   map[string]string
	processed map[string]bool
}

func newMemStore() *memStore {
	return &memStore{cursors: map[string]string{}, processed: map[string]bool{}, done: map[uint64]bool{}}
}

// commit records a turn: ErrDuplicate when id was seen.
func (s *memStore) commit(id string, replies ...agent.Outgoing) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if id != "" && s.processed[id] {
		return agent.ErrDuplicate
	}
	s.processed[id] = true
	for _, o := range replies {
		s.seq++
		o.Seq, o.Channel = s.seq, Channel
		s.outbox = append(s.outbox, o)
	}
	return nil
}

func (s *memStore) Pending(_ context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for s.head < len(s.outbox) && s.done[s.outbox[s.head].Seq] {
		s.head++
	}
	var out []agent.Outgoing
	for _, o := range s.outbox[s.head:] {
		if len(out) == limit {
			break
		}
		if o.Channel == channel && !s.done[o.Seq] {
			out = append(out, o)
		}
	}
	return out, nil
}

func (s *memStore) MarkSent(_ context.Context, _ string, seq uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if seq > 0 && seq <= s.seq && !s.done[seq] {
		s.done[seq] = true
		s.sent = append(s.sent, seq)
	}
	return nil
}

func (s *memStore) MarkFailed(_ context.Context, o agent.Outgoing) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failed = append(s.failed, o)
	for i := s.head; i < len(s.outbox); i++ {
		if s.outbox[i].Seq == o.Seq {
			s.outbox[i].Attempts = o.Attempts
		}
	}
	return nil
}

func (s *memStore) Cursor(_ context.Context, name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cursors[name], nil
}

func (s *memStore) SetCursor(_ context.Context, name, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cursors[name] = value
	return nil
}

func (s *memStore) cursor(name string) string {
	v, _ := s.Cursor(context.Background(), name)
	return v
}

func (s *memStore) state() (pending int, sent []uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.outbox) - len(s.done), append([]uint64(nil), s.sent...)
}

// fakeTurner is a Turner whose behaviour is HandleFn; it records messages.
type fakeTurner struct {
	HandleFn func(ctx context.Context, m agent.Message) error

	mu   sync.Mutex
	got  []agent.Message
	seen chan agent.Message
}

func newFakeTurner(fn func(ctx context.Context, m agent.Message) error) *fakeTurner {
	return &fakeTurner{HandleFn: fn, seen: make(chan agent.Message, 1000)}
}

func (f *fakeTurner) Handle(ctx context.Context, m agent.Message) error {
	f.mu.Lock()
	f.got = append(f.got, m)
	f.mu.Unlock()
	select {
	case f.seen <- m:
	default: // nobody is watching (benchmarks); the record in got remains
	}
	if f.HandleFn == nil {
		return nil
	}
	return f.HandleFn(ctx, m)
}

func (f *fakeTurner) messages() []agent.Message {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]agent.Message(nil), f.got...)
}

// next waits for the next message the turner sees.
func (f *fakeTurner) next(t *testing.T) agent.Message {
	t.Helper()
	select {
	case m := <-f.seen:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("turner saw no message within 5s")
		return agent.Message{}
	}
}

// echoTurner commits one reply per message: "echo: <text>" (or the choice).
func echoTurner(st *memStore) *fakeTurner {
	return newFakeTurner(func(_ context.Context, m agent.Message) error {
		text := "echo: " + m.Text
		if m.Choice != "" {
			text = "picked " + m.Choice
		}
		if m.NonText != "" {
			text = "got a " + m.NonText
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Person: m.Person, ReplyTo: m.ReplyTo,
			Reply: agent.Reply{Text: text}})
	})
}

// syncBuffer is a buffer safe for a writer and a reader at once.
type syncBuffer = logbuf.Buffer

// testOptions are fast options for srv: short poll, quick retries, no pacing.
func testOptions(srv *telegramtest.Server, log io.Writer) Options {
	if log == nil {
		log = io.Discard
	}
	return Options{
		Token:       srv.Token(),
		APIURL:      srv.URL(),
		PollTimeout: time.Second,
		Logger:      slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Retry:       Backoff{Min: 20 * time.Millisecond, Max: 200 * time.Millisecond},
		TurnRetry:   Backoff{Min: 20 * time.Millisecond, Max: 100 * time.Millisecond},
		Limits:      Limits{PerChat: rate.Inf, Global: rate.Inf, PerGroup: rate.Inf},
	}
}

// start runs an adapter until the test ends and checks that Run returned nil.
func start(t *testing.T, opts Options, turner Turner, st Store) *Adapter {
	t.Helper()
	a, err := New(opts, turner, st)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	lifecycletest.Run(t, 10*time.Second, a.Run)
	return a
}

// waitFor polls cond until it holds or 5s pass. It is for state outside
// the fake server (the store), which has no change notification.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		<-tick.C
	}
}

func chatStr(id int64) string { return strconv.FormatInt(id, 10) }

func sortedSeqs(s []uint64) []uint64 {
	out := append([]uint64(nil), s...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

var errBoom = errors.New("boom")

// inf is an unlimited rate, for tests and benchmarks that measure speed.
const inf = rate.Inf
