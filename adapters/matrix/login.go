package matrix

import (
	"context"
	"errors"
	"fmt"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"
)

// deviceDisplayName is how the companion's session shows in device lists.
const deviceDisplayName = "companion"

// login makes a.cli an authenticated client. A configured access token wins;
// then, with OAuth on, the session "companion matrix login" kept; otherwise
// the token kept from an earlier password login is reused, so the device
// (and its encryption keys) stays the same across restarts; a password login
// happens only when neither works.
func (a *Adapter) login(ctx context.Context) error {
	if a.cli == nil {
		cli, err := a.newClient(ctx)
		if err != nil {
			return err
		}
		a.cli = cli
	}
	if a.opts.OAuth && a.opts.AccessToken == "" {
		return a.oauthLogin(ctx)
	}
	token, device, kept, err := a.savedSession(ctx)
	if err != nil {
		return err
	}
	if token != "" {
		err := a.useToken(ctx, token, device, kept)
		if err == nil {
			return nil
		}
		if !errors.Is(err, mautrix.MUnknownToken) || a.opts.Password == "" {
			return err
		}
		a.log.Warn("access token no longer valid, logging in with the password")
	}
	if a.opts.Password == "" {
		return ErrNoCredentials
	}
	var previous string
	if user, _ := a.store.Secret(ctx, secretUserID); user == string(a.userID) {
		previous, _ = a.store.Secret(ctx, secretDeviceID)
	}
	return a.passwordLogin(ctx, previous)
}

// newClient returns a client for the homeserver that is not logged in yet.
func (a *Adapter) newClient(ctx context.Context) (*mautrix.Client, error) {
	cli, err := mautrix.NewClient(a.opts.Homeserver, a.userID, "")
	if err != nil {
		return nil, fmt.Errorf("client: %w", err)
	}
	cli.Syncer = newSyncer()
	cli.Log = zerologTo(ctx, a.log)
	// Retries requests that failed on the network or got a 429 or a 502-504;
	// the loops above add their own backoff.
	cli.DefaultHTTPRetries = 2
	cli.DefaultHTTPBackoff = a.httpBackoff
	a.instrument(cli)
	return cli, nil
}

// relogin replaces a session the homeserver stopped accepting (logged out
// elsewhere, expired) with a password login on the same device. Without a
// password it returns ErrNoCredentials; when encryption is on and the
// homeserver hands out another device, the keys no longer fit and it
// returns ErrDeviceChanged.
func (a *Adapter) relogin(ctx context.Context) error {
	if a.opts.Password == "" || a.oauth != nil {
		return ErrNoCredentials
	}
	device := a.cli.DeviceID
	a.log.Warn("the homeserver no longer accepts the session, logging in again", "device", device)
	if err := a.passwordLogin(ctx, string(device)); err != nil {
		return err
	}
	if a.e2ee != nil && a.cli.DeviceID != device {
		return ErrDeviceChanged
	}
	return nil
}

// savedSession returns the token and device to try first and whether they
// were kept from an earlier login (as opposed to configured).
func (a *Adapter) savedSession(ctx context.Context) (token, device string, kept bool, err error) {
	if a.opts.AccessToken != "" {
		return a.opts.AccessToken, a.opts.DeviceID, false, nil
	}
	user, err := a.store.Secret(ctx, secretUserID)
	if err != nil {
		return "", "", false, fmt.Errorf("load session: %w", err)
	}
	if user != string(a.userID) {
		return "", "", false, nil
	}
	if token, err = a.store.Secret(ctx, secretToken); err != nil {
		return "", "", false, fmt.Errorf("load session: %w", err)
	}
	if device, err = a.store.Secret(ctx, secretDeviceID); err != nil {
		return "", "", false, fmt.Errorf("load session: %w", err)
	}
	return token, device, true, nil
}

// useToken checks a token with whoami and learns the device it belongs to.
func (a *Adapter) useToken(ctx context.Context, token, device string, kept bool) error {
	a.cli.AccessToken = token
	a.cli.DeviceID = id.DeviceID(device)
	who, err := a.cli.Whoami(ctx)
	if err != nil {
		return fmt.Errorf("whoami: %w", err)
	}
	if who.UserID != a.userID {
		return fmt.Errorf("access token belongs to %s, not %s: %w", who.UserID, a.userID, ErrBadUserID)
	}
	if who.DeviceID != "" {
		a.cli.DeviceID = who.DeviceID
	}
	a.log.Info("logged in", "user", a.userID, "device", a.cli.DeviceID, "kept_session", kept)
	return nil
}

// passwordLogin logs in, asking for device previous when set so that the
// device (and its encryption keys) stays the same, and keeps the session.
func (a *Adapter) passwordLogin(ctx context.Context, previous string) error {
	localpart, _, _ := a.userID.Parse()
	a.cli.AccessToken, a.cli.DeviceID = "", ""
	resp, err := a.cli.Login(ctx, &mautrix.ReqLogin{
		Type:                     mautrix.AuthTypePassword,
		Identifier:               mautrix.UserIdentifier{Type: mautrix.IdentifierTypeUser, User: localpart},
		Password:                 a.opts.Password,
		DeviceID:                 id.DeviceID(previous),
		InitialDeviceDisplayName: deviceDisplayName,
		StoreCredentials:         true,
	})
	if err != nil {
		return fmt.Errorf("password login: %w", err)
	}
	a.cli.UserID = a.userID
	for _, kv := range [][2]string{
		{secretToken, resp.AccessToken},
		{secretDeviceID, string(resp.DeviceID)},
		{secretUserID, string(a.userID)},
	} {
		if err := a.store.SetSecret(ctx, kv[0], kv[1]); err != nil {
			return fmt.Errorf("keep session: %w", err)
		}
	}
	a.log.Info("logged in with password", "user", a.userID, "device", resp.DeviceID)
	return nil
}
