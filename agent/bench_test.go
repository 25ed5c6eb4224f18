package agent_test

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/knowledge"
	"github.com/companion-dev/companion/store"
)

// script is one person's side of a realistic conversation, repeated.
var script = []string{
	"can you help me write to Sam? we were close in college but haven't talked in about a year",
	"Warm", "the road trip to the coast", "shorter", "another one", "done",
	"my friend just stopped replying, what did I do wrong?",
	"/reflect", "2", "my sister Ana and Tom from work", "skip", "time mostly", "calls", "message Tom", "/cancel",
}

// benchAgent opens a durable store on disk and an agent on it.
func benchAgent(b *testing.B, durable bool) (*agent.Agent, *store.Store) {
	b.Helper()
	// The Go processors `companion run` takes (see store.Procs), unless
	// GOMAXPROCS chooses.
	if _, ok := os.LookupEnv("GOMAXPROCS"); !ok {
		prev := runtime.GOMAXPROCS(store.Procs(runtime.GOMAXPROCS(0)))
		b.Cleanup(func() { runtime.GOMAXPROCS(prev) })
	}
	kb, err := knowledge.Load(knowledge.Options{})
	if err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(store.Options{Dir: b.TempDir(), SyncWrites: durable})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return agent.New(agent.Options{Store: st, Guide: kb}), st
}

// BenchmarkTurns measures turns per second at saturation with 1, 16 and 256
// conversations running at once, on a durable store.
func BenchmarkTurns(b *testing.B) {
	for _, conc := range []int{1, 16, 256} {
		b.Run(fmt.Sprintf("conversations=%d", conc), func(b *testing.B) {
			ag, _ := benchAgent(b, true)
			var next atomic.Int64
			var wg sync.WaitGroup
			ctx := context.Background()
			b.ResetTimer()
			start := time.Now()
			for w := 0; w < conc; w++ {
				wg.Go(func() {
					person := agent.PersonID(fmt.Sprintf("bench:%d", w))
					step := 0
					for {
						i := next.Add(1)
						if i > int64(b.N) {
							return
						}
						m := agent.Message{ID: fmt.Sprintf("u:%d", i), Channel: "bench", ChatID: string(person), Person: person, Text: script[step%len(script)]}
						step++
						if err := ag.Handle(ctx, m); err != nil {
							b.Error(err)
							return
						}
					}
				})
			}
			wg.Wait()
			b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "turns/s")
		})
	}
}

// BenchmarkStoreTurn is the store's own limit: the same transaction (load,
// save state, two outbox replies, dedupe key) with no agent work, 256 at once.
func BenchmarkStoreTurn(b *testing.B) {
	_, st := benchAgent(b, true)
	ctx := context.Background()
	var next atomic.Int64
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < 256; w++ {
		wg.Go(func() {
			person := agent.PersonID(fmt.Sprintf("bench:%d", w))
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				p, err := st.LoadPerson(ctx, person)
				if err != nil {
					b.Error(err)
					return
				}
				p.Flow.Name = "draft"
				p.Flow.Draft = &agent.DraftState{Details: agent.DraftDetails{Recipient: "Sam", Mentions: []string{"the road trip to the coast"}}, History: []string{script[0], script[6]}}
				r := agent.Reply{Text: script[0] + " " + script[6]}
				err = st.CommitTurn(ctx, agent.Turn{UpdateID: fmt.Sprintf("u:%d", i), Person: &p, Replies: []agent.Outgoing{
					{Channel: "bench", ChatID: "c", Person: person, Reply: r}, {Channel: "bench", ChatID: "c", Person: person, Reply: r}}})
				if err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "turns/s")
}

// BenchmarkOpenLoop offers 1,000 turns a second spread over 256
// conversations, whatever the agent's pace, and reports turn latency
// percentiles measured from when each turn was due. Each person has said
// hello once before the clock starts: a first contact also writes the
// person's new data key, which is measured by BenchmarkTurns. The first two
// seconds warm up and are not counted: a new process faults its heap and
// Badger's first memtables in, which the README reports on its own. The 30
// seconds measured take in about two memtable changes (one every 15 seconds
// or so at this rate), each of which stalls every commit for a moment.
func BenchmarkOpenLoop(b *testing.B) {
	const rate, convs, warm, measured = 1000, 256, 2000, 30000
	const total = warm + measured
	ag, _ := benchAgent(b, true)
	ctx := context.Background()
	for iter := 0; iter < b.N; iter++ {
		lat := make([]time.Duration, total)
		var start time.Time // set before the first turn is queued
		var wg sync.WaitGroup
		queues := make([]chan int, convs)
		for c := range queues {
			queues[c] = make(chan int, total)
			person := agent.PersonID(fmt.Sprintf("open:%d:%d", iter, c))
			hello := agent.Message{ID: fmt.Sprintf("hello:%d:%d", iter, c), Channel: "bench", ChatID: string(person), Person: person, Text: "hi"}
			if err := ag.Handle(ctx, hello); err != nil {
				b.Fatal(err)
			}
			wg.Go(func() {
				step := 0
				for i := range queues[c] {
					due := time.Duration(i) * time.Second / rate
					m := agent.Message{ID: fmt.Sprintf("o:%d:%d", iter, i), Channel: "bench", ChatID: string(person), Person: person, Text: script[step%len(script)]}
					step++
					if err := ag.Handle(ctx, m); err != nil {
						b.Error(err)
					}
					lat[i] = time.Since(start) - due
				}
			})
		}
		start = time.Now()
		for i := 0; i < total; i++ {
			due := time.Duration(i) * time.Second / rate
			if d := due - time.Since(start); d > 0 {
				time.Sleep(d)
			}
			queues[i%convs] <- i
		}
		for _, q := range queues {
			close(q)
		}
		wg.Wait()
		lat = lat[warm:]
		slices.Sort(lat)
		b.ReportMetric(float64(lat[measured/2].Microseconds())/1000, "p50-ms")
		b.ReportMetric(float64(lat[measured*99/100].Microseconds())/1000, "p99-ms")
		b.ReportMetric(float64(lat[measured-1].Microseconds())/1000, "max-ms")
	}
}
