//go:build goolm

package matrix

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/crypto"
	"maunium.net/go/mautrix/crypto/signatures"
	"maunium.net/go/mautrix/crypto/ssss"
	"maunium.net/go/mautrix/id"
)

// ownKeys is what the homeserver publishes about the account's
// cross-signing identity and this device.
type ownKeys struct {
	master      id.Ed25519 // "" when no identity is published
	selfSigning id.Ed25519
	deviceHas   bool // the device's keys are on the homeserver
	signed      bool // and carry a valid signature by selfSigning
}

// queryOwnKeys asks the homeserver for the account's cross-signing keys and
// this device's keys, and checks the device's self-signing signature.
func queryOwnKeys(ctx context.Context, cli *mautrix.Client) (ownKeys, error) {
	resp, err := cli.QueryKeys(ctx, &mautrix.ReqQueryKeys{
		DeviceKeys: mautrix.DeviceKeysRequest{cli.UserID: mautrix.DeviceIDList{cli.DeviceID}},
	})
	if err != nil {
		return ownKeys{}, fmt.Errorf("query own keys: %w", err)
	}
	var k ownKeys
	if m, ok := resp.MasterKeys[cli.UserID]; ok {
		k.master = m.FirstKey()
	}
	if s, ok := resp.SelfSigningKeys[cli.UserID]; ok {
		k.selfSigning = s.FirstKey()
	}
	dev, ok := resp.DeviceKeys[cli.UserID][cli.DeviceID]
	k.deviceHas = ok && len(dev.Keys) > 0
	if k.deviceHas && k.selfSigning != "" {
		valid, err := signatures.VerifySignatureJSON(dev, cli.UserID, k.selfSigning.String(), k.selfSigning)
		k.signed = err == nil && valid
	}
	return k, nil
}

// setupCrossSigning makes sure this device is signed by the account's
// cross-signing identity: it creates the identity on first start, unlocks
// an existing one with the recovery key on a new device, and refuses to
// replace one it cannot unlock unless Options.ResetCrossSigning is set.
// Without a password it may be unable to publish a new identity; it then
// returns an error wrapping ErrCrossSigningNeedsPassword, which the caller
// treats as a warning.
func (a *Adapter) setupCrossSigning(ctx context.Context, mach *crypto.OlmMachine) error {
	keys, err := queryOwnKeys(ctx, a.cli)
	if err != nil {
		return err
	}
	recoveryKey := a.opts.RecoveryKey
	if recoveryKey == "" {
		if recoveryKey, err = readRecoveryKey(a.opts.DataDir); err != nil {
			return err
		}
	}
	state := xsignState{published: keys.master != "", signed: keys.signed, haveKey: recoveryKey != "", reset: a.opts.ResetCrossSigning}
	switch planCrossSigning(state) {
	case xsignNothing:
		a.log.Info("device verified by the account's cross-signing identity", "device", a.cli.DeviceID, "master_key", keys.master)
		if recoveryKey == "" {
			a.log.Warn("no recovery key is kept in the data directory: a new device of this account could not be verified (put " + RecoveryKeyFile + " back, or set matrix.recovery_key)")
		}
		return nil
	case xsignRecover:
		err := a.recoverCrossSigning(ctx, mach, keys.master, recoveryKey)
		if err == nil || !a.opts.ResetCrossSigning || !errors.Is(err, ErrBadRecoveryKey) {
			return err
		}
		a.log.Warn("the recovery key does not unlock the published identity; replacing it as matrix.reset_cross_signing asks", "old_master_key", keys.master)
		return a.createCrossSigning(ctx, mach)
	case xsignCreate:
		if state.published {
			a.log.Warn("replacing the account's cross-signing identity as matrix.reset_cross_signing asks: people who verified the companion will have to verify it again", "old_master_key", keys.master)
		}
		return a.createCrossSigning(ctx, mach)
	default:
		return fmt.Errorf("%w (published master key %s)", ErrRecoveryKeyNeeded, keys.master)
	}
}

// recoverCrossSigning unlocks the published identity (master) from secret
// storage with recoveryKey, signs this device and keeps the key.
func (a *Adapter) recoverCrossSigning(ctx context.Context, mach *crypto.OlmMachine, master id.Ed25519, recoveryKey string) error {
	keyID, meta, err := mach.SSSS.GetDefaultKeyData(ctx)
	if err != nil {
		return unlockFailed("secret storage", err)
	}
	ssssKey, err := meta.VerifyRecoveryKey(keyID, recoveryKey)
	if err != nil && !errors.Is(err, ssss.ErrUnverifiableKey) {
		return unlockFailed("recovery key", err)
	}
	if err := mach.FetchCrossSigningKeysFromSSSS(ctx, ssssKey); err != nil {
		return unlockFailed("cross-signing keys from secret storage", err)
	}
	if got := mach.CrossSigningKeys.MasterKey.PublicKey(); got != master {
		return fmt.Errorf("%w: secret storage holds master key %s, the published one is %s", ErrBadRecoveryKey, got, master)
	}
	if err := a.signOwnDevice(ctx, mach); err != nil {
		return err
	}
	if kept, _ := readRecoveryKey(a.opts.DataDir); kept != recoveryKey {
		if err := writeRecoveryKey(a.opts.DataDir, recoveryKey); err != nil {
			return err
		}
	}
	a.log.Info("new device verified with the recovery key", "device", a.cli.DeviceID, "master_key", master)
	return nil
}

// unlockFailed wraps an error met while unlocking secret storage: one that
// may pass (network, server trouble) as it is, any other as
// ErrBadRecoveryKey, so that a reset never follows a passing failure.
func unlockFailed(what string, err error) error {
	if transient(err) {
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%s: %w: %w", what, ErrBadRecoveryKey, err)
}

// createCrossSigning makes a new identity and secret storage, publishes
// them, keeps and shows the recovery key, and signs this device. Secret
// storage is filled before the identity is published, so that a published
// identity can always be unlocked with the key; the key is kept once the
// identity is published, as it is useless before.
func (a *Adapter) createCrossSigning(ctx context.Context, mach *crypto.OlmMachine) error {
	key, err := ssss.NewKey("")
	if err != nil {
		return fmt.Errorf("new recovery key: %w", err)
	}
	xkeys, err := mach.GenerateCrossSigningKeys()
	if err != nil {
		return fmt.Errorf("new cross-signing keys: %w", err)
	}
	if err := mach.SSSS.SetKeyData(ctx, key.ID, key.Metadata); err != nil {
		return fmt.Errorf("secret storage key: %w", err)
	}
	if err := mach.UploadCrossSigningKeysToSSSS(ctx, key, xkeys); err != nil {
		return fmt.Errorf("secret storage: %w", err)
	}
	password := a.opts.Password
	if a.oauth != nil {
		// An OAuth homeserver takes no password here; it lets a first
		// identity through without asking (MSC3967).
		password = ""
	}
	err = mach.PublishCrossSigningKeys(ctx, xkeys, func(resp *mautrix.RespUserInteractive) any {
		if password == "" {
			return nil
		}
		return &mautrix.ReqUIAuthLogin{
			BaseAuthData: mautrix.BaseAuthData{Type: mautrix.AuthTypePassword, Session: resp.Session},
			User:         string(a.userID),
			Password:     password,
		}
	})
	if err != nil {
		if password == "" {
			return fmt.Errorf("%w: %w", ErrCrossSigningNeedsPassword, err)
		}
		return fmt.Errorf("publish cross-signing keys: %w", err)
	}
	recoveryKey := key.RecoveryKey()
	saveErr := writeRecoveryKey(a.opts.DataDir, recoveryKey)
	announceRecoveryKey(a.opts.Console, recoveryKey, filepath.Join(a.opts.DataDir, RecoveryKeyFile), saveErr)
	if saveErr != nil {
		return saveErr
	}
	if err := mach.SSSS.SetDefaultKeyID(ctx, key.ID); err != nil {
		return fmt.Errorf("secret storage default key: %w", err)
	}
	if err := a.signOwnDevice(ctx, mach); err != nil {
		return err
	}
	a.log.Info("cross-signing identity created; recovery key kept in the data directory",
		"device", a.cli.DeviceID, "master_key", xkeys.MasterKey.PublicKey(), "file", RecoveryKeyFile)
	return nil
}

// signOwnDevice signs this device with the self-signing key and the
// master key with this device, the two signatures other clients look for.
func (a *Adapter) signOwnDevice(ctx context.Context, mach *crypto.OlmMachine) error {
	if err := mach.SignOwnDevice(ctx, mach.OwnIdentity()); err != nil {
		return fmt.Errorf("sign own device: %w", err)
	}
	if err := mach.SignOwnMasterKey(ctx); err != nil {
		return fmt.Errorf("sign own master key: %w", err)
	}
	return nil
}
