package agent

import "errors"

// ErrDuplicate is returned by Store.CommitTurn, and by Agent.Handle, when the
// update was already processed.
var ErrDuplicate = errors.New("update already processed")
