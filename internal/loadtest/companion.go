package loadtest

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sort"
	"sync"
	"syscall"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
)

// Env is the configuration that points a companion at srv and keeps its
// data in dir, as COMPANION_* variables.
func Env(srv *telegramtest.Server, dir string) map[string]string {
	return map[string]string{
		"COMPANION_DATA_DIR":              dir,
		"COMPANION_TELEGRAM_TOKEN":        srv.Token(),
		"COMPANION_TELEGRAM_API_URL":      srv.URL(),
		"COMPANION_TELEGRAM_POLL_TIMEOUT": "5s",
	}
}

// Binary runs `companion run` from a built binary. The process gets PATH,
// HOME and TMPDIR from this one and Env for its configuration, nothing
// else, so that no adapter or model configured in the caller's
// environment is reached.
type Binary struct {
	// Path is the companion binary.
	Path string
	// Env configures it (see Env); more COMPANION_* keys may be added.
	Env map[string]string
	// Log receives its standard error (its log); discarded when nil. It
	// is written from another goroutine: use a writer safe for that.
	Log io.Writer

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan error
}

// ErrNotRunning is returned by Binary's Kill and Stop when no process runs.
var ErrNotRunning = errors.New("loadtest: the companion is not running")

// Start starts the process; it returns once the process exists, not once
// it is ready.
func (b *Binary) Start() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cmd != nil {
		return errors.New("loadtest: the companion is already running")
	}
	cmd := exec.Command(b.Path, "run")
	cmd.Env = processEnv(b.Env)
	cmd.Stdout = b.Log
	cmd.Stderr = b.Log
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", b.Path, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	b.cmd, b.done = cmd, done
	return nil
}

// processEnv is the environment of the child: a few basics and env.
func processEnv(env map[string]string) []string {
	var out []string
	for _, k := range []string{"PATH", "HOME", "TMPDIR"} {
		if v, ok := os.LookupEnv(k); ok {
			out = append(out, k+"="+v)
		}
	}
	keys := make([]string, 0, len(env))
	for k := range env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		out = append(out, k+"="+env[k])
	}
	return out
}

// PID is the running process's id, 0 when none runs.
func (b *Binary) PID() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cmd == nil {
		return 0
	}
	return b.cmd.Process.Pid
}

// Kill ends the process with SIGKILL, as a crash would, and waits for it.
func (b *Binary) Kill() error {
	return b.end(syscall.SIGKILL, 10*time.Second)
}

// Stop asks the process to stop with SIGTERM and waits up to within for it,
// then kills it. It returns the process's own error (nil for a clean exit).
func (b *Binary) Stop(within time.Duration) error {
	return b.end(syscall.SIGTERM, within)
}

func (b *Binary) end(sig syscall.Signal, within time.Duration) error {
	b.mu.Lock()
	cmd, done := b.cmd, b.done
	b.cmd, b.done = nil, nil
	b.mu.Unlock()
	if cmd == nil {
		return ErrNotRunning
	}
	if err := cmd.Process.Signal(sig); err != nil {
		// It has ended by itself already.
		return fmt.Errorf("signal %v: %w (exit: %v)", sig, err, <-done)
	}
	t := time.NewTimer(within)
	defer t.Stop()
	select {
	case err := <-done:
		if sig == syscall.SIGKILL {
			return nil
		}
		return err
	case <-t.C:
		_ = cmd.Process.Kill()
		<-done
		return fmt.Errorf("loadtest: the companion did not stop within %v of %v", within, sig)
	}
}

// Exited reports whether the process ended by itself, and how.
func (b *Binary) Exited() (bool, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done == nil {
		return false, nil
	}
	select {
	case err := <-b.done:
		b.done <- err // keep it for end
		return true, err
	default:
		return false, nil
	}
}
