package matrix

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/agent"
)

func TestSendCallbacksCountRetriesAndRateLimits(t *testing.T) {
	limit := answer(http.StatusTooManyRequests, `{"errcode":"M_LIMIT_EXCEEDED","error":"slow down","retry_after_ms":50}`)
	tests := []struct {
		name          string
		clientRetries int // the client's own retries; the send loop retries the rest
		answers       []func(w http.ResponseWriter)
		wantRetried   int
		wantLimited   int
	}{
		{"send loop retries", 0, []func(http.ResponseWriter){limit, answer(http.StatusBadGateway, `{"errcode":"M_UNKNOWN"}`)}, 2, 1},
		{"client retries", 2, []func(http.ResponseWriter){limit, answer(http.StatusServiceUnavailable, `{"errcode":"M_UNKNOWN"}`)}, 2, 1},
		{"refused, tried again later", 0, []func(http.ResponseWriter){answer(http.StatusBadRequest, `{"errcode":"M_BAD_JSON"}`)}, 1, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, srv := newFakeHomeserver(t, tt.answers...)
			st := newMemStore()
			var retried, limited atomic.Int64
			a, err := New(Options{Homeserver: srv.URL, UserID: "@companion:localhost",
				SendRetried: func() { retried.Add(1) }, RateLimited: func() { limited.Add(1) }}, turnerFunc(nil), st)
			if err != nil {
				t.Fatal(err)
			}
			a.pollInterval, a.maxBackoff = 50*time.Millisecond, 200*time.Millisecond
			a.httpBackoff = 10 * time.Millisecond
			if a.cli, err = a.newClient(t.Context()); err != nil {
				t.Fatal(err)
			}
			a.cli.AccessToken = "token"
			a.cli.DefaultHTTPRetries = tt.clientRetries
			if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!r:localhost", Reply: agent.Reply{Text: "hello"}}); err != nil {
				t.Fatal(err)
			}
			runSendLoop(t, a)
			for range len(tt.answers) + 1 {
				f.next(t)
			}
			waitFor(t, func() bool { return st.pendingCount() == 0 })
			if got := retried.Load(); got != int64(tt.wantRetried) {
				t.Errorf("SendRetried called %d times, want %d", got, tt.wantRetried)
			}
			if got := limited.Load(); got != int64(tt.wantLimited) {
				t.Errorf("RateLimited called %d times, want %d", got, tt.wantLimited)
			}
		})
	}
}

// syncServer is a homeserver that knows just enough for Run: whoami, a
// filter, /sync (failing on demand) and sends (slow on demand).
type syncServer struct {
	*httptest.Server
	failing   atomic.Bool
	sendDelay atomic.Int64 // nanoseconds
	syncs     atomic.Int64
	sends     atomic.Int64
	batch     atomic.Int64
}

func newSyncServer(t *testing.T) *syncServer {
	t.Helper()
	s := &syncServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		p := r.URL.Path
		switch {
		case strings.HasSuffix(p, "/account/whoami"):
			io.WriteString(w, `{"user_id":"@companion:localhost","device_id":"DEV"}`)
		case strings.HasSuffix(p, "/filter") && r.Method == http.MethodPost:
			io.WriteString(w, `{"filter_id":"f1"}`)
		case strings.HasSuffix(p, "/sync"):
			s.syncs.Add(1)
			if s.failing.Load() {
				w.WriteHeader(http.StatusBadGateway)
				io.WriteString(w, `{"errcode":"M_UNKNOWN","error":"upstream"}`)
				return
			}
			if r.URL.Query().Get("timeout") != "0" {
				// A long poll with nothing new: answer after a moment.
				select {
				case <-time.After(50 * time.Millisecond):
				case <-r.Context().Done():
					return
				}
			}
			fmt.Fprintf(w, `{"next_batch":"s%d"}`, s.batch.Add(1))
		case strings.Contains(p, "/send/") && r.Method == http.MethodPut:
			// Read the body, or the server does not notice the client leave.
			_, _ = io.Copy(io.Discard, r.Body)
			select {
			case <-time.After(time.Duration(s.sendDelay.Load())):
			case <-r.Context().Done():
				return
			}
			fmt.Fprintf(w, `{"event_id":"$e%d"}`, s.sends.Add(1))
		default:
			w.WriteHeader(http.StatusNotFound)
			io.WriteString(w, `{"errcode":"M_UNRECOGNIZED"}`)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

// runAgainst runs an adapter against hs with quick timings until the test
// ends, checking that Run returns nil promptly once cancelled.
func runAgainst(t *testing.T, hs *syncServer, st Store) (*Adapter, func()) {
	t.Helper()
	a, err := New(Options{Homeserver: hs.URL, UserID: "@companion:localhost", AccessToken: "token"}, turnerFunc(nil), st)
	if err != nil {
		t.Fatal(err)
	}
	a.readyGrace, a.maxBackoff, a.httpBackoff = 200*time.Millisecond, 100*time.Millisecond, 10*time.Millisecond
	a.pollInterval = 50 * time.Millisecond
	return a, lifecycletest.Run(t, 5*time.Second, a.Run)
}

func TestReadyFollowsSync(t *testing.T) {
	hs := newSyncServer(t)
	hs.failing.Store(true)
	a, _ := runAgainst(t, hs, newMemStore())
	waitFor(t, func() bool { return hs.syncs.Load() > 0 })
	if err := a.Ready(); !errors.Is(err, ErrNotConnected) || !strings.Contains(err.Error(), "no sync has succeeded") {
		t.Errorf("before a good sync: Ready() = %v", err)
	}
	hs.failing.Store(false)
	waitFor(t, func() bool { return a.Ready() == nil })

	hs.failing.Store(true)
	var notReady error
	waitFor(t, func() bool { notReady = a.Ready(); return notReady != nil })
	if !errors.Is(notReady, ErrNotConnected) || !strings.Contains(notReady.Error(), "sync failing for") {
		t.Errorf("while /sync fails: Ready() = %v", notReady)
	}
	if strings.Contains(notReady.Error(), "token") {
		t.Errorf("Ready() mentions the token: %v", notReady)
	}
	hs.failing.Store(false)
	waitFor(t, func() bool { return a.Ready() == nil })
}

func TestShutdownStopsSyncingAndDrains(t *testing.T) {
	hs := newSyncServer(t)
	st := newMemStore()
	a, stop := runAgainst(t, hs, st)
	waitFor(t, func() bool { return a.Ready() == nil })
	hs.sendDelay.Store(int64(100 * time.Millisecond))
	for i := range 3 {
		if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!r:localhost", Reply: agent.Reply{Text: fmt.Sprint("reply ", i)}}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	left, err := a.Shutdown(ctx)
	if left != 0 || err != nil {
		t.Fatalf("Shutdown = %d, %v; want 0, nil", left, err)
	}
	if n := hs.sends.Load(); n != 3 {
		t.Errorf("%d replies sent, want 3", n)
	}
	if err := a.Ready(); err == nil || !strings.Contains(err.Error(), "shutting down") {
		t.Errorf("after Shutdown: Ready() = %v", err)
	}
	syncs := hs.syncs.Load()
	time.Sleep(200 * time.Millisecond) // long enough for several more syncs, were it still syncing
	if n := hs.syncs.Load(); n != syncs {
		t.Errorf("%d syncs after Shutdown, want none", n-syncs)
	}
	stop()
}

func TestShutdownDeadlineKeepsTheRest(t *testing.T) {
	hs := newSyncServer(t)
	st := newMemStore()
	a, stop := runAgainst(t, hs, st)
	waitFor(t, func() bool { return a.Ready() == nil })
	hs.sendDelay.Store(int64(10 * time.Second))
	for i := range 3 {
		if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!r:localhost", Reply: agent.Reply{Text: fmt.Sprint("reply ", i)}}); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	begin := time.Now()
	left, err := a.Shutdown(ctx)
	if left != 3 || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Shutdown = %d, %v; want 3 left and the deadline", left, err)
	}
	if took := time.Since(begin); took > 2*time.Second {
		t.Errorf("Shutdown took %v past a 300ms deadline", took)
	}
	stop()
	if n := st.pendingCount(); n != 3 {
		t.Errorf("%d replies kept in the outbox, want 3", n)
	}
}
