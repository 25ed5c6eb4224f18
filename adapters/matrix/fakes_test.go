package matrix

import (
	"context"
	"sort"
	"sync"

	"github.com/companion-dev/companion/agent"
)

// memStore is an in-memory Store with the same contract as store.Store.
type memStore struct {
	mu        sync.Mutex
	seq       uint64
	outbox    []agent.Outgoing
	cursors   map[string]string
	secrets   map[string]string
	processed map[string]bool
	sent      []uint64
	failed    map[uint64]int
}

var _ Store = (*memStore)(nil)

func newMemStore() *memStore {
	return &memStore{
		cursors:   map[string]string{},
		secrets:   map[string]string{},
		processed: map[string]bool{},
		failed:    map[uint64]int{},
	}
}

// commit is a turn's commit: dedupe by id, replies into the outbox.
func (s *memStore) commit(updateID string, replies ...agent.Outgoing) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if updateID != "" && s.processed[updateID] {
		return agent.ErrDuplicate
	}
	if updateID != "" {
		s.processed[updateID] = true
	}
	for _, r := range replies {
		s.seq++
		r.Seq = s.seq
		s.outbox = append(s.outbox, r)
	}
	return nil
}

func (s *memStore) Pending(_ context.Context, channel string, limit int) ([]agent.Outgoing, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []agent.Outgoing
	for _, o := range s.outbox {
		if o.Channel == channel && len(out) < limit {
			o.Attempts = s.failed[o.Seq]
			out = append(out, o)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

func (s *memStore) MarkSent(_ context.Context, _ string, seq uint64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, o := range s.outbox {
		if o.Seq == seq {
			s.outbox = append(s.outbox[:i], s.outbox[i+1:]...)
			s.sent = append(s.sent, seq)
			break
		}
	}
	return nil
}

func (s *memStore) MarkFailed(_ context.Context, o agent.Outgoing) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failed[o.Seq]++
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

func (s *memStore) Secret(_ context.Context, name string) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.secrets[name], nil
}

func (s *memStore) SetSecret(_ context.Context, name, value string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.secrets[name] = value
	return nil
}

func (s *memStore) pendingCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.outbox)
}

// turnerFunc adapts a function to Turner.
type turnerFunc func(ctx context.Context, m agent.Message) error

func (f turnerFunc) Handle(ctx context.Context, m agent.Message) error {
	if f == nil {
		return nil
	}
	return f(ctx, m)
}
