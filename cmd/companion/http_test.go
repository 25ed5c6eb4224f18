package main

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// freeAddr returns a loopback address nothing listens on.
func freeAddr(t testing.TB) string {
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
	if code, body := getUntil(t, "http://"+addr+"/readyz", 200); code != 200 {
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
	for _, want := range []string{`companion_outbox_depth{adapter="telegram"}`, "companion_model_calls_total 0", "companion_model_fallbacks_total 0",
		"companion_model_budget_exceeded_total 0", `companion_updates_stuck{adapter="telegram"} 0`,
		`companion_updates_dead_total{adapter="telegram"} 0`} {
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

// TestStatusModelMetrics runs `companion run` against a fake Ollama with a
// budget of one model call an hour, asks the guide twice, and checks that
// the first question made one timed call and the second none.
func TestStatusModelMetrics(t *testing.T) {
	srv := telegramtest.New(t, telegramtest.Options{})
	model, seen := fakeModelServer(t)
	env := telegramEnv(srv, t.TempDir())
	addr := freeAddr(t)
	env["COMPANION_HTTP_ADDR"] = addr
	env["COMPANION_LLM_PROVIDER"] = "ollama"
	env["COMPANION_LLM_URL"] = model.URL
	env["COMPANION_LLM_MODEL"] = "tiny"
	env["COMPANION_LIMIT_MODEL_CALLS_PER_HOUR"] = "1"
	startRun(t, env)

	person := telegramtest.User{ID: 4343, FirstName: "Ines"}
	srv.SendText(person, "my friend stopped replying, what did I do wrong?")
	first := nthMessage(t, srv, person.ID, 1)
	srv.SendText(person, "why do people ghost?")
	second := nthMessage(t, srv, person.ID, 2)
	// The fake's "Hello." cites no section, so the first answer is the template too.
	if !strings.Contains(first.Visible, "From the guide") || strings.Contains(first.Visible, "language model") {
		t.Errorf("first answer: %q, want the template without a note", first.Visible)
	}
	if !strings.Contains(second.Visible, "leaned on the language model") || !strings.Contains(second.Visible, "From the guide") {
		t.Errorf("second answer: %q, want the budget note and the template", second.Visible)
	}
	hooks := 0
	for _, r := range seen() {
		b, _ := json.Marshal(r.body)
		if strings.Contains(string(b), "person_message") {
			hooks++
		}
	}
	if hooks != 1 {
		t.Errorf("the model server got %d hook calls, want 1", hooks)
	}

	_, body := get(t, "http://"+addr+"/metrics")
	metrics := grepLines(body, "companion_model")
	for _, want := range []string{
		"companion_model_calls_total 1",
		"companion_model_fallbacks_total 1",
		`companion_model_call_seconds_count{hook="answer"} 1`,
		"companion_model_budget_exceeded_total 1",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %s:\n%s", want, metrics)
		}
	}
	sum := metricValue(t, body, `companion_model_call_seconds_sum{hook="answer"}`)
	if sum <= 0 || sum > 5 {
		t.Errorf("answer call took %vs in the metrics, want a little over 0", sum)
	}
	// Names and labels only: a sample's value ("0.001844343") may hold any
	// digits.
	for _, line := range strings.Split(metrics, "\n") {
		series := line
		if i := strings.LastIndexByte(line, ' '); i > 0 && !strings.HasPrefix(line, "#") {
			series = line[:i]
		}
		if strings.Contains(series, "4343") || strings.Contains(series, "Ines") {
			t.Errorf("model metrics name the person: %s", line)
		}
	}
}

// metricValue returns the value of the sample named exactly series.
func metricValue(t *testing.T, body, series string) float64 {
	t.Helper()
	for _, l := range strings.Split(body, "\n") {
		if v, ok := strings.CutPrefix(l, series+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %v", series, err)
			}
			return f
		}
	}
	t.Fatalf("/metrics has no %s", series)
	return 0
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
