package telegram

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/agent"
)

var ana = telegramtest.User{ID: 7001, FirstName: "Ana", Username: "ana"}

func TestTextRoundTrip(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := echoTurner(st)
	start(t, testOptions(srv, nil), turner, st)

	id := srv.SendText(ana, "<b>hi</b> & <script>")
	m := turner.next(t)
	want := agent.Message{ID: "telegram:" + strconv.Itoa(id), Channel: "telegram", ChatID: "7001",
		Person: "telegram:7001", Name: "Ana", Text: "<b>hi</b> & <script>", Addressed: true}
	if m.ID != want.ID || m.ChatID != want.ChatID || m.Person != want.Person || m.Name != want.Name ||
		m.Text != want.Text || !m.Addressed || m.Group || m.Partial == nil {
		t.Errorf("turner got %+v, want %+v with Partial set", m, want)
	}
	got, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Visible != "echo: <b>hi</b> & <script>" || got[0].ParseMode != "HTML" {
		t.Errorf("sent %q (%s), want the user's markup shown as typed", got[0].Visible, got[0].ParseMode)
	}
	waitFor(t, "offset saved", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(id+1) })
	waitFor(t, "outbox drained", func() bool { n, _ := st.state(); return n == 0 })
	cmds := srv.Commands()
	if len(cmds) != 12 || cmds[0].Command != "start" || cmds[11].Command != "settings" {
		t.Errorf("command menu = %v, want the 12 commands from start to settings", cmds)
	}
}

func TestCallbackFlow(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := newFakeTurner(func(_ context.Context, m agent.Message) error {
		reply := agent.Reply{Text: "Pick a tone", Choices: []agent.Choice{{ID: "tone:warm", Label: "Warm"}, {ID: "tone:casual", Label: "Casual"}}}
		if m.Choice != "" {
			reply = agent.Reply{Text: "You picked " + m.Choice}
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: reply})
	})
	start(t, testOptions(srv, nil), turner, st)

	srv.SendText(ana, "/draft")
	turner.next(t)
	msgs, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	kb := msgs[0].Keyboard
	if len(kb) != 1 || len(kb[0]) != 2 || kb[0][0] != (telegramtest.Button{Text: "Warm", Data: "tone:warm"}) {
		t.Fatalf("keyboard = %v, want [[Warm Casual]]", kb)
	}
	srv.Press(ana, ana.ID, msgs[0].MessageID, "tone:warm")
	if m := turner.next(t); m.Choice != "tone:warm" || m.Text != "" || m.ChatID != "7001" {
		t.Errorf("press reached turner as %+v, want Choice tone:warm", m)
	}
	// A press on a keyboard from long ago (the message is unknown) is still
	// answered and handled.
	srv.Press(ana, ana.ID, 999999, "tone:casual")
	if m := turner.next(t); m.Choice != "tone:casual" {
		t.Errorf("old keyboard press reached turner as %+v", m)
	}
	if _, err := srv.WaitMessages(ana.ID, 3, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return len(srv.Answered()) == 2 }); err != nil {
		t.Errorf("answered callbacks = %v, want 2", srv.Answered())
	}
}

func TestDeliveryFaults(t *testing.T) {
	tests := []struct {
		name      string
		fault     telegramtest.Fault
		times     int
		minWait   time.Duration
		wantPlain bool
		calls     int
	}{
		{"429 waits retry_after", telegramtest.Fault{Status: 429, RetryAfter: 1}, 1, 900 * time.Millisecond, false, 2},
		{"5xx retried", telegramtest.Fault{Status: 502}, 3, 0, false, 4},
		{"network error retried", telegramtest.Fault{Drop: true}, 2, 0, false, 3},
		{"slow answer waited for", telegramtest.Fault{Delay: 700 * time.Millisecond}, 1, 600 * time.Millisecond, false, 1},
		{"unparsable HTML sent as plain", telegramtest.Fault{Status: 400, Description: "Bad Request: can't parse entities: Unsupported start tag"}, 1, 0, true, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := telegramtest.New(t, telegramtest.Options{})
			st := newMemStore()
			srv.FailNext("sendMessage", tt.times, tt.fault)
			if err := st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "**Hello** there",
				Choices: []agent.Choice{{ID: "ok", Label: "OK"}}}}); err != nil {
				t.Fatal(err)
			}
			begin := time.Now()
			start(t, testOptions(srv, nil), newFakeTurner(nil), st)
			got, err := srv.WaitMessages(ana.ID, 1, 8*time.Second)
			if err != nil {
				t.Fatal(err)
			}
			if took := time.Since(begin); took < tt.minWait {
				t.Errorf("delivered after %v, want at least %v", took, tt.minWait)
			}
			waitFor(t, "marked sent", func() bool { _, sent := st.state(); return len(sent) == 1 })
			if calls := srv.Calls("sendMessage"); calls != tt.calls {
				t.Errorf("sendMessage called %d times, want %d", calls, tt.calls)
			}
			if got := srv.Messages(ana.ID); len(got) != 1 {
				t.Fatalf("chat has %d messages, want exactly 1", len(got))
			}
			wantMode := "HTML"
			if tt.wantPlain {
				wantMode = ""
			}
			if got[0].Visible != "Hello there" || got[0].ParseMode != wantMode || len(got[0].Keyboard) != 1 {
				t.Errorf("delivered %q mode %q keyboard %v, want \"Hello there\" mode %q with keyboard",
					got[0].Visible, got[0].ParseMode, got[0].Keyboard, wantMode)
			}
		})
	}
}

func TestNotSentBeforeAccepted(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.FailNext("sendMessage", 1000, telegramtest.Fault{Status: 500})
	_ = st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "hi"}})
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Calls("sendMessage") >= 5 }); err != nil {
		t.Fatal("sender did not keep retrying")
	}
	if pending, sent := st.state(); pending != 1 || len(sent) != 0 {
		t.Errorf("during an outage: pending %d sent %v, want the reply kept", pending, sent)
	}
}

func TestBlockedChatDropped(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.Block(ana.ID)
	bob := telegramtest.User{ID: 7002, FirstName: "Bob"}
	_ = st.commit("a", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "one"}},
		agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "two"}})
	_ = st.commit("b", agent.Outgoing{ChatID: chatStr(bob.ID), Reply: agent.Reply{Text: "for bob"}})
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	if _, err := srv.WaitMessages(bob.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "all marked sent", func() bool { n, _ := st.state(); return n == 0 })
	if got := st.cursor(blockedCursor(chatStr(ana.ID))); got != "1" {
		t.Errorf("blocked cursor = %q, want 1", got)
	}
	if len(srv.Messages(ana.ID)) != 0 {
		t.Error("a blocked chat got messages")
	}
	if st.cursor(blockedCursor(chatStr(bob.ID))) != "" {
		t.Error("bob marked blocked")
	}
}

func TestRejectedReplyDroppedAfterAttempts(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.FailNext("sendMessage", maxAttempts, telegramtest.Fault{Status: 400, Description: "Bad Request: something odd"})
	_ = st.commit("a", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "first"}})
	opts := testOptions(srv, nil)
	opts.Retry = Backoff{Min: time.Millisecond, Max: 4 * time.Millisecond}
	start(t, opts, newFakeTurner(nil), st)
	waitFor(t, "rejected reply dropped", func() bool { n, _ := st.state(); return n == 0 })
	st.mu.Lock()
	failed := len(st.failed)
	st.mu.Unlock()
	if failed != maxAttempts-1 {
		t.Errorf("MarkFailed called %d times, want %d", failed, maxAttempts-1)
	}
	if len(srv.Messages(ana.ID)) != 0 {
		t.Error("a rejected reply appeared")
	}
}

func TestOffsetOnlyAfterHandle(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	fails := 2
	var id atomic.Int64 // the update, known once injected
	id.Store(1 << 40)
	turner := newFakeTurner(nil)
	turner.HandleFn = func(_ context.Context, m agent.Message) error {
		if fails > 0 {
			fails--
			if got, _ := strconv.ParseInt(st.cursor(offsetCursor), 10, 64); got > id.Load() {
				t.Errorf("offset %d saved past update %d before its turn was handled", got, id.Load())
			}
			return errBoom
		}
		return st.commit(m.ID, agent.Outgoing{ChatID: m.ChatID, Reply: agent.Reply{Text: "ok"}})
	}
	start(t, testOptions(srv, nil), turner, st)
	id.Store(int64(srv.SendText(ana, "hello")))
	for i := 0; i < 3; i++ {
		if m := turner.next(t); m.ID != "telegram:"+strconv.FormatInt(id.Load(), 10) {
			t.Fatalf("attempt %d got %s, want the same update again", i, m.ID)
		}
	}
	next := int(id.Load()) + 1
	waitFor(t, "offset after the update", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(next) })
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Wait(ctx, func() bool { return srv.Confirmed() == next }); err != nil {
		t.Errorf("Telegram's offset = %d, want %d", srv.Confirmed(), next)
	}
	if msgs, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil || len(msgs) != 1 {
		t.Errorf("got %d replies (%v), want 1", len(msgs), err)
	}
}

func TestDuplicateIsSuccess(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := newFakeTurner(func(context.Context, agent.Message) error { return agent.ErrDuplicate })
	start(t, testOptions(srv, nil), turner, st)
	id := srv.SendText(ana, "again")
	turner.next(t)
	waitFor(t, "offset moved", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(id+1) })
	if n := len(turner.messages()); n != 1 {
		t.Errorf("duplicate handled %d times, want 1", n)
	}
}

func TestIgnoredAndNonText(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := echoTurner(st)
	start(t, testOptions(srv, nil), turner, st)
	srv.SendEdit(ana, "edited")
	srv.SendChannelPost(-1009, "news")
	srv.SendGroupText(-1001, ana, "anyone up for lunch?")
	id := srv.SendSticker(ana)
	m := turner.next(t)
	if m.NonText != "sticker" || m.Text != "" {
		t.Errorf("turner got %+v, want the sticker only", m)
	}
	waitFor(t, "offset past all", func() bool { return st.cursor(offsetCursor) == strconv.Itoa(id+1) })
	if n := len(turner.messages()); n != 1 {
		t.Errorf("turner saw %d messages, want 1", n)
	}
	if got, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil || got[0].Visible != "got a sticker" {
		t.Errorf("reply %v %v", got, err)
	}
}

func TestGroupReplyThreaded(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := echoTurner(st)
	start(t, testOptions(srv, nil), turner, st)
	srv.SendGroupText(-1001, ana, "@companion_bot how do I disagree kindly?")
	m := turner.next(t)
	if !m.Group || !m.Addressed || m.Text != "how do I disagree kindly?" || m.Partial != nil {
		t.Errorf("turner got %+v, want an addressed group message without streaming", m)
	}
	got, err := srv.WaitMessages(-1001, 1, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if strconv.Itoa(got[0].ReplyTo) != m.ReplyTo {
		t.Errorf("reply threaded on %d, want %s", got[0].ReplyTo, m.ReplyTo)
	}
}

func TestAllowedUsers(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	turner := echoTurner(st)
	var (
		mu    sync.Mutex // chats are handled side by side
		asked [][]string
	)
	opts := testOptions(srv, nil)
	opts.Allowed = func(ids ...string) bool {
		mu.Lock()
		asked = append(asked, ids)
		mu.Unlock()
		for _, id := range ids {
			if id == "@bob" {
				return true
			}
		}
		return false
	}
	start(t, opts, turner, st)
	srv.SendText(ana, "hello")
	srv.SendText(ana, "hello again")
	srv.Press(ana, ana.ID, 1, "x")
	bob := telegramtest.User{ID: 7002, FirstName: "Bob", Username: "bob"}
	srv.SendText(bob, "hi")
	if m := turner.next(t); m.Person != "telegram:7002" {
		t.Fatalf("turner got %s, want only bob", m.Person)
	}
	if _, err := srv.WaitMessages(bob.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	// Ana's chat is handled beside Bob's, so her refusal may come later.
	got, err := srv.WaitMessages(ana.ID, 1, 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || !strings.Contains(got[0].Visible, "private") {
		t.Errorf("ana got %d messages %v, want one refusal", len(got), got)
	}
	if n := len(turner.messages()); n != 1 {
		t.Errorf("turner called %d times, want 1 (bob)", n)
	}
	mu.Lock()
	askedAna := slices.ContainsFunc(asked, func(ids []string) bool { return slices.Equal(ids, []string{"7001", "@ana"}) })
	mu.Unlock()
	if !askedAna {
		t.Errorf("Allowed asked with %v, want [7001 @ana] among them", asked)
	}
	st.mu.Lock()
	processed := len(st.processed)
	st.mu.Unlock()
	if processed != 1 {
		t.Errorf("store recorded %d turns, want 1", processed)
	}
}

func TestRunBadToken(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	var logs syncBuffer
	opts := testOptions(srv, &logs)
	opts.Token = "999:wrong-secret-token"
	a, err := New(opts, newFakeTurner(nil), newMemStore())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err = a.Run(ctx)
	if !errors.Is(err, ErrUnauthorized) {
		t.Fatalf("Run = %v, want ErrUnauthorized", err)
	}
	if strings.Contains(err.Error(), "wrong-secret-token") || strings.Contains(logs.String(), "wrong-secret-token") {
		t.Error("the token leaked into the error or the log")
	}
}

func TestTokenNeverLogged(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	var logs syncBuffer
	st := newMemStore()
	srv.FailNext("getMe", 2, telegramtest.Fault{Drop: true})
	srv.FailNext("getUpdates", 2, telegramtest.Fault{Drop: true})
	srv.FailNext("setMyCommands", 1, telegramtest.Fault{Status: 500})
	srv.FailNext("sendMessage", 2, telegramtest.Fault{Drop: true})
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 502})
	_ = st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: "hi"}})
	opts := testOptions(srv, &logs)
	opts.HTTPClient = nil
	start(t, opts, echoTurner(st), st)
	if _, err := srv.WaitMessages(ana.ID, 1, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	out := logs.String()
	if !strings.Contains(out, "getMe failed") || !strings.Contains(out, "unreachable") {
		t.Fatalf("expected failures to be logged, got:\n%s", out)
	}
	secret := strings.SplitN(srv.Token(), ":", 2)[1]
	if strings.Contains(out, secret) {
		t.Errorf("token in logs:\n%s", out)
	}
	if !strings.Contains(out, redacted) {
		t.Errorf("expected the URL with the token redacted in:\n%s", out)
	}
}

func TestScrubber(t *testing.T) {
	s := newScrubber("123:ABC-def")
	tests := []struct{ in, want string }{
		{`Post "https://api.telegram.org/bot123:ABC-def/getMe": dial tcp: refused`, `Post "https://api.telegram.org/[redacted]/getMe": dial tcp: refused`},
		{"token 123:ABC-def alone", "token [redacted] alone"},
		{"escaped bot123%3AABC-def", "escaped [redacted]"},
		{"nothing here", "nothing here"},
	}
	for _, tt := range tests {
		if got := s.err(errors.New(tt.in)).Error(); got != tt.want {
			t.Errorf("scrub(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if s.err(nil) != nil {
		t.Error("scrub(nil) != nil")
	}
	leaky := errors.New("bot123:ABC-def")
	if errors.Is(s.err(leaky), leaky) {
		t.Error("a scrubbed error unwraps to the one holding the token")
	}
}

func TestLongReplySplitAcrossMessages(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	var b strings.Builder
	for b.Len() < 13000 {
		b.WriteString("A thought about **friends** 🙂 & <others>. ")
	}
	_ = st.commit("x", agent.Outgoing{ChatID: chatStr(ana.ID), Reply: agent.Reply{Text: b.String(),
		Choices: []agent.Choice{{ID: "more", Label: "More"}}}})
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	waitFor(t, "marked sent", func() bool { n, _ := st.state(); return n == 0 })
	msgs := srv.Messages(ana.ID)
	if len(msgs) < 3 {
		t.Fatalf("got %d messages, want the reply in at least 3 parts", len(msgs))
	}
	for i, m := range msgs {
		if hasKB := len(m.Keyboard) > 0; hasKB != (i == len(msgs)-1) {
			t.Errorf("message %d keyboard %v; want it on the last part only", i, m.Keyboard)
		}
		if !strings.HasSuffix(m.Visible, ".") {
			t.Errorf("part %d ends mid-sentence: …%q", i, m.Visible[max(0, len(m.Visible)-20):])
		}
	}
}

func TestMigratedGroupDropped(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	st := newMemStore()
	srv.FailNext("sendMessage", 1, telegramtest.Fault{Status: 400, Description: "Bad Request: group chat was upgraded to a supergroup chat", MigrateTo: -1009})
	_ = st.commit("x", agent.Outgoing{ChatID: "-1001", Reply: agent.Reply{Text: "hi group"}})
	start(t, testOptions(srv, nil), newFakeTurner(nil), st)
	waitFor(t, "dropped", func() bool { n, _ := st.state(); return n == 0 })
	if got := st.cursor(blockedCursor("-1001")); got != "1" {
		t.Errorf("old group id not marked unreachable: %q", got)
	}
	if n := srv.Calls("sendMessage"); n != 1 {
		t.Errorf("sendMessage called %d times, want 1", n)
	}
}
