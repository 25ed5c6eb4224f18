package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/internal/loadtest"
)

// soakDuration is how long TestSoak's people keep talking: 45s, or the
// duration in COMPANION_SOAK (COMPANION_SOAK=5m for the full soak).
func soakDuration(t *testing.T) time.Duration {
	v := os.Getenv("COMPANION_SOAK")
	if v == "" {
		return 45 * time.Second
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 15*time.Second {
		t.Fatalf("COMPANION_SOAK=%q: want a duration of at least 15s, such as 5m", v)
	}
	return d
}

// TestSoak has 200 people talk to `companion run` for soakDuration through
// a fake Telegram that answers some calls with 429, some with 5xx and some
// slowly, with a language model that fails half its calls, and kills the
// companion with SIGKILL at a third and at two thirds of the run. Every
// message must be answered, a kill may repeat at most one reply per chat,
// memory must stay flat over the last third, and the bot token must never
// reach the log.
func TestSoak(t *testing.T) {
	bin := buildBinary(t)
	run := soakDuration(t)
	const people, kills = 200, 2
	srv := telegramtest.New(t, telegramtest.Options{Random: &telegramtest.RandomFaults{
		TooMany: 0.005, RetryAfter: 1, ServerError: 0.02,
		Slow: 0.02, SlowMin: 200 * time.Millisecond, SlowMax: 2 * time.Second,
	}})
	model := newFlakyModel(t)
	env := telegramEnv(srv, t.TempDir())
	env["COMPANION_LLM_PROVIDER"], env["COMPANION_LLM_URL"], env["COMPANION_LLM_MODEL"] = "ollama", model.srv.URL, "tiny"
	logs := &syncBuffer{}
	comp := &loadtest.Binary{Path: bin, Env: env, Log: logs}
	t.Cleanup(func() { _ = comp.Kill() })
	start := func() {
		t.Helper()
		polls := srv.Calls("getUpdates")
		if err := comp.Start(); err != nil {
			t.Fatal(err)
		}
		// Polling again means it is up.
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := srv.Wait(ctx, func() bool { return srv.Calls("getUpdates") > polls }); err != nil {
			t.Fatalf("the companion did not start polling within 30s; log:\n%s", tail(logs.String()))
		}
	}
	start()

	began := time.Now()
	done := make(chan *loadtest.Result, 1)
	go func() {
		res, err := loadtest.Run(context.Background(), srv, loadtest.Options{
			People: people, Duration: run, Think: 10 * time.Second, Drain: 60 * time.Second, Seed: 1})
		if err != nil {
			t.Errorf("load run: %v", err)
		}
		done <- res
	}()
	at := func(frac float64) { time.Sleep(time.Until(began.Add(time.Duration(frac * float64(run))))) }
	for k := 1; k <= kills; k++ {
		at(float64(k) / 3)
		// Kill the moment Telegram has taken a reply, before the companion
		// can mark it sent: the reply in flight that a crash may repeat.
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		n := sentSoFar(srv)
		_ = srv.Wait(ctx, func() bool { return sentSoFar(srv) > n })
		cancel()
		if err := comp.Kill(); err != nil {
			t.Fatalf("kill %d: %v", k, err)
		}
		killed := time.Now()
		replies := sentSoFar(srv)
		start()
		t.Logf("killed at %s after %d replies; polling again %s later",
			killed.Sub(began).Round(time.Second), replies, time.Since(killed).Round(time.Millisecond))
	}
	mem := map[string]loadtest.Memory{}
	read := func(when string) {
		m, err := loadtest.ReadMemory(comp.PID())
		if err != nil {
			t.Fatalf("memory at %s: %v", when, err)
		}
		mem[when] = m
	}
	read("start")
	at(5.0 / 6)
	read("middle")
	at(1)
	read("end")
	res := <-done
	if err := comp.Stop(30 * time.Second); err != nil {
		t.Errorf("stop after the run: %v", err)
	}
	if res == nil {
		t.FailNow()
	}

	calls, failed := model.counts()
	faults := srv.Injected()
	var table strings.Builder
	_ = res.WriteTable(&table)
	t.Logf("%d people for %s, killed %d times:\n%s", people, run, kills, table.String())
	t.Logf("faults: %d × 429, %d × 5xx, %d slow; model: %d calls, %d failed",
		faults.TooMany, faults.ServerError, faults.Slow, calls, failed)
	t.Logf("memory over the last third: start %s, middle %s, end %s", mem["start"], mem["middle"], mem["end"])

	if res.Sent < people*2 {
		t.Errorf("only %d messages sent by %d people", res.Sent, people)
	}
	if res.Unanswered > 0 || res.Missing() > 0 || res.Short > 0 {
		t.Errorf("%d messages unanswered, %d replies missing, %d turns short of replies", res.Unanswered, res.Missing(), res.Short)
	}
	if res.OffScript > 0 {
		t.Errorf("%d times a reply lacked the button the script expected", res.OffScript)
	}
	for _, c := range res.Chats {
		if c.Extra() > kills {
			t.Errorf("chat %d: %d extra replies over %d kills, want at most one a kill", c.ID, c.Extra(), kills)
		}
	}
	if faults.TooMany == 0 || faults.ServerError == 0 || faults.Slow == 0 {
		t.Errorf("not every kind of fault was injected: %+v", faults)
	}
	if calls < 20 || failed < calls/4 || failed > 3*calls/4 {
		t.Errorf("model: %d calls, %d failed; want many calls, about half failing", calls, failed)
	}
	// Memory: once warm, the companion's working set is bounded by fixed
	// sizes (Badger's memtables and caches, the adapter's pools); the Go heap
	// swings by about its live size between collections (a few MB here), and
	// the mapped Badger files grow by a MB or two a minute as they are
	// written. A fifth of the middle reading plus 8 MB covers that noise. In
	// the five-minute soak the second half of the last third is 50s, about
	// 1,000 turns: keeping 20 KB a turn would fail it.
	if mid, end := mem["middle"].RSS, mem["end"].RSS; end > mid+mid/5+8<<20 {
		t.Errorf("memory grew from %s to %s over the second half of the last third", mem["middle"], mem["end"])
	}
	log := logs.String()
	secret := strings.SplitN(srv.Token(), ":", 2)[1]
	if strings.Contains(log, secret) {
		t.Error("the bot token appears in the log")
	}
	for _, said := range []string{"road trip to the coast", "deal with being ghosted", "terrible karaoke"} {
		if strings.Contains(log, said) {
			t.Errorf("the log holds what a person said (%q)", said)
		}
	}
}

// sentSoFar is how many messages the bot has sent in all.
func sentSoFar(srv *telegramtest.Server) int {
	_, n := srv.Chats()
	return n
}

// flakyModel is an Ollama API that fails every other call: half with an
// error status, half by dropping the connection. The others are answered
// with a short text after a little thinking.
type flakyModel struct {
	srv           *httptest.Server
	calls, failed atomic.Int64
}

func newFlakyModel(t *testing.T) *flakyModel {
	m := &flakyModel{}
	m.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/api/chat" {
			http.NotFound(w, r)
			return
		}
		var body map[string]any
		if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
			http.Error(w, `{"error":"bad request"}`, http.StatusBadRequest)
			return
		}
		n := m.calls.Add(1)
		switch n % 4 {
		case 1:
			m.failed.Add(1)
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, `{"error":"model runner has unexpectedly stopped"}`)
			return
		case 3:
			m.failed.Add(1)
			if conn, _, err := w.(http.Hijacker).Hijack(); err == nil {
				conn.Close()
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, `{"model":"tiny","message":{"role":"assistant","content":"Thanks for telling me."},"done":true}`+"\n")
	}))
	t.Cleanup(m.srv.Close)
	return m
}

func (m *flakyModel) counts() (calls, failed int) {
	return int(m.calls.Load()), int(m.failed.Load())
}
