package matrix

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/companion-dev/companion/adapters/internal/lifecycle/lifecycletest"
	"github.com/companion-dev/companion/agent"
)

// oauthBot is an adapter running on a kept OAuth session against a fakeAuth.
type oauthBot struct {
	f   *fakeAuth
	dir string
	st  *memStore
}

// newOAuthBot keeps a session of f's account in a new data directory whose
// access token expires at expiry.
func newOAuthBot(t *testing.T, expiry time.Time) *oauthBot {
	t.Helper()
	f := newFakeAuth(t)
	f.scope = "urn:matrix:client:api:* urn:matrix:client:device:OAUTHDEV"
	dir := t.TempDir()
	at, rt := f.grant()
	s := oauthSession{Homeserver: f.srv.URL, UserID: f.user, DeviceID: "OAUTHDEV", Issuer: f.srv.URL + "/",
		ClientID: "client-kept", AccessToken: at, RefreshToken: rt, Expiry: expiry}
	if err := writeOAuthSession(dir, s); err != nil {
		t.Fatal(err)
	}
	f.dir = dir
	return &oauthBot{f: f, dir: dir, st: newMemStore()}
}

func (b *oauthBot) adapter(t *testing.T) *Adapter {
	t.Helper()
	a, err := New(Options{
		Homeserver: b.f.srv.URL, UserID: b.f.user, OAuth: true, DataDir: b.dir,
		Password: "not used with OAuth",
		Logger:   slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError})),
	}, newEchoTurner(b.st), b.st)
	if err != nil {
		t.Fatal(err)
	}
	a.pollInterval = 100 * time.Millisecond
	a.maxBackoff = 200 * time.Millisecond
	a.httpBackoff = 10 * time.Millisecond
	return a
}

// start runs an adapter until the test ends or stop is called.
func (b *oauthBot) start(t *testing.T) (*Adapter, func()) {
	t.Helper()
	a := b.adapter(t)
	return a, lifecycletest.Run(t, 10*time.Second, a.Run)
}

// runToError runs an adapter that must stop by itself and returns its error.
func (b *oauthBot) runToError(t *testing.T) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	err := b.adapter(t).Run(ctx)
	if ctx.Err() != nil {
		t.Fatal("Run did not stop by itself")
	}
	return err
}

// kept returns the session in the data directory and checks its mode.
func (b *oauthBot) kept(t *testing.T) oauthSession {
	t.Helper()
	st, err := os.Stat(filepath.Join(b.dir, OAuthSessionFile))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("session file mode %v, want 0600", st.Mode().Perm())
	}
	s, ok, err := readOAuthSession(b.dir)
	if err != nil || !ok {
		t.Fatalf("no session kept: %v", err)
	}
	return s
}

// checkSavedFirst fails when a token was used before the session file held it.
func (b *oauthBot) checkSavedFirst(t *testing.T) {
	t.Helper()
	b.f.mu.Lock()
	defer b.f.mu.Unlock()
	if len(b.f.unsaved) > 0 {
		t.Errorf("tokens used before they were kept: %v", b.f.unsaved)
	}
}

func is(e string) func(string) bool { return func(got string) bool { return got == e } }

func TestOAuthRunRefreshesExpiredToken(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(-time.Minute))
	b.start(t)
	b.f.expect(is("refresh"), "a refresh of the expired token")
	b.f.expect(is("sync access-2"), "a sync with the new token")
	s := b.kept(t)
	if s.AccessToken != "access-2" || s.RefreshToken != "refresh-2" || s.ClientID != "client-kept" || s.DeviceID != "OAUTHDEV" {
		t.Errorf("kept %+v", s)
	}
	if d := time.Until(s.Expiry); d < 4*time.Minute {
		t.Errorf("new expiry %v from now, want about 5m", d)
	}
	if got := b.f.refreshes(); !slices.Equal(got, []string{"refresh-1"}) {
		t.Errorf("refreshed with %v", got)
	}
	b.checkSavedFirst(t)
}

func TestOAuthRunRefreshesBeforeExpiry(t *testing.T) {
	expiry := time.Now().Add(11 * time.Second)
	b := newOAuthBot(t, expiry)
	b.start(t)
	b.f.expect(is("sync access-1"), "a sync with the kept token")
	b.f.expect(is("refresh"), "a refresh before expiry")
	if time.Now().After(expiry) {
		t.Error("refreshed only after the token expired")
	}
	b.f.expect(is("sync access-2"), "a sync with the new token")
	b.checkSavedFirst(t)
}

func TestOAuthRunRefreshesOnUnknownTokenDuringSync(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(time.Hour))
	b.start(t)
	b.f.expect(is("sync access-1"), "a sync with the kept token")
	b.f.revoke("access-1")
	b.f.expect(is("401 /_matrix/client/v3/sync"), "the soft logout")
	b.f.expect(is("refresh"), "a refresh after the soft logout")
	b.f.expect(is("sync access-2"), "a sync with the new token")
	if s := b.kept(t); s.AccessToken != "access-2" || s.RefreshToken != "refresh-2" {
		t.Errorf("kept %+v", s)
	}
	if got := b.f.refreshes(); !slices.Equal(got, []string{"refresh-1"}) {
		t.Errorf("refreshed with %v, want one refresh", got)
	}
	b.checkSavedFirst(t)
}

func TestOAuthRunRefreshesOnUnknownTokenDuringSend(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(time.Hour))
	a, _ := b.start(t)
	b.f.expect(is("sync access-1"), "a sync with the kept token")
	b.f.mu.Lock()
	b.f.reject401["/_matrix/client/v3/rooms/"] = true
	b.f.mu.Unlock()
	if err := b.st.commit("", agent.Outgoing{Channel: Channel, ChatID: "!room:fake.test", Reply: agent.Reply{Text: "hello"}}); err != nil {
		t.Fatal(err)
	}
	a.Kick()
	b.f.expect(func(e string) bool { return strings.HasPrefix(e, "401 /_matrix/client/v3/rooms/") }, "the send refused")
	b.f.expect(is("send access-2"), "the send repeated with the new token")
	b.st.mu.Lock()
	failed := len(b.st.failed)
	b.st.mu.Unlock()
	if failed != 0 {
		t.Errorf("the refused token counted as %d refused replies", failed)
	}
	if s := b.kept(t); s.AccessToken != "access-2" {
		t.Errorf("kept %+v", s)
	}
	b.checkSavedFirst(t)
}

func TestOAuthRunRefreshTokenRejected(t *testing.T) {
	t.Run("at start", func(t *testing.T) {
		b := newOAuthBot(t, time.Now().Add(-time.Minute))
		b.f.endSession()
		err := b.runToError(t)
		if !errors.Is(err, ErrLoginAgain) || !strings.Contains(err.Error(), "companion matrix login") {
			t.Errorf("err %v, want ErrLoginAgain telling to log in again", err)
		}
	})
	t.Run("while running", func(t *testing.T) {
		b := newOAuthBot(t, time.Now().Add(time.Hour))
		done := make(chan error, 1)
		go func() { done <- b.runToError(t) }()
		b.f.expect(is("sync access-1"), "a sync with the kept token")
		b.f.endSession()
		select {
		case err := <-done:
			if !errors.Is(err, ErrLoginAgain) {
				t.Errorf("err %v, want ErrLoginAgain", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("Run went on with a dead session")
		}
	})
}

// TestOAuthRunRefreshFailingForAWhile: an authorization server that fails
// for a while (503s) is waited for; the session is not given up.
func TestOAuthRunRefreshFailingForAWhile(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(-time.Minute))
	b.f.failRefresh = 5
	b.start(t)
	b.f.expect(is("sync access-2"), "a sync once the authorization server is back")
	if got := b.f.refreshes(); len(got) != 6 || slices.ContainsFunc(got, func(r string) bool { return r != "refresh-1" }) {
		t.Errorf("refreshed with %v, want refresh-1 six times", got)
	}
	if s := b.kept(t); s.RefreshToken != "refresh-2" {
		t.Errorf("kept %+v", s)
	}
	b.checkSavedFirst(t)
}

func TestRefreshRefused(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(-time.Minute))
	a := b.adapter(t)
	a.cli, _ = a.newClient(t.Context())
	if _, err := discoverOAuth(t.Context(), a.cli); err != nil {
		t.Fatal(err)
	}
	a.cli.OAuthSetTokens("client-kept", "no-such-refresh-token", "x", time.Now().Add(-time.Minute))
	err := a.cli.OAuthRefreshToken(t.Context(), forceRefresh)
	if !refreshRefused(err) {
		t.Errorf("invalid_grant %v not taken for a refusal", err)
	}
	b.f.failRefresh = 10
	_, rt := b.f.grant()
	a.cli.OAuthSetTokens("client-kept", rt, "x", time.Now().Add(-time.Minute))
	err = a.cli.OAuthRefreshToken(t.Context(), forceRefresh)
	if err == nil || refreshRefused(err) {
		t.Errorf("a 503 (%v) taken for a refusal", err)
	}
	for _, e := range []error{nil, context.Canceled, context.DeadlineExceeded, os.ErrPermission} {
		if refreshRefused(e) {
			t.Errorf("%v taken for a refusal", e)
		}
	}
}

func TestOAuthRunSurvivesRestartMidRefresh(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(-time.Minute))
	b.f.holdRefresh = make(chan struct{})
	_, stop := b.start(t)
	b.f.expect(is("refresh"), "the first refresh")
	// The server made a new pair, but the companion stops before it hears it.
	stop()
	if s := b.kept(t); s.RefreshToken != "refresh-1" {
		t.Fatalf("kept %+v before any answer", s)
	}
	b.f.mu.Lock()
	b.f.holdRefresh = nil
	b.f.mu.Unlock()
	b.start(t)
	b.f.expect(is("refresh"), "the refresh after the restart")
	b.f.expect(is("sync access-3"), "a sync with the pair from after the restart")
	if s := b.kept(t); s.AccessToken != "access-3" || s.RefreshToken != "refresh-3" {
		t.Errorf("kept %+v", s)
	}
	b.f.mu.Lock()
	_, stillValid := b.f.refresh["refresh-1"]
	b.f.mu.Unlock()
	if stillValid {
		t.Error("the old refresh token was not retired once the new pair was used")
	}
	b.checkSavedFirst(t)
}

func TestOAuthRunRestartReusesSavedTokens(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(time.Hour))
	a, stop := b.start(t)
	b.f.expect(is("sync access-1"), "a sync with the kept token")
	if a.cli.DeviceID != "OAUTHDEV" {
		t.Errorf("device %s, want the session's", a.cli.DeviceID)
	}
	stop()
	b.start(t)
	b.f.expect(is("sync access-1"), "a sync with the kept token after a restart")
	if got := b.f.refreshes(); len(got) != 0 || len(b.f.registered) != 0 || b.f.deviceCodes != 0 {
		t.Errorf("restart refreshed %v, registered %d, asked %d device codes; want none", got, len(b.f.registered), b.f.deviceCodes)
	}
}

func TestOAuthRunNeedsItsSession(t *testing.T) {
	b := newOAuthBot(t, time.Now().Add(time.Hour))
	if err := os.Remove(filepath.Join(b.dir, OAuthSessionFile)); err != nil {
		t.Fatal(err)
	}
	if err := b.runToError(t); !errors.Is(err, ErrNoOAuthSession) {
		t.Errorf("without a session: %v, want ErrNoOAuthSession", err)
	}
	b = newOAuthBot(t, time.Now().Add(time.Hour))
	s := b.kept(t)
	s.UserID = "@other:fake.test"
	if err := writeOAuthSession(b.dir, s); err != nil {
		t.Fatal(err)
	}
	if err := b.runToError(t); !errors.Is(err, ErrBadUserID) {
		t.Errorf("with another account's session: %v, want ErrBadUserID", err)
	}
	if _, err := New(Options{Homeserver: b.f.srv.URL, UserID: b.f.user, OAuth: true}, newEchoTurner(b.st), b.st); !errors.Is(err, ErrNoDataDir) {
		t.Errorf("OAuth without a data directory: %v, want ErrNoDataDir", err)
	}
}
