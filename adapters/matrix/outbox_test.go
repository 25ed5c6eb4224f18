package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"maunium.net/go/mautrix"

	"github.com/companion-dev/companion/agent"
)

// sendRequest is one PUT .../send/TYPE/TXN the fake homeserver saw.
type sendRequest struct {
	eventType string
	txn       string
	body      map[string]any
	at        time.Time
}

// fakeHomeserver answers send requests with the statuses in answers, in
// order (200 once they run out), and reports every request.
type fakeHomeserver struct {
	mu      sync.Mutex
	answers []func(w http.ResponseWriter)
	reqs    chan sendRequest
	events  int
	// forbidden names a room every send to which is refused.
	forbidden string
}

func newFakeHomeserver(t *testing.T, answers ...func(w http.ResponseWriter)) (*fakeHomeserver, *httptest.Server) {
	t.Helper()
	f := &fakeHomeserver{answers: answers, reqs: make(chan sendRequest, 100)}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		parts := strings.Split(r.URL.Path, "/")
		if r.Method != http.MethodPut || len(parts) < 3 || parts[len(parts)-3] != "send" {
			http.Error(w, `{"errcode":"M_UNRECOGNIZED"}`, http.StatusNotFound)
			return
		}
		raw, _ := io.ReadAll(r.Body)
		var body map[string]any
		_ = json.Unmarshal(raw, &body)
		f.reqs <- sendRequest{eventType: parts[len(parts)-2], txn: parts[len(parts)-1], body: body, at: time.Now()}
		f.mu.Lock()
		var answer func(w http.ResponseWriter)
		if f.forbidden != "" && strings.Contains(r.URL.Path, f.forbidden) {
			answer = forbidden
		} else if len(f.answers) > 0 {
			answer, f.answers = f.answers[0], f.answers[1:]
		}
		f.events++
		n := f.events
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if answer != nil {
			answer(w)
			return
		}
		fmt.Fprintf(w, `{"event_id":"$ev%d"}`, n)
	}))
	t.Cleanup(srv.Close)
	return f, srv
}

var forbidden = answer(http.StatusForbidden, `{"errcode":"M_FORBIDDEN","error":"not in room"}`)

func answer(status int, body string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

func (f *fakeHomeserver) next(t *testing.T) sendRequest {
	t.Helper()
	select {
	case r := <-f.reqs:
		return r
	case <-time.After(5 * time.Second):
		t.Fatal("no send request within 5s")
		return sendRequest{}
	}
}

// offlineAdapter is an Adapter whose client talks to hs without logging in.
func offlineAdapter(t *testing.T, hs string, st Store) *Adapter {
	t.Helper()
	a, err := New(Options{Homeserver: hs, UserID: "@companion:localhost"}, turnerFunc(nil), st)
	if err != nil {
		t.Fatal(err)
	}
	a.cli, err = mautrix.NewClient(hs, a.userID, "token")
	if err != nil {
		t.Fatal(err)
	}
	a.pollInterval = time.Hour // only pokes and retries drive the loop
	a.maxBackoff = 2 * time.Second
	return a
}

func runSendLoop(t *testing.T, a *Adapter) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- a.sendLoop(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != context.Canceled {
				t.Errorf("sendLoop returned %v, want context.Canceled", err)
			}
		case <-time.After(5 * time.Second):
			t.Error("sendLoop did not stop")
		}
	})
}

func TestSendLoopWaitsOutRateLimit(t *testing.T) {
	const retryMS = 300
	f, srv := newFakeHomeserver(t,
		answer(http.StatusTooManyRequests, fmt.Sprintf(`{"errcode":"M_LIMIT_EXCEEDED","error":"slow down","retry_after_ms":%d}`, retryMS)))
	st := newMemStore()
	a := offlineAdapter(t, srv.URL, st)
	if err := st.commit("u1", agent.Outgoing{Channel: Channel, ChatID: "!room:localhost", Reply: agent.Reply{
		Text: "Pick one", Choices: []agent.Choice{{ID: "a", Label: "A"}, {ID: "b", Label: "B"}},
	}}); err != nil {
		t.Fatal(err)
	}
	runSendLoop(t, a)

	first := f.next(t)
	second := f.next(t)
	if first.eventType != "m.room.message" || second.eventType != "m.room.message" {
		t.Fatalf("want the message twice, got %s then %s", first.eventType, second.eventType)
	}
	if first.txn != second.txn {
		t.Errorf("retry used a new transaction id: %q then %q", first.txn, second.txn)
	}
	if gap := second.at.Sub(first.at); gap < retryMS*time.Millisecond {
		t.Errorf("retried after %s, before the %dms the server asked for", gap, retryMS)
	}
	for i, want := range []string{"1️⃣", "2️⃣"} {
		r := f.next(t)
		rel, _ := r.body["m.relates_to"].(map[string]any)
		if r.eventType != "m.reaction" || rel["key"] != want || rel["event_id"] != "$ev2" {
			t.Errorf("reaction %d: %s %v", i+1, r.eventType, rel)
		}
		if r.txn != fmt.Sprintf("%s.r%d", first.txn, i+1) {
			t.Errorf("reaction %d txn %q, want it derived from %q", i+1, r.txn, first.txn)
		}
	}
	if body, _ := first.body["body"].(string); body != "Pick one\n\n1. A\n2. B" {
		t.Errorf("body %q", body)
	}
	if m, ok := first.body["m.mentions"].(map[string]any); !ok || len(m) != 0 {
		t.Errorf("m.mentions = %v, want an empty object (never ping)", first.body["m.mentions"])
	}
	waitFor(t, func() bool { return st.pendingCount() == 0 })
}

func TestSendLoopKeepsOrderOnNetworkTrouble(t *testing.T) {
	f, srv := newFakeHomeserver(t,
		answer(http.StatusBadGateway, `{"errcode":"M_UNKNOWN","error":"upstream"}`))
	st := newMemStore()
	a := offlineAdapter(t, srv.URL, st)
	for _, text := range []string{"first", "second"} {
		if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!r:localhost", Reply: agent.Reply{Text: text}}); err != nil {
			t.Fatal(err)
		}
	}
	runSendLoop(t, a)
	var order []string
	for range 3 {
		r := f.next(t)
		order = append(order, r.body["body"].(string))
	}
	if got := strings.Join(order, ","); got != "first,first,second" {
		t.Errorf("delivery order %s, want first (failed), first, second", got)
	}
	waitFor(t, func() bool { return st.pendingCount() == 0 })
	if len(st.failed) != 0 {
		t.Errorf("a network failure counted as a refusal: %v", st.failed)
	}
}

func TestSendLoopDropsRefusedReplyAfterRetries(t *testing.T) {
	f, srv := newFakeHomeserver(t)
	f.mu.Lock()
	f.forbidden = "!gone:localhost"
	f.mu.Unlock()
	st := newMemStore()
	a := offlineAdapter(t, srv.URL, st)
	if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!gone:localhost", Reply: agent.Reply{Text: "lost"}}); err != nil {
		t.Fatal(err)
	}
	if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!here:localhost", Reply: agent.Reply{Text: "kept"}}); err != nil {
		t.Fatal(err)
	}
	runSendLoop(t, a)
	// The refused reply does not hold up the next one.
	seen := map[string]int{}
	for seen["kept"] == 0 {
		seen[f.next(t).body["body"].(string)]++
	}
	for seen["lost"] < maxRefusals {
		a.poke()
		seen[f.next(t).body["body"].(string)]++
	}
	waitFor(t, func() bool { return st.pendingCount() == 0 })
	st.mu.Lock()
	defer st.mu.Unlock()
	if st.failed[1] != maxRefusals-1 {
		t.Errorf("refusals recorded %d, want %d before dropping", st.failed[1], maxRefusals-1)
	}
}

func TestTxnID(t *testing.T) {
	o := agent.Outgoing{Seq: 7, ChatID: "!r", Reply: agent.Reply{Text: "hi"}}
	same := o
	other := o
	other.Reply.Text = "hello"
	if txnID(o) != txnID(same) {
		t.Error("same reply, different transaction ids")
	}
	if txnID(o) == txnID(other) {
		t.Error("a different reply under a reused sequence number got the same transaction id")
	}
	if !strings.HasPrefix(txnID(o), "companion.7.") {
		t.Errorf("txnID = %q", txnID(o))
	}
}

// waitFor polls cond until it holds, failing after 5s.
func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	deadline := time.After(5 * time.Second)
	for !cond() {
		select {
		case <-tick.C:
		case <-deadline:
			t.Fatal("condition not met within 5s")
		}
	}
}

// A reply added to the outbox outside a turn (a reminder) goes out when the
// adapter is kicked, not at the next poll, which here is an hour away.
func TestKickSendsReplyAddedOutsideATurn(t *testing.T) {
	f, srv := newFakeHomeserver(t)
	st := newMemStore()
	a := offlineAdapter(t, srv.URL, st)
	if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!here:localhost", Reply: agent.Reply{Text: "hello"}}); err != nil {
		t.Fatal(err)
	}
	runSendLoop(t, a)
	// The loop has been through the outbox once and waits for its poll.
	f.next(t)
	waitFor(t, func() bool { return st.pendingCount() == 0 })
	if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!here:localhost", Reply: agent.Reply{Text: "time to call Mum"}}); err != nil {
		t.Fatal(err)
	}
	a.Kick()
	if got := f.next(t).body["body"]; got != "time to call Mum" {
		t.Errorf("sent %q, want the reminder", got)
	}
}

// TestStopLetsTheSendInFlightFinish cancels the send loop while the
// homeserver is still answering a send: the reply was posted, so it must be
// marked sent (a restart would otherwise post it again wherever the
// homeserver no longer recognises the transaction), and the loop then ends.
// A send that never gets an answer is given up after finishWithin and stays
// in the outbox.
func TestStopLetsTheSendInFlightFinish(t *testing.T) {
	for _, tc := range []struct {
		name       string
		answers    bool
		wantUnsent int
	}{{"answered", true, 0}, {"never answered", false, 1}} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			slow := func(w http.ResponseWriter) {
				<-release
				fmt.Fprint(w, `{"event_id":"$late"}`)
			}
			f, srv := newFakeHomeserver(t, slow)
			t.Cleanup(func() {
				select {
				case <-release:
				default:
					close(release)
				}
			})
			st := newMemStore()
			a := offlineAdapter(t, srv.URL, st)
			a.finishWithin = 300 * time.Millisecond
			for _, text := range []string{"first", "second"} {
				if err := st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!r:localhost", Reply: agent.Reply{Text: text}}); err != nil {
					t.Fatal(err)
				}
			}
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			go func() { done <- a.sendLoop(ctx) }()
			if r := f.next(t); r.body["body"] != "first" {
				t.Fatalf("first send %v", r.body["body"])
			}
			cancel()
			if tc.answers {
				close(release)
			}
			select {
			case err := <-done:
				if err != context.Canceled {
					t.Errorf("sendLoop returned %v, want context.Canceled", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("sendLoop did not stop")
			}
			if got := st.pendingCount(); got != 1+tc.wantUnsent {
				t.Errorf("%d replies left in the outbox, want %d (second never started)", got, 1+tc.wantUnsent)
			}
			select {
			case r := <-f.reqs:
				t.Errorf("a reply was started after the stop: %v", r.body["body"])
			default:
			}
		})
	}
}
