package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/matrix/matrixtest"
)

// matrixWait bounds each wait on the homeserver or the process.
const matrixWait = 30 * time.Second

// TestMatrixReadinessAndShutdown runs the binary against a real homeserver
// (Dendrite), behind a proxy that can hold the companion's /sync and its
// sends the way a slow homeserver would. It checks that /readyz names
// Matrix until the first sync and is ready after it; that a person who
// says hello first gets the welcome and the menu; that a SIGTERM while replies
// wait in the outbox drains them (with /readyz saying "shutting down") and
// exits 0; and that with a deadline shorter than the backlog the process
// exits at the deadline and the next start delivers the rest, every reply
// exactly once, including the one the homeserver took after the companion
// gave up on it.
func TestMatrixReadinessAndShutdown(t *testing.T) {
	hs := startDendrite(t)
	bin := buildBinary(t)
	bot, alice := hs.Users["bot"], hs.Users["alice"]
	botID := id.UserID(bot.ID)
	px := newHomeserverProxy(t, hs.URL)
	addr := freeAddr(t)
	env := map[string]string{
		"COMPANION_DATA_DIR":          t.TempDir(),
		"COMPANION_MATRIX_HOMESERVER": px.URL,
		"COMPANION_MATRIX_USER_ID":    bot.ID,
		"COMPANION_MATRIX_PASSWORD":   bot.Password,
		"COMPANION_MATRIX_ENCRYPTION": "false",
		"COMPANION_HTTP_ADDR":         addr,
		"COMPANION_SHUTDOWN_TIMEOUT":  "20s",
		"COMPANION_LOG_LEVEL":         "info",
	}
	readyz := "http://" + addr + "/readyz"

	// Before the first sync /readyz names what Matrix lacks; after it, ready.
	px.sync.shut()
	p := startProcess(t, bin, env)
	px.sync.waitHeld(t, 1)
	const unsynced = "matrix: not connected: no sync has succeeded yet"
	if code, body := get(t, readyz); code != http.StatusServiceUnavailable || !strings.Contains(body, unsynced) {
		t.Fatalf("/readyz before the first sync = %d %q, want 503 with %q", code, body, unsynced)
	}
	px.sync.open()
	if code, body := getUntil(t, readyz, http.StatusOK, "ready"); code != http.StatusOK {
		t.Fatalf("/readyz after the first sync = %d %q\nlog:\n%s", code, body, tail(p.logs.String()))
	}

	person := newMatrixPerson(t, hs, alice, botID)
	room := person.directChat()
	person.say(room, "hello there")
	greeting := person.expectReplies(room, "not a therapist")
	if !strings.Contains(greeting[0], "1. Reflect") {
		t.Errorf("the welcome offers no menu: %q", greeting[0])
	}
	// Every event of the greeting (its reactions too) is out before the
	// sends are held, so the one held next is a reply.
	waitOutbox(t, addr, 0)

	// A SIGTERM while replies wait: the drain delivers them, then exit 0.
	first := []string{"/help", "/privacy", "thanks"}
	px.send.shut()
	for _, text := range first {
		person.say(room, text)
	}
	waitOutbox(t, addr, len(first))
	px.send.waitHeld(t, 1)
	const timeout = 20 * time.Second
	begin := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code, body := getUntil(t, readyz, http.StatusServiceUnavailable, "shutting down"); code != http.StatusServiceUnavailable {
		t.Fatalf("/readyz while draining = %d %q, want 503 shutting down", code, body)
	}
	px.send.open()
	took := p.exited(t, begin, timeout+5*time.Second)
	if took > timeout {
		t.Errorf("exited %v after SIGTERM, past the %v deadline", took, timeout)
	}
	if !strings.Contains(p.logs.String(), "outbox delivered") {
		t.Errorf("the log does not say the outbox was delivered:\n%s", tail(p.logs.String()))
	}
	person.expectReplies(room, "Here's what I can do", "What I keep", "You're welcome")
	t.Logf("SIGTERM to exit: %v, %d replies delivered while stopping", took.Round(time.Millisecond), len(first))

	// A deadline shorter than the backlog: exit at the deadline, the rest
	// at the next start.
	env["COMPANION_SHUTDOWN_TIMEOUT"] = "1s"
	q := startProcess(t, bin, env)
	if code, body := getUntil(t, readyz, http.StatusOK, "ready"); code != http.StatusOK {
		t.Fatalf("/readyz after a restart = %d %q\nlog:\n%s", code, body, tail(q.logs.String()))
	}
	second := []string{"/start", "/help", "/privacy", "thanks"}
	px.send.shut()
	for _, text := range second {
		person.say(room, text)
	}
	waitOutbox(t, addr, len(second))
	px.send.waitHeld(t, 1)
	begin = time.Now()
	if err := q.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	took = q.exited(t, begin, 10*time.Second)
	if took < 900*time.Millisecond || took > 6*time.Second {
		t.Errorf("exited %v after SIGTERM, want about the 1s deadline", took)
	}
	m := regexp.MustCompile(`replies left in the outbox for the next start.* count=(\d+)`).FindStringSubmatch(q.logs.String())
	if m == nil {
		t.Fatalf("the log does not count the replies left:\n%s", tail(q.logs.String()))
	}
	if left, _ := strconv.Atoi(m[1]); left != len(second) {
		t.Errorf("%d replies logged as left, want %d", left, len(second))
	}
	// The homeserver takes the reply it was holding although the companion
	// stopped waiting for it: the next start must not post it again.
	px.send.open()
	px.send.waitIdle(t)
	person.expectReplies(room, "I'm a companion for the people in your life")
	r := startProcess(t, bin, env)
	person.expectReplies(room, "Here's what I can do", "What I keep", "You're welcome")
	waitOutbox(t, addr, 0)
	r.terminate(t, 10*time.Second)
	t.Logf("SIGTERM to exit with a 1s deadline: %v, %d replies left for the next start", took.Round(time.Millisecond), len(second))

	// What people say and what the companion answers stay out of the
	// log, and so does the password.
	for i, pr := range []*process{p, q, r} {
		logs := pr.logs.String()
		for _, private := range []string{"hello there", "not a therapist", "What I keep", bot.Password} {
			if strings.Contains(logs, private) {
				t.Errorf("the log of start %d holds %q", i+1, private)
			}
		}
	}

	want := []string{"not a therapist", "Here's what I can do", "What I keep", "You're welcome",
		"I'm a companion for the people in your life", "Here's what I can do", "What I keep", "You're welcome"}
	got := person.history(room)
	if len(got) != len(want) {
		t.Fatalf("the room holds %d replies, want %d, each once:\n%q", len(got), len(want), got)
	}
	for i := range want {
		if !strings.Contains(got[i], want[i]) {
			t.Errorf("reply %d = %q, want it to hold %q", i+1, got[i], want[i])
		}
	}
}

// TestMatrixStopsWhileHomeserverUnreachable starts the binary with a
// homeserver that does not answer: /readyz says Matrix is not logged in,
// and a SIGTERM ends the login retries and exits 0 at once, without
// waiting out the shutdown deadline.
func TestMatrixStopsWhileHomeserverUnreachable(t *testing.T) {
	bin := buildBinary(t)
	addr := freeAddr(t)
	p := startProcess(t, bin, map[string]string{
		"COMPANION_DATA_DIR":          t.TempDir(),
		"COMPANION_MATRIX_HOMESERVER": "http://" + freeAddr(t),
		"COMPANION_MATRIX_USER_ID":    "@companion:localhost",
		"COMPANION_MATRIX_PASSWORD":   "not-used-here",
		"COMPANION_MATRIX_ENCRYPTION": "false",
		"COMPANION_HTTP_ADDR":         addr,
		"COMPANION_SHUTDOWN_TIMEOUT":  "10s",
	})
	const unmet = "matrix: not connected: not logged in yet"
	if code, body := getUntil(t, "http://"+addr+"/readyz", http.StatusServiceUnavailable, unmet); !strings.Contains(body, unmet) {
		t.Fatalf("/readyz with the homeserver down = %d %q, want 503 with %q", code, body, unmet)
	}
	begin := time.Now()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	took := p.exited(t, begin, 10*time.Second)
	if took > 3*time.Second {
		t.Errorf("exited %v after SIGTERM, want at once: nothing was waiting", took)
	}
	t.Logf("SIGTERM to exit while logging in: %v", took.Round(time.Millisecond))
	if logs := p.logs.String(); strings.Contains(logs, "not-used-here") {
		t.Errorf("the log holds the password:\n%s", tail(logs))
	}
}

// startDendrite starts a homeserver for the test. Like the adapter's own
// Matrix tests, it skips when the Dendrite binaries are missing, unless
// the CI variable is set, which makes it fail instead.
func startDendrite(t *testing.T) *matrixtest.Server {
	t.Helper()
	if testing.Short() {
		t.Skip("runs a homeserver")
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	hs, err := matrixtest.Start(ctx, t.TempDir())
	if err != nil {
		if errors.Is(err, matrixtest.ErrNoBinaries) && os.Getenv("CI") == "" {
			t.Skipf("skipping Matrix end-to-end test: %v", err)
		}
		t.Fatalf("dendrite: %v", err)
	}
	t.Cleanup(hs.Close)
	return hs
}

// exited waits up to within for the process to exit 0 after a signal sent
// at since, and returns how long after since it exited.
func (p *process) exited(t *testing.T, since time.Time, within time.Duration) time.Duration {
	t.Helper()
	select {
	case err := <-p.done:
		if err != nil {
			t.Fatalf("exit after SIGTERM: %v\nlog:\n%s", err, tail(p.logs.String()))
		}
	case <-time.After(within):
		t.Fatalf("still running %v after SIGTERM\nlog:\n%s", within, tail(p.logs.String()))
	}
	return time.Since(since)
}

// waitOutbox waits until /metrics shows n Matrix replies waiting.
func waitOutbox(t *testing.T, addr string, n int) {
	t.Helper()
	const series = `companion_outbox_depth{adapter="matrix"}`
	deadline := time.Now().Add(matrixWait)
	for {
		_, body := get(t, "http://"+addr+"/metrics")
		got := metricValue(t, body, series)
		if got == float64(n) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s = %v after %v, want %d", series, got, matrixWait, n)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// homeserverProxy passes the companion's requests on to the homeserver,
// but can hold its /sync or its sends (PUT .../send/...) the way a slow
// homeserver would. A held send reaches the homeserver once released, even
// if the companion stopped waiting for the answer meanwhile.
type homeserverProxy struct {
	// URL is what the companion is configured with.
	URL        string
	sync, send *gate
	rp         *httputil.ReverseProxy
}

func newHomeserverProxy(t *testing.T, target string) *homeserverProxy {
	t.Helper()
	u, err := url.Parse(target)
	if err != nil {
		t.Fatal(err)
	}
	p := &homeserverProxy{sync: newGate(), send: newGate(), rp: httputil.NewSingleHostReverseProxy(u)}
	// A request the companion gave up on is not worth a log line.
	p.rp.ErrorHandler = func(w http.ResponseWriter, _ *http.Request, _ error) { w.WriteHeader(http.StatusBadGateway) }
	srv := httptest.NewServer(p)
	t.Cleanup(func() {
		p.sync.open()
		p.send.open()
		srv.Close()
	})
	p.URL = srv.URL
	return p
}

func (p *homeserverProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/sync"):
		ok := p.sync.enter(r.Context().Done())
		defer p.sync.leave()
		if !ok {
			return
		}
	case r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/send/"):
		// The homeserver has the whole request and works on it, however
		// long, even once the companion hung up.
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		r = r.WithContext(context.WithoutCancel(r.Context()))
		p.send.enter(nil)
		defer p.send.leave()
		// Only the plain writer: the proxy would otherwise notice the
		// hang-up through http.CloseNotifier and drop the request.
		p.rp.ServeHTTP(struct{ http.ResponseWriter }{w}, r)
		return
	}
	p.rp.ServeHTTP(w, r)
}

// gate holds requests while shut. It starts open.
type gate struct {
	mu      sync.Mutex
	release chan struct{} // closed while the gate is open
	held    int           // requests waiting at the gate
	busy    int           // requests through the gate and not answered yet, held ones included
}

func newGate() *gate {
	g := &gate{release: make(chan struct{})}
	close(g.release)
	return g
}

func (g *gate) shut() {
	g.mu.Lock()
	defer g.mu.Unlock()
	select {
	case <-g.release:
		g.release = make(chan struct{})
	default:
	}
}

func (g *gate) open() {
	g.mu.Lock()
	defer g.mu.Unlock()
	select {
	case <-g.release:
	default:
		close(g.release)
	}
}

// enter waits until the gate is open (true) or stop is closed (false);
// leave must follow once the request is answered.
func (g *gate) enter(stop <-chan struct{}) bool {
	g.mu.Lock()
	release := g.release
	g.held++
	g.busy++
	g.mu.Unlock()
	ok := true
	select {
	case <-release:
	case <-stop:
		ok = false
	}
	g.mu.Lock()
	g.held--
	g.mu.Unlock()
	return ok
}

func (g *gate) leave() {
	g.mu.Lock()
	g.busy--
	g.mu.Unlock()
}

func (g *gate) counts() (held, busy int) {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.held, g.busy
}

// waitHeld waits until n requests wait at the gate.
func (g *gate) waitHeld(t *testing.T, n int) {
	t.Helper()
	g.waitFor(t, "requests held", func(held, _ int) bool { return held == n })
}

// waitIdle waits until every request let through was answered.
func (g *gate) waitIdle(t *testing.T) {
	t.Helper()
	g.waitFor(t, "requests under way", func(_, busy int) bool { return busy == 0 })
}

func (g *gate) waitFor(t *testing.T, what string, cond func(held, busy int) bool) {
	t.Helper()
	deadline := time.Now().Add(matrixWait)
	for {
		held, busy := g.counts()
		if cond(held, busy) {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: %d held, %d under way after %v", what, held, busy, matrixWait)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// matrixPerson is an account on the homeserver that talks to the companion
// through mautrix, the way a person's client would.
type matrixPerson struct {
	t      *testing.T
	cli    *mautrix.Client
	bot    id.UserID
	joined chan id.RoomID    // rooms the companion joined
	msgs   chan *event.Event // the companion's messages
}

func newMatrixPerson(t *testing.T, hs *matrixtest.Server, u matrixtest.User, bot id.UserID) *matrixPerson {
	t.Helper()
	cli, err := mautrix.NewClient(hs.URL, id.UserID(u.ID), u.AccessToken)
	if err != nil {
		t.Fatal(err)
	}
	p := &matrixPerson{t: t, cli: cli, bot: bot, joined: make(chan id.RoomID, 100), msgs: make(chan *event.Event, 100)}
	syncer := cli.Syncer.(*mautrix.DefaultSyncer)
	syncer.OnEventType(event.StateMember, func(_ context.Context, evt *event.Event) {
		if evt.GetStateKey() == string(bot) && evt.Content.AsMember().Membership == event.MembershipJoin {
			p.joined <- evt.RoomID
		}
	})
	syncer.OnEventType(event.EventMessage, func(_ context.Context, evt *event.Event) {
		if evt.Sender == bot {
			p.msgs <- evt
		}
	})
	matrixtest.Sync(t, cli)
	return p
}

// directChat opens a direct chat with the companion and waits until it
// joined.
func (p *matrixPerson) directChat() id.RoomID {
	p.t.Helper()
	resp, err := p.cli.CreateRoom(p.t.Context(), &mautrix.ReqCreateRoom{
		Preset: "trusted_private_chat", IsDirect: true, Invite: []id.UserID{p.bot}})
	if err != nil {
		p.t.Fatal(err)
	}
	deadline := time.After(matrixWait)
	for {
		select {
		case room := <-p.joined:
			if room == resp.RoomID {
				return room
			}
		case <-deadline:
			p.t.Fatalf("the companion did not join the room within %v", matrixWait)
		}
	}
}

func (p *matrixPerson) say(room id.RoomID, text string) id.EventID {
	p.t.Helper()
	resp, err := p.cli.SendText(p.t.Context(), room, text)
	if err != nil {
		p.t.Fatal(err)
	}
	return resp.EventID
}

// expectReplies waits for the companion's next messages in room, checks
// that each holds its part of wants, in order, and returns their bodies.
func (p *matrixPerson) expectReplies(room id.RoomID, wants ...string) []string {
	p.t.Helper()
	var bodies []string
	deadline := time.After(matrixWait)
	for i, want := range wants {
		select {
		case evt := <-p.msgs:
			if evt.RoomID != room {
				p.t.Fatalf("a reply in %s, want in %s", evt.RoomID, room)
			}
			body := evt.Content.AsMessage().Body
			if !strings.Contains(body, want) {
				p.t.Fatalf("reply %d of %d = %q, want it to hold %q", i+1, len(wants), body, want)
			}
			bodies = append(bodies, body)
		case <-deadline:
			p.t.Fatalf("%d of %d replies within %v; waiting for one holding %q", i, len(wants), matrixWait, want)
		}
	}
	return bodies
}

// history returns the bodies of every message the companion posted in
// room, oldest first, as the homeserver keeps them. It says one more thing
// first and reads until that shows: everything posted before is then in
// the history too.
func (p *matrixPerson) history(room id.RoomID) []string {
	p.t.Helper()
	last := p.say(room, "bye for now")
	deadline := time.Now().Add(matrixWait)
	for {
		resp, err := p.cli.Messages(p.t.Context(), room, "", "", mautrix.DirectionBackward, nil, 500)
		if err != nil {
			p.t.Fatal(err)
		}
		var bodies []string
		seen := false
		for _, evt := range resp.Chunk {
			seen = seen || evt.ID == last
			if evt.Sender == p.bot && evt.Type == event.EventMessage {
				_ = evt.Content.ParseRaw(evt.Type)
				bodies = append([]string{evt.Content.AsMessage().Body}, bodies...)
			}
		}
		if seen {
			return bodies
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("the room's history lacks the last message after %v", matrixWait)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
