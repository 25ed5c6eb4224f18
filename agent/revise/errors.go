package revise

import "errors"

// ErrUnchanged is returned by Apply when the draft already is as asked
// (no exclamation mark to remove, nothing left to shorten).
var ErrUnchanged = errors.New("revise: the draft already reads that way")

// ErrNotFound is returned by Apply when the part to drop is not in the draft.
var ErrNotFound = errors.New("revise: no such part in the draft")
