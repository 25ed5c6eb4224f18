package matrix

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/oauth"
)

// OAuthSessionFile is the name of the file, in the data directory, that
// holds the OAuth session "companion matrix login" made: the client id, the
// device, the access and refresh tokens and when the access token expires.
// Whoever has it is the companion's account: it is written 0600, replaced
// whole on every refresh, and backups carry it.
const OAuthSessionFile = "matrix-oauth-session.json"

// maxSessionFile bounds what is read from the session file.
const maxSessionFile = 64 << 10

// oauthSession is what is kept of an OAuth login. The JSON names are the
// file's format: keep them.
type oauthSession struct {
	Homeserver   string    `json:"homeserver"`
	UserID       string    `json:"user_id"`
	DeviceID     string    `json:"device_id"`
	Issuer       string    `json:"issuer,omitempty"`
	ClientID     string    `json:"client_id"`
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token,omitempty"`
	Expiry       time.Time `json:"expires_at,omitzero"`
}

// String names the session without its tokens, so that printing one by
// mistake leaks nothing.
func (s oauthSession) String() string {
	return fmt.Sprintf("OAuth session of %s, device %s, client %s", s.UserID, s.DeviceID, s.ClientID)
}

// expiry is when the client should take the access token for expired. A
// token the server gave no lifetime is treated as one that lasts.
func (s oauthSession) expiry() time.Time {
	if s.Expiry.IsZero() {
		return time.Now().AddDate(100, 0, 0)
	}
	return s.Expiry
}

// readOAuthSession returns the session kept in dir; ok is false when there
// is none.
func readOAuthSession(dir string) (s oauthSession, ok bool, err error) {
	f, err := os.Open(filepath.Join(dir, OAuthSessionFile))
	if errors.Is(err, os.ErrNotExist) {
		return s, false, nil
	}
	if err != nil {
		return s, false, fmt.Errorf("read oauth session: %w", err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxSessionFile))
	if err != nil {
		return s, false, fmt.Errorf("read oauth session: %w", err)
	}
	if err := json.Unmarshal(raw, &s); err != nil {
		// The error quotes no input, so no token reaches a log this way.
		return s, false, fmt.Errorf("read oauth session: %s is damaged: %w", OAuthSessionFile, ErrBadSessionFile)
	}
	if s.AccessToken == "" || s.ClientID == "" {
		return s, false, fmt.Errorf("read oauth session: %s has no token or client id: %w", OAuthSessionFile, ErrBadSessionFile)
	}
	return s, true, nil
}

// writeOAuthSession keeps s in dir, replacing the earlier session only once
// the new file is complete on disk.
func writeOAuthSession(dir string, s oauthSession) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return fmt.Errorf("keep oauth session: %w", err)
	}
	if err := writePrivateFile(dir, OAuthSessionFile, append(raw, '\n')); err != nil {
		return fmt.Errorf("keep oauth session: %w", err)
	}
	return nil
}

// discoverOAuth asks the homeserver where its OAuth 2.0 authorization server
// is (MSC2965), on the stable endpoint first and then on the unstable one
// that servers released before the stable one still answer. It returns
// ErrNoOAuth when the homeserver advertises none, and keeps the metadata in
// cli for the requests that follow.
func discoverOAuth(ctx context.Context, cli *mautrix.Client) (*oauth.ServerMetadata, error) {
	meta, err := cli.OAuthGetServerMetadata(ctx)
	if notOffered(err) {
		meta = nil
		_, err = cli.MakeRequest(ctx, http.MethodGet,
			cli.BuildClientURL("unstable", "org.matrix.msc2965", "auth_metadata"), nil, &meta)
	}
	switch {
	case notOffered(err):
		return nil, ErrNoOAuth
	case err != nil:
		return nil, fmt.Errorf("oauth discovery: %w", err)
	case meta == nil || meta.TokenEndpoint == "":
		return nil, fmt.Errorf("oauth discovery: the metadata names no token endpoint: %w", ErrNoOAuth)
	}
	cli.OAuthSetServerMetadata(meta)
	return meta, nil
}

// notOffered reports whether err is a homeserver saying it does not know an
// endpoint: 404, or 400/405 with M_UNRECOGNIZED, as the spec allows.
func notOffered(err error) bool {
	var httpErr mautrix.HTTPError
	if !errors.As(err, &httpErr) || httpErr.Response == nil {
		return false
	}
	switch httpErr.Response.StatusCode {
	case http.StatusNotFound:
		return true
	case http.StatusBadRequest, http.StatusMethodNotAllowed:
		return errors.Is(err, mautrix.MUnrecognized)
	}
	return false
}
