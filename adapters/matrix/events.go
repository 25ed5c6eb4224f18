package matrix

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"maunium.net/go/mautrix/event"
	"maunium.net/go/mautrix/id"

	"github.com/companion-dev/companion/agent"
)

// typingTimeout is how long one typing notification lasts on the homeserver.
const typingTimeout = 30 * time.Second

// nonText names what a media message is, in agent.Message.NonText terms.
var nonText = map[event.MessageType]string{
	event.MsgImage:    "photo",
	event.MsgVideo:    "video",
	event.MsgAudio:    "voice",
	event.MsgFile:     "document",
	event.MsgLocation: "location",
}

// handleEvent turns one timeline event into a turn, or ignores it. It returns
// an error only when the event should be tried again (the homeserver or the
// turner failed, or its keys may still come). The allow-list comes first:
// nothing is decrypted, looked up or requested for someone who may not talk
// to the companion.
func (a *Adapter) handleEvent(ctx context.Context, evt *event.Event) error {
	if !a.allowed(evt.Sender) {
		a.log.Debug("ignoring a user who is not allowed", "room_id", evt.RoomID, "sender", evt.Sender)
		return nil
	}
	if evt.Type == event.EventEncrypted {
		dec, ok, err := a.handleEncrypted(ctx, evt)
		if !ok {
			return err
		}
		evt = dec
	}
	switch evt.Type {
	case event.EventMessage, event.EventSticker, event.EventReaction:
	default:
		return nil
	}
	msg, ok, err := a.toMessage(ctx, evt)
	if err != nil || !ok {
		return err
	}
	return a.runTurn(ctx, evt, msg)
}

// toMessage converts evt; ok is false when the companion should stay quiet
// (a bot's notice, an edit, an unaddressed group message, a stray reaction).
func (a *Adapter) toMessage(ctx context.Context, evt *event.Event) (m agent.Message, ok bool, err error) {
	group, err := a.isGroup(ctx, evt.RoomID)
	if err != nil {
		return m, false, err
	}
	m = agent.Message{
		ID:      Channel + ":" + string(evt.ID),
		Channel: Channel,
		ChatID:  string(evt.RoomID),
		Person:  agent.PersonID(Channel + ":" + string(evt.Sender)),
		Name:    a.displayName(ctx, evt.RoomID, evt.Sender),
		Group:   group,
		Time:    time.UnixMilli(evt.Timestamp),
	}
	switch evt.Type {
	case event.EventReaction:
		return a.reactionMessage(ctx, evt, m)
	case event.EventSticker:
		m.NonText, m.Addressed = "sticker", !group
		return m, !group, nil
	}
	content := evt.Content.AsMessage()
	rel := content.RelatesTo
	if content.MsgType == event.MsgNotice || rel.GetReplaceID() != "" {
		return m, false, nil
	}
	content.RemoveReplyFallback()
	switch content.MsgType {
	case event.MsgText, event.MsgEmote, "":
		m.Text = content.Body
	default:
		m.NonText = nonText[content.MsgType]
		if m.NonText == "" {
			m.NonText = strings.TrimPrefix(string(content.MsgType), "m.")
		}
	}
	if !group {
		m.Addressed = true
		m.Text = commandText(m.Text)
		return m, true, nil
	}
	addressed, err := a.addressed(ctx, evt, content)
	if err != nil || !addressed {
		return m, false, err
	}
	m.Addressed = true
	m.Text = commandText(a.stripMention(m.Text))
	m.ReplyTo = string(threadRoot(evt.ID, rel))
	return m, true, nil
}

// reactionMessage turns a keycap reaction on the companion's latest message
// with choices into the typed number of that choice.
func (a *Adapter) reactionMessage(ctx context.Context, evt *event.Event, m agent.Message) (agent.Message, bool, error) {
	rel := evt.Content.AsReaction().RelatesTo
	n, ok := keycapNumber(rel.Key)
	if !ok || rel.EventID == "" {
		return m, false, nil
	}
	info, err := a.ownEvent(ctx, evt.RoomID, rel.EventID)
	if err != nil || info == nil {
		return m, false, err
	}
	if !a.own.isLatestChoices(evt.RoomID, rel.EventID) || info.choices > 0 && n > info.choices {
		return m, false, nil
	}
	m.Text = strconv.Itoa(n)
	m.Addressed = true
	if m.Group {
		m.ReplyTo = string(info.threadRoot)
	}
	return m, true, nil
}

// addressed reports whether a group message is meant for the companion: it
// mentions the companion, replies to or continues a thread with it, or is a
// command.
func (a *Adapter) addressed(ctx context.Context, evt *event.Event, content *event.MessageEventContent) (bool, error) {
	if content.Mentions != nil && content.Mentions.Has(a.userID) {
		return true, nil
	}
	if linksTo(content.FormattedBody, a.userID) || a.namesCompanion(content.Body) || isCommand(content.Body) {
		return true, nil
	}
	rel := content.RelatesTo
	if root := rel.GetThreadParent(); root != "" && a.own.inThread(root) {
		return true, nil
	}
	if target := rel.GetReplyTo(); target != "" {
		info, err := a.ownEvent(ctx, evt.RoomID, target)
		return info != nil, err
	}
	return false, nil
}

// runTurn hands m to the turner, shows the companion typing when the turn
// takes a while, and marks the event read once it is handled.
func (a *Adapter) runTurn(ctx context.Context, evt *event.Event, m agent.Message) error {
	typed := make(chan bool, 1)
	timer := time.AfterFunc(a.typingDelay, func() {
		_, err := a.cli.UserTyping(ctx, evt.RoomID, true, typingTimeout)
		typed <- err == nil
	})
	s := &stream{a: a, ctx: ctx, room: evt.RoomID, root: id.EventID(m.ReplyTo)}
	m.Partial = s.update
	start := time.Now()
	err := a.turner.Handle(ctx, m)
	if !timer.Stop() && <-typed {
		if _, terr := a.cli.UserTyping(ctx, evt.RoomID, false, 0); terr != nil {
			a.log.Debug("stop typing", "room_id", evt.RoomID, "err", terr)
		}
	}
	if errors.Is(err, agent.ErrDuplicate) {
		err = nil
	}
	if err != nil {
		return &turnError{root: id.EventID(m.ReplyTo), err: err}
	}
	a.log.Debug("turn handled", "event_id", evt.ID, "room_id", evt.RoomID, "took", time.Since(start))
	a.poke()
	if err := a.cli.MarkRead(ctx, evt.RoomID, evt.ID); err != nil {
		a.log.Debug("mark read", "room_id", evt.RoomID, "err", err)
	}
	return nil
}

// threadRoot is the event a group reply is threaded on: the root of the
// thread evt is in, or evt itself.
func threadRoot(evtID id.EventID, rel *event.RelatesTo) id.EventID {
	if root := rel.GetThreadParent(); root != "" {
		return root
	}
	return evtID
}

// commandText lets "!help" work like "/help", as Matrix bots usually do.
func commandText(text string) string {
	t := strings.TrimSpace(text)
	if len(t) > 1 && t[0] == '!' && isLetter(t[1]) {
		return "/" + t[1:]
	}
	return text
}

func isCommand(body string) bool {
	t := strings.TrimSpace(body)
	return len(t) > 1 && (t[0] == '!' || t[0] == '/') && isLetter(t[1])
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// linksTo reports whether HTML links to uid with a matrix.to pill.
func linksTo(html string, uid id.UserID) bool {
	if html == "" {
		return false
	}
	lower := strings.ToLower(html)
	u := strings.ToLower(string(uid))
	return strings.Contains(lower, "matrix.to/#/"+u) ||
		strings.Contains(lower, "matrix.to/#/"+strings.Replace(u, "@", "%40", 1)) ||
		strings.Contains(lower, "matrix:u/"+strings.TrimPrefix(u, "@"))
}

// turnError is a failed turn; root is the thread the answer would have gone
// to in a group ("" in a direct chat).
type turnError struct {
	root id.EventID
	err  error
}

func (e *turnError) Error() string { return "turn: " + e.err.Error() }
func (e *turnError) Unwrap() error { return e.err }
