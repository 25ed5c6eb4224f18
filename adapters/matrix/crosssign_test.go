//go:build goolm

package matrix

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/adapters/matrix/matrixtest"
)

// lockedBuffer collects what the adapter writes from its own goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// published is what anyone sees of the bot's identity in /keys/query.
type published struct {
	master, selfSigning id.Ed25519
	devices             map[id.DeviceID]bool // device → signed by selfSigning
	masterByDevice      map[id.DeviceID]bool // the master key carries this device's signature
}

// queryPublished asks the homeserver, as viewer, what the bot publishes.
func queryPublished(t *testing.T, viewer *mautrix.Client, bot id.UserID) published {
	t.Helper()
	resp, err := viewer.QueryKeys(t.Context(), &mautrix.ReqQueryKeys{DeviceKeys: mautrix.DeviceKeysRequest{bot: mautrix.DeviceIDList{}}})
	if err != nil {
		t.Fatal(err)
	}
	p := published{devices: map[id.DeviceID]bool{}, masterByDevice: map[id.DeviceID]bool{}}
	master, ok := resp.MasterKeys[bot]
	if !ok {
		return p
	}
	p.master = master.FirstKey()
	ssk := resp.SelfSigningKeys[bot]
	p.selfSigning = ssk.FirstKey()
	if ok, err := signatures.VerifySignatureJSON(ssk, bot, p.master.String(), p.master); err != nil || !ok {
		t.Errorf("self-signing key %s not signed by master key %s: %v", p.selfSigning, p.master, err)
	}
	for dev, keys := range resp.DeviceKeys[bot] {
		ok, err := signatures.VerifySignatureJSON(keys, bot, p.selfSigning.String(), p.selfSigning)
		p.devices[dev] = err == nil && ok
		ok, err = signatures.VerifySignatureJSON(master, bot, dev.String(), keys.Keys.GetEd25519(dev))
		p.masterByDevice[dev] = err == nil && ok
	}
	return p
}

// waitReady waits until b has logged in, set up encryption and synced.
func waitReady(t *testing.T, b *bot) {
	t.Helper()
	waitFor(t, func() bool { return b.a.Ready() == nil })
}

// xsignBot is a bot account with encryption on, its store and data dir.
type xsignBot struct {
	srv     *matrixtest.Server
	user    matrixtest.User
	id      id.UserID
	st      *memStore
	dataDir string
	console *lockedBuffer
	logs    *lockedBuffer
}

func newXsignBot(t *testing.T) *xsignBot {
	srv := dendrite.Get(t)
	u := newUser(t, srv, "bot")
	return &xsignBot{srv: srv, user: u, id: id.UserID(u.ID), st: newMemStore(), dataDir: t.TempDir(),
		console: &lockedBuffer{}, logs: &lockedBuffer{}}
}

func (x *xsignBot) options() Options {
	opts := botOptions(x.srv, x.user)
	opts.Encryption = true
	opts.DataDir = x.dataDir
	opts.Console = x.console
	opts.Logger = slog.New(slog.NewTextHandler(x.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	return opts
}

func (x *xsignBot) start(t *testing.T, opts Options) *bot {
	t.Helper()
	b := startBot(t, opts, newEchoTurner(x.st), x.st)
	waitReady(t, b)
	return b
}

// wipeCrypto deletes the crypto database, as a lost disk or a careless
// clean-up would.
func (x *xsignBot) wipeCrypto(t *testing.T) {
	t.Helper()
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(filepath.Join(x.dataDir, CryptoDBFile+suffix)); err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
	}
}

func TestFirstStartCrossSignsTheDevice(t *testing.T) {
	x := newXsignBot(t)
	b := x.start(t, x.options())
	device := b.a.cli.DeviceID

	viewer := newPerson(t, x.srv, newUser(t, x.srv, "alice"), nil).cli
	p := queryPublished(t, viewer, x.id)
	if p.master == "" {
		t.Fatal("no master key published after the first start")
	}
	if !p.devices[device] {
		t.Errorf("device %s is not signed by the self-signing key %s", device, p.selfSigning)
	}
	if !p.masterByDevice[device] {
		t.Errorf("master key %s is not signed by device %s", p.master, device)
	}

	path := filepath.Join(x.dataDir, RecoveryKeyFile)
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("%s has mode %v, want 0600", RecoveryKeyFile, fi.Mode().Perm())
	}
	key, err := readRecoveryKey(x.dataDir)
	if err != nil || len(key) < 48 {
		t.Fatalf("kept recovery key %q, %v", key, err)
	}
	shown := x.console.String()
	if !strings.Contains(shown, "Matrix recovery key") || !strings.Contains(shown, key) || !strings.Contains(shown, path) {
		t.Errorf("the console announcement lacks the label, the key or the path:\n%s", shown)
	}
	if strings.Contains(x.logs.String(), key) {
		t.Error("the recovery key reached the log")
	}

	// A restart of the same device changes nothing and shows nothing.
	b.stop()
	before := x.console.String()
	x.start(t, x.options())
	if after := x.console.String(); after != before {
		t.Errorf("a restart showed something again:\n%s", after[len(before):])
	}
	if again := queryPublished(t, viewer, x.id); again.master != p.master {
		t.Errorf("the restart replaced the master key: %s, then %s", p.master, again.master)
	}
}

func TestWipedCryptoStoreRecoversTheSameIdentity(t *testing.T) {
	x := newXsignBot(t)
	first := x.start(t, x.options())
	oldDevice := first.a.cli.DeviceID
	viewer := newPerson(t, x.srv, newUser(t, x.srv, "alice"), nil).cli
	before := queryPublished(t, viewer, x.id)
	first.stop()
	shown := x.console.String()

	x.wipeCrypto(t)
	second := x.start(t, x.options())
	newDevice := second.a.cli.DeviceID
	if newDevice == oldDevice {
		t.Fatalf("still device %s after the crypto store was wiped; its keys cannot be reused", oldDevice)
	}
	after := queryPublished(t, viewer, x.id)
	if after.master != before.master {
		t.Errorf("master key changed from %s to %s: a new identity was made instead of recovering", before.master, after.master)
	}
	if !after.devices[newDevice] || !after.masterByDevice[newDevice] {
		t.Errorf("new device %s: signed by self-signing key %v, master signed by it %v", newDevice, after.devices[newDevice], after.masterByDevice[newDevice])
	}
	if x.console.String() != shown {
		t.Error("recovering showed a recovery key again")
	}
}

func TestNewMachineRecoversWithTheConfiguredKey(t *testing.T) {
	x := newXsignBot(t)
	first := x.start(t, x.options())
	key, err := readRecoveryKey(x.dataDir)
	if err != nil {
		t.Fatal(err)
	}
	viewer := newPerson(t, x.srv, newUser(t, x.srv, "alice"), nil).cli
	before := queryPublished(t, viewer, x.id)
	first.stop()

	// A new machine: nothing of the old data directory or store.
	x.st, x.dataDir = newMemStore(), t.TempDir()
	opts := x.options()
	opts.RecoveryKey = key
	b := x.start(t, opts)
	after := queryPublished(t, viewer, x.id)
	if after.master != before.master || !after.devices[b.a.cli.DeviceID] {
		t.Errorf("master %s → %s; new device %s signed: %v", before.master, after.master, b.a.cli.DeviceID, after.devices[b.a.cli.DeviceID])
	}
	if kept, _ := readRecoveryKey(x.dataDir); kept != key {
		t.Errorf("the configured key was not kept in the new data directory (backups need it): %q", kept)
	}
}

func TestPublishedIdentityWithoutKeyStops(t *testing.T) {
	x := newXsignBot(t)
	x.start(t, x.options()).stop()
	viewer := newPerson(t, x.srv, newUser(t, x.srv, "alice"), nil).cli
	before := queryPublished(t, viewer, x.id)

	// A new machine that was given no recovery key.
	x.st, x.dataDir = newMemStore(), t.TempDir()
	a, err := New(x.options(), newEchoTurner(x.st), x.st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), wait)
	defer cancel()
	err = a.Run(ctx)
	if !errors.Is(err, ErrRecoveryKeyNeeded) {
		t.Fatalf("Run returned %v, want ErrRecoveryKeyNeeded", err)
	}
	for _, hint := range []string{"matrix.recovery_key", "COMPANION_MATRIX_RECOVERY_KEY", RecoveryKeyFile, "matrix.reset_cross_signing"} {
		if !strings.Contains(err.Error(), hint) {
			t.Errorf("the error does not say how to fix it (%s): %v", hint, err)
		}
	}
	if after := queryPublished(t, viewer, x.id); after.master != before.master {
		t.Errorf("the identity was replaced although the start stopped: %s → %s", before.master, after.master)
	}

	// A wrong key stops it too.
	opts := x.options()
	opts.RecoveryKey = "EsTc LW2K PGiF wKEA 3As5 g5c4 BXwk qeeJ ZJV8 Q9fu gUMN UE4d"
	a, err = New(opts, newEchoTurner(x.st), x.st)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Run(ctx); !errors.Is(err, ErrBadRecoveryKey) {
		t.Fatalf("with a wrong key Run returned %v, want ErrBadRecoveryKey", err)
	}

	// The operator asks for a reset: a new identity, shown once.
	opts = x.options()
	opts.ResetCrossSigning = true
	b := x.start(t, opts)
	after := queryPublished(t, viewer, x.id)
	if after.master == "" || after.master == before.master || !after.devices[b.a.cli.DeviceID] {
		t.Errorf("after the reset: master %s (was %s), device signed %v", after.master, before.master, after.devices[b.a.cli.DeviceID])
	}
	if !strings.Contains(x.console.String(), "Matrix recovery key") {
		t.Error("the new identity's recovery key was not shown")
	}
}

func TestAccessTokenOnlyCarriesOnUnverified(t *testing.T) {
	x := newXsignBot(t)
	opts := x.options()
	opts.Password, opts.AccessToken = "", x.user.AccessToken
	x.start(t, opts)
	if !strings.Contains(x.logs.String(), "needs the account's password") {
		t.Errorf("no warning that cross-signing needs the password; log:\n%s", x.logs.String())
	}
	if _, err := os.Stat(filepath.Join(x.dataDir, RecoveryKeyFile)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a recovery key was kept for an identity that was never published: %v", err)
	}
	if x.console.String() != "" {
		t.Error("a recovery key was shown for an identity that was never published")
	}
}

// verifiedOnly gives a person's client a cryptohelper that, like Element
// with unverified devices excluded, sends room keys only to devices their
// owner cross-signed.
func verifiedOnly(t *testing.T) func(*mautrix.Client) {
	base := withCrypto(t)
	return func(cli *mautrix.Client) {
		base(cli)
		mach := cli.Crypto.(interface{ Machine() *crypto.OlmMachine }).Machine()
		mach.SendKeysMinTrust = id.TrustStateCrossSignedTOFU
		mach.ShareKeysMinTrust = id.TrustStateCrossSignedTOFU
	}
}

func TestVerifiedOnlyClientHoldsAConversation(t *testing.T) {
	x := newXsignBot(t)
	turner := newEchoTurner(x.st)
	b := startBot(t, x.options(), turner, x.st)
	waitReady(t, b)
	alice := newPerson(t, x.srv, newUser(t, x.srv, "alice"), verifiedOnly(t))
	room := encryptedDirectChat(t, alice, x.id)
	for _, text := range []string{"hello", "are you verified?"} {
		alice.say(room, text)
		if m := turner.next(t); m.Text != text {
			t.Fatalf("the companion read %q, want %q", m.Text, text)
		}
		reply := alice.nextMessage(room, x.id)
		if got := reply.Content.AsMessage().Body; got != "You said: "+text {
			t.Errorf("reply %q", got)
		}
		if !reply.Mautrix.WasEncrypted || reply.Mautrix.TrustState < id.TrustStateCrossSignedTOFU {
			t.Errorf("reply encrypted %v with trust %s, want at least cross-signed", reply.Mautrix.WasEncrypted, reply.Mautrix.TrustState)
		}
	}

	// The same client and a device that is not cross-signed (an access
	// token, no password to publish an identity): it gets no keys.
	y := newXsignBot(t)
	opts := y.options()
	opts.Password, opts.AccessToken = "", y.user.AccessToken
	other := newEchoTurner(y.st)
	waitReady(t, startBot(t, opts, other, y.st))
	dm := encryptedDirectChat(t, alice, y.id)
	alice.say(dm, "can you read this?")
	notice := alice.nextMessage(dm, y.id).Content.AsMessage()
	if notice.Body != undecryptableText {
		t.Errorf("the unverified device answered %q, want the ask to resend it could not read", notice.Body)
	}
	select {
	case m := <-other.in:
		t.Errorf("the unverified device read %q", m.Text)
	default:
	}
}
