package telegram

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

// runAdapter runs an adapter until stop is called (or the test ends) and
// checks that Run returned nil.
func runAdapter(t *testing.T, opts Options, turner Turner, st Store) (a *Adapter, stop func()) {
	t.Helper()
	a, err := New(opts, turner, st)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return a, lifecycletest.Run(t, 5*time.Second, a.Run)
}

func TestCallbacksCountRetriesAndRateLimits(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	// One reply meets flood control, a server error and an odd refusal
	// before it goes through; one poll meets flood control.
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 429, RetryAfter: 1})
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 502})
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 400, Description: "Bad Request: something odd"})
	srv.FailNext("getUpdates", 1, telegramtest.Fault{Status: 429, RetryAfter: 1})
	if err := st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "hello"}}); err != nil {
		t.Fatal(err)
	}
	var retried, limited atomic.Int64
	opts := testOptions(srv, nil)
	opts.SendRetried = func() { retried.Add(1) }
	opts.RateLimited = func() { limited.Add(1) }
	start(t, opts, newFakeTurner(nil), st)

	if _, err := srv.WaitMessages(ana.ID, 1, 8*time.Second); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Calls("getUpdates") >= 2 }); err != nil {
		t.Fatal("the poll was not retried after flood control")
	}
	if got := retried.Load(); got != 3 {
		t.Errorf("SendRetried called %d times, want 3 (429, 502, refusal)", got)
	}
	if got := limited.Load(); got != 2 {
		t.Errorf("RateLimited called %d times, want 2 (one send, one poll)", got)
	}
	if n := len(srv.Messages(ana.ID)); n != 1 {
		t.Errorf("%d messages delivered, want 1", n)
	}
}

func TestReadyFollowsPolling(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	opts := testOptions(srv, nil)
	opts.ReadyGrace = 300 * time.Millisecond
	a, err := New(opts, newFakeTurner(nil), newMemStore())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Ready(); !errors.Is(err, ErrNotConnected) {
		t.Fatalf("before Run: Ready() = %v, want ErrNotConnected", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.Run(ctx) }()
	defer func() {
		cancel()
		<-done
	}()
	waitFor(t, "ready after getMe", func() bool { return a.Ready() == nil })

	// Eight failed polls back to back last longer than the grace.
	srv.FailNext("getUpdates", 8, telegramtest.Fault{Status: 502})
	var notReady error
	waitFor(t, "not ready while getUpdates fails", func() bool { notReady = a.Ready(); return notReady != nil })
	if !errors.Is(notReady, ErrNotConnected) || !strings.Contains(notReady.Error(), "getUpdates failing for") {
		t.Errorf("Ready() = %v, want getUpdates failing", notReady)
	}
	if strings.Contains(notReady.Error(), srv.Token()) {
		t.Error("Ready() shows the token")
	}
	waitFor(t, "ready again after a good poll", func() bool { return a.Ready() == nil })
	if calls := srv.Calls("getUpdates"); calls < 9 {
		t.Errorf("getUpdates called %d times, want the 8 failures and a success", calls)
	}
}

func TestShutdownFinishesTurnInFlight(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	started := make(chan struct{})
	release := make(chan struct{})
	turner := newFakeTurner(func(ctx context.Context, m agent.Message) error {
		if m.Text == "first" {
			close(started)
			<-release
			if err := ctx.Err(); err != nil {
				return err // the turn was cut short by the shutdown
			}
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "done: " + m.Text}})
	})
	a, stop := runAdapter(t, testOptions(srv, nil), turner, st)
	first := srv.SendText(ana, "first")
	second := srv.SendText(ana, "second")
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the first turn did not start")
	}

	res := lifecycletest.Shutdown(a, 10*time.Second)
	waitFor(t, "shutdown under way", func() bool {
		err := a.Ready()
		return err != nil && strings.Contains(err.Error(), "shutting down")
	})
	close(release)
	select {
	case r := <-res:
		if r.Left != 0 || r.Err != nil {
			t.Fatalf("Shutdown = %d, %v; want 0, nil", r.Left, r.Err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Shutdown did not return")
	}
	if msgs := srv.Messages(ana.ID); len(msgs) != 1 || msgs[0].Visible != "done: first" {
		t.Errorf("delivered %q, want the reply to the turn in flight only", visibleTexts(msgs))
	}
	if got := len(turner.messages()); got != 1 {
		t.Errorf("%d turns ran, want only the one in flight", got)
	}
	if got, want := st.cursor(offsetCursor), strconv.Itoa(first+1); got != want {
		t.Errorf("offset saved %s, want %s: confirmed up to the committed turn", got, want)
	}
	stop()

	// The next start takes the update the first one left.
	runAdapter(t, testOptions(srv, nil), turner, st)
	msgs, err := srv.WaitMessages(ana.ID, 2, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if msgs[1].Visible != "done: second" {
		t.Errorf("after restart delivered %q, want the second reply", msgs[1].Visible)
	}
	if got := st.cursor(offsetCursor); got != strconv.Itoa(second+1) {
		t.Errorf("offset after restart %s, want %d", got, second+1)
	}
}

func TestShutdownDeadlineKeepsTheRest(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	chats := []int64{7101, 7102, 7103}
	for _, c := range chats {
		if err := st.commit("", agent.Outgoing{ChatID: chatStr(c), Reply: agent.Reply{Text: "for " + chatStr(c)}}); err != nil {
			t.Fatal(err)
		}
	}
	srv.FailNext("sendMessage", len(chats), telegramtest.Fault{Delay: 10 * time.Second})
	a, stop := runAdapter(t, testOptions(srv, nil), newFakeTurner(nil), st)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Calls("sendMessage") == len(chats) }); err != nil {
		t.Fatal("the sends did not start")
	}

	dl, cancelDL := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancelDL()
	begin := time.Now()
	left, err := a.Shutdown(dl)
	if took := time.Since(begin); took > 2*time.Second {
		t.Errorf("Shutdown took %v past a 300ms deadline", took)
	}
	if left != len(chats) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown = %d, %v; want %d left and the deadline", left, err, len(chats))
	}
	begin = time.Now()
	stop()
	if took := time.Since(begin); took > 2*time.Second {
		t.Errorf("Run took %v to return after cancel", took)
	}
	if n, _ := st.state(); n != len(chats) {
		t.Fatalf("%d replies kept in the outbox, want %d", n, len(chats))
	}

	runAdapter(t, testOptions(srv, nil), newFakeTurner(nil), st)
	for _, c := range chats {
		if _, err := srv.WaitMessages(c, 1, 5*time.Second); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, "outbox empty", func() bool { n, _ := st.state(); return n == 0 })
	for _, c := range chats {
		if n := len(srv.Messages(c)); n != 1 {
			t.Errorf("chat %d got %d messages, want 1", c, n)
		}
	}
}

func TestShutdownBeforeConnected(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.FailNext("getMe", 1000, telegramtest.Fault{Status: 502})
	if err := st.commit("", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "waiting"}}); err != nil {
		t.Fatal(err)
	}
	a, stop := runAdapter(t, testOptions(srv, nil), newFakeTurner(nil), st)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Calls("getMe") >= 2 }); err != nil {
		t.Fatal("getMe was not tried")
	}
	begin := time.Now()
	left, err := a.Shutdown(ctx)
	if left != 1 || err != nil {
		t.Errorf("Shutdown = %d, %v; want the 1 reply left, no error", left, err)
	}
	if took := time.Since(begin); took > time.Second {
		t.Errorf("Shutdown took %v while never connected", took)
	}
	stop()
}

func TestWebhookShutdown(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	testWebhookStop(t, srv, testOptions(srv, nil), nil)
}

// Telegram may post the first update before setWebhook's answer is back. A
// stop then gives up waiting for that answer, but the turn under way still
// finishes and is answered 200, so Telegram does not post it again.
func TestWebhookShutdownBeforeSetWebhookAnswered(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	srv.FailNext("setWebhook", 1, telegramtest.Fault{Late: time.Minute})
	opts := testOptions(srv, nil)
	abandoned := make(chan struct{})
	var once sync.Once
	opts.HTTPClient = &http.Client{Transport: roundTrip(func(r *http.Request) (*http.Response, error) {
		resp, err := http.DefaultTransport.RoundTrip(r)
		if err != nil && strings.HasSuffix(r.URL.Path, "/setWebhook") {
			once.Do(func() { close(abandoned) })
		}
		return resp, err
	})}
	testWebhookStop(t, srv, opts, func() {
		select {
		case <-abandoned:
		case <-time.After(5 * time.Second):
			t.Fatal("the stop did not end the wait for setWebhook")
		}
	})
}

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// testWebhookStop runs an adapter in webhook mode, stops it while a turn is
// under way and, once stopped has returned (when not nil), lets the turn
// finish: its reply must be delivered and the update confirmed.
func testWebhookStop(t *testing.T, srv *telegramtest.Server, opts Options, stopped func()) {
	t.Helper()
	st := newMemStore()
	started := make(chan struct{}, 1)
	release := make(chan struct{})
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		started <- struct{}{}
		<-release
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "via webhook"}})
	})
	addr := freeLoopback(t)
	opts.Mode, opts.WebhookListen, opts.WebhookURL = "webhook", addr, "http://"+addr
	id := srv.SendText(ana, "hello")
	a, _ := runAdapter(t, opts, turner, st)
	select {
	case <-started:
	case <-time.After(8 * time.Second):
		t.Fatal("the webhook turn did not start")
	}
	res := make(chan error, 1)
	go func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		left, err := a.Shutdown(ctx)
		if err == nil && left != 0 {
			err = fmt.Errorf("%d left", left)
		}
		res <- err
	}()
	waitFor(t, "shutdown under way", func() bool {
		err := a.Ready()
		return err != nil && strings.Contains(err.Error(), "shutting down")
	})
	if stopped != nil {
		stopped()
	}
	close(release)
	if err := <-res; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	if _, err := srv.WaitMessages(ana.ID, 1, time.Second); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Confirmed() == id+1 }); err != nil {
		t.Errorf("the update in flight was not confirmed to Telegram (%d webhook failures)", srv.WebhookFailures())
	}
}

func TestConfirmable(t *testing.T) {
	tests := []struct {
		name      string
		taken     []int // updates taken in
		unsettled []int // of those, the ones not settled
		want      int
	}{
		{"all settled", []int{12, 10, 11}, nil, 13},
		{"none settled", []int{10, 11}, []int{10, 11}, 10},
		{"stops at the first unsettled", []int{10, 11, 12, 13}, []int{13, 11}, 11},
		{"nothing taken in", nil, nil, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := (&Adapter{}).newDispatcher(t.Context(), t.Context())
			for _, id := range tt.taken {
				d.next = max(d.next, id+1)
			}
			for _, id := range tt.unsettled {
				d.unsettled[id] = true
			}
			if got := d.confirmable(5); got != tt.want {
				t.Errorf("confirmable = %d, want %d", got, tt.want)
			}
		})
	}
}

func visibleTexts(msgs []telegramtest.Sent) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Visible)
	}
	return out
}

// freeLoopback returns a loopback address nothing listens on.
func freeLoopback(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// TestStopDuringASendDoesNotSendTwice stops the companion while Telegram
// has taken a reply but its answer is still on the way. Telegram cannot
// tell a reply sent again from a new one, so the send is seen through and
// the reply marked sent: after a restart the person has it once.
func TestStopDuringASendDoesNotSendTwice(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Late: 300 * time.Millisecond})
	if err := st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "hello once"}}); err != nil {
		t.Fatal(err)
	}
	_, stop := runAdapter(t, testOptions(srv, nil), newFakeTurner(nil), st)
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	stop() // the answer to the send is still 300ms away
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	// Give a second start the time to send anything it still had.
	ctx, cancel := context.WithTimeout(t.Context(), time.Second)
	defer cancel()
	_ = srv.Wait(ctx, func() bool { return len(srv.Messages(ana.ID)) > 1 })
	if got := srv.Messages(ana.ID); len(got) != 1 {
		t.Errorf("the person got %d messages, want the reply once", len(got))
	}
}
