package store

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dgraph-io/badger/v4"

	"github.com/companion-dev/companion/agent"
)

func TestLoadPersonUnknown(t *testing.T) {
	s := memStore(t)
	got := load(t, s, "telegram:1")
	if want := (agent.Person{ID: "telegram:1"}); mustJSON(t, got) != mustJSON(t, want) {
		t.Errorf("LoadPerson of a stranger = %s, want %s", mustJSON(t, got), mustJSON(t, want))
	}
}

func TestCommitTurnRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts func(t *testing.T) Options
	}{
		{"memory", func(t *testing.T) Options { return Options{InMemory: true} }},
		{"disk", func(t *testing.T) Options { return Options{Dir: t.TempDir()} }},
		{"disk encrypted", func(t *testing.T) Options { return Options{Dir: t.TempDir(), EncryptionKey: testKey} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openT(t, tc.opts(t))
			want := person("telegram:7", "heron")
			commit(t, s, "u1", want, reply(want.ID, "telegram", "hello"))
			if got := load(t, s, want.ID); mustJSON(t, got) != mustJSON(t, want) {
				t.Errorf("LoadPerson = %s\nwant %s", mustJSON(t, got), mustJSON(t, want))
			}
			// A second turn that empties lists must not leave the old ones behind.
			want.Reflections, want.Drafts, want.Contacts = nil, nil, nil
			want.Flow = agent.Flow{}
			commit(t, s, "u2", want)
			if got := load(t, s, want.ID); mustJSON(t, got) != mustJSON(t, want) {
				t.Errorf("after emptying, LoadPerson = %s\nwant %s", mustJSON(t, got), mustJSON(t, want))
			}
		})
	}
}

func TestCommitTurnNilPersonKeepsState(t *testing.T) {
	s := memStore(t)
	p := person("telegram:7", "kestrel")
	commit(t, s, "u1", p)
	if err := s.CommitTurn(context.Background(), agent.Turn{UpdateID: "u2", Replies: []agent.Outgoing{reply(p.ID, "telegram", "only a reply")}}); err != nil {
		t.Fatal(err)
	}
	if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
		t.Errorf("a turn without a person changed them: %s", mustJSON(t, got))
	}
	if got := pending(t, s, "telegram"); len(got) != 1 || got[0].Reply.Text != "only a reply" {
		t.Errorf("Pending = %+v, want the one reply", got)
	}
}

func TestCommitTurnDuplicate(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	first := person("telegram:7", "otter")
	commit(t, s, "update-1", first, reply(first.ID, "telegram", "first"))

	second := person("telegram:7", "badger")
	err := s.CommitTurn(ctx, agent.Turn{UpdateID: "update-1", Person: &second,
		Replies: []agent.Outgoing{reply(first.ID, "telegram", "second")}})
	if !errors.Is(err, agent.ErrDuplicate) {
		t.Fatalf("second commit of update-1: err = %v, want ErrDuplicate", err)
	}
	if got := load(t, s, first.ID); mustJSON(t, got) != mustJSON(t, first) {
		t.Errorf("duplicate changed the person to %s", mustJSON(t, got))
	}
	if got := pending(t, s, "telegram"); len(got) != 1 || got[0].Reply.Text != "first" {
		t.Errorf("Pending = %+v, want only the first reply", got)
	}
	for _, tc := range []struct {
		id   string
		want bool
	}{{"update-1", true}, {"update-2", false}} {
		if got, err := s.Seen(ctx, tc.id); err != nil || got != tc.want {
			t.Errorf("Seen(%s) = %v, %v; want %v", tc.id, got, err, tc.want)
		}
	}
	// No update id: never deduplicated.
	for i := 0; i < 2; i++ {
		if err := s.CommitTurn(ctx, agent.Turn{Person: &first}); err != nil {
			t.Errorf("commit without update id #%d: %v", i, err)
		}
	}
}

func TestCommitTurnAtomic(t *testing.T) {
	ctx := context.Background()
	before := person("telegram:7", "lynx")
	after := person("telegram:7", "puffin")
	for _, tc := range []struct {
		name  string
		setup func(s *Store) (context.Context, agent.Turn)
		want  error
	}{
		{"transaction too big", func(s *Store) (context.Context, agent.Turn) {
			// Together the replies pass Badger's limit on the entries of
			// one transaction partway through it.
			var many []agent.Outgoing
			for i := 0; i < 10000; i++ {
				many = append(many, reply(after.ID, "telegram", strings.Repeat("x", 50)))
			}
			return ctx, agent.Turn{UpdateID: "u2", Person: &after, Replies: many}
		}, badger.ErrTxnTooBig},
		{"cancelled before commit", func(s *Store) (context.Context, agent.Turn) {
			cctx, cancel := context.WithCancel(ctx)
			s.commitHook = cancel
			return cctx, agent.Turn{UpdateID: "u2", Person: &after,
				Replies: []agent.Outgoing{reply(after.ID, "telegram", "fits")}}
		}, context.Canceled},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openT(t, Options{Dir: t.TempDir()})
			commit(t, s, "u1", before, reply(before.ID, "telegram", "hi"))
			cctx, turn := tc.setup(s)
			if err := s.CommitTurn(cctx, turn); !errors.Is(err, tc.want) {
				t.Fatalf("CommitTurn: err = %v, want %v", err, tc.want)
			}
			s.commitHook = nil
			if got := load(t, s, before.ID); mustJSON(t, got) != mustJSON(t, before) {
				t.Errorf("failed turn changed the person to %s", mustJSON(t, got))
			}
			if got := pending(t, s, "telegram"); len(got) != 1 || got[0].Reply.Text != "hi" {
				t.Errorf("Pending = %d entries, want only the first turn's reply", len(got))
			}
			if seen, _ := s.Seen(ctx, "u2"); seen {
				t.Error("failed turn marked its update as seen")
			}
			// The same update can be committed once the failure is gone.
			commit(t, s, "u2", after)
			if got := load(t, s, after.ID); mustJSON(t, got) != mustJSON(t, after) {
				t.Errorf("retry: LoadPerson = %s", mustJSON(t, got))
			}
		})
	}
}

func TestConcurrentTurns(t *testing.T) {
	ctx := context.Background()
	s := openT(t, Options{Dir: t.TempDir()})
	const workers, turns = 8, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers*turns)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := agent.PersonID(fmt.Sprintf("matrix:@p%d:example.org", w))
			for i := 0; i < turns; i++ {
				p, err := s.LoadPerson(ctx, id)
				if err != nil {
					errs <- err
					return
				}
				p.Plan.Done = append(p.Plan.Done, i)
				err = s.CommitTurn(ctx, agent.Turn{UpdateID: fmt.Sprintf("%d-%d", w, i), Person: &p,
					Replies: []agent.Outgoing{reply(id, "matrix", fmt.Sprintf("%d", i))}})
				if err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatalf("concurrent turn: %v", err)
	}
	for w := 0; w < workers; w++ {
		id := agent.PersonID(fmt.Sprintf("matrix:@p%d:example.org", w))
		if got := len(load(t, s, id).Plan.Done); got != turns {
			t.Errorf("%s has %d turns saved, want %d", id, got, turns)
		}
	}
	out := pending(t, s, "matrix")
	if len(out) != workers*turns {
		t.Fatalf("Pending has %d entries, want %d", len(out), workers*turns)
	}
	last := map[agent.PersonID]int{}
	for i, o := range out {
		if i > 0 && o.Seq <= out[i-1].Seq {
			t.Fatalf("seq %d after %d: not increasing", o.Seq, out[i-1].Seq)
		}
		var n int
		fmt.Sscan(o.Reply.Text, &n)
		if prev, ok := last[o.Person]; ok && n != prev+1 {
			t.Errorf("%s: reply %d after %d", o.Person, n, prev)
		}
		last[o.Person] = n
	}
	people, err := s.People(ctx)
	if err != nil || len(people) != workers {
		t.Errorf("People = %v, %v; want %d people", people, err, workers)
	}
}

func TestReopenKeepsEverything(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir, SyncWrites: true})
	if err != nil {
		t.Fatal(err)
	}
	p := person("telegram:7", "wren")
	commit(t, s, "u1", p, reply(p.ID, "telegram", "one"), reply(p.ID, "telegram", "two"))
	if err := s.SetCursor(ctx, "telegram.offset", "1234"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetSecret(ctx, "matrix.token", "syt_secret"); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = openT(t, Options{Dir: dir})
	if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
		t.Errorf("after reopen LoadPerson = %s", mustJSON(t, got))
	}
	if got := pending(t, s, "telegram"); len(got) != 2 || got[0].Reply.Text != "one" || got[1].Reply.Text != "two" {
		t.Errorf("after reopen Pending = %+v", got)
	}
	if seen, err := s.Seen(ctx, "u1"); err != nil || !seen {
		t.Errorf("after reopen Seen(u1) = %v, %v", seen, err)
	}
	if got, _ := s.Cursor(ctx, "telegram.offset"); got != "1234" {
		t.Errorf("Cursor = %q", got)
	}
	if got, _ := s.Secret(ctx, "matrix.token"); got != "syt_secret" {
		t.Errorf("Secret = %q", got)
	}
}

func TestCursorsAndSecrets(t *testing.T) {
	ctx := context.Background()
	s := memStore(t)
	for _, name := range []string{"telegram.offset", "matrix.token"} {
		if got, err := s.Cursor(ctx, name); err != nil || got != "" {
			t.Errorf("unset Cursor(%s) = %q, %v", name, got, err)
		}
		if got, err := s.Secret(ctx, name); err != nil || got != "" {
			t.Errorf("unset Secret(%s) = %q, %v", name, got, err)
		}
	}
	if err := s.SetCursor(ctx, "telegram.offset", "41"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCursor(ctx, "telegram.offset", "42"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Cursor(ctx, "telegram.offset"); got != "42" {
		t.Errorf("Cursor = %q, want 42", got)
	}
	if err := s.SetSecret(ctx, "matrix.token", "syt_zebra_token"); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Secret(ctx, "matrix.token"); got != "syt_zebra_token" {
		t.Errorf("Secret = %q", got)
	}
	for _, kv := range rawScan(t, s) {
		if bytes.Contains(kv, []byte("syt_zebra_token")) {
			t.Error("a secret is stored in plain text")
		}
	}
	if err := s.SetSecret(ctx, "matrix.token", ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Secret(ctx, "matrix.token"); got != "" {
		t.Errorf("deleted Secret = %q", got)
	}
}

func TestClosed(t *testing.T) {
	ctx := context.Background()
	s, err := Open(Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	p := person("telegram:1", "x")
	calls := map[string]error{
		"LoadPerson": func() error { _, err := s.LoadPerson(ctx, "telegram:1"); return err }(),
		"CommitTurn": s.CommitTurn(ctx, agent.Turn{Person: &p}),
		"Pending":    func() error { _, err := s.Pending(ctx, "telegram", 1); return err }(),
		"SetCursor":  s.SetCursor(ctx, "a", "b"),
		"Backup":     s.Backup(&bytes.Buffer{}),
		"Forget":     s.ForgetPerson(ctx, "telegram:1"),
	}
	for name, err := range calls {
		if !errors.Is(err, ErrClosed) {
			t.Errorf("%s after Close: err = %v, want ErrClosed", name, err)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts Options
		want error
	}{
		{"no dir", Options{}, ErrNoDir},
		{"short key", Options{InMemory: true, EncryptionKey: []byte("short")}, ErrInvalidKey},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Open(tc.opts); !errors.Is(err, tc.want) {
				t.Errorf("Open: err = %v, want %v", err, tc.want)
			}
		})
	}
}

func TestOpenWithoutKeyFile(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(Options{Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	commit(t, s, "u1", person("telegram:1", "moth"))
	s.Close()
	if err := os.Remove(filepath.Join(dir, keyFileName)); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(Options{Dir: dir}); !errors.Is(err, ErrKeyFileMissing) {
		t.Errorf("Open without key file: err = %v, want ErrKeyFileMissing", err)
	}
}

func TestLargeValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts func(t *testing.T) Options
	}{
		{"memory", func(t *testing.T) Options { return Options{InMemory: true} }},
		{"disk", func(t *testing.T) Options { return Options{Dir: t.TempDir()} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openT(t, tc.opts(t))
			p := person("matrix:@long:example.org", "walrus")
			for i := range 40 {
				p.Reflections = append(p.Reflections, agent.Reflection{Journey: "matter",
					Answers: []string{strings.Repeat(fmt.Sprintf("answer %d ", i), 500)}, At: day})
			}
			long := strings.Repeat("a long reply. ", 300)
			commit(t, s, "u1", p, reply(p.ID, "matrix", long))
			if got := load(t, s, p.ID); mustJSON(t, got) != mustJSON(t, p) {
				t.Errorf("LoadPerson of a large person differs (%d reflections)", len(got.Reflections))
			}
			if got := pending(t, s, "matrix"); len(got) != 1 || got[0].Reply.Text != long {
				t.Errorf("a long reply did not come back whole")
			}
		})
	}
}

func TestTooLargeValueIsRefusedPlainly(t *testing.T) {
	s := memStore(t)
	p := person("telegram:1", "narwhal")
	p.Reflections[0].Answers[0] = strings.Repeat("secret words ", 200000)
	err := s.CommitTurn(context.Background(), agent.Turn{Person: &p})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if len(err.Error()) > 200 {
		t.Errorf("error carries %d bytes; want a short message without the value", len(err.Error()))
	}
}
