package agent

import (
	"hash/maphash"
	"sync/atomic"

	"github.com/companion-dev/companion/agent/understand"
)

// A turn reads its message with the learned classifier at several stages:
// the prompt on screen, the drafting route, the managing words, the
// off-scope check. Each asks about the same text, so the message is
// classified once and the stages that follow get the same result. The
// results are kept in a small table of the texts classified last, shared
// by every conversation: a turn's later stages find its message there,
// and a result depends on the text alone, so whichever turn put it there
// is no matter.

// memoSlots is how many texts the table holds: far more than the turns
// running at once, so a turn's text is still there at its later stages.
const memoSlots = 1024

// memoEntry is one text and what the classifier said of it.
type memoEntry struct {
	text string
	r    understand.Result
}

var (
	memoSeed  = maphash.MakeSeed()
	memoTable [memoSlots]atomic.Pointer[memoEntry]
)

// classify labels text with the default classifier, once for the same
// text: a later call gets the first call's result. It is safe for
// concurrent use; callers must not change the result's Ranked slice.
func classify(text string) understand.Result {
	slot := &memoTable[maphash.String(memoSeed, text)%memoSlots]
	if e := slot.Load(); e != nil && e.text == text {
		return e.r
	}
	r := understand.Default().Classify(text)
	slot.Store(&memoEntry{text: text, r: r})
	return r
}
