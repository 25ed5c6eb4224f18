// Package matrix connects the companion to Matrix rooms through the
// client-server API (maunium.net/go/mautrix): it logs in once and keeps its
// device, syncs with at-least-once delivery (the sync token is stored only
// after every event before it went through a turn or was set aside), answers
// in groups only when addressed and then in a thread, delivers the outbox
// with choices as a numbered list and keycap reactions, follows room
// upgrades, and, in builds tagged goolm, reads and writes end-to-end
// encrypted rooms.
//
// One bad event never stops it: every handler runs under recover; an event
// that fails waits in its own room (other rooms go on) and is tried again
// with backoff, then set aside for good and its sender told once; an
// encrypted event whose keys do not come within a short wait is set aside
// the same way. Set-aside event ids are kept in the store, so neither a
// batch synced again nor a restart tries them again.
package matrix

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/internal/lifecycle"
	"github.com/companion-dev/companion/agent"
)

// Channel is the agent.Message channel name of this adapter.
const Channel = "matrix"

// Keys under which the adapter keeps its state in the Store.
const (
	cursorNextBatch  = "matrix:next_batch"
	cursorFilterID   = "matrix:filter_id"
	secretToken      = "matrix:access_token"
	secretDeviceID   = "matrix:device_id"
	secretUserID     = "matrix:user_id"
	secretPickleKey  = "matrix:pickle_key"
	cryptoDBFileName = CryptoDBFile
)

// CryptoDBFile is the name of the SQLite database, in the data directory,
// that holds the device's end-to-end encryption keys and sessions (builds
// tagged goolm). Backups carry it beside the store.
const CryptoDBFile = "matrix-crypto.db"

// Turner runs one turn of the conversation. *agent.Agent implements it.
type Turner interface {
	// Handle processes m atomically: state, deduplication by m.ID and the
	// replies appended to the outbox. It returns agent.ErrDuplicate when
	// m.ID was already processed, which the adapter treats as success. It may
	// block while a model writes; it is called from one goroutine.
	Handle(ctx context.Context, m agent.Message) error
}

// Store is the persistence the adapter needs. *store.Store implements it;
// it must be safe for concurrent use.
type Store interface {
	// Pending returns up to limit undelivered replies of channel, oldest first.
	Pending(ctx context.Context, channel string, limit int) ([]agent.Outgoing, error)
	// MarkSent removes a delivered reply from the outbox.
	MarkSent(ctx context.Context, channel string, seq uint64) error
	// MarkFailed records a failed delivery attempt of o.
	MarkFailed(ctx context.Context, o agent.Outgoing) error
	// Cursor returns a stored position (sync token, filter id); "" when unset.
	Cursor(ctx context.Context, name string) (string, error)
	// SetCursor stores a position.
	SetCursor(ctx context.Context, name, value string) error
	// Secret returns a stored credential; "" when unset.
	Secret(ctx context.Context, name string) (string, error)
	// SetSecret stores a credential.
	SetSecret(ctx context.Context, name, value string) error
}

// Options configure an Adapter.
type Options struct {
	// Homeserver is the client-server API base URL, e.g. "https://matrix.example.org".
	Homeserver string
	// UserID is the companion's account, e.g. "@companion:example.org".
	UserID string
	// Password logs in once; the token and device it yields are kept in the Store.
	Password string
	// AccessToken and DeviceID use an existing session instead of a password.
	AccessToken string
	DeviceID    string
	// OAuth logs in with the OAuth session LoginWithOAuth kept in DataDir
	// ("companion matrix login"), refreshing its access token as it goes;
	// Password is then not used to log in. An AccessToken still wins.
	OAuth bool
	// PickleKey encrypts the crypto keys at rest; generated once and kept when empty.
	PickleKey string
	// RecoveryKey unlocks the account's cross-signing identity on a new
	// device; when empty, the one kept in DataDir (RecoveryKeyFile) is used.
	RecoveryKey string
	// ResetCrossSigning lets the start make a new cross-signing identity
	// when the published one cannot be unlocked (no recovery key, or a wrong
	// one) instead of stopping with ErrRecoveryKeyNeeded or ErrBadRecoveryKey.
	ResetCrossSigning bool
	// Console receives the one-time announcement of a new recovery key,
	// meant for the operator's eyes (standard error); nil shows nothing. The
	// key never goes to the Logger.
	Console io.Writer
	// DisplayName, when set, is applied to the account at start.
	DisplayName string
	// Encryption turns on end-to-end encryption (builds tagged goolm).
	Encryption bool
	// DataDir holds the crypto database; required with Encryption.
	DataDir string
	// Allowed says whether a Matrix user id may talk to the companion and
	// invite it; nil allows everyone.
	Allowed func(ids ...string) bool
	// Logger receives operational logs; nil discards them.
	Logger *slog.Logger
	// SendRetried, when set, is called each time sending an event to a room
	// failed and will be tried again. It must be quick and safe for
	// concurrent use.
	SendRetried func()
	// RateLimited, when set, is called for each 429 (M_LIMIT_EXCEEDED) the
	// homeserver answers, whatever the request. It must be quick and safe
	// for concurrent use.
	RateLimited func()
}

// Adapter is the Matrix side of the companion. Create it with New and start
// it with Run; one Adapter runs at a time per account and store.
type Adapter struct {
	opts   Options
	userID id.UserID
	turner Turner
	store  Store
	log    *slog.Logger

	// Tunables; tests shorten them.
	typingDelay    time.Duration
	pollInterval   time.Duration
	maxBackoff     time.Duration
	maxEventErrors int           // failed tries before an event is set aside
	retryMin       time.Duration // the wait after an event's first failed try
	keyWait        time.Duration // how long an encrypted event may wait for its key
	keyRetry       time.Duration // how often it looks for the key meanwhile
	readyGrace     time.Duration // how long /sync may fail before Ready says so
	httpBackoff    time.Duration // the client's first retry delay; 0 keeps mautrix's
	finishWithin   time.Duration // how long a reply already being sent may take once Run is cancelled

	life     *lifecycle.Tracker
	loggedIn atomic.Bool // logged in, and Run goes on
	synced   atomic.Bool // a sync has succeeded

	// Set up by Run.
	cli   *mautrix.Client
	oauth *oauthTokens // the OAuth session's tokens; nil without OAuth
	e2ee  e2ee
	names []string // lowercased display name and localpart, for mentions
	wake  chan struct{}

	previews placeholders
	upgrades upgrades

	mu    sync.Mutex
	rooms map[id.RoomID]*roomInfo
	own   *ownEvents

	// Owned by the sync loop: the rooms whose events wait for a retry.
	queues   map[id.RoomID]*roomQueue
	queueSeq uint64

	setAside setAsideList
	panics   atomic.Int64 // handler panics recovered in this run
}

// New checks opts and returns an Adapter; it does no I/O.
func New(opts Options, turner Turner, st Store) (*Adapter, error) {
	if opts.Homeserver == "" {
		return nil, fmt.Errorf("matrix: %w", ErrNoHomeserver)
	}
	uid := id.UserID(opts.UserID)
	if _, _, err := uid.Parse(); err != nil {
		return nil, fmt.Errorf("matrix: user id %q: %w", opts.UserID, ErrBadUserID)
	}
	if turner == nil || st == nil {
		return nil, fmt.Errorf("matrix: %w", ErrMissingDependency)
	}
	if (opts.Encryption || opts.OAuth) && opts.DataDir == "" {
		return nil, fmt.Errorf("matrix: %w", ErrNoDataDir)
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.SendRetried == nil {
		opts.SendRetried = func() {}
	}
	if opts.RateLimited == nil {
		opts.RateLimited = func() {}
	}
	localpart, _, _ := uid.Parse()
	names := []string{strings.ToLower(localpart)}
	if opts.DisplayName != "" {
		names = append(names, strings.ToLower(opts.DisplayName))
	}
	a := &Adapter{
		opts:           opts,
		userID:         uid,
		turner:         turner,
		store:          st,
		log:            log.With("adapter", Channel),
		typingDelay:    time.Second,
		pollInterval:   2 * time.Second,
		maxBackoff:     time.Minute,
		maxEventErrors: 5,
		retryMin:       time.Second,
		keyWait:        10 * time.Second,
		keyRetry:       time.Second,
		readyGrace:     2 * syncTimeoutMS * time.Millisecond,
		finishWithin:   lifecycle.FinishWithin,
		names:          names,
		wake:           make(chan struct{}, 1),
		rooms:          make(map[id.RoomID]*roomInfo),
		own:            newOwnEvents(4096),
		queues:         make(map[id.RoomID]*roomQueue),
	}
	// The send loop reports every pass over the outbox, so Shutdown needs
	// no recheck of its own.
	a.life = lifecycle.New(lifecycle.Config{
		Outbox:   st,
		Channel:  Channel,
		NotReady: ErrNotConnected,
		Stuck:    ErrStuck,
		Kick:     a.poke,
		Logger:   a.log,
	})
	return a, nil
}

// Run logs in, sets up encryption, then syncs and delivers the outbox until
// ctx ends. It returns nil when ctx is cancelled and an error only when it
// cannot go on (bad credentials, a broken crypto store). After Shutdown it
// takes no more events but keeps delivering until ctx ends.
func (a *Adapter) Run(ctx context.Context) error {
	defer a.life.EndRun()
	defer a.loggedIn.Store(false)
	// intake ends at Shutdown (or with ctx): it carries /sync and the
	// login, while turns and sends run until ctx ends.
	intake, stopIntake := a.life.Intake(ctx)
	defer stopIntake()
	if err := a.connect(ctx, intake); err != nil {
		if errors.Is(err, context.Canceled) {
			return nil
		}
		return err
	}
	defer a.closeE2EE()
	a.loggedIn.Store(true)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	syncErr, sendErr := make(chan error, 1), make(chan error, 1)
	go func() { syncErr <- a.syncLoop(ctx, intake) }()
	go func() { sendErr <- a.sendLoop(ctx) }()
	var err error
	select {
	case err = <-syncErr:
		if err == nil {
			// Stopped by Shutdown: deliver until ctx ends.
			a.life.EndIntake()
			err = <-sendErr
		} else {
			cancel()
			<-sendErr
		}
	case err = <-sendErr:
		cancel()
		<-syncErr
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

// connect logs in (with retries on network trouble, until intake ends),
// prepares encryption and the display name. The crypto machinery keeps
// ctx, which outlives intake, for the sends of a shutdown.
func (a *Adapter) connect(ctx, intake context.Context) error {
	bo := newBackoff(time.Second, a.maxBackoff)
	for {
		err := a.login(intake)
		if err == nil {
			break
		}
		if intake.Err() != nil {
			return context.Canceled
		}
		if !transient(err) {
			return fmt.Errorf("matrix login: %w", err)
		}
		a.log.Warn("login failed, retrying", "err", err, "in", bo.peek())
		if bo.wait(intake) != nil {
			return context.Canceled
		}
	}
	if err := a.setupEncryption(ctx); err != nil {
		return err
	}
	a.applyDisplayName(ctx)
	return nil
}

// setupEncryption initialises end-to-end encryption when asked for. Without
// it (or in a build without goolm) the adapter still works in unencrypted
// rooms.
func (a *Adapter) setupEncryption(ctx context.Context) error {
	if a.opts.Encryption {
		e, err := setupE2EE(ctx, a)
		switch {
		case errors.Is(err, ErrEncryptionNotCompiled):
			a.log.Warn("end-to-end encryption requested but not compiled in (build with -tags goolm); encrypted rooms will not be readable")
		case err != nil:
			return fmt.Errorf("matrix encryption: %w", err)
		default:
			a.e2ee = e
			return nil
		}
	}
	// Without encryption no state store is needed: the adapter asks the
	// homeserver for members itself.
	return nil
}

func (a *Adapter) closeE2EE() {
	if a.e2ee == nil {
		return
	}
	if err := a.e2ee.close(); err != nil {
		a.log.Warn("close crypto store", "err", err)
	}
}

func (a *Adapter) applyDisplayName(ctx context.Context) {
	if a.opts.DisplayName != "" {
		if err := a.cli.SetDisplayName(ctx, a.opts.DisplayName); err != nil {
			a.log.Warn("set display name", "err", err)
		}
		return
	}
	resp, err := a.cli.GetOwnDisplayName(ctx)
	if err != nil || resp.DisplayName == "" {
		return
	}
	a.names = append(a.names, strings.ToLower(resp.DisplayName))
}

// allowed reports whether uid may talk to the companion.
func (a *Adapter) allowed(uid id.UserID) bool {
	return a.opts.Allowed == nil || a.opts.Allowed(string(uid))
}

// Kick asks the sender to look at the outbox now, e.g. after a reminder was
// added to it outside a turn. It never blocks.
func (a *Adapter) Kick() { a.poke() }

// poke wakes the outbox sender without blocking.
func (a *Adapter) poke() {
	select {
	case a.wake <- struct{}{}:
	default:
	}
}
