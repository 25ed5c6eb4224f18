package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/telegram/telegramtest"
	"github.com/companion-dev/companion/store"
)

// startBinary starts `companion run` with env added to a minimal
// environment, in dir, and returns the process and its log.
func startBinary(t testing.TB, bin, dir string, env map[string]string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(bin, "run")
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
	for k, v := range env {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	logs := &syncBuffer{}
	cmd.Stderr = logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, logs
}

// waitReady polls /readyz until it answers 200.
func waitReady(t testing.TB, addr string, within time.Duration, logs fmt.Stringer) {
	t.Helper()
	c := &http.Client{Timeout: time.Second}
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		resp, err := c.Get("http://" + addr + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(2 * time.Millisecond)
	}
	t.Fatalf("not ready after %v; log:\n%s", within, tail(logs.String()))
}

// TestWritesOnlyUnderDataDir runs a conversation through `companion run`
// with home, temporary and working folders of its own, and checks that it
// wrote nothing outside the data folder: the binary runs on a read-only root
// file system with only /data writable.
func TestWritesOnlyUnderDataDir(t *testing.T) {
	bin := buildBinary(t)
	root := t.TempDir()
	dirs := map[string]string{}
	for _, name := range []string{"home", "tmp", "cwd", "data"} {
		dirs[name] = filepath.Join(root, name)
		if err := os.Mkdir(dirs[name], 0o755); err != nil {
			t.Fatal(err)
		}
	}
	srv := telegramtest.New(t, telegramtest.Options{})
	env := telegramEnv(srv, dirs["data"])
	env["HOME"], env["TMPDIR"] = dirs["home"], dirs["tmp"]
	env["XDG_DATA_HOME"], env["XDG_CONFIG_HOME"], env["XDG_CACHE_HOME"] = dirs["home"], dirs["home"], dirs["home"]
	addr := freeAddr(t)
	env["COMPANION_HTTP_ADDR"] = addr
	cmd, logs := startBinary(t, bin, dirs["cwd"], env)
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	waitReady(t, addr, 20*time.Second, logs)

	u := telegramtest.User{ID: 4242, FirstName: "Ana"}
	for i, text := range []string{"/start", "/draft", "Sam", "/remind Sam every month", "/export"} {
		srv.SendText(u, text)
		if _, err := srv.WaitMessages(u.ID, i+1, 20*time.Second); err != nil {
			t.Fatalf("%q: %v\nlog:\n%s", text, err, tail(logs.String()))
		}
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("exit: %v\nlog:\n%s", err, tail(logs.String()))
	}
	for _, name := range []string{"home", "tmp", "cwd"} {
		var wrote []string
		_ = filepath.WalkDir(dirs[name], func(p string, d fs.DirEntry, err error) error {
			if p != dirs[name] {
				wrote = append(wrote, p)
			}
			return nil
		})
		if len(wrote) > 0 {
			t.Errorf("wrote outside the data folder, in %s: %v", name, wrote)
		}
	}
	entries, err := os.ReadDir(dirs["data"])
	if err != nil || len(entries) == 0 {
		t.Fatalf("nothing in the data folder (%v): the check above proves nothing", err)
	}
}

// BenchmarkStartup measures how long `companion run` takes from exec to
// answering /readyz with its store open and Telegram connected: with the
// message models trained at the start (models=trained, no model cache) and
// read from the models an earlier start kept (models=kept), on a new data
// folder and on one holding 500 people. Besides the time it reports the
// processor time the process used, which a loaded machine changes less.
func BenchmarkStartup(b *testing.B) {
	bin := buildBinary(b)
	srv := telegramtest.New(b, telegramtest.Options{})
	for _, tc := range []struct {
		people int
		models string
	}{{0, "trained"}, {0, "kept"}, {500, "kept"}} {
		b.Run(fmt.Sprintf("people=%d/models=%s", tc.people, tc.models), func(b *testing.B) {
			dir := b.TempDir()
			if tc.people > 0 {
				fillStore(b, bin, srv, dir, tc.people)
			}
			env := telegramEnv(srv, dir)
			if tc.models == "trained" {
				env["COMPANION_MODEL_CACHE"] = "off"
			} else {
				// One start to keep them, unmeasured.
				startAndStop(b, bin, dir, env)
			}
			var cpu time.Duration
			for b.Loop() {
				cpu += startAndStop(b, bin, dir, env)
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/start")
		})
	}
}

// startAndStop starts `companion run`, waits for /readyz, and stops it
// outside the benchmark's timer. It returns the processor time the process
// used, stopping included.
func startAndStop(b *testing.B, bin, dir string, env map[string]string) time.Duration {
	addr := freeAddr(b)
	env["COMPANION_HTTP_ADDR"] = addr
	cmd, logs := startBinary(b, bin, dir, env)
	waitReady(b, addr, 2*time.Minute, logs)
	b.StopTimer()
	defer b.StartTimer()
	_ = cmd.Process.Signal(os.Interrupt)
	_ = cmd.Wait()
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// BenchmarkChatFirstReply measures the terminal chat as a person meets it:
// from exec of `companion chat` with a message typed at once to the first
// line of the reply, with the models trained at the start and read from
// the model cache. The chat's own prompt does not wait for the models; the
// reply does, as it waits for the safety rules.
func BenchmarkChatFirstReply(b *testing.B) {
	bin := buildBinary(b)
	for _, models := range []string{"trained", "kept"} {
		b.Run("models="+models, func(b *testing.B) {
			cache := filepath.Join(b.TempDir(), "models")
			if models == "trained" {
				cache = "off"
			} else {
				chatFirstReply(b, bin, cache)
			}
			var cpu time.Duration
			for b.Loop() {
				cpu += chatFirstReply(b, bin, cache)
			}
			b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/start")
		})
	}
}

// chatFirstReply runs the chat on a new data folder, sends one message and
// waits for the first line of the reply; the rest is outside the timer.
// It returns the processor time the process used.
func chatFirstReply(b *testing.B, bin, cache string) time.Duration {
	b.StopTimer()
	dir := b.TempDir()
	cmd := exec.Command(bin, "chat", "--data-dir", dir)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "COMPANION_MODEL_CACHE=" + cache}
	stdin, err := cmd.StdinPipe()
	if err != nil {
		b.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		b.Fatal(err)
	}
	b.StartTimer()
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	if _, err := io.WriteString(stdin, "my best friend moved away and i miss her\n"); err != nil {
		b.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	b.StopTimer()
	if err != nil || strings.TrimSpace(line) == "" {
		b.Fatalf("no reply: %q, %v", line, err)
	}
	stdin.Close()
	_, _ = io.Copy(io.Discard, stdout)
	_ = cmd.Wait()
	b.StartTimer()
	return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

// BenchmarkFirstReply measures, on a companion just started, how long the
// first message of free text takes to be answered, from the moment it is
// sent (the process answers /readyz already): the turn, and whatever the
// process still builds on first use.
func BenchmarkFirstReply(b *testing.B) {
	bin := buildBinary(b)
	srv := telegramtest.New(b, telegramtest.Options{})
	dir := b.TempDir()
	env := telegramEnv(srv, dir)
	id := int64(900000)
	var took time.Duration
	for b.Loop() {
		b.StopTimer()
		addr := freeAddr(b)
		env["COMPANION_HTTP_ADDR"] = addr
		cmd, logs := startBinary(b, bin, dir, env)
		waitReady(b, addr, 30*time.Second, logs)
		id++
		u := telegramtest.User{ID: id, FirstName: "Fen"}
		b.StartTimer()
		start := time.Now()
		srv.SendText(u, "my cousin moved to lisbon last year and we barely talk now")
		if _, err := srv.WaitMessages(u.ID, 1, 30*time.Second); err != nil {
			b.Fatalf("no reply: %v\nlog:\n%s", err, tail(logs.String()))
		}
		took += time.Since(start)
		b.StopTimer()
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		b.StartTimer()
	}
	b.ReportMetric(float64(took.Milliseconds())/float64(b.N), "ms/first-reply")
}

// fillStore has people say hello through a running companion, so that the
// data folder holds their state and keys.
func fillStore(b *testing.B, bin string, srv *telegramtest.Server, dir string, people int) {
	b.Helper()
	addr := freeAddr(b)
	env := telegramEnv(srv, dir)
	env["COMPANION_HTTP_ADDR"] = addr
	env["COMPANION_LIMIT_MESSAGES_PER_MINUTE"] = "0"
	cmd, logs := startBinary(b, bin, dir, env)
	defer func() { _ = cmd.Process.Signal(os.Interrupt); _ = cmd.Wait() }()
	waitReady(b, addr, 30*time.Second, logs)
	_, before := srv.Chats()
	for p := range people {
		srv.SendText(telegramtest.User{ID: int64(700000 + p), FirstName: "P"}, "hello")
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		if _, n := srv.Chats(); n >= before+people {
			return
		}
		if time.Now().After(deadline) {
			b.Fatalf("people not answered in time; log:\n%s", tail(logs.String()))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestProcessorsForTheStore checks that `companion run` takes the Go
// processors the store asks for, and that GOMAXPROCS overrides it.
func TestProcessorsForTheStore(t *testing.T) {
	bin := buildBinary(t)
	srv := telegramtest.New(t, telegramtest.Options{})
	for _, tt := range []struct {
		env  string
		want int
	}{
		{"", store.Procs(runtime.NumCPU())},
		{"3", 3},
	} {
		env := telegramEnv(srv, t.TempDir())
		addr := freeAddr(t)
		env["COMPANION_HTTP_ADDR"] = addr
		if tt.env != "" {
			env["GOMAXPROCS"] = tt.env
		}
		cmd, logs := startBinary(t, bin, t.TempDir(), env)
		waitReady(t, addr, 20*time.Second, logs)
		_ = cmd.Process.Signal(os.Interrupt)
		_ = cmd.Wait()
		if want := fmt.Sprintf("procs=%d", tt.want); !strings.Contains(logs.String(), want) {
			t.Errorf("GOMAXPROCS=%q: log lacks %s:\n%s", tt.env, want, tail(logs.String()))
		}
	}
}
