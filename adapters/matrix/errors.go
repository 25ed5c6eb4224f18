package matrix

import "errors"

var (
	// ErrNoHomeserver is returned by New when Options.Homeserver is empty.
	ErrNoHomeserver = errors.New("no homeserver configured")
	// ErrBadUserID is returned by New when Options.UserID is not a Matrix user id.
	ErrBadUserID = errors.New("not a matrix user id (want @name:server)")
	// ErrMissingDependency is returned by New when the turner or the store is nil.
	ErrMissingDependency = errors.New("turner and store are required")
	// ErrNoDataDir is returned by New when encryption or OAuth is on but no
	// data directory was given for the crypto database or the session.
	ErrNoDataDir = errors.New("encryption and OAuth need a data directory")
	// ErrNoCredentials is returned by Run when there is neither an access
	// token (given or kept from an earlier login) nor a password, and OAuth
	// is off.
	ErrNoCredentials = errors.New("no access token or password")
	// ErrDeviceChanged is returned by Run when the homeserver dropped the
	// session and a new login got another device while encryption is on:
	// the crypto keys belong to the old device, so a restart must set up
	// new ones.
	ErrDeviceChanged = errors.New("session replaced by a new device; restart to set up its encryption keys")
	// ErrRecoveryKeyNeeded is returned by Run when the account already has a
	// cross-signing identity that this device is not verified by, and no
	// recovery key is configured or kept: making a new identity would
	// silently undo every verification made with the old one.
	ErrRecoveryKeyNeeded = errors.New("the account already has a cross-signing identity and no recovery key is known: " +
		"set matrix.recovery_key (COMPANION_MATRIX_RECOVERY_KEY) to the key shown when it was created, or put " + RecoveryKeyFile +
		" back in the data directory; to give up the old identity and make a new one, set matrix.reset_cross_signing: true once")
	// ErrBadRecoveryKey is returned by Run when the recovery key does not
	// unlock the account's secret storage or the identity there is not the
	// published one.
	ErrBadRecoveryKey = errors.New("the recovery key does not unlock the account's cross-signing identity " +
		"(check matrix.recovery_key or " + RecoveryKeyFile + "; matrix.reset_cross_signing: true makes a new identity)")
	// ErrCrossSigningNeedsPassword is met when a new cross-signing identity
	// cannot be published because the homeserver wants the account's password
	// and only an access token is configured, or (with OAuth) an approval in
	// the account's web page that the companion cannot give. Run logs it and
	// carries on with an unverified device.
	ErrCrossSigningNeedsPassword = errors.New("publishing cross-signing keys needs the account's password (matrix.password); " +
		"with OAuth, the homeserver wants the change approved in the account's web page, which the companion cannot do")
	// ErrCryptoStoreLost is returned by Run when the crypto database is new
	// but the device already has keys on the homeserver (the database was
	// deleted) and there is no password to sign in as a new device.
	ErrCryptoStoreLost = errors.New("the crypto database is missing but this device's keys are on the homeserver: " +
		"restore " + CryptoDBFile + " from a backup, or configure matrix.password so that the companion signs in as a new device " +
		"(with matrix.oauth: run \"companion matrix login --new-device\")")
	// ErrNoOAuth is returned by LoginWithOAuth when the homeserver
	// advertises no OAuth 2.0 authorization server (or one that takes no
	// client registration).
	ErrNoOAuth = errors.New("the homeserver offers no OAuth login: sign in with a password (matrix.password) " +
		"or an access token an admin issued (matrix.access_token with matrix.device_id) instead")
	// ErrNoDeviceGrant is returned by LoginWithOAuth when the authorization
	// server has no device authorization endpoint, the only OAuth login a
	// program without a browser can do.
	ErrNoDeviceGrant = errors.New("the homeserver's OAuth server offers no device login (RFC 8628): sign in with a password " +
		"(matrix.password) or an access token (matrix.access_token with matrix.device_id) instead")
	// ErrLoginDenied is returned by LoginWithOAuth when the person refused
	// the login in the browser.
	ErrLoginDenied = errors.New("the login was refused in the browser")
	// ErrLoginExpired is returned by LoginWithOAuth when the code expired
	// before anyone approved the login.
	ErrLoginExpired = errors.New("the code expired before the login was approved: run \"companion matrix login\" again")
	// ErrNoOAuthSession is returned by Run when Options.OAuth is set and the
	// data directory holds no session.
	ErrNoOAuthSession = errors.New("matrix.oauth is on but no OAuth session is kept in the data directory (" + OAuthSessionFile +
		"): run \"companion matrix login\" first")
	// ErrBadSessionFile is returned when the session file cannot be read as
	// one.
	ErrBadSessionFile = errors.New("not a readable OAuth session: run \"companion matrix login\" again")
	// ErrLoginAgain is returned by Run when the OAuth session is over: the
	// authorization server refused the refresh token (the session was ended
	// or the token was already used), so only a new login helps.
	ErrLoginAgain = errors.New("the homeserver no longer accepts the companion's OAuth session: run \"companion matrix login\" again")
	// ErrEncryptionNotCompiled is returned by the encryption setup of builds
	// without the goolm tag; Run logs it and carries on unencrypted.
	ErrEncryptionNotCompiled = errors.New("end-to-end encryption not compiled in (build with -tags goolm)")
)

// ErrNotConnected is wrapped by Ready when the adapter cannot take events or
// deliver replies right now.
var ErrNotConnected = errors.New("matrix: not connected")

// ErrStuck is wrapped by Ready when events have kept failing for longer
// than the grace (they wait in their rooms; other rooms go on).
var ErrStuck = errors.New("matrix: events keep failing")

// errStopped is returned inside the sync loop when Shutdown stopped the
// next turn from starting; the batch's sync token is then not stored.
var errStopped = errors.New("stopped taking events")

// errKeysMissing is returned by e2ee.decrypt when the room key of an event
// has not arrived; the event waits a little for it, as it may come with a
// later sync.
var errKeysMissing = errors.New("room key not received yet")

// errUndecryptable is returned when an encrypted event can never be read
// (a broken or unknown encryption); it is set aside at once.
var errUndecryptable = errors.New("cannot decrypt")

// errPanicked is returned by guard when an event's handler panicked; the
// event counts as failed.
var errPanicked = errors.New("event handler panicked")
