package telegram

import "errors"

// ErrNoToken is returned by New when Options.Token is empty.
var ErrNoToken = errors.New("telegram: no bot token")

// ErrMode is returned by New when Options.Mode is neither "polling" nor "webhook".
var ErrMode = errors.New("telegram: mode must be polling or webhook")

// ErrWebhook is returned by New when webhook mode lacks WebhookURL or WebhookListen.
var ErrWebhook = errors.New("telegram: webhook mode needs a webhook URL and a listen address")

// ErrNoTurner is returned by New when the turner or the store is nil.
var ErrNoTurner = errors.New("telegram: a turner and a store are required")

// ErrUnauthorized is returned by Run when Telegram rejects the token.
var ErrUnauthorized = errors.New("telegram: the bot token was rejected")

// errGone is returned by a send when the chat no longer accepts messages
// from the bot (blocked, kicked, deleted).
var errGone = errors.New("chat is gone")

// errRejected is returned by a send that Telegram refused for good (a 400
// other than a markup problem), or that could not be encoded.
var errRejected = errors.New("rejected by telegram")

// ErrNotConnected is wrapped by Ready when the adapter cannot take updates
// or deliver replies right now.
var ErrNotConnected = errors.New("telegram: not connected")

// errStopped is returned inside the update loop when Shutdown stopped a
// turn from starting (or from being retried); the update stays unconfirmed.
var errStopped = errors.New("stopped taking updates")

// ErrStuck is wrapped by Ready when an update's turn has been failing for
// longer than Options.ReadyGrace.
var ErrStuck = errors.New("telegram: updates stuck")

// errPanic is returned by a turn that panicked; the update counts it as a
// failed attempt.
var errPanic = errors.New("turn panicked")
