package store

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
)

// benchPeople is how many people the benchmark's turns rotate through.
const benchPeople = 100

// BenchmarkTurn measures the store's part of one turn: LoadPerson, then
// CommitTurn with the person (about 2 KB of state), two replies and the
// update id: with commits left to the kernel (fast), waiting for the disk
// (durable), and with encryption at rest on top of fast.
func BenchmarkTurn(b *testing.B) {
	for _, bc := range []struct {
		name    string
		durable bool
		key     []byte
	}{{"fast", false, nil}, {"durable", true, nil}, {"encrypted", false, testKey}} {
		b.Run(bc.name, func(b *testing.B) {
			s := openT(b, Options{Dir: b.TempDir(), SyncWrites: bc.durable, EncryptionKey: bc.key})
			ids := seedPeople(b, s)
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				benchTurn(b, s, ids[i%len(ids)], fmt.Sprintf("b%d", i))
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "turns/s")
			data, _ := json.Marshal(load(b, s, ids[0]))
			b.ReportMetric(float64(len(data)), "state_bytes")
		})
	}
}

func seedPeople(tb testing.TB, s *Store) []agent.PersonID {
	ids := make([]agent.PersonID, benchPeople)
	for i := range ids {
		ids[i] = agent.PersonID(fmt.Sprintf("telegram:%d", 100000+i))
		commit(tb, s, fmt.Sprintf("seed%d", i), person(ids[i], fmt.Sprintf("w%d", i)))
	}
	return ids
}

func benchTurn(tb testing.TB, s *Store, id agent.PersonID, update string) {
	ctx := context.Background()
	p, err := s.LoadPerson(ctx, id)
	if err != nil {
		tb.Fatal(err)
	}
	p.Profile.LastSeen = time.Now().UTC()
	p.Flow.Step = update
	err = s.CommitTurn(ctx, agent.Turn{UpdateID: update, Person: &p, Replies: []agent.Outgoing{
		reply(id, "telegram", "Thanks for telling me. Who comes to mind first when you think of someone you miss?"),
		reply(id, "telegram", "Take your time; there is no wrong answer."),
	}})
	if err != nil {
		tb.Fatal(err)
	}
}

// BenchmarkLoadPerson measures reading one person of about 2 KB.
func BenchmarkLoadPerson(b *testing.B) {
	s := openT(b, Options{Dir: b.TempDir()})
	ids := seedPeople(b, s)
	ctx := context.Background()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := s.LoadPerson(ctx, ids[i%len(ids)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTurnParallel runs turns of different people side by side, as a
// busy bot does; Badger then writes (and syncs) concurrent commits together.
func BenchmarkTurnParallel(b *testing.B) {
	for _, bc := range []struct {
		name    string
		durable bool
	}{{"fast", false}, {"durable", true}} {
		b.Run(bc.name, func(b *testing.B) {
			s := openT(b, Options{Dir: b.TempDir(), SyncWrites: bc.durable})
			ids := seedPeople(b, s)
			var next atomic.Int64
			b.SetParallelism(8)
			b.ResetTimer()
			workers := 8 * runtime.GOMAXPROCS(0)
			b.RunParallel(func(pb *testing.PB) {
				// Each goroutine keeps to its own people, as the agent
				// runs one turn per person at a time.
				g := int(next.Add(1)) - 1
				var mine []agent.PersonID
				for j := g % len(ids); j < len(ids); j += workers {
					mine = append(mine, ids[j])
				}
				for i := 0; pb.Next(); i++ {
					benchTurn(b, s, mine[i%len(mine)], fmt.Sprintf("p%d-%d", g, i))
				}
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "turns/s")
		})
	}
}
