package matrix

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// cursorSetAside names the store cursor that lists the events given up on.
const cursorSetAside = "matrix:set_aside"

// maxSetAside bounds that list. An event only needs remembering while a
// sync can hand it out again, that is until the sync token moved past it,
// which takes seconds; the newest entries are kept.
const maxSetAside = 500

// Reasons an event is set aside, as recorded and logged.
const (
	reasonUndecryptable = "undecryptable"
	reasonFailing       = "failing"
	reasonPanicked      = "panicked"
)

// setAsideEntry is one event given up on: ids and why, never its content.
type setAsideEntry struct {
	Event  id.EventID `json:"event"`
	Room   id.RoomID  `json:"room"`
	Reason string     `json:"reason"`
	At     int64      `json:"at"`
}

// setAsideList is the adapter's memory of the events it gave up on, loaded
// from the store on first use and written back on every change, so that a
// batch handed out again, or a restart, never tries them again.
type setAsideList struct {
	mu      sync.Mutex
	loaded  bool
	entries []setAsideEntry
	ids     map[id.EventID]bool
}

// load reads the list from st once. Callers hold l.mu.
func (l *setAsideList) load(ctx context.Context, st Store) error {
	if l.loaded {
		return nil
	}
	raw, err := st.Cursor(ctx, cursorSetAside)
	if err != nil {
		return fmt.Errorf("load set-aside events: %w", err)
	}
	var entries []setAsideEntry
	if raw != "" {
		if err := json.Unmarshal([]byte(raw), &entries); err != nil {
			// Only ids are lost: at worst an event is tried once more.
			entries = nil
		}
	}
	l.ids = make(map[id.EventID]bool, len(entries))
	for _, e := range entries {
		l.ids[e.Event] = true
	}
	l.entries, l.loaded = entries, true
	return nil
}

// isSetAside reports whether evtID was given up on.
func (a *Adapter) isSetAside(ctx context.Context, evtID id.EventID) (bool, error) {
	l := &a.setAside
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.load(ctx, a.store); err != nil {
		return false, err
	}
	return l.ids[evtID], nil
}

// putAside records that evt is given up on for reason and stores the list.
func (a *Adapter) putAside(ctx context.Context, evt *event.Event, reason string) error {
	l := &a.setAside
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.load(ctx, a.store); err != nil {
		return err
	}
	if l.ids[evt.ID] {
		return nil
	}
	l.entries = append(l.entries, setAsideEntry{Event: evt.ID, Room: evt.RoomID, Reason: reason, At: time.Now().Unix()})
	l.ids[evt.ID] = true
	if over := len(l.entries) - maxSetAside; over > 0 {
		for _, e := range l.entries[:over] {
			delete(l.ids, e.Event)
		}
		l.entries = append([]setAsideEntry(nil), l.entries[over:]...)
	}
	raw, err := json.Marshal(l.entries)
	if err != nil {
		return fmt.Errorf("encode set-aside events: %w", err)
	}
	if err := a.store.SetCursor(ctx, cursorSetAside, string(raw)); err != nil {
		return fmt.Errorf("keep set-aside events: %w", err)
	}
	return nil
}
