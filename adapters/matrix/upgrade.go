package matrix

import (
	"context"
	"fmt"
	"sync"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// cursorUpgradedPrefix names the store cursors that map a room that was
// upgraded (tombstoned) to the room replacing it.
const cursorUpgradedPrefix = "matrix:upgraded:"

// maxUpgradeHops bounds how many upgrades of one room are followed when
// delivering, should a chain of tombstones loop.
const maxUpgradeHops = 8

// upgrades caches the replacement of each room looked up; "" means none.
type upgrades struct {
	mu   sync.Mutex
	next map[id.RoomID]id.RoomID
}

// lookup returns the cached replacement of room and whether room was
// looked up at all.
func (u *upgrades) lookup(room id.RoomID) (next id.RoomID, known bool) {
	u.mu.Lock()
	defer u.mu.Unlock()
	next, known = u.next[room]
	return next, known
}

// remember caches next ("" for none) as the replacement of room.
func (u *upgrades) remember(room, next id.RoomID) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if u.next == nil {
		u.next = make(map[id.RoomID]id.RoomID)
	}
	u.next[room] = next
}

// followUpgrade handles a tombstone in room: the room was replaced by a new
// one, so the companion joins that and sends there whatever it would have
// sent to the old room (a reply, a reminder). A person's conversation is
// theirs, not the room's, so it carries on in the new room by itself. When
// the new room is invite-only, the join is refused and the invite the
// person sends is taken as usual. An error means the batch should be
// synced again.
func (a *Adapter) followUpgrade(ctx context.Context, room id.RoomID, evt *event.Event) error {
	if evt.GetStateKey() != "" {
		return nil
	}
	next := tombstoneReplacement(evt)
	if next == "" || next == room {
		return nil
	}
	if err := a.store.SetCursor(ctx, cursorUpgradedPrefix+string(room), string(next)); err != nil {
		return fmt.Errorf("keep room upgrade: %w", err)
	}
	a.upgrades.remember(room, next)
	a.log.Info("room upgraded, following it", "room_id", room, "replacement", next)
	req := &mautrix.ReqJoinRoom{}
	if _, server, err := evt.Sender.Parse(); err == nil && server != "" {
		req.Via = []string{server}
	}
	_, err := a.cli.JoinRoom(ctx, string(next), req)
	switch {
	case err == nil:
	case transient(err):
		return fmt.Errorf("join replacement room: %w", err)
	default:
		a.log.Info("cannot join the replacement room yet; an invite will do", "room_id", next, "err", err)
	}
	return nil
}

// tombstoneReplacement reads the replacement room of an m.room.tombstone
// event, "" when it is not one or names none.
func tombstoneReplacement(evt *event.Event) id.RoomID {
	if evt.Type != event.StateTombstone {
		return ""
	}
	next, _ := evt.Content.Raw["replacement_room"].(string)
	return id.RoomID(next)
}

// currentRoom returns the room that replaced room, following upgrades, or
// room itself when it was never upgraded.
func (a *Adapter) currentRoom(ctx context.Context, room id.RoomID) (id.RoomID, error) {
	for range maxUpgradeHops {
		next, err := a.replacement(ctx, room)
		if err != nil || next == "" {
			return room, err
		}
		room = next
	}
	return room, nil
}

// replacement returns the room that directly replaced room, "" when none.
func (a *Adapter) replacement(ctx context.Context, room id.RoomID) (id.RoomID, error) {
	if next, known := a.upgrades.lookup(room); known {
		return next, nil
	}
	raw, err := a.store.Cursor(ctx, cursorUpgradedPrefix+string(room))
	if err != nil {
		return "", fmt.Errorf("room upgrade: %w", err)
	}
	a.upgrades.remember(room, id.RoomID(raw))
	return id.RoomID(raw), nil
}
