package matrix

import (
	"context"
	"fmt"
	"sync"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// ownInfo is what the adapter remembers about one of its own messages.
type ownInfo struct {
	// threadRoot is the thread the message was sent in; "" outside threads.
	threadRoot id.EventID
	// choices is how many numbered choices it offered; 0 when unknown.
	choices int
}

// ownEvents remembers which events are the companion's own (so replies to
// them and reactions on them can be recognised), in which threads it spoke,
// and which of its messages last offered choices in each room. It keeps at
// most limit events; older ones are looked up on the homeserver again.
type ownEvents struct {
	mu     sync.Mutex
	limit  int
	order  []id.EventID
	events map[id.EventID]*ownInfo // nil value: known not to be ours
	// threads holds the roots of threads the companion wrote in.
	threads map[id.EventID]bool
	// latest maps a room to the companion's latest message there when it
	// offered choices, or to "" when its latest message offered none.
	latest map[id.RoomID]id.EventID
}

func newOwnEvents(limit int) *ownEvents {
	return &ownEvents{
		limit:   limit,
		events:  make(map[id.EventID]*ownInfo),
		threads: make(map[id.EventID]bool),
		latest:  make(map[id.RoomID]id.EventID),
	}
}

// remember stores info (nil for "not ours") under evtID. Callers hold o.mu.
func (o *ownEvents) remember(evtID id.EventID, info *ownInfo) {
	if _, ok := o.events[evtID]; !ok {
		o.order = append(o.order, evtID)
		if len(o.order) > o.limit {
			delete(o.events, o.order[0])
			o.order = o.order[1:]
		}
	}
	o.events[evtID] = info
	if info != nil && info.threadRoot != "" {
		o.threads[info.threadRoot] = true
	}
}

// add records an own message seen in a sync; what the sender already knows
// about it (its choices) is kept.
func (o *ownEvents) add(evt *event.Event) {
	if evt.Type != event.EventMessage && evt.Type != event.EventEncrypted {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if known := o.events[evt.ID]; known != nil {
		return
	}
	o.remember(evt.ID, &ownInfo{threadRoot: rawThreadRoot(evt)})
}

// sent records a message the companion just delivered.
func (o *ownEvents) sent(room id.RoomID, evtID, threadRoot id.EventID, choices int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.remember(evtID, &ownInfo{threadRoot: threadRoot, choices: choices})
	if choices > 0 {
		o.latest[room] = evtID
	} else {
		o.latest[room] = ""
	}
}

// lookup returns what is known about evtID and whether anything is.
func (o *ownEvents) lookup(evtID id.EventID) (*ownInfo, bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	info, ok := o.events[evtID]
	return info, ok
}

// inThread reports whether the companion wrote in the thread under root.
func (o *ownEvents) inThread(root id.EventID) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.threads[root]
}

// isLatestChoices reports whether a reaction on evtID may pick a choice: it
// must be the companion's latest message in the room, when that is known.
func (o *ownEvents) isLatestChoices(room id.RoomID, evtID id.EventID) bool {
	o.mu.Lock()
	defer o.mu.Unlock()
	latest, known := o.latest[room]
	return !known || latest == evtID
}

// ownEvent returns what is known about evtID when it is one of the
// companion's messages and nil when it is not, asking the homeserver about
// events sent before this run.
func (a *Adapter) ownEvent(ctx context.Context, room id.RoomID, evtID id.EventID) (*ownInfo, error) {
	if info, ok := a.own.lookup(evtID); ok {
		return info, nil
	}
	evt, err := a.cli.GetEvent(ctx, room, evtID)
	if isForbidden(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("get event: %w", err)
	}
	var info *ownInfo
	if evt.Sender == a.userID {
		info = &ownInfo{threadRoot: rawThreadRoot(evt)}
	}
	a.own.mu.Lock()
	a.own.remember(evtID, info)
	a.own.mu.Unlock()
	return info, nil
}

// rawThreadRoot reads the thread root from an event's m.relates_to, which
// stays in the clear even in encrypted events.
func rawThreadRoot(evt *event.Event) id.EventID {
	rel, _ := evt.Content.Raw["m.relates_to"].(map[string]any)
	if rel == nil || rel["rel_type"] != string(event.RelThread) {
		return ""
	}
	root, _ := rel["event_id"].(string)
	return id.EventID(root)
}
