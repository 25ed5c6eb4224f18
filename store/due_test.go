package store

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/pb"
	"github.com/dgraph-io/ristretto/v2/z"

	"github.com/companion-dev/companion/agent"
)

func dueAt(id agent.PersonID, reminder string, at time.Time) agent.DueEntry {
	return agent.DueEntry{Person: id, Reminder: reminder, At: at, Channel: "telegram", ChatID: "chat-" + string(id)}
}

func dueBefore(t testing.TB, s *Store, at time.Time) []agent.DueEntry {
	t.Helper()
	es, err := s.DueBefore(context.Background(), at, 100)
	if err != nil {
		t.Fatalf("due before: %v", err)
	}
	return es
}

func commitDue(t testing.TB, s *Store, update string, p agent.Person, due, undue []agent.DueEntry) {
	t.Helper()
	err := s.CommitTurn(context.Background(), agent.Turn{UpdateID: update, Person: &p, Due: due, Undue: undue})
	if err != nil {
		t.Fatalf("commit %s: %v", update, err)
	}
}

func TestDueBeforeIsOrderedAndBounded(t *testing.T) {
	s := memStore(t)
	ana, tom := agent.PersonID("telegram:ana"), agent.PersonID("telegram:tom")
	commitDue(t, s, "u1", person(ana, "ana"), []agent.DueEntry{dueAt(ana, "c1", day.Add(2*time.Hour)), dueAt(ana, "plan", day)}, nil)
	commitDue(t, s, "u2", person(tom, "tom"), []agent.DueEntry{dueAt(tom, "c1", day.Add(time.Hour))}, nil)

	tests := []struct {
		at   time.Time
		want []string
	}{
		{day.Add(-time.Second), nil},
		{day, []string{"telegram:ana/plan"}},
		{day.Add(time.Hour), []string{"telegram:ana/plan", "telegram:tom/c1"}},
		{day.Add(5 * time.Hour), []string{"telegram:ana/plan", "telegram:tom/c1", "telegram:ana/c1"}},
	}
	for _, tt := range tests {
		var got []string
		for _, e := range dueBefore(t, s, tt.at) {
			got = append(got, string(e.Person)+"/"+e.Reminder)
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("due before %v: got %v, want %v", tt.at.Sub(day), got, tt.want)
		}
	}
	es, err := s.DueBefore(context.Background(), day.Add(5*time.Hour), 2)
	if err != nil || len(es) != 2 {
		t.Fatalf("limit 2: got %d entries, %v", len(es), err)
	}
	if got := dueBefore(t, s, day)[0]; got.ChatID != "chat-telegram:ana" || got.Channel != "telegram" {
		t.Errorf("entry: got %+v, want its channel and chat back", got)
	}
}

func TestDueMovesAndUndue(t *testing.T) {
	s := memStore(t)
	ana := agent.PersonID("telegram:ana")
	first := dueAt(ana, "c1", day)
	commitDue(t, s, "u1", person(ana, "ana"), []agent.DueEntry{first}, nil)
	// A new time for the same reminder replaces the old one even when the
	// old one is not named.
	moved := dueAt(ana, "c1", day.Add(24*time.Hour))
	commitDue(t, s, "u2", person(ana, "ana"), []agent.DueEntry{moved}, nil)
	if es := dueBefore(t, s, day.Add(48*time.Hour)); len(es) != 1 || !es[0].At.Equal(moved.At) {
		t.Fatalf("after a move: got %+v, want only the new time", es)
	}
	commitDue(t, s, "u3", person(ana, "ana"), nil, []agent.DueEntry{moved})
	if es := dueBefore(t, s, day.Add(48*time.Hour)); len(es) != 0 {
		t.Fatalf("after undue: got %+v", es)
	}
	// A duplicate turn writes nothing.
	err := s.CommitTurn(context.Background(), agent.Turn{UpdateID: "u3", Due: []agent.DueEntry{first}})
	if err != agent.ErrDuplicate {
		t.Fatalf("duplicate: got %v", err)
	}
	if es := dueBefore(t, s, day.Add(48*time.Hour)); len(es) != 0 {
		t.Fatalf("after a duplicate: got %+v", es)
	}
}

func TestForgetErasesDueEntries(t *testing.T) {
	for _, how := range []string{"ForgetPerson", "turn"} {
		t.Run(how, func(t *testing.T) {
			s := openT(t, Options{Dir: t.TempDir()})
			ana, tom := agent.PersonID("telegram:ana-secret-id"), agent.PersonID("telegram:tom")
			commitDue(t, s, "u1", person(ana, "ana"), []agent.DueEntry{dueAt(ana, "c1", day), dueAt(ana, "habit", day.Add(time.Hour))}, nil)
			commitDue(t, s, "u2", person(tom, "tom"), []agent.DueEntry{dueAt(tom, "c1", day)}, nil)
			for _, kv := range rawScan(t, s) {
				if bytes.Contains(kv, []byte("ana-secret-id")) {
					t.Fatalf("a raw key or value shows the person id: %q", kv)
				}
			}
			var err error
			if how == "ForgetPerson" {
				err = s.ForgetPerson(context.Background(), ana)
			} else {
				err = s.CommitTurn(context.Background(), agent.Turn{UpdateID: "u3", Forget: ana})
			}
			if err != nil {
				t.Fatal(err)
			}
			es := dueBefore(t, s, day.Add(time.Hour))
			if len(es) != 1 || es[0].Person != tom {
				t.Fatalf("after forgetting ana: got %+v, want only tom's", es)
			}
			n := 0
			s.db.View(func(txn *badger.Txn) error {
				it := txn.NewIterator(badger.IteratorOptions{Prefix: []byte(prefixDueOwner)})
				defer it.Close()
				for it.Rewind(); it.Valid(); it.Next() {
					n++
				}
				return nil
			})
			if n != 1 {
				t.Errorf("owner index: got %d entries, want 1 (tom's)", n)
			}
		})
	}
}

// loadDueIndex writes people's data keys and reminders straight into a new
// store, as years of use would leave them, through Badger's stream writer
// (sorted bulk ingestion); due times are spread evenly over spread.
func loadDueIndex(b *testing.B, s *Store, people, perPerson int, spread time.Duration, start time.Time) {
	b.Helper()
	keys := make(map[personHash]*dataKey, people)
	ids := make([]agent.PersonID, people)
	hashes := make([]personHash, people)
	for i := range people {
		ids[i] = agent.PersonID(fmt.Sprintf("telegram:%d", 1000000+i))
		hashes[i] = s.keys.personHash(ids[i])
		k, err := newDataKey()
		if err != nil {
			b.Fatal(err)
		}
		keys[hashes[i]] = k
	}
	if err := s.keys.set(s.keys.secret, keys); err != nil {
		b.Fatal(err)
	}
	b.Logf("heap in use with %d people's data keys: %.1f MB", people, heapMB())
	type kv struct{ k, v []byte }
	owners := make([]kv, 0, people*perPerson)
	dues := make([]kv, 0, people*perPerson)
	step := spread / time.Duration(people*perPerson)
	// Reminder-major order makes due times, and so t/ keys, ascending.
	for r := range perPerson {
		for i := range people {
			at := start.Add(time.Duration(r*people+i) * step)
			e := agent.DueEntry{Person: ids[i], Reminder: fmt.Sprintf("c%d", r+1), At: at, Channel: "telegram", ChatID: string(ids[i])}
			key := dueKey(at.Unix(), hashes[i], e.Reminder)
			plain, err := json.Marshal(e)
			if err != nil {
				b.Fatal(err)
			}
			dues = append(dues, kv{key, seal(keys[hashes[i]], key, plain)})
			owners = append(owners, kv{dueOwnerKey(hashes[i], e.Reminder), key[len(prefixDue) : len(prefixDue)+8]})
		}
	}
	slices.SortFunc(owners, func(a, b kv) int { return bytes.Compare(a.k, b.k) })
	sw := s.db.NewStreamWriter()
	if err := sw.Prepare(); err != nil {
		b.Fatal(err)
	}
	buf := z.NewBuffer(64<<20, "due-bench")
	defer buf.Release()
	for _, part := range [][]kv{owners, dues} { // r/ sorts before t/
		for _, e := range part {
			badger.KVToBuffer(&pb.KV{Key: e.k, Value: e.v, Version: 1}, buf)
			if buf.LenNoPadding() > 32<<20 {
				if err := sw.Write(buf); err != nil {
					b.Fatal(err)
				}
				buf.Reset()
			}
		}
	}
	if err := sw.Write(buf); err != nil {
		b.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkDueIndex measures the scheduler's view of a large index: 100,000
// people with 10 reminders each (1,000,000 entries) spread over 30 days, so
// about 12 come due every 30 s.
//
//   - tick: a tick as the scheduler runs it — read what is due from the
//     start of the index, then delete it (as each nudge's turn does); the
//     clock moves on 30 s per op.
//   - after-downtime: the first tick after an hour down, about 1,400 due.
//   - tick-empty: a tick with nothing due.
func BenchmarkDueIndex(b *testing.B) {
	const people, perPerson = 100_000, 10
	spread := 30 * 24 * time.Hour
	start := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	s := openT(b, Options{Dir: b.TempDir()})
	setup := time.Now()
	loadDueIndex(b, s, people, perPerson, spread, start)
	b.Logf("loaded %d entries in %v", people*perPerson, time.Since(setup).Round(time.Millisecond))
	b.Logf("heap in use after loading the index: %.1f MB", heapMB())
	ctx := context.Background()
	consume := func(b *testing.B, es []agent.DueEntry) {
		err := s.update(ctx, func(txn *badger.Txn) error {
			return s.applyDue(txn, agent.Turn{Undue: es})
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	b.Run("tick-empty", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.DueBefore(ctx, start.Add(-time.Second), 100); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("after-downtime", func(b *testing.B) {
		found := 0
		for b.Loop() {
			es, err := s.DueBefore(ctx, start.Add(time.Hour), 5000)
			if err != nil {
				b.Fatal(err)
			}
			found += len(es)
		}
		b.ReportMetric(float64(found)/float64(b.N), "entries/op")
	})
	b.Run("tick", func(b *testing.B) {
		now := start
		found := 0
		for b.Loop() {
			now = now.Add(30 * time.Second)
			es, err := s.DueBefore(ctx, now, 5000)
			if err != nil {
				b.Fatal(err)
			}
			consume(b, es)
			found += len(es)
		}
		b.ReportMetric(float64(found)/float64(b.N), "entries/op")
	})
	b.Logf("heap in use at the end: %.1f MB", heapMB())
}

// heapMB returns the live heap after a collection, in megabytes.
func heapMB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapInuse) / (1 << 20)
}
