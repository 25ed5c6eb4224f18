package matrix

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"
	"maunium.net/go/mautrix/oauth"
)

// clientURI is the page the authorization server shows as the client's home
// when it asks the person to approve the login.
const clientURI = "https://github.com/companion-dev/companion"

const (
	// defaultPollInterval is RFC 8628's interval when the server names none.
	defaultPollInterval = 5 * time.Second
	// slowDownStep is what RFC 8628 adds to the interval on slow_down.
	slowDownStep = 5 * time.Second
	// maxPollInterval bounds the interval after network failures.
	maxPollInterval = time.Minute
)

// LoginOptions configure LoginWithOAuth.
type LoginOptions struct {
	// Homeserver is the client-server API base URL.
	Homeserver string
	// UserID is the account that must end up logged in; the login fails
	// with ErrBadUserID when the person approves it as someone else.
	UserID string
	// DataDir is where the session is kept (OAuthSessionFile).
	DataDir string
	// NewDevice asks for a new device even when an earlier OAuth login of
	// the account kept one (its crypto database was lost).
	NewDevice bool
	// Out receives the verification link and code, for the operator's eyes.
	// Tokens are never written to it.
	Out io.Writer
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// HTTPClient makes the requests; nil uses a client with a timeout.
	HTTPClient *http.Client
	// Now and Sleep are the clock of the polling; nil uses the real one.
	// Sleep returns early with ctx's error when ctx ends.
	Now   func() time.Time
	Sleep func(ctx context.Context, d time.Duration) error
}

// LoginResult is the outcome of a successful LoginWithOAuth.
type LoginResult struct {
	// UserID and DeviceID are the account and device now logged in.
	UserID, DeviceID string
	// Path is the file the session was kept in.
	Path string
	// Expiry is when the access token expires; the refresh token renews it.
	Expiry time.Time
}

// LoginWithOAuth logs the companion in with OAuth 2.0 and the device
// authorization grant (RFC 8628, as Matrix's next-generation auth uses it):
// it finds the homeserver's authorization server, registers the companion
// as a client there when it has no client id for that server yet, shows the
// link and code to open in a browser on Out, polls until the person approved
// or refused, and keeps the tokens in DataDir. A device kept from an earlier
// OAuth login of the same account is asked for again, so that its encryption
// keys stay valid.
//
// It returns ErrNoOAuth when the homeserver offers no OAuth login,
// ErrNoDeviceGrant when its server lacks the device grant, ErrLoginDenied,
// ErrLoginExpired, and ctx's error when ctx ends first.
func LoginWithOAuth(ctx context.Context, o LoginOptions) (LoginResult, error) {
	l, err := newDeviceLogin(ctx, o)
	if err != nil {
		return LoginResult{}, err
	}
	return l.run(ctx)
}

// deviceLogin is one run of LoginWithOAuth.
type deviceLogin struct {
	o     LoginOptions
	cli   *mautrix.Client
	log   *slog.Logger
	prior oauthSession // the kept session of the same account, if any
	have  bool
}

func newDeviceLogin(ctx context.Context, o LoginOptions) (*deviceLogin, error) {
	if o.Homeserver == "" {
		return nil, ErrNoHomeserver
	}
	if _, _, err := id.UserID(o.UserID).Parse(); o.UserID != "" && err != nil {
		return nil, fmt.Errorf("user id %q: %w", o.UserID, ErrBadUserID)
	}
	if o.DataDir == "" {
		return nil, ErrNoDataDir
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Sleep == nil {
		o.Sleep = sleep
	}
	cli, err := mautrix.NewClient(o.Homeserver, "", "")
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	cli.Client = o.HTTPClient
	if cli.Client == nil {
		cli.Client = &http.Client{Timeout: time.Minute}
	}
	cli.Log = zerologTo(ctx, o.Logger)
	cli.DefaultHTTPRetries = 2
	prior, have, err := readOAuthSession(o.DataDir)
	if err != nil && !errors.Is(err, ErrBadSessionFile) {
		return nil, err
	}
	// Another account's session (or a damaged file) lends nothing.
	have = have && (o.UserID == "" || prior.UserID == o.UserID) && prior.Homeserver == o.Homeserver
	return &deviceLogin{o: o, cli: cli, log: o.Logger, prior: prior, have: have}, nil
}

func (l *deviceLogin) run(ctx context.Context) (LoginResult, error) {
	meta, err := discoverOAuth(ctx, l.cli)
	if err != nil {
		return LoginResult{}, err
	}
	if meta.DeviceAuthorizationEndpoint == "" {
		return LoginResult{}, ErrNoDeviceGrant
	}
	clientID, err := l.clientID(ctx, meta)
	if err != nil {
		return LoginResult{}, err
	}
	device := id.DeviceID(newDeviceID())
	if l.have && l.prior.DeviceID != "" && !l.o.NewDevice {
		device = id.DeviceID(l.prior.DeviceID)
	}
	code, err := l.cli.OAuthGenerateDeviceCode(ctx, oauth.GenerateDeviceCodeParams{
		Scopes:     oauth.ScopeList{oauth.ScopeClientAPI, oauth.ScopeDevice(device)},
		UserIDHint: id.UserID(l.o.UserID),
		ClientID:   clientID,
	})
	if err != nil {
		return LoginResult{}, fmt.Errorf("start device login: %w", err)
	}
	showCode(l.o.Out, code)
	tok, start, err := l.poll(ctx, code, clientID)
	if err != nil {
		return LoginResult{}, err
	}
	expiry := time.Time{}
	if tok.ExpiresIn.Duration > 0 {
		expiry = start.Add(tok.ExpiresIn.Duration)
	}
	s := oauthSession{
		Homeserver: l.o.Homeserver, Issuer: meta.Issuer, ClientID: clientID,
		AccessToken: tok.AccessToken, RefreshToken: tok.RefreshToken, Expiry: expiry,
	}
	if err := l.identify(ctx, &s, device); err != nil {
		return LoginResult{}, err
	}
	if err := writeOAuthSession(l.o.DataDir, s); err != nil {
		return LoginResult{}, err
	}
	l.log.Info("logged in with oauth", "user", s.UserID, "device", s.DeviceID, "client_id", s.ClientID,
		"refreshable", s.RefreshToken != "")
	return LoginResult{UserID: s.UserID, DeviceID: s.DeviceID, Path: filepath.Join(l.o.DataDir, OAuthSessionFile), Expiry: expiry}, nil
}

// clientID returns the client id kept for this authorization server, or
// registers the companion there (RFC 7591) to get one.
func (l *deviceLogin) clientID(ctx context.Context, meta *oauth.ServerMetadata) (string, error) {
	if l.have && l.prior.ClientID != "" && l.prior.Issuer == meta.Issuer {
		return l.prior.ClientID, nil
	}
	if meta.RegistrationEndpoint == "" {
		return "", fmt.Errorf("the authorization server takes no client registration: %w", ErrNoOAuth)
	}
	resp, err := l.cli.OAuthRegisterClient(ctx, &oauth.ClientMetadata{
		ApplicationType:         oauth.ApplicationTypeNative,
		ClientName:              "companion",
		ClientURI:               clientURI,
		GrantTypes:              []oauth.GrantType{oauth.GrantTypeDeviceCode, oauth.GrantTypeRefreshToken},
		TokenEndpointAuthMethod: oauth.AuthMethodNone,
	})
	if err != nil {
		return "", fmt.Errorf("register client: %w", err)
	}
	if resp == nil || resp.ClientID == "" {
		return "", errors.New("register client: the server returned no client id")
	}
	l.log.Info("registered with the authorization server", "client_id", resp.ClientID, "issuer", meta.Issuer)
	return resp.ClientID, nil
}

// poll asks the token endpoint until the person approved or refused, at
// the interval the server asked for, slowing down when it says so. It
// returns the tokens and when the request that got them started, which is
// when their lifetime began at the latest.
func (l *deviceLogin) poll(ctx context.Context, code *oauth.DeviceCodeResponse, clientID string) (*oauth.TokenResponse, time.Time, error) {
	interval := code.Interval.Duration
	if interval <= 0 {
		interval = defaultPollInterval
	}
	var deadline time.Time
	if code.ExpiresIn.Duration > 0 {
		deadline = l.o.Now().Add(code.ExpiresIn.Duration)
	}
	for {
		if !deadline.IsZero() && !l.o.Now().Add(interval).Before(deadline) {
			return nil, time.Time{}, ErrLoginExpired
		}
		if err := l.o.Sleep(ctx, interval); err != nil {
			return nil, time.Time{}, err
		}
		start := time.Now()
		tok, err := l.cli.OAuthPollDeviceCode(ctx, oauth.PollDeviceCodeParams{DeviceCode: code.DeviceCode, ClientID: clientID})
		switch {
		case err == nil && tok != nil && tok.AccessToken != "":
			return tok, start, nil
		case err == nil:
			return nil, time.Time{}, errors.New("device login: the token endpoint returned no access token")
		case errors.Is(err, mautrix.ErrOAuthAuthorizationPending):
		case errors.Is(err, mautrix.ErrOAuthSlowDown):
			interval += slowDownStep
			l.log.Info("the authorization server asked to poll more slowly", "interval", interval)
		case errors.Is(err, mautrix.ErrOAuthExpiredToken):
			return nil, time.Time{}, ErrLoginExpired
		case errors.Is(err, mautrix.ErrOAuthAccessDenied):
			return nil, time.Time{}, ErrLoginDenied
		case ctx.Err() != nil:
			return nil, time.Time{}, ctx.Err()
		case transient(err):
			interval = min(interval*2, maxPollInterval)
			l.log.Warn("polling the token endpoint failed, going on", "err", err, "interval", interval)
		default:
			return nil, time.Time{}, fmt.Errorf("device login: %w", err)
		}
	}
}

// identify asks the homeserver whose token it is and for which device, and
// checks that it is the configured account.
func (l *deviceLogin) identify(ctx context.Context, s *oauthSession, asked id.DeviceID) error {
	l.cli.OAuthSetTokens(s.ClientID, s.RefreshToken, s.AccessToken, s.expiry())
	who, err := l.cli.Whoami(ctx)
	if err != nil {
		return fmt.Errorf("whoami: %w", err)
	}
	if l.o.UserID != "" && who.UserID != id.UserID(l.o.UserID) {
		return fmt.Errorf("the login was approved as %s, but matrix.user_id is %s (log in as that account, or change matrix.user_id): %w",
			who.UserID, l.o.UserID, ErrBadUserID)
	}
	s.UserID, s.DeviceID = string(who.UserID), string(who.DeviceID)
	if s.DeviceID == "" {
		s.DeviceID = string(asked)
	}
	return nil
}

// showCode tells the operator where to approve the login.
func showCode(w io.Writer, code *oauth.DeviceCodeResponse) {
	fmt.Fprintf(w, "To log the companion in, open this page in a browser:\n\n    %s\n\nand enter the code:\n\n    %s\n\n",
		code.VerificationURI, code.UserCode)
	if code.VerificationURIComplete != "" {
		fmt.Fprintf(w, "Or open this link, which carries the code already:\n\n    %s\n\n", code.VerificationURIComplete)
	}
	if d := code.ExpiresIn.Duration; d > 0 {
		fmt.Fprintf(w, "The code is valid for %s. Waiting for the approval...\n", d.Round(time.Second))
	} else {
		fmt.Fprintln(w, "Waiting for the approval...")
	}
}

// newDeviceID makes a device id in the shape homeservers hand out: ten
// upper-case letters and digits.
func newDeviceID() string { return rand.Text()[:10] }

// sleep waits d, or less when ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
