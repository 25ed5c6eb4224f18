package lifecycle

import (
	"context"
	"time"
)

// FinishWithin is how long a reply already being sent may take to end once
// the adapter's context is cancelled.
const FinishWithin = time.Second

// Finishing returns a context for a send that has begun under ctx. It is not
// cancelled when ctx ends, only d later: the server may already have posted
// the reply while its answer is on the way, and a send cut off there is
// sent again on the next start. Call the cancel function when the send and
// its bookkeeping are done.
func Finishing(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	fctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() { time.AfterFunc(d, cancel) })
	return fctx, func() { stop(); cancel() }
}
