package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

var bob = telegramtest.User{ID: 7002, FirstName: "Bob", Username: "bob"}

// poisonTurner fails every turn in chat, holding each attempt after the
// first until release is closed; the others are echoed.
func poisonTurner(st *memStore, chat int64, release <-chan struct{}, attempts *atomic.Int64) *fakeTurner {
	return newFakeTurner(func(_ context.Context, m agent.Message) error {
		if m.ChatID == chatStr(chat) {
			if attempts.Add(1) > 1 {
				<-release
			}
			return errBoom
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "echo: " + m.Text}})
	})
}

func TestPoisonUpdateSetAside(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	var logs syncBuffer
	release := make(chan struct{})
	var attempts atomic.Int64
	turner := poisonTurner(st, ana.ID, release, &attempts)
	opts := testOptions(srv, &logs)
	opts.ReadyGrace = 200 * time.Millisecond
	a, stop := runAdapter(t, opts, turner, st)

	poison := srv.SendText(ana, "my secret plan")
	if m := turner.next(t); m.ID != "telegram:"+strconv.Itoa(poison) {
		t.Fatalf("first turn %s, want the poison update", m.ID)
	}
	// Ana's update keeps failing; Bob is answered meanwhile.
	srv.SendText(bob, "hello")
	if _, err := srv.WaitMessages(bob.ID, 1, 5*time.Second); err != nil {
		t.Fatalf("bob was not answered while ana's update failed: %v", err)
	}
	var notReady error
	waitFor(t, "Ready reporting the stuck update", func() bool { notReady = a.Ready(); return notReady != nil })
	if !errors.Is(notReady, ErrStuck) || !strings.Contains(notReady.Error(), "1 turn failing for longer than 200ms (0 set aside") {
		t.Errorf("Ready = %v, want one stuck turn", notReady)
	}
	if stuck, aside := a.FailingTurns(); stuck != 1 || aside != 0 {
		t.Errorf("FailingTurns = %d, %d; want 1 stuck, 0 set aside", stuck, aside)
	}
	close(release)

	got, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil {
		t.Fatalf("ana was not told: %v", err)
	}
	if !strings.Contains(got[0].Visible, "something went wrong") {
		t.Errorf("ana was told %q, want the apology", got[0].Visible)
	}
	waitFor(t, "offset past the poison update", func() bool {
		n, _ := strconv.Atoi(st.cursor(offsetCursor))
		return n > poison
	})
	if n := attempts.Load(); n != 5 {
		t.Errorf("the poison update was tried %d times, want 5", n)
	}
	if err := a.Ready(); err != nil {
		t.Errorf("Ready = %v once the update was set aside, want nil", err)
	}
	if stuck, aside := a.FailingTurns(); stuck != 0 || aside != 1 {
		t.Errorf("FailingTurns = %d, %d; want 0 stuck, 1 set aside", stuck, aside)
	}
	var rec deadRecord
	raw := st.cursor(deadCursor(poison))
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		t.Fatalf("set-aside record %q: %v", raw, err)
	}
	if rec.Update != poison || rec.Chat != ana.ID || rec.Person != "telegram:7001" || rec.Attempts != 5 || rec.Reason != "boom" {
		t.Errorf("set-aside record %+v, want ids, 5 attempts and the reason", rec)
	}
	if strings.Contains(raw, "secret") || strings.Contains(logs.String(), "secret") {
		t.Error("the message text was recorded or logged")
	}
	stop()

	// After a restart the poison update is not tried again, nor is Ana told twice.
	runAdapter(t, opts, turner, st)
	srv.SendText(bob, "again")
	if _, err := srv.WaitMessages(bob.ID, 2, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := attempts.Load(); n != 5 {
		t.Errorf("after a restart the poison update was tried %d times in all, want 5", n)
	}
	if n := len(srv.Messages(ana.ID)); n != 1 {
		t.Errorf("ana got %d messages, want the one apology", n)
	}
}

// A run that recorded an update as set aside but stopped before confirming
// it does not try it again after the first failure, nor tell anyone twice.
func TestSetAsideBeforeRestartSkipped(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	poison := srv.SendText(ana, "again and again")
	_ = st.SetCursor(context.Background(), deadCursor(poison), `{"update":1}`)
	var attempts atomic.Int64
	release := make(chan struct{})
	close(release)
	start(t, testOptions(srv, nil), poisonTurner(st, ana.ID, release, &attempts), st)
	waitFor(t, "offset past the update", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(poison+1) })
	if n := attempts.Load(); n != 1 {
		t.Errorf("tried %d times, want 1", n)
	}
	if n := len(srv.Messages(ana.ID)); n != 0 {
		t.Errorf("ana got %d messages, want none", n)
	}
}

// While the store pauses writes, the update is tried again without
// counting, and nothing new is fetched.
func TestPausedStoreWaitsWithoutCounting(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	const pauses = 8 // more than the attempts a failing turn gets
	var calls atomic.Int64
	var pollsAtPause, pollsAtResume atomic.Int64
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		n := calls.Add(1)
		if n == 1 {
			pollsAtPause.Store(int64(srv.Calls("getUpdates")))
		}
		if n <= pauses {
			return fmt.Errorf("commit turn: %w", agent.ErrPaused)
		}
		pollsAtResume.Store(int64(srv.Calls("getUpdates")))
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "at last"}})
	})
	opts := testOptions(srv, nil)
	a := start(t, opts, turner, st)
	srv.SendText(ana, "hello")
	got, err := srv.WaitMessages(ana.ID, 1, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Visible != "at last" {
		t.Errorf("ana got %q, want the reply, not an apology", got[0].Visible)
	}
	if n := calls.Load(); n != pauses+1 {
		t.Errorf("turn tried %d times, want %d", n, pauses+1)
	}
	if p, r := pollsAtPause.Load(), pollsAtResume.Load(); p != r {
		t.Errorf("getUpdates called %d times while the store was paused, want none", r-p)
	}
	if _, aside := a.FailingTurns(); aside != 0 {
		t.Errorf("%d set aside, want none", aside)
	}
}

// A panic in a turn fails that attempt only: it is logged with the update
// id and the stack, never the text, and the next attempt goes through.
func TestPanicRecovered(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	var logs syncBuffer
	var calls atomic.Int64
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		if calls.Add(1) == 1 {
			var p *agent.Person
			_ = p.ID // a nil dereference
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "fine"}})
	})
	a := start(t, testOptions(srv, &logs), turner, st)
	id := srv.SendText(ana, "my private words")
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	if n := a.panics.Load(); n != 1 {
		t.Errorf("%d panics recorded, want 1", n)
	}
	out := logs.String()
	if !strings.Contains(out, "turn panicked") || !strings.Contains(out, "update="+strconv.Itoa(id)) ||
		!strings.Contains(out, "nil pointer dereference") || !strings.Contains(out, "goroutine") {
		t.Errorf("the panic was not logged with the update id, the error and the stack:\n%s", out)
	}
	if strings.Contains(out, "private words") {
		t.Error("the message text was logged")
	}
}

// In webhook mode, a failing update is answered "try again" until its
// attempts are spent; then it is set aside and answered 200, so Telegram
// moves on to the next.
func TestWebhookPoisonSetAside(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	var attempts atomic.Int64
	release := make(chan struct{})
	close(release)
	opts := testOptions(srv, nil)
	addr := freeLoopback(t)
	opts.Mode, opts.WebhookListen, opts.WebhookURL = "webhook", addr, "http://"+addr
	a := start(t, opts, poisonTurner(st, ana.ID, release, &attempts), st)
	poison := srv.SendText(ana, "boom please")
	srv.SendText(bob, "hello")
	if _, err := srv.WaitMessages(bob.ID, 1, 8*time.Second); err != nil {
		t.Fatal(err)
	}
	got, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil || !strings.Contains(got[0].Visible, "something went wrong") {
		t.Fatalf("ana got %v (%v), want the apology", got, err)
	}
	if n := attempts.Load(); n != 5 {
		t.Errorf("tried %d times, want 5", n)
	}
	if srv.WebhookFailures() != 4 {
		t.Errorf("%d deliveries answered with an error, want 4", srv.WebhookFailures())
	}
	if st.cursor(deadCursor(poison)) == "" {
		t.Error("the update was not recorded as set aside")
	}
	if _, aside := a.FailingTurns(); aside != 1 {
		t.Errorf("%d set aside, want 1", aside)
	}
}

// A turn that runs long (a slow model) does not hold up other people:
// once it has run for slowTurn, their newer updates are fetched and
// answered, without polling Telegram in a tight loop meanwhile.
func TestSlowTurnDoesNotHoldOthers(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	release := make(chan struct{})
	turner := newFakeTurner(func(ctx context.Context, m agent.Message) error {
		if m.ChatID == chatStr(ana.ID) {
			select {
			case <-release:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "echo: " + m.Text}})
	})
	start(t, testOptions(srv, nil), turner, st)
	slow := srv.SendText(ana, "think hard")
	turner.next(t)
	polls := srv.Calls("getUpdates")
	begin := time.Now()
	last := srv.SendText(bob, "hello")
	if _, err := srv.WaitMessages(bob.ID, 1, 5*time.Second); err != nil {
		t.Fatalf("bob waited behind a slow turn: %v", err)
	}
	took := time.Since(begin)
	if extra := srv.Calls("getUpdates") - polls; extra > int(took/refetchEvery)+3 {
		t.Errorf("%d polls in %v while a turn ran long, want about one a second", extra, took)
	}
	if got, _ := strconv.Atoi(st.cursor(offsetCursor)); got > slow {
		t.Errorf("offset %d confirmed past the turn still running (%d)", got, slow)
	}
	close(release)
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "offset past both", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(last+1) })
}

// A button press under an inline message carries no chat; the poll loop
// must skip it, not fall over reading its chat.
func TestInlineButtonPressSkipped(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := echoTurner(st)
	start(t, testOptions(srv, nil), turner, st)
	srv.Inject(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q1",
		From: &tgbotapi.User{ID: ana.ID, FirstName: "Ana"}, InlineMessageID: "inline-1", Data: "x"}})
	last := srv.SendText(bob, "hello")
	if _, err := srv.WaitMessages(bob.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "offset past both", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(last+1) })
	if n := len(turner.messages()); n != 1 {
		t.Errorf("turner saw %d messages, want bob's only", n)
	}
}
