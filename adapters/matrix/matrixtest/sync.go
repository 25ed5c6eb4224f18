package matrixtest

import (
	"context"
	"testing"

	"maunium.net/go/mautrix"
)

// Sync runs cli's sync loop until the test ends, then stops it and waits for
// it to return.
func Sync(t testing.TB, cli *mautrix.Client) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = cli.SyncWithContext(ctx)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
	})
}
