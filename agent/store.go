package agent

import (
	"context"
	"time"
)

// Store keeps what the agent remembers. Implementations must be safe for
// concurrent use; the agent never runs two turns of one person at once.
type Store interface {
	// LoadPerson returns what is kept about id; a person never seen before
	// comes back as Person{ID: id} and no error.
	LoadPerson(ctx context.Context, id PersonID) (Person, error)
	// CommitTurn saves the outcome of one turn atomically: the update is marked
	// processed, the person saved and the replies appended to the outbox, all
	// or nothing. It returns ErrDuplicate, and changes nothing, when
	// t.UpdateID was already processed.
	CommitTurn(ctx context.Context, t Turn) error
	// ExportPerson returns everything stored about id as indented JSON.
	ExportPerson(ctx context.Context, id PersonID) ([]byte, error)
}

// Turn is the outcome of handling one message.
type Turn struct {
	// UpdateID is the platform update or event id; empty skips deduplication.
	UpdateID string
	// Forget, when set, erases everything kept about that person before the
	// rest of the turn is written.
	Forget PersonID
	// Person is the new state to save; nil leaves the stored person unchanged.
	Person *Person
	// Replies are appended to the outbox in order.
	Replies []Outgoing
	// Due are entries to add to the due-time index, and Undue entries to
	// remove from it, in the same transaction.
	Due, Undue []DueEntry
}

// DueEntry is one reminder in the due-time index: who, which reminder,
// when, and where the nudge goes.
type DueEntry struct {
	Person   PersonID  `json:"person"`
	Reminder string    `json:"reminder"`
	At       time.Time `json:"at"`
	Channel  string    `json:"channel,omitempty"`
	ChatID   string    `json:"chat_id,omitempty"`
}

// Clock tells the time; tests inject a fake one.
type Clock interface {
	Now() time.Time
}

// SystemClock is the real clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }
