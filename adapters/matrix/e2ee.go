package matrix

import (
	"context"
	"errors"
	"fmt"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"
)

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
	undecryptableText = "I couldn't read that message: it reached me encrypted with keys I was never given. " +
		"Could you send it again?"
	setAsideText = "Something went wrong on my side with that message, so I had to skip it. " +
		"Could you send it again, perhaps in other words?"
)

// handleEncrypted decrypts evt. ok is false when there is nothing to hand
// on. An error wrapping errKeysMissing means the key may still come (the
// event waits); one wrapping errUndecryptable means it never will.
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
		return nil, false, fmt.Errorf("%w: %w", errUndecryptable, err)
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
	a.notice(ctx, room, "", unreadableText)
}

// tellSetAside tells the sender of an event given up on, once in a row
// per room, if they may talk to the companion: in a direct chat always; in
// a group only when the event was a message for the companion (it reached a
// turn), then in its thread, since an unreadable group message may not have
// been meant for the companion at all.
func (a *Adapter) tellSetAside(ctx context.Context, evt *event.Event, reason string, cause error) {
	if evt.Sender == a.userID || !a.allowed(evt.Sender) {
		return
	}
	var root id.EventID
	group, err := a.isGroup(ctx, evt.RoomID)
	if err != nil {
		return
	}
	if group {
		var te *turnError
		if !errors.As(cause, &te) {
			return
		}
		root = te.root
	}
	a.mu.Lock()
	r := a.room(evt.RoomID)
	told := r.toldSetAside
	r.toldSetAside = true
	a.mu.Unlock()
	if told {
		return
	}
	text := setAsideText
	if reason == reasonUndecryptable {
		text = undecryptableText
	}
	a.notice(ctx, evt.RoomID, root, text)
}

// turnDone notes that an event of room went through, so that the next one
// given up on there is told again.
func (a *Adapter) turnDone(room id.RoomID) {
	a.mu.Lock()
	if r, ok := a.rooms[room]; ok {
		r.toldSetAside = false
	}
	a.mu.Unlock()
}

// notice sends an operational m.notice directly (not through the outbox),
// in the thread under root when set.
func (a *Adapter) notice(ctx context.Context, room id.RoomID, root id.EventID, text string) {
	content := &event.MessageEventContent{MsgType: event.MsgNotice, Body: text, Mentions: &event.Mentions{}}
	if root != "" {
		content.RelatesTo = (&event.RelatesTo{}).SetThread(root, root)
	}
	if _, err := a.cli.SendMessageEvent(ctx, room, event.EventMessage, content, mautrix.ReqSendEvent{}); err != nil {
		a.log.Warn("sending notice failed", "room_id", room, "err", err)
	}
}
