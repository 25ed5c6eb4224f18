// Package matrixtest runs a real Matrix homeserver (Dendrite) on loopback
// for the Matrix adapter's integration tests. The Dendrite binaries are
// built once by scripts/dendrite.sh into .tools/dendrite at the repository
// root, or found in $COMPANION_DENDRITE_DIR.
package matrixtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// DirEnv names the environment variable that points at the Dendrite binaries.
const DirEnv = "COMPANION_DENDRITE_DIR"

// ServerName is the Matrix server name of the test homeserver; user ids look
// like "@alice:localhost".
const ServerName = "localhost"

// StandardUsers are created by Start, each with the password Password(name).
var StandardUsers = []string{"bot", "alice", "bob", "mallory"}

// ErrNoBinaries is returned by Start when the Dendrite binaries are missing.
var ErrNoBinaries = errors.New("dendrite binaries not found: run scripts/dendrite.sh (about 4 minutes, once)")

var binaries = []string{"dendrite", "create-account", "generate-keys", "generate-config"}

// User is an account on the test homeserver.
type User struct {
	// ID is the full Matrix user id.
	ID string
	// Password logs the user in.
	Password string
	// AccessToken is the token create-account returned.
	AccessToken string
}

// Server is a running Dendrite.
type Server struct {
	// URL is the client-server API base URL, e.g. "http://127.0.0.1:41234".
	URL string
	// Users holds the StandardUsers by name.
	Users map[string]User

	bin    string
	dir    string
	cmd    *exec.Cmd
	done   chan struct{}
	logBuf *lockedBuffer
	mu     sync.Mutex
}

// BinDir returns the directory holding the Dendrite binaries: $COMPANION_DENDRITE_DIR,
// or .tools/dendrite in the repository that contains the working directory.
func BinDir() (string, error) {
	dir := os.Getenv(DirEnv)
	if dir == "" {
		root, err := repoRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(root, ".tools", "dendrite")
	}
	for _, b := range binaries {
		if fi, err := os.Stat(filepath.Join(dir, b)); err != nil || fi.IsDir() {
			return "", fmt.Errorf("%w (looked in %s)", ErrNoBinaries, dir)
		}
	}
	return dir, nil
}

// repoRoot walks up from the working directory to the directory of go.mod
// that has a .git beside it or above it, i.e. the product module.
func repoRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("working dir: %w", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "scripts", "dendrite.sh")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%w: no repository root above %s", ErrNoBinaries, wd)
		}
	}
}

// Start generates keys and a configuration in dir (registration closed,
// rate limits off, SQLite, in-memory JetStream), starts Dendrite on a free
// loopback port, waits until it answers and creates the StandardUsers.
// Close stops it.
func Start(ctx context.Context, dir string) (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin, dir: dir, done: make(chan struct{}), logBuf: &lockedBuffer{}, Users: map[string]User{}}
	if err := s.configure(ctx); err != nil {
		return nil, err
	}
	httpPort, err := freePort()
	if err != nil {
		return nil, err
	}
	httpsPort, err := freePort()
	if err != nil {
		return nil, err
	}
	s.URL = "http://127.0.0.1:" + httpPort
	s.cmd = exec.Command(filepath.Join(bin, "dendrite"),
		"-config", "dendrite.yaml",
		"-http-bind-address", "127.0.0.1:"+httpPort,
		"-https-bind-address", "127.0.0.1:"+httpsPort)
	s.cmd.Dir = dir
	s.cmd.Stdout, s.cmd.Stderr = s.logBuf, s.logBuf
	if err := s.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start dendrite: %w", err)
	}
	go func() { _ = s.cmd.Wait(); close(s.done) }()
	if err := s.waitReady(ctx, 60*time.Second); err != nil {
		s.Close()
		return nil, err
	}
	for _, name := range StandardUsers {
		if _, err := s.CreateUser(ctx, name); err != nil {
			s.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *Server) configure(ctx context.Context) error {
	keys := exec.CommandContext(ctx, filepath.Join(s.bin, "generate-keys"), "--private-key", "matrix_key.pem")
	keys.Dir = s.dir
	if out, err := keys.CombinedOutput(); err != nil {
		return fmt.Errorf("generate-keys: %w: %s", err, out)
	}
	gen := exec.CommandContext(ctx, filepath.Join(s.bin, "generate-config"), "-ci", "-dir", "./", "-server", ServerName)
	gen.Dir = s.dir
	cfg, err := gen.Output()
	if err != nil {
		return fmt.Errorf("generate-config: %w", err)
	}
	cfg, err = patchConfig(cfg)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(s.dir, "dendrite.yaml"), cfg, 0o600); err != nil {
		return fmt.Errorf("write config: %w", err)
	}
	return nil
}

// patchConfig closes open registration (Dendrite refuses to start with it
// open and no captcha) and makes sure rate limiting is off.
func patchConfig(cfg []byte) ([]byte, error) {
	text := string(cfg)
	for _, p := range [][2]string{
		{"registration_disabled: false", "registration_disabled: true"},
	} {
		if !strings.Contains(text, p[0]) {
			return nil, fmt.Errorf("dendrite config: %q not found", p[0])
		}
		text = strings.Replace(text, p[0], p[1], 1)
	}
	rl := regexp.MustCompile(`(?m)(rate_limiting:\s*\n\s*enabled:) true`)
	text = rl.ReplaceAllString(text, "$1 false")
	return []byte(text), nil
}

func (s *Server) waitReady(ctx context.Context, limit time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/_matrix/client/versions", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-s.done:
			return fmt.Errorf("dendrite exited early: %s", s.Log())
		case <-ctx.Done():
			return fmt.Errorf("dendrite not ready after %s: %s", limit, s.Log())
		case <-tick.C:
		}
	}
}

var tokenRE = regexp.MustCompile(`AccessToken: ([^)\s]+)\)`)

// CreateUser registers name through the shared secret with create-account
// and returns the account with its first access token.
func (s *Server) CreateUser(ctx context.Context, name string) (User, error) {
	pw := Password(name)
	cmd := exec.CommandContext(ctx, filepath.Join(s.bin, "create-account"),
		"-config", "dendrite.yaml", "-username", name, "-password", pw, "-url", s.URL)
	cmd.Dir = s.dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return User{}, fmt.Errorf("create-account %s: %w: %s", name, err, out)
	}
	m := tokenRE.FindSubmatch(out)
	if m == nil {
		return User{}, fmt.Errorf("create-account %s: no access token in output: %s", name, out)
	}
	u := User{ID: "@" + name + ":" + ServerName, Password: pw, AccessToken: string(m[1])}
	s.mu.Lock()
	s.Users[name] = u
	s.mu.Unlock()
	return u, nil
}

// Password is the password Start and CreateUser give the account name.
func Password(name string) string { return name + "-Secret-Passw0rd" }

// Log returns what Dendrite printed so far (for failure messages).
func (s *Server) Log() string {
	out := s.logBuf.String()
	if len(out) > 4000 {
		out = out[len(out)-4000:]
	}
	return out
}

// Close stops Dendrite and waits for it to exit.
func (s *Server) Close() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(os.Interrupt)
	select {
	case <-s.done:
	case <-time.After(5 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
}

func freePort() (string, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("free port: %w", err)
	}
	defer l.Close()
	_, port, err := net.SplitHostPort(l.Addr().String())
	return port, err
}

// lockedBuffer keeps the recent output of a process, written from two
// pipes; Dendrite logs a lot, so only the tail is kept.
type lockedBuffer struct {
	mu  sync.Mutex
	buf []byte
}

const keepLog = 64 << 10

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > 2*keepLog {
		b.buf = append([]byte(nil), b.buf[len(b.buf)-keepLog:]...)
	}
	return len(p), nil
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}
