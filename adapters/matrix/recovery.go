package matrix

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// RecoveryKeyFile is the name of the file, in the data directory, that holds
// the recovery key of the account's cross-signing identity (builds tagged
// goolm, with encryption on). Whoever has it can make any new device of the
// account trusted: it is written 0600 and backups carry it.
const RecoveryKeyFile = "matrix-recovery-key.txt"

// maxRecoveryKeyFile bounds what is read from the recovery key file; a key
// is 59 characters.
const maxRecoveryKeyFile = 4 << 10

// xsignStep is what the start-up does about cross-signing.
type xsignStep int

const (
	// xsignNothing: the device is already signed by the published identity.
	xsignNothing xsignStep = iota
	// xsignRecover: unlock the published identity with the recovery key
	// and sign this device.
	xsignRecover
	// xsignCreate: make a new identity (none is published, or the operator
	// asked for a reset) and sign this device with it.
	xsignCreate
	// xsignRefuse: an identity is published and nothing can unlock it;
	// replacing it silently would break every verification made with it.
	xsignRefuse
)

// xsignState is what the start-up knows about cross-signing.
type xsignState struct {
	published bool // the account has a master key on the homeserver
	signed    bool // this device carries a valid self-signing signature
	haveKey   bool // a recovery key is configured or kept
	reset     bool // the operator asked for a new identity
}

// planCrossSigning decides the step for s. A recovery key is always tried
// before a reset; a reset is only the way out when it is missing.
func planCrossSigning(s xsignState) xsignStep {
	switch {
	case s.published && s.signed:
		return xsignNothing
	case !s.published:
		return xsignCreate
	case s.haveKey:
		return xsignRecover
	case s.reset:
		return xsignCreate
	default:
		return xsignRefuse
	}
}

// readRecoveryKey returns the recovery key kept in dir, or "" when there is
// none.
func readRecoveryKey(dir string) (string, error) {
	f, err := os.Open(filepath.Join(dir, RecoveryKeyFile))
	if errors.Is(err, os.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("read recovery key: %w", err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxRecoveryKeyFile))
	if err != nil {
		return "", fmt.Errorf("read recovery key: %w", err)
	}
	return strings.TrimSpace(string(raw)), nil
}

// writeRecoveryKey keeps key in dir, replacing any earlier one only once the
// new file is complete on disk.
func writeRecoveryKey(dir, key string) error {
	if err := writePrivateFile(dir, RecoveryKeyFile, []byte(key+"\n")); err != nil {
		return fmt.Errorf("keep recovery key: %w", err)
	}
	return nil
}

// announceRecoveryKey shows a new recovery key to the operator, once. It
// goes to Options.Console, never to the log.
func announceRecoveryKey(w io.Writer, key, path string, saveErr error) {
	if w == nil {
		return
	}
	kept := "It is kept in " + path + " (mode 0600); backups made with \"companion backup\" carry it."
	if saveErr != nil {
		kept = "It could NOT be saved (" + saveErr.Error() + "): write it down now."
	}
	fmt.Fprintf(w, "\n"+
		"==================== Matrix recovery key ====================\n"+
		"%s\n"+
		"=============================================================\n"+
		"The companion's Matrix account now has a cross-signing identity, and this\n"+
		"device is verified by it. %s\n"+
		"Keep a copy somewhere safe, away from this machine. On a new machine, or if\n"+
		"the crypto database is lost, give it as matrix.recovery_key\n"+
		"(COMPANION_MATRIX_RECOVERY_KEY) or put this file in the data directory: the\n"+
		"new device is then verified by the same identity. This is shown only once.\n\n",
		key, kept)
}
