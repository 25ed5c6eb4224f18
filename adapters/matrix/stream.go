package matrix

import (
	"context"
	"sync"
	"time"

	"maunium.net/go/mautrix"
	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// streamInterval is the least time between two edits of a reply that is
// being written; homeservers rate-limit edits like any other event.
const streamInterval = time.Second

// stream shows a reply while a model writes it: the first text is sent as a
// message, later text edits that message. When the turn's final reply
// leaves the outbox it replaces the streamed message instead of being sent
// as a new one.
type stream struct {
	a        *Adapter
	ctx      context.Context
	room     id.RoomID
	root     id.EventID
	eventID  id.EventID
	lastEdit time.Time
}

// placeholders maps a room to its streamed message awaiting the final reply.
type placeholders struct {
	mu sync.Mutex
	m  map[id.RoomID]id.EventID
}

func (p *placeholders) put(room id.RoomID, evtID id.EventID) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.m == nil {
		p.m = make(map[id.RoomID]id.EventID)
	}
	p.m[room] = evtID
}

// take returns and forgets the streamed message of room, "" when none.
func (p *placeholders) take(room id.RoomID) id.EventID {
	p.mu.Lock()
	defer p.mu.Unlock()
	evtID := p.m[room]
	delete(p.m, room)
	return evtID
}

// update is agent.Message.Partial: it receives the text so far, in order,
// from one goroutine. Failures only cost the preview; the final reply still
// comes through the outbox.
func (s *stream) update(text string) {
	if text == "" || s.ctx.Err() != nil {
		return
	}
	// The model may call this from a goroutine of its own, outside the
	// turn's guard.
	_ = s.a.guardRoom(s.room, "preview", func() error { s.send(text); return nil })
}

// send shows text as the preview, sending or editing it.
func (s *stream) send(text string) {
	if s.eventID != "" && time.Since(s.lastEdit) < streamInterval {
		return
	}
	content := render(agent.Reply{Text: text + " …"})
	content.Mentions = &event.Mentions{}
	if s.eventID == "" {
		if s.root != "" {
			content.RelatesTo = (&event.RelatesTo{}).SetThread(s.root, s.root)
		}
	} else {
		content = editOf(s.eventID, content)
	}
	resp, err := s.a.cli.SendMessageEvent(s.ctx, s.room, event.EventMessage, content)
	if err != nil {
		s.a.log.Debug("streaming preview failed", "room_id", s.room, "err", err)
		return
	}
	if s.eventID == "" {
		s.eventID = resp.EventID
		s.a.previews.put(s.room, s.eventID)
	}
	s.lastEdit = time.Now()
}

// editOf returns an edit (m.replace) of target that replaces it with content.
func editOf(target id.EventID, content *event.MessageEventContent) *event.MessageEventContent {
	edit := *content
	edit.RelatesTo = nil // an edit keeps the original's thread
	edit.SetEdit(target)
	return &edit
}

// sendOrReplace sends content, or, when a streamed preview of it is showing
// in room, edits the preview into it. It returns the id of the message the
// person sees.
func (a *Adapter) sendOrReplace(ctx context.Context, room id.RoomID, content *event.MessageEventContent, txn string) (id.EventID, error) {
	if preview := a.previews.take(room); preview != "" {
		_, err := a.cli.SendMessageEvent(ctx, room, event.EventMessage, editOf(preview, content), mautrix.ReqSendEvent{TransactionID: txn})
		if err != nil {
			a.previews.put(room, preview) // try the edit again next time
			return "", err
		}
		return preview, nil
	}
	resp, err := a.cli.SendMessageEvent(ctx, room, event.EventMessage, content, mautrix.ReqSendEvent{TransactionID: txn})
	if err != nil {
		return "", err
	}
	return resp.EventID, nil
}
