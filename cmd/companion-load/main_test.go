package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func runLoad(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	return runLoadCtx(t, context.Background(), args...)
}

func runLoadCtx(t *testing.T, ctx context.Context, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(ctx, args, &out, &errOut)
	return out.String(), errOut.String(), err
}

// checkTable checks that out holds a result table with every message answered.
func checkTable(t *testing.T, out string) {
	t.Helper()
	for _, want := range []string{"messages sent", "turns answered", "replies received", "p50", "p90", "p99", "max", "message → reply"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && (f[0] == "unanswered" || (f[0] == "missing" && len(f) == 3)) && f[len(f)-1] != "0" {
			t.Errorf("not every message was answered: %q", line)
		}
	}
}

func TestLoadInProcess(t *testing.T) {
	out, stderr, err := runLoad(t, "-people", "4", "-duration", "2s", "-think", "50ms", "-seed", "9",
		"-env", "COMPANION_LIMIT_MESSAGES_PER_MINUTE=0", "-data-dir", t.TempDir())
	if err != nil {
		t.Fatalf("run: %v\n%s\n%s", err, out, stderr)
	}
	if !strings.Contains(out, "4 people") || !strings.Contains(out, "in this process") {
		t.Errorf("header does not describe the run:\n%s", out)
	}
	checkTable(t, out)
}

// TestLoadInterrupted stops a long run early, as Ctrl-C does: the figures
// so far are printed and the run counts as a success.
func TestLoadInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(1500*time.Millisecond, cancel)
	start := time.Now()
	out, stderr, err := runLoadCtx(t, ctx, "-people", "3", "-duration", "1h", "-think", "50ms",
		"-env", "COMPANION_LIMIT_MESSAGES_PER_MINUTE=0")
	if err != nil {
		t.Fatalf("run: %v\n%s\n%s", err, out, stderr)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("an interrupted run took %v to end", d)
	}
	if !strings.Contains(out, "interrupted") || !strings.Contains(out, "turns answered") {
		t.Errorf("output of an interrupted run:\n%s", out)
	}
}

func TestLoadBinaryWithFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the companion")
	}
	bin := filepath.Join(t.TempDir(), "companion")
	if out, err := exec.Command("go", "build", "-o", bin, "../companion").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	logFile := filepath.Join(t.TempDir(), "companion.log")
	out, stderr, err := runLoad(t, "-bin", bin, "-people", "10", "-messages", "40", "-think", "100ms",
		"-fail-5xx", "0.05", "-slow", "0.05", "-log", logFile)
	if err != nil {
		t.Fatalf("run: %v\n%s\n%s", err, out, stderr)
	}
	checkTable(t, out)
	for _, want := range []string{"companion " + bin, "companion memory at the end", "faults injected"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestLoadHelp(t *testing.T) {
	_, stderr, err := runLoad(t, "--help")
	if !errors.Is(err, flag.ErrHelp) {
		t.Fatalf("--help: %v", err)
	}
	for _, want := range []string{"Usage: companion-load", "-people", "-duration", "-think", "-bin", "-data-dir", "loopback"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("help lacks %q:\n%s", want, stderr)
		}
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name string
		args []string
		say  string
	}{
		{"no people", []string{"-people", "0"}, "-people"},
		{"no end", []string{"-duration", "0"}, "-duration or -messages"},
		{"remote model", []string{"-env", "COMPANION_LLM_URL=http://example.org:11434"}, "not a loopback address"},
		{"own key", []string{"-env", "COMPANION_TELEGRAM_API_URL=http://127.0.0.1:1"}, "set by companion-load"},
		{"not a companion key", []string{"-env", "HOME=/"}, "COMPANION_KEY=VALUE"},
		{"shares", []string{"-fail-429", "0.6", "-fail-5xx", "0.6"}, "more than 1"},
		{"stray argument", []string{"extra"}, "unexpected argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, err := runLoad(t, tt.args...)
			if !errors.Is(err, errUsage) || !strings.Contains(stderr, tt.say) {
				t.Errorf("got %v, stderr:\n%s\nwant a usage error saying %q", err, stderr, tt.say)
			}
		})
	}
}

func TestLoopbackURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"http://127.0.0.1:11434", true},
		{"http://127.8.9.10", true},
		{"http://[::1]:8080/v1", true},
		{"http://localhost:11434", true},
		{"http://192.168.1.5:11434", false},
		{"https://api.example.org", false},
		{"127.0.0.1:11434", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := loopbackURL(tt.in); got != tt.want {
			t.Errorf("loopbackURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
