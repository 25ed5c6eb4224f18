package matrix

import (
	"context"
	"errors"
	"fmt"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// roomInfo is what the adapter caches about a joined room.
type roomInfo struct {
	// members maps joined members to their display names; nil until loaded.
	members map[id.UserID]string
	// toldUnreadable is set once the room was told that encrypted messages
	// cannot be read by this build.
	toldUnreadable bool
	// toldSetAside is set once someone here was told that an event was
	// given up on, until an event here goes through again.
	toldSetAside bool
}

// room returns the cache entry of roomID, creating it. Callers hold a.mu.
func (a *Adapter) room(roomID id.RoomID) *roomInfo {
	r, ok := a.rooms[roomID]
	if !ok {
		r = &roomInfo{}
		a.rooms[roomID] = r
	}
	return r
}

// members returns the joined members of roomID and their display names,
// asking the homeserver when the cache has none.
func (a *Adapter) members(ctx context.Context, roomID id.RoomID) (map[id.UserID]string, error) {
	a.mu.Lock()
	m := a.room(roomID).members
	a.mu.Unlock()
	if m != nil {
		return m, nil
	}
	resp, err := a.cli.JoinedMembers(ctx, roomID)
	if err != nil {
		return nil, fmt.Errorf("joined members: %w", err)
	}
	m = make(map[id.UserID]string, len(resp.Joined))
	for uid, jm := range resp.Joined {
		m[uid] = jm.DisplayName
	}
	a.mu.Lock()
	a.room(roomID).members = m
	a.mu.Unlock()
	return m, nil
}

// isGroup reports whether roomID has more than the companion and one person.
func (a *Adapter) isGroup(ctx context.Context, roomID id.RoomID) (bool, error) {
	m, err := a.members(ctx, roomID)
	if err != nil {
		return false, err
	}
	return len(m) > 2, nil
}

// forgetMembers drops the cached member list after a membership change.
func (a *Adapter) forgetMembers(roomID id.RoomID) {
	a.mu.Lock()
	a.room(roomID).members = nil
	a.mu.Unlock()
}

// forgetRoom drops everything cached about a room the companion left.
func (a *Adapter) forgetRoom(roomID id.RoomID) {
	a.mu.Lock()
	delete(a.rooms, roomID)
	a.mu.Unlock()
}

// leaveIfAlone leaves roomID when the companion is its last member.
func (a *Adapter) leaveIfAlone(ctx context.Context, roomID id.RoomID) error {
	m, err := a.members(ctx, roomID)
	if isForbidden(err) {
		return nil // not in the room any more
	}
	if err != nil {
		return err
	}
	if _, in := m[a.userID]; !in || len(m) > 1 {
		return nil
	}
	a.log.Info("leaving room: no one else is left", "room_id", roomID)
	if _, err := a.cli.LeaveRoom(ctx, roomID); err != nil && !isForbidden(err) {
		return fmt.Errorf("leave room: %w", err)
	}
	a.forgetRoom(roomID)
	return nil
}

// handleInvite joins a room when an allowed person invited the companion and
// declines the invite otherwise.
func (a *Adapter) handleInvite(ctx context.Context, roomID id.RoomID, state []*event.Event) error {
	var invite *event.Event
	for _, evt := range state {
		if evt.Type == event.StateMember && evt.GetStateKey() == string(a.userID) {
			invite = evt
		}
	}
	if invite == nil {
		return nil
	}
	if m, _ := invite.Content.Raw["membership"].(string); m != string(event.MembershipInvite) {
		return nil
	}
	if !a.allowed(invite.Sender) {
		a.log.Info("declining invite from a user who is not allowed", "room_id", roomID, "inviter", invite.Sender)
		if _, err := a.cli.LeaveRoom(ctx, roomID); err != nil && !isForbidden(err) {
			return fmt.Errorf("decline invite: %w", err)
		}
		return nil
	}
	a.log.Info("joining room", "room_id", roomID, "inviter", invite.Sender)
	if _, err := a.cli.JoinRoomByID(ctx, roomID); err != nil {
		if transient(err) {
			return fmt.Errorf("join room: %w", err)
		}
		a.log.Warn("could not join room", "room_id", roomID, "err", err)
	}
	return nil
}

// displayName returns how uid is named in roomID, or "" when unknown.
func (a *Adapter) displayName(ctx context.Context, roomID id.RoomID, uid id.UserID) string {
	m, err := a.members(ctx, roomID)
	if err != nil {
		return ""
	}
	return m[uid]
}

func isForbidden(err error) bool {
	return errors.Is(err, mautrix.MForbidden) || errors.Is(err, mautrix.MNotFound)
}
