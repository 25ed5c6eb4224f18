package telegramtest

import (
	"context"
	"errors"
	"math"
	"sync/atomic"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// outcome sends one message and says what came back: 0 for success, else
// the error code.
func outcome(t *testing.T, bot *tgbotapi.BotAPI, chat int64) int {
	t.Helper()
	_, err := bot.Send(tgbotapi.NewMessage(chat, "hi"))
	if err == nil {
		return 0
	}
	return apiErr(t, err).Code
}

func TestRandomFaultsShares(t *testing.T) {
	const calls = 1000
	s := New(t, Options{Random: &RandomFaults{Methods: []string{"sendMessage"},
		TooMany: 0.1, RetryAfter: 3, ServerError: 0.2, Slow: 0.1, SlowMin: time.Millisecond, SlowMax: time.Millisecond, Seed: 7}})
	bot := newBot(t, s) // getMe is not in Methods: it always works
	got := map[int]int{}
	for range calls {
		got[outcome(t, bot, 42)]++
	}
	n := s.Injected()
	if n.TooMany != got[429] || n.ServerError != got[500]+got[502]+got[503] {
		t.Errorf("Injected() = %+v, but the client saw %v", n, got)
	}
	if got[500] == 0 || got[502] == 0 || got[503] == 0 {
		t.Errorf("server errors %v: want each of 500, 502 and 503", got)
	}
	// Five standard deviations of a binomial draw either side.
	near := func(name string, have int, p float64) {
		sd := math.Sqrt(calls * p * (1 - p))
		if math.Abs(float64(have)-calls*p) > 5*sd {
			t.Errorf("%s: %d of %d calls, want about %.0f", name, have, calls, calls*p)
		}
	}
	near("429", n.TooMany, 0.1)
	near("5xx", n.ServerError, 0.2)
	near("slow", n.Slow, 0.1)
	// Only the calls that were not refused left a message.
	if sent := len(s.Messages(42)); sent != got[0] {
		t.Errorf("%d messages recorded, %d calls succeeded", sent, got[0])
	}
	if c := s.Calls("sendMessage"); c != calls {
		t.Errorf("Calls(sendMessage) = %d, want %d", c, calls)
	}
}

func TestRandomFaultsTooManyCarriesRetryAfter(t *testing.T) {
	s := New(t, Options{Random: &RandomFaults{TooMany: 1, RetryAfter: 4}})
	bot := newBot(t, s)
	_, err := bot.Send(tgbotapi.NewMessage(7, "hi"))
	e := apiErr(t, err)
	if e.Code != 429 || e.RetryAfter != 4 {
		t.Fatalf("got %d retry_after %d, want 429 retry_after 4", e.Code, e.RetryAfter)
	}
	if len(s.Messages(7)) != 0 {
		t.Error("a refused message was recorded")
	}
}

func TestRandomFaultsSlow(t *testing.T) {
	s := New(t, Options{Random: &RandomFaults{Slow: 1, SlowMin: 150 * time.Millisecond, SlowMax: 200 * time.Millisecond}})
	bot := newBot(t, s)
	start := time.Now()
	if code := outcome(t, bot, 9); code != 0 {
		t.Fatalf("a slow call failed with %d", code)
	}
	if d := time.Since(start); d < 150*time.Millisecond {
		t.Errorf("slow call answered after %v, want at least 150ms", d)
	}
	if s.Injected().Slow != 1 || len(s.Messages(9)) != 1 {
		t.Errorf("Injected() = %+v, messages %d; want one slow call that delivered", s.Injected(), len(s.Messages(9)))
	}
}

func TestRandomFaultsRepeatWithSeed(t *testing.T) {
	run := func() []int {
		s := New(t, Options{Random: &RandomFaults{TooMany: 0.3, ServerError: 0.3, Seed: 99}})
		bot := newBot(t, s)
		var out []int
		for range 40 {
			out = append(out, outcome(t, bot, 1))
		}
		return out
	}
	a, b := run(), run()
	for i := range a {
		if a[i] != b[i] {
			t.Fatalf("call %d: %d then %d with the same seed", i, a[i], b[i])
		}
	}
}

func TestFailNextComesBeforeRandomFaults(t *testing.T) {
	s := New(t, Options{Random: &RandomFaults{ServerError: 1}})
	bot := newBot(t, s)
	s.FailNext("sendMessage", 1, Fault{Status: 403})
	if code := outcome(t, bot, 3); code != 403 {
		t.Errorf("first call: %d, want the queued 403", code)
	}
	if code := outcome(t, bot, 3); code < 500 {
		t.Errorf("second call: %d, want a random 5xx", code)
	}
}

func TestWaitChatWakesOnlyForItsChat(t *testing.T) {
	s := New(t, Options{})
	bot := newBot(t, s)
	var evaluated atomic.Int32
	done := make(chan error, 1)
	go func() {
		done <- s.WaitChat(context.Background(), 1, func() bool {
			evaluated.Add(1)
			return s.Count(1) > 0
		})
	}()
	// Wait until the waiter has looked once, then send elsewhere.
	for evaluated.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	for range 20 {
		if code := outcome(t, bot, 2); code != 0 {
			t.Fatal(code)
		}
	}
	if n := evaluated.Load(); n != 1 {
		t.Errorf("cond evaluated %d times after sends to another chat, want 1", n)
	}
	if code := outcome(t, bot, 1); code != 0 {
		t.Fatal(code)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WaitChat did not return after a message to its chat")
	}
	if s.Count(1) != 1 || s.Count(2) != 20 {
		t.Errorf("Count = %d, %d; want 1, 20", s.Count(1), s.Count(2))
	}
}

func TestWaitChatEndsWhenClosed(t *testing.T) {
	s := NewServer(Options{})
	done := make(chan error, 1)
	go func() { done <- s.WaitChat(context.Background(), 5, func() bool { return false }) }()
	time.Sleep(10 * time.Millisecond) // let it start waiting; either way it must end
	s.Close()
	select {
	case err := <-done:
		if !errors.Is(err, ErrClosed) {
			t.Errorf("got %v, want ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("WaitChat still waiting after Close")
	}
}
