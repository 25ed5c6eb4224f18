package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildBinary compiles the companion once per test binary run.
func buildBinary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := filepath.Join(t.TempDir(), "companion")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestSignalStopsChatCleanly sends SIGTERM and SIGINT to a running chat and
// expects a prompt, clean exit, with the conversation kept for the next run.
func TestSignalStopsChatCleanly(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd := exec.Command(bin, "chat", "--data-dir", dir)
			cmd.Env = append(os.Environ(), "COMPANION_LOG_LEVEL=info")
			var stderr syncBuffer
			cmd.Stderr = &stderr
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			io.WriteString(stdin, "/draft Zed\n")
			// Wait for the answer, so the turn has committed before the signal.
			got := make(chan string, 1)
			go func() {
				line, _ := bufio.NewReader(stdout).ReadString('\n')
				got <- line
				io.Copy(io.Discard, stdout)
			}()
			select {
			case line := <-got:
				if !strings.Contains(line, "Let's write to Zed") {
					t.Fatalf("unexpected first reply %q", line)
				}
			case <-time.After(20 * time.Second):
				cmd.Process.Kill()
				t.Fatal("no reply within 20s")
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("exit after %v: %v\n%s", sig, err, stderr.String())
				}
			case <-time.After(10 * time.Second):
				cmd.Process.Kill()
				t.Fatalf("still running 10s after %v", sig)
			}
			stdin.Close()
		})
	}
	// The draft begun before the signals continues at the same step: the
	// occasion question is answered by its number.
	out, _, err := runMain(t, map[string]string{"COMPANION_DATA_DIR": dir}, "2\n", "chat")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "What feel do you want?") {
		t.Errorf("after restart the draft did not continue:\n%s", out)
	}
}
