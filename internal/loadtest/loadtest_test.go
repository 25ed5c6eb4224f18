package loadtest

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// startCompanion runs the companion in this process against srv until the
// test ends. The per-person message limit is off: the people here think
// far faster than anyone types.
func startCompanion(t *testing.T, srv *telegramtest.Server) {
	t.Helper()
	env := Env(srv, t.TempDir())
	env["COMPANION_LIMIT_MESSAGES_PER_MINUTE"] = "0"
	c := &InProcess{Env: env}
	if err := c.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(15 * time.Second); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
}

// TestRunInProcess plays people through a whole round of the script
// against the real companion and checks that every message got exactly the
// replies the script expects. The companion sends one message a second to a
// chat (after a burst of three), as Telegram asks, so a round of twelve
// steps and thirteen replies takes about eleven seconds; the window, three
// rounds long, leaves room for a busy machine, since what is checked is the
// replies, not speed (that is BenchmarkTurns' job).
func TestRunInProcess(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	startCompanion(t, srv)
	const people = 8
	res, err := Run(context.Background(), srv, Options{People: people, Duration: 36 * time.Second,
		Think: 60 * time.Millisecond, Ramp: 100 * time.Millisecond, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if res.People != people || len(res.Chats) != people {
		t.Fatalf("result for %d people, %d chats; want %d", res.People, len(res.Chats), people)
	}
	// At least one whole round of twelve steps each.
	if res.Sent < people*12 || res.Answered != res.Sent || len(res.Latencies) != res.Answered {
		t.Errorf("sent %d, answered %d, %d latencies; want at least %d, all answered", res.Sent, res.Answered, len(res.Latencies), people*12)
	}
	if res.Unanswered+res.Short+res.OffScript+res.Extra()+res.Missing()+res.Repeats() != 0 {
		t.Errorf("unanswered %d, short %d, off script %d, extra %d, missing %d, repeats %d; want none",
			res.Unanswered, res.Short, res.OffScript, res.Extra(), res.Missing(), res.Repeats())
	}
	for _, c := range res.Chats {
		// "Done" is answered twice, so a finished draft shows.
		if c.Expected <= c.Sent || c.Replies != c.Expected {
			t.Errorf("chat %d: %d sent, %d replies expected, %d came", c.ID, c.Sent, c.Expected, c.Replies)
		}
	}
	// The conversation went where the script means it to.
	var seen strings.Builder
	for _, m := range srv.Messages(res.Chats[0].ID) {
		seen.WriteString(m.Visible + "\n")
	}
	for _, want := range []string{"Who would you like to write to", "first draft", "Here it is to copy",
		"From the guide", "The week at a glance"} {
		if !strings.Contains(seen.String(), want) {
			t.Errorf("the first person's chat never shows %q", want)
		}
	}
	if res.Window <= 0 || res.TurnsPerSecond() <= 0 || res.Percentile(1) < res.Percentile(0.5) {
		t.Errorf("window %v, %.1f turns/s, p50 %v, max %v", res.Window, res.TurnsPerSecond(), res.Percentile(0.5), res.Percentile(1))
	}
}

func TestRunStopsAtMessages(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	startCompanion(t, srv)
	res, err := Run(context.Background(), srv, Options{People: 5, Messages: 23, Think: 10 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.Sent != 23 || res.Answered != 23 {
		t.Errorf("sent %d, answered %d; want 23 of each", res.Sent, res.Answered)
	}
}

func TestRunRejectsNoPeople(t *testing.T) {
	if _, err := Run(context.Background(), nil, Options{Duration: time.Second}); err != ErrOptions {
		t.Errorf("got %v, want ErrOptions", err)
	}
}

// answerBot is a stand-in companion that answers every update with one
// message offering every button the script uses, except that it answers
// repeat with the same message twice and leaves skip unanswered.
func answerBot(t *testing.T, srv *telegramtest.Server, repeat, skip func(n int) bool) {
	t.Helper()
	bot, err := tgbotapi.NewBotAPIWithClient(srv.Token(), srv.URL()+"/bot%s/%s", &http.Client{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, l := range [][]string{revisions, {"Done", "No thanks", "Show the whole week"}} {
		labels = append(labels, l...)
	}
	for _, o := range append(occasions, tones...) {
		labels = append(labels, o...)
	}
	var rows [][]tgbotapi.InlineKeyboardButton
	for _, l := range labels {
		rows = append(rows, tgbotapi.NewInlineKeyboardRow(tgbotapi.NewInlineKeyboardButtonData(l, l)))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	wg.Go(func() {
		offset, n := 0, 0
		for ctx.Err() == nil {
			ups, err := bot.GetUpdates(tgbotapi.UpdateConfig{Offset: offset, Timeout: 1})
			if err != nil {
				continue
			}
			for _, u := range ups {
				offset = u.UpdateID + 1
				n++
				if skip(n) {
					continue
				}
				chat := u.FromChat().ID
				want := 1
				if u.CallbackQuery != nil && u.CallbackQuery.Data == "Done" {
					want = 2
				}
				texts := []string{}
				for i := range want {
					texts = append(texts, fmt.Sprintf("answer %d.%d", n, i))
				}
				if repeat(n) {
					texts = append(texts, texts[len(texts)-1])
				}
				for _, text := range texts {
					m := tgbotapi.NewMessage(chat, text)
					m.ReplyMarkup = tgbotapi.NewInlineKeyboardMarkup(rows...)
					if _, err := bot.Send(m); err != nil {
						t.Errorf("send: %v", err)
					}
				}
			}
		}
	})
}

// TestRunAccounting checks the bookkeeping against a stand-in companion
// that repeats some replies and drops one.
func TestRunAccounting(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	answerBot(t, srv, func(n int) bool { return n%10 == 0 }, func(n int) bool { return n == 15 })
	res, err := Run(context.Background(), srv, Options{People: 3, Messages: 40, Think: 5 * time.Millisecond,
		Drain: 500 * time.Millisecond, Seed: 5})
	if err != nil {
		t.Fatal(err)
	}
	// The skipped update leaves its person waiting, and stops them.
	if res.Unanswered != 1 || res.Missing() < 1 {
		t.Errorf("unanswered %d, missing %d; want the one skipped update", res.Unanswered, res.Missing())
	}
	repeats := res.Sent / 10
	if res.Repeats() != repeats || res.Extra() < repeats-1 {
		t.Errorf("repeats %d, extra %d; want %d repeated replies (sent %d)", res.Repeats(), res.Extra(), repeats, res.Sent)
	}
	if res.OffScript != 0 {
		t.Errorf("off script %d: every button was offered", res.OffScript)
	}
}

func TestReadMemoryOfThisProcess(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc")
	}
	m, err := ReadMemory(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if m.RSS <= 0 || m.Anon <= 0 || m.Anon+m.File+m.Shmem != m.RSS {
		t.Errorf("memory %+v: want a positive RSS that is the sum of its parts", m)
	}
}
