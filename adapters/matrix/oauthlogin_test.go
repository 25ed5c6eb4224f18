package matrix

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"maunium.net/go/mautrix/oauth"
)

// fakeClock is the polling clock of a login: Sleep moves it on at once
// and records what was asked.
type fakeClock struct {
	now    time.Time
	sleeps []time.Duration
}

func (c *fakeClock) Now() time.Time { return c.now }

func (c *fakeClock) Sleep(ctx context.Context, d time.Duration) error {
	c.sleeps = append(c.sleeps, d)
	c.now = c.now.Add(d)
	return ctx.Err()
}

// loginWith runs LoginWithOAuth against f into dir and returns what it
// printed and logged.
func loginWith(t *testing.T, f *fakeAuth, dir string, tune func(*LoginOptions)) (LoginResult, *fakeClock, string, string, error) {
	t.Helper()
	var out, logs bytes.Buffer
	clock := &fakeClock{now: time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC)}
	o := LoginOptions{
		Homeserver: f.srv.URL, UserID: f.user, DataDir: dir, Out: &out,
		Logger: slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug})),
		Now:    clock.Now, Sleep: clock.Sleep,
	}
	if tune != nil {
		tune(&o)
	}
	res, err := LoginWithOAuth(t.Context(), o)
	return res, clock, out.String(), logs.String(), err
}

func TestOAuthLoginDeviceGrant(t *testing.T) {
	f := newFakeAuth(t)
	f.polls = []string{"authorization_pending", "slow_down", "authorization_pending"}
	dir := t.TempDir()
	res, clock, out, logs, err := loginWith(t, f, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Registered once, as a public native client of the device grant.
	if len(f.registered) != 1 {
		t.Fatalf("%d client registrations, want 1", len(f.registered))
	}
	reg := f.registered[0]
	if reg.TokenEndpointAuthMethod != oauth.AuthMethodNone || !slices.Contains(reg.GrantTypes, oauth.GrantTypeDeviceCode) ||
		!slices.Contains(reg.GrantTypes, oauth.GrantTypeRefreshToken) || reg.ClientURI == "" || reg.ApplicationType != oauth.ApplicationTypeNative {
		t.Errorf("registration %+v", reg)
	}
	if !strings.Contains(f.scope, "urn:matrix:client:api:*") || f.device() == "" {
		t.Errorf("scope %q asks for no API access or no device", f.scope)
	}
	// The server's interval, then 5 s more after slow_down.
	want := []time.Duration{5 * time.Second, 5 * time.Second, 10 * time.Second, 10 * time.Second}
	if !slices.Equal(clock.sleeps, want) || f.pollCount != 4 {
		t.Errorf("waited %v over %d polls, want %v over 4", clock.sleeps, f.pollCount, want)
	}
	for _, s := range []string{f.srv.URL + "/link\n", "WDJB-MJHT", f.srv.URL + "/link?code=WDJB-MJHT", "10m0s"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if res.UserID != f.user || res.DeviceID != f.device() || res.Path != filepath.Join(dir, OAuthSessionFile) {
		t.Errorf("result %+v", res)
	}
	st, err := os.Stat(res.Path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("session file mode %v, want 0600", st.Mode().Perm())
	}
	s, ok, err := readOAuthSession(dir)
	if err != nil || !ok {
		t.Fatalf("session not kept: %v", err)
	}
	if s.AccessToken != "access-1" || s.RefreshToken != "refresh-1" || s.ClientID != "client-1" ||
		s.DeviceID != f.device() || s.UserID != f.user || s.Issuer != f.srv.URL+"/" {
		t.Errorf("kept %+v", s)
	}
	if d := time.Until(s.Expiry); d < 4*time.Minute || d > 6*time.Minute {
		t.Errorf("expiry %v from now, want about 5m", d)
	}
	for _, secret := range []string{s.AccessToken, s.RefreshToken, "the-device-code"} {
		if strings.Contains(out, secret) || strings.Contains(logs, secret) {
			t.Errorf("%q shown or logged", secret)
		}
	}
}

func TestOAuthLoginAgainKeepsClientAndDevice(t *testing.T) {
	f := newFakeAuth(t)
	dir := t.TempDir()
	first, _, _, _, err := loginWith(t, f, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	again, _, _, _, err := loginWith(t, f, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(f.registered) != 1 || again.DeviceID != first.DeviceID {
		t.Errorf("second login: %d registrations, device %s then %s; want one registration and the same device",
			len(f.registered), first.DeviceID, again.DeviceID)
	}
	fresh, _, _, _, err := loginWith(t, f, dir, func(o *LoginOptions) { o.NewDevice = true })
	if err != nil {
		t.Fatal(err)
	}
	if fresh.DeviceID == first.DeviceID {
		t.Errorf("NewDevice kept device %s", fresh.DeviceID)
	}
}

func TestOAuthLoginFailures(t *testing.T) {
	for _, tc := range []struct {
		name  string
		setup func(*fakeAuth)
		want  error
		polls int
	}{
		{"denied", func(f *fakeAuth) { f.polls = []string{"authorization_pending", "access_denied"} }, ErrLoginDenied, 2},
		{"expired on the server", func(f *fakeAuth) { f.polls = []string{"expired_token"} }, ErrLoginExpired, 1},
		{"expired while waiting", func(f *fakeAuth) {
			f.codeLifetime = 12
			f.polls = slices.Repeat([]string{"authorization_pending"}, 10)
		}, ErrLoginExpired, 2},
		{"no oauth", func(f *fakeAuth) { f.noOAuth = true }, ErrNoOAuth, 0},
		{"no device grant", func(f *fakeAuth) { f.noDeviceGrant = true }, ErrNoDeviceGrant, 0},
		{"another account", func(f *fakeAuth) { f.user = "@someone:fake.test" }, ErrBadUserID, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFakeAuth(t)
			tc.setup(f)
			dir := t.TempDir()
			_, _, out, _, err := loginWith(t, f, dir, func(o *LoginOptions) { o.UserID = "@bot:fake.test" })
			if !errors.Is(err, tc.want) {
				t.Fatalf("err %v, want %v", err, tc.want)
			}
			if f.pollCount != tc.polls {
				t.Errorf("%d polls, want %d", f.pollCount, tc.polls)
			}
			if _, ok, _ := readOAuthSession(dir); ok {
				t.Error("a session was kept after a failed login")
			}
			if tc.want == ErrNoOAuth && (!strings.Contains(err.Error(), "matrix.password") || !strings.Contains(err.Error(), "matrix.access_token")) {
				t.Errorf("%q does not point to the password or access-token settings", err)
			}
			if tc.want == ErrNoOAuth && out != "" {
				t.Errorf("printed %q without a login to show", out)
			}
		})
	}
}

func TestOAuthDiscoveryUnstableEndpoint(t *testing.T) {
	f := newFakeAuth(t)
	f.unstableOnly = true
	f.interval = 0 // RFC 8628's default of 5 s applies
	_, clock, _, _, err := loginWith(t, f, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(clock.sleeps, []time.Duration{defaultPollInterval}) {
		t.Errorf("waited %v, want one default interval", clock.sleeps)
	}
}

func TestOAuthLoginStopsWithContext(t *testing.T) {
	f := newFakeAuth(t)
	f.polls = slices.Repeat([]string{"authorization_pending"}, 100)
	ctx, cancel := context.WithCancel(t.Context())
	polls := 0
	_, err := LoginWithOAuth(ctx, LoginOptions{
		Homeserver: f.srv.URL, DataDir: t.TempDir(),
		Sleep: func(ctx context.Context, _ time.Duration) error {
			if polls++; polls == 3 {
				cancel()
			}
			return ctx.Err()
		},
	})
	if !errors.Is(err, context.Canceled) || f.pollCount != 2 {
		t.Errorf("err %v after %d polls, want context.Canceled after 2", err, f.pollCount)
	}
}

func TestOAuthSessionFileDamaged(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, OAuthSessionFile), []byte(`{"access_token": "secret-tok`), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, err := readOAuthSession(dir)
	if !errors.Is(err, ErrBadSessionFile) || strings.Contains(err.Error(), "secret-tok") {
		t.Errorf("err %v, want ErrBadSessionFile without the file's content", err)
	}
	if s := (oauthSession{AccessToken: "a-secret", RefreshToken: "r-secret"}).String(); strings.Contains(s, "secret") {
		t.Errorf("String shows a token: %s", s)
	}
}
