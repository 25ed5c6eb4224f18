//go:build goolm

package matrix

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"go.mau.fi/util/dbutil"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/cryptohelper"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	// The pure Go SQLite driver ("sqlite") for the crypto database.
	_ "modernc.org/sqlite"
)

// olmE2EE is end-to-end encryption through mautrix's cryptohelper, with its
// keys in a SQLite database in the data directory.
type olmE2EE struct {
	helper *cryptohelper.CryptoHelper
	// requested holds the sessions whose keys were asked for, so that an
	// event waiting for its key asks once, not at every try.
	mu        sync.Mutex
	requested map[id.SessionID]bool
}

// setupE2EE opens the crypto database, loads or creates the device's keys
// and sets a.cli.Crypto, so that sends to encrypted rooms are encrypted.
// It needs the client logged in, since the keys belong to the device.
func setupE2EE(ctx context.Context, a *Adapter) (e2ee, error) {
	key, err := a.pickleKey(ctx)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(a.opts.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	path := filepath.Join(a.opts.DataDir, cryptoDBFileName)
	if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
		if err := a.replaceLostDevice(ctx); err != nil {
			return nil, err
		}
	}
	dsn := "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(5000)"
	db, err := dbutil.NewWithDialect(dsn, "sqlite")
	if err != nil {
		return nil, fmt.Errorf("open crypto db: %w", err)
	}
	helper, err := cryptohelper.NewCryptoHelper(a.cli, key, db)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("cryptohelper: %w", err)
	}
	// One crypto account per device: a new login (new device) starts with
	// fresh keys instead of clashing with the old device's.
	helper.DBAccountID = string(a.userID) + "/" + string(a.cli.DeviceID)
	if err := helper.Init(ctx); err != nil {
		_ = helper.Close()
		return nil, fmt.Errorf("crypto init: %w", err)
	}
	if err := a.setupCrossSigning(ctx, helper.Machine()); errors.Is(err, ErrCrossSigningNeedsPassword) {
		a.log.Warn("this device stays unverified: clients that only trust verified devices will neither send it keys nor show its messages", "err", err)
	} else if err != nil {
		_ = helper.Close()
		return nil, fmt.Errorf("cross-signing: %w", err)
	}
	// Only now: SendMessageEvent expects an initialised cryptohelper.
	a.cli.Crypto = helper
	a.log.Info("end-to-end encryption ready", "device", a.cli.DeviceID)
	return &olmE2EE{helper: helper, requested: make(map[id.SessionID]bool)}, nil
}

// replaceLostDevice is called when there is no crypto database yet. If the
// device already has keys on the homeserver, the database that held them is
// gone, and the device can never be used for encryption again: with a kept
// session and a password it signs in as a new device (which the recovery
// key then verifies); otherwise it returns ErrCryptoStoreLost.
func (a *Adapter) replaceLostDevice(ctx context.Context) error {
	keys, err := queryOwnKeys(ctx, a.cli)
	if err != nil {
		return err
	}
	if !keys.deviceHas {
		return nil
	}
	if a.opts.AccessToken != "" || a.opts.Password == "" || a.oauth != nil {
		return ErrCryptoStoreLost
	}
	a.log.Warn("the crypto database is missing but this device's keys are on the homeserver: signing in as a new device", "old_device", a.cli.DeviceID)
	return a.passwordLogin(ctx, "")
}

// pickleKey returns the key that encrypts the crypto database: the
// configured one, or one generated on first start and kept in the store.
func (a *Adapter) pickleKey(ctx context.Context) ([]byte, error) {
	if a.opts.PickleKey != "" {
		return []byte(a.opts.PickleKey), nil
	}
	kept, err := a.store.Secret(ctx, secretPickleKey)
	if err != nil {
		return nil, fmt.Errorf("load pickle key: %w", err)
	}
	if kept != "" {
		return []byte(kept), nil
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return nil, fmt.Errorf("generate pickle key: %w", err)
	}
	key := base64.RawStdEncoding.EncodeToString(raw)
	if err := a.store.SetSecret(ctx, secretPickleKey, key); err != nil {
		return nil, fmt.Errorf("keep pickle key: %w", err)
	}
	return []byte(key), nil
}

// maxKeyRequests bounds the sessions asked for in one run.
const maxKeyRequests = 10_000

func (o *olmE2EE) decrypt(ctx context.Context, evt *event.Event) (*event.Event, error) {
	dec, err := o.helper.Decrypt(ctx, evt)
	if errors.Is(err, crypto.NoSessionFound) {
		content := evt.Content.AsEncrypted()
		o.mu.Lock()
		ask := !o.requested[content.SessionID] && len(o.requested) < maxKeyRequests
		o.requested[content.SessionID] = true
		o.mu.Unlock()
		if ask {
			// Ask the sender's devices for the key in case it was never sent.
			o.helper.RequestSession(ctx, evt.RoomID, content.SenderKey, content.SessionID, evt.Sender, content.DeviceID)
		}
		return nil, fmt.Errorf("decrypt: %w", errKeysMissing)
	}
	if err != nil {
		return nil, fmt.Errorf("decrypt: %w", err)
	}
	return dec, nil
}

func (o *olmE2EE) close() error { return o.helper.Close() }
