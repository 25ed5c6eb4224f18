package matrix

import (
	"context"
	"errors"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

// errKeysMissing is returned by e2ee.decrypt when the room key of an event
// has not arrived yet; the batch is then synced again, which brings the
// to-device messages that carry the key.
var errKeysMissing = errors.New("room key not received yet")

// e2ee is end-to-end encryption as the adapter uses it. Builds tagged goolm
// implement it with mautrix's cryptohelper; other builds have none.
type e2ee interface {
	// decrypt returns the clear event of an m.room.encrypted one, or an
	// error wrapping errKeysMissing when its key may still come.
	decrypt(ctx context.Context, evt *event.Event) (*event.Event, error)
	// close releases the crypto database.
	close() error
}

const (
	unreadableText = "I can't read encrypted messages in this room: this companion was built " +
		"without end-to-end encryption. Please talk to me in a room without encryption, " +
		"or ask whoever runs me to turn encryption on."
	undecryptableText = "I couldn't read your last message: its encryption keys never reached me. " +
		"Could you send it again?"
)

// handleEncrypted decrypts evt. ok is false when there is nothing to hand
// on; err is non-nil when the batch should be tried again.
func (a *Adapter) handleEncrypted(ctx context.Context, evt *event.Event) (dec *event.Event, ok bool, err error) {
	if a.e2ee == nil {
		a.tellUnreadable(ctx, evt.RoomID)
		return nil, false, nil
	}
	dec, err = a.e2ee.decrypt(ctx, evt)
	if errors.Is(err, errKeysMissing) {
		return nil, false, err
	}
	if err != nil {
		a.log.Warn("cannot decrypt event", "event_id", evt.ID, "room_id", evt.RoomID, "err", err)
		a.tellUndecryptable(ctx, evt)
		return nil, false, nil
	}
	return dec, true, nil
}

// tellUnreadable says once per room, in the clear, that this build cannot
// read encrypted messages.
func (a *Adapter) tellUnreadable(ctx context.Context, room id.RoomID) {
	a.mu.Lock()
	r := a.room(room)
	told := r.toldUnreadable
	r.toldUnreadable = true
	a.mu.Unlock()
	if told {
		return
	}
	a.log.Warn("encrypted message in a build without encryption", "room_id", room)
	a.notice(ctx, room, unreadableText)
}

// tellUndecryptable asks the sender of a message that could not be
// decrypted to send it again, in direct chats only: in a group the message
// may not have been meant for the companion.
func (a *Adapter) tellUndecryptable(ctx context.Context, evt *event.Event) {
	if evt.Sender == a.userID || !a.allowed(evt.Sender) {
		return
	}
	if group, err := a.isGroup(ctx, evt.RoomID); err != nil || group {
		return
	}
	a.notice(ctx, evt.RoomID, undecryptableText)
}

// notice sends an operational m.notice directly (not through the outbox).
func (a *Adapter) notice(ctx context.Context, room id.RoomID, text string) {
	content := &event.MessageEventContent{MsgType: event.MsgNotice, Body: text, Mentions: &event.Mentions{}}
	if _, err := a.cli.SendMessageEvent(ctx, room, event.EventMessage, content, mautrix.ReqSendEvent{}); err != nil {
		a.log.Warn("sending notice failed", "room_id", room, "err", err)
	}
}
