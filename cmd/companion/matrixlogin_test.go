package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/companion-dev/companion/adapters/matrix"
)

// fakeOAuthHomeserver answers the OAuth login of "matrix login": the auth
// metadata, client registration, the device grant (approved at the first
// poll) and whoami. With offered false it knows no OAuth at all.
func fakeOAuthHomeserver(t *testing.T, offered bool) (url string, polls *atomic.Int32) {
	t.Helper()
	polls = new(atomic.Int32)
	reply := func(w http.ResponseWriter, status int, v any) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(v)
	}
	var srv *httptest.Server
	mux := http.NewServeMux()
	if offered {
		mux.HandleFunc("GET /_matrix/client/v1/auth_metadata", func(w http.ResponseWriter, _ *http.Request) {
			reply(w, 200, map[string]any{
				"issuer": srv.URL + "/", "registration_endpoint": srv.URL + "/register",
				"device_authorization_endpoint": srv.URL + "/device", "token_endpoint": srv.URL + "/token",
			})
		})
		mux.HandleFunc("POST /register", func(w http.ResponseWriter, _ *http.Request) {
			reply(w, 201, map[string]any{"client_id": "cli-1"})
		})
		mux.HandleFunc("POST /device", func(w http.ResponseWriter, _ *http.Request) {
			reply(w, 200, map[string]any{"device_code": "dc", "user_code": "QWER-TYUI", "verification_uri": srv.URL + "/link",
				"expires_in": 300, "interval": 1})
		})
		mux.HandleFunc("POST /token", func(w http.ResponseWriter, r *http.Request) {
			polls.Add(1)
			if r.FormValue("device_code") != "dc" || r.FormValue("client_id") != "cli-1" {
				reply(w, 400, map[string]any{"error": "invalid_grant"})
				return
			}
			reply(w, 200, map[string]any{"access_token": "at-secret", "refresh_token": "rt-secret", "expires_in": 300, "token_type": "Bearer"})
		})
		mux.HandleFunc("GET /_matrix/client/v3/account/whoami", func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Authorization") != "Bearer at-secret" {
				reply(w, 401, map[string]any{"errcode": "M_UNKNOWN_TOKEN"})
				return
			}
			reply(w, 200, map[string]any{"user_id": "@companion:fake.test", "device_id": "DEV1"})
		})
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) {
		reply(w, 404, map[string]any{"errcode": "M_UNRECOGNIZED", "error": "unrecognized"})
	})
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv.URL, polls
}

func matrixEnv(hs, dir string) map[string]string {
	return map[string]string{
		"COMPANION_DATA_DIR":          dir,
		"COMPANION_MATRIX_HOMESERVER": hs,
		"COMPANION_MATRIX_USER_ID":    "@companion:fake.test",
		"COMPANION_MATRIX_OAUTH":      "true",
	}
}

// TestMatrixLogin: the link and code are shown, the session is kept 0600
// and never printed, and a backup carries it to a new data directory.
func TestMatrixLogin(t *testing.T) {
	hs, polls := fakeOAuthHomeserver(t, true)
	dir := t.TempDir()
	out, errOut, err := runMain(t, matrixEnv(hs, dir), "", "matrix", "login")
	if err != nil {
		t.Fatalf("matrix login: %v\n%s", err, errOut)
	}
	for _, want := range []string{hs + "/link", "QWER-TYUI", "Logged in as @companion:fake.test, device DEV1", matrix.OAuthSessionFile} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if polls.Load() != 1 {
		t.Errorf("%d polls, want 1", polls.Load())
	}
	if strings.Contains(out+errOut, "secret") {
		t.Errorf("a token was printed or logged:\n%s\n%s", out, errOut)
	}
	path := filepath.Join(dir, matrix.OAuthSessionFile)
	kept, err := os.ReadFile(path)
	if err != nil || !bytes.Contains(kept, []byte("rt-secret")) {
		t.Fatalf("session not kept: %v", err)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o600 {
		t.Errorf("session file mode %v, want 0600", fi.Mode().Perm())
	}

	file := filepath.Join(t.TempDir(), "backup.bin")
	if _, msg, err := runMain(t, nil, "", "backup", "--data-dir", dir, file); err != nil || !strings.Contains(msg, matrix.OAuthSessionFile) {
		t.Fatalf("backup: %v; message %q does not name %s", err, msg, matrix.OAuthSessionFile)
	}
	dst := t.TempDir()
	if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); err != nil {
		t.Fatalf("restore: %v", err)
	}
	restored := filepath.Join(dst, matrix.OAuthSessionFile)
	if got, err := os.ReadFile(restored); err != nil || !bytes.Equal(got, kept) {
		t.Errorf("restored session differs (%v)", err)
	}
	if fi, _ := os.Stat(restored); fi.Mode().Perm() != 0o600 {
		t.Errorf("restored session mode %v, want 0600", fi.Mode().Perm())
	}
	// A directory with a session of its own is left alone.
	if _, _, err := runMain(t, nil, "", "restore", "--data-dir", dst, file); !errors.Is(err, os.ErrExist) {
		t.Errorf("restore over a session: %v, want a refusal", err)
	}
}

func TestMatrixLoginWithoutOAuth(t *testing.T) {
	hs, _ := fakeOAuthHomeserver(t, false)
	dir := t.TempDir()
	_, _, err := runMain(t, matrixEnv(hs, dir), "", "matrix", "login")
	if !errors.Is(err, matrix.ErrNoOAuth) || !strings.Contains(err.Error(), "matrix.password") || !strings.Contains(err.Error(), "matrix.access_token") {
		t.Errorf("err %v, want ErrNoOAuth pointing to matrix.password and matrix.access_token", err)
	}
	if _, err := os.Stat(filepath.Join(dir, matrix.OAuthSessionFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a session file was written: %v", err)
	}
}

func TestMatrixLoginUsage(t *testing.T) {
	out, errOut, err := runMain(t, nil, "", "matrix", "login", "--help")
	if err != nil || !strings.Contains(errOut, "-new-device") || !strings.Contains(errOut, "matrix.access_token") {
		t.Errorf("matrix login --help: %v\n%s%s", err, out, errOut)
	}
	if _, _, err := runMain(t, nil, "", "matrix"); !errors.As(err, new(usageError)) {
		t.Errorf("matrix alone: %v, want a usage error", err)
	}
	if _, _, err := runMain(t, nil, "", "matrix", "logout"); !errors.As(err, new(usageError)) {
		t.Errorf("matrix logout: %v, want a usage error", err)
	}
	_, _, err = runMain(t, map[string]string{"COMPANION_DATA_DIR": t.TempDir()}, "", "matrix", "login")
	if err == nil || !strings.Contains(err.Error(), "matrix.homeserver") {
		t.Errorf("login without a homeserver: %v", err)
	}
}

// TestRunWithoutOAuthSession: with matrix.oauth on and no login made, run
// stops and says what to do.
func TestRunWithoutOAuthSession(t *testing.T) {
	hs, _ := fakeOAuthHomeserver(t, true)
	_, _, err := runMain(t, matrixEnv(hs, t.TempDir()), "", "run")
	if !errors.Is(err, matrix.ErrNoOAuthSession) || !strings.Contains(err.Error(), "companion matrix login") {
		t.Errorf("run: %v, want ErrNoOAuthSession naming companion matrix login", err)
	}
}
