package telegram

import (
	"context"
	"net/http"
	"runtime"
	"strconv"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
	"github.com/companion-dev/companion/store"
)

// benchUsers is how many people the benchmark updates come from.
const benchUsers = 100

func injectUpdates(srv *telegramtest.Server, n int) {
	for i := range n {
		u := telegramtest.User{ID: int64(1000 + i%benchUsers), FirstName: "P"}
		srv.SendText(u, "hello "+strconv.Itoa(i))
	}
}

func waitTotal(b *testing.B, srv *telegramtest.Server, n int) {
	b.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { _, m := srv.Chats(); return m >= n }); err != nil {
		_, m := srv.Chats()
		b.Fatalf("only %d of %d replies arrived", m, n)
	}
}

// runAdapterBench delivers b.N updates through an adapter on turner and st.
func runAdapterBench(b *testing.B, turner Turner, st Store, srv *telegramtest.Server) {
	injectUpdates(srv, b.N)
	a, err := New(Options{Token: srv.Token(), APIURL: srv.URL(), PollTimeout: time.Second,
		Limits: Limits{PerChat: inf, Global: inf, PerGroup: inf}}, turner, st)
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	b.ResetTimer()
	go func() { done <- a.Run(ctx) }()
	waitTotal(b, srv, b.N)
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "updates/s")
	cancel()
	<-done
}

// BenchmarkUpdates measures updates handled per second, each committing one
// reply that is then delivered, through the fake Bot API server: the
// adapter on an in-memory store, the adapter on the Badger store, and a
// minimal echo bot on the same library that stores nothing.
func BenchmarkUpdates(b *testing.B) {
	b.Run("adapter", func(b *testing.B) {
		srv := telegramtest.NewServer(telegramtest.Options{})
		defer srv.Close()
		st := newMemStore()
		runAdapterBench(b, echoTurner(st), st, srv)
	})
	b.Run("adapter-badger", func(b *testing.B) {
		benchBadger(b, store.Options{InMemory: true})
	})
	b.Run("adapter-badger-durable", func(b *testing.B) {
		benchBadger(b, store.Options{Dir: b.TempDir(), SyncWrites: true})
	})
	b.Run("echobot", func(b *testing.B) {
		srv := telegramtest.NewServer(telegramtest.Options{})
		defer srv.Close()
		injectUpdates(srv, b.N)
		b.ResetTimer()
		// A transport of its own: idle connections to an earlier run's
		// server would fail and cost it the library's 3 s retry pause.
		client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: 4}}
		defer client.CloseIdleConnections()
		bot, err := tgbotapi.NewBotAPIWithClient(srv.Token(), srv.URL()+"/bot%s/%s", client)
		if err != nil {
			b.Fatal(err)
		}
		updates := bot.GetUpdatesChan(tgbotapi.UpdateConfig{Timeout: 1})
		go func() {
			for u := range updates {
				if u.Message != nil {
					_, _ = bot.Send(tgbotapi.NewMessage(u.Message.Chat.ID, "echo: "+u.Message.Text))
				}
			}
		}()
		waitTotal(b, srv, b.N)
		b.StopTimer()
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "updates/s")
		bot.StopReceivingUpdates()
	})
}

// BenchmarkKnownChats reports the adapter's own memory for 10,000 chats
// that each sent a message and got a reply: the pacing state is all it
// keeps per chat.
func BenchmarkKnownChats(b *testing.B) {
	const chats = 10000
	for range b.N {
		srv := telegramtest.NewServer(telegramtest.Options{})
		st := newMemStore()
		for i := range chats {
			srv.SendText(telegramtest.User{ID: int64(1 + i), FirstName: "P"}, "hi")
		}
		a, err := New(Options{Token: srv.Token(), APIURL: srv.URL(), PollTimeout: time.Second,
			Limits: Limits{PerChat: 1000, PerChatBurst: 3, Global: inf, PerGroup: inf}}, echoTurner(st), st)
		if err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- a.Run(ctx) }()
		waitTotal(b, srv, chats)
		heapWith := heap()
		kept := a.limit.size()
		cancel()
		<-done
		srv.Close()
		b.ReportMetric(float64(heapWith)/(1<<20), "MiB-heap-total")
		b.ReportMetric(float64(kept), "limiters-kept")
	}
}

// BenchmarkLimiterMemory is the worst case of the adapter's per-chat state:
// 10,000 chats all sent to within the same second.
func BenchmarkLimiterMemory(b *testing.B) {
	const chats = 10000
	for range b.N {
		before := heap()
		l := newLimiter(Limits{}.withDefaults())
		ctx := context.Background()
		for i := range chats {
			_ = l.wait(ctx, int64(i+1))
			if i == 0 {
				l.global = nil
			}
		}
		after := heap()
		b.ReportMetric(float64(after-before)/chats, "B/chat")
		b.ReportMetric(float64(l.size()), "limiters-kept")
		runtime.KeepAlive(l)
	}
}

func heap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// benchBadger runs the adapter on a real store: each update commits the
// person and one reply, as a turn does.
func benchBadger(b *testing.B, opts store.Options) {
	srv := telegramtest.NewServer(telegramtest.Options{})
	defer srv.Close()
	st, err := store.Open(opts)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	turner := newFakeTurner(func(ctx context.Context, m agent.Message) error {
		return st.CommitTurn(ctx, agent.Turn{UpdateID: m.ID, Person: &agent.Person{ID: m.Person}, Replies: []agent.Outgoing{{
			Channel: Channel, ChatID: m.ChatID, Person: m.Person, Reply: agent.Reply{Text: "echo: " + m.Text}}}})
	})
	runAdapterBench(b, turner, st, srv)
}
