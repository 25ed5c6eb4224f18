package matrix

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"strings"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"
)

// forceRefresh, as mautrix's refresh buffer, renews the access token
// whatever its expiry says.
const forceRefresh = time.Duration(math.MaxInt64)

// oauthTokens keeps the tokens of the OAuth session the adapter runs on.
// mautrix renews the access token shortly before it expires and hands the
// new pair to save before using it; save writes it to the session file
// first, so a crash right after a refresh never loses a refresh token the
// server may already have retired. When the homeserver rejects a token
// that has not expired yet (soft logout, a restarted server), the transport
// (unknownTokenRefresher) renews it and mautrix repeats the request.
type oauthTokens struct {
	dir string
	cli *mautrix.Client
	log *slog.Logger

	mu     sync.Mutex // guards sess and failed
	sess   oauthSession
	failed error // the last forced refresh's error, nil after a success

	forcing sync.Mutex // one forced refresh at a time
}

// save is the client's SaveNewToken: it keeps the new pair before mautrix
// uses it. mautrix calls it with its token lock held.
func (t *oauthTokens) save(_ context.Context, refresh, access string, expiry time.Time) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	next := t.sess
	next.AccessToken, next.RefreshToken, next.Expiry = access, refresh, expiry
	if err := writeOAuthSession(t.dir, next); err != nil {
		return err
	}
	t.sess = next
	t.log.Debug("access token refreshed", "device", next.DeviceID, "valid_for", time.Until(expiry).Round(time.Second))
	return nil
}

// current returns the access token in use.
func (t *oauthTokens) current() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.sess.AccessToken
}

// failure returns the error of the last forced refresh, nil when it worked.
func (t *oauthTokens) failure() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.failed
}

// rejected renews the access token after the homeserver refused token,
// unless another request already renewed it.
func (t *oauthTokens) rejected(ctx context.Context, token string) {
	t.forcing.Lock()
	defer t.forcing.Unlock()
	if t.current() != token {
		return
	}
	t.log.Warn("the homeserver refused the access token before its expiry, refreshing it")
	err := t.cli.OAuthRefreshToken(ctx, forceRefresh)
	if err != nil {
		t.log.Warn("refreshing the access token failed", "err", err)
	}
	t.mu.Lock()
	t.failed = err
	t.mu.Unlock()
}

// unknownTokenRefresher renews the access token when the homeserver answers
// 401 M_UNKNOWN_TOKEN to a request that carried the current one, before
// handing the answer on. mautrix then sees a new token and repeats the
// request with it; every request (sync, send, keys) recovers the same way.
type unknownTokenRefresher struct {
	base   http.RoundTripper
	tokens *oauthTokens
}

// maxErrorBody bounds what is read of a 401 to find its error code.
const maxErrorBody = 64 << 10

func (r unknownTokenRefresher) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := r.base.RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusUnauthorized {
		return resp, err
	}
	token, ok := strings.CutPrefix(req.Header.Get("Authorization"), "Bearer ")
	if !ok || token == "" {
		return resp, nil
	}
	body, rerr := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	resp.Body.Close()
	resp.Body = io.NopCloser(bytes.NewReader(body))
	var e struct {
		Code string `json:"errcode"`
	}
	if rerr != nil || json.Unmarshal(body, &e) != nil || e.Code != mautrix.MUnknownToken.ErrCode {
		return resp, nil
	}
	r.tokens.rejected(req.Context(), token)
	return resp, nil
}

// oauthLogin starts the adapter on the OAuth session kept in the data
// directory: it finds the authorization server, hands the tokens to the
// client with the refresh machinery, and checks them with whoami (which
// refreshes an expired access token first).
func (a *Adapter) oauthLogin(ctx context.Context) error {
	sess, ok, err := readOAuthSession(a.opts.DataDir)
	if err != nil {
		return err
	}
	if !ok {
		return ErrNoOAuthSession
	}
	if sess.UserID != string(a.userID) {
		return fmt.Errorf("the OAuth session in %s is for %s, not %s (run \"companion matrix login\" again): %w",
			OAuthSessionFile, sess.UserID, a.userID, ErrBadUserID)
	}
	if _, err := discoverOAuth(ctx, a.cli); err != nil {
		return err
	}
	if a.oauth == nil {
		a.oauth = &oauthTokens{dir: a.opts.DataDir, cli: a.cli, log: a.log}
		a.cli.Client.Transport = unknownTokenRefresher{base: a.cli.Client.Transport, tokens: a.oauth}
		a.cli.SaveNewToken = a.oauth.save
	}
	a.oauth.mu.Lock()
	a.oauth.sess = sess
	a.oauth.mu.Unlock()
	a.cli.OAuthSetTokens(sess.ClientID, sess.RefreshToken, sess.AccessToken, sess.expiry())
	a.cli.DeviceID = id.DeviceID(sess.DeviceID)
	who, err := a.cli.Whoami(ctx)
	if err != nil {
		return a.sessionEnded(fmt.Errorf("whoami: %w", err))
	}
	if who.UserID != a.userID {
		return fmt.Errorf("the OAuth session belongs to %s, not %s: %w", who.UserID, a.userID, ErrBadUserID)
	}
	if who.DeviceID != "" {
		a.cli.DeviceID = who.DeviceID
	}
	a.log.Info("logged in with the kept OAuth session", "user", a.userID, "device", a.cli.DeviceID)
	return nil
}

// sessionEnded turns err into ErrLoginAgain when it says that the OAuth
// session is over: the authorization server refused the refresh token, or
// the homeserver refuses the access token and renewing it failed for good.
// Other errors (the network, a server failing) come back as they are.
func (a *Adapter) sessionEnded(err error) error {
	if a.oauth == nil || err == nil {
		return err
	}
	if errors.Is(err, mautrix.ErrFailedToRefreshToken) && refreshRefused(err) {
		return fmt.Errorf("%w: %w", ErrLoginAgain, err)
	}
	if errors.Is(err, mautrix.MUnknownToken) {
		if f := a.oauth.failure(); refreshRefused(f) {
			return fmt.Errorf("%w: %w", ErrLoginAgain, f)
		}
	}
	return err
}

// refreshRefused reports whether err is the authorization server refusing
// a refresh for good (invalid_grant and its kin), or there being no refresh
// token to renew with. A refresh that failed on the network, on a server
// error, on a cancelled request or on saving the new pair is not: it is
// tried again, and the kept refresh token is still the one to use.
func refreshRefused(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, mautrix.ErrNoRefreshToken) || errors.Is(err, mautrix.ErrClientIDNotSet) {
		return true
	}
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) || httpErr.Response == nil || httpErr.RespError == nil || !httpErr.RespError.OAuth {
		return false
	}
	switch httpErr.Response.StatusCode {
	case http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden:
		return true
	}
	return false
}

// sessionTrouble reports whether err means the session needs attention
// (the token refused, a refresh failed) rather than the request itself
// being wrong: a reply that met it is tried again later, not counted as
// refused.
func sessionTrouble(err error) bool {
	return errors.Is(err, mautrix.MUnknownToken) || errors.Is(err, mautrix.ErrFailedToRefreshToken)
}
