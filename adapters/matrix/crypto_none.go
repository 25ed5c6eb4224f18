//go:build !goolm

package matrix

import "context"

// setupE2EE reports that this build has no end-to-end encryption; the
// adapter then works in unencrypted rooms only.
func setupE2EE(context.Context, *Adapter) (e2ee, error) {
	return nil, ErrEncryptionNotCompiled
}
