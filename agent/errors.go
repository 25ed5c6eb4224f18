package agent

import "errors"

// ErrDuplicate is returned by Store.CommitTurn, and by Agent.Handle, when the
// update was already processed.
var ErrDuplicate = errors.New("update already processed")

// ErrPaused is returned (wrapped) by a Store, and so by Agent.Handle, when
// the store is not taking writes for now, for example while the disk is
// nearly full. Nothing is wrong with the update: adapters wait and try it
// again without counting the attempt against it, and fetch nothing new
// meanwhile.
var ErrPaused = errors.New("store paused: not taking writes for now")

// ErrDamaged is returned (wrapped) by a Store when a record it needs cannot
// be read back (a flipped byte, a wrong key). Only the turns that need that
// record fail; adapters set such an update aside after a few attempts.
var ErrDamaged = errors.New("stored record damaged")
