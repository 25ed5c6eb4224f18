package main

import (
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// get fetches url, retrying until the listener is up or the deadline passes.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			return resp.StatusCode, string(body)
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET %s: %v", url, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestStatusEndpoints runs `companion run` with the status listener on and
// checks health, readiness, and that a turn shows up in the metrics with
// nothing of the person in them.
func TestStatusEndpoints(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	env := telegramEnv(srv, t.TempDir())
	addr := freeAddr(t)
	env["COMPANION_HTTP_ADDR"] = addr
	startRun(t, env)

	if code, body := get(t, "http://"+addr+"/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Fatalf("/healthz: %d %q", code, body)
	}
	if code, body := get(t, "http://"+addr+"/readyz"); code != 200 {
		t.Fatalf("/readyz: %d %q", code, body)
	}
	person := telegramtest.User{ID: 4242, FirstName: "Wren", Username: "wren_secret"}
	srv.SendText(person, "/start")
	nthMessage(t, srv, person.ID, 1)
	code, body := get(t, "http://"+addr+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics: %d", code)
	}
	if !strings.Contains(body, `companion_turns_total{adapter="telegram",flow="none",outcome="ok"} 1`) {
		t.Errorf("/metrics lacks the turn:\n%s", grepLines(body, "companion_"))
	}
	if !strings.Contains(body, `companion_turn_seconds_count{adapter="telegram"} 1`) {
		t.Errorf("/metrics lacks the turn latency:\n%s", grepLines(body, "companion_"))
	}
	for _, want := range []string{`companion_outbox_depth{adapter="telegram"}`, "companion_model_calls_total 0", "companion_model_fallbacks_total 0"} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	for _, private := range []string{"4242", "Wren", "wren_secret"} {
		if strings.Contains(grepLines(body, "companion_"), private) {
			t.Errorf("/metrics mentions %q", private)
		}
	}
}

func grepLines(s, substr string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, substr) {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
