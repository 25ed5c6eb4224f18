package main

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/internal/logbuf"
)

// getUntil fetches url until it answers with status want and a body holding
// each of parts, or 20s pass, and returns the last answer.
func getUntil(t *testing.T, url string, want int, parts ...string) (int, string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		code, body := get(t, url)
		ok := code == want
		for _, p := range parts {
			ok = ok && strings.Contains(body, p)
		}
		if ok || time.Now().After(deadline) {
			return code, body
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestReadyzAndOpsMetrics runs `companion run` while Telegram refuses
// getUpdates with flood control for a while: /readyz turns 503 naming the
// adapter, then 200 once polls succeed again, and the retries and rate
// limits show on /metrics.
func TestReadyzAndOpsMetrics(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	// Two polls refused 3s each: with a 1s poll timeout the adapter counts
	// as not connected after 2s of failing.
	srv.FailNext("getUpdates", 2, telegramtest.Fault{Status: 429, RetryAfter: 3})
	env := telegramEnv(srv, t.TempDir())
	addr := freeAddr(t)
	env["COMPANION_HTTP_ADDR"] = addr
	startRun(t, env)

	// Until getMe succeeds /readyz says so; then the refused polls show.
	const failing = "telegram: not connected: getUpdates failing for"
	code, body := getUntil(t, "http://"+addr+"/readyz", http.StatusServiceUnavailable, failing)
	if code != http.StatusServiceUnavailable || !strings.Contains(body, failing) {
		t.Fatalf("/readyz while polls fail: %d %q, want 503 naming telegram", code, body)
	}
	if strings.Contains(body, srv.Token()) {
		t.Errorf("/readyz shows the bot token: %q", body)
	}
	if code, body := getUntil(t, "http://"+addr+"/readyz", http.StatusOK); code != http.StatusOK {
		t.Fatalf("/readyz after polls recover: %d %q", code, body)
	}

	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 502})
	person := telegramtest.User{ID: 4343, FirstName: "Ivo"}
	srv.SendText(person, "/start")
	nthMessage(t, srv, person.ID, 1)
	_, metrics := get(t, "http://"+addr+"/metrics")
	for _, want := range []string{
		`companion_send_retries_total{adapter="telegram"} 1`,
		`companion_rate_limited_total{adapter="telegram"} 2`,
		`companion_reminders_sent_total{kind="contact"} 0`,
		`companion_reminders_sent_total{kind="plan"} 0`,
	} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, grepLines(metrics, "companion_"))
		}
	}
	if l := lineNaming(metrics, "4343", "Ivo"); l != "" {
		t.Errorf("/metrics mentions the person: %s", l)
	}
}

// lineNaming returns the first sample line of a Prometheus exposition whose
// metric name or labels hold one of words, or "". Sample values are numbers
// and are not looked at: a duration sum may well read 0.04343.
func lineNaming(exposition string, words ...string) string {
	for _, l := range strings.Split(exposition, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		series := l
		if i := strings.LastIndexByte(l, ' '); i > 0 {
			series = l[:i]
		}
		for _, w := range words {
			if strings.Contains(series, w) {
				return l
			}
		}
	}
	return ""
}

// process is `companion run` in a child process.
type process struct {
	cmd  *exec.Cmd
	logs *syncBuffer
	done chan error
}

func startProcess(t *testing.T, bin string, env map[string]string) *process {
	t.Helper()
	p := &process{cmd: exec.Command(bin, "run"), logs: &syncBuffer{}, done: make(chan error, 1)}
	p.cmd.Env = os.Environ()
	for k, v := range env {
		p.cmd.Env = append(p.cmd.Env, k+"="+v)
	}
	p.cmd.Stderr = p.logs
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { p.done <- p.cmd.Wait() }()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// terminate sends SIGTERM and waits for the exit; it returns how long the
// process took to exit.
func (p *process) terminate(t *testing.T, within time.Duration) time.Duration {
	t.Helper()
	begin := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	return p.exited(t, begin, within)
}

// sendAll has n people write once each and waits until Telegram has the
// offset past their messages: every turn is committed.
func sendAll(t *testing.T, srv *telegramtest.Server, first int64, n int) {
	t.Helper()
	last := 0
	for i := range n {
		last = srv.SendText(telegramtest.User{ID: first + int64(i), FirstName: fmt.Sprint("P", i)}, "/start")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Confirmed() > last }); err != nil {
		t.Fatalf("updates not confirmed: offset %d, last update %d", srv.Confirmed(), last)
	}
}

func delivered(srv *telegramtest.Server, first int64, n int) (chats, messages int) {
	for i := range n {
		if got := len(srv.Messages(first + int64(i))); got > 0 {
			chats++
			messages += got
		}
	}
	return chats, messages
}

// TestShutdownDeliversWhatIsWaiting stops `companion run` with SIGTERM
// while Telegram is slow to take replies. With time enough, every reply is
// delivered before the process exits; with a deadline shorter than the
// backlog, it exits at the deadline and the next start delivers the rest,
// each reply once.
func TestShutdownDeliversWhatIsWaiting(t *testing.T) {
	bin := buildBinary(t)

	t.Run("delivered before exit", func(t *testing.T) {
		srv := telegramtest.New(t, telegramtest.Options{})
		const first, people = 8100, 12
		srv.FailNext("sendMessage", people, telegramtest.Fault{Delay: 1500 * time.Millisecond})
		env := telegramEnv(srv, t.TempDir())
		env["COMPANION_SHUTDOWN_TIMEOUT"] = "30s"
		addr := freeAddr(t)
		env["COMPANION_HTTP_ADDR"] = addr
		p := startProcess(t, bin, env)
		// Ready first, so that a 503 below is the drain's.
		waitReady(t, addr, 30*time.Second, p.logs)
		sendAll(t, srv, first, people)
		if chats, _ := delivered(srv, first, people); chats == people {
			t.Fatal("every reply was out before the signal; the test shows nothing")
		}

		var readyz string
		var wg sync.WaitGroup
		wg.Go(func() {
			// While it drains, /readyz says so.
			for range 100 {
				resp, err := http.Get("http://" + addr + "/readyz")
				if err != nil {
					return
				}
				var b bytes.Buffer
				_, _ = b.ReadFrom(resp.Body)
				resp.Body.Close()
				if resp.StatusCode == http.StatusServiceUnavailable {
					readyz = b.String()
					return
				}
				time.Sleep(20 * time.Millisecond)
			}
		})
		took := p.terminate(t, 30*time.Second)
		wg.Wait()
		chats, messages := delivered(srv, first, people)
		if chats != people || messages != people {
			t.Errorf("after exit: %d of %d people answered, %d messages; want each answered once\nlog:\n%s",
				chats, people, messages, tail(p.logs.String()))
		}
		if !strings.Contains(readyz, "shutting down") {
			t.Errorf("/readyz while draining = %q, want 503 shutting down", readyz)
		}
		if !strings.Contains(p.logs.String(), "outbox delivered") {
			t.Errorf("the log does not say the outbox was delivered:\n%s", tail(p.logs.String()))
		}
		t.Logf("SIGTERM to exit: %v, %d replies delivered while stopping", took.Round(time.Millisecond), people)
	})

	t.Run("deadline shorter than the backlog", func(t *testing.T) {
		srv := telegramtest.New(t, telegramtest.Options{})
		const first, people = 8200, 20
		// Slow enough that none of the sends under way at the signal
		// finishes before the deadline.
		srv.FailNext("sendMessage", 8, telegramtest.Fault{Delay: 10 * time.Second})
		dir := t.TempDir()
		env := telegramEnv(srv, dir)
		env["COMPANION_SHUTDOWN_TIMEOUT"] = "1s"
		p := startProcess(t, bin, env)
		sendAll(t, srv, first, people)
		took := p.terminate(t, 10*time.Second)
		if took < 900*time.Millisecond || took > 5*time.Second {
			t.Errorf("exited %v after SIGTERM, want about the 1s deadline", took)
		}
		_, before := delivered(srv, first, people)
		m := regexp.MustCompile(`replies left in the outbox for the next start.* count=(\d+)`).FindStringSubmatch(p.logs.String())
		if m == nil {
			t.Fatalf("the log does not count the replies left:\n%s", tail(p.logs.String()))
		}
		if left, _ := strconv.Atoi(m[1]); left+before != people {
			t.Errorf("%d delivered and %d logged as left, want %d in all", before, left, people)
		}

		q := startProcess(t, bin, env)
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := srv.Wait(ctx, func() bool { c, _ := delivered(srv, first, people); return c == people }); err != nil {
			c, _ := delivered(srv, first, people)
			t.Fatalf("after restart %d of %d people answered\nlog:\n%s", c, people, tail(q.logs.String()))
		}
		q.terminate(t, 10*time.Second)
		if chats, messages := delivered(srv, first, people); messages != people {
			t.Errorf("%d messages to %d people, want each answered exactly once", messages, chats)
		}
		if n := srv.PendingUpdates(); n != 0 {
			t.Errorf("%d updates never confirmed", n)
		}
		t.Logf("SIGTERM to exit: %v with %d replies left behind, delivered at the next start", took.Round(time.Millisecond), people-before)
	})
}

// syncBuffer is a buffer safe for a writer and a reader at once.
type syncBuffer = logbuf.Buffer

func TestLineNamingLooksAtSeriesOnly(t *testing.T) {
	exp := "# HELP x y 4343\ncompanion_turn_seconds_sum 0.0434312\ncompanion_ok 1\n"
	if l := lineNaming(exp, "4343"); l != "" {
		t.Errorf("a number in a value or comment counted as naming: %q", l)
	}
	exp += `companion_turns_total{chat="4343"} 2` + "\n"
	if l := lineNaming(exp, "4343"); l != `companion_turns_total{chat="4343"} 2` {
		t.Errorf("a label holding the id went unseen: %q", l)
	}
}
