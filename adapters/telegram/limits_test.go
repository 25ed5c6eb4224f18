package telegram

import (
	"context"
	"slices"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// The global limit holds from the very first second: a token bucket that
// starts full let a bucket's worth and a second's refill out at once.
func TestGlobalLimitNeverBursts(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := newLimiter(Limits{PerChat: inf, PerGroup: inf}.withDefaults())
		begin := time.Now()
		var mu sync.Mutex
		var times []time.Time
		var wg sync.WaitGroup
		for i := range 100 {
			wg.Go(func() {
				if err := l.wait(context.Background(), int64(i+1)); err != nil {
					t.Error(err)
					return
				}
				mu.Lock()
				times = append(times, time.Now())
				mu.Unlock()
			})
		}
		wg.Wait()
		slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
		if most := telegramtest.MostInWindow(times, time.Second); most > 30 {
			t.Errorf("%d sends within one second, want at most 30", most)
		}
		first := 0
		for _, at := range times {
			if at.Sub(begin) <= time.Second {
				first++
			}
		}
		// 28 replies a second; two of Telegram's 30 are kept for refusals.
		if first != 28 {
			t.Errorf("%d sends in the first second, want 28", first)
		}
	})
}

func TestRefusalsHaveTheirOwnShare(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		l := newLimiter(Limits{PerChat: inf, PerGroup: inf}.withDefaults())
		got := 0
		for range 10 {
			if l.refusal() {
				got++
			}
		}
		if got != 2 {
			t.Errorf("%d refusals allowed at once, want 2", got)
		}
		// Replies still get their full share in the same second.
		begin := time.Now()
		for i := range 28 {
			if err := l.wait(context.Background(), int64(i+1)); err != nil {
				t.Fatal(err)
			}
		}
		if took := time.Since(begin); took != 0 {
			t.Errorf("28 replies waited %v behind refusals, want no wait", took)
		}
		time.Sleep(time.Second + windowSlack)
		if !l.refusal() {
			t.Error("no refusal allowed a second later")
		}
		l.pause(time.Minute)
		time.Sleep(2 * time.Second)
		if l.refusal() {
			t.Error("a refusal allowed during flood control")
		}
	})
}

func TestRefusedOncePerDay(t *testing.T) {
	r := refusals{last: map[int64]time.Time{}}
	now := time.Now()
	if !r.due(1, now) || r.due(1, now.Add(time.Hour)) {
		t.Error("a stranger told twice within a day")
	}
	if !r.due(1, now.Add(refuseEvery)) {
		t.Error("a stranger not told again after a day")
	}
	for i := range maxRefused {
		r.due(int64(1000+i), now)
	}
	if r.due(5, now.Add(time.Minute)) {
		t.Error("a newcomer told while the memory is full of people told today")
	}
	if len(r.last) > maxRefused {
		t.Errorf("%d people remembered, want at most %d", len(r.last), maxRefused)
	}
	if !r.due(5, now.Add(refuseEvery+time.Minute)) {
		t.Error("a newcomer not told once the old entries expired")
	}
}

// A thousand strangers write, then the one person the companion is for:
// she is answered within 2 s, and Telegram sees no more than 30 sends in
// any second.
func TestStrangerFlood(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{Global: 30})
	st := newMemStore()
	for i := range 1000 {
		srv.SendText(telegramtest.User{ID: int64(100000 + i), FirstName: "S"}, "let me in")
	}
	opts := testOptions(srv, nil)
	opts.Limits = Limits{}
	opts.Allowed = func(ids ...string) bool { return slices.Contains(ids, "@ana") }
	start(t, opts, echoTurner(st), st)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	// Ana writes once the strangers' updates are all being read.
	if err := srv.Wait(ctx, func() bool { return srv.Calls("getUpdates") >= 2 }); err != nil {
		t.Fatal(err)
	}
	begin := time.Now()
	srv.SendText(ana, "hello")
	if _, err := srv.WaitMessages(ana.ID, 1, 10*time.Second); err != nil {
		t.Fatal(err)
	}
	took := time.Since(begin)
	t.Logf("ana answered after %v behind 1,000 strangers", took)
	if took > 2*time.Second {
		t.Errorf("ana waited %v behind the strangers, want under 2s", took)
	}
	if n := srv.Throttled(); n != 0 {
		t.Errorf("Telegram refused %d sends for flooding", n)
	}
	if most := telegramtest.MostInWindow(srv.SendTimes(), time.Second); most > 30 {
		t.Errorf("%d sends within one second, want at most 30", most)
	}
	chats, _ := srv.Chats()
	if refused := chats - 1; refused < 1 || refused > 2*int(time.Since(begin)/time.Second+2) {
		t.Errorf("%d strangers told, want some but within two a second", refused)
	}
}

// Many people's replies at once never go past Telegram's 30 a second, from
// the first second on.
func TestRepliesNeverPast30PerSecond(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	opts := testOptions(srv, nil)
	opts.Limits = Limits{}
	start(t, opts, echoTurner(st), st)
	const people = 75
	for i := range people {
		srv.SendText(telegramtest.User{ID: int64(200000 + i), FirstName: "P"}, "hi")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { _, n := srv.Chats(); return n == people }); err != nil {
		t.Fatal("not every reply was sent")
	}
	times := srv.SendTimes()
	most := telegramtest.MostInWindow(times, time.Second)
	t.Logf("%d replies in %v, at most %d in any second", people, times[len(times)-1].Sub(times[0]), most)
	if most > 30 {
		t.Errorf("%d sends within one second, want at most 30", most)
	}
	if spread := times[len(times)-1].Sub(times[0]); spread < 2*time.Second {
		t.Errorf("%d replies went out within %v: not paced", people, spread)
	}
}
