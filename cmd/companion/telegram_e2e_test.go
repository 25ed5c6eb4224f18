package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// telegramEnv configures `companion run` against srv, keeping data in dir.
func telegramEnv(srv *telegramtest.Server, dir string) map[string]string {
	return map[string]string{
		"COMPANION_DATA_DIR":              dir,
		"COMPANION_TELEGRAM_TOKEN":        srv.Token(),
		"COMPANION_TELEGRAM_API_URL":      srv.URL(),
		"COMPANION_TELEGRAM_POLL_TIMEOUT": "1s",
	}
}

// startRun runs `companion run` in-process until the test ends.
func startRun(t *testing.T, env map[string]string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &bytes.Buffer{}, Stderr: &stderr,
		Env: func(k string) (string, bool) { v, ok := env[k]; return v, ok }}
	done := make(chan error, 1)
	go func() { done <- m.Run(ctx, []string{"run"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("run returned %v after cancel, want nil", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("run did not stop within 15s of cancel")
		}
	})
}

// nthMessage waits for the bot's n-th message (1-based) in chat.
func nthMessage(t *testing.T, srv *telegramtest.Server, chat int64, n int) telegramtest.Sent {
	t.Helper()
	msgs, err := srv.WaitMessages(chat, n, 20*time.Second)
	if err != nil {
		t.Fatalf("%v; so far: %v", err, visible(msgs))
	}
	return msgs[n-1]
}

func visible(msgs []telegramtest.Sent) []string {
	var out []string
	for _, m := range msgs {
		out = append(out, m.Visible)
	}
	return out
}

// button returns the callback data of the button labelled label.
func button(t *testing.T, m telegramtest.Sent, label string) string {
	t.Helper()
	for _, row := range m.Keyboard {
		for _, b := range row {
			if b.Text == label {
				return b.Data
			}
		}
	}
	t.Fatalf("no %q button under %q; keyboard %v", label, m.Visible, m.Keyboard)
	return ""
}

func expect(t *testing.T, m telegramtest.Sent, wants ...string) {
	t.Helper()
	for _, w := range wants {
		if !strings.Contains(m.Visible, w) {
			t.Fatalf("message %q lacks %q", m.Visible, w)
		}
	}
}

// TestTelegramDraftFlow drafts a check-in on Telegram, pressing buttons,
// through `companion run` and a fake Bot API server.
func TestTelegramDraftFlow(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{PerChat: 5, Global: 30})
	startRun(t, telegramEnv(srv, t.TempDir()))
	ana := telegramtest.User{ID: 501, FirstName: "Ana", Username: "ana"}

	srv.SendText(ana, "/draft")
	expect(t, nthMessage(t, srv, ana.ID, 1), "Who would you like to write to")
	srv.SendText(ana, "Sam, my old college friend")
	m := nthMessage(t, srv, ana.ID, 2)
	expect(t, m, "Sam", "occasion")
	srv.Press(ana, ana.ID, m.MessageID, button(t, m, "It's been a while"))
	m = nthMessage(t, srv, ana.ID, 3)
	expect(t, m, "What feel do you want?")
	srv.Press(ana, ana.ID, m.MessageID, button(t, m, "Warm"))
	expect(t, nthMessage(t, srv, ana.ID, 4), "Anything specific")
	srv.SendText(ana, "the road trip to the coast")
	m = nthMessage(t, srv, ana.ID, 5)
	expect(t, m, "first draft", "Sam", "road trip to the coast")
	if !strings.Contains(m.Text, "<pre>") || m.ParseMode != "HTML" {
		t.Errorf("the draft is not a copyable block: %q (%s)", m.Text, m.ParseMode)
	}
	noHandOff(t, m)
	srv.Press(ana, ana.ID, m.MessageID, button(t, m, "Shorter"))
	m = nthMessage(t, srv, ana.ID, 6)
	expect(t, m, "Sam")
	noHandOff(t, m)
	srv.Press(ana, ana.ID, m.MessageID, button(t, m, "Done"))
	m = nthMessage(t, srv, ana.ID, 7)
	expect(t, m, "copy", "Sam")
	checkHandOff(t, m)

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return len(srv.Answered()) == 4 }); err != nil {
		t.Errorf("answered %d button presses, want 4", len(srv.Answered()))
	}
	if got := len(srv.Messages(ana.ID)); got != 7 {
		t.Errorf("the flow took %d messages, want 7: %q", got, visible(srv.Messages(ana.ID)))
	}
	if cmds := srv.Commands(); len(cmds) == 0 || cmds[0].Command != "start" {
		t.Errorf("command menu not set: %v", cmds)
	}
}

// checkHandOff checks that the finished draft in m comes with a share
// button carrying exactly the text of its copy block, and with a copy button
// holding the same text when it fits one.
func checkHandOff(t *testing.T, m telegramtest.Sent) {
	t.Helper()
	_, rest, ok := strings.Cut(m.Text, "<pre>")
	block, _, ok2 := strings.Cut(rest, "</pre>")
	if !ok || !ok2 {
		t.Fatalf("no copy block in %q", m.Text)
	}
	draft := html.UnescapeString(block)
	var copied, link string
	for _, row := range m.Keyboard {
		for _, b := range row {
			copied, link = copied+b.CopyText, link+b.URL
		}
	}
	if fits := utf8.RuneCountInString(draft) <= 256; (copied == draft) != fits {
		t.Errorf("copy button holds %q for a draft of %d characters %q", copied, utf8.RuneCountInString(draft), draft)
	}
	u, err := url.Parse(link)
	if err != nil || u.Host != "t.me" || u.Path != "/share/url" || u.Query().Get("url") != draft {
		t.Errorf("share link %q (%v) does not carry the draft %q", link, err, draft)
	}
}

// noHandOff checks that a draft still being revised has no copy or share
// button: only "done" settles it.
func noHandOff(t *testing.T, m telegramtest.Sent) {
	t.Helper()
	for _, row := range m.Keyboard {
		for _, b := range row {
			if b.CopyText != "" || b.URL != "" {
				t.Errorf("open draft %q has hand-off button %+v", m.Visible, b)
			}
		}
	}
}

// TestTelegramCrashRecovery kills `companion run` with SIGKILL while it
// answers 500 messages from 50 people, restarts it, and checks that every
// message got its answer and that repeats are limited to the few replies
// that were in flight at the kill.
func TestTelegramCrashRecovery(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(t, telegramtest.Options{})
	dir := t.TempDir()
	const people, each = 50, 10
	// Replies Telegram may have taken but the store had not marked sent
	// when the process died: at most the adapter's parallel sends.
	const inFlight = 10
	var logs bytes.Buffer
	start := func() *exec.Cmd {
		cmd := exec.Command(bin, "run")
		cmd.Env = os.Environ()
		for k, v := range telegramEnv(srv, dir) {
			cmd.Env = append(cmd.Env, k+"="+v)
		}
		cmd.Stderr = &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	send := func() {
		for p := range people {
			srv.SendText(telegramtest.User{ID: int64(9000 + p), FirstName: fmt.Sprintf("P%d", p)}, "hello")
		}
	}
	total := func() int { _, n := srv.Chats(); return n }
	waitTotal := func(n int, within time.Duration) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), within)
		defer cancel()
		if err := srv.Wait(ctx, func() bool { return total() >= n }); err != nil {
			t.Fatalf("%d of %d replies after %v\nlog:\n%s", total(), n, within, tail(logs.String()))
		}
	}

	for range each / 2 {
		send()
	}
	cmd := start()
	waitTotal(100, 60*time.Second)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	killedAt := total()
	for range each - each/2 {
		send()
	}
	cmd = start()
	stopped := false
	defer func() {
		if !stopped {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	}()
	waitTotal(people*each, 120*time.Second)
	// Quiet for two seconds with nothing left to fetch: everything is out.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	_ = srv.Wait(ctx, func() bool { return total() > people*each+inFlight })
	// Stop it before reading its log, which it writes while it runs.
	_ = cmd.Process.Signal(syscall.SIGTERM)
	_ = cmd.Wait()
	stopped = true

	if n := srv.PendingUpdates(); n != 0 {
		t.Errorf("%d updates never confirmed", n)
	}
	extra := 0
	for p := range people {
		chat := int64(9000 + p)
		got := len(srv.Messages(chat))
		if got < each {
			t.Errorf("person %d got %d answers to %d messages", p, got, each)
		}
		extra += max(0, got-each)
	}
	if extra > inFlight {
		t.Errorf("%d answers repeated after the crash (killed at %d sent), want at most %d", extra, killedAt, inFlight)
	}
	secret := strings.SplitN(srv.Token(), ":", 2)[1]
	if strings.Contains(logs.String(), secret) {
		t.Error("the bot token appears in the log")
	}
	t.Logf("killed after %d replies; %d repeated after restart", killedAt, extra)
}

func tail(s string) string {
	lines := strings.Split(s, "\n")
	return strings.Join(lines[max(0, len(lines)-30):], "\n")
}
